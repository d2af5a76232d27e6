#pragma once
// GET /api/v1/sync/events: live change notifications as server-sent events. A stream tells its client
// that the change log has something new in the client's scope; the client then pulls GET /sync/changes
// from its checkpoint (the events carry no data, so there is one place that decides what a client may
// see). The stream starts with `retry: 5000`; whenever a change visible to the caller's scope keys with a
// seq above the last one sent has committed, it sends
//   id: <seq>\nevent: changes\ndata: {"seq":<seq>}\n\n
// with the newest such seq (a burst of writes becomes one event); `: ping\n\n` every heartbeat. Streams
// wake on ChangeNotifier (writes of this process) and look at the log on each heartbeat too (writes of
// other processes on the same database). A stream ends after its lifetime, so clients reconnect (with
// Last-Event-ID) and load spreads over restarts; at shutdown; or at the first failed write once its
// client has gone.
// Each open stream holds an HTTP worker thread, so at most maxStreams are open at once; beyond that the
// answer is 503 unavailable with Retry-After. Thread-safe.

#include "http/router.h"

#include <atomic>

namespace gd::server {

class ChangeNotifier;
class Database;

struct ChangeEventOptions {
    int heartbeatSeconds = 15;
    int lifetimeSeconds = 300;
    int maxStreams = 16;
    int retryMilliseconds = 5000; // the client's reconnection delay, sent as `retry:`
};

class ChangeEvents {
public:
    ChangeEvents(Database &db, ChangeNotifier &notifier, ChangeEventOptions options);

    // The stream for `who` from checkpoint `since` (events only for changes after it), or a 503.
    HttpResponse open(const Principal &who, qint64 since);

    int openStreams() const { return m_open.load(); }

private:
    void serve(const Principal &who, qint64 since, const StreamWrite &write);
    // The highest seq after `after` that carries one of the scope keys (every change: no keys); `after`
    // itself when there is none.
    Result<qint64> newestVisible(const QStringList &scopes, qint64 after);

    Database &m_db;
    ChangeNotifier &m_notifier;
    ChangeEventOptions m_options;
    std::atomic<int> m_open{0};
};

} // namespace gd::server
