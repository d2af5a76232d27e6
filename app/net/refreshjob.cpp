#include "net/refreshjob.h"

#include "net/apicall.h"
#include "net/apiclient.h"
#include "net/tokenreply.h"

#include <QTimer>

namespace gd {

RefreshJob::RefreshJob(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void RefreshJob::start()
{
    if (m_started)
        return;
    m_started = true;
    const QString refreshToken = m_client->tokens().refreshToken;
    if (refreshToken.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            emit finished(
                makeError(ErrorCode::Unauthorized, QStringLiteral("no refresh token (not signed in)")));
            deleteLater();
        });
        return;
    }
    ApiRequest request =
        ApiRequest::post(QStringLiteral("/api/v1/auth/refresh"), toJson(RefreshRequest{refreshToken}));
    request.authenticated = false;
    ApiCall *call = m_client->send(request, this);
    connect(call, &ApiCall::finished, this, [this, refreshToken](const Result<ApiResponse> &reply) {
        const Result<AuthTokens> tokens = decodeTokenReply(reply);
        // Only touch the session this refresh was for: a sign-out or new sign-in may have replaced it.
        if (m_client->tokens().refreshToken == refreshToken) {
            if (tokens)
                m_client->setTokens(*tokens);
            else if (tokens.error().code == ErrorCode::Unauthorized)
                m_client->clearTokens();
        }
        emit finished(tokens);
        deleteLater();
    });
    call->start();
}

} // namespace gd
