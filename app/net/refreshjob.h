#pragma once
// Exchanges the client's refresh token for new tokens: POST /api/v1/auth/refresh. The refresh token
// rotates (the old one is dead afterwards), so on success the client holds the new pair before
// finished() fires; when the server rejects the token (Unauthorized) the client's tokens are cleared.
// ApiClient runs one of these when calls get 401; it can also be run directly.
//
// Job: connect finished() with a context object, then start(); emits finished() exactly once, later
// than start() returns, and deletes itself afterwards. GUI thread.

#include "domain/result.h"
#include "domain/staff.h"
#include "net/metatypes.h"

#include <QObject>

namespace gd {

class ApiClient;

class RefreshJob : public QObject {
    Q_OBJECT
public:
    explicit RefreshJob(ApiClient *client, QObject *parent = nullptr);

    void start();

signals:
    void finished(const gd::Result<gd::AuthTokens> &result);

private:
    ApiClient *m_client;
    bool m_started = false;
};

} // namespace gd
