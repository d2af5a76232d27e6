#pragma once
// The /api/v1 endpoints: builds the Router with every route of the contract (docs/api/openapi.yaml).

#include "http/router.h"

namespace gd::server {

class Database;
class AuthService;
class AuditLog;

struct ApiServices {
    Database &db;
    AuthService &auth;
    AuditLog &audit;
};

// The returned router keeps references to the services; they must outlive it.
Router buildApiRouter(ApiServices services);

} // namespace gd::server
