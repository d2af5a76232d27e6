#pragma once
// The change log behind GET /api/v1/sync/changes. Every write to a syncable row appends a change with
// the scope keys allowed to see it:
//   "all"                   reference data (regions, departments, tags, services)
//   "grid:<grid id>"        objects of a grid's residents and enterprises
//   "district:<code>"       the same objects, for supervisors of that district
//   "dept:<department id>"  applications with a step owned by that department; messages assigned to it
// Appends must run inside a write Transaction taken with kChangeLogLock, so that sequence numbers become
// visible in order (a reader never skips a lower seq that commits later).

#include "db/database.h"

namespace gd::server {

class ChangeLog {
public:
    static Result<qint64> append(QSqlDatabase &db, const QString &entity, const QString &id,
                                 const QString &op, qint64 version, const QStringList &scopes);

    // Builds the log for every row already in the tables (after bulk demo generation), entity by entity
    // in a stable order. Replaces any existing log.
    static Result<qint64> rebuild(QSqlDatabase &db);

    static Result<qint64> lastSeq(QSqlDatabase &db);
};

} // namespace gd::server
