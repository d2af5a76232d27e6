#include "db/changelog.h"

#include <QDateTime>
#include <QSqlQuery>

namespace gd::server {
namespace {

// One way a change row ("ch") gets scope keys: a SELECT of (scope, seq) joining the entity's row ("x")
// and whatever decides the keys, with an optional extra condition.
struct ScopeRule {
    QString select;
    QString condition;
};

// A syncable table and its scope rules. rebuild() applies the rules to every change of the entity at once,
// record() to one change: the keys of a row come from this one definition either way.
struct Source {
    const char *entity;
    const char *table;
    QList<ScopeRule> rules;
};

// A key computed from the entity's own row.
ScopeRule own(const char *table, const char *scope)
{
    return {QStringLiteral("SELECT ") + QLatin1String(scope) +
                QStringLiteral(", ch.seq FROM changes ch JOIN ") + QLatin1String(table) +
                QStringLiteral(" x ON x.id = ch.entity_id"),
            {}};
}

// A key computed from the owner of the row (bills, benefits): its citizen, or its enterprise when
// enterprise_id is set. `prefix` is "grid:" or "district:", `column` the owner's column. Rows whose owner
// is missing get no key.
ScopeRule owners(const char *table, const char *prefix, const char *column)
{
    const QString key = QStringLiteral("COALESCE(c.") + QLatin1String(column) + QStringLiteral(", e.") +
                        QLatin1String(column) + QLatin1Char(')');
    return {QStringLiteral("SELECT '") + QLatin1String(prefix) + QStringLiteral("' || ") + key +
                QStringLiteral(", ch.seq FROM changes ch JOIN ") + QLatin1String(table) +
                QStringLiteral(" x ON x.id = ch.entity_id LEFT JOIN citizens c ON c.id = x.citizen_id AND "
                               "x.enterprise_id IS NULL LEFT JOIN enterprises e ON e.id = x.enterprise_id"),
            key + QStringLiteral(" IS NOT NULL")};
}

// The department of the officer who wrote the row (pushes: sent_by, notes: author_id), so that the
// officer's own writes, and what becomes of them (a push's status), come back in their feed. Other staff
// have no department and add no key.
ScopeRule writersDepartment(const char *table, const char *staffColumn)
{
    return {QStringLiteral("SELECT 'dept:' || s.department_id, ch.seq FROM changes ch JOIN ") +
                QLatin1String(table) + QStringLiteral(" x ON x.id = ch.entity_id JOIN staff s ON s.id = x.") +
                QLatin1String(staffColumn),
            QStringLiteral("s.department_id IS NOT NULL")};
}

const QList<Source> &sources()
{
    static const QList<Source> list{
        {"region", "regions", {own("regions", "'all'")}},
        {"department", "departments", {own("departments", "'all'")}},
        {"tag", "tags", {own("tags", "'all'")}},
        {"service", "services", {own("services", "'all'")}},
        {"citizen",
         "citizens",
         {own("citizens", "'grid:' || x.grid_id"), own("citizens", "'district:' || x.district_code")}},
        {"enterprise",
         "enterprises",
         {own("enterprises", "'grid:' || x.grid_id"), own("enterprises", "'district:' || x.district_code")}},
        // Bills and benefits take their citizen's scopes, or their enterprise's.
        {"bill",
         "bills",
         {owners("bills", "grid:", "grid_id"), owners("bills", "district:", "district_code")}},
        {"benefit",
         "benefits",
         {owners("benefits", "grid:", "grid_id"), owners("benefits", "district:", "district_code")}},
        // Applications: their area, every department owning a step, and the departments steps were
        // transferred from (their officers keep seeing the application).
        {"application",
         "applications",
         {own("applications", "'grid:' || x.grid_id"),
          own("applications", "'district:' || x.district_code"),
          {QStringLiteral("SELECT DISTINCT 'dept:' || st.department_id, ch.seq FROM changes ch JOIN "
                          "application_steps st ON st.application_id = ch.entity_id"),
           {}},
          {QStringLiteral("SELECT DISTINCT 'dept:' || st.transferred_from, ch.seq FROM changes ch JOIN "
                          "application_steps st ON st.application_id = ch.entity_id"),
           QStringLiteral("st.transferred_from IS NOT NULL AND st.transferred_from <> st.department_id AND "
                          "NOT EXISTS (SELECT 1 FROM application_steps so WHERE so.application_id = "
                          "ch.entity_id AND so.department_id = st.transferred_from)")}}},
        // Messages: their area, and the department they are assigned to.
        {"message",
         "messages",
         {own("messages", "'grid:' || x.grid_id"),
          own("messages", "'district:' || x.district_code"),
          {QStringLiteral("SELECT 'dept:' || x.department_id, ch.seq FROM changes ch JOIN messages x ON "
                          "x.id = ch.entity_id"),
           QStringLiteral("x.department_id IS NOT NULL")}}},
        {"visit",
         "visits",
         {own("visits", "'grid:' || x.grid_id"), own("visits", "'district:' || x.district_code")}},
        // Grid work (domain/grid.h): households, incidents and grid tasks, by their grid and district.
        {"household",
         "households",
         {own("households", "'grid:' || x.grid_id"), own("households", "'district:' || x.district_code")}},
        {"incident",
         "incidents",
         {own("incidents", "'grid:' || x.grid_id"), own("incidents", "'district:' || x.district_code")}},
        {"task",
         "grid_tasks",
         {own("grid_tasks", "'grid:' || x.grid_id"), own("grid_tasks", "'district:' || x.district_code")}},
        // Pushes and notes: the area of their citizen or enterprise (copied into the row), and the
        // department of the officer who wrote them.
        {"push",
         "pushes",
         {own("pushes", "'grid:' || x.grid_id"), own("pushes", "'district:' || x.district_code"),
          writersDepartment("pushes", "sent_by")}},
        {"note",
         "notes",
         {own("notes", "'grid:' || x.grid_id"), own("notes", "'district:' || x.district_code"),
          writersDepartment("notes", "author_id")}},
        // Push campaigns: the department of the officer who made them, and the district of the district
        // supervisor who did (campaigns made by anyone else are of the city: "city" gets no key, the city
        // supervisor and admins read every change), and the grid of a grid manager's notice. The same as
        // CampaignStore::scope().
        {"campaign",
         "campaigns",
         {{QStringLiteral("SELECT 'dept:' || x.department_id, ch.seq FROM changes ch JOIN campaigns x ON "
                          "x.id = ch.entity_id"),
           QStringLiteral("x.department_id IS NOT NULL")},
          {QStringLiteral("SELECT 'district:' || x.area_code, ch.seq FROM changes ch JOIN campaigns x ON "
                          "x.id = ch.entity_id"),
           QStringLiteral("x.area_code <> 'city'")},
          // A grid manager's notice: the managers of its grid (its district's supervisor by the area).
          {QStringLiteral("SELECT 'grid:' || x.grid_id, ch.seq FROM changes ch JOIN campaigns x ON "
                          "x.id = ch.entity_id"),
           QStringLiteral("x.grid_id IS NOT NULL")}}},
    };
    return list;
}

const Source *sourceOf(const QString &entity)
{
    for (const Source &s : sources()) {
        if (entity == QLatin1String(s.entity))
            return &s;
    }
    return nullptr;
}

// Inserts the keys of `source`'s rules for every change of the entity, or only for change `seq` (> 0).
Result<void> insertScopes(QSqlDatabase &db, const Source &source, qint64 seq)
{
    for (const ScopeRule &rule : source.rules) {
        QString sql = QStringLiteral("INSERT INTO change_scopes (scope, seq) ") + rule.select +
                      QStringLiteral(" WHERE ch.entity = ?");
        QVariantList binds{QString::fromLatin1(source.entity)};
        if (!rule.condition.isEmpty())
            sql += QStringLiteral(" AND ") + rule.condition;
        if (seq > 0) {
            sql += QStringLiteral(" AND ch.seq = ?");
            binds.append(seq);
        }
        if (auto r = execSql(db, sql, binds); !r)
            return r.error();
    }
    return {};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Result<qint64> ChangeLog::append(QSqlDatabase &db, const QString &entity, const QString &id,
                                 const QString &op, qint64 version, const QStringList &scopes)
{
    auto q = execSql(db,
                     QStringLiteral("INSERT INTO changes (entity, entity_id, op, version, changed_at) "
                                    "VALUES (?, ?, ?, ?, ?) RETURNING seq"),
                     {entity, id, op, version, now()});
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

Result<qint64> ChangeLog::record(QSqlDatabase &db, const QString &entity, const QString &id,
                                 const QString &op, qint64 version)
{
    const Source *source = sourceOf(entity);
    if (!source)
        return makeError(ErrorCode::Internal, QStringLiteral("no change log rules for ") + entity);
    auto seq = append(db, entity, id, op, version, {});
    if (!seq)
        return seq;
    if (auto r = insertScopes(db, *source, *seq); !r)
        return r.error();
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
    for (const char *table : {"change_scopes", "changes"}) {
        if (auto r = execSql(db, QStringLiteral("DELETE FROM ") + QLatin1String(table)); !r)
            return r.error();
    }
    const QString changedAt = now();
    for (const Source &s : sources()) {
        const QString entity = QLatin1String(s.entity);
        auto ins =
            execSql(db,
                    QStringLiteral("INSERT INTO changes (entity, entity_id, op, version, changed_at) "
                                   "SELECT CAST(? AS TEXT), id, 'upsert', version, CAST(? AS TEXT) FROM ") +
                        QLatin1String(s.table) + QStringLiteral(" ORDER BY id"),
                    {entity, changedAt});
        if (!ins)
            return ins.error();
        if (auto r = insertScopes(db, s, 0); !r)
            return r.error();
    }
    return lastSeq(db);
}

} // namespace gd::server
