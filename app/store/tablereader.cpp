#include "store/tablereader.h"

#include "store/searchindex.h"

namespace gd::store {

TableReader::TableReader(Connection &connection, SearchIndex &search, const LocalTable &table, ListSpec spec)
    : m_connection(connection)
    , m_search(search)
    , m_table(table)
    , m_spec(std::move(spec))
{
}

Result<TableReader::Where> TableReader::whereFor(const ListQuery &query) const
{
    Where where;
    QList<QByteArray> parts;
    for (const auto &[name, value] : query.filters) {
        const auto found = m_spec.filters.constFind(name);
        if (found == m_spec.filters.constEnd())
            return makeError(ErrorCode::BadRequest, QStringLiteral("unknown filter: ") + name);
        parts.append(*found);
        where.binds.append(value);
    }
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        if (!m_table.search)
            return makeError(ErrorCode::BadRequest, QStringLiteral("this list has no search"));
        const QString match = m_search.matchExpression(search);
        if (match.isEmpty()) {
            where.empty = true;
            return where;
        }
        parts.append(SearchIndex::matchClause(*m_table.search));
        where.binds.append(match);
    }
    if (!parts.isEmpty()) {
        QByteArray sql = " WHERE ";
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i)
                sql += " AND ";
            sql += '(' + parts[i] + ')';
        }
        where.sql = sql;
    }
    return where;
}

Result<QList<QByteArray>> TableReader::listJson(const ListQuery &query) const
{
    auto where = whereFor(query);
    if (!where)
        return where.error();
    if (where->empty)
        return QList<QByteArray>{};
    const QByteArray sortKey = query.sort.isEmpty() ? m_spec.defaultSort : query.sort.toUtf8();
    const auto sort = m_spec.sorts.constFind(QString::fromUtf8(sortKey));
    if (sort == m_spec.sorts.constEnd())
        return makeError(ErrorCode::BadRequest, QStringLiteral("unknown sort: ") + query.sort);
    const QByteArray direction = query.descending ? " DESC" : " ASC";
    // A search without a chosen sort comes in the index's order (rowid): the first page of a broad
    // search (a surname: 8k of 100k citizens) then reads 200 rows instead of sorting all 8k by name
    // (55 ms → a few ms). Choosing a sort (a column header) sorts all matches in SQL as before.
    const bool indexOrder = query.sort.isEmpty() && m_table.search && !query.search.trimmed().isEmpty();
    const QByteArray order = indexOrder ? QByteArray(QByteArray("rowid") + direction)
                                        : QByteArray(*sort + direction + ", id" + direction);
    const QByteArray sql =
        "SELECT data FROM " + m_table.table + where->sql + " ORDER BY " + order + " LIMIT ? OFFSET ?";
    auto stmt = m_connection.cached(sql);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    int i = 1;
    for (const QString &b : std::as_const(where->binds))
        s.bind(i++, b);
    s.bind(i++, qint64(qBound(1, query.limit, 1000)));
    s.bind(i++, qint64(qMax(0, query.offset)));
    QList<QByteArray> rows;
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        rows.append(s.utf8(0));
    }
    s.reset();
    return rows;
}

Result<qint64> TableReader::count(const ListQuery &query) const
{
    // A search alone is counted in the index, without reading a row per match (143 ms → 8 ms p95 for a
    // surname over 200k citizens).
    if (query.filters.isEmpty() && m_table.search && !query.search.trimmed().isEmpty())
        return m_search.count(*m_table.search, query.search.trimmed());
    auto where = whereFor(query);
    if (!where)
        return where.error();
    if (where->empty)
        return qint64(0);
    auto stmt = m_connection.cached("SELECT count(*) FROM " + m_table.table + where->sql);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    int i = 1;
    for (const QString &b : std::as_const(where->binds))
        s.bind(i++, b);
    auto row = s.step();
    if (!row)
        return row.error();
    const qint64 total = *row ? s.int64(0) : 0;
    s.reset();
    return total;
}

Result<std::optional<QByteArray>> TableReader::jsonById(const QString &id) const
{
    auto stmt = m_connection.cached("SELECT data FROM " + m_table.table + " WHERE id = ?");
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, id);
    auto row = s.step();
    if (!row)
        return row.error();
    std::optional<QByteArray> data;
    if (*row)
        data = s.utf8(0);
    s.reset();
    return data;
}

} // namespace gd::store
