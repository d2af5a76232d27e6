#include "store/searchindex.h"

#include <algorithm>

namespace gd::store {
namespace {

// The tokens are made by SearchTokenizer and separated by spaces; the `ascii` tokenizer splits on
// them and keeps Han characters (all non-ASCII) as token characters. detail=full keeps positions for
// the name phrases. A prefix index of 2 characters serves the first keystrokes ("zh", "ch", "zs"),
// which would otherwise merge thousands of terms (200k citizens: p95 22 ms -> 0.2 ms for 17 MiB);
// a 3-character one measured no gain for 12 MiB more, and a 1-character one would copy every Han
// token (single letters and digits are not queried, see SearchTokenizer::matchExpression).
QByteArray createTable(const QByteArray &name)
{
    return "CREATE VIRTUAL TABLE " + name +
           " USING fts5(name, pinyin, numbers, content='', contentless_delete=1, tokenize='ascii', "
           "detail=full, prefix='2')";
}

SearchTokenizer::NameKind nameKind(SearchIndex::Kind kind)
{
    return kind == SearchIndex::Kind::Citizen ? SearchTokenizer::NameKind::Person
                                              : SearchTokenizer::NameKind::Organisation;
}

} // namespace

SearchIndex::SearchIndex(Connection &connection)
    : m_connection(connection)
{
}

QList<QByteArray> SearchIndex::schemaStatements()
{
    return {createTable(tableName(Kind::Citizen)), createTable(tableName(Kind::Enterprise))};
}

QByteArray SearchIndex::tableName(Kind kind)
{
    return kind == Kind::Citizen ? QByteArrayLiteral("citizen_search")
                                 : QByteArrayLiteral("enterprise_search");
}

QByteArray SearchIndex::matchClause(Kind kind, const QByteArray &rowidColumn)
{
    const QByteArray table = tableName(kind);
    return rowidColumn + " IN (SELECT rowid FROM " + table + " WHERE " + table + " MATCH ?)";
}

QString SearchIndex::matchExpression(const QString &query) const
{
    return m_tokenizer.matchExpression(query);
}

Result<void> SearchIndex::upsert(Kind kind, qint64 rowid, const SearchDocument &doc)
{
    const QByteArray table = tableName(kind);
    auto stmt = m_connection.cached("INSERT OR REPLACE INTO " + table +
                                    "(rowid, name, pinyin, numbers) VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return stmt.error();
    const SearchColumns columns = m_tokenizer.tokens(doc, nameKind(kind));
    return (*stmt)
        ->bind(1, rowid)
        .bindUtf8(2, columns.name.toUtf8())
        .bindUtf8(3, columns.pinyin.toUtf8())
        .bindUtf8(4, columns.numbers.toUtf8())
        .exec();
}

Result<void> SearchIndex::remove(Kind kind, qint64 rowid)
{
    auto stmt = m_connection.cached("DELETE FROM " + tableName(kind) + " WHERE rowid = ?1");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, rowid).exec();
}

Result<void> SearchIndex::clear(Kind kind)
{
    const QByteArray table = tableName(kind);
    return m_connection.exec("INSERT INTO " + table + "(" + table + ") VALUES ('delete-all')");
}

Result<void> SearchIndex::optimize(Kind kind)
{
    const QByteArray table = tableName(kind);
    return m_connection.exec("INSERT INTO " + table + "(" + table + ") VALUES ('optimize')");
}

Result<qint64> SearchIndex::count(Kind kind, const QString &query)
{
    const QString match = m_tokenizer.matchExpression(query);
    if (match.isEmpty())
        return qint64(0);
    const QByteArray table = tableName(kind);
    auto stmt = m_connection.cached("SELECT count(*) FROM " + table + " WHERE " + table + " MATCH ?1");
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    auto row = s.bind(1, match).step();
    if (!row)
        return row.error();
    const qint64 n = *row ? s.int64(0) : 0;
    s.reset();
    return n;
}

Result<QList<qint64>> SearchIndex::search(Kind kind, const QString &query, int limit, int offset)
{
    QList<qint64> rowids;
    const QString match = m_tokenizer.matchExpression(query);
    if (match.isEmpty() || limit <= 0)
        return rowids;
    const QByteArray table = tableName(kind);
    auto stmt = m_connection.cached("SELECT rowid FROM " + table + " WHERE " + table +
                                    " MATCH ?1 LIMIT ?2 OFFSET ?3");
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, match).bind(2, limit).bind(3, std::max(offset, 0));
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        rowids.append(s.int64(0));
    }
    s.reset();
    return rowids;
}

} // namespace gd::store
