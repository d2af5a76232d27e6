#pragma once
// Exactly-once execution of the idempotent mutating routes (Route::idempotent). A client sends each write
// with an Idempotency-Key (a UUID it keeps in its outbox) and retries with the same key until it gets an
// answer. For a key seen before, the stored status and body are replayed (Idempotent-Replayed: true).
// Otherwise the handler runs inside one write transaction — serialised by kChangeLogLock on PostgreSQL and
// BEGIN IMMEDIATE on SQLite, with the key looked up again inside it — and its result is stored in that same
// transaction, together with the handler's own writes and change-log appends. So a crash before the commit
// leaves nothing (a retry runs the handler again), and after it a retry gets the stored result; two
// requests with one key never both run. Results with a status below 500 are stored; 5xx are rolled back.
// Optional X-Device-Id (at most 64 visible ASCII characters) and X-Device-Seq (an integer >= 0) are
// recorded with the result. A key stored for another staff member, or for another method and path, is a
// 409 conflict. Thread-safe.

#include "db/idempotencystore.h"
#include "http/router.h"

namespace gd::server {

class ChangeNotifier;

class IdempotentWrites {
public:
    IdempotentWrites(Database &db, ChangeNotifier &notifier);

    HttpResponse run(RequestContext &ctx, const Handler &handler);

private:
    // The stored answer for the request, or a 409 when the key belongs to another caller or request.
    HttpResponse answerFromStore(const StoredResult &stored, const RequestContext &ctx) const;

    Database &m_db;
    ChangeNotifier &m_notifier;
    IdempotencyStore m_store;
};

} // namespace gd::server
