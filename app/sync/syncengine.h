#pragma once
// The sync engine: keeps the encrypted local copy equal to the server's data in the user's scope and
// delivers every local write to the server exactly once.
//
// A cycle is pull → push → pull. Pull reads the scoped change feed page by page from the checkpoint and
// applies each page with its checkpoint in one transaction (ChangeApplier), so an interrupted initial
// sync resumes where it stopped. Push sends the outbox in device order, each item with its idempotency
// key, device id and sequence number, until the server gives a final answer: success → the server's
// object replaces the local one; 409 → a conflict entry with both versions; another refusal → a
// "rejected" entry and the object is fetched again. Transport failures, 5xx and 429 stop the cycle and
// retry it after an exponential backoff with jitter; the outbox item stays and is re-sent with the same
// key. Cycles start on demand (syncNow), after a local write, on a change notification from the event
// stream, and periodically while the stream is down.
//
// Lives on the sync thread (SyncHost moves it there) together with its own QNetworkAccessManager,
// ApiClient (whose session refresh is delegated to the GUI thread's client) and the Store. The GUI gets
// SyncStatus snapshots and ChangeSets through queued signals.

#include "net/apiclient.h"
#include "store/conflictrepository.h"
#include "store/outbox.h"
#include "sync/backoff.h"
#include "sync/syncstatus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace gd {

namespace store {
class Store;
class ChangeApplier;
} // namespace store

class EventStream;

struct SyncConfig {
    QUrl server;
    QString cachePath;
    QByteArray key; // raw 32 bytes from the keychain
    bool keyIsNew = false;
    AuthTokens tokens;
    std::chrono::milliseconds pollInterval{std::chrono::seconds(60)};
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(30)};
    std::chrono::milliseconds backoffInitial{std::chrono::seconds(1)};
    std::chrono::milliseconds backoffMaximum{std::chrono::seconds(60)};
    // Changes per feed page (the first page of each pull is at most SyncEngine::kFirstPageSize). ≤ 5000:
    // the checkpoint commits with every page. Bigger pages are fewer transactions, each writing the
    // indexes' pages once (govdesk-bench sync-initial: 5000 took 0.8x the time of 2000).
    int pageSize = 5000;
    bool liveUpdates = true;
    // The GUI thread's client owns the session and refreshes it for the engine (SyncHost). A standalone
    // engine (tests, govdesk-bench) refreshes itself.
    bool delegateRefresh = true;
};

class SyncEngine : public QObject {
    Q_OBJECT
public:
    explicit SyncEngine(SyncConfig config, QObject *parent = nullptr);
    ~SyncEngine() override;

    ApiClient *client() const { return m_client; }
    store::Store *store() const { return m_store.get(); }
    const SyncStatus &status() const { return m_status; }
    bool isCycleRunning() const { return m_stage != Stage::None; }

    static constexpr int kFirstPageSize = 500;

    enum class Resolution { KeepMine, TakeServer, Merge };
    Q_ENUM(Resolution)

public slots:
    void start();   // opens the store, then syncs
    void syncNow(); // starts a cycle, or queues one after the running cycle
    void stop();    // stops syncing and closes the store (the file stays, locked)
    void setTokens(const gd::AuthTokens &tokens);

public:
    // Runs a local write on the store (this thread) and starts a push. Emits dataChanged on success.
    Result<store::OutboxItem> write(const std::function<Result<store::OutboxItem>(store::Store &)> &action);
    // Resolves a conflict entry: keep mine (re-send my change on top of the server's version), take the
    // server's (drop mine) or merge (send `merged`: the fields the user settled on). A refused workflow
    // action is sent again as it was (merge = keep mine), on the server's version.
    Result<void> resolveConflict(qint64 id, Resolution resolution, const QJsonObject &merged = {});

signals:
    void statusChanged(const gd::SyncStatus &status);
    void dataChanged(const gd::ChangeSet &changes);
    void conflictsChanged();
    // The store is open (the UI can show cached data before the initial sync finishes).
    void storeOpened(bool created, const QString &movedAsidePath);
    void cycleFinished(); // a complete pull → push → pull (tests and the bench wait on it)

private:
    enum class Stage { None, PullBefore, Push, PullAfter };

    void beginCycle();
    void pull();
    void requestPage(qint64 since, int limit);
    void onPullPage(quint64 generation, qint64 since, const Result<ApiResponse> &result);
    void push();
    void onPushAnswer(const store::OutboxItem &item, const Result<ApiResponse> &result);
    void refetch(const QString &entity, const QString &id);
    void stageDone();
    void fail(const Error &error);
    void failStorage(const Error &error);
    void refreshCounts();
    void publish();
    void setPhase(SyncStatus::Phase phase);
    void updatePolling();
    Result<void> applyPushSuccess(const store::OutboxItem &item, const QJsonObject &object);
    Result<void> recordRefusal(const store::OutboxItem &item, const Error &error);

    SyncConfig m_config;
    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    EventStream *m_events = nullptr;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<store::ChangeApplier> m_applier;
    QString m_deviceId;

    SyncStatus m_status;
    Stage m_stage = Stage::None;
    bool m_again = false;
    bool m_stopped = true;
    Backoff m_backoff;
    // Children of the engine, so moveToThread() takes them along to the sync thread.
    QTimer m_retryTimer{this};
    QTimer m_pollTimer{this};
    QTimer m_notifyTimer{this};
    QElapsedTimer m_pullClock;
    qint64 m_pullStartSeq = 0;
    qint64 m_pullRecords = 0;
    qint64 m_notifiedSeq = 0;
    quint64 m_pullGeneration = 0; // answers of abandoned pulls (failure, stop) carry an older one
};

} // namespace gd
