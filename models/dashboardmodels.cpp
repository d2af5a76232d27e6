#include "models/dashboardmodels.h"

#include "domain/codec.h"
#include "domain/worktime.h"
#include "models/hometext.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace gd {

namespace {

using Row = DashboardTable::Row;
using Column = DashboardTable::Column;
using Kind = DashboardTable::ValueKind;

constexpr int kTopServices = 10;
constexpr int kTopDepartments = 8;
constexpr qint64 kDailyBucketDays = 14;
constexpr qint64 kWeeklyBucketDays = 120;

std::optional<double> percent(std::optional<double> fraction)
{
    if (!fraction)
        return std::nullopt;
    return *fraction * 100.0;
}

std::optional<double> satisfiedPercent(const RatingFigures &r)
{
    if (r.count <= 0)
        return std::nullopt;
    return double(r.rating4 + r.rating5) * 100.0 / double(r.count);
}

double msOf(QDate day)
{
    // Midnight of the day on this computer's clock: Qt Charts' date axis labels in local time.
    return double(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
}

QString dayLabel(QDate day)
{
    return day.toString(QStringLiteral("MM-dd"));
}

QDate bucketStart(QDate day, DashboardModels::Bucket bucket)
{
    switch (bucket) {
    case DashboardModels::Bucket::Day:
        return day;
    case DashboardModels::Bucket::Week:
        return day.addDays(1 - day.dayOfWeek());
    case DashboardModels::Bucket::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

} // namespace

DashboardModels::DashboardModels(QObject *parent)
    : QObject(parent)
    , m_trend(new DashboardTable(this))
    , m_channels(new DashboardTable(this))
    , m_services(new DashboardTable(this))
    , m_departments(new DashboardTable(this))
    , m_sentiment(new DashboardTable(this))
    , m_topics(new DashboardTable(this))
    , m_districts(new DashboardTable(this))
    , m_spikes(new DashboardTable(this))
{
    m_trend->setObjectName(QStringLiteral("trendModel"));
    m_channels->setObjectName(QStringLiteral("channelModel"));
    m_services->setObjectName(QStringLiteral("serviceModel"));
    m_departments->setObjectName(QStringLiteral("departmentModel"));
    m_sentiment->setObjectName(QStringLiteral("sentimentModel"));
    m_topics->setObjectName(QStringLiteral("topicModel"));
    m_districts->setObjectName(QStringLiteral("districtModel"));
    m_spikes->setObjectName(QStringLiteral("spikeModel"));
}

QString DashboardModels::topicName(const QString &topic)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("噪音"), QT_TR_NOOP("Noise")},
        {QStringLiteral("停车"), QT_TR_NOOP("Parking")},
        {QStringLiteral("物业"), QT_TR_NOOP("Property management")},
        {QStringLiteral("学位"), QT_TR_NOOP("School places")},
        {QStringLiteral("医保"), QT_TR_NOOP("Medical insurance")},
        {QStringLiteral("交通"), QT_TR_NOOP("Traffic")},
        {QStringLiteral("环境卫生"), QT_TR_NOOP("Sanitation")},
        {QStringLiteral("社保"), QT_TR_NOOP("Social insurance")},
        {QStringLiteral("户籍"), QT_TR_NOOP("Household registration")},
        {QStringLiteral("养老"), QT_TR_NOOP("Elderly care")},
        {QStringLiteral("其他"), QT_TR_NOOP("Other")}};
    const auto it = names.constFind(topic);
    return it == names.constEnd() ? topic : tr(*it);
}

QString DashboardModels::sentimentName(const QString &sentiment)
{
    if (sentiment == QLatin1String("negative"))
        return tr("Negative");
    if (sentiment == QLatin1String("neutral"))
        return tr("Neutral");
    if (sentiment == QLatin1String("positive"))
        return tr("Positive");
    return sentiment;
}

void DashboardModels::clear()
{
    m_query = {};
    m_kpis = {};
    m_spikeList.clear();
    for (DashboardTable *t :
         {m_trend, m_channels, m_services, m_departments, m_sentiment, m_topics, m_districts, m_spikes})
        t->clear();
    emit applied();
}

void DashboardModels::apply(const DashboardData &data, const DashboardQuery &query,
                            const DashboardNames &names)
{
    m_query = query;
    m_names = names;

    // Headline figures.
    const UsageFigures &total = data.usageByDay.total;
    const OpinionFigures &opinion = data.opinionByDay.total;
    m_kpis = {};
    m_kpis.signIns = total.signIns;
    m_kpis.activeCitizens = total.activeCitizens;
    m_kpis.submitted = total.submitted;
    m_kpis.completed = total.completed;
    m_kpis.slaCompliance = total.slaCompliance;
    m_kpis.ratingAverage = total.ratings.average;
    m_kpis.medianHours = total.handling.medianHours;
    m_kpis.p90Hours = total.handling.p90Hours;
    m_kpis.messages = opinion.messages;
    if (opinion.messages > 0)
        m_kpis.negativeShare = double(opinion.negative) / double(opinion.messages);
    m_kpis.spikes = data.opinionByDay.spikes.size();

    // Every day of the period gets a point, zero where the report has no row.
    QHash<QString, const UsageFigures *> usageDays;
    for (const UsageFigures &f : data.usageByDay.rows)
        usageDays.insert(f.key, &f);
    QHash<QString, const OpinionFigures *> opinionDays;
    for (const OpinionFigures &f : data.opinionByDay.rows)
        opinionDays.insert(f.key, &f);
    QList<Row> trend;
    QList<Row> sentiment;
    trend.reserve(query.days());
    sentiment.reserve(query.days());
    for (QDate day = query.from; day <= query.to; day = day.addDays(1)) {
        const QString key = day.toString(Qt::ISODate);
        const double ms = msOf(day);
        const UsageFigures *u = usageDays.value(key);
        trend.append({key,
                      dayLabel(day),
                      {ms, double(u ? u->signIns : 0), double(u ? u->activeCitizens : 0),
                       double(u ? u->submitted : 0), double(u ? u->completed : 0)}});
        const OpinionFigures *o = opinionDays.value(key);
        const double neg = o ? double(o->negative) : 0;
        const double neu = o ? double(o->neutral) : 0;
        const double pos = o ? double(o->positive) : 0;
        sentiment.append({key, dayLabel(day), {ms, neg, neu, pos, neg, neg + neu, neg + neu + pos}});
    }
    m_trend->setContents(tr("Day"),
                         {{tr("Time"), Kind::Time},
                          {tr("Sign-ins"), Kind::Count},
                          {tr("Active citizens"), Kind::Count},
                          {tr("Applications submitted"), Kind::Count},
                          {tr("Applications completed"), Kind::Count}},
                         std::move(trend));
    m_sentiment->setContents(tr("Day"),
                             {{tr("Time"), Kind::Time},
                              {tr("Negative"), Kind::Count},
                              {tr("Neutral"), Kind::Count},
                              {tr("Positive"), Kind::Count},
                              {tr("Negative (stacked)"), Kind::Count},
                              {tr("Negative + neutral (stacked)"), Kind::Count},
                              {tr("All (stacked)"), Kind::Count}},
                             std::move(sentiment));

    // Channel mix, bucketed so a bar stays readable.
    m_bucket = query.days() <= kDailyBucketDays    ? Bucket::Day
               : query.days() <= kWeeklyBucketDays ? Bucket::Week
                                                   : Bucket::Month;
    const QStringList channels = dashboardChannels();
    QList<Row> buckets;
    QHash<QDate, int> bucketRow;
    for (QDate day = query.from; day <= query.to; day = day.addDays(1)) {
        const QDate start = bucketStart(day, m_bucket);
        if (bucketRow.contains(start))
            continue;
        bucketRow.insert(start, int(buckets.size()));
        const QString label = m_bucket == Bucket::Month ? start.toString(QStringLiteral("yyyy-MM"))
                                                        : dayLabel(std::max(start, query.from));
        buckets.append({std::max(start, query.from).toString(Qt::ISODate), label,
                        QList<std::optional<double>>(channels.size(), 0.0)});
    }
    for (int c = 0; c < channels.size(); ++c) {
        const UsageReport report = data.usageByChannelDay.value(channels.at(c));
        for (const UsageFigures &f : report.rows) {
            const QDate day = QDate::fromString(f.key, Qt::ISODate);
            const int row = bucketRow.value(bucketStart(day, m_bucket), -1);
            if (row >= 0)
                buckets[row].values[c] = *buckets[row].values[c] + double(f.submitted);
        }
    }
    QList<Column> channelColumns;
    for (const QString &channel : channels)
        channelColumns.append({HomeText::channel(channel), Kind::Count});
    m_channels->setContents(m_bucket == Bucket::Day    ? tr("Day")
                            : m_bucket == Bucket::Week ? tr("Week from")
                                                       : tr("Month"),
                            channelColumns, std::move(buckets));

    // Top services by submitted applications.
    QList<UsageFigures> services = data.usageByService.rows;
    std::stable_sort(services.begin(), services.end(),
                     [](const UsageFigures &a, const UsageFigures &b) { return a.submitted > b.submitted; });
    QList<Row> serviceRows;
    for (const UsageFigures &f : services.mid(0, kTopServices)) {
        if (f.submitted > 0)
            serviceRows.append({f.key,
                                DashboardNames::nameOr(names.services, f.key),
                                {double(f.submitted), double(f.completed)}});
    }
    m_services->setContents(tr("Service"),
                            {{tr("Submitted"), Kind::Count, true}, {tr("Completed"), Kind::Count, true}},
                            std::move(serviceRows));

    // SLA compliance and satisfaction by department.
    QList<UsageFigures> departments = data.usageByDepartment.rows;
    std::stable_sort(departments.begin(), departments.end(),
                     [](const UsageFigures &a, const UsageFigures &b) { return a.completed > b.completed; });
    QList<Row> departmentRows;
    for (const UsageFigures &f : departments.mid(0, kTopDepartments)) {
        if (f.completed > 0)
            departmentRows.append(
                {f.key,
                 DashboardNames::nameOr(names.departments, f.key),
                 {percent(f.slaCompliance), satisfiedPercent(f.ratings), double(f.completed)}});
    }
    m_departments->setContents(tr("Department"),
                               {{tr("Completed on time %"), Kind::Percent},
                                {tr("Satisfied % (4–5 stars)"), Kind::Percent},
                                {tr("Completed"), Kind::Count}},
                               std::move(departmentRows));

    // Hot topics with their change against the previous period.
    QList<Row> topicRows;
    for (const TopicTrend &t : data.opinionByTopic.topTopics) {
        QString label = topicName(t.topic);
        if (t.change)
            label += QStringLiteral("  %1%2%")
                         .arg(*t.change >= 0 ? QStringLiteral("▲") : QStringLiteral("▼"))
                         .arg(QLocale().toString(std::abs(*t.change) * 100.0, 'f', 0));
        else if (t.messages > 0)
            label += QStringLiteral("  ") + tr("new");
        topicRows.append({t.topic,
                          label,
                          {double(t.messages), double(t.previous),
                           t.change ? std::optional<double>(*t.change * 100.0) : std::nullopt}});
    }
    m_topics->setContents(tr("Topic"),
                          {{tr("Messages"), Kind::Count, true},
                           {tr("Previous period"), Kind::Count},
                           {tr("Change %"), Kind::Percent}},
                          std::move(topicRows));

    // Districts: usage and opinion side by side.
    QMap<QString, Row> districtRows; // ordered by code
    const auto districtRow = [&](const QString &code) -> Row & {
        auto it = districtRows.find(code);
        if (it == districtRows.end())
            it = districtRows.insert(code, Row{code, DashboardNames::nameOr(names.districts, code),
                                               QList<std::optional<double>>(7, std::nullopt)});
        return *it;
    };
    for (const UsageFigures &f : data.usageByDistrict.rows) {
        Row &row = districtRow(f.key);
        row.values[0] = double(f.signIns);
        row.values[1] = double(f.submitted);
        row.values[2] = double(f.completed);
        row.values[3] = percent(f.slaCompliance);
        row.values[4] = f.ratings.average;
    }
    for (const OpinionFigures &f : data.opinionByDistrict.rows) {
        Row &row = districtRow(f.key);
        row.values[5] = double(f.messages);
        if (f.messages > 0)
            row.values[6] = double(f.negative) * 100.0 / double(f.messages);
    }
    m_districts->setContents(tr("District"),
                             {{tr("Sign-ins"), Kind::Count, true},
                              {tr("Submitted"), Kind::Count, true},
                              {tr("Completed"), Kind::Count, true},
                              {tr("On time %"), Kind::Percent, true},
                              {tr("Average rating"), Kind::Rating, true},
                              {tr("Messages"), Kind::Count, true},
                              {tr("Negative %"), Kind::Percent, true}},
                             districtRows.values());

    // Spikes, newest first.
    m_spikeList = data.opinionByDay.spikes;
    std::stable_sort(m_spikeList.begin(), m_spikeList.end(),
                     [](const OpinionSpike &a, const OpinionSpike &b) { return a.date > b.date; });
    QList<Row> spikeRows;
    for (const OpinionSpike &s : m_spikeList)
        spikeRows.append(
            {s.date.toString(Qt::ISODate) + QLatin1Char('|') + s.districtCode + QLatin1Char('|') + s.topic,
             // The detector's sentence, in the UI's language.
             tr("%1 · %2: %n message(s) on %3, %4 times the 28-day mean of %5", nullptr, int(s.messages))
                 .arg(DashboardNames::nameOr(names.districts, s.districtCode), topicName(s.topic),
                      HomeText::date(s.date), QLocale().toString(s.ratio, 'f', 1),
                      QLocale().toString(s.baselineMean, 'f', 1)),
             {double(s.messages), s.ratio}});
    m_spikes->setContents(tr("Spike"),
                          {{tr("Messages"), Kind::Count}, {tr("Times the baseline"), Kind::Ratio}},
                          std::move(spikeRows));
    emit applied();
}

void DashboardModels::addDays(QUrlQuery &query, const QString &sinceKey, const QString &untilKey, QDate from,
                              QDate to) const
{
    query.addQueryItem(sinceKey, toIsoUtc(worktime::endOfLocalDay(from.addDays(-1))));
    query.addQueryItem(untilKey, toIsoUtc(worktime::endOfLocalDay(to.addDays(-1))));
}

DrillRequest DashboardModels::applications(const QString &title) const
{
    DrillRequest r;
    r.kind = DrillRequest::Kind::Applications;
    r.title = title;
    m_query.addScopeTo(r.filter);
    return r;
}

DrillRequest DashboardModels::messages(const QString &title) const
{
    DrillRequest r;
    r.kind = DrillRequest::Kind::Messages;
    r.title = title;
    m_query.addScopeTo(r.filter);
    return r;
}

QDate DashboardModels::bucketEnd(QDate start) const
{
    QDate end;
    switch (m_bucket) {
    case Bucket::Day:
        end = start.addDays(1);
        break;
    case Bucket::Week:
        end = bucketStart(start, Bucket::Week).addDays(7);
        break;
    case Bucket::Month:
        end = QDate(start.year(), start.month(), 1).addMonths(1);
        break;
    }
    return std::min(end, m_query.to.addDays(1));
}

DrillRequest DashboardModels::drillDay(int trendRow) const
{
    const QDate day = QDate::fromString(m_trend->keyAt(trendRow), Qt::ISODate);
    if (!day.isValid())
        return {};
    DrillRequest r = applications(tr("Applications submitted on %1").arg(HomeText::date(day)));
    addDays(r.filter, QStringLiteral("submitted_since"), QStringLiteral("submitted_until"), day,
            day.addDays(1));
    return r;
}

DrillRequest DashboardModels::drillChannel(int bucketRow, int channelIndex) const
{
    const QDate start = QDate::fromString(m_channels->keyAt(bucketRow), Qt::ISODate);
    const QStringList channels = dashboardChannels();
    if (!start.isValid() || channelIndex < 0 || channelIndex >= channels.size())
        return {};
    const QDate end = bucketEnd(start);
    const QString &channel = channels.at(channelIndex);
    DrillRequest r = applications(
        tr("Applications through %1, %2 – %3")
            .arg(HomeText::channel(channel), HomeText::date(start), HomeText::date(end.addDays(-1))));
    r.filter.addQueryItem(QStringLiteral("channel"), channel);
    addDays(r.filter, QStringLiteral("submitted_since"), QStringLiteral("submitted_until"), start, end);
    return r;
}

DrillRequest DashboardModels::drillService(int row) const
{
    const QString id = m_services->keyAt(row);
    if (id.isEmpty())
        return {};
    DrillRequest r =
        applications(tr("Applications for %1").arg(DashboardNames::nameOr(m_names.services, id)));
    r.filter.addQueryItem(QStringLiteral("service"), id);
    addDays(r.filter, QStringLiteral("submitted_since"), QStringLiteral("submitted_until"), m_query.from,
            m_query.to.addDays(1));
    return r;
}

DrillRequest DashboardModels::drillDepartment(int row) const
{
    const QString id = m_departments->keyAt(row);
    if (id.isEmpty())
        return {};
    DrillRequest r =
        applications(tr("Applications completed by %1").arg(DashboardNames::nameOr(m_names.departments, id)));
    // The usage figures count an application under its service's department.
    r.filter.addQueryItem(QStringLiteral("service_department"), id);
    r.filter.addQueryItem(QStringLiteral("status"), QStringLiteral("completed"));
    addDays(r.filter, QStringLiteral("completed_since"), QStringLiteral("completed_until"), m_query.from,
            m_query.to.addDays(1));
    return r;
}

DrillRequest DashboardModels::drillSentiment(int sentimentRow, std::optional<Band> band) const
{
    const QDate day = QDate::fromString(m_sentiment->keyAt(sentimentRow), Qt::ISODate);
    if (!day.isValid())
        return {};
    static const char *const kBands[] = {"negative", "neutral", "positive"};
    DrillRequest r;
    if (band) {
        const QString sentiment = QLatin1String(kBands[int(*band)]);
        r = messages(tr("%1 messages on %2").arg(sentimentName(sentiment), HomeText::date(day)));
        r.filter.addQueryItem(QStringLiteral("sentiment"), sentiment);
    } else {
        r = messages(tr("Messages on %1").arg(HomeText::date(day)));
    }
    addDays(r.filter, QStringLiteral("since"), QStringLiteral("until"), day, day.addDays(1));
    return r;
}

DrillRequest DashboardModels::drillTopic(int row) const
{
    const QString topic = m_topics->keyAt(row);
    if (topic.isEmpty())
        return {};
    DrillRequest r = messages(tr("Messages about %1").arg(topicName(topic)));
    r.filter.addQueryItem(QStringLiteral("topic"), topic);
    addDays(r.filter, QStringLiteral("since"), QStringLiteral("until"), m_query.from, m_query.to.addDays(1));
    return r;
}

DrillRequest DashboardModels::drillDistrict(int row, int column) const
{
    const QString code = m_districts->keyAt(row);
    if (code.isEmpty())
        return {};
    const QString name = DashboardNames::nameOr(m_names.districts, code);
    DrillRequest r;
    if (column >= kDistrictMessages) {
        r = messages(tr("Messages from %1").arg(name));
        r.filter.removeAllQueryItems(QStringLiteral("district"));
        r.filter.addQueryItem(QStringLiteral("district"), code);
        addDays(r.filter, QStringLiteral("since"), QStringLiteral("until"), m_query.from,
                m_query.to.addDays(1));
    } else {
        r = applications(tr("Applications from %1").arg(name));
        r.filter.removeAllQueryItems(QStringLiteral("district"));
        r.filter.addQueryItem(QStringLiteral("district"), code);
        addDays(r.filter, QStringLiteral("submitted_since"), QStringLiteral("submitted_until"), m_query.from,
                m_query.to.addDays(1));
    }
    return r;
}

DrillRequest DashboardModels::drillSpike(int row) const
{
    if (row < 0 || row >= m_spikeList.size())
        return {};
    const OpinionSpike &s = m_spikeList.at(row);
    DrillRequest r = messages(tr("%1 · %2 · %3")
                                  .arg(DashboardNames::nameOr(m_names.districts, s.districtCode),
                                       topicName(s.topic), HomeText::date(s.date)));
    r.filter.removeAllQueryItems(QStringLiteral("district"));
    r.filter.addQueryItem(QStringLiteral("district"), s.districtCode);
    r.filter.addQueryItem(QStringLiteral("topic"), s.topic);
    addDays(r.filter, QStringLiteral("since"), QStringLiteral("until"), s.date, s.date.addDays(1));
    return r;
}

} // namespace gd
