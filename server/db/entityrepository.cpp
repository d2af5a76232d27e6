#include "db/entityrepository.h"

namespace gd::server {

QJsonObject ListPage::toJson() const
{
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("offset"), offset},
                       {QStringLiteral("limit"), limit}};
}

EntityRepository::EntityRepository(Database &db, EntitySpec spec)
    : m_db(db)
    , m_spec(std::move(spec))
{
}

static QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

Result<QList<QJsonObject>> EntityRepository::select(QSqlDatabase &conn, const SqlFilter &where, const QString &tail,
                                                    const QVariantList &tailBinds, bool reveal)
{
    QVariantList binds = where.binds;
    binds.append(tailBinds);
    auto q = execSql(conn,
                     QStringLiteral("SELECT ") + m_spec.columns + QStringLiteral(" FROM ") + m_spec.table +
                         QLatin1Char(' ') + m_spec.alias + QStringLiteral(" WHERE ") + where.sql + tail,
                     binds);
    if (!q)
        return q.error();
    QList<QJsonObject> rows;
    while (q->next())
        rows.append(m_spec.rowToJson(*q, reveal));
    if (m_spec.enrich && !rows.isEmpty()) {
        if (auto r = m_spec.enrich(conn, rows); !r)
            return r.error();
    }
    return rows;
}

Result<ListPage> EntityRepository::list(const Principal &who, const ListQuery &query)
{
    QString sortKey = query.sort.isEmpty() ? m_spec.defaultSort : query.sort;
    const bool descending = sortKey.startsWith(QLatin1Char('-'));
    if (descending)
        sortKey.remove(0, 1);
    if (!m_spec.sortColumns.contains(sortKey)) {
        QStringList allowed = m_spec.sortColumns.keys();
        allowed.sort();
        return makeError(ErrorCode::BadRequest, QStringLiteral("sort: unknown key"),
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("sort")},
                                     {QStringLiteral("allowed"), QJsonArray::fromStringList(allowed)}});
    }
    SqlFilter where = m_spec.scope(who);
    for (auto it = query.filters.constBegin(); it != query.filters.constEnd(); ++it) {
        const auto predicate = m_spec.filters.constFind(it.key());
        if (predicate == m_spec.filters.constEnd())
            return makeError(ErrorCode::BadRequest, it.key() + QStringLiteral(": unknown filter"),
                             QJsonObject{{QStringLiteral("field"), it.key()}});
        QString value = it.value();
        if (m_spec.timeFilters.contains(it.key())) {
            const QDateTime t = fromIsoUtc(value);
            const QDate d = QDate::fromString(value, Qt::ISODate);
            if (!t.isValid() && !d.isValid())
                return makeError(ErrorCode::BadRequest, it.key() + QStringLiteral(": must be an ISO 8601 date or time"),
                                 QJsonObject{{QStringLiteral("field"), it.key()}});
            value = t.isValid() ? toIsoUtc(t) : toIsoUtc(d.startOfDay(Qt::UTC));
        }
        where = where && SqlFilter{*predicate, {value}};
    }
    if (!query.search.isEmpty() && m_spec.searchPredicates.isEmpty() && !m_spec.exactSearch)
        return makeError(ErrorCode::BadRequest, QStringLiteral("q: this list has no search"),
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("q")}});
    const std::optional<SqlFilter> exact = m_spec.exactSearch && !query.search.isEmpty()
                                               ? m_spec.exactSearch(query.search)
                                               : std::nullopt;
    if (exact) {
        where = where && *exact;
    } else if (!query.search.isEmpty() && !m_spec.searchPredicates.isEmpty()) {
        const QString pattern = (m_spec.searchPrefixOnly ? QString() : QStringLiteral("%")) +
                                likeEscaped(query.search) + QLatin1Char('%');
        QStringList parts;
        QVariantList binds;
        for (const QString &p : m_spec.searchPredicates) {
            parts.append(p);
            binds.append(pattern);
        }
        where = where && SqlFilter{parts.join(QStringLiteral(" OR ")), binds};
    }
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();

    ListPage page;
    page.offset = query.offset;
    page.limit = query.limit;
    {
        auto count = execSql(*conn,
                             QStringLiteral("SELECT COUNT(*) FROM ") + m_spec.table + QLatin1Char(' ') + m_spec.alias +
                                 QStringLiteral(" WHERE ") + where.sql,
                             where.binds);
        if (!count)
            return count.error();
        page.total = count->next() ? count->value(0).toLongLong() : 0;
    }
    const QString order = QStringLiteral(" ORDER BY ") + m_spec.sortColumns.value(sortKey) +
                          (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")) + QStringLiteral(", ") +
                          m_spec.alias + QStringLiteral(".id LIMIT ? OFFSET ?");
    auto rows = select(*conn, where, order, {query.limit, query.offset}, false);
    if (!rows)
        return rows.error();
    for (const QJsonObject &row : std::as_const(*rows))
        page.items.append(row);
    return page;
}

Result<QJsonObject> EntityRepository::get(const Principal &who, const QString &id, bool reveal)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const SqlFilter where = m_spec.scope(who) && SqlFilter{m_spec.alias + QStringLiteral(".id = ?"), {id}};
    auto rows = select(*conn, where, {}, {}, reveal);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, m_spec.entity + QStringLiteral(" not found"));
    return rows->first();
}

Result<QList<QJsonObject>> EntityRepository::byIds(const Principal &who, const QStringList &ids)
{
    if (ids.isEmpty())
        return QList<QJsonObject>{};
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    return select(*conn, m_spec.scope(who) && inList(m_spec.alias + QStringLiteral(".id"), ids), {}, {}, false);
}

} // namespace gd::server
