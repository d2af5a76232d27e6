#include "reco/recommendationservice.h"

#include "reco/recoloader.h"

#include "db/serverclock.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReco, "govdesk.server.reco")

namespace gd::server {

RecommendationService::RecommendationService(Database &db, RecoOptions options)
    : m_db(db)
    , m_options(options)
{
}

RecommendationService::~RecommendationService()
{
    stop();
}

Result<RecommendationService::BuildStats> RecommendationService::rebuild()
{
    std::lock_guard one(m_rebuildLock);
    {
        std::lock_guard pending(m_pendingLock);
        m_rebuilding = true;
        m_pending.clear();
    }
    const auto done = [this] {
        std::lock_guard pending(m_pendingLock);
        m_rebuilding = false;
        m_pending.clear();
    };
    QElapsedTimer timer;
    timer.start();
    const QDateTime now = ServerClock::now();
    auto data = RecoLoader(m_db).load(now.addDays(-m_options.recentWindowDays));
    if (!data) {
        done();
        return data.error();
    }
    BuildStats stats;
    stats.loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    auto engine = std::make_unique<RecommendationEngine>(*data, m_options, now);
    stats.buildSeconds = double(timer.nsecsElapsed()) / 1e9;
    stats.citizens = qint64(data->citizens.size());
    stats.applications = qint64(data->applications.size());
    stats.builtAt = now;
    data = RecoDataset{};
    {
        std::unique_lock write(m_lock);
        std::lock_guard pending(m_pendingLock);
        for (const RecoDataset::Application &a : m_pending)
            engine->applicationWritten(a);
        m_engine = std::move(engine);
        m_builds += 1;
        m_rebuilding = false;
        m_pending.clear();
    }
    qCInfo(lcReco).nospace() << "recommendation engine built: " << stats.citizens << " citizens, "
                             << stats.applications << " applications; load " << stats.loadSeconds
                             << " s, build " << stats.buildSeconds << " s";
    return stats;
}

void RecommendationService::startPeriodicRebuild(std::chrono::milliseconds interval)
{
    std::lock_guard lock(m_threadLock);
    if (m_thread.joinable() || interval.count() <= 0)
        return;
    m_stopping = false;
    m_thread = std::thread([this, interval] {
        std::unique_lock wait(m_threadLock);
        while (!m_wake.wait_for(wait, interval, [this] { return m_stopping; })) {
            wait.unlock();
            if (auto r = rebuild(); !r)
                qCWarning(lcReco) << "recommendation engine rebuild failed:" << r.error().message;
            wait.lock();
        }
    });
}

void RecommendationService::stop()
{
    {
        std::lock_guard lock(m_threadLock);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool RecommendationService::isReady() const
{
    std::shared_lock read(m_lock);
    return m_engine != nullptr;
}

std::optional<RecommendationList> RecommendationService::recommend(const QString &citizenId, int limit,
                                                                   const QDateTime &now) const
{
    std::shared_lock read(m_lock);
    if (!m_engine)
        return std::nullopt;
    return m_engine->recommend(citizenId, limit, now);
}

QList<RecommendationList> RecommendationService::recommendBatch(const QStringList &citizenIds, int limit,
                                                                const QDateTime &now) const
{
    QList<RecommendationList> out;
    std::shared_lock read(m_lock);
    if (!m_engine)
        return out;
    out.reserve(citizenIds.size());
    for (const QString &id : citizenIds) {
        if (auto list = m_engine->recommend(id, limit, now))
            out.append(std::move(*list));
    }
    return out;
}

void RecommendationService::applicationWritten(const RecoDataset::Application &application)
{
    {
        std::unique_lock write(m_lock);
        if (m_engine)
            m_engine->applicationWritten(application);
    }
    std::lock_guard pending(m_pendingLock);
    if (m_rebuilding)
        m_pending.push_back(application);
}

} // namespace gd::server
