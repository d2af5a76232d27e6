#include "db/countcache.h"

#include <QDeadlineTimer>

namespace gd::server {

CountCache::CountCache(qint64 ttlMs, qsizetype capacity, Clock clock)
    : m_ttl(ttlMs)
    , m_refreshAfter(ttlMs - ttlMs / 5)
    , m_capacity(std::max<qsizetype>(1, capacity))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDeadlineTimer::current().deadline(); }))
{
}

QByteArray CountCache::keyFor(const QString &sql, const QVariantList &binds)
{
    QByteArray key = sql.toUtf8();
    key.append('\0');
    for (const QVariant &v : binds) {
        const QByteArray value = v.isNull() ? QByteArray() : v.toString().toUtf8();
        key.append(QByteArray::number(v.isNull() ? -1 : v.metaType().id()));
        key.append(':');
        key.append(QByteArray::number(value.size()));
        key.append(':');
        key.append(value);
    }
    return key;
}

Result<qint64> CountCache::count(const QString &sql, const QVariantList &binds,
                                 const std::function<Result<qint64>()> &compute)
{
    const QByteArray key = keyFor(sql, binds);
    const qint64 started = m_clock();
    bool refreshing = false;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.find(key);
        if (it != m_entries.end() && started - it->computedAt < m_ttl) {
            if (started - it->computedAt < m_refreshAfter || it->refreshing)
                return it->value;
            it->refreshing = true;
            refreshing = true;
        }
    }
    Result<qint64> counted = compute();
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(key);
    if (!counted) {
        if (refreshing && it != m_entries.end())
            it->refreshing = false;
        return counted;
    }
    if (it != m_entries.end()) {
        if (it->computedAt <= started)
            *it = Entry{*counted, started, false};
    } else {
        evictForInsert(started);
        m_entries.insert(key, Entry{*counted, started, false});
    }
    return counted;
}

void CountCache::evictForInsert(qint64 now)
{
    if (m_entries.size() < m_capacity)
        return;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (now - it->computedAt >= m_ttl)
            it = m_entries.erase(it);
        else
            ++it;
    }
    // Still full of live entries (many distinct queries within ttl): the oldest make room.
    while (m_entries.size() >= m_capacity) {
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->computedAt < oldest->computedAt)
                oldest = it;
        }
        m_entries.erase(oldest);
    }
}

qsizetype CountCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

void CountCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

} // namespace gd::server
