#include "net/mejob.h"

#include "net/apicall.h"
#include "net/apiclient.h"
#include "net/replyjson.h"

namespace gd {

MeJob::MeJob(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void MeJob::start()
{
    if (m_started)
        return;
    m_started = true;
    ApiCall *call = m_client->get(QStringLiteral("/api/v1/auth/me"), {}, this);
    connect(call, &ApiCall::finished, this, [this](const Result<ApiResponse> &reply) {
        emit finished(decodeReplyAs<StaffUser>(reply));
        deleteLater();
    });
    call->start();
}

} // namespace gd
