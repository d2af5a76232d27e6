#pragma once
// The route of audiences (issue 7, proactive push): POST /api/v1/audiences/count counts the citizens an
// AudienceExpression (domain/audience.h) matches in the caller's scope over the in-memory audience index
// (audience/audienceservice.h) and returns a masked, deterministic sample of them.

#include "http/api.h"

namespace gd::server {

// Adds the routes to `router`; services.audiences must outlive it (null: the route answers 503).
void addAudienceRoutes(Router &router, ApiServices services);

} // namespace gd::server
