#pragma once
// The routes of applications' workflows across departments (issue 5), apart from the generic reads in
// api.cpp: actions on a step (claim, approve, return …) through the workflow state machine
// (domain/workflow.h), the citizen portal's ratings and supplements, points-based enrolment rounds and
// their allocation, and the test clock (--test-clock only).

#include "http/api.h"

namespace gd::server {

// Adds the routes to `router`; the services must outlive it.
void addWorkflowRoutes(Router &router, ApiServices services);

} // namespace gd::server
