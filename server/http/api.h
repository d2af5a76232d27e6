#pragma once
// The /api/v1 endpoints: builds the Router with every route of the contract (docs/api/openapi.yaml).

#include "http/changeevents.h"
#include "http/faultinjector.h"
#include "http/router.h"

#include <optional>

namespace gd::server {

class Database;
class RecommendationService;
class AuthService;
class AuditLog;
class ChangeNotifier;
class CampaignDispatcher;
class AudienceService;

struct ApiOptions {
    ChangeEventOptions events;                 // GET /sync/events
    std::optional<FaultInjector::Spec> faults; // --inject-faults (tests only)
    // The recommendation engine of GET /citizens/{id}/recommendations and POST /recommendations/batch
    // (503 without); it must outlive the router.
    RecommendationService *recommendations = nullptr;
    // Push campaigns: audiences larger than this wait for a supervisor's approval
    // (--campaign-approval-threshold); the dispatcher is woken when one is approved (none: it polls).
    qint64 campaignApprovalThreshold = 1000;
    CampaignDispatcher *campaignDispatcher = nullptr;
    // Peers whose X-Forwarded-For names the client (--trusted-proxy).
    QStringList trustedProxies;
};

struct ApiServices {
    Database &db;
    AuthService &auth;
    AuditLog &audit;
    ChangeNotifier &notifier; // woken after every committed write; shut down before the server stops
    ApiOptions options = {};
    AudienceService *audiences = nullptr; // POST /audiences/count (503 without)
};

// The returned router keeps references to the services; they must outlive it.
Router buildApiRouter(ApiServices services);

} // namespace gd::server
