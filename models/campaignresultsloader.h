#pragma once
// Fetches one push campaign's results (issue 7, GET /api/v1/campaigns/{id}/results) and keeps the last
// answer of each campaign in the encrypted local copy's report cache (key cacheKey(id)), the way
// DashboardLoader does for the dashboards.
//
//   load(id)   shows what the local copy has for the campaign at once (loaded(…, fromCache true), with
//              the time the server gave it), then asks the server; its answer → loaded(…, fromCache false)
//              and is stored for next time. When the server cannot be reached or refuses → failed(error,
//              hasData): hasData = cached results are on screen and stay (offline); a failure that comes
//              before the local copy's answer waits for it. A failure never takes back results shown.
//   refresh()  asks the server again for the current campaign.
//   clear()    forgets the campaign; answers still under way are dropped.
//
// Answers for an earlier load() (another campaign) are dropped, and a cached answer that arrives after
// the server's is not shown. Results are decoded with a missing "days" taken as none (servers before
// the results over time). GUI thread; does not own the DataContext.

#include "domain/campaign.h"
#include "domain/error.h"
#include "models/cachedreports.h"
#include "net/apiresponse.h"

#include <QObject>
#include <QPointer>

namespace gd {

class DataContext;

class CampaignResultsLoader : public QObject {
    Q_OBJECT
public:
    explicit CampaignResultsLoader(DataContext *context, QObject *parent = nullptr);

    void load(const QString &campaignId);
    void refresh();
    void clear();

    QString campaignId() const { return m_campaignId; }
    bool isLoading() const { return m_loading; }
    bool hasData() const { return m_hasData; }

    // The report cache's key of a campaign's results.
    static QString cacheKey(const QString &campaignId);
    // A results body (the server's JSON); an Internal "bad_reply" error when it does not match the
    // contract.
    static Result<CampaignResults> decode(const QJsonObject &json);

signals:
    void loaded(const gd::CampaignResults &results, const gd::ReportSource &source);
    void failed(const gd::Error &error, bool hasData);
    void loadingChanged(bool loading);

private:
    void readCache(quint64 load);
    void fetch(quint64 generation);
    void onAnswer(quint64 generation, const Result<ApiResponse> &reply);
    void fail(quint64 generation, const Error &error);
    void setLoading(bool loading);

    DataContext *m_context;
    QString m_campaignId;
    quint64 m_load = 0;       // load() and clear(): which campaign a cached entry is for
    quint64 m_generation = 0; // each request to the server
    bool m_loading = false;
    bool m_hasData = false;
    bool m_networkAnswered = false;
    bool m_cachePending = false;            // the local copy has not answered load()'s read yet
    std::optional<Error> m_deferredFailure; // until it has
    QPointer<QObject> m_call;
};

} // namespace gd

Q_DECLARE_METATYPE(gd::CampaignResults)
