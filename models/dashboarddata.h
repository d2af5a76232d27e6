#pragma once
// What the dashboards show (issue 6) and how it is asked for: a DashboardQuery (period and scope) maps to
// the set of report requests (GET /api/v1/analytics/usage and /opinion with different groupings), their
// answers travel and are cached as one bundle (report id → the server's JSON), and decode into
// DashboardData. Aggregates only — no citizen in any of it. Value types; any thread.

#include "domain/analytics.h"
#include "domain/result.h"

#include <QDate>
#include <QHash>
#include <QUrlQuery>

namespace gd {

// The channels the channel-mix chart stacks, in its order.
QStringList dashboardChannels();

struct DashboardQuery {
    QDate from;           // first local (CST) day, included
    QDate to;             // last local day, included
    QString districtCode; // "" = the caller's whole scope
    QString streetId;     // "" = the whole district
    // Cache key: the period and the scope.
    QString key() const;
    qint64 days() const { return from.daysTo(to) + 1; }
    // The scope as list-endpoint filters (district / street), for drill-down requests.
    void addScopeTo(QUrlQuery &query) const;
    friend bool operator==(const DashboardQuery &, const DashboardQuery &) = default;
};

struct DashboardRequest {
    QString id;   // "usage_day", "usage_channel_pc", …, "opinion_topic"
    QString path; // "/api/v1/analytics/usage"
    QUrlQuery query;
};

// The requests of one dashboard, in a fixed order.
QList<DashboardRequest> dashboardRequests(const DashboardQuery &query);

struct DashboardData {
    UsageReport usageByDay;
    QHash<QString, UsageReport> usageByChannelDay; // channel → its days
    UsageReport usageByService;
    UsageReport usageByDepartment;
    UsageReport usageByDistrict;
    OpinionReport opinionByDay;
    OpinionReport opinionByDistrict;
    OpinionReport opinionByTopic;
};

// Decodes a bundle {request id: report JSON}: every request of dashboardRequests() must be there and
// match its contract; otherwise an Internal "bad_reply" error naming the report.
Result<DashboardData> decodeDashboard(const QByteArray &bundle, const DashboardQuery &query);

} // namespace gd
