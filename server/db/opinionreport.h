#pragma once
// GET /api/v1/analytics/opinion (issue 6): citizen messages by the topic and sentiment stored on them when
// they arrived (schema 6), over a period of local days: volume, sentiment counts and mean score by day,
// district or topic; the top topics against the previous period of the same length; and the spikes of the
// daily series of each topic × district (analytics/spikedetector.h). Scope as the usage figures:
// admins and city supervisors the city, district supervisors their district, officers the messages
// assigned to their department; everyone else Forbidden.

#include "db/principal.h"

#include "domain/analytics.h"
#include "domain/result.h"

namespace gd::server {

class Database;

struct OpinionQuery {
    QDate from;
    QDate to;
    QString group = QStringLiteral("day"); // opinionGroups()
    QString districtCode;                  // "" = all in scope
    QString streetId;                      // a street region id; "" = all in scope
};

class OpinionReports {
public:
    explicit OpinionReports(Database &db);

    Result<OpinionReport> report(const Principal &who, const OpinionQuery &query);

private:
    Database &m_db;
};

} // namespace gd::server
