#pragma once
// The results of a push campaign (CampaignResults, domain/campaign.h) from its member rows: the funnel of
// each group over the members not skipped by the frequency cap nor cancelled (delivered and opened in
// the sent group only; applied and completed in both, through db/campaignattribution.h), the effect on
// the application rate with its confidence interval (estimateEffect()), and the same by district and by
// age band (each member's when added), and the same events day by day (China Standard Time days, see
// CampaignResults::days). Read-only; thread-safe.

#include "db/database.h"

#include "domain/campaign.h"

namespace gd::server {

class CampaignReport {
public:
    explicit CampaignReport(Database &db);

    Result<CampaignResults> results(const Campaign &campaign);
    // CampaignResults::days of `campaign` seen at `now`.
    Result<QList<CampaignDay>> days(const Campaign &campaign, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace gd::server
