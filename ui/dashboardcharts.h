#pragma once
// The dashboards' charts (issue 6): Qt Charts views whose series are fed by model mappers over the
// DashboardModels tables — the charts hold no data of their own. After each DashboardModels::applied()
// the axes are fitted (value ranges, categories, the period on the date axis). Clicking a point, a bar or
// a band asks for its drill-down (drillRequested with the DashboardModels' DrillRequest).
//
//   trend       lines: applications submitted and completed (left axis), sign-ins and active citizens
//               (right axis), by day
//   channels    stacked bars: applications submitted per channel, per day / week / month
//   services    horizontal bars: the top services (most at the top)
//   departments bars: on-time % and satisfied % per department
//   sentiment   stacked areas: negative, neutral, positive messages by day
//   topics      horizontal bars: hot topics, this period and the previous one, change in the label
//
// GUI thread; the views are children of the given parent.

#include "models/dashboardmodels.h"

#include <QObject>

class QChart;
class QChartView;
class QAbstractAxis;
class QValueAxis;
class QDateTimeAxis;
class QBarCategoryAxis;
class QAbstractBarSeries;
class QLineSeries;

namespace gd {

class DashboardCharts : public QObject {
    Q_OBJECT
public:
    DashboardCharts(DashboardModels *models, QWidget *parent);

    QChartView *trend() const { return m_trend; }
    QChartView *channels() const { return m_channels; }
    QChartView *services() const { return m_services; }
    QChartView *departments() const { return m_departments; }
    QChartView *sentiment() const { return m_sentiment; }
    QChartView *topics() const { return m_topics; }
    QList<QChartView *> views() const;

    // Follows the application palette (light or dark chart theme) and font.
    void applyTheme();

signals:
    void drillRequested(const gd::DrillRequest &request);

private:
    QChartView *makeView(QWidget *parent, const QString &name, const QString &accessibleName);
    void buildTrend();
    void buildChannels();
    void buildServices();
    void buildDepartments();
    void buildSentiment();
    void buildTopics();
    void fitAxes();
    // The trend / sentiment row of a point's x (ms since epoch).
    int dayRowOf(qreal x) const;
    QLineSeries *mappedLine(QChart *chart, DashboardTable *model, int xColumn, int yColumn,
                            const QString &name);

    DashboardModels *m_models;
    QChartView *m_trend;
    QChartView *m_channels;
    QChartView *m_services;
    QChartView *m_departments;
    QChartView *m_sentiment;
    QChartView *m_topics;
    QDateTimeAxis *m_trendX = nullptr;
    QValueAxis *m_trendLeft = nullptr;
    QValueAxis *m_trendRight = nullptr;
    QBarCategoryAxis *m_channelX = nullptr;
    QValueAxis *m_channelY = nullptr;
    QBarCategoryAxis *m_serviceY = nullptr;
    QValueAxis *m_serviceX = nullptr;
    QBarCategoryAxis *m_departmentX = nullptr;
    QDateTimeAxis *m_sentimentX = nullptr;
    QValueAxis *m_sentimentY = nullptr;
    QBarCategoryAxis *m_topicY = nullptr;
    QValueAxis *m_topicX = nullptr;
};

} // namespace gd
