#pragma once
// Wakes the live change streams (GET /api/v1/sync/events) of this process when a write that appended to
// the change log has committed. One per server process; notify() is called after the commit, so a stream
// woken by it always finds the new changes in the database. Writes by other processes on the same
// database are not seen here (the streams look at the log on every heartbeat as well).
// Thread-safe.

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace gd::server {

class ChangeNotifier {
public:
    using Clock = std::chrono::steady_clock;

    // A transaction that appended changes up to `seq` has committed.
    void notify(qint64 seq);
    // The highest seq notified so far (0 before the first).
    qint64 latest() const;
    // Blocks until latest() > seen, until shutdown() or until the deadline; returns latest().
    qint64 wait(qint64 seen, Clock::time_point deadline) const;

    // Wakes every waiter for good (the server is stopping): wait() returns at once from now on.
    void shutdown();
    bool isShutDown() const;

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    qint64 m_latest = 0;
    bool m_shutDown = false;
};

} // namespace gd::server
