#include "db/changelog.h"

#include <QDateTime>
#include <QSqlQuery>

namespace gd::server {

Result<qint64> ChangeLog::append(QSqlDatabase &db, const QString &entity, const QString &id,
                                 const QString &op, qint64 version, const QStringList &scopes)
{
    auto q = execSql(db,
                     QStringLiteral("INSERT INTO changes (entity, entity_id, op, version, changed_at) "
                                    "VALUES (?, ?, ?, ?, ?) RETURNING seq"),
                     {entity, id, op, version, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Internal, QStringLiteral("change log append returned no seq"));
    const qint64 seq = q->value(0).toLongLong();
    for (const QString &scope : scopes) {
        auto s = execSql(
            db, QStringLiteral("INSERT INTO change_scopes (scope, seq) VALUES (?, ?) ON CONFLICT DO NOTHING"),
            {scope, seq});
        if (!s)
            return s.error();
    }
    return seq;
}

Result<qint64> ChangeLog::lastSeq(QSqlDatabase &db)
{
    auto q = execSql(db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> ChangeLog::rebuild(QSqlDatabase &db)
{
    struct Source {
        const char *entity;
        const char *table;
        const char *order;
        QStringList scopeSelects; // SELECT scope, seq ... joined through the entity table
    };
    // Scope expressions per entity; "x" is the entity's table joined to the change row "ch".
    const QList<Source> sources{
        {"region", "regions", "id", {QStringLiteral("'all'")}},
        {"department", "departments", "id", {QStringLiteral("'all'")}},
        {"tag", "tags", "id", {QStringLiteral("'all'")}},
        {"service", "services", "id", {QStringLiteral("'all'")}},
        {"citizen",
         "citizens",
         "id",
         {QStringLiteral("'grid:' || x.grid_id"), QStringLiteral("'district:' || x.district_code")}},
        {"enterprise",
         "enterprises",
         "id",
         {QStringLiteral("'grid:' || x.grid_id"), QStringLiteral("'district:' || x.district_code")}},
        {"bill", "bills", "id", {}},
        {"benefit", "benefits", "id", {}},
        {"application",
         "applications",
         "id",
         {QStringLiteral("'grid:' || x.grid_id"), QStringLiteral("'district:' || x.district_code")}},
        {"message",
         "messages",
         "id",
         {QStringLiteral("'grid:' || x.grid_id"), QStringLiteral("'district:' || x.district_code")}},
    };
    for (const char *table : {"change_scopes", "changes"}) {
        if (auto r = execSql(db, QStringLiteral("DELETE FROM ") + QLatin1String(table)); !r)
            return r.error();
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const Source &s : sources) {
        const QString entity = QLatin1String(s.entity);
        const QString table = QLatin1String(s.table);
        auto ins =
            execSql(db,
                    QStringLiteral("INSERT INTO changes (entity, entity_id, op, version, changed_at) "
                                   "SELECT CAST(? AS TEXT), id, 'upsert', version, CAST(? AS TEXT) FROM ") +
                        table + QStringLiteral(" ORDER BY ") + QLatin1String(s.order),
                    {entity, now});
        if (!ins)
            return ins.error();
        const QString join = QStringLiteral(" FROM changes ch JOIN ") + table +
                             QStringLiteral(" x ON x.id = ch.entity_id WHERE ch.entity = ?");
        for (const QString &scope : s.scopeSelects) {
            auto r = execSql(db,
                             QStringLiteral("INSERT INTO change_scopes (scope, seq) SELECT ") + scope +
                                 QStringLiteral(", ch.seq") + join,
                             {entity});
            if (!r)
                return r.error();
        }
    }
    // Bills and benefits take their citizen's scopes.
    for (const char *entity : {"bill", "benefit"}) {
        const QString table = QLatin1String(entity) == QLatin1String("bill") ? QStringLiteral("bills")
                                                                             : QStringLiteral("benefits");
        for (const char *expr : {"'grid:' || c.grid_id", "'district:' || c.district_code"}) {
            auto r =
                execSql(db,
                        QStringLiteral("INSERT INTO change_scopes (scope, seq) SELECT ") +
                            QLatin1String(expr) + QStringLiteral(", ch.seq FROM changes ch JOIN ") + table +
                            QStringLiteral(" x ON x.id = ch.entity_id JOIN citizens c ON c.id = x.citizen_id "
                                           "WHERE ch.entity = ?"),
                        {QString::fromLatin1(entity)});
            if (!r)
                return r.error();
        }
    }
    // Applications: every department owning a step; messages: the assigned department.
    auto depts =
        execSql(db, QStringLiteral(
                        "INSERT INTO change_scopes (scope, seq) SELECT DISTINCT 'dept:' || st.department_id, "
                        "ch.seq FROM changes ch JOIN application_steps st ON st.application_id = "
                        "ch.entity_id WHERE ch.entity = 'application'"));
    if (!depts)
        return depts.error();
    auto msgDepts = execSql(
        db, QStringLiteral("INSERT INTO change_scopes (scope, seq) SELECT 'dept:' || m.department_id, "
                           "ch.seq FROM changes ch JOIN messages m ON m.id = ch.entity_id "
                           "WHERE ch.entity = 'message' AND m.department_id IS NOT NULL"));
    if (!msgDepts)
        return msgDepts.error();
    return lastSeq(db);
}

} // namespace gd::server
