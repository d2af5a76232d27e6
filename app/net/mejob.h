#pragma once
// Fetches the signed-in staff member: GET /api/v1/auth/me (authenticated; refreshed once on 401).
//
// Job: connect finished() with a context object, then start(); emits finished() exactly once, later
// than start() returns, and deletes itself afterwards. GUI thread.

#include "domain/result.h"
#include "domain/staff.h"
#include "net/metatypes.h"

#include <QObject>

namespace gd {

class ApiClient;

class MeJob : public QObject {
    Q_OBJECT
public:
    explicit MeJob(ApiClient *client, QObject *parent = nullptr);

    void start();

signals:
    void finished(const gd::Result<gd::StaffUser> &result);

private:
    ApiClient *m_client;
    bool m_started = false;
};

} // namespace gd
