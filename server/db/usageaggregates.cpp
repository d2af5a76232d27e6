#include "db/usageaggregates.h"

#include "db/database.h"
#include "db/serverclock.h"

#include "domain/worktime.h"

#include <QSqlQuery>

namespace gd::server {
namespace {

const QString kBuiltKey = QStringLiteral("usage_aggregates_built");
constexpr int kRowsPerInsert = 100;

// Bound text for a NOT NULL column: a null QString would bind as NULL.
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString placeholders(int columns, int rows)
{
    QString one = QStringLiteral("(?");
    for (int i = 1; i < columns; ++i)
        one += QStringLiteral(", ?");
    one += QLatin1Char(')');
    QString all = one;
    for (int i = 1; i < rows; ++i)
        all += QStringLiteral(", ") + one;
    return all;
}

// Adds rows of (key columns, counter columns) to `table`, many rows per statement; counters add up with
// what is stored (ON CONFLICT, SQLite 3.24+ and PostgreSQL 9.5+).
class Upserter {
public:
    Upserter(Database &db, QString table, QStringList keys, QStringList counters)
        : m_db(db)
        , m_table(std::move(table))
        , m_keys(std::move(keys))
        , m_counters(std::move(counters))
    {
    }

    Result<void> add(QVariantList row)
    {
        m_binds += row;
        if (++m_rows == kRowsPerInsert)
            return flush();
        return {};
    }

    Result<void> flush()
    {
        if (m_rows == 0)
            return {};
        QStringList updates;
        for (const QString &c : m_counters)
            updates << c + QStringLiteral(" = ") + m_table + QLatin1Char('.') + c +
                           QStringLiteral(" + excluded.") + c;
        const QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") +
                            (m_keys + m_counters).join(QStringLiteral(", ")) + QStringLiteral(") VALUES ") +
                            placeholders(int(m_keys.size() + m_counters.size()), m_rows) +
                            QStringLiteral(" ON CONFLICT (") + m_keys.join(QStringLiteral(", ")) +
                            QStringLiteral(") DO UPDATE SET ") + updates.join(QStringLiteral(", "));
        auto q = m_db.query(sql, m_binds);
        m_binds.clear();
        m_rows = 0;
        if (!q)
            return q.error();
        return {};
    }

private:
    Database &m_db;
    QString m_table;
    QStringList m_keys;
    QStringList m_counters;
    QVariantList m_binds;
    int m_rows = 0;
};

QVariantList keyBinds(const UsageKey &k)
{
    return {k.day, nn(k.districtCode), nn(k.streetId), nn(k.departmentId), nn(k.serviceId), nn(k.channel)};
}

const QStringList kKeyColumns{QStringLiteral("day"),        QStringLiteral("district_code"),
                              QStringLiteral("street_id"),  QStringLiteral("department_id"),
                              QStringLiteral("service_id"), QStringLiteral("channel")};

} // namespace

UsageAggregates::UsageAggregates(Database &db)
    : m_db(db)
{
}

ApplicationFacts UsageAggregates::factsOf(const Application &a, const QString &departmentId,
                                          const QString &streetId)
{
    ApplicationFacts f;
    f.serviceId = a.serviceId;
    f.departmentId = departmentId;
    f.districtCode = a.districtCode;
    f.streetId = streetId;
    f.channel = a.channel;
    f.submittedAt = a.submittedAt;
    f.dueAt = a.dueAt;
    if (a.status == QLatin1String("completed") && a.completedAt) {
        f.completedAt = a.completedAt;
        f.rating = a.rating;
    }
    return f;
}

Result<std::pair<QString, QString>> UsageAggregates::departmentAndStreetOf(const Application &a)
{
    auto q =
        m_db.query(QStringLiteral("SELECT (SELECT department_id FROM services WHERE id = ?), (SELECT "
                                  "c.parent_id FROM regions g JOIN regions c ON c.id = g.parent_id WHERE "
                                  "g.id = ?)"),
                   {a.serviceId, a.gridId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::pair{QStringLiteral(""), QStringLiteral("")};
    return std::pair{nn((*q)->value(0).toString()), nn((*q)->value(1).toString())};
}

Result<void> UsageAggregates::applicationChanged(const Application *before, const Application &after)
{
    // An application keeps its service and grid: `before` has the same department and street.
    auto place = departmentAndStreetOf(after);
    if (!place)
        return place.error();
    const auto &[department, street] = *place;
    const ApplicationFacts now = factsOf(after, department, street);
    UsageTally tally;
    if (before) {
        const ApplicationFacts was = factsOf(*before, department, street);
        if (was == now)
            return {};
        tally.addApplication(was, -1);
    }
    tally.addApplication(now, 1);
    return add(tally);
}

QDate UsageAggregates::firstOpenDay()
{
    return worktime::localDate(ServerClock::now()).addDays(-1);
}

Result<bool> UsageAggregates::isFirstActivity(const UsageKey &key, const QString &citizenId)
{
    const QDate day = QDate::fromString(key.day, Qt::ISODate);
    const QDate firstOpen = firstOpenDay();
    if (day < firstOpen) {
        // A closed day: its events (usage_events_time), before this one is written.
        auto q = m_db.query(
            QStringLiteral("SELECT 1 FROM usage_events WHERE occurred_at >= ? AND occurred_at "
                           "< ? AND citizen_id = ? AND district_code = ? AND street_id = ? "
                           "AND channel = ? LIMIT 1"),
            {toIsoUtc(worktime::endOfLocalDay(day.addDays(-1))), toIsoUtc(worktime::endOfLocalDay(day)),
             citizenId, nn(key.districtCode), nn(key.streetId), nn(key.channel)});
        if (!q)
            return q.error();
        return !(*q)->next();
    }
    // An open day: its citizen set, from which the days that have closed since are dropped.
    if (auto q = m_db.query(QStringLiteral("DELETE FROM usage_active WHERE day < ?"),
                            {firstOpen.toString(Qt::ISODate)});
        !q)
        return q.error();
    auto q = m_db.query(QStringLiteral("INSERT INTO usage_active (day, district_code, street_id, channel, "
                                       "citizen_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                        {key.day, nn(key.districtCode), nn(key.streetId), nn(key.channel), citizenId});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Result<void> UsageAggregates::signIn(const SignInEvent &event)
{
    const UsageKey key{
        UsageTally::dayOf(event.at), event.districtCode, event.streetId, QString(), QString(), event.channel};
    auto first = isFirstActivity(key, event.citizenId);
    if (!first)
        return first.error();
    auto q = m_db.query(QStringLiteral("INSERT INTO usage_events (citizen_id, kind, channel, service_id, "
                                       "district_code, street_id, occurred_at) VALUES (?, 'login', ?, ?, ?, "
                                       "?, ?)"),
                        {event.citizenId, event.channel, QVariant(QMetaType::fromType<QString>()),
                         nn(event.districtCode), nn(event.streetId), toIsoUtc(event.at)});
    if (!q)
        return q.error();
    UsageTally tally;
    tally.addSignIn(key);
    if (*first)
        tally.addActiveCitizen(key);
    return add(tally);
}

Result<void> UsageAggregates::add(const UsageTally &tally)
{
    Upserter daily(m_db, QStringLiteral("usage_daily"), kKeyColumns,
                   {QStringLiteral("sign_ins"), QStringLiteral("active_citizens"),
                    QStringLiteral("submitted"), QStringLiteral("completed"),
                    QStringLiteral("completed_on_time"), QStringLiteral("rating_1"),
                    QStringLiteral("rating_2"), QStringLiteral("rating_3"), QStringLiteral("rating_4"),
                    QStringLiteral("rating_5")});
    for (auto it = tally.daily().cbegin(); it != tally.daily().cend(); ++it) {
        const UsageCounts &c = it.value();
        if (c.isZero())
            continue;
        QVariantList row = keyBinds(it.key());
        row << c.signIns << c.activeCitizens << c.submitted << c.completed << c.completedOnTime;
        for (qint64 r : c.ratings)
            row << r;
        if (auto r = daily.add(std::move(row)); !r)
            return r;
    }
    if (auto r = daily.flush(); !r)
        return r;
    Upserter handling(m_db, QStringLiteral("usage_handling"),
                      kKeyColumns + QStringList{QStringLiteral("hours")}, {QStringLiteral("applications")});
    for (auto it = tally.handling().cbegin(); it != tally.handling().cend(); ++it) {
        if (it.value() == 0)
            continue;
        QVariantList row = keyBinds(it.key().first);
        row << it.key().second << it.value();
        if (auto r = handling.add(std::move(row)); !r)
            return r;
    }
    return handling.flush();
}

Result<void> UsageAggregates::rebuild()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto tx = Transaction::begin(*conn, m_db.dialect(), Transaction::Kind::Write);
    if (!tx)
        return tx.error();
    if (auto r = recompute(); !r)
        return r;
    return tx->commit();
}

Result<void> UsageAggregates::ensureBuilt()
{
    {
        auto q = m_db.query(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kBuiltKey});
        if (!q)
            return q.error();
        if ((*q)->next())
            return {};
    }
    return rebuild();
}

Result<void> UsageAggregates::recompute()
{
    // In SQL, so that the history never leaves the database engine; the expressions equal
    // UsageTally::dayOf() and UsageTally::handlingHours() (tst_analyticsapi compares both with the raw
    // tables). Each part is added with the same upsert as add(): SQLite takes one row per application
    // (no sort), PostgreSQL, which refuses to update a row twice in one statement, sums by key first.
    const bool pg = m_db.dialect() == Dialect::Postgres;
    const auto day = [pg](const QString &column) -> QString {
        return pg ? QStringLiteral("to_char((%1::timestamptz AT TIME ZONE 'UTC') + interval '8 hours', "
                                   "'YYYY-MM-DD')")
                        .arg(column)
                  // From 16:00 UTC on, it is the next day in China (cheaper than datetime(x, '+8 hours')).
                  : QStringLiteral("CASE WHEN substr(%1, 12, 2) < '16' THEN substr(%1, 1, 10) ELSE "
                                   "date(substr(%1, 1, 10), '+1 day') END")
                        .arg(column);
    };
    const QString millis =
        pg ? QStringLiteral("CAST(EXTRACT(EPOCH FROM (a.completed_at::timestamptz - "
                            "a.submitted_at::timestamptz)) * 1000 AS BIGINT)")
           : QStringLiteral(
                 "CAST(ROUND((julianday(a.completed_at) - julianday(a.submitted_at)) * 86400000.0) "
                 "AS INTEGER)");
    const QString hours = (pg ? QStringLiteral("LEAST(%1, GREATEST(0, %2 / 3600000))")
                              : QStringLiteral("MIN(%1, MAX(0, %2 / 3600000))"))
                              .arg(UsageTally::kMaxHandlingHours)
                              .arg(millis);
    // The street of an application is that of its grid: grid -> community -> street.
    const QString applications = QStringLiteral(
        " FROM applications a LEFT JOIN services s ON s.id = a.service_id LEFT JOIN regions rg ON rg.id = "
        "a.grid_id LEFT JOIN regions rc ON rc.id = rg.parent_id WHERE ");
    const QString completed = QStringLiteral("a.status = 'completed' AND a.completed_at IS NOT NULL");
    const QString department = QStringLiteral("COALESCE(s.department_id, '')");
    // INSERT INTO table (keys, counters) SELECT keys, counters FROM ... ON CONFLICT: add up.
    const auto part = [pg](const QString &table, const QStringList &keys, const QStringList &keyExprs,
                           const QStringList &counters, const QStringList &counterExprs,
                           const QString &from) -> QString {
        QStringList updates;
        for (const QString &c : counters)
            updates << c + QStringLiteral(" = ") + table + QLatin1Char('.') + c +
                           QStringLiteral(" + excluded.") + c;
        QStringList selected = keyExprs;
        for (const QString &e : counterExprs)
            selected << (pg ? QStringLiteral("SUM(") + e + QLatin1Char(')') : e);
        QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                      (keys + counters).join(QStringLiteral(", ")) + QStringLiteral(") SELECT ") +
                      selected.join(QStringLiteral(", ")) + from;
        if (pg)
            sql += QStringLiteral(" GROUP BY ") + keyExprs.join(QStringLiteral(", "));
        return sql + QStringLiteral(" ON CONFLICT (") + keys.join(QStringLiteral(", ")) +
               QStringLiteral(") DO UPDATE SET ") + updates.join(QStringLiteral(", "));
    };
    const QStringList appKeys{day(QStringLiteral("a.submitted_at")),
                              QStringLiteral("a.district_code"),
                              QStringLiteral("COALESCE(rc.parent_id, '')"),
                              department,
                              QStringLiteral("a.service_id"),
                              QStringLiteral("a.channel")};
    QStringList doneKeys = appKeys;
    doneKeys[0] = day(QStringLiteral("a.completed_at"));
    QStringList doneCounters{QStringLiteral("completed"), QStringLiteral("completed_on_time")};
    QStringList doneExprs{QStringLiteral("1"),
                          QStringLiteral("CASE WHEN a.completed_at <= a.due_at THEN 1 ELSE 0 END")};
    for (int r = 1; r <= 5; ++r) {
        doneCounters << QStringLiteral("rating_%1").arg(r);
        doneExprs << QStringLiteral("CASE WHEN a.rating = %1 THEN 1 ELSE 0 END").arg(r);
    }
    const QString eventDay = day(QStringLiteral("occurred_at"));
    const QStringList statements{
        QStringLiteral("DELETE FROM usage_daily"),
        QStringLiteral("DELETE FROM usage_handling"),
        QStringLiteral("DELETE FROM usage_active"),
        // Sign-ins and active citizens: grouped in both dialects (distinct citizens per day).
        QStringLiteral("INSERT INTO usage_daily (day, district_code, street_id, department_id, service_id, "
                       "channel, sign_ins, active_citizens) SELECT ") +
            eventDay +
            QStringLiteral(
                ", district_code, street_id, '', '', channel, SUM(CASE WHEN kind = 'login' THEN 1 "
                "ELSE 0 END), COUNT(DISTINCT NULLIF(citizen_id, '')) FROM usage_events GROUP BY ") +
            eventDay + QStringLiteral(", district_code, street_id, channel"),
        // SQLite needs the WHERE before ON CONFLICT of an INSERT ... SELECT to parse it; "1 = 1" is it.
        part(QStringLiteral("usage_daily"), kKeyColumns, appKeys, {QStringLiteral("submitted")},
             {QStringLiteral("1")}, applications + QStringLiteral("1 = 1")),
        part(QStringLiteral("usage_daily"), kKeyColumns, doneKeys, doneCounters, doneExprs,
             applications + completed),
        part(QStringLiteral("usage_handling"), kKeyColumns + QStringList{QStringLiteral("hours")},
             doneKeys + QStringList{hours}, {QStringLiteral("applications")}, {QStringLiteral("1")},
             applications + completed),
    };
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    for (const QString &sql : statements) {
        // One-off statements: the rebuild runs once, and must not occupy the thread's statement cache.
        if (auto q = execSql(*conn, sql); !q)
            return q.error();
    }
    // The citizen sets of the days still open (yesterday and today, local time), for events to come;
    // closed days keep only their counts.
    const QDateTime openSince = worktime::endOfLocalDay(firstOpenDay().addDays(-1));
    auto sets =
        execSql(*conn,
                QStringLiteral("INSERT INTO usage_active (day, district_code, street_id, channel, "
                               "citizen_id) SELECT DISTINCT ") +
                    eventDay +
                    QStringLiteral(", district_code, street_id, channel, citizen_id FROM usage_events WHERE "
                                   "occurred_at >= ? AND citizen_id IS NOT NULL AND citizen_id <> ''"),
                {toIsoUtc(openSince)});
    if (!sets)
        return sets.error();
    if (auto q = m_db.query(QStringLiteral("DELETE FROM meta WHERE key = ?"), {kBuiltKey}); !q)
        return q.error();
    auto q = m_db.query(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
                        {kBuiltKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!q)
        return q.error();
    return {};
}

} // namespace gd::server
