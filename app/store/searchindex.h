#pragma once
// The local search index of citizens and enterprises: one contentless FTS5 table per kind
// (citizen_search, enterprise_search) holding SearchTokenizer's tokens in three columns (name, pinyin,
// numbers), keyed by the rowid of the owning citizens/enterprises row. Contentless with
// contentless_delete=1: the text is not stored a second time, and rows can still be replaced and
// deleted by rowid. The repositories own the entity tables; they call upsert/remove in the same write
// transaction as their row, and filter lists with matchClause() + matchExpression().
//
// Results come in FTS order (rowid ascending), never ranked: a surname such as 王 matches ~5% of the
// citizens, and the first page must not need all of them sorted by relevance.
//
// Used on the store thread only, like the Connection it refers to (owned by Store, must outlive this).
// Owns a SearchTokenizer.

#include "domain/result.h"
#include "store/searchtokenizer.h"
#include "store/sqlite.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gd::store {

class SearchIndex {
public:
    enum class Kind { Citizen, Enterprise };

    explicit SearchIndex(Connection &connection);

    // CREATE VIRTUAL TABLE statements for both tables (part of the local schema's migrations).
    static QList<QByteArray> schemaStatements();
    static QByteArray tableName(Kind kind); // "citizen_search" / "enterprise_search"

    // A condition for the owning table's WHERE with one `?` to bind matchExpression() to:
    //   rowid IN (SELECT rowid FROM citizen_search WHERE citizen_search MATCH ?)
    // rowidColumn names the owning table's rowid when the query uses an alias ("c.rowid").
    // SQLite materialises the IN list (about 0.2 µs per match) and, with an ORDER BY, reads every
    // matching row to sort it (several µs per match with a small page cache): cheap for a name, costly
    // for a surname or a region prefix matching 10k–120k rows (govdesk-bench search: clause_*, sorted_*).
    static QByteArray matchClause(Kind kind, const QByteArray &rowidColumn = "rowid");
    // See SearchTokenizer::matchExpression: empty when the query has nothing searchable (the list is
    // then empty; don't run the clause with an empty expression).
    QString matchExpression(const QString &query) const;

    // INSERT OR REPLACE of the row's tokens; call in the caller's write transaction.
    Result<void> upsert(Kind kind, qint64 rowid, const SearchDocument &doc);
    Result<void> remove(Kind kind, qint64 rowid);
    // Removes every row of one table (before a full resync).
    Result<void> clear(Kind kind);
    // Merges the table's segments into one; worth it after a bulk load (initial sync), not needed after
    // small changes (FTS5 merges incrementally).
    Result<void> optimize(Kind kind);

    // How many rows match, from the index alone (no owning-table rows read, unlike a count(*) through
    // matchClause()): p95 ≤ 8 ms at 200k citizens.
    Result<qint64> count(Kind kind, const QString &query);
    // Matching rowids in rowid order; an empty list when the query has nothing searchable. Streams: the
    // first page costs the same for 王 (10k matches) as for 王五.
    Result<QList<qint64>> search(Kind kind, const QString &query, int limit, int offset = 0);

    const SearchTokenizer &tokenizer() const { return m_tokenizer; }

private:
    Connection &m_connection;
    SearchTokenizer m_tokenizer;
};

} // namespace gd::store
