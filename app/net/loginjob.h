#pragma once
// Signs in: POST /api/v1/auth/login with username, password and (when the server asked for it) the
// TOTP code. On success the client holds the new tokens before finished() fires. Failures keep the
// server's code and details: Unauthorized (wrong username or password), TotpRequired
// (details.totp_invalid when a code was sent and wrong), Locked (details.retry_after_seconds),
// TooManyRequests (retry_after_seconds from the body or the Retry-After header), Network.
//
// Job: connect finished() with a context object, then start(); emits finished() exactly once, later
// than start() returns, and deletes itself afterwards. GUI thread.

#include "domain/result.h"
#include "domain/staff.h"
#include "net/metatypes.h"

#include <QObject>

namespace gd {

class ApiClient;

class LoginJob : public QObject {
    Q_OBJECT
public:
    LoginJob(ApiClient *client, LoginRequest request, QObject *parent = nullptr);

    void start();

signals:
    void finished(const gd::Result<gd::AuthTokens> &result);

private:
    ApiClient *m_client;
    LoginRequest m_request;
    bool m_started = false;
};

} // namespace gd
