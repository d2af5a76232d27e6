#include "db/sessionrepository.h"

#include "domain/codec.h"

namespace gd::server {

SessionRepository::SessionRepository(Database &db)
    : m_db(db)
{
}

Result<void> SessionRepository::create(const SessionRecord &s, const QString &accessHash,
                                       const QString &refreshHash, const QString &clientAddress)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = execSql(
        *conn,
        QStringLiteral("INSERT INTO sessions (id, staff_id, family_id, access_hash, access_expires_at, "
                       "refresh_hash, refresh_expires_at, revoked, rotated, created_at, client_address) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)"),
        {s.id, s.staffId, s.familyId, accessHash, toIsoUtc(s.accessExpiresAt), refreshHash,
         toIsoUtc(s.refreshExpiresAt), toIsoUtc(QDateTime::currentDateTimeUtc()), clientAddress});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<SessionRecord>> SessionRepository::findBy(const char *column, const QString &hash)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = execSql(
        *conn,
        QStringLiteral("SELECT id, staff_id, family_id, access_expires_at, refresh_expires_at, revoked, "
                       "rotated FROM sessions WHERE ") +
            QLatin1String(column) + QStringLiteral(" = ?"),
        {hash});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SessionRecord>{};
    SessionRecord s;
    s.id = q->value(0).toString();
    s.staffId = q->value(1).toString();
    s.familyId = q->value(2).toString();
    s.accessExpiresAt = fromIsoUtc(q->value(3).toString());
    s.refreshExpiresAt = fromIsoUtc(q->value(4).toString());
    s.revoked = q->value(5).toInt() != 0;
    s.rotated = q->value(6).toInt() != 0;
    return std::optional<SessionRecord>(s);
}

Result<std::optional<SessionRecord>> SessionRepository::findByAccessHash(const QString &hash)
{
    return findBy("access_hash", hash);
}

Result<std::optional<SessionRecord>> SessionRepository::findByRefreshHash(const QString &hash)
{
    return findBy("refresh_hash", hash);
}

Result<bool> SessionRepository::markRotated(const QString &sessionId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = execSql(
        *conn, QStringLiteral("UPDATE sessions SET rotated = 1 WHERE id = ? AND rotated = 0 AND revoked = 0"),
        {sessionId});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<void> SessionRepository::revoke(const QString &sessionId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = execSql(*conn, QStringLiteral("UPDATE sessions SET revoked = 1 WHERE id = ?"), {sessionId});
    if (!q)
        return q.error();
    return {};
}

Result<void> SessionRepository::revokeFamily(const QString &familyId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q =
        execSql(*conn, QStringLiteral("UPDATE sessions SET revoked = 1 WHERE family_id = ?"), {familyId});
    if (!q)
        return q.error();
    return {};
}

} // namespace gd::server
