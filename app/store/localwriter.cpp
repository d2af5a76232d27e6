#include "store/localwriter.h"

namespace gd::store {

namespace {

// synchronous=FULL for the outbox transaction only: pulls use NORMAL (a lost last batch after a power cut
// is pulled again from its checkpoint), but a user's action must be on disk before we say it is saved.
class FullSync {
public:
    explicit FullSync(Connection &connection)
        : m_connection(connection)
    {
        (void)m_connection.exec("PRAGMA synchronous = FULL");
    }
    ~FullSync() { (void)m_connection.exec("PRAGMA synchronous = NORMAL"); }

private:
    Connection &m_connection;
};

} // namespace

LocalWriter::LocalWriter(Connection &connection, EntityWriter &entities, Outbox &outbox)
    : m_connection(connection)
    , m_entities(entities)
    , m_outbox(outbox)
{
}

Result<OutboxItem> LocalWriter::write(const LocalTable &table, const QJsonObject &object, OutboxItem request)
{
    FullSync full(m_connection);
    auto tx = WriteTransaction::begin(m_connection);
    if (!tx)
        return tx.error();
    if (auto r = m_entities.upsert(table, object); !r)
        return r.error();
    auto queued = m_outbox.enqueue(std::move(request));
    if (!queued)
        return queued.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    return queued;
}

Result<QList<OutboxItem>> LocalWriter::writeMany(const LocalTable &table,
                                                 const QList<QPair<QJsonObject, OutboxItem>> &writes)
{
    FullSync full(m_connection);
    auto tx = WriteTransaction::begin(m_connection);
    if (!tx)
        return tx.error();
    QList<OutboxItem> queued;
    for (const auto &[object, request] : writes) {
        if (auto r = m_entities.upsert(table, object); !r)
            return r.error();
        auto item = m_outbox.enqueue(request);
        if (!item)
            return item.error();
        queued.append(*item);
    }
    if (auto r = tx->commit(); !r)
        return r.error();
    return queued;
}

Result<QList<OutboxItem>> LocalWriter::writeWith(const LocalTable &table, const QJsonObject &object,
                                                 const QList<OutboxItem> &requests,
                                                 const std::function<Result<void>(Connection &)> &alsoWrite)
{
    FullSync full(m_connection);
    auto tx = WriteTransaction::begin(m_connection);
    if (!tx)
        return tx.error();
    if (auto r = m_entities.upsert(table, object); !r)
        return r.error();
    if (alsoWrite) {
        if (auto r = alsoWrite(m_connection); !r)
            return r.error();
    }
    QList<OutboxItem> queued;
    for (const OutboxItem &request : requests) {
        auto item = m_outbox.enqueue(request);
        if (!item)
            return item.error();
        queued.append(*item);
    }
    if (auto r = tx->commit(); !r)
        return r.error();
    return queued;
}

Result<OutboxItem> LocalWriter::enqueueOnly(OutboxItem request)
{
    FullSync full(m_connection);
    auto tx = WriteTransaction::begin(m_connection);
    if (!tx)
        return tx.error();
    auto queued = m_outbox.enqueue(std::move(request));
    if (!queued)
        return queued.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    return queued;
}

} // namespace gd::store
