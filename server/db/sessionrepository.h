#pragma once
// Sign-in sessions: hashed opaque access and refresh tokens. A refresh rotates: the old session is
// marked rotated and a new one is created in the same family; presenting a rotated refresh token again
// (a stolen token replayed) revokes the whole family.

#include "db/database.h"

#include <QDateTime>

namespace gd::server {

struct SessionRecord {
    QString id;
    QString staffId;
    QString familyId;
    QDateTime accessExpiresAt;
    QDateTime refreshExpiresAt;
    bool revoked = false;
    bool rotated = false;
};

class SessionRepository {
public:
    explicit SessionRepository(Database &db);

    Result<void> create(const SessionRecord &session, const QString &accessHash, const QString &refreshHash,
                        const QString &clientAddress);
    Result<std::optional<SessionRecord>> findByAccessHash(const QString &hash);
    Result<std::optional<SessionRecord>> findByRefreshHash(const QString &hash);
    // Marks the session rotated only if it was not already (false = lost a race / replay).
    Result<bool> markRotated(const QString &sessionId);
    Result<void> revoke(const QString &sessionId);
    Result<void> revokeFamily(const QString &familyId);

private:
    Result<std::optional<SessionRecord>> findBy(const char *column, const QString &hash);
    Database &m_db;
};

} // namespace gd::server
