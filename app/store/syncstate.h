#pragma once
// The sync engine's small persistent facts, in the same file as the data they describe so a checkpoint
// commits atomically with the batch it follows: the pull checkpoint ("since" of the change feed), the
// time of the last complete sync, this device's id. Store thread.

#include "store/sqlite.h"

#include <QDateTime>

namespace gd::store {

class SyncState {
public:
    explicit SyncState(Connection &connection);

    Result<qint64> pullCheckpoint() const;
    Result<void> setPullCheckpoint(qint64 seq); // inside the batch's transaction
    Result<QDateTime> lastSyncAt() const;       // invalid when never
    Result<void> setLastSyncAt(const QDateTime &at);
    Result<QString> deviceId(); // created on first use

    Result<QString> value(const QString &key) const; // null QString when absent
    Result<void> setValue(const QString &key, const QString &value);

private:
    Connection &m_connection;
};

} // namespace gd::store
