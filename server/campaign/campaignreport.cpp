#include "campaign/campaignreport.h"

#include "db/campaignattribution.h"
#include "db/serverclock.h"

#include "domain/worktime.h"

#include <map>

namespace gd::server {
namespace {

// CampaignResults::days covers at most this many days.
constexpr qint64 kMaxDays = 120;

// Counts of one group in one cell (district × age band).
struct Counts {
    qint64 members = 0;
    qint64 delivered = 0;
    qint64 opened = 0;
    qint64 applied = 0;
    qint64 completed = 0;

    Counts &operator+=(const Counts &o)
    {
        members += o.members;
        delivered += o.delivered;
        opened += o.opened;
        applied += o.applied;
        completed += o.completed;
        return *this;
    }
    CampaignFunnel funnel() const { return makeFunnel(members, delivered, opened, applied, completed); }
};

struct Pair {
    Counts sent;
    Counts holdout;

    void add(bool isSent, const Counts &c) { (isSent ? sent : holdout) += c; }
};

CampaignSegment segment(const QString &dimension, const QString &key, const QString &name, const Pair &p)
{
    CampaignSegment s;
    s.dimension = dimension;
    s.key = key;
    s.name = name;
    s.sent = p.sent.funnel();
    s.holdout = p.holdout.funnel();
    s.effect = estimateEffect(s.sent, s.holdout);
    return s;
}

// The days of CampaignResults::days (domain/campaign.h): from the local day sending started to today, or
// to the day the campaign finished plus the attribution window when that is earlier, at most the last
// kMaxDays of them; none before sending started.
QList<CampaignDay> emptyDays(const Campaign &campaign, const QDateTime &now)
{
    if (!campaign.startedAt)
        return {};
    QDate first = worktime::localDate(*campaign.startedAt);
    QDate last = worktime::localDate(now);
    if (campaign.finishedAt)
        last = std::min(last,
                        worktime::localDate(*campaign.finishedAt).addDays(CampaignAttribution::kWindowDays));
    if (last < first)
        return {};
    if (first.daysTo(last) >= kMaxDays)
        first = last.addDays(-(kMaxDays - 1));
    QList<CampaignDay> days;
    days.reserve(first.daysTo(last) + 1);
    for (QDate d = first; d <= last; d = d.addDays(1))
        days.append(CampaignDay{d});
    return days;
}

} // namespace

CampaignReport::CampaignReport(Database &db)
    : m_db(db)
{
}

Result<QList<CampaignDay>> CampaignReport::days(const Campaign &campaign, const QDateTime &now)
{
    QList<CampaignDay> out = emptyDays(campaign, now);
    if (out.isEmpty())
        return out;
    const QDate first = out.first().day;
    // Events counted by the UTC hour they happened in ("yyyy-MM-ddTHH", the first 13 characters of the
    // stored ISO 8601 UTC text) and put on their China Standard Time day here: the same SQL on SQLite and
    // PostgreSQL, at most 24 rows per day and kind. Members as in the funnels (not skipped by the
    // frequency cap, not cancelled); delivered and opened of the sent group.
    const QString members = QStringLiteral(
        " FROM campaign_members WHERE campaign_id = ? AND state NOT IN ('skipped_cap', 'cancelled') AND ");
    const auto part = [&members](int kind, const QString &column, const QString &condition) -> QString {
        const QString hour = QStringLiteral("substr(") + column + QStringLiteral(", 1, 13)");
        return QStringLiteral("SELECT %1, grp, ").arg(kind) + hour + QStringLiteral(", COUNT(*)") + members +
               condition + column + QStringLiteral(" >= ? AND ") + column +
               QStringLiteral(" < ? GROUP BY grp, ") + hour;
    };
    enum Kind { Delivered, Opened, Applied, Completed };
    const QString sql = part(Delivered, QStringLiteral("processed_at"),
                             QStringLiteral("grp = 'sent' AND state = 'delivered' AND ")) +
                        QStringLiteral(" UNION ALL ") +
                        part(Opened, QStringLiteral("opened_at"), QStringLiteral("grp = 'sent' AND ")) +
                        QStringLiteral(" UNION ALL ") + part(Applied, QStringLiteral("applied_at"), {}) +
                        QStringLiteral(" UNION ALL ") + part(Completed, QStringLiteral("completed_at"), {});
    const QString from = toIsoUtc(worktime::endOfLocalDay(first.addDays(-1)));
    const QString until = toIsoUtc(worktime::endOfLocalDay(out.last().day));
    QVariantList binds;
    for (int i = 0; i < 4; ++i)
        binds << campaign.id << from << until;
    auto q = m_db.query(sql, binds);
    if (!q)
        return q.error();
    while ((*q)->next()) {
        const int kind = (*q)->value(0).toInt();
        const bool sent = (*q)->value(1).toString() == QLatin1String("sent");
        const QDateTime hour =
            QDateTime::fromString((*q)->value(2).toString() + QStringLiteral(":00:00Z"), Qt::ISODate);
        const qint64 index = hour.isValid() ? first.daysTo(worktime::localDate(hour)) : -1;
        if (index < 0 || index >= out.size())
            continue; // cannot happen: the hours are within [from, until)
        const qint64 n = (*q)->value(3).toLongLong();
        CampaignDay &day = out[index];
        switch (kind) {
        case Delivered:
            day.delivered += n;
            break;
        case Opened:
            day.opened += n;
            break;
        case Applied:
            (sent ? day.appliedSent : day.appliedHoldout) += n;
            break;
        case Completed:
            (sent ? day.completedSent : day.completedHoldout) += n;
            break;
        default:
            break;
        }
    }
    return out;
}

Result<CampaignResults> CampaignReport::results(const Campaign &campaign)
{
    CampaignResults out;
    out.campaignId = campaign.id;
    out.state = campaign.state;
    out.computedAt = ServerClock::now();
    Pair total;
    std::map<QString, Pair> byDistrict;
    std::map<QString, Pair> byAge;
    {
        auto q = m_db.query(
            QStringLiteral(
                "SELECT grp, district_code, age_band, COUNT(*), "
                "SUM(CASE WHEN state = 'delivered' THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN opened_at IS NOT NULL THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN application_id IS NOT NULL THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN completed_at IS NOT NULL THEN 1 ELSE 0 END) FROM campaign_members WHERE "
                "campaign_id = ? AND state NOT IN ('skipped_cap', 'cancelled') GROUP BY grp, district_code, "
                "age_band"),
            {campaign.id});
        if (!q)
            return q.error();
        while ((*q)->next()) {
            const bool isSent = (*q)->value(0).toString() == QLatin1String("sent");
            const Counts c{(*q)->value(3).toLongLong(), (*q)->value(4).toLongLong(),
                           (*q)->value(5).toLongLong(), (*q)->value(6).toLongLong(),
                           (*q)->value(7).toLongLong()};
            total.add(isSent, c);
            byDistrict[(*q)->value(1).toString()].add(isSent, c);
            byAge[(*q)->value(2).toString()].add(isSent, c);
        }
    }
    {
        auto q =
            m_db.query(QStringLiteral("SELECT state, COUNT(*) FROM campaign_members WHERE campaign_id = ? "
                                      "AND state IN ('skipped_cap', 'queued') GROUP BY state"),
                       {campaign.id});
        if (!q)
            return q.error();
        while ((*q)->next())
            ((*q)->value(0).toString() == QLatin1String("queued") ? out.queued : out.skipped) =
                (*q)->value(1).toLongLong();
    }
    QHash<QString, QString> districtNames;
    {
        auto q =
            m_db.query(QStringLiteral("SELECT district_code, name FROM regions WHERE level = 'district'"));
        if (!q)
            return q.error();
        while ((*q)->next())
            districtNames.insert((*q)->value(0).toString(), (*q)->value(1).toString());
    }
    out.sent = total.sent.funnel();
    out.holdout = total.holdout.funnel();
    out.effect = estimateEffect(out.sent, out.holdout);
    for (const auto &[code, p] : byDistrict)
        out.segments.append(segment(QStringLiteral("district"), code, districtNames.value(code, code), p));
    for (const QString &band : campaignAgeBands()) {
        const auto found = byAge.find(band);
        if (found != byAge.end())
            out.segments.append(segment(QStringLiteral("age_band"), band, band, found->second));
    }
    auto byDay = days(campaign, out.computedAt);
    if (!byDay)
        return byDay.error();
    out.days = std::move(*byDay);
    return out;
}

} // namespace gd::server
