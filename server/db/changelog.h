#pragma once
// The change log behind GET /api/v1/sync/changes. Every write to a syncable row appends a change with
// the scope keys allowed to see it:
//   "all"                   reference data (regions, departments, tags, services)
//   "grid:<grid id>"        objects of a grid's residents and enterprises (their bills, benefits, pushes
//                           and notes included), and the grid's visits, households, incidents and tasks
//   "district:<code>"       the same objects, for supervisors of that district, and the push campaigns
//                           made by that district's supervisor
//   "dept:<department id>"  applications with a step owned by that department; messages assigned to it;
//                           pushes, notes and push campaigns made by its officers
// Appends must run inside a write Transaction taken with kChangeLogLock, so that sequence numbers become
// visible in order (a reader never skips a lower seq that commits later).

#include "db/database.h"

namespace gd::server {

class ChangeLog {
public:
    // Appends a change with the scope keys given.
    static Result<qint64> append(QSqlDatabase &db, const QString &entity, const QString &id,
                                 const QString &op, qint64 version, const QStringList &scopes);

    // Appends a change to an existing row of a syncable table, with the scope keys derived from the row
    // by the same rules rebuild() applies to every row. Call it after the row's own write, in the same
    // transaction.
    static Result<qint64> record(QSqlDatabase &db, const QString &entity, const QString &id,
                                 const QString &op, qint64 version);

    // Builds the log for every row already in the tables (after bulk demo generation), entity by entity
    // in a stable order. Replaces any existing log.
    static Result<qint64> rebuild(QSqlDatabase &db);

    static Result<qint64> lastSeq(QSqlDatabase &db);
};

} // namespace gd::server
