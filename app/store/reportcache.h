#pragma once
// The last answer of each set of dashboard reports (issue 6), kept in the encrypted local copy so that
// the dashboards show last-known figures offline, with their age. Aggregates only: the server's report
// bodies carry no citizen. At most kMaxEntries sets are kept; storing one more drops the oldest.
// Store thread.

#include "store/sqlite.h"

#include <QDateTime>

#include <optional>

namespace gd::store {

struct CachedReport {
    QByteArray body;
    QDateTime fetchedAt;
};

class ReportCache {
public:
    static constexpr int kMaxEntries = 40;

    explicit ReportCache(Connection &connection);

    Result<std::optional<CachedReport>> get(const QString &key) const;
    Result<void> put(const QString &key, const CachedReport &report);

private:
    Connection &m_connection;
};

} // namespace gd::store
