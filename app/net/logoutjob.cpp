#include "net/logoutjob.h"

#include "core/logging.h"
#include "net/apicall.h"
#include "net/apiclient.h"

#include <QTimer>

namespace gd {

LogoutJob::LogoutJob(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void LogoutJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_client->isSignedIn()) {
        QTimer::singleShot(0, this, [this] { complete(Result<void>()); });
        return;
    }
    ApiCall *call = m_client->send(ApiRequest::post(QStringLiteral("/api/v1/auth/logout")), this);
    connect(call, &ApiCall::finished, this, [this](const Result<ApiResponse> &reply) {
        complete(reply ? Result<void>() : Result<void>(reply.error()));
    });
    call->start();
}

void LogoutJob::complete(const Result<void> &result)
{
    m_client->clearTokens();
    if (result)
        qCInfo(lcNet).noquote() << "signed out";
    else
        qCInfo(lcNet).noquote() << "signed out locally; the server was not told:"
                                << errorCodeName(result.error().code);
    emit finished(result);
    deleteLater();
}

} // namespace gd
