#pragma once
// Signs out: POST /api/v1/auth/logout (revokes the session on the server), then clears the client's
// tokens whatever the server said — signing out always ends the session locally. finished() reports
// whether the server confirmed it (a Network error means the tokens simply expire there).
//
// Job: connect finished() with a context object, then start(); emits finished() exactly once, later
// than start() returns, and deletes itself afterwards. GUI thread.

#include "domain/result.h"
#include "domain/staff.h"
#include "net/metatypes.h"

#include <QObject>

namespace gd {

class ApiClient;

class LogoutJob : public QObject {
    Q_OBJECT
public:
    explicit LogoutJob(ApiClient *client, QObject *parent = nullptr);

    void start();

signals:
    void finished(const gd::Result<void> &result);

private:
    void complete(const Result<void> &result);

    ApiClient *m_client;
    bool m_started = false;
};

} // namespace gd
