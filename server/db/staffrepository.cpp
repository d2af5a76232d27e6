#include "db/staffrepository.h"

#include "domain/codec.h"

namespace gd::server {

StaffRepository::StaffRepository(Database &db)
    : m_db(db)
{
}

Result<std::optional<StaffRecord>> StaffRepository::findBy(const char *column, const QString &value)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = execSql(
        *conn,
        QStringLiteral("SELECT id, username, display_name, role, department_id, area_code, password_hash, "
                       "totp_secret, failed_logins, locked_until, active FROM staff WHERE ") +
            QLatin1String(column) + QStringLiteral(" = ?"),
        {value});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StaffRecord>{};
    StaffRecord s;
    s.id = q->value(0).toString();
    s.username = q->value(1).toString();
    s.displayName = q->value(2).toString();
    s.role = roleFromName(q->value(3).toString()).value_or(Role::Officer);
    s.departmentId = q->value(4).toString();
    s.areaCode = q->value(5).toString();
    s.passwordHash = q->value(6).toString();
    s.totpSecret = q->value(7).toString();
    s.failedLogins = q->value(8).toInt();
    s.lockedUntil = q->value(9).isNull() ? QDateTime() : fromIsoUtc(q->value(9).toString());
    s.active = q->value(10).toInt() != 0;
    return std::optional<StaffRecord>(s);
}

Result<std::optional<StaffRecord>> StaffRepository::findByUsername(const QString &username)
{
    return findBy("username", username);
}

Result<std::optional<StaffRecord>> StaffRepository::findById(const QString &id)
{
    return findBy("id", id);
}

Result<QStringList> StaffRepository::gridIds(const QString &staffId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q =
        execSql(*conn, QStringLiteral("SELECT grid_id FROM staff_grids WHERE staff_id = ? ORDER BY grid_id"),
                {staffId});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

Result<void> StaffRepository::recordFailure(const QString &id, int failedLogins, const QDateTime &lockedUntil)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q =
        execSql(*conn, QStringLiteral("UPDATE staff SET failed_logins = ?, locked_until = ? WHERE id = ?"),
                {failedLogins, lockedUntil.isValid() ? QVariant(toIsoUtc(lockedUntil)) : QVariant(), id});
    if (!q)
        return q.error();
    return {};
}

Result<void> StaffRepository::resetFailures(const QString &id)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q =
        execSql(*conn,
                QStringLiteral("UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = ? AND "
                               "(failed_logins <> 0 OR locked_until IS NOT NULL)"),
                {id});
    if (!q)
        return q.error();
    return {};
}

Result<Principal> StaffRepository::principalFor(const StaffRecord &staff)
{
    Principal p;
    p.staffId = staff.id;
    p.username = staff.username;
    p.role = staff.role;
    p.departmentId = staff.departmentId;
    p.areaCode = staff.areaCode;
    if (staff.role == Role::GridManager) {
        auto grids = gridIds(staff.id);
        if (!grids)
            return grids.error();
        p.gridIds = *grids;
    }
    return p;
}

Result<StaffUser> StaffRepository::profileFor(const Principal &who, const StaffRecord &staff)
{
    StaffUser u;
    u.id = staff.id;
    u.username = staff.username;
    u.displayName = staff.displayName;
    u.role = roleName(staff.role);
    u.gridIds = who.gridIds;
    u.totpEnabled = !staff.totpSecret.isEmpty();
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    if (!staff.departmentId.isEmpty()) {
        u.departmentId = staff.departmentId;
        auto q =
            execSql(*conn, QStringLiteral("SELECT name FROM departments WHERE id = ?"), {staff.departmentId});
        if (!q)
            return q.error();
        if (q->next())
            u.departmentName = q->value(0).toString();
    }
    if (!staff.areaCode.isEmpty()) {
        u.areaCode = staff.areaCode;
        if (staff.areaCode == QLatin1String("city")) {
            u.areaName = QStringLiteral("厦门市");
        } else {
            auto q =
                execSql(*conn, QStringLiteral("SELECT name FROM regions WHERE id = ?"), {staff.areaCode});
            if (!q)
                return q.error();
            if (q->next())
                u.areaName = q->value(0).toString();
        }
    }
    return u;
}

} // namespace gd::server
