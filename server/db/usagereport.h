#pragma once
// Reads a usage report (GET /api/v1/analytics/usage) from the aggregates of db/usageaggregates.h: sums of
// daily rows and of handling-time histograms over a period, limited to the caller's scope inside the
// query (city supervisors and admins: the city; district supervisors: their district; officers: their
// department's services). Never reads a per-citizen table. Thread-safe (the calling thread's connection).

#include "db/principal.h"

#include "domain/analytics.h"
#include "domain/result.h"

namespace gd::server {

class Database;

struct UsageQuery {
    QDate from; // local dates, both included
    QDate to;
    QString group = QStringLiteral("day"); // usageGroups()
    // Filters; empty = all.
    QString districtCode;
    QString streetId; // a street region id
    QString departmentId;
    QString serviceId;
    QString channel;
};

class UsageReports {
public:
    explicit UsageReports(Database &db);

    // Forbidden for roles without usage figures (grid managers, the portal).
    Result<UsageReport> report(const Principal &who, const UsageQuery &query);

private:
    Database &m_db;
};

} // namespace gd::server
