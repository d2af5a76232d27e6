#include "demo/indexsuspender.h"

#include "demo/demologging.h"

namespace gd::server {

IndexSuspender::IndexSuspender(const QSqlDatabase &db, Dialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

IndexSuspender::~IndexSuspender()
{
    if (!m_definitions.isEmpty()) {
        if (auto r = restore(); !r)
            qCWarning(lcDemo) << "could not recreate suspended indexes:" << r.error().message;
    }
}

Result<void> IndexSuspender::suspend(const QStringList &tables)
{
    QStringList placeholders;
    QVariantList binds;
    for (const QString &t : tables) {
        placeholders.append(QStringLiteral("?"));
        binds.append(t);
    }
    const QString in = placeholders.join(QStringLiteral(", "));
    // Only plain CREATE INDEX statements: constraint indexes have no SQL (SQLite) or are constraints
    // (PostgreSQL).
    const QString sql =
        m_dialect == Dialect::Sqlite
            ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                             "AND tbl_name IN (") +
                  in + QStringLiteral(") ORDER BY name")
            : QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                             "AND tablename IN (") +
                  in +
                  QStringLiteral(") AND indexname NOT IN "
                                 "(SELECT conname FROM pg_constraint) ORDER BY indexname");
    auto q = execSql(m_db, sql, binds);
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> found;
    while (q->next())
        found.append({q->value(0).toString(), q->value(1).toString()});
    for (const auto &[name, definition] : std::as_const(found)) {
        if (auto r = execSql(m_db, QStringLiteral("DROP INDEX ") + name); !r)
            return r.error();
        m_definitions.append(definition);
    }
    return {};
}

Result<void> IndexSuspender::restore()
{
    while (!m_definitions.isEmpty()) {
        if (auto r = execSql(m_db, m_definitions.constFirst()); !r)
            return r.error();
        m_definitions.removeFirst();
    }
    return {};
}

} // namespace gd::server
