#include "campaign/campaignreport.h"

#include "db/serverclock.h"

#include <map>

namespace gd::server {
namespace {

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

} // namespace

CampaignReport::CampaignReport(Database &db)
    : m_db(db)
{
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
    return out;
}

} // namespace gd::server
