#pragma once
// Bulk-load helper: drops the secondary indexes of some tables and recreates them later from their own
// stored definitions (sqlite_master.sql / pg_indexes.indexdef), so a large load appends rows instead of
// updating half a dozen randomly ordered B-trees per row; building an index once afterwards is a sort.
// Indexes that back PRIMARY KEY or UNIQUE constraints stay, so the load still checks uniqueness.
// The schema afterwards is exactly the one before. restore() runs in the destructor if not called.

#include "db/database.h"

namespace gd::server {

class IndexSuspender {
public:
    IndexSuspender(const QSqlDatabase &db, Dialect dialect);
    ~IndexSuspender();
    IndexSuspender(const IndexSuspender &) = delete;
    IndexSuspender &operator=(const IndexSuspender &) = delete;

    Result<void> suspend(const QStringList &tables);
    Result<void> restore();

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
    QStringList m_definitions; // CREATE INDEX statements to run again
};

} // namespace gd::server
