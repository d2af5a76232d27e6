#include "net/loginjob.h"

#include "core/logging.h"
#include "net/apicall.h"
#include "net/apiclient.h"
#include "net/replyjson.h"
#include "net/tokenreply.h"

namespace gd {

LoginJob::LoginJob(ApiClient *client, LoginRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
{
}

void LoginJob::start()
{
    if (m_started)
        return;
    m_started = true;
    ApiRequest request = ApiRequest::post(QStringLiteral("/api/v1/auth/login"), toJson(m_request));
    request.authenticated = false;
    ApiCall *call = m_client->send(request, this);
    connect(call, &ApiCall::finished, this, [this](const Result<ApiResponse> &reply) {
        const Result<AuthTokens> tokens = decodeTokenReply(reply);
        if (tokens) {
            qCInfo(lcNet).noquote() << "signed in, role" << tokens->user.role;
            m_client->setTokens(*tokens);
        } else {
            qCInfo(lcNet).noquote() << "sign-in failed:" << errorCodeName(tokens.error().code);
        }
        emit finished(tokens);
        deleteLater();
    });
    call->start();
}

} // namespace gd
