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

// A POST to an object's ".../actions" (an application's or a campaign's): the body is an action, not
// fields of the object, so the local copy shows the action's optimistic result rather than the body.
bool isActionPath(const QString &path);
// A POST of a photo to an incident (".../attachments"): the body describes the photo (the sync engine adds
// its bytes from the local attachments table when it sends it), not fields of the incident.
bool isAttachmentPath(const QString &path);
// Whether a write's body is fields of its object (a create or an edit), which the local copy shows over
// the server's copy until the write is answered — not an action's or an attachment's.
bool bodyIsObjectFields(const QString &path);

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
    // The version a new write of the object must be based on: `seen` (the local copy's version), or,
    // while writes of the object are still queued, the first one's base (0 for a create) — the local copy
    // already shows their optimistic results, and the sync engine rebases the later writes as the server
    // answers the earlier ones.
    // Whether any write of the object still waits.
    Result<bool> hasPending(const QString &entity, const QString &entityId) const;
    Result<qint64> confirmedBase(const QString &entity, const QString &entityId, qint64 seen) const;
    // "entity/id" of every object with a write waiting: the pull leaves those rows alone until the
    // server has answered the write.
    Result<QSet<QString>> pendingObjects() const;

private:
    Result<QList<OutboxItem>> select(const QByteArray &sql, qint64 limit) const;
    Connection &m_connection;
};

} // namespace gd::store
