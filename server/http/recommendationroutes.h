#pragma once
// The recommendation routes (issue 7): GET /api/v1/citizens/{id}/recommendations (scoped like
// GET /citizens/{id}: a citizen outside the caller's scope is 404) and POST /api/v1/recommendations/batch
// (up to 1000 citizens, for campaigns; those out of scope are listed as not found), both answered from
// the in-memory engine (ApiOptions::recommendations; 503 without one). And the hook by which the
// application routes keep the engine current once their write has committed.

#include "http/api.h"

#include "domain/casework.h"

namespace gd::server {

// Adds the routes to `router`; the services must outlive it.
void addRecommendationRoutes(Router &router, ApiServices services);

// Tells the recommendation engine (if any) about a written application once the route's transaction has
// committed (ctx.write->afterCommit); citizens' applications only.
void noteApplicationWritten(RequestContext &ctx, const ApiServices &services, const Application &application);

} // namespace gd::server
