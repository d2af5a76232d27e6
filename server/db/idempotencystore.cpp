#include "db/idempotencystore.h"

#include "domain/codec.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace gd::server {

IdempotencyStore::IdempotencyStore(Database &db)
    : m_db(db)
{
}

Result<std::optional<StoredResult>> IdempotencyStore::find(const QString &key)
{
    auto q = m_db.query(
        QStringLiteral("SELECT staff_id, method, path, status, body FROM idempotency_keys WHERE key = ?"),
        {key});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<StoredResult>();
    StoredResult r;
    r.staffId = (*q)->value(0).toString();
    r.method = (*q)->value(1).toString();
    r.path = (*q)->value(2).toString();
    r.status = (*q)->value(3).toInt();
    r.body = (*q)->value(4).toString().toUtf8();
    return std::optional<StoredResult>(std::move(r));
}

Result<void> IdempotencyStore::save(const IdempotencyRecord &record)
{
    auto q = m_db.query(
        QStringLiteral("INSERT INTO idempotency_keys (key, staff_id, status, body, created_at, device_id, "
                       "device_seq, method, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {record.key, record.staffId, record.status, QString::fromUtf8(record.body),
         toIsoUtc(QDateTime::currentDateTimeUtc()),
         record.deviceId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(record.deviceId),
         record.deviceSeq ? QVariant(*record.deviceSeq) : QVariant(QMetaType::fromType<qint64>()),
         record.method, record.path});
    if (!q)
        return q.error();
    return {};
}

Result<qint64> IdempotencyStore::purge()
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-kRetentionDays);
    auto q =
        m_db.query(QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"), {toIsoUtc(cutoff)});
    if (!q)
        return q.error();
    m_lastPurgeMs = QDateTime::currentMSecsSinceEpoch();
    return qint64((*q)->numRowsAffected());
}

void IdempotencyStore::purgeIfDue()
{
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 last = m_lastPurgeMs.load();
    // One thread wins the exchange and purges; the others go on.
    if (now - last < kDayMs || !m_lastPurgeMs.compare_exchange_strong(last, now))
        return;
    if (auto r = purge(); !r)
        qCWarning(lcDb) << "purging old idempotency keys failed:" << r.error().message;
}

} // namespace gd::server
