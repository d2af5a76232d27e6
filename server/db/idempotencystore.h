#pragma once
// The stored results of keyed client writes (the Idempotency-Key header of the mutating routes). A result
// is saved inside the write transaction of the request it answers, so it exists exactly when the write
// does; a retry with the same key then gets it back instead of writing again. Rows are kept 35 days (the
// contract promises at least 30) and purged at start and about once a day after that.
// Thread-safe (uses the calling thread's connection).

#include "db/database.h"

#include <atomic>
#include <optional>

namespace gd::server {

struct StoredResult {
    QString staffId;
    QString method; // empty for rows written before schema 2
    QString path;
    int status = 0;
    QByteArray body;
};

struct IdempotencyRecord {
    QString key;
    QString staffId;
    int status = 0;
    QByteArray body;
    QString deviceId; // empty when the client sent none
    std::optional<qint64> deviceSeq;
    QString method;
    QString path;
};

class IdempotencyStore {
public:
    static constexpr int kRetentionDays = 35;

    explicit IdempotencyStore(Database &db);

    Result<std::optional<StoredResult>> find(const QString &key);
    // Inside the request's write transaction.
    Result<void> save(const IdempotencyRecord &record);
    // Deletes the results older than kRetentionDays; returns how many.
    Result<qint64> purge();
    // purge() if this store has not purged for a day (cheap otherwise); failures are only logged.
    void purgeIfDue();

private:
    Database &m_db;
    std::atomic<qint64> m_lastPurgeMs{0};
};

} // namespace gd::server
