#include "db/opinionreport.h"

#include "analytics/spikedetector.h"
#include "db/database.h"

#include "domain/codec.h"
#include "domain/worktime.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <tuple>

namespace gd::server {
namespace {

constexpr int kTopTopics = 10;
const QString kOtherTopic = QStringLiteral("其他");

struct Scope {
    SqlFilter filter;
    QString name;
};

std::optional<Scope> scopeOf(const Principal &who)
{
    if (who.seesEverything())
        return Scope{SqlFilter::always(), QStringLiteral("city")};
    if (who.role == Role::Supervisor && !who.areaCode.isEmpty())
        return Scope{{QStringLiteral("district_code = ?"), {who.areaCode}}, who.areaCode};
    if (who.role == Role::Officer && !who.departmentId.isEmpty())
        return Scope{{QStringLiteral("department_id = ?"), {who.departmentId}},
                     QStringLiteral("department:") + who.departmentId};
    return std::nullopt;
}

// Messages of one (local day, district, topic, sentiment), summed from the hourly buckets.
struct Bucket {
    QDate day;
    QString district;
    QString topic;
    QString sentiment;
    qint64 count = 0;
    double scoreSum = 0;
};

struct Sum {
    qint64 messages = 0, negative = 0, neutral = 0, positive = 0;
    double scoreSum = 0;

    void add(const Bucket &b)
    {
        messages += b.count;
        scoreSum += b.scoreSum;
        if (b.sentiment == QLatin1String("negative"))
            negative += b.count;
        else if (b.sentiment == QLatin1String("positive"))
            positive += b.count;
        else
            neutral += b.count;
    }

    OpinionFigures figures(const QString &key) const
    {
        OpinionFigures f;
        f.key = key;
        f.messages = messages;
        f.negative = negative;
        f.neutral = neutral;
        f.positive = positive;
        if (messages > 0)
            f.averageScore = scoreSum / double(messages);
        return f;
    }
};

} // namespace

OpinionReports::OpinionReports(Database &db)
    : m_db(db)
{
}

Result<OpinionReport> OpinionReports::report(const Principal &who, const OpinionQuery &query)
{
    const auto scope = scopeOf(who);
    if (!scope)
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("public-opinion figures are not available to this role"));
    const analytics::SpikeOptions spikeOptions;
    const qint64 days = query.from.daysTo(query.to) + 1;
    const QDate previousFrom = query.from.addDays(-days);
    const QDate seriesFrom = query.from.addDays(-spikeOptions.windowDays);
    const QDate readFrom = std::min(previousFrom, seriesFrom);
    // created_at is UTC text: the local days' bounds as UTC text, then hourly buckets turned into local days.
    SqlFilter where{QStringLiteral("created_at >= ? AND created_at < ?"),
                    {toIsoUtc(worktime::endOfLocalDay(readFrom.addDays(-1))),
                     toIsoUtc(worktime::endOfLocalDay(query.to))}};
    where = where && scope->filter;
    if (!query.districtCode.isEmpty())
        where = where && SqlFilter{QStringLiteral("district_code = ?"), {query.districtCode}};
    if (!query.streetId.isEmpty())
        where = where && SqlFilter{QStringLiteral("street_id = ?"), {query.streetId}};
    QList<Bucket> buckets;
    {
        auto q = m_db.query(
            QStringLiteral("SELECT substr(created_at, 1, 13), district_code, topic, sentiment, COUNT(*), "
                           "SUM(sentiment_score) FROM messages WHERE ") +
                where.sql +
                QStringLiteral(" GROUP BY substr(created_at, 1, 13), district_code, topic, sentiment"),
            where.binds);
        if (!q)
            return q.error();
        QSqlQuery &r = **q;
        QHash<QString, QDate> dayOfHour;
        std::map<std::tuple<QDate, QString, QString, QString>, qsizetype> index;
        while (r.next()) {
            const QString hour = r.value(0).toString();
            auto d = dayOfHour.find(hour);
            if (d == dayOfHour.end()) {
                const QDateTime utc = QDateTime::fromString(hour + QStringLiteral(":00:00Z"), Qt::ISODate);
                d = dayOfHour.insert(hour, worktime::localDate(utc));
            }
            const QString topic = r.value(2).isNull() ? kOtherTopic : r.value(2).toString();
            const QString sentiment = r.value(3).isNull() ? QStringLiteral("neutral") : r.value(3).toString();
            const auto key = std::make_tuple(*d, r.value(1).toString(), topic, sentiment);
            auto at = index.find(key);
            if (at == index.end()) {
                at = index.emplace(key, buckets.size()).first;
                buckets.append(Bucket{*d, r.value(1).toString(), topic, sentiment, 0, 0});
            }
            Bucket &b = buckets[at->second];
            b.count += r.value(4).toLongLong();
            b.scoreSum += r.value(5).toDouble();
        }
    }
    OpinionReport out;
    out.from = query.from;
    out.to = query.to;
    out.group = query.group;
    out.scope = scope->name;
    QMap<QString, Sum> rows;
    Sum total;
    QMap<QString, TopicTrend> topics;
    // (topic, district) -> messages per day from seriesFrom.
    QMap<std::pair<QString, QString>, QList<int>> series;
    const qint64 seriesDays = seriesFrom.daysTo(query.to) + 1;
    for (const Bucket &b : buckets) {
        const bool inPeriod = b.day >= query.from && b.day <= query.to;
        if (inPeriod) {
            total.add(b);
            const QString key = query.group == QLatin1String("district") ? b.district
                                : query.group == QLatin1String("topic")  ? b.topic
                                                                         : b.day.toString(Qt::ISODate);
            rows[key].add(b);
            topics[b.topic].messages += b.count;
        } else if (b.day >= previousFrom && b.day < query.from) {
            topics[b.topic].previous += b.count;
        }
        if (b.day >= seriesFrom && b.day <= query.to) {
            auto &counts = series[{b.topic, b.district}];
            if (counts.isEmpty())
                counts.resize(seriesDays, 0);
            counts[seriesFrom.daysTo(b.day)] += int(b.count);
        }
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out.rows.append(it.value().figures(it.key()));
    out.total = total.figures(QString());
    for (auto it = topics.begin(); it != topics.end(); ++it) {
        TopicTrend t = it.value();
        if (t.messages == 0)
            continue;
        t.topic = it.key();
        if (t.previous > 0)
            t.change = double(t.messages - t.previous) / double(t.previous);
        out.topTopics.append(t);
    }
    std::stable_sort(out.topTopics.begin(), out.topTopics.end(),
                     [](const TopicTrend &a, const TopicTrend &b) { return a.messages > b.messages; });
    if (out.topTopics.size() > kTopTopics)
        out.topTopics.resize(kTopTopics);
    if (!series.isEmpty()) {
        QHash<QString, QString> districtNames;
        auto q =
            m_db.query(QStringLiteral("SELECT district_code, name FROM regions WHERE level = 'district'"));
        if (!q)
            return q.error();
        QSqlQuery &r = **q;
        while (r.next())
            districtNames.insert(r.value(0).toString(), r.value(1).toString());
        for (auto it = series.cbegin(); it != series.cend(); ++it) {
            const auto &[topic, district] = it.key();
            for (const analytics::Spike &s : analytics::detectSpikes(it.value(), seriesFrom, spikeOptions)) {
                if (s.date < query.from)
                    continue;
                OpinionSpike o;
                o.date = s.date;
                o.districtCode = district;
                o.topic = topic;
                o.messages = s.count;
                o.baselineMean = s.baselineMean;
                o.ratio = s.ratio;
                o.description = analytics::describeSpike(districtNames.value(district, district), topic, s,
                                                         spikeOptions.windowDays);
                out.spikes.append(o);
            }
        }
        std::stable_sort(out.spikes.begin(), out.spikes.end(),
                         [](const OpinionSpike &a, const OpinionSpike &b) {
                             return a.date != b.date ? a.date < b.date : a.ratio > b.ratio;
                         });
    }
    return out;
}

} // namespace gd::server
