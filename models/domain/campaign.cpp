#include "domain/campaign.h"

#include <cmath>

namespace gd {
namespace {

double rate(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

} // namespace

CampaignFunnel makeFunnel(qint64 members, qint64 delivered, qint64 opened, qint64 applied, qint64 completed)
{
    CampaignFunnel f;
    f.members = members;
    f.delivered = delivered;
    f.opened = opened;
    f.applied = applied;
    f.completed = completed;
    f.openRate = rate(opened, delivered);
    f.applicationRate = rate(applied, members);
    f.completionRate = rate(completed, members);
    return f;
}

std::optional<CampaignEffect> estimateEffect(const CampaignFunnel &sent, const CampaignFunnel &holdout,
                                             double z, double confidence)
{
    if (sent.members <= 0 || holdout.members <= 0)
        return std::nullopt;
    const double p1 = rate(sent.applied, sent.members);
    const double p0 = rate(holdout.applied, holdout.members);
    CampaignEffect e;
    e.difference = p1 - p0;
    e.standardError =
        std::sqrt(p1 * (1 - p1) / double(sent.members) + p0 * (1 - p0) / double(holdout.members));
    e.ciLow = e.difference - z * e.standardError;
    e.ciHigh = e.difference + z * e.standardError;
    e.confidence = confidence;
    e.significant = e.ciLow > 0 || e.ciHigh < 0;
    return e;
}

QStringList campaignAgeBands()
{
    return {QStringLiteral("0-17"), QStringLiteral("18-34"), QStringLiteral("35-59"), QStringLiteral("60+")};
}

QString campaignAgeBand(QDate birth, QDate on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    const QStringList bands = campaignAgeBands();
    if (age < 18)
        return bands[0];
    if (age < 35)
        return bands[1];
    if (age < 60)
        return bands[2];
    return bands[3];
}

} // namespace gd
