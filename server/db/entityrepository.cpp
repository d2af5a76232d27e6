#include "db/entityrepository.h"

namespace gd::server {

QByteArray ListPage::toJsonBytes() const
{
    QByteArray out;
    out.reserve(128 + (items ? items->size() * 1024 : 0));
    out.append('{');
    codec::appendJsonKey(out, "items");
    if (items)
        items->writeJsonArray(out);
    else
        out.append("[]");
    codec::appendJsonKey(out, "total", true);
    codec::appendJsonInteger(out, total);
    codec::appendJsonKey(out, "offset", true);
    codec::appendJsonInteger(out, offset);
    codec::appendJsonKey(out, "limit", true);
    codec::appendJsonInteger(out, limit);
    out.append('}');
    return out;
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

Result<std::unique_ptr<EntityRows>> EntityRepository::select(const SqlFilter &where, const QString &tail,
                                                             const QVariantList &tailBinds, bool reveal)
{
    QVariantList binds = where.binds;
    binds.append(tailBinds);
    std::unique_ptr<EntityRows> rows;
    {
        auto q =
            m_db.query(QStringLiteral("SELECT ") + m_spec.columns + QStringLiteral(" FROM ") + m_spec.table +
                           QLatin1Char(' ') + m_spec.alias + QStringLiteral(" WHERE ") + where.sql + tail,
                       binds);
        if (!q)
            return q.error();
        rows = m_spec.codec->read(**q, reveal);
    }
    if (auto r = m_spec.codec->enrich(m_db, *rows); !r)
        return r.error();
    return rows;
}

Result<ListPage> EntityRepository::list(const Principal &who, const ListQuery &query)
{
    if (m_spec.checkQuery) {
        if (auto allowed = m_spec.checkQuery(who, query); !allowed)
            return allowed.error();
    }
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
        if (const auto computed = m_spec.computedFilters.constFind(it.key());
            computed != m_spec.computedFilters.constEnd()) {
            auto filter = (*computed)(it.value());
            if (!filter)
                return filter.error();
            where = where && *filter;
            continue;
        }
        const auto predicate = m_spec.filters.constFind(it.key());
        if (predicate == m_spec.filters.constEnd())
            return makeError(ErrorCode::BadRequest, it.key() + QStringLiteral(": unknown filter"),
                             QJsonObject{{QStringLiteral("field"), it.key()}});
        QString value = it.value();
        if (m_spec.timeFilters.contains(it.key())) {
            const QDateTime t = fromIsoUtc(value);
            const QDate d = QDate::fromString(value, Qt::ISODate);
            if (!t.isValid() && !d.isValid())
                return makeError(ErrorCode::BadRequest,
                                 it.key() + QStringLiteral(": must be an ISO 8601 date or time"),
                                 QJsonObject{{QStringLiteral("field"), it.key()}});
            value = t.isValid() ? toIsoUtc(t) : toIsoUtc(d.startOfDay(Qt::UTC));
        }
        where = where && SqlFilter{*predicate, {value}};
    }
    if (!query.search.isEmpty() && m_spec.searchPredicates.isEmpty() && !m_spec.exactSearch)
        return makeError(ErrorCode::BadRequest, QStringLiteral("q: this list has no search"),
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("q")}});
    const std::optional<SqlFilter> exact =
        m_spec.exactSearch && !query.search.isEmpty() ? m_spec.exactSearch(query.search) : std::nullopt;
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

    const QString from = QStringLiteral(" FROM ") + m_spec.table + QLatin1Char(' ') + m_spec.alias;
    const QString countSql = QStringLiteral("SELECT COUNT(*)") + from + QStringLiteral(" WHERE ") + where.sql;
    auto total = m_counts.count(countSql, where.binds, [&]() -> Result<qint64> {
        auto q = m_db.query(countSql, where.binds);
        if (!q)
            return q.error();
        return (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    });
    if (!total)
        return total.error();

    // Deferred join: the page's ids are picked from the sort index alone, and only those rows are read.
    // A plain LIMIT/OFFSET makes PostgreSQL fetch (and evaluate the select list of) every skipped row.
    const QString order = m_spec.sortColumns.value(sortKey) +
                          (descending ? QStringLiteral(" DESC, ") : QStringLiteral(" ASC, ")) + m_spec.alias +
                          QStringLiteral(".id");
    SqlFilter page{m_spec.alias + QStringLiteral(".id IN (SELECT ") + m_spec.alias + QStringLiteral(".id") +
                       from + QStringLiteral(" WHERE ") + where.sql + QStringLiteral(" ORDER BY ") + order +
                       QStringLiteral(" LIMIT ? OFFSET ?)"),
                   where.binds};
    page.binds.append(query.limit);
    page.binds.append(query.offset);
    auto rows = select(page, QStringLiteral(" ORDER BY ") + order, {}, false);
    if (!rows)
        return rows.error();
    m_spec.codec->redact(**rows, who);

    ListPage out;
    out.items = std::move(*rows);
    out.total = *total;
    out.offset = query.offset;
    out.limit = query.limit;
    return out;
}

Result<std::unique_ptr<EntityRows>> EntityRepository::one(const Principal &who, const QString &id,
                                                          bool reveal)
{
    const SqlFilter where = m_spec.scope(who) && SqlFilter{m_spec.alias + QStringLiteral(".id = ?"), {id}};
    auto rows = select(where, {}, {}, reveal);
    if (!rows)
        return rows.error();
    m_spec.codec->redact(**rows, who);
    if ((*rows)->isEmpty())
        return makeError(ErrorCode::NotFound, m_spec.entity + QStringLiteral(" not found"));
    return rows;
}

Result<QJsonObject> EntityRepository::get(const Principal &who, const QString &id, bool reveal)
{
    auto rows = one(who, id, reveal);
    if (!rows)
        return rows.error();
    return (*rows)->toJson(0);
}

Result<QByteArray> EntityRepository::getJson(const Principal &who, const QString &id, bool reveal)
{
    auto rows = one(who, id, reveal);
    if (!rows)
        return rows.error();
    QByteArray out;
    (*rows)->writeJson(out, 0);
    return out;
}

Result<void> EntityRepository::requireVisible(const Principal &who, const QString &id)
{
    const SqlFilter where = m_spec.scope(who) && SqlFilter{m_spec.alias + QStringLiteral(".id = ?"), {id}};
    auto q = m_db.query(QStringLiteral("SELECT 1 FROM ") + m_spec.table + QLatin1Char(' ') + m_spec.alias +
                            QStringLiteral(" WHERE ") + where.sql,
                        where.binds);
    if (!q)
        return q.error();
    if (!(*q)->next())
        return makeError(ErrorCode::NotFound, m_spec.entity + QStringLiteral(" not found"));
    return {};
}

Result<std::unique_ptr<EntityRows>> EntityRepository::byIds(const Principal &who, const QStringList &ids)
{
    if (ids.isEmpty())
        return m_spec.codec->empty();
    auto rows =
        select(m_spec.scope(who) && inListPadded(m_spec.alias + QStringLiteral(".id"), ids), {}, {}, false);
    if (rows)
        m_spec.codec->redact(**rows, who);
    return rows;
}

} // namespace gd::server
