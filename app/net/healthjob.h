#pragma once
// Asks the server how it is: GET /api/v1/health (no sign-in needed). A degraded server answers 503
// with the same body; that is reported as a ServerHealth whose isOk() is false, not as an error.
//
// Job: connect finished() with a context object, then start(); emits finished() exactly once, later
// than start() returns, and deletes itself afterwards. GUI thread.

#include "domain/result.h"
#include "domain/staff.h"
#include "net/metatypes.h"
#include "net/serverhealth.h"

#include <QObject>

namespace gd {

class ApiClient;

class HealthJob : public QObject {
    Q_OBJECT
public:
    explicit HealthJob(ApiClient *client, QObject *parent = nullptr);

    void start();

signals:
    void finished(const gd::Result<gd::ServerHealth> &result);

private:
    ApiClient *m_client;
    bool m_started = false;
};

} // namespace gd
