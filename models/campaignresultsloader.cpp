#include "models/campaignresultsloader.h"

#include "core/clock.h"
#include "domain/codec.h"
#include "models/datacontext.h"
#include "net/apicall.h"
#include "net/apiclient.h"
#include "net/replydecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace gd {

CampaignResultsLoader::CampaignResultsLoader(DataContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    qRegisterMetaType<CampaignResults>();
    qRegisterMetaType<ReportSource>();
}

QString CampaignResultsLoader::cacheKey(const QString &campaignId)
{
    return QStringLiteral("campaign-results/") + campaignId;
}

Result<CampaignResults> CampaignResultsLoader::decode(const QJsonObject &json)
{
    QJsonObject object = json;
    if (!object.contains(QLatin1String("days")))
        object.insert(QStringLiteral("days"), QJsonArray());
    Result<CampaignResults> results = fromJson<CampaignResults>(object);
    if (!results)
        return ReplyDecoder::badReply(results.error().message);
    return results;
}

void CampaignResultsLoader::load(const QString &campaignId)
{
    m_campaignId = campaignId;
    m_hasData = false;
    m_networkAnswered = false;
    readCache(++m_load);
    fetch(++m_generation);
}

void CampaignResultsLoader::refresh()
{
    if (m_campaignId.isEmpty())
        return;
    fetch(++m_generation);
}

void CampaignResultsLoader::clear()
{
    ++m_load;
    ++m_generation;
    delete m_call;
    m_campaignId.clear();
    m_hasData = false;
    m_networkAnswered = false;
    m_cachePending = false;
    m_deferredFailure.reset();
    setLoading(false);
}

void CampaignResultsLoader::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void CampaignResultsLoader::readCache(quint64 load)
{
    m_cachePending =
        cachedreports::read(m_context, cacheKey(m_campaignId), this,
                            [this, load](const std::optional<store::CachedReport> &report) {
                                if (load != m_load)
                                    return;
                                m_cachePending = false;
                                // The server's answer wins when it came first; an unreadable entry is simply
                                // not shown (the next answer replaces it).
                                if (report && !m_networkAnswered) {
                                    const QJsonDocument document = QJsonDocument::fromJson(report->body);
                                    auto results = decode(document.object());
                                    if (document.isObject() && results) {
                                        m_hasData = true;
                                        emit loaded(*results, ReportSource{report->fetchedAt, true});
                                    }
                                }
                                if (m_deferredFailure) {
                                    const Error error = *m_deferredFailure;
                                    m_deferredFailure.reset();
                                    emit failed(error, m_hasData);
                                }
                            });
}

void CampaignResultsLoader::fail(quint64 generation, const Error &error)
{
    if (generation != m_generation)
        return;
    // failed() says whether cached results are on screen: while the local copy has not answered yet,
    // the failure waits for it.
    if (m_cachePending) {
        m_deferredFailure = error;
        return;
    }
    emit failed(error, m_hasData);
}

void CampaignResultsLoader::fetch(quint64 generation)
{
    delete m_call;
    m_deferredFailure.reset();
    ApiClient *client = m_context->client();
    if (!client || !client->isSignedIn()) {
        setLoading(false);
        QTimer::singleShot(0, this, [this, generation] {
            fail(generation,
                 makeError(ErrorCode::Unavailable, QStringLiteral("there is no server connection")));
        });
        return;
    }
    setLoading(true);
    ApiCall *call =
        client->send(ApiRequest::get(QStringLiteral("/api/v1/campaigns/%1/results").arg(m_campaignId)), this);
    m_call = call;
    connect(call, &ApiCall::finished, this,
            [this, generation](const Result<ApiResponse> &reply) { onAnswer(generation, reply); });
    call->start();
}

void CampaignResultsLoader::onAnswer(quint64 generation, const Result<ApiResponse> &reply)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    if (!reply) {
        fail(generation, reply.error());
        return;
    }
    auto results = decode(reply->json);
    if (results && results->campaignId != m_campaignId)
        results = ReplyDecoder::badReply(QStringLiteral("campaign_id is another campaign's"));
    if (!results) {
        fail(generation, results.error());
        return;
    }
    m_networkAnswered = true;
    m_hasData = true;
    const QDateTime now = m_context->clock().nowUtc();
    cachedreports::write(m_context, cacheKey(m_campaignId), store::CachedReport{reply->body, now}, this);
    emit loaded(*results, ReportSource{now, false});
}

} // namespace gd
