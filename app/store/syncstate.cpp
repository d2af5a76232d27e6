#include "store/syncstate.h"

#include "domain/codec.h"

#include <QUuid>

namespace gd::store {

SyncState::SyncState(Connection &connection)
    : m_connection(connection)
{
}

Result<QString> SyncState::value(const QString &key) const
{
    auto stmt = m_connection.cached("SELECT value FROM sync_state WHERE key = ?");
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, key);
    auto row = s.step();
    if (!row)
        return row.error();
    QString value;
    if (*row)
        value = s.text(0);
    s.reset();
    return value;
}

Result<void> SyncState::setValue(const QString &key, const QString &value)
{
    auto stmt = m_connection.cached("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, key).bind(2, value).exec();
}

Result<qint64> SyncState::pullCheckpoint() const
{
    auto v = value(QStringLiteral("pull_since"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<void> SyncState::setPullCheckpoint(qint64 seq)
{
    return setValue(QStringLiteral("pull_since"), QString::number(seq));
}

Result<QDateTime> SyncState::lastSyncAt() const
{
    auto v = value(QStringLiteral("last_sync_at"));
    if (!v)
        return v.error();
    return v->isEmpty() ? QDateTime() : fromIsoUtc(*v);
}

Result<void> SyncState::setLastSyncAt(const QDateTime &at)
{
    return setValue(QStringLiteral("last_sync_at"), toIsoUtc(at));
}

Result<QString> SyncState::deviceId()
{
    auto v = value(QStringLiteral("device_id"));
    if (!v)
        return v.error();
    if (!v->isEmpty())
        return *v;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto r = setValue(QStringLiteral("device_id"), id); !r)
        return r.error();
    return id;
}

} // namespace gd::store
