#pragma once
// A short-lived cache of `total` counts for list pages. Counting the caller's whole scope on every page
// is most of the database work of paging through a large list, and the count rarely changes between two
// pages. Documented API behaviour: a list's `total` may lag writes by up to ttl (5 s).
//
// The key is the complete count statement: its SQL text and every bound value with its type. The caller's
// scope predicate is part of both (a district code, grid ids, a department id …), so a count is only ever
// shared between callers whose statements, and therefore results, are identical; one user's count never
// answers another's differently scoped query. Bounded (oldest entries go first) and thread-safe.

#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QVariantList>

#include <functional>

namespace gd::server {

class CountCache {
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    static constexpr qint64 kDefaultTtlMs = 5000;
    static constexpr qsizetype kDefaultCapacity = 1024;

    explicit CountCache(qint64 ttlMs = kDefaultTtlMs, qsizetype capacity = kDefaultCapacity,
                        Clock clock = {});

    // The count for (sql, binds): cached if computed less than ttl ago, else compute()'s result (errors are
    // not cached). In the last fifth of an entry's life one caller recomputes it while the others keep
    // getting the still-valid value, so a busy key is not counted by every worker at once on expiry.
    Result<qint64> count(const QString &sql, const QVariantList &binds,
                         const std::function<Result<qint64>()> &compute);

    // The cache key: SQL text and each bind's type and value, length-prefixed so no two statements share one.
    static QByteArray keyFor(const QString &sql, const QVariantList &binds);

    qsizetype size() const;
    void clear();

private:
    struct Entry {
        qint64 value = 0;
        qint64 computedAt = 0; // clock() before the count ran: the age never understates staleness
        bool refreshing = false;
    };
    void evictForInsert(qint64 now);

    const qint64 m_ttl;
    const qint64 m_refreshAfter;
    const qsizetype m_capacity;
    Clock m_clock;
    mutable QMutex m_mutex;
    QHash<QByteArray, Entry> m_entries;
};

} // namespace gd::server
