#include "net/apiclient.h"

#include "core/logging.h"
#include "core/version.h"
#include "net/apicall.h"
#include "net/refreshjob.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace gd {

bool ApiClient::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
    registerNetMetaTypes();
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

std::optional<QUrl> ApiClient::parseServerAddress(const QString &text)
{
    QString input = text.trimmed();
    if (input.isEmpty())
        return std::nullopt;
    if (!input.contains(QLatin1String("://"))) {
        // Decide the scheme from the host part: loopback test servers speak plain HTTP.
        const QUrl probe(QStringLiteral("http://") + input, QUrl::StrictMode);
        input.prepend(probe.isValid() && isLoopbackHost(probe.host()) ? QStringLiteral("http://")
                                                                      : QStringLiteral("https://"));
    }
    QUrl url(input, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.hasQuery() ||
        url.hasFragment() || !url.userInfo().isEmpty())
        return std::nullopt;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setScheme(scheme);
    return url;
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void ApiClient::setTokens(const AuthTokens &tokens)
{
    m_tokens = tokens;
    emit tokensChanged();
}

void ApiClient::clearTokens()
{
    if (m_tokens.accessToken.isEmpty() && m_tokens.refreshToken.isEmpty())
        return;
    m_tokens = AuthTokens{};
    emit tokensChanged();
}

ApiCall *ApiClient::send(const ApiRequest &request, QObject *parent)
{
    return new ApiCall(this, request, parent);
}

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query, QObject *parent)
{
    return send(ApiRequest::get(path, query), parent);
}

ApiCall *ApiClient::postJson(const QString &path, const QJsonObject &body, QObject *parent)
{
    return send(ApiRequest::post(path, body), parent);
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

QNetworkReply *ApiClient::dispatch(const ApiRequest &request, QString *tokenUsed)
{
    QNetworkRequest wire(urlFor(request));
    wire.setTransferTimeout(int(m_timeout.count()));
    wire.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    wire.setRawHeader("Accept", "application/json");
    tokenUsed->clear();
    for (const auto &[name, value] : request.headers)
        wire.setRawHeader(name, value);
    if (request.authenticated && !m_tokens.accessToken.isEmpty()) {
        wire.setRawHeader("Authorization", "Bearer " + m_tokens.accessToken.toLatin1());
        *tokenUsed = m_tokens.accessToken;
    }
    QByteArray payload;
    if (request.body)
        payload = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
    if (request.method != ApiRequest::Method::Get)
        wire.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    switch (request.method) {
    case ApiRequest::Method::Get:
        return m_network->get(wire);
    case ApiRequest::Method::Post:
        return m_network->post(wire, payload);
    case ApiRequest::Method::Put:
        return m_network->put(wire, payload);
    case ApiRequest::Method::Patch:
    case ApiRequest::Method::Delete:
        return m_network->sendCustomRequest(wire, request.verb(), payload);
    }
    return m_network->get(wire);
}

void ApiClient::noteOutcome(const Result<ApiResponse> &result)
{
    const ConnectionState state = !result && result.error().code == ErrorCode::Network
                                      ? ConnectionState::Offline
                                      : ConnectionState::Online;
    if (state == m_connectionState)
        return;
    m_connectionState = state;
    qCInfo(lcNet).noquote() << "server" << (state == ConnectionState::Online ? "reachable" : "unreachable");
    emit connectionStateChanged(state);
}

void ApiClient::setRefreshDelegated(bool delegated)
{
    m_refreshDelegated = delegated;
}

void ApiClient::completeDelegatedRefresh(const gd::Result<void> &result, const gd::AuthTokens &tokens)
{
    m_delegatedRefreshPending = false;
    if (result)
        setTokens(tokens);
    emit sessionRefreshFinished(result);
    if (!result && result.error().code == ErrorCode::Unauthorized)
        emit sessionExpired();
}

void ApiClient::refreshSession()
{
    if (m_refreshDelegated) {
        if (m_delegatedRefreshPending)
            return;
        m_delegatedRefreshPending = true;
        emit refreshRequested(m_tokens.accessToken);
        return;
    }
    if (m_refreshJob)
        return;
    auto *job = new RefreshJob(this, this);
    m_refreshJob = job;
    connect(job, &RefreshJob::finished, this, [this](const Result<AuthTokens> &result) {
        m_refreshJob = nullptr;
        if (result) {
            qCInfo(lcNet).noquote() << "session refreshed";
            emit sessionRefreshFinished(Result<void>());
            return;
        }
        qCInfo(lcNet).noquote() << "session refresh failed:" << errorCodeName(result.error().code);
        emit sessionRefreshFinished(Result<void>(result.error()));
        if (result.error().code == ErrorCode::Unauthorized)
            emit sessionExpired();
    });
    job->start();
}

} // namespace gd
