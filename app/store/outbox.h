#pragma once
// The outbox: every local write waiting for the server, in device order. An item is written in the same
// transaction as the local change it carries (Store::writeLocal), with a UUID idempotency key, a
// per-device sequence number (seq) and the base version the user edited. The sync engine sends items in
// seq order with their key until the server gives a final answer, then removes them; a retry after a
// lost answer reuses the key, so the server applies each item exactly once.
//
// Store thread.

#include "store/sqlite.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace gd::store {

struct OutboxItem {
    qint64 seq = 0; // per-device sequence, assigned on enqueue
    QString key;    // idempotency key (UUID), assigned on enqueue
    QString method; // "PATCH", "POST"
    QString path;   // "/api/v1/applications/<id>"
    QJsonObject body;
    QString entity; // "application"
    QString entityId;
    std::optional<qint64> baseVersion;
    QString summary; // a short, PII-free description for the status UI ("备注" etc. come from the UI)
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
};

class Outbox {
public:
    explicit Outbox(Connection &connection);

    // Call inside a write transaction. Fills in seq, key and createdAt.
    Result<OutboxItem> enqueue(OutboxItem item);
    Result<QList<OutboxItem>> pending(int limit = 100) const;
    Result<std::optional<OutboxItem>> first() const;
    Result<void> remove(qint64 seq);
    Result<void> noteAttempt(qint64 seq, const QString &error);
    Result<qint64> count() const;
    // "entity/id" of every object with a write waiting: the pull leaves those rows alone until the
    // server has answered the write.
    Result<QSet<QString>> pendingObjects() const;

private:
    Result<QList<OutboxItem>> select(const QByteArray &sql, qint64 limit) const;
    Connection &m_connection;
};

} // namespace gd::store
