#pragma once
// The GUI thread's handle on the sync engine: starts the sync thread with a SyncEngine on it, forwards
// calls as queued invocations, keeps the latest SyncStatus for widgets (status bar, settings), re-emits
// the engine's change sets, and owns the session hand-over between the GUI's ApiClient (which owns the
// session and its refresh) and the engine's (which delegates refreshes here). Local writes and reads run
// on the sync thread through run(); their results come back on the GUI thread.
//
// GUI thread. Owned by the composition root; stopping joins the thread.

#include "sync/syncengine.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace gd {

class SyncHost : public QObject {
    Q_OBJECT
public:
    explicit SyncHost(ApiClient *session, QObject *parent = nullptr);
    ~SyncHost() override;

    // Starts the thread and the engine (opens the store, then syncs). Replaces a running engine.
    void start(SyncConfig config);
    // Stops syncing, closes the store (it stays on disk, locked) and joins the thread.
    void stop();
    bool isRunning() const { return m_engine != nullptr; }

    const SyncStatus &status() const { return m_status; }
    void syncNow();

    // Runs `work` on the sync thread with the engine (null store = not open), then `done` with its result
    // on the GUI thread if `context` still exists.
    template <typename R>
    void run(QObject *context, std::function<R(SyncEngine &)> work, std::function<void(R)> done)
    {
        if (!m_engine)
            return;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(m_engine, [engine = m_engine, work, done, guard] {
            R result = work(*engine);
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, result] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

signals:
    void statusChanged(const gd::SyncStatus &status);
    void dataChanged(const gd::ChangeSet &changes);
    void conflictsChanged();
    void storeOpened(bool created, const QString &movedAsidePath);
    void cycleFinished();

private:
    void onRefreshRequested(const QString &staleAccessToken);

    ApiClient *m_session;
    QThread m_thread;
    SyncEngine *m_engine = nullptr;
    SyncStatus m_status;
};

} // namespace gd
