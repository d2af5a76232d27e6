#pragma once
// Shared pieces of the sync integration tests and the sync-torture benchmark: signing a SyncEngine in
// against a real server, the server's scoped data as (entity/id -> version) read straight from the change
// feed, the same for a local store, and waiting for an engine to finish a clean cycle.

#include "apitestclient.h"

#include "domain/staff.h"
#include "sync/syncengine.h"

#include <QHash>
#include <QPair>
#include <QString>

namespace gd::store {
class Store;
}

namespace gd::test {

// Signs `username` in; tokens for a SyncConfig (empty access token on failure).
AuthTokens signIn(int port, const QString &username);

// entity/id -> version of everything in the caller's scope, from GET /api/v1/sync/changes since 0.
QHash<QString, qint64> serverSnapshot(ApiTestClient &client);
// entity/id -> version of every row of the local copy.
QHash<QString, qint64> localSnapshot(store::Store &store);
// A readable difference (first few keys) for failure messages; empty when equal.
QString describeDifference(const QHash<QString, qint64> &server, const QHash<QString, qint64> &local);

// An application visible to grid_huli and handled by one of the demo officers: {application id, officer
// username}, or empty ids when the demo data has none.
QPair<QString, QString> sharedApplication(int port);

// Runs the event loop until the engine finishes a cycle with an empty outbox (or the timeout passes).
bool waitUntilSettled(SyncEngine &engine, int timeoutMs);

SyncConfig testConfig(int port, const QString &cachePath, const QByteArray &key, const AuthTokens &tokens);
QByteArray randomKey();

} // namespace gd::test
