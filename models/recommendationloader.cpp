#include "models/recommendationloader.h"

#include "domain/codec.h"
#include "models/datacontext.h"
#include "net/apicall.h"
#include "net/apiclient.h"
#include "net/replyjson.h"

#include <QTimer>
#include <QUrlQuery>

namespace gd {

RecommendationLoader::RecommendationLoader(DataContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void RecommendationLoader::clear()
{
    ++m_generation;
    delete m_call;
}

void RecommendationLoader::load(const QString &citizenId)
{
    clear();
    const quint64 generation = m_generation;
    ApiClient *client = m_context->client();
    if (!client || !client->isSignedIn()) {
        QTimer::singleShot(0, this, [this, generation, citizenId] {
            if (generation == m_generation)
                emit failed(citizenId, makeError(ErrorCode::Unavailable,
                                                 QStringLiteral("there is no server connection")));
        });
        return;
    }
    const QUrlQuery query{{QStringLiteral("limit"), QString::number(kLimit)}};
    ApiCall *call = client->send(
        ApiRequest::get(QStringLiteral("/api/v1/citizens/%1/recommendations").arg(citizenId), query), this);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, generation, citizenId](const Result<ApiResponse> &reply) {
        if (generation != m_generation)
            return;
        const Result<RecommendationList> list = decodeReplyAs<RecommendationList>(reply);
        if (!list)
            emit failed(citizenId, list.error());
        else
            emit loaded(citizenId, list->items);
    });
    call->start();
}

} // namespace gd
