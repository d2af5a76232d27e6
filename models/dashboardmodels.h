#pragma once
// The dashboards' item models (issue 6), filled from one DashboardData: what each chart and the district
// table show, and what a click on any of their rows means (a DrillRequest: the messages or applications
// behind it, with the filters of GET /api/v1/messages or /applications).
//
//   trend        days: label, time (the local midnight in ms, for a date axis), sign-ins, active citizens,
//                submitted, completed
//   channels     buckets (days up to 14 days, weeks up to 120, else months): submitted per channel in
//                dashboardChannels() order
//   services     the 10 services with most applications submitted (most first): submitted, completed
//   departments  up to 8 departments with most completed: on-time %, satisfied % (好评 4–5 stars),
//                completed
//   sentiment    days: label, time, negative, neutral, positive, and the stacked bounds (negative,
//                negative + neutral, all) the stacked-area chart draws
//   topics       hot topics (most messages first): messages, previous period, change %
//   districts    districts: sign-ins, submitted, completed, on-time %, average rating, messages,
//                negative % (heat-coloured)
//   spikes       the spike detector's findings (newest first): label = its sentence, messages, ratio
//
// GUI thread; apply() is the whole of the work after data arrives (govdesk-bench dashboard).

#include "domain/catalog.h"
#include "models/dashboarddata.h"
#include "models/dashboardtable.h"

#include <QCoreApplication>
#include <QObject>

namespace gd {

// Names of the keys reports carry; a key without a name is shown as it is.
struct DashboardNames {
    QHash<QString, QString> districts;   // district code → 湖里区
    QHash<QString, QString> streets;     // street id → name
    QHash<QString, QString> services;    // service id → name
    QHash<QString, QString> departments; // department id → short name
    QList<Region> regions;               // districts and streets (by name), for the scope choice

    // The name of `key` in one of the tables above; the key itself when it has none.
    static QString nameOr(const QHash<QString, QString> &names, const QString &key)
    {
        const QString name = names.value(key);
        return name.isEmpty() ? key : name;
    }
};

// Headline figures of the period over the whole scope.
struct DashboardKpis {
    qint64 signIns = 0;
    qint64 activeCitizens = 0;
    qint64 submitted = 0;
    qint64 completed = 0;
    std::optional<double> slaCompliance; // 0…1
    std::optional<double> ratingAverage; // 1…5
    std::optional<qint64> medianHours;   // handling time of the completed applications
    std::optional<qint64> p90Hours;
    qint64 messages = 0;
    std::optional<double> negativeShare; // 0…1
    qint64 spikes = 0;
};

// "The messages / applications behind this": a list request for the drill-down view.
struct DrillRequest {
    enum class Kind { Messages, Applications };
    Kind kind = Kind::Messages;
    QString title;
    QUrlQuery filter; // list-endpoint filters, scope included
    bool isValid() const { return !title.isEmpty(); }
};

class DashboardModels : public QObject {
    Q_OBJECT
public:
    enum class Bucket { Day, Week, Month };
    // Sentiment bands, bottom to top of the stacked area.
    enum class Band { Negative, Neutral, Positive };

    explicit DashboardModels(QObject *parent = nullptr);

    void apply(const DashboardData &data, const DashboardQuery &query, const DashboardNames &names);
    void clear();
    bool isEmpty() const { return !m_query.from.isValid(); }

    DashboardTable *trend() const { return m_trend; }
    DashboardTable *channels() const { return m_channels; }
    DashboardTable *services() const { return m_services; }
    DashboardTable *departments() const { return m_departments; }
    DashboardTable *sentiment() const { return m_sentiment; }
    DashboardTable *topics() const { return m_topics; }
    DashboardTable *districts() const { return m_districts; }
    DashboardTable *spikes() const { return m_spikes; }
    const DashboardKpis &kpis() const { return m_kpis; }
    const DashboardQuery &query() const { return m_query; }
    Bucket channelBucket() const { return m_bucket; }

    // Column numbers (item model columns) the charts map.
    static constexpr int kTrendTime = 1, kTrendSignIns = 2, kTrendActive = 3, kTrendSubmitted = 4,
                         kTrendCompleted = 5;
    static constexpr int kSentimentTime = 1, kSentimentNegative = 2, kSentimentNeutral = 3,
                         kSentimentPositive = 4, kSentimentLow = 5, kSentimentMid = 6, kSentimentHigh = 7;
    static constexpr int kDistrictMessages = 6;

    // The drill-downs; invalid for a row that does not exist.
    DrillRequest drillDay(int trendRow) const;
    DrillRequest drillChannel(int bucketRow, int channelIndex) const;
    DrillRequest drillService(int row) const;
    DrillRequest drillDepartment(int row) const;
    DrillRequest drillSentiment(int sentimentRow, std::optional<Band> band) const;
    DrillRequest drillTopic(int row) const;
    // Messages for the opinion columns (kDistrictMessages and after), applications for the others.
    DrillRequest drillDistrict(int row, int column) const;
    DrillRequest drillSpike(int row) const;

    // 噪音 → "Noise" in English; unknown topics as they are.
    static QString topicName(const QString &topic);
    static QString sentimentName(const QString &sentiment);

signals:
    void applied();

private:
    // The local days [from, to) as list-filter times.
    void addDays(QUrlQuery &query, const QString &sinceKey, const QString &untilKey, QDate from,
                 QDate to) const;
    DrillRequest applications(const QString &title) const;
    DrillRequest messages(const QString &title) const;
    QDate bucketEnd(QDate start) const; // the day after the bucket

    DashboardQuery m_query;
    DashboardNames m_names;
    DashboardKpis m_kpis;
    Bucket m_bucket = Bucket::Day;
    QList<OpinionSpike> m_spikeList;
    DashboardTable *m_trend;
    DashboardTable *m_channels;
    DashboardTable *m_services;
    DashboardTable *m_departments;
    DashboardTable *m_sentiment;
    DashboardTable *m_topics;
    DashboardTable *m_districts;
    DashboardTable *m_spikes;
};

} // namespace gd
