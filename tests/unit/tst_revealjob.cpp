// RevealJob against a fake network: the request it sends (path, fields, trimmed reason, bearer token),
// the values it passes on (only the fields asked for), refusals before sending (no field, a field the
// subject lacks, a short or long reason, an impossible id) and the server's and network's errors.

#include "domain/codec.h"
#include "fakenetworkaccessmanager.h"
#include "net/apiclient.h"
#include "net/revealjob.h"

#include <QSignalSpy>
#include <QTest>

using namespace gd;
using gd::test::FakeNetworkAccessManager;
using gd::test::FakeResponse;
using gd::test::RecordedRequest;

namespace {

const QString kCitizenId = QStringLiteral("5b0e8a52-0000-4000-8000-0000000000c1");
const QString kEnterpriseId = QStringLiteral("5b0e8a52-0000-4000-8000-0000000000e1");

// The server's answer: the object, unmasked in the fields asked for, with the audit entry.
QJsonObject revealedCitizen(const QJsonObject &request)
{
    const QJsonArray fields = request.value(QStringLiteral("fields")).toArray();
    const bool id = fields.contains(QStringLiteral("id_number"));
    const bool phone = fields.contains(QStringLiteral("phone"));
    return QJsonObject{
        {QStringLiteral("id"), kCitizenId},
        {QStringLiteral("name"), QStringLiteral("张三")},
        {QStringLiteral("id_number"),
         id ? QStringLiteral("350206199204021234") : QStringLiteral("3502**********1234")},
        {QStringLiteral("phone"), phone ? QStringLiteral("13800138000") : QStringLiteral("138****8000")},
        {QStringLiteral("masked"), !(id && phone)},
        {QStringLiteral("audit_seq"), 4711}};
}

template <typename T> T takeResult(QSignalSpy &spy)
{
    const QVariant value = spy.takeFirst().at(0);
    if (value.metaType() != QMetaType::fromType<T>())
        qFatal("unexpected signal argument type %s", value.metaType().name());
    return *static_cast<const T *>(value.constData());
}

RevealRequest request(const QStringList &fields, const QString &reason)
{
    RevealRequest r;
    r.fields_ = fields;
    r.reason = reason;
    return r;
}

} // namespace

class TestRevealJob : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_network = new FakeNetworkAccessManager(this);
        m_client = new ApiClient(m_network, this);
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
        AuthTokens tokens;
        tokens.accessToken = QStringLiteral("access-1");
        tokens.refreshToken = QStringLiteral("refresh-1");
        tokens.tokenType = QStringLiteral("Bearer");
        m_client->setTokens(tokens);
    }

    void cleanup()
    {
        delete m_client;
        delete m_network;
    }

    void revealsOnlyTheFieldsAskedFor()
    {
        const QString path = QStringLiteral("/api/v1/citizens/") + kCitizenId + QStringLiteral("/reveal");
        m_network->on("POST", path, [](const RecordedRequest &r) {
            return FakeResponse::json(200, revealedCitizen(r.json()));
        });
        auto *job =
            new RevealJob(m_client, RevealJob::Subject::Citizen, kCitizenId,
                          request({QStringLiteral("id_number")}, QStringLiteral("  核对身份办理社保  ")));
        QSignalSpy finished(job, &RevealJob::finished);
        job->start();
        QCOMPARE(finished.count(), 0); // never before start() returns
        QVERIFY(finished.wait());
        const auto result = takeResult<Result<RevealedIdentifiers>>(finished);
        QVERIFY(result.ok());
        QCOMPARE(result->idNumber.value_or(QString()), QStringLiteral("350206199204021234"));
        QVERIFY(!result->phone);
        QCOMPARE(result->auditSeq, 4711);

        const RecordedRequest sent = m_network->requests().constFirst();
        QCOMPARE(sent.verb, QByteArray("POST"));
        QCOMPARE(sent.json().value(QStringLiteral("fields")).toArray(),
                 QJsonArray{QStringLiteral("id_number")});
        QCOMPARE(sent.json().value(QStringLiteral("reason")).toString(), QStringLiteral("核对身份办理社保"));
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer access-1"));
    }

    void enterprisePhone()
    {
        const QString path =
            QStringLiteral("/api/v1/enterprises/") + kEnterpriseId + QStringLiteral("/reveal");
        m_network->on(
            "POST", path,
            FakeResponse::json(200, QJsonObject{{QStringLiteral("id"), kEnterpriseId},
                                                {QStringLiteral("phone"), QStringLiteral("0592-5550123")},
                                                {QStringLiteral("masked"), false},
                                                {QStringLiteral("audit_seq"), 9}}));
        auto *job = new RevealJob(m_client, RevealJob::Subject::Enterprise, kEnterpriseId,
                                  request({QStringLiteral("phone")}, QStringLiteral("联系企业核实")));
        QSignalSpy finished(job, &RevealJob::finished);
        job->start();
        QVERIFY(finished.wait());
        const auto result = takeResult<Result<RevealedIdentifiers>>(finished);
        QVERIFY(result.ok());
        QCOMPARE(result->phone.value_or(QString()), QStringLiteral("0592-5550123"));
        QVERIFY(!result->idNumber);
    }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<int>("subject");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        const int citizen = int(RevealJob::Subject::Citizen);
        const int enterprise = int(RevealJob::Subject::Enterprise);
        const int bad = int(ErrorCode::BadRequest);
        QTest::newRow("no field") << citizen << QStringList{} << QStringLiteral("核对身份") << kCitizenId
                                  << bad << QStringLiteral("fields");
        QTest::newRow("unknown field")
            << citizen << QStringList{QStringLiteral("address")} << QStringLiteral("核对身份") << kCitizenId
            << bad << QStringLiteral("fields");
        QTest::newRow("enterprise id_number")
            << enterprise << QStringList{QStringLiteral("id_number")} << QStringLiteral("核对身份")
            << kEnterpriseId << bad << QStringLiteral("fields");
        QTest::newRow("no reason") << citizen << QStringList{QStringLiteral("phone")} << QStringLiteral("   ")
                                   << kCitizenId << bad << QStringLiteral("reason");
        QTest::newRow("short reason")
            << citizen << QStringList{QStringLiteral("phone")} << QStringLiteral(" 查 ") << kCitizenId << bad
            << QStringLiteral("reason");
        QTest::newRow("long reason") << citizen << QStringList{QStringLiteral("phone")}
                                     << QString(201, QLatin1Char('x')) << kCitizenId << bad
                                     << QStringLiteral("reason");
        QTest::newRow("impossible id")
            << citizen << QStringList{QStringLiteral("phone")} << QStringLiteral("核对身份")
            << QStringLiteral("../auth/me") << int(ErrorCode::NotFound) << QString();
    }

    void refusedBeforeSending()
    {
        QFETCH(int, subject);
        QFETCH(QStringList, fields);
        QFETCH(QString, reason);
        QFETCH(QString, id);
        QFETCH(int, code);
        QFETCH(QString, field);
        auto *job = new RevealJob(m_client, RevealJob::Subject(subject), id, request(fields, reason));
        QSignalSpy finished(job, &RevealJob::finished);
        job->start();
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait());
        const auto result = takeResult<Result<RevealedIdentifiers>>(finished);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), code);
        QCOMPARE(result.error().details.value(QStringLiteral("field")).toString(), field);
        QVERIFY(m_network->requests().isEmpty());
    }

    void serverAndNetworkErrors()
    {
        const QString path = QStringLiteral("/api/v1/citizens/") + kCitizenId + QStringLiteral("/reveal");
        const auto run = [&] {
            auto *job = new RevealJob(m_client, RevealJob::Subject::Citizen, kCitizenId,
                                      request({QStringLiteral("phone")}, QStringLiteral("回访核实")));
            QSignalSpy finished(job, &RevealJob::finished);
            job->start();
            if (!finished.wait())
                qFatal("no answer");
            return takeResult<Result<RevealedIdentifiers>>(finished);
        };
        // Outside the caller's scope (or no such citizen).
        m_network->on(
            "POST", path,
            FakeResponse::apiError(404, QStringLiteral("not_found"), QStringLiteral("citizen not found")));
        QCOMPARE(run().error().code, ErrorCode::NotFound);
        // The server's reason check keeps its details.
        m_network->on(
            "POST", path,
            FakeResponse::apiError(400, QStringLiteral("bad_request"),
                                   QStringLiteral("reason: give a reason of 2 to 200 characters"),
                                   QJsonObject{{QStringLiteral("field"), QStringLiteral("reason")}}));
        const auto refused = run();
        QCOMPARE(refused.error().code, ErrorCode::BadRequest);
        QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
        // Offline.
        m_network->on("POST", path, FakeResponse::transport(QNetworkReply::ConnectionRefusedError));
        QCOMPARE(run().error().code, ErrorCode::Network);
        // An answer without the field asked for is not taken for a revealed value.
        m_network->on("POST", path,
                      FakeResponse::json(200, QJsonObject{{QStringLiteral("id"), kCitizenId},
                                                          {QStringLiteral("audit_seq"), 1}}));
        const auto malformed = run();
        QCOMPARE(malformed.error().code, ErrorCode::Internal);
        QCOMPARE(malformed.error().details.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("bad_reply"));
    }

private:
    FakeNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
};

QTEST_GUILESS_MAIN(TestRevealJob)
#include "tst_revealjob.moc"
