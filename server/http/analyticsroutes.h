#pragma once
// The routes of the dashboards' analytics (issue 6): GET /api/v1/analytics/usage, read from the
// incrementally kept aggregates (db/usageaggregates.h) through UsageReports, which limits them to the
// caller's scope; GET /api/v1/analytics/opinion (db/opinionreport.h); both optionally for one street. The
// reports are aggregates only: neither returns a citizen id or a per-citizen row. And the portal's
// POST /api/v1/portal/sign-ins, which records a citizen's sign-in and moves the aggregates with it.

#include "http/api.h"

namespace gd::server {

// Adds the routes to `router`; the services must outlive it.
void addAnalyticsRoutes(Router &router, ApiServices services);

} // namespace gd::server
