#include "net/healthjob.h"

#include "net/apicall.h"
#include "net/apiclient.h"
#include "net/replyjson.h"

namespace gd {

HealthJob::HealthJob(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void HealthJob::start()
{
    if (m_started)
        return;
    m_started = true;
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/health"));
    request.authenticated = false;
    request.acceptedErrorStatuses = {503};
    ApiCall *call = m_client->send(request, this);
    connect(call, &ApiCall::finished, this, [this](const Result<ApiResponse> &reply) {
        emit finished(decodeReplyAs<ServerHealth>(reply));
        deleteLater();
    });
    call->start();
}

} // namespace gd
