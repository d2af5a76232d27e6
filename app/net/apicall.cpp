#include "net/apicall.h"

#include "core/logging.h"
#include "net/apiclient.h"
#include "net/replydecoder.h"

#include <QNetworkReply>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace gd {

ApiCall::ApiCall(ApiClient *client, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
{
}

ApiCall::~ApiCall()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    // Aborting emits finished() synchronously; nobody is listening any more.
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ApiCall::start()
{
    if (m_started)
        return;
    m_started = true;
    send();
}

void ApiCall::send()
{
    m_tlsErrors.clear();
    QNetworkReply *reply = m_client->dispatch(m_request, &m_tokenUsed);
    m_reply = reply;
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString());
    });
#endif
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    const Result<ApiResponse> result =
        ReplyDecoder::decode(*reply, m_request.acceptedErrorStatuses, m_tlsErrors);
    reply->deleteLater();
    m_client->noteOutcome(result);
    if (!m_tlsErrors.isEmpty())
        qCWarning(lcNet).noquote() << "TLS certificate of" << reply->url().host()
                                   << "rejected:" << m_tlsErrors;
    qCDebug(lcNet).noquote() << m_request.verb().constData() << m_request.path
                             << (result ? QString::number(result->status)
                                        : errorCodeName(result.error().code));

    const bool expired = !result && result.error().code == ErrorCode::Unauthorized;
    if (!expired || !m_request.authenticated || m_retried) {
        finish(result);
        return;
    }
    m_retried = true;
    const AuthTokens &tokens = m_client->tokens();
    if (!tokens.accessToken.isEmpty() && tokens.accessToken != m_tokenUsed) {
        // Another call refreshed the session while this one was on the wire.
        send();
        return;
    }
    if (tokens.refreshToken.isEmpty()) {
        finish(result);
        return;
    }
    connect(
        m_client, &ApiClient::sessionRefreshFinished, this,
        [this](const Result<void> &refreshed) {
            if (refreshed)
                send();
            else
                finish(refreshed.error());
        },
        Qt::SingleShotConnection);
    m_client->refreshSession();
}

void ApiCall::finish(const Result<ApiResponse> &result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
    deleteLater();
}

} // namespace gd
