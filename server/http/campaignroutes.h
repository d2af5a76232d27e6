#pragma once
// The routes of push campaigns (issue 7; domain/campaign.h): drafts made and changed by officers,
// supervisors and admins under the client's id, the actions of the approval workflow (submit, approve,
// reject, cancel) with audit entries, the results against the hold-out, and the citizen portal's side:
// a citizen's inbox and the opening of a message. Delivery is the dispatcher's
// (campaign/campaigndispatcher.h); applications are linked to campaigns by db/campaignattribution.h.

#include "http/api.h"

namespace gd::server {

// Adds the routes to `router`; the services must outlive it.
void addCampaignRoutes(Router &router, ApiServices services);

} // namespace gd::server
