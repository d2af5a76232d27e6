#include "db/campaignattribution.h"

namespace gd::server {

CampaignAttribution::CampaignAttribution(Database &db)
    : m_db(db)
{
}

Result<void> CampaignAttribution::checkNamed(const QString &campaignId, const QString &serviceId,
                                             const QString &citizenId)
{
    auto q = m_db.query(QStringLiteral("SELECT 1 FROM campaign_members m JOIN campaigns c ON c.id = "
                                       "m.campaign_id WHERE m.campaign_id = ? AND m.citizen_id = ? AND "
                                       "m.state = 'delivered' AND c.service_id = ?"),
                        {campaignId, citizenId, serviceId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return makeError(
            ErrorCode::BadRequest,
            QStringLiteral("campaign_id: the campaign delivered no message about this service to "
                           "this applicant"),
            QJsonObject{{QStringLiteral("field"), QStringLiteral("campaign_id")}});
    return {};
}

Result<void> CampaignAttribution::applicationCreated(const Application &application,
                                                     const std::optional<QString> &campaignId)
{
    if (application.applicantType != QLatin1String("citizen"))
        return {};
    if (campaignId)
        return link(*campaignId, application);
    QString found;
    {
        auto q = m_db.query(
            QStringLiteral(
                "SELECT m.campaign_id FROM campaign_members m JOIN campaigns c ON c.id = "
                "m.campaign_id WHERE m.citizen_id = ? AND c.service_id = ? AND m.state IN "
                "('delivered', 'held_out') AND m.application_id IS NULL AND m.processed_at <= ? AND "
                "m.processed_at >= ? ORDER BY m.processed_at DESC, m.campaign_id LIMIT 1"),
            {application.applicantId, application.serviceId, toIsoUtc(application.submittedAt),
             toIsoUtc(application.submittedAt.addDays(-kWindowDays))});
        if (!q)
            return q.error();
        if (!(*q)->next())
            return {};
        found = (*q)->value(0).toString();
    }
    return link(found, application);
}

Result<void> CampaignAttribution::link(const QString &campaignId, const Application &application)
{
    auto q =
        m_db.query(QStringLiteral("UPDATE campaign_members SET application_id = ?, applied_at = ? WHERE "
                                  "campaign_id = ? AND citizen_id = ? AND application_id IS NULL"),
                   {application.id, toIsoUtc(application.submittedAt), campaignId, application.applicantId});
    if (!q)
        return q.error();
    return {};
}

Result<void> CampaignAttribution::applicationCompleted(const Application &application)
{
    const QDateTime at = application.completedAt.value_or(application.updatedAt);
    auto q =
        m_db.query(QStringLiteral("UPDATE campaign_members SET completed_at = ? WHERE application_id = ? "
                                  "AND completed_at IS NULL"),
                   {toIsoUtc(at), application.id});
    if (!q)
        return q.error();
    return {};
}

} // namespace gd::server
