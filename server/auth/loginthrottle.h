#pragma once
// Per-address backoff for sign-in: after kFreeAttempts failures within the window, each further attempt
// from that address must wait an exponentially growing delay (capped); attempts made while blocked count
// as failures. A successful sign-in does not clear the count (or one valid account would let an attacker
// reset it); the allowance is generous because a whole office may share one address. In memory,
// thread-safe; a restart forgets it (account lockout in the database is the durable part).

#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace gd::server {

class LoginThrottle {
public:
    static constexpr int kFreeAttempts = 20;
    static constexpr qint64 kWindowSeconds = 15 * 60;
    static constexpr qint64 kMaxDelaySeconds = 15 * 60;

    // Seconds the address must still wait; 0 = may try now.
    qint64 retryAfter(const QString &address, const QDateTime &now);
    void recordFailure(const QString &address, const QDateTime &now);

private:
    struct Entry {
        int failures = 0;
        QDateTime firstFailure;
        QDateTime blockedUntil;
    };
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace gd::server
