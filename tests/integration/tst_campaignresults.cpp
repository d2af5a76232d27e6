// CampaignResultsLoader against the real govdesk-server with demo data (its push campaigns were sent
// through the production code, with simulated responses), signed in as a city-wide supervisor with a
// real SQLCipher local copy: the results it loads equal the server's JSON for every demo campaign (sent,
// sending and draft); they are kept in the local copy's report cache, byte for byte as the server sent
// them; with the server unreachable the cached results appear and the failure says they are on screen
// (hasData true); a campaign the cache does not know fails without data; an unknown campaign is NotFound.

#include "apitestclient.h"
#include "serverprocess.h"
#include "synctestsupport.h"
#include "workstationsession.h"

#include "domain/codec.h"
#include "models/cachedreports.h"
#include "models/campaignresultsloader.h"
#include "models/campaignresultsmodels.h"
#include "models/datacontext.h"
#include "net/apiclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace gd;
using namespace gd::test;

namespace {

// A results body without the time it was computed (each request computes it anew), and with "days" as
// this client reads a server that has none.
QJsonObject comparable(QJsonObject json)
{
    json.remove(QStringLiteral("computed_at"));
    if (!json.contains(QLatin1String("days")))
        json.insert(QStringLiteral("days"), QJsonArray());
    return json;
}

} // namespace

class TestCampaignResults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loadedResultsAreTheServers();
    void answersAreKeptInTheLocalCopy();
    void offlineShowsTheCachedResults();
    void offlineWithoutCachedResultsFailsWithoutData();
    void unknownCampaignIsNotFound();

private:
    // Loads `id` with a loader on `context`; the last loaded() and failed() it emitted.
    struct Outcome {
        QList<std::pair<CampaignResults, ReportSource>> loaded;
        std::optional<std::pair<Error, bool>> failed;
    };
    Outcome load(DataContext *context, const QString &id);
    std::optional<store::CachedReport> cached(const QString &id);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<WorkstationSession> m_session = std::make_unique<WorkstationSession>();
    std::unique_ptr<ApiTestClient> m_supervisor;
    QList<QJsonObject> m_campaigns; // the demo's, as GET /campaigns lists them
    QString m_sentId;               // a sent campaign with members in both groups
};

void TestCampaignResults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ServerProcess::Options options;
    options.citizens = 2000;
    QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
    QString error;
    QVERIFY2(m_session->start(m_server.port(), QStringLiteral("supervisor_city"),
                              m_dir.filePath(QStringLiteral("supervisor.gdcache")), &error),
             qPrintable(error));
    m_supervisor = std::make_unique<ApiTestClient>(m_server.port());
    m_supervisor->setToken(m_supervisor->login(QStringLiteral("supervisor_city")));
    const ApiReply list = m_supervisor->get(QStringLiteral("/api/v1/campaigns?limit=100"));
    QCOMPARE(list.status, 200);
    for (const QJsonValue &item : list.json.value(QLatin1String("items")).toArray())
        m_campaigns.append(item.toObject());
    QVERIFY2(m_campaigns.size() >= 5, "the demo has push campaigns");
    for (const QJsonObject &c : std::as_const(m_campaigns)) {
        if (c.value(QLatin1String("state")).toString() == QLatin1String("sent") &&
            c.value(QLatin1String("holdout")).toInteger() > 0 &&
            c.value(QLatin1String("sent")).toInteger() > 0) {
            m_sentId = c.value(QLatin1String("id")).toString();
            break;
        }
    }
    QVERIFY2(!m_sentId.isEmpty(), "the demo has a sent campaign with a hold-out");
}

void TestCampaignResults::cleanupTestCase()
{
    m_session.reset();
    m_supervisor->disconnect();
    m_server.stop();
}

TestCampaignResults::Outcome TestCampaignResults::load(DataContext *context, const QString &id)
{
    Outcome outcome;
    CampaignResultsLoader loader(context);
    connect(&loader, &CampaignResultsLoader::loaded, this,
            [&outcome](const CampaignResults &results, const ReportSource &source) {
                outcome.loaded.append({results, source});
            });
    connect(&loader, &CampaignResultsLoader::failed, this,
            [&outcome](const Error &error, bool hasData) { outcome.failed = std::pair(error, hasData); });
    loader.load(id);
    // Done when the server has answered (loaded from it) or the failure is in.
    const bool done = QTest::qWaitFor(
        [&] {
            return outcome.failed || std::any_of(outcome.loaded.cbegin(), outcome.loaded.cend(),
                                                 [](const auto &l) { return !l.second.fromCache; });
        },
        60000);
    if (!done)
        qWarning("the loader neither loaded nor failed");
    return outcome;
}

std::optional<store::CachedReport> TestCampaignResults::cached(const QString &id)
{
    std::optional<store::CachedReport> entry;
    bool answered = false;
    QObject receiver;
    if (!cachedreports::read(m_session->context(), CampaignResultsLoader::cacheKey(id), &receiver,
                             [&](const std::optional<store::CachedReport> &report) {
                                 entry = report;
                                 answered = true;
                             }))
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return answered; }, 10000))
        qWarning("the local copy did not answer");
    return entry;
}

void TestCampaignResults::loadedResultsAreTheServers()
{
    int sent = 0, notSent = 0;
    for (const QJsonObject &c : std::as_const(m_campaigns)) {
        const QString id = c.value(QLatin1String("id")).toString();
        const Outcome outcome = load(m_session->context(), id);
        QVERIFY2(!outcome.failed, qPrintable(outcome.failed ? outcome.failed->first.message : QString()));
        QVERIFY(!outcome.loaded.isEmpty());
        const auto &[results, source] = outcome.loaded.constLast();
        QVERIFY(!source.fromCache);
        QVERIFY(source.fetchedAt.isValid());
        const ApiReply reply = m_supervisor->get(QStringLiteral("/api/v1/campaigns/%1/results").arg(id));
        QCOMPARE(reply.status, 200);
        QCOMPARE(comparable(toJson(results)), comparable(reply.json));
        QCOMPARE(results.campaignId, id);
        if (CampaignResultsModels::verdict(results) == CampaignResultsModels::Verdict::NotSent)
            ++notSent;
        else
            ++sent;
    }
    QVERIFY2(sent >= 4, "the demo's sent campaigns have results");
    QVERIFY2(notSent >= 1, "the demo's draft has none");
}

void TestCampaignResults::answersAreKeptInTheLocalCopy()
{
    const Outcome outcome = load(m_session->context(), m_sentId);
    QVERIFY(!outcome.failed);
    // The write goes through the sync thread; the reader sees it once committed (until then, maybe the
    // entry of the previous test's load).
    const QDateTime fetchedAt = outcome.loaded.constLast().second.fetchedAt;
    std::optional<store::CachedReport> entry;
    QTRY_VERIFY_WITH_TIMEOUT((entry = cached(m_sentId)) && entry->fetchedAt == fetchedAt, 10000);
    const QJsonDocument document = QJsonDocument::fromJson(entry->body);
    QVERIFY(document.isObject());
    QCOMPARE(comparable(document.object()), comparable(toJson(outcome.loaded.constLast().first)));
    QCOMPARE(document.object().value(QLatin1String("computed_at")),
             toJson(outcome.loaded.constLast().first).value(QLatin1String("computed_at")));
}

void TestCampaignResults::offlineShowsTheCachedResults()
{
    const Outcome online = load(m_session->context(), m_sentId);
    QVERIFY(!online.failed);
    const ReportSource onlineSource = online.loaded.constLast().second;
    QTRY_VERIFY_WITH_TIMEOUT(cached(m_sentId) && cached(m_sentId)->fetchedAt == onlineSource.fetchedAt,
                             10000);

    // The same local copy, a client whose server is gone (a port nobody listens on).
    QNetworkAccessManager network;
    ApiClient offline(&network);
    offline.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    offline.setTokens(m_session->client()->tokens());
    DataContext context(&offline, m_session->clock());
    context.setLocalData(m_session->reader(), m_session->sync());
    const Outcome outcome = load(&context, m_sentId);
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.failed->first.code, ErrorCode::Network);
    QVERIFY2(outcome.failed->second, "the failure says the cached results are on screen");
    QCOMPARE(outcome.loaded.size(), 1);
    const auto &[results, source] = outcome.loaded.constFirst();
    QVERIFY(source.fromCache);
    QCOMPARE(source.fetchedAt, onlineSource.fetchedAt);
    QCOMPARE(toJson(results), toJson(online.loaded.constLast().first));
    // And they are the server's.
    const ApiReply reply = m_supervisor->get(QStringLiteral("/api/v1/campaigns/%1/results").arg(m_sentId));
    QCOMPARE(comparable(toJson(results)), comparable(reply.json));
}

void TestCampaignResults::offlineWithoutCachedResultsFailsWithoutData()
{
    QNetworkAccessManager network;
    ApiClient offline(&network);
    offline.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    offline.setTokens(m_session->client()->tokens());
    DataContext context(&offline, m_session->clock());
    context.setLocalData(m_session->reader(), m_session->sync());
    const QString never = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Outcome outcome = load(&context, never);
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.failed->first.code, ErrorCode::Network);
    QVERIFY(!outcome.failed->second);
    QVERIFY(outcome.loaded.isEmpty());
}

void TestCampaignResults::unknownCampaignIsNotFound()
{
    const Outcome outcome = load(m_session->context(), QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(outcome.failed);
    QCOMPARE(outcome.failed->first.code, ErrorCode::NotFound);
    QVERIFY(!outcome.failed->second);
    QVERIFY(outcome.loaded.isEmpty());
}

QTEST_MAIN(TestCampaignResults)
#include "tst_campaignresults.moc"
