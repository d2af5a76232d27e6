#pragma once
// Staff sign-in and request authentication.
//  - login: Argon2id password check, optional TOTP, per-account lockout after repeated failures
//    (durable, in the database) and per-address backoff (LoginThrottle); every outcome is audited.
//  - tokens: opaque, 256-bit random, sent once, stored only as SHA-256 hashes; access tokens live
//    AuthConfig::accessTtlSeconds (15 min), refresh tokens rotate on every use and a replayed refresh
//    token revokes its whole family.
//  - authenticate: bearer token -> Principal, with a short in-process cache (a few seconds) so that hot
//    endpoints do not hit the sessions table on every request.
// Thread-safe; called from the HTTP worker threads.

#include "auth/loginthrottle.h"
#include "db/auditlog.h"
#include "db/sessionrepository.h"
#include "db/staffrepository.h"

#include "domain/staff.h"

#include <QMutex>

namespace gd::server {

struct AuthConfig {
    qint64 accessTtlSeconds = 15 * 60;
    qint64 refreshTtlSeconds = 7 * 24 * 3600;
    int lockThreshold = 5;       // consecutive failures before the account locks
    qint64 baseLockSeconds = 60; // doubles with every further failure
    qint64 maxLockSeconds = 30 * 60;
    qint64 principalCacheSeconds = 5;
};

class AuthService {
public:
    AuthService(Database &db, AuditLog &audit, AuthConfig config = {});

    Result<AuthTokens> login(const LoginRequest &request, const QString &clientAddress);
    Result<AuthTokens> refresh(const QString &refreshToken, const QString &clientAddress);
    Result<void> logout(const Principal &who);
    Result<Principal> authenticate(const QString &accessToken, const QString &clientAddress);
    Result<StaffUser> profile(const Principal &who);

    static QString hashToken(const QString &token);

private:
    Result<AuthTokens> issue(const StaffRecord &staff, const QString &familyId, const QString &clientAddress);
    Error failLogin(const StaffRecord &staff, const QString &clientAddress, const QString &why);
    void forgetSession(const QString &sessionId);

    Database &m_db;
    AuditLog &m_audit;
    AuthConfig m_config;
    StaffRepository m_staff;
    SessionRepository m_sessions;
    LoginThrottle m_throttle;

    struct Cached {
        Principal principal;
        QDateTime validUntil;
    };
    QMutex m_cacheMutex;
    QHash<QString, Cached> m_cache;
};

} // namespace gd::server
