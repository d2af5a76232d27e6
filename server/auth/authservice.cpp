#include "auth/authservice.h"

#include "auth/passwordhasher.h"
#include "auth/totp.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAuth, "govdesk.server.auth")

namespace gd::server {
namespace {
QString randomToken(const char *prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QLatin1String(prefix) + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                                      QByteArray::OmitTrailingEquals));
}

Error unauthorized()
{
    return makeError(ErrorCode::Unauthorized, QStringLiteral("wrong username or password"));
}
} // namespace

AuthService::AuthService(Database &db, AuditLog &audit, AuthConfig config)
    : m_db(db)
    , m_audit(audit)
    , m_config(config)
    , m_staff(db)
    , m_sessions(db)
{
}

QString AuthService::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Error AuthService::failLogin(const StaffRecord &staff, const QString &clientAddress, const QString &why)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_throttle.recordFailure(clientAddress, now);
    const int failures = staff.failedLogins + 1;
    QDateTime lockedUntil;
    if (failures >= m_config.lockThreshold) {
        const int over = std::min(failures - m_config.lockThreshold, 10);
        lockedUntil = now.addSecs(std::min(m_config.maxLockSeconds, m_config.baseLockSeconds << over));
    }
    if (auto r = m_staff.recordFailure(staff.id, failures, lockedUntil); !r)
        return r.error();
    (void)m_audit.append(staff.id, roleName(staff.role), QStringLiteral("auth.login_failed"),
                         QStringLiteral("staff"), staff.id, why, clientAddress);
    qCInfo(lcAuth) << "sign-in failed for staff" << staff.id << "failures" << failures;
    return unauthorized();
}

Result<AuthTokens> AuthService::login(const LoginRequest &request, const QString &clientAddress)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const qint64 wait = m_throttle.retryAfter(clientAddress, now); wait > 0) {
        m_throttle.recordFailure(clientAddress, now);
        return makeError(ErrorCode::TooManyRequests,
                         QStringLiteral("too many failed sign-ins from this address"),
                         QJsonObject{{QStringLiteral("retry_after_seconds"), wait}});
    }
    if (request.username.isEmpty() || request.username.size() > 64 || request.password.size() > 1024)
        return makeError(ErrorCode::BadRequest, QStringLiteral("username or password has an invalid length"));

    auto found = m_staff.findByUsername(request.username);
    if (!found)
        return found.error();
    if (!found->has_value() || !(*found)->active) {
        // Same work and same answer as a wrong password, so usernames cannot be probed.
        PasswordHasher::verify(PasswordHasher::dummyHash(), request.password);
        m_throttle.recordFailure(clientAddress, now);
        return unauthorized();
    }
    const StaffRecord &staff = **found;
    if (staff.lockedUntil.isValid() && staff.lockedUntil > now) {
        return makeError(ErrorCode::Locked, QStringLiteral("account locked after repeated failed sign-ins"),
                         QJsonObject{{QStringLiteral("retry_after_seconds"),
                                      std::max<qint64>(1, now.secsTo(staff.lockedUntil))}});
    }
    if (!PasswordHasher::verify(staff.passwordHash, request.password))
        return failLogin(staff, clientAddress, QStringLiteral("password"));
    if (!staff.totpSecret.isEmpty()) {
        if (!request.totp || request.totp->isEmpty())
            return makeError(ErrorCode::TotpRequired, QStringLiteral("a one-time code is required"));
        if (!Totp::verify(staff.totpSecret, *request.totp, now)) {
            const Error e = failLogin(staff, clientAddress, QStringLiteral("totp"));
            if (e.code != ErrorCode::Unauthorized)
                return e;
            return makeError(ErrorCode::TotpRequired, QStringLiteral("the one-time code is wrong"),
                             QJsonObject{{QStringLiteral("totp_invalid"), true}});
        }
    }
    if (auto r = m_staff.resetFailures(staff.id); !r)
        return r.error();
    auto tokens = issue(staff, QUuid::createUuid().toString(QUuid::WithoutBraces), clientAddress);
    if (tokens) {
        (void)m_audit.append(staff.id, roleName(staff.role), QStringLiteral("auth.login"),
                             QStringLiteral("staff"), staff.id, {}, clientAddress);
    }
    return tokens;
}

Result<AuthTokens> AuthService::issue(const StaffRecord &staff, const QString &familyId,
                                      const QString &clientAddress)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SessionRecord s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.staffId = staff.id;
    s.familyId = familyId;
    s.accessExpiresAt = now.addSecs(m_config.accessTtlSeconds);
    s.refreshExpiresAt = now.addSecs(m_config.refreshTtlSeconds);
    const QString access = randomToken("gda_");
    const QString refreshToken = randomToken("gdr_");
    if (auto r = m_sessions.create(s, hashToken(access), hashToken(refreshToken), clientAddress); !r)
        return r.error();
    auto principal = m_staff.principalFor(staff);
    if (!principal)
        return principal.error();
    principal->sessionId = s.id;
    auto user = m_staff.profileFor(*principal, staff);
    if (!user)
        return user.error();
    AuthTokens t;
    t.accessToken = access;
    t.tokenType = QStringLiteral("Bearer");
    t.expiresIn = m_config.accessTtlSeconds;
    t.refreshToken = refreshToken;
    t.refreshExpiresIn = m_config.refreshTtlSeconds;
    t.user = *user;
    return t;
}

Result<AuthTokens> AuthService::refresh(const QString &refreshToken, const QString &clientAddress)
{
    auto found = m_sessions.findByRefreshHash(hashToken(refreshToken));
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::Unauthorized, QStringLiteral("unknown refresh token"));
    const SessionRecord s = **found;
    if (s.revoked || s.refreshExpiresAt <= QDateTime::currentDateTimeUtc())
        return makeError(ErrorCode::Unauthorized, QStringLiteral("refresh token expired or revoked"));
    auto rotated = m_sessions.markRotated(s.id);
    if (!rotated)
        return rotated.error();
    if (!*rotated || s.rotated) {
        // A refresh token used twice: someone holds a copy. End every session of this sign-in.
        (void)m_sessions.revokeFamily(s.familyId);
        {
            QMutexLocker lock(&m_cacheMutex);
            m_cache.clear();
        }
        qCWarning(lcAuth) << "refresh token replayed; session family revoked for staff" << s.staffId;
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("refresh token already used; please sign in again"));
    }
    forgetSession(s.id);
    auto staff = m_staff.findById(s.staffId);
    if (!staff)
        return staff.error();
    if (!staff->has_value() || !(*staff)->active)
        return makeError(ErrorCode::Unauthorized, QStringLiteral("account disabled"));
    return issue(**staff, s.familyId, clientAddress);
}

void AuthService::forgetSession(const QString &sessionId)
{
    QMutexLocker lock(&m_cacheMutex);
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (it->principal.sessionId == sessionId)
            it = m_cache.erase(it);
        else
            ++it;
    }
}

Result<void> AuthService::logout(const Principal &who)
{
    {
        // Every token of this sign-in dies; other sessions re-validate within the cache's few seconds,
        // so the simplest correct step is to drop the whole cache (sign-outs are rare).
        QMutexLocker lock(&m_cacheMutex);
        m_cache.clear();
    }
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    // Revoke the whole family: the refresh token of this sign-in dies with it.
    auto q = execSql(*conn, QStringLiteral("SELECT family_id FROM sessions WHERE id = ?"), {who.sessionId});
    if (!q)
        return q.error();
    if (q->next())
        return m_sessions.revokeFamily(q->value(0).toString());
    return {};
}

Result<Principal> AuthService::authenticate(const QString &accessToken, const QString &clientAddress)
{
    if (!accessToken.startsWith(QLatin1String("gda_")) || accessToken.size() > 100)
        return makeError(ErrorCode::Unauthorized, QStringLiteral("missing or malformed access token"));
    const QString hash = hashToken(accessToken);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto it = m_cache.constFind(hash);
        if (it != m_cache.constEnd() && it->validUntil > now) {
            Principal p = it->principal;
            p.clientAddress = clientAddress;
            return p;
        }
    }
    auto found = m_sessions.findByAccessHash(hash);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::Unauthorized, QStringLiteral("unknown access token"));
    const SessionRecord &s = **found;
    // A refresh ends the old access token too: in-flight requests get 401 and retry with the new one.
    if (s.revoked || s.rotated)
        return makeError(ErrorCode::Unauthorized, QStringLiteral("access token revoked"));
    if (s.accessExpiresAt <= now)
        return makeError(ErrorCode::Unauthorized, QStringLiteral("access token expired"),
                         QJsonObject{{QStringLiteral("expired"), true}});
    auto staff = m_staff.findById(s.staffId);
    if (!staff)
        return staff.error();
    if (!staff->has_value() || !(*staff)->active)
        return makeError(ErrorCode::Unauthorized, QStringLiteral("account disabled"));
    auto principal = m_staff.principalFor(**staff);
    if (!principal)
        return principal.error();
    principal->sessionId = s.id;
    principal->clientAddress = clientAddress;
    {
        QMutexLocker lock(&m_cacheMutex);
        if (m_cache.size() > 50000)
            m_cache.clear();
        m_cache.insert(hash, Cached{*principal, std::min(s.accessExpiresAt,
                                                         now.addSecs(m_config.principalCacheSeconds))});
    }
    return principal;
}

Result<StaffUser> AuthService::profile(const Principal &who)
{
    auto staff = m_staff.findById(who.staffId);
    if (!staff)
        return staff.error();
    if (!staff->has_value())
        return makeError(ErrorCode::Unauthorized, QStringLiteral("account no longer exists"));
    return m_staff.profileFor(who, **staff);
}

} // namespace gd::server
