#pragma once
// One local write: the changed object goes into its table and the request that tells the server goes into
// the outbox, in one transaction with synchronous=FULL, so after a crash or power cut either both exist or
// neither does. The repositories' write methods are built on this. Store thread.

#include "store/entitywriter.h"
#include "store/outbox.h"

#include <functional>

namespace gd::store {

class LocalWriter {
public:
    LocalWriter(Connection &connection, EntityWriter &entities, Outbox &outbox);

    // Writes `object` (the object as the user now sees it) locally and queues `request`.
    Result<OutboxItem> write(const LocalTable &table, const QJsonObject &object, OutboxItem request);
    // Several such writes in one transaction (a batch of actions): all of them or none.
    Result<QList<OutboxItem>> writeMany(const LocalTable &table,
                                        const QList<QPair<QJsonObject, OutboxItem>> &writes);
    // One object and several requests (an incident and its photos' uploads), with `alsoWrite` (other
    // local rows, e.g. the photos' bytes) in the same transaction: all of it or nothing.
    Result<QList<OutboxItem>> writeWith(const LocalTable &table, const QJsonObject &object,
                                        const QList<OutboxItem> &requests,
                                        const std::function<Result<void>(Connection &)> &alsoWrite);
    // Queues a request without a local change (e.g. re-sending a resolved conflict whose object is already
    // in place).
    Result<OutboxItem> enqueueOnly(OutboxItem request);

    const Outbox &outbox() const { return m_outbox; }

private:
    Connection &m_connection;
    EntityWriter &m_entities;
    Outbox &m_outbox;
};

} // namespace gd::store
