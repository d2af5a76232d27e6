#pragma once
// Reads of the local copy for the GUI: a second, read-only connection to the encrypted file
// (Store::openForReading) on its own thread, so that list pages, type-ahead search and homepages never
// wait for the sync engine's writes (WAL: readers see the last committed state) and never run SQL on the
// GUI thread.
//
//   open(path, key)  opens the connection on the reader thread → opened() or openFailed(error). Open it
//                    after the sync engine has opened (and migrated) the file (SyncHost::storeOpened).
//   run(ctx, work, done)
//                    runs `work(store)` on the reader thread, then `done(result)` on the caller's thread
//                    if `ctx` still exists. Work queued while the reader is not open gets an Unavailable
//                    error; work queued before a close() or re-open() is answered with that error too,
//                    never with data from another file.
//   close()          closes the connection (joins nothing: the thread stays for the next open()).
//
// Work runs in the order it was queued. Long work delays later work: keep each piece one page or one
// homepage. GUI thread (the object); the Store lives on the reader thread.

#include "domain/error.h"
#include "domain/result.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace gd::store {

class Store;
class ReaderWorker;

class LocalReader : public QObject {
    Q_OBJECT
public:
    explicit LocalReader(QObject *parent = nullptr);
    ~LocalReader() override;

    void open(const QString &path, const QByteArray &key);
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    template <typename R>
    void run(QObject *context, std::function<Result<R>(Store &)> work, std::function<void(Result<R>)> done)
    {
        QPointer<QObject> guard(context);
        QPointer<LocalReader> self(this);
        const quint64 generation = m_open ? m_generation : 0;
        post(generation,
             [work = std::move(work), done = std::move(done), guard, self, generation](Store *store) {
                 Result<R> result = store ? work(*store) : Result<R>(notOpen());
                 QMetaObject::invokeMethod(
                     guard.data(),
                     [guard, self, generation, done, result = std::move(result)] {
                         if (!guard)
                             return;
                         // Closed or re-opened since: the answer belongs to a connection that is gone.
                         const LocalReader *reader = self.data();
                         if (!reader || reader->m_generation != generation)
                             done(Result<R>(notOpen()));
                         else
                             done(result);
                     },
                     Qt::QueuedConnection);
             });
    }

signals:
    void opened();
    void openFailed(const gd::Error &error);
    void closed();

private:
    void post(quint64 generation, std::function<void(Store *)> task);
    static Error notOpen();
    void onOpened(quint64 generation, const Result<void> &result);

    QThread m_thread;
    ReaderWorker *m_worker = nullptr;
    QString m_path;
    bool m_open = false;
    quint64 m_generation = 0;
};

} // namespace gd::store
