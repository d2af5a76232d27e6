#include "sync/synchost.h"

#include "core/logging.h"

namespace gd {

SyncHost::SyncHost(ApiClient *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<ChangeSet>();
    m_thread.setObjectName(QStringLiteral("govdesk-sync"));
    connect(m_session, &ApiClient::tokensChanged, this, [this] {
        if (!m_engine)
            return;
        const AuthTokens tokens = m_session->tokens();
        QMetaObject::invokeMethod(m_engine, [engine = m_engine, tokens] { engine->setTokens(tokens); });
    });
}

SyncHost::~SyncHost()
{
    stop();
}

void SyncHost::start(SyncConfig config)
{
    stop();
    m_status = SyncStatus{};
    m_engine = new SyncEngine(std::move(config));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::statusChanged, this, [this](const SyncStatus &status) {
        m_status = status;
        emit statusChanged(status);
    });
    connect(m_engine, &SyncEngine::dataChanged, this, &SyncHost::dataChanged);
    connect(m_engine, &SyncEngine::conflictsChanged, this, &SyncHost::conflictsChanged);
    connect(m_engine, &SyncEngine::storeOpened, this, &SyncHost::storeOpened);
    connect(m_engine, &SyncEngine::cycleFinished, this, &SyncHost::cycleFinished);
    m_thread.start();
    // The engine makes its ApiClient in start(), on its thread; hook the refresh delegation up after that,
    // unless the engine was stopped (and deleted) in the meantime.
    QPointer<SyncHost> self(this);
    QPointer<SyncEngine> engine(m_engine);
    QMetaObject::invokeMethod(m_engine, [engine, self] {
        SyncEngine *running = engine.data();
        if (!running)
            return;
        running->start();
        QPointer<ApiClient> client(running->client());
        QMetaObject::invokeMethod(
            self.data(),
            [self, client, engine] {
                SyncHost *host = self.data();
                ApiClient *api = client.data();
                if (host && api && engine && host->m_engine == engine.data())
                    connect(api, &ApiClient::refreshRequested, host, &SyncHost::onRefreshRequested);
            },
            Qt::QueuedConnection);
    });
}

void SyncHost::onRefreshRequested(const QString &staleAccessToken)
{
    if (!m_engine)
        return;
    auto answer = [this](const Result<void> &result) {
        if (!m_engine || !m_engine->client())
            return;
        const AuthTokens tokens = m_session->tokens();
        QMetaObject::invokeMethod(m_engine->client(), [client = m_engine->client(), result, tokens] {
            client->completeDelegatedRefresh(result, tokens);
        });
    };
    const AuthTokens &current = m_session->tokens();
    if (!current.accessToken.isEmpty() && current.accessToken != staleAccessToken) {
        answer(Result<void>()); // refreshed meanwhile by another call
        return;
    }
    if (current.refreshToken.isEmpty()) {
        answer(makeError(ErrorCode::Unauthorized, QStringLiteral("not signed in")));
        return;
    }
    connect(m_session, &ApiClient::sessionRefreshFinished, this, answer, Qt::SingleShotConnection);
    m_session->refreshSession();
}

void SyncHost::stop()
{
    if (!m_engine)
        return;
    SyncEngine *engine = m_engine;
    m_engine = nullptr;
    QMetaObject::invokeMethod(
        engine, [engine] { engine->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_status = SyncStatus{};
    emit statusChanged(m_status);
}

void SyncHost::syncNow()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow);
}

} // namespace gd
