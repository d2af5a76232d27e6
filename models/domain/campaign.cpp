#include "domain/campaign.h"

#include "domain/audience.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace gd {
namespace {

double rate(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

Error badField(const QString &field, const QString &message, QJsonObject details = {})
{
    return fieldError(field, message, std::move(details));
}

Result<void> normalizeSchedule(CampaignSchedule &s, const QDateTime &now)
{
    if (!campaignScheduleKinds().contains(s.kind))
        return badField(QStringLiteral("schedule.kind"), QStringLiteral("unknown kind"),
                        {{QStringLiteral("allowed"), QJsonArray::fromStringList(campaignScheduleKinds())}});
    const bool at = s.kind == QLatin1String("at");
    const bool trigger = s.kind == QLatin1String("trigger");
    if (at != s.at.has_value())
        return badField(QStringLiteral("schedule.at"), at ? QStringLiteral("is required for kind at")
                                                          : QStringLiteral("is only for kind at"));
    if (at && *s.at <= now)
        return badField(QStringLiteral("schedule.at"), QStringLiteral("must be in the future"));
    if (!trigger && (s.triggerTag || s.offsetDays))
        return badField(s.triggerTag ? QStringLiteral("schedule.trigger_tag")
                                     : QStringLiteral("schedule.offset_days"),
                        QStringLiteral("is only for kind trigger"));
    if (!trigger)
        return {};
    if (!s.offsetDays)
        s.offsetDays = 0;
    if (*s.offsetDays < 0 || *s.offsetDays > kCampaignMaxOffsetDays)
        return badField(QStringLiteral("schedule.offset_days"), QStringLiteral("must be 0 to 365"));
    if (!s.triggerTag || s.triggerTag->isEmpty())
        return badField(QStringLiteral("schedule.trigger_tag"),
                        QStringLiteral("is required for kind trigger"));
    return {};
}

} // namespace

bool mayCreateCampaigns(const QString &role)
{
    return role == QLatin1String("officer") || role == QLatin1String("grid_manager") ||
           isCampaignApprover(role);
}

bool isCampaignApprover(const QString &role)
{
    return role == QLatin1String("supervisor") || role == QLatin1String("admin");
}

Result<void> normalizeCampaign(Campaign &c, const QDateTime &now)
{
    c.title = c.title.trimmed();
    if (c.title.isEmpty() || c.title.size() > kCampaignMaxTitle)
        return badField(QStringLiteral("title"), QStringLiteral("give 1 to 100 characters"));
    c.content = c.content.trimmed();
    if (c.content.isEmpty() || c.content.size() > kCampaignMaxContent)
        return badField(QStringLiteral("content"), QStringLiteral("give 1 to 500 characters"));
    if (c.policy) {
        c.policy = c.policy->trimmed();
        if (c.policy->isEmpty())
            c.policy.reset();
        else if (c.policy->size() > kCampaignMaxPolicy)
            return badField(QStringLiteral("policy"), QStringLiteral("at most 200 characters"));
    }
    if (c.serviceId && c.serviceId->isEmpty())
        c.serviceId.reset();
    if (!c.serviceId && !c.policy)
        return badField(QStringLiteral("service_id"), QStringLiteral("give service_id, policy or both"));
    if (!campaignChannels().contains(c.channel))
        return badField(QStringLiteral("channel"), QStringLiteral("unknown channel"),
                        {{QStringLiteral("allowed"), QJsonArray::fromStringList(campaignChannels())}});
    if (c.frequencyCapDays < 0 || c.frequencyCapDays > kCampaignMaxCapDays)
        return badField(QStringLiteral("frequency_cap_days"), QStringLiteral("must be 0 to 365"));
    if (c.holdoutPercent < 0 || c.holdoutPercent > kCampaignMaxHoldoutPercent)
        return badField(QStringLiteral("holdout_percent"), QStringLiteral("must be 0 to 50"));
    if (auto r = normalizeSchedule(c.schedule, now); !r)
        return r;
    if (c.audience.isEmpty())
        return badField(QStringLiteral("audience"), QStringLiteral("give an audience expression"));
    if (QJsonDocument(c.audience).toJson(QJsonDocument::Compact).size() > kCampaignMaxAudienceBytes)
        return badField(QStringLiteral("audience"), QStringLiteral("at most 16 KiB"));
    if (auto parsed = parseAudienceExpression(c.audience, QStringLiteral("audience")); !parsed)
        return parsed.error();
    return {};
}

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
