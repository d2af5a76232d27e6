#include "ui/dashboardcharts.h"

#include "ui/linemapper.h"
#include "ui/theme.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace gd {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

// Clicks on a chart's plot area, as values of its first series.
class PlotClickFilter : public QObject {
public:
    PlotClickFilter(QChartView *view, std::function<void(QPointF)> onClick)
        : QObject(view)
        , m_view(view)
        , m_onClick(std::move(onClick))
    {
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            QChart *chart = m_view->chart();
            const QPointF scene = m_view->mapToScene(mouse->position().toPoint());
            const QPointF inChart = chart->mapFromScene(scene);
            if (mouse->button() == Qt::LeftButton && chart->plotArea().contains(inChart) &&
                !chart->series().isEmpty())
                m_onClick(chart->mapToValue(inChart, chart->series().constFirst()));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QChartView *m_view;
    std::function<void(QPointF)> m_onClick;
};

// A table upside down, for horizontal bar charts: Qt Charts draws the first category at the bottom (and
// does not reverse bar categories), rankings read from the top. The dashboard tables only ever change by
// a reset, which is all this forwards.
class ReversedRows : public QAbstractTableModel {
public:
    ReversedRows(QAbstractItemModel *source, QObject *parent)
        : QAbstractTableModel(parent)
        , m_source(source)
    {
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(source, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    }
    int sourceRow(int row) const { return m_source->rowCount() - 1 - row; }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_source->rowCount();
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_source->columnCount();
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return m_source->data(m_source->index(sourceRow(index.row()), index.column()), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        return m_source->headerData(section, orientation, role);
    }

private:
    QAbstractItemModel *m_source;
};

QValueAxis *valueAxis(const QString &format = QStringLiteral("%.0f"))
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(format);
    axis->setMin(0);
    return axis;
}

void fitValue(QValueAxis *axis, double max)
{
    axis->setRange(0, max > 0 ? max * 1.08 : 1.0);
    axis->applyNiceNumbers();
    axis->setMin(0);
}

QStringList labelsOf(const DashboardTable *table)
{
    QStringList labels;
    labels.reserve(table->rows().size());
    for (const DashboardTable::Row &row : table->rows())
        labels.append(row.label);
    return labels;
}

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace

DashboardCharts::DashboardCharts(DashboardModels *models, QWidget *parent)
    : QObject(parent)
    , m_models(models)
    , m_trend(makeView(parent, QStringLiteral("trendChart"), tr("Usage trend")))
    , m_channels(makeView(parent, QStringLiteral("channelChart"), tr("Channel mix")))
    , m_services(makeView(parent, QStringLiteral("serviceChart"), tr("Top services")))
    , m_departments(
          makeView(parent, QStringLiteral("departmentChart"), tr("SLA compliance and satisfaction")))
    , m_sentiment(makeView(parent, QStringLiteral("sentimentChart"), tr("Sentiment trend")))
    , m_topics(makeView(parent, QStringLiteral("topicChart"), tr("Hot topics")))
{
    buildTrend();
    buildChannels();
    buildServices();
    buildDepartments();
    buildSentiment();
    buildTopics();
    connect(m_models, &DashboardModels::applied, this, &DashboardCharts::fitAxes);
    applyTheme();
}

QList<QChartView *> DashboardCharts::views() const
{
    return {m_trend, m_channels, m_services, m_departments, m_sentiment, m_topics};
}

QChartView *DashboardCharts::makeView(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true); // the whole name of an entry shortened to fit
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    view->setCursor(Qt::PointingHandCursor);
    return view;
}

QLineSeries *DashboardCharts::mappedLine(QChart *chart, DashboardTable *model, int xColumn, int yColumn,
                                         const QString &name)
{
    auto *series = new QLineSeries;
    series->setName(name);
    new LineMapper(series, model, xColumn, yColumn);
    if (chart)
        chart->addSeries(series);
    return series;
}

int DashboardCharts::dayRowOf(qreal x) const
{
    const DashboardTable *trend = m_models->trend();
    if (trend->rows().isEmpty())
        return -1;
    const double first = *trend->value(0, DashboardModels::kTrendTime - 1);
    const int row = int(std::lround((x - first) / double(kDayMs)));
    return std::clamp(row, 0, int(trend->rows().size()) - 1);
}

void DashboardCharts::buildTrend()
{
    QChart *chart = m_trend->chart();
    DashboardTable *model = m_models->trend();
    const struct {
        int column;
        QString name;
        bool right;
    } lines[] = {{DashboardModels::kTrendSubmitted, tr("Applications submitted"), false},
                 {DashboardModels::kTrendCompleted, tr("Applications completed"), false},
                 {DashboardModels::kTrendSignIns, tr("Sign-ins"), true},
                 {DashboardModels::kTrendActive, tr("Active citizens"), true}};
    m_trendX = new QDateTimeAxis;
    m_trendX->setFormat(QStringLiteral("MM-dd"));
    m_trendLeft = valueAxis();
    m_trendLeft->setTitleText(tr("Applications"));
    m_trendRight = valueAxis();
    m_trendRight->setTitleText(tr("Sign-ins, citizens"));
    chart->addAxis(m_trendX, Qt::AlignBottom);
    chart->addAxis(m_trendLeft, Qt::AlignLeft);
    chart->addAxis(m_trendRight, Qt::AlignRight);
    for (const auto &line : lines) {
        QLineSeries *series = mappedLine(chart, model, DashboardModels::kTrendTime, line.column, line.name);
        series->attachAxis(m_trendX);
        series->attachAxis(line.right ? m_trendRight : m_trendLeft);
        if (line.right) {
            QPen pen = series->pen();
            pen.setStyle(Qt::DashLine);
            series->setPen(pen);
        }
    }
    new PlotClickFilter(m_trend, [this](QPointF value) {
        if (const DrillRequest r = m_models->drillDay(dayRowOf(value.x())); r.isValid())
            emit drillRequested(r);
    });
}

void DashboardCharts::buildChannels()
{
    QChart *chart = m_channels->chart();
    auto *series = new QStackedBarSeries;
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(1);
    mapper->setLastBarSetColumn(int(dashboardChannels().size()));
    mapper->setSeries(series);
    mapper->setModel(m_models->channels());
    chart->addSeries(series);
    m_channelX = new QBarCategoryAxis;
    m_channelX->setTruncateLabels(false); // "10-27" fits under its bar
    m_channelY = valueAxis();
    chart->addAxis(m_channelX, Qt::AlignBottom);
    chart->addAxis(m_channelY, Qt::AlignLeft);
    series->attachAxis(m_channelX);
    series->attachAxis(m_channelY);
    connect(series, &QAbstractBarSeries::clicked, this, [this, series](int index, QBarSet *set) {
        if (const DrillRequest r = m_models->drillChannel(index, int(series->barSets().indexOf(set)));
            r.isValid())
            emit drillRequested(r);
    });
}

void DashboardCharts::buildServices()
{
    QChart *chart = m_services->chart();
    m_services->setMinimumHeight(400); // ten categories with readable labels
    auto *series = new QHorizontalBarSeries;
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(1);
    mapper->setLastBarSetColumn(2);
    mapper->setSeries(series);
    auto *rows = new ReversedRows(m_models->services(), series);
    mapper->setModel(rows);
    chart->addSeries(series);
    m_serviceY = new QBarCategoryAxis;
    m_serviceY->setReverse(true);         // the most used at the top
    m_serviceY->setTruncateLabels(false); // service names are the point of the chart
    m_serviceX = valueAxis();
    chart->addAxis(m_serviceY, Qt::AlignLeft);
    chart->addAxis(m_serviceX, Qt::AlignBottom);
    series->attachAxis(m_serviceY);
    series->attachAxis(m_serviceX);
    connect(series, &QAbstractBarSeries::clicked, this, [this, rows](int index, QBarSet *) {
        if (const DrillRequest r = m_models->drillService(rows->sourceRow(index)); r.isValid())
            emit drillRequested(r);
    });
}

void DashboardCharts::buildDepartments()
{
    QChart *chart = m_departments->chart();
    auto *series = new QBarSeries;
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(1);
    mapper->setLastBarSetColumn(2);
    mapper->setSeries(series);
    mapper->setModel(m_models->departments());
    chart->addSeries(series);
    m_departmentX = new QBarCategoryAxis;
    m_departmentX->setTruncateLabels(false);
    auto *y = valueAxis(QStringLiteral("%.0f%%"));
    y->setRange(0, 100);
    chart->addAxis(m_departmentX, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(m_departmentX);
    series->attachAxis(y);
    connect(series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (const DrillRequest r = m_models->drillDepartment(index); r.isValid())
            emit drillRequested(r);
    });
}

void DashboardCharts::buildSentiment()
{
    QChart *chart = m_sentiment->chart();
    DashboardTable *model = m_models->sentiment();
    m_sentimentX = new QDateTimeAxis;
    m_sentimentX->setFormat(QStringLiteral("MM-dd"));
    m_sentimentY = valueAxis();
    chart->addAxis(m_sentimentX, Qt::AlignBottom);
    chart->addAxis(m_sentimentY, Qt::AlignLeft);
    const struct {
        int upper;
        int lower; // -1: the axis
        QString name;
        QColor colour;
    } bands[] = {{DashboardModels::kSentimentLow, -1, tr("Negative"), QColor(0xd9, 0x4f, 0x45)},
                 {DashboardModels::kSentimentMid, DashboardModels::kSentimentLow, tr("Neutral"),
                  QColor(0x9a, 0xa5, 0xb1)},
                 {DashboardModels::kSentimentHigh, DashboardModels::kSentimentMid, tr("Positive"),
                  QColor(0x3c, 0xa5, 0x6b)}};
    for (const auto &band : bands) {
        QLineSeries *upper = mappedLine(nullptr, model, DashboardModels::kSentimentTime, band.upper, {});
        QLineSeries *lower =
            band.lower < 0 ? nullptr
                           : mappedLine(nullptr, model, DashboardModels::kSentimentTime, band.lower, {});
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        if (lower)
            lower->setParent(area);
        area->setName(band.name);
        area->setColor(band.colour);
        area->setBorderColor(band.colour.darker(115));
        chart->addSeries(area);
        area->attachAxis(m_sentimentX);
        area->attachAxis(m_sentimentY);
    }
    new PlotClickFilter(m_sentiment, [this](QPointF value) {
        const int row = dayRowOf(value.x());
        const DashboardTable *t = m_models->sentiment();
        std::optional<DashboardModels::Band> band;
        if (row >= 0 && value.y() >= 0) {
            if (value.y() <= t->value(row, DashboardModels::kSentimentLow - 1).value_or(0))
                band = DashboardModels::Band::Negative;
            else if (value.y() <= t->value(row, DashboardModels::kSentimentMid - 1).value_or(0))
                band = DashboardModels::Band::Neutral;
            else if (value.y() <= t->value(row, DashboardModels::kSentimentHigh - 1).value_or(0))
                band = DashboardModels::Band::Positive;
        }
        if (const DrillRequest r = m_models->drillSentiment(row, band); r.isValid())
            emit drillRequested(r);
    });
}

void DashboardCharts::buildTopics()
{
    QChart *chart = m_topics->chart();
    m_topics->setMinimumHeight(400);
    auto *series = new QHorizontalBarSeries;
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(1);
    mapper->setLastBarSetColumn(2);
    mapper->setSeries(series);
    auto *rows = new ReversedRows(m_models->topics(), series);
    mapper->setModel(rows);
    chart->addSeries(series);
    m_topicY = new QBarCategoryAxis;
    m_topicY->setTruncateLabels(false);
    m_topicX = valueAxis();
    chart->addAxis(m_topicY, Qt::AlignLeft);
    chart->addAxis(m_topicX, Qt::AlignBottom);
    series->attachAxis(m_topicY);
    series->attachAxis(m_topicX);
    connect(series, &QAbstractBarSeries::clicked, this, [this, rows](int index, QBarSet *) {
        if (const DrillRequest r = m_models->drillTopic(rows->sourceRow(index)); r.isValid())
            emit drillRequested(r);
    });
}

void DashboardCharts::fitAxes()
{
    const DashboardQuery &q = m_models->query();
    const DashboardTable *trend = m_models->trend();
    if (q.from.isValid()) {
        // Local midnights, like the tables' time column: the axis labels in local time.
        const QDateTime from(q.from, QTime(0, 0));
        const QDateTime to(q.to, QTime(0, 0));
        for (QDateTimeAxis *x : {m_trendX, m_sentimentX}) {
            x->setRange(from, to);
            x->setTickCount(int(std::min<qint64>(q.days(), 8)));
            x->setFormat(q.days() > 120 ? QStringLiteral("yyyy-MM") : QStringLiteral("MM-dd"));
        }
    }
    fitValue(m_trendLeft, std::max(trend->columnMax(DashboardModels::kTrendSubmitted - 1),
                                   trend->columnMax(DashboardModels::kTrendCompleted - 1)));
    fitValue(m_trendRight, std::max(trend->columnMax(DashboardModels::kTrendSignIns - 1),
                                    trend->columnMax(DashboardModels::kTrendActive - 1)));
    fitValue(m_sentimentY, m_models->sentiment()->columnMax(DashboardModels::kSentimentHigh - 1));

    const DashboardTable *channels = m_models->channels();
    double stackMax = 0;
    for (const DashboardTable::Row &row : channels->rows()) {
        double sum = 0;
        for (const auto &v : row.values)
            sum += v.value_or(0);
        stackMax = std::max(stackMax, sum);
    }
    m_channelX->setCategories(labelsOf(channels));
    fitValue(m_channelY, stackMax);
    m_serviceY->setCategories(reversed(labelsOf(m_models->services()))); // the most used at the top
    fitValue(m_serviceX, m_models->services()->columnMax(0));
    m_departmentX->setCategories(labelsOf(m_models->departments()));
    m_topicY->setCategories(reversed(labelsOf(m_models->topics()))); // the hottest at the top
    // This period in the accent colour, the previous one in grey.
    if (auto *topics = qobject_cast<QAbstractBarSeries *>(m_topics->chart()->series().value(0));
        topics && topics->count() == 2)
        topics->barSets().at(1)->setColor(QColor(0xb0, 0xb7, 0xc0));
    fitValue(m_topicX, std::max(m_models->topics()->columnMax(0), m_models->topics()->columnMax(1)));
}

void DashboardCharts::applyTheme()
{
    const bool dark = Theme::isDark(QApplication::palette());
    for (QChartView *view : views()) {
        QChart *chart = view->chart();
        // setTheme resets series colours; the sentiment bands keep theirs.
        if (view != m_sentiment)
            chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(QApplication::palette().base());
        chart->setTitleBrush(QApplication::palette().text());
        chart->legend()->setLabelColor(QApplication::palette().color(QPalette::Text));
        chart->legend()->setFont(QApplication::font());
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsFont(QApplication::font());
            axis->setLabelsColor(QApplication::palette().color(QPalette::Text));
            axis->setTitleBrush(QApplication::palette().text());
        }
    }
}

} // namespace gd
