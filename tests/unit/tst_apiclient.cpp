// ApiClient and the auth/health jobs against a fake network: decoding, error mapping (server errors,
// transport failures, malformed replies) and the one-shot refresh-and-retry on 401.

#include "domain/codec.h"
#include "fakenetworkaccessmanager.h"
#include "net/apiclient.h"
#include "net/healthjob.h"
#include "net/loginjob.h"
#include "net/logoutjob.h"
#include "net/mejob.h"
#include "net/refreshjob.h"
#include "net/transportfailure.h"

#include <QSignalSpy>
#include <QTest>

using namespace gd;
using gd::test::FakeNetworkAccessManager;
using gd::test::FakeResponse;
using gd::test::RecordedRequest;

namespace {

const QString kLogin = QStringLiteral("/api/v1/auth/login");
const QString kRefresh = QStringLiteral("/api/v1/auth/refresh");
const QString kLogout = QStringLiteral("/api/v1/auth/logout");
const QString kMe = QStringLiteral("/api/v1/auth/me");
const QString kHealth = QStringLiteral("/api/v1/health");

StaffUser officer()
{
    StaffUser user;
    user.id = QStringLiteral("5b0e8a52-0000-4000-8000-000000000001");
    user.username = QStringLiteral("officer_wjw");
    user.displayName = QStringLiteral("王芳");
    user.role = QStringLiteral("officer");
    user.departmentId = QStringLiteral("wjw");
    user.departmentName = QStringLiteral("市卫生健康委员会");
    return user;
}

AuthTokens tokens(const QString &access, const QString &refresh)
{
    AuthTokens t;
    t.accessToken = access;
    t.tokenType = QStringLiteral("Bearer");
    t.expiresIn = 900;
    t.refreshToken = refresh;
    t.refreshExpiresIn = 86400;
    t.user = officer();
    return t;
}

// The first recorded finished() argument. (qvariant_cast needs a default constructor; Result has none.)
template <typename T> T takeResult(QSignalSpy &spy)
{
    const QVariant value = spy.takeFirst().at(0);
    if (value.metaType() != QMetaType::fromType<T>())
        qFatal("unexpected signal argument type %s", value.metaType().name());
    return *static_cast<const T *>(value.constData());
}

} // namespace

class TestApiClient : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loginSuccessDecodesTokensAndUser();
    void wrongPasswordIsUnauthorized();
    void lockedAccountKeepsRetryAfter();
    void tooManyRequestsReadsRetryAfterHeader();
    void totpRequiredThenCodeSent();
    void transportFailures_data();
    void transportFailures();
    void malformedJsonIsInternalNotCrash();
    void wrongShapeIsInternalNamingTheField();
    void httpErrorWithoutErrorBody();
    void expiredAccessTokenRefreshesOnceAndRetries();
    void refreshFailureSurfacesUnauthorizedWithoutLoop();
    void secondUnauthorizedAfterRefreshIsNotRetriedAgain();
    void concurrentCallsShareOneRefresh();
    void refreshWhileOfflineKeepsSession();
    void logoutClearsTokens();
    void logoutClearsTokensEvenWhenServerUnreachable();
    void healthOkAndDegraded();
    void baseUrlPathPrefixIsKept();
    void parseServerAddress_data();
    void parseServerAddress();

private:
    FakeNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
};

void TestApiClient::init()
{
    m_network = new FakeNetworkAccessManager(this);
    m_client = new ApiClient(m_network, this);
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
}

void TestApiClient::cleanup()
{
    delete m_client;
    delete m_network;
}

void TestApiClient::loginSuccessDecodesTokensAndUser()
{
    m_network->on("POST", kLogin,
                  FakeResponse::json(200, toJson(tokens(QStringLiteral("a1"), QStringLiteral("r1")))));
    QSignalSpy tokensChanged(m_client, &ApiClient::tokensChanged);
    auto *job = new LoginJob(m_client,
                             LoginRequest{QStringLiteral("officer_wjw"), QStringLiteral("GovDesk!2026"), {}});
    QSignalSpy finished(job, &LoginJob::finished);
    job->start();
    QVERIFY(finished.wait());
    const auto result = takeResult<Result<AuthTokens>>(finished);
    QVERIFY(result.ok());
    QCOMPARE(result->accessToken, QStringLiteral("a1"));
    QCOMPARE(result->refreshToken, QStringLiteral("r1"));
    QCOMPARE(result->expiresIn, qint64(900));
    QCOMPARE(result->user.displayName, QStringLiteral("王芳"));
    QCOMPARE(result->user.departmentName.value_or(QString()), QStringLiteral("市卫生健康委员会"));
    QVERIFY(m_client->isSignedIn());
    QCOMPARE(m_client->tokens().accessToken, QStringLiteral("a1"));
    QCOMPARE(tokensChanged.count(), 1);

    const RecordedRequest sent = m_network->requests().constFirst();
    QCOMPARE(sent.json().value(QStringLiteral("username")).toString(), QStringLiteral("officer_wjw"));
    QCOMPARE(sent.json().value(QStringLiteral("password")).toString(), QStringLiteral("GovDesk!2026"));
    QVERIFY(sent.json().value(QStringLiteral("totp")).isNull());
    QCOMPARE(sent.header("User-Agent"), QByteArray("GovDesk/" GOVDESK_VERSION));
    QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(sent.header("Authorization").isEmpty());
    QVERIFY(sent.request.transferTimeout() > 0);
    QCOMPARE(m_client->connectionState(), ApiClient::ConnectionState::Online);
}

void TestApiClient::wrongPasswordIsUnauthorized()
{
    m_network->on("POST", kLogin,
                  FakeResponse::apiError(401, QStringLiteral("unauthorized"),
                                         QStringLiteral("wrong username or password")));
    auto *job = new LoginJob(m_client, LoginRequest{QStringLiteral("admin"), QStringLiteral("nope"), {}});
    QSignalSpy finished(job, &LoginJob::finished);
    job->start();
    QVERIFY(finished.wait());
    const auto result = takeResult<Result<AuthTokens>>(finished);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
    QCOMPARE(result.error().details.value(QStringLiteral("http_status")).toInt(), 401);
    QVERIFY(!m_client->isSignedIn());
    // A failed sign-in is not retried through the refresh path.
    QCOMPARE(m_network->count("POST", kLogin), 1);
    QCOMPARE(m_network->count("POST", kRefresh), 0);
}

void TestApiClient::lockedAccountKeepsRetryAfter()
{
    m_network->on("POST", kLogin,
                  FakeResponse::apiError(423, QStringLiteral("account_locked"), QStringLiteral("locked"),
                                         QJsonObject{{QStringLiteral("retry_after_seconds"), 600}})
                      .withHeader("Retry-After", "600"));
    auto *job = new LoginJob(m_client, LoginRequest{QStringLiteral("admin"), QStringLiteral("x"), {}});
    QSignalSpy finished(job, &LoginJob::finished);
    job->start();
    QVERIFY(finished.wait());
    const auto result = takeResult<Result<AuthTokens>>(finished);
    QCOMPARE(result.error().code, ErrorCode::Locked);
    QCOMPARE(result.error().details.value(QStringLiteral("retry_after_seconds")).toInteger(), qint64(600));
}

void TestApiClient::tooManyRequestsReadsRetryAfterHeader()
{
    m_network->on(
        "POST", kLogin,
        FakeResponse::apiError(429, QStringLiteral("too_many_requests")).withHeader("Retry-After", "42"));
    auto *job = new LoginJob(m_client, LoginRequest{QStringLiteral("admin"), QStringLiteral("x"), {}});
    QSignalSpy finished(job, &LoginJob::finished);
    job->start();
    QVERIFY(finished.wait());
    const auto result = takeResult<Result<AuthTokens>>(finished);
    QCOMPARE(result.error().code, ErrorCode::TooManyRequests);
    QCOMPARE(result.error().details.value(QStringLiteral("retry_after_seconds")).toInteger(), qint64(42));
}

void TestApiClient::totpRequiredThenCodeSent()
{
    m_network->on("POST", kLogin, [](const RecordedRequest &request) {
        const QJsonValue totp = request.json().value(QStringLiteral("totp"));
        if (totp.isNull())
            return FakeResponse::apiError(401, QStringLiteral("totp_required"));
        if (totp.toString() != QLatin1String("123456"))
            return FakeResponse::apiError(401, QStringLiteral("totp_required"), {},
                                          QJsonObject{{QStringLiteral("totp_invalid"), true}});
        return FakeResponse::json(200, toJson(tokens(QStringLiteral("a1"), QStringLiteral("r1"))));
    });

    auto *first =
        new LoginJob(m_client, LoginRequest{QStringLiteral("totp_admin"), QStringLiteral("pw"), {}});
    QSignalSpy firstFinished(first, &LoginJob::finished);
    first->start();
    QVERIFY(firstFinished.wait());
    QCOMPARE(takeResult<Result<AuthTokens>>(firstFinished).error().code, ErrorCode::TotpRequired);

    auto *wrong = new LoginJob(
        m_client, LoginRequest{QStringLiteral("totp_admin"), QStringLiteral("pw"), QStringLiteral("000000")});
    QSignalSpy wrongFinished(wrong, &LoginJob::finished);
    wrong->start();
    QVERIFY(wrongFinished.wait());
    const auto invalid = takeResult<Result<AuthTokens>>(wrongFinished);
    QCOMPARE(invalid.error().code, ErrorCode::TotpRequired);
    QVERIFY(invalid.error().details.value(QStringLiteral("totp_invalid")).toBool());

    auto *right = new LoginJob(
        m_client, LoginRequest{QStringLiteral("totp_admin"), QStringLiteral("pw"), QStringLiteral("123456")});
    QSignalSpy rightFinished(right, &LoginJob::finished);
    right->start();
    QVERIFY(rightFinished.wait());
    QVERIFY(takeResult<Result<AuthTokens>>(rightFinished).ok());
    QCOMPARE(m_network->requests().constLast().json().value(QStringLiteral("totp")).toString(),
             QStringLiteral("123456"));
}

void TestApiClient::transportFailures_data()
{
    QTest::addColumn<int>("qtError");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<bool>("tlsErrors");
    QTest::addColumn<int>("failure");
    QTest::newRow("connection refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << false
                                        << int(TransportFailure::ConnectionRefused);
    QTest::newRow("host not found") << int(QNetworkReply::HostNotFoundError) << 0 << false
                                    << int(TransportFailure::HostNotFound);
    QTest::newRow("socket timeout") << int(QNetworkReply::TimeoutError) << 0 << false
                                    << int(TransportFailure::Timeout);
    QTest::newRow("transfer timeout")
        << int(QNetworkReply::NoError) << 60000 << false << int(TransportFailure::Timeout);
    QTest::newRow("tls certificate") << int(QNetworkReply::SslHandshakeFailedError) << 0 << true
                                     << int(TransportFailure::Tls);
    QTest::newRow("connection dropped")
        << int(QNetworkReply::RemoteHostClosedError) << 0 << false << int(TransportFailure::Other);
}

void TestApiClient::transportFailures()
{
    QFETCH(int, qtError);
    QFETCH(int, delayMs);
    QFETCH(bool, tlsErrors);
    QFETCH(int, failure);
    FakeResponse response = delayMs > 0 ? FakeResponse::json(200, {}).withDelay(delayMs)
                                        : FakeResponse::transport(QNetworkReply::NetworkError(qtError));
    response.tlsErrors = tlsErrors;
    m_network->on("GET", kHealth, response);
    m_client->setTimeout(std::chrono::milliseconds(200));
    QSignalSpy stateChanged(m_client, &ApiClient::connectionStateChanged);

    auto *job = new HealthJob(m_client);
    QSignalSpy finished(job, &HealthJob::finished);
    job->start();
    QVERIFY(finished.wait(5000));
    const auto result = takeResult<Result<ServerHealth>>(finished);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Network);
    QCOMPARE(int(transportFailureOf(result.error())), failure);
    if (tlsErrors)
        QVERIFY(!result.error().details.value(QStringLiteral("tls_errors")).toArray().isEmpty());
    QCOMPARE(m_client->connectionState(), ApiClient::ConnectionState::Offline);
    QCOMPARE(stateChanged.count(), 1);
}

void TestApiClient::malformedJsonIsInternalNotCrash()
{
    FakeResponse broken;
    broken.status = 200;
    broken.body = QByteArrayLiteral("{\"access_token\": \"a1\", ");
    m_network->on("POST", kLogin, broken);
    auto *job = new LoginJob(m_client, LoginRequest{QStringLiteral("admin"), QStringLiteral("pw"), {}});
    QSignalSpy finished(job, &LoginJob::finished);
    job->start();
    QVERIFY(finished.wait());
    const auto result = takeResult<Result<AuthTokens>>(finished);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Internal);
    QCOMPARE(result.error().details.value(QStringLiteral("kind")).toString(), QStringLiteral("bad_reply"));
    QVERIFY(result.error().message.contains(QLatin1String("JSON")));
    QVERIFY(!m_client->isSignedIn());
}

void TestApiClient::wrongShapeIsInternalNamingTheField()
{
    QJsonObject reply = toJson(tokens(QStringLiteral("a1"), QStringLiteral("r1")));
    reply.remove(QStringLiteral("access_token"));
    m_network->on("POST", kLogin, FakeResponse::json(200, reply));
    auto *job = new LoginJob(m_client, LoginRequest{QStringLiteral("admin"), QStringLiteral("pw"), {}});
    QSignalSpy finished(job, &LoginJob::finished);
    job->start();
    QVERIFY(finished.wait());
    const auto result = takeResult<Result<AuthTokens>>(finished);
    QCOMPARE(result.error().code, ErrorCode::Internal);
    QVERIFY2(result.error().message.contains(QLatin1String("access_token")),
             qPrintable(result.error().message));
}

void TestApiClient::httpErrorWithoutErrorBody()
{
    FakeResponse gateway;
    gateway.status = 502;
    gateway.body = QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>");
    m_network->on("GET", kMe, gateway);
    m_client->setTokens(tokens(QStringLiteral("a1"), QStringLiteral("r1")));
    auto *job = new MeJob(m_client);
    QSignalSpy finished(job, &MeJob::finished);
    job->start();
    QVERIFY(finished.wait());
    const auto result = takeResult<Result<StaffUser>>(finished);
    QCOMPARE(result.error().code, ErrorCode::Unavailable);
    QCOMPARE(result.error().details.value(QStringLiteral("http_status")).toInt(), 502);
}

void TestApiClient::expiredAccessTokenRefreshesOnceAndRetries()
{
    m_client->setTokens(tokens(QStringLiteral("old-access"), QStringLiteral("r1")));
    m_network->on("GET", kMe, [](const RecordedRequest &request) {
        if (request.header("Authorization") != "Bearer new-access")
            return FakeResponse::apiError(401, QStringLiteral("unauthorized"),
                                          QStringLiteral("token expired"));
        return FakeResponse::json(200, toJson(officer()));
    });
    m_network->on("POST", kRefresh, [](const RecordedRequest &request) {
        if (request.json().value(QStringLiteral("refresh_token")).toString() != QLatin1String("r1"))
            return FakeResponse::apiError(401, QStringLiteral("unauthorized"));
        return FakeResponse::json(200, toJson(tokens(QStringLiteral("new-access"), QStringLiteral("r2"))));
    });
    QSignalSpy expired(m_client, &ApiClient::sessionExpired);

    auto *job = new MeJob(m_client);
    QSignalSpy finished(job, &MeJob::finished);
    job->start();
    QVERIFY(finished.wait());
    const auto result = takeResult<Result<StaffUser>>(finished);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->username, QStringLiteral("officer_wjw"));

    const QList<RecordedRequest> sent = m_network->requests();
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.at(0).header("Authorization"), QByteArray("Bearer old-access"));
    QCOMPARE(sent.at(1).path, kRefresh);
    QVERIFY(sent.at(1).header("Authorization").isEmpty());
    QCOMPARE(sent.at(2).header("Authorization"), QByteArray("Bearer new-access"));
    // The refresh token rotated.
    QCOMPARE(m_client->tokens().accessToken, QStringLiteral("new-access"));
    QCOMPARE(m_client->tokens().refreshToken, QStringLiteral("r2"));
    QCOMPARE(expired.count(), 0);
}

void TestApiClient::refreshFailureSurfacesUnauthorizedWithoutLoop()
{
    m_client->setTokens(tokens(QStringLiteral("old-access"), QStringLiteral("dead-refresh")));
    m_network->on("GET", kMe, FakeResponse::apiError(401, QStringLiteral("unauthorized")));
    m_network->on("POST", kRefresh, FakeResponse::apiError(401, QStringLiteral("unauthorized")));
    QSignalSpy expired(m_client, &ApiClient::sessionExpired);

    auto *job = new MeJob(m_client);
    QSignalSpy finished(job, &MeJob::finished);
    job->start();
    QVERIFY(finished.wait());
    const auto result = takeResult<Result<StaffUser>>(finished);
    QCOMPARE(result.error().code, ErrorCode::Unauthorized);
    QCOMPARE(m_network->count("GET", kMe), 1);
    QCOMPARE(m_network->count("POST", kRefresh), 1);
    QCOMPARE(expired.count(), 1);
    QVERIFY(!m_client->isSignedIn());
    QVERIFY(m_client->tokens().refreshToken.isEmpty());
    // Nothing else is on the wire afterwards.
    QTest::qWait(50);
    QCOMPARE(m_network->requests().size(), 2);
}

void TestApiClient::secondUnauthorizedAfterRefreshIsNotRetriedAgain()
{
    m_client->setTokens(tokens(QStringLiteral("old-access"), QStringLiteral("r1")));
    m_network->on("GET", kMe, FakeResponse::apiError(401, QStringLiteral("unauthorized")));
    m_network->on("POST", kRefresh,
                  FakeResponse::json(200, toJson(tokens(QStringLiteral("new"), QStringLiteral("r2")))));

    auto *job = new MeJob(m_client);
    QSignalSpy finished(job, &MeJob::finished);
    job->start();
    QVERIFY(finished.wait());
    QCOMPARE(takeResult<Result<StaffUser>>(finished).error().code, ErrorCode::Unauthorized);
    QCOMPARE(m_network->count("GET", kMe), 2);
    QCOMPARE(m_network->count("POST", kRefresh), 1);
    QTest::qWait(50);
    QCOMPARE(m_network->requests().size(), 3);
}

void TestApiClient::concurrentCallsShareOneRefresh()
{
    m_client->setTokens(tokens(QStringLiteral("old-access"), QStringLiteral("r1")));
    m_network->on("GET", kMe, [](const RecordedRequest &request) {
        if (request.header("Authorization") != "Bearer new-access")
            return FakeResponse::apiError(401, QStringLiteral("unauthorized"));
        return FakeResponse::json(200, toJson(officer()));
    });
    m_network->on("POST", kRefresh,
                  FakeResponse::json(200, toJson(tokens(QStringLiteral("new-access"), QStringLiteral("r2"))))
                      .withDelay(20));

    auto *first = new MeJob(m_client);
    auto *second = new MeJob(m_client);
    QSignalSpy firstFinished(first, &MeJob::finished);
    QSignalSpy secondFinished(second, &MeJob::finished);
    first->start();
    second->start();
    QTRY_COMPARE(firstFinished.count() + secondFinished.count(), 2);
    QVERIFY(takeResult<Result<StaffUser>>(firstFinished).ok());
    QVERIFY(takeResult<Result<StaffUser>>(secondFinished).ok());
    QCOMPARE(m_network->count("POST", kRefresh), 1);
    QCOMPARE(m_network->count("GET", kMe), 4);
}

void TestApiClient::refreshWhileOfflineKeepsSession()
{
    m_client->setTokens(tokens(QStringLiteral("old-access"), QStringLiteral("r1")));
    m_network->on("GET", kMe, FakeResponse::apiError(401, QStringLiteral("unauthorized")));
    m_network->on("POST", kRefresh, FakeResponse::transport(QNetworkReply::ConnectionRefusedError));
    QSignalSpy expired(m_client, &ApiClient::sessionExpired);

    auto *job = new MeJob(m_client);
    QSignalSpy finished(job, &MeJob::finished);
    job->start();
    QVERIFY(finished.wait());
    const auto result = takeResult<Result<StaffUser>>(finished);
    QCOMPARE(result.error().code, ErrorCode::Network);
    // The server could not be asked, so the session is not over.
    QCOMPARE(expired.count(), 0);
    QCOMPARE(m_client->tokens().refreshToken, QStringLiteral("r1"));
}

void TestApiClient::logoutClearsTokens()
{
    m_client->setTokens(tokens(QStringLiteral("a1"), QStringLiteral("r1")));
    m_network->on("POST", kLogout, FakeResponse::noContent());
    auto *job = new LogoutJob(m_client);
    QSignalSpy finished(job, &LogoutJob::finished);
    job->start();
    QVERIFY(finished.wait());
    QVERIFY(takeResult<Result<void>>(finished).ok());
    QCOMPARE(m_network->requests().constFirst().header("Authorization"), QByteArray("Bearer a1"));
    QVERIFY(!m_client->isSignedIn());
    QVERIFY(m_client->tokens().refreshToken.isEmpty());
}

void TestApiClient::logoutClearsTokensEvenWhenServerUnreachable()
{
    m_client->setTokens(tokens(QStringLiteral("a1"), QStringLiteral("r1")));
    m_network->on("POST", kLogout, FakeResponse::transport(QNetworkReply::HostNotFoundError));
    auto *job = new LogoutJob(m_client);
    QSignalSpy finished(job, &LogoutJob::finished);
    job->start();
    QVERIFY(finished.wait());
    QCOMPARE(takeResult<Result<void>>(finished).error().code, ErrorCode::Network);
    QVERIFY(!m_client->isSignedIn());
}

void TestApiClient::healthOkAndDegraded()
{
    const QJsonObject ok{{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("version"), QStringLiteral("0.1.0")},
                         {QStringLiteral("database"), QStringLiteral("sqlite")},
                         {QStringLiteral("time"), QStringLiteral("2026-11-24T13:10:00.000Z")}};
    m_network->on("GET", kHealth, FakeResponse::json(200, ok));
    auto *job = new HealthJob(m_client);
    QSignalSpy finished(job, &HealthJob::finished);
    job->start();
    QVERIFY(finished.wait());
    const auto healthy = takeResult<Result<ServerHealth>>(finished);
    QVERIFY(healthy.ok());
    QVERIFY(healthy->isOk());
    QCOMPARE(healthy->database, QStringLiteral("sqlite"));
    QCOMPARE(healthy->time, QDateTime(QDate(2026, 11, 24), QTime(13, 10), Qt::UTC));
    QVERIFY(m_network->requests().constFirst().header("Authorization").isEmpty());

    QJsonObject degraded = ok;
    degraded.insert(QStringLiteral("status"), QStringLiteral("degraded"));
    m_network->on("GET", kHealth, FakeResponse::json(503, degraded));
    auto *second = new HealthJob(m_client);
    QSignalSpy secondFinished(second, &HealthJob::finished);
    second->start();
    QVERIFY(secondFinished.wait());
    const auto sick = takeResult<Result<ServerHealth>>(secondFinished);
    QVERIFY(sick.ok());
    QVERIFY(!sick->isOk());
}

void TestApiClient::baseUrlPathPrefixIsKept()
{
    m_client->setBaseUrl(QUrl(QStringLiteral("https://gov.example.cn/govdesk/")));
    m_network->on("GET", QStringLiteral("/govdesk/api/v1/health"), FakeResponse::json(200, {}));
    auto *job = new HealthJob(m_client);
    QSignalSpy finished(job, &HealthJob::finished);
    job->start();
    QVERIFY(finished.wait());
    QCOMPARE(m_network->requests().constFirst().request.url().toString(),
             QStringLiteral("https://gov.example.cn/govdesk/api/v1/health"));
}

void TestApiClient::parseServerAddress_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty = rejected
    QTest::newRow("https") << QStringLiteral("https://govdesk.example.gov.cn")
                           << QStringLiteral("https://govdesk.example.gov.cn");
    QTest::newRow("no scheme remote")
        << QStringLiteral("govdesk.example.gov.cn") << QStringLiteral("https://govdesk.example.gov.cn");
    QTest::newRow("no scheme loopback")
        << QStringLiteral("127.0.0.1:8470") << QStringLiteral("http://127.0.0.1:8470");
    QTest::newRow("localhost") << QStringLiteral("localhost:8470") << QStringLiteral("http://localhost:8470");
    QTest::newRow("trailing slash") << QStringLiteral(" http://10.0.0.5:8470/ ")
                                    << QStringLiteral("http://10.0.0.5:8470");
    QTest::newRow("upper-case scheme")
        << QStringLiteral("HTTPS://gov.example.cn") << QStringLiteral("https://gov.example.cn");
    QTest::newRow("ftp") << QStringLiteral("ftp://gov.example.cn") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("query") << QStringLiteral("https://gov.example.cn/?a=1") << QString();
    QTest::newRow("credentials") << QStringLiteral("https://user:pw@gov.example.cn") << QString();
}

void TestApiClient::parseServerAddress()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const std::optional<QUrl> url = ApiClient::parseServerAddress(input);
    QCOMPARE(url ? url->toString() : QString(), expected);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
