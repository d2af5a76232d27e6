#pragma once
// Links applications to the push campaigns they respond to (domain/campaign.h), for the campaigns' funnels
// and effect: a citizen's new application for a campaign's service counts as "applied" for the member row
// of the most recent campaign of that service that reached the citizen's group within kWindowDays before
// it was submitted — the delivery for the sent group, the hold-out mark for the hold-out (whose members
// applying on their own are the baseline the effect is measured against). A counter application may name
// the campaign itself (campaign_id, which must have delivered to the applicant for that service). When the
// application completes, so does the member's funnel. Runs on the calling thread's connection inside the
// write transaction of the application's own write (ApplicationStore). Thread-safe.

#include "db/database.h"

#include "domain/casework.h"

#include <optional>

namespace gd::server {

class CampaignAttribution {
public:
    explicit CampaignAttribution(Database &db);

    // Days after a delivery (or the hold-out mark) during which an application still counts.
    static constexpr int kWindowDays = 30;

    // BadRequest (details.field "campaign_id") unless campaign `campaignId` delivered its message to
    // citizen `citizenId` and links service `serviceId`.
    Result<void> checkNamed(const QString &campaignId, const QString &serviceId, const QString &citizenId);

    // A new application: links it to the campaign named (checked before with checkNamed()), or else to the
    // most recent campaign of its service that reached the applicant within the window. Applications of
    // enterprises and applications nothing reached are left alone.
    Result<void> applicationCreated(const Application &application,
                                    const std::optional<QString> &campaignId = std::nullopt);
    // The application completed: the member it is linked to, if any, completed too.
    Result<void> applicationCompleted(const Application &application);

private:
    Result<void> link(const QString &campaignId, const Application &application);

    Database &m_db;
};

} // namespace gd::server
