#pragma once
// What the pages of a signed-in session work with, in one place the composition root fills in: the
// ApiClient (server; online-only lookups, reveals), the Clock, the LocalReader (reads of the encrypted
// local copy on the reader thread; null when there is no local copy: unlocking, online only, signed out)
// and the SyncHost (local writes through the outbox, "sync now"; null likewise). Pages keep a pointer to
// the context, not to the pieces, so that signing out and in again needs no re-wiring.
//
// dataChanged() carries the sync engine's change sets (entity → ids) and the ids of local writes, so that
// open lists and homepages refresh what changed. GUI thread. Owns nothing it is given.

#include "store/localreader.h"
#include "sync/synchost.h"
#include "sync/syncstatus.h"

#include <QObject>
#include <QPointer>

namespace gd {

class ApiClient;
class Clock;

class DataContext : public QObject {
    Q_OBJECT
public:
    DataContext(ApiClient *client, const Clock &clock, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }
    const Clock &clock() const { return m_clock; }
    store::LocalReader *reader() const { return m_reader; }
    SyncHost *sync() const { return m_sync; }
    // True when the local copy can be read (the reader is open).
    bool hasLocalData() const;

    // Both null: no local copy. Emits localDataChanged() now and whenever the reader opens or closes.
    void setLocalData(store::LocalReader *reader, SyncHost *sync);

    // A page wrote locally (through SyncHost::run → SyncEngine::write): tell the other pages.
    void notifyLocalWrite(const QString &entity, const QString &id);

signals:
    void localDataChanged();
    void dataChanged(const gd::ChangeSet &changes);

private:
    ApiClient *m_client;
    const Clock &m_clock;
    QPointer<store::LocalReader> m_reader;
    QPointer<SyncHost> m_sync;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace gd
