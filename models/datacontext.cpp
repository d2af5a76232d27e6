#include "models/datacontext.h"

#include "store/localreader.h"
#include "sync/synchost.h"

namespace gd {

DataContext::DataContext(ApiClient *client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{
}

bool DataContext::hasLocalData() const
{
    const store::LocalReader *reader = m_reader.data();
    return reader != nullptr && reader->isOpen();
}

void DataContext::setLocalData(store::LocalReader *reader, SyncHost *sync)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_reader = reader;
    m_sync = sync;
    if (reader) {
        m_connections.append(
            connect(reader, &store::LocalReader::opened, this, &DataContext::localDataChanged));
        m_connections.append(
            connect(reader, &store::LocalReader::closed, this, &DataContext::localDataChanged));
    }
    if (sync)
        m_connections.append(connect(sync, &SyncHost::dataChanged, this, &DataContext::dataChanged));
    emit localDataChanged();
}

void DataContext::notifyLocalWrite(const QString &entity, const QString &id)
{
    ChangeSet changes;
    changes.changed.insert(entity, {id});
    emit dataChanged(changes);
}

} // namespace gd
