#pragma once
// The routes of grid work (网格化管理, issue 8; domain/grid.h): households with their members, a grid's
// special groups, changes to visit records, incident reports with their photos, and the tasks supervisors
// push down to grids with their workflow (acknowledge, complete, cancel). Creates are keyed by the
// client's id; every change carries the version it was made from and a stale one is refused with 409 and
// the server's copy (details.server). Every write is logged in the change feed and audited. POST /visits
// itself is api.cpp's.

#include "http/api.h"

namespace gd::server {

// Adds the routes to `router`; the services must outlive it.
void addGridRoutes(Router &router, ApiServices services);

} // namespace gd::server
