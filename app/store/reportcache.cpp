#include "store/reportcache.h"

#include "domain/codec.h"

namespace gd::store {

ReportCache::ReportCache(Connection &connection)
    : m_connection(connection)
{
}

Result<std::optional<CachedReport>> ReportCache::get(const QString &key) const
{
    auto stmt = m_connection.cached("SELECT body, fetched_at FROM report_cache WHERE key = ?");
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, key);
    auto row = s.step();
    if (!row)
        return row.error();
    std::optional<CachedReport> found;
    if (*row)
        found = CachedReport{s.utf8(0), fromIsoUtc(s.text(1))};
    s.reset();
    return found;
}

Result<void> ReportCache::put(const QString &key, const CachedReport &report)
{
    auto tx = WriteTransaction::begin(m_connection);
    if (!tx)
        return tx.error();
    auto upsert = m_connection.cached("INSERT INTO report_cache (key, body, fetched_at) VALUES (?, ?, ?) "
                                      "ON CONFLICT(key) DO UPDATE SET body = excluded.body, "
                                      "fetched_at = excluded.fetched_at");
    if (!upsert)
        return upsert.error();
    if (auto r = (*upsert)->bind(1, key).bindUtf8(2, report.body).bind(3, toIsoUtc(report.fetchedAt)).exec();
        !r)
        return r.error();
    auto prune = m_connection.cached("DELETE FROM report_cache WHERE key NOT IN (SELECT key FROM "
                                     "report_cache ORDER BY fetched_at DESC, key LIMIT ?)");
    if (!prune)
        return prune.error();
    if (auto r = (*prune)->bind(1, kMaxEntries).exec(); !r)
        return r.error();
    return tx->commit();
}

} // namespace gd::store
