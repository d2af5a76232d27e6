#pragma once
// The REST client of govdesk-server: holds the base URL, the current tokens and an injected
// QNetworkAccessManager (the composition root owns it; nothing in the client creates one), builds
// requests (User-Agent "GovDesk/<version>", JSON, bearer token, transfer timeout) and hands out ApiCall
// jobs. Coordinates the session refresh: however many calls get 401 at once, one RefreshJob runs and
// they all wait for sessionRefreshFinished(). When the refresh token is rejected the tokens are
// cleared and sessionExpired() fires. Tracks whether the server was reachable on the last answer.
//
// GUI thread. Owned by the composition root; outlives every job made from it.

#include "domain/result.h"
#include "domain/staff.h"
#include "net/apirequest.h"
#include "net/apiresponse.h"
#include "net/metatypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace gd {

class ApiCall;
class RefreshJob;

class ApiClient : public QObject {
    Q_OBJECT
public:
    enum class ConnectionState { Unknown, Online, Offline };
    Q_ENUM(ConnectionState)

    static constexpr std::chrono::milliseconds kDefaultTimeout{15000};

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    QNetworkAccessManager *network() const { return m_network; }

    // The server, e.g. "https://govdesk.example.gov.cn" (a path prefix is kept: ".../govdesk").
    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);
    // What a user typed -> a base URL: http or https only; no scheme means https, except for loopback
    // addresses (localhost, 127.x, ::1), which mean http. nullopt for anything else.
    static std::optional<QUrl> parseServerAddress(const QString &text);
    static bool isLoopbackHost(const QString &host); // localhost, 127.0.0.0/8, ::1

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout);

    // The session. LoginJob and RefreshJob set the tokens; LogoutJob and a rejected refresh clear them.
    const AuthTokens &tokens() const { return m_tokens; }
    const StaffUser &user() const { return m_tokens.user; }
    bool isSignedIn() const { return !m_tokens.accessToken.isEmpty(); }
    void setTokens(const AuthTokens &tokens);
    void clearTokens();

    ConnectionState connectionState() const { return m_connectionState; }

    // Makes a call (not started yet; parent owns it until it finishes and deletes itself).
    ApiCall *send(const ApiRequest &request, QObject *parent = nullptr);
    ApiCall *get(const QString &path, const QUrlQuery &query = {}, QObject *parent = nullptr);
    ApiCall *postJson(const QString &path, const QJsonObject &body, QObject *parent = nullptr);

    // For ApiCall: puts a request on the wire; *tokenUsed receives the access token it carries.
    QNetworkReply *dispatch(const ApiRequest &request, QString *tokenUsed);
    // For ApiCall: records whether the server answered at all.
    void noteOutcome(const Result<ApiResponse> &result);
    // For ApiCall: starts a RefreshJob unless one is running; sessionRefreshFinished() reports it.
    // When refresh is delegated, emits refreshRequested() instead and waits for completeDelegatedRefresh().
    void refreshSession();

    // A second client (the sync engine's, on its own thread) must not rotate the refresh token itself: two
    // rotations of one token would look like a replay and revoke the session. It delegates the refresh to
    // the GUI thread's client, which owns the session.
    void setRefreshDelegated(bool delegated);
    bool isRefreshDelegated() const { return m_refreshDelegated; }

public slots:
    // The owner's answer to refreshRequested(): new tokens (or the error).
    void completeDelegatedRefresh(const gd::Result<void> &result, const gd::AuthTokens &tokens);

signals:
    void tokensChanged();
    void sessionRefreshFinished(const gd::Result<void> &result);
    void sessionExpired();
    void connectionStateChanged(gd::ApiClient::ConnectionState state);
    // Delegated refresh: the access token that was rejected (the owner refreshes only if it is still
    // current, otherwise it just answers with its newer tokens).
    void refreshRequested(const QString &staleAccessToken);

private:
    QUrl urlFor(const ApiRequest &request) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    AuthTokens m_tokens;
    ConnectionState m_connectionState = ConnectionState::Unknown;
    QPointer<RefreshJob> m_refreshJob;
    bool m_refreshDelegated = false;
    bool m_delegatedRefreshPending = false;
};

} // namespace gd
