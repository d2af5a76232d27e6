#include "auth/loginthrottle.h"

#include <algorithm>

namespace gd::server {

qint64 LoginThrottle::retryAfter(const QString &address, const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(address);
    if (it == m_entries.constEnd() || !it->blockedUntil.isValid() || it->blockedUntil <= now)
        return 0;
    return std::max<qint64>(1, now.secsTo(it->blockedUntil));
}

void LoginThrottle::recordFailure(const QString &address, const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    Entry &e = m_entries[address];
    if (!e.firstFailure.isValid() || e.firstFailure.secsTo(now) > kWindowSeconds) {
        e = Entry{};
        e.firstFailure = now;
    }
    ++e.failures;
    if (e.failures >= kFreeAttempts) {
        const int over = std::min(e.failures - kFreeAttempts, 10);
        const qint64 delay = std::min<qint64>(kMaxDelaySeconds, qint64(1) << over);
        e.blockedUntil = now.addSecs(delay);
    }
    // Bound memory under a spray of addresses: drop stale entries now and then.
    if (m_entries.size() > 100000) {
        for (auto i = m_entries.begin(); i != m_entries.end();) {
            if (i->firstFailure.secsTo(now) > kWindowSeconds)
                i = m_entries.erase(i);
            else
                ++i;
        }
    }
}

} // namespace gd::server
