#include "workstationsession.h"

#include "synctestsupport.h"

#include "models/datacontext.h"
#include "net/apiclient.h"
#include "store/localreader.h"
#include "sync/synchost.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace gd::test {

WorkstationSession::WorkstationSession() = default;

WorkstationSession::~WorkstationSession()
{
    m_context.reset();
    m_reader.reset();
    if (m_sync)
        m_sync->stop();
}

bool WorkstationSession::start(int port, const QString &username, const QString &cachePath, QString *error)
{
    const AuthTokens tokens = signIn(port, username);
    if (tokens.accessToken.isEmpty()) {
        *error = QStringLiteral("%1 could not sign in").arg(username);
        return false;
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    m_client->setTokens(tokens);

    const QByteArray key = randomKey();
    SyncConfig config = testConfig(port, cachePath, key, tokens);
    config.delegateRefresh = true;
    m_sync = std::make_unique<SyncHost>(m_client.get());
    QSignalSpy cycle(m_sync.get(), &SyncHost::cycleFinished);
    m_sync->start(config);
    if (!cycle.wait(120000)) {
        *error = QStringLiteral("the first sync cycle did not finish");
        return false;
    }
    m_reader = std::make_unique<store::LocalReader>();
    QSignalSpy opened(m_reader.get(), &store::LocalReader::opened);
    m_reader->open(cachePath, key);
    if (!opened.wait(10000)) {
        *error = QStringLiteral("the local copy did not open for reading");
        return false;
    }
    m_context = std::make_unique<DataContext>(m_client.get(), m_clock);
    m_context->setLocalData(m_reader.get(), m_sync.get());
    return true;
}

} // namespace gd::test
