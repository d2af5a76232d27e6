#pragma once
// The server's recommendation engine, shared by the HTTP workers: built from the database at start
// (rebuild()), read by many threads at once under a shared lock, moved by every application written
// (applicationWritten(), called by the routes once their transaction has committed: exclusions,
// co-application counts, similar citizens' shares and the hot ranking at once) and rebuilt from the
// database in the background every `interval` (startPeriodicRebuild(); govdesk-server --reco-rebuild,
// default 60 minutes) for what does not arrive through the routes: tag changes, new citizens, portal
// views and push responses, status changes made elsewhere. A rebuild loads and builds without the lock;
// applications written meanwhile are replayed onto the new engine before it replaces the old one (a
// replay of one the load already saw changes nothing).

#include "reco/recommendationengine.h"

#include "db/database.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <thread>

namespace gd::server {

class RecommendationService {
public:
    explicit RecommendationService(Database &db, RecoOptions options = {});
    ~RecommendationService(); // stops the background rebuilds

    RecommendationService(const RecommendationService &) = delete;
    RecommendationService &operator=(const RecommendationService &) = delete;

    struct BuildStats {
        qint64 citizens = 0;
        qint64 applications = 0;
        double loadSeconds = 0;
        double buildSeconds = 0;
        QDateTime builtAt;
    };

    // Loads the database and replaces the engine; thread-safe. The old engine serves until then.
    Result<BuildStats> rebuild();
    // Rebuilds every `interval` on a thread of its own until stop() (or destruction).
    void startPeriodicRebuild(std::chrono::milliseconds interval);
    void stop();

    bool isReady() const;
    // How many builds have replaced the engine so far.
    int builds() const { return m_builds.load(); }
    // nullopt when the citizen is unknown to the engine (or before the first build).
    std::optional<RecommendationList> recommend(const QString &citizenId, int limit,
                                                const QDateTime &now) const;
    // The lists of the known citizens among `citizenIds`, in their order.
    QList<RecommendationList> recommendBatch(const QStringList &citizenIds, int limit,
                                             const QDateTime &now) const;
    void applicationWritten(const RecoDataset::Application &application);

private:
    Database &m_db;
    RecoOptions m_options;
    mutable std::shared_mutex m_lock; // guards m_engine
    std::unique_ptr<RecommendationEngine> m_engine;
    std::mutex m_pendingLock; // guards m_rebuilding and m_pending
    bool m_rebuilding = false;
    std::vector<RecoDataset::Application> m_pending;
    std::mutex m_rebuildLock; // one rebuild at a time
    std::mutex m_threadLock;  // guards m_stopping, with m_wake
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
    std::atomic<int> m_builds{0};
};

} // namespace gd::server
