// Integration: AudienceCounter (issue 7) — the client's live audience count — against the real
// govdesk-server (SQLite, 2000 demo citizens), through the GUI's ApiClient on a request-counting network
// manager: the count, sample and day equal what POST /api/v1/audiences/count answers directly for the
// builder's expressions, as the city admin and as a district supervisor; a burst of edits makes one
// request and answers the last expression only; an edit while a request is out drops the earlier answer
// (also one made from a slot of the client's own signals while the call finishes);
// without a client, signed out and with the server unreachable the counter fails (Unavailable at once,
// Network); an unknown tag is the server's BadRequest; the AudienceBuilderWidget shows the count and the
// masked sample (offscreen), and counts again by itself when the session signs in.

#include "apitestclient.h"
#include "serverprocess.h"
#include "staffclients.h"

#include "core/systemclock.h"
#include "domain/codec.h"
#include "models/audiencebuilder.h"
#include "models/audiencecounter.h"
#include "models/datacontext.h"
#include "net/apiclient.h"
#include "ui/audiencebuilderwidget.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <functional>

using namespace gd;
using namespace gd::test;
using TagMode = AudienceBuilder::TagMode;

namespace {

const QString kCountPath = QStringLiteral("/api/v1/audiences/count");

// Counts the requests the client puts on the wire (per path) and tells onRequest about each.
class CountingNetwork : public QNetworkAccessManager {
public:
    QHash<QString, int> requests;
    std::function<void(const QString &path)> onRequest;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        const QString path = request.url().path();
        ++requests[path];
        if (onRequest)
            onRequest(path);
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<AudienceBuilder> builders()
{
    QList<AudienceBuilder> out;
    out.append(AudienceBuilder()); // everyone
    AudienceBuilder pregnant;
    pregnant.addTag(QStringLiteral("t_pregnant"), TagMode::Required);
    out.append(pregnant);
    AudienceBuilder huliWomen;
    huliWomen.addRegion(QStringLiteral("350206"));
    huliWomen.setGender(AudienceBuilder::Gender::Female);
    huliWomen.setAgeRange(20, 45);
    huliWomen.addTag(QStringLiteral("t_car_owner"), TagMode::Excluded);
    out.append(huliWomen);
    AudienceBuilder anyOf;
    anyOf.addTag(QStringLiteral("t_elderly_home"), TagMode::AnyOf);
    anyOf.addTag(QStringLiteral("t_disabled"), TagMode::AnyOf);
    anyOf.addRegion(QStringLiteral("350203"));
    anyOf.addRegion(QStringLiteral("350206"));
    anyOf.setRealnameLevelRange(2, std::nullopt);
    out.append(anyOf);
    AudienceBuilder lifeEvent;
    lifeEvent.setLifeEvent(AudienceBuilder::LifeEvent{QStringLiteral("t_pregnant"), 56, 84});
    out.append(lifeEvent);
    return out;
}

struct Counted {
    qint64 count = -1;
    QList<AudienceMember> sample;
    QDate asOf;
};

Counted countedAt(const QSignalSpy &spy, qsizetype i)
{
    const QList<QVariant> args = spy.at(i);
    return {args.at(0).toLongLong(), args.at(1).value<QList<AudienceMember>>(), args.at(3).toDate()};
}

} // namespace

class TestAudienceCounter : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    StaffClients m_staff{m_server};
    SystemClock m_clock;

    struct Session {
        CountingNetwork network;
        std::unique_ptr<ApiClient> client;
        std::unique_ptr<DataContext> context;
    };

    std::unique_ptr<Session> signedIn(const QString &username)
    {
        auto session = std::make_unique<Session>();
        session->client = std::make_unique<ApiClient>(&session->network);
        session->client->setBaseUrl(QUrl(m_server.baseUrl()));
        ApiTestClient login(m_server.port());
        ApiReply reply;
        login.login(username, QStringLiteral("GovDesk!2026"), &reply);
        const Result<AuthTokens> tokens = fromJson<AuthTokens>(reply.json);
        if (!tokens || tokens->accessToken.isEmpty())
            qWarning("%s could not sign in", qPrintable(username));
        else
            session->client->setTokens(*tokens);
        session->context = std::make_unique<DataContext>(session->client.get(), m_clock);
        return session;
    }

    ApiReply direct(const QString &username, const QJsonObject &expression)
    {
        return m_staff.as(username).post(kCountPath, {{QStringLiteral("expression"), expression},
                                                      {QStringLiteral("sample"), kAudienceDefaultSample}});
    }

    // The counter's answer for one expression equals the server's direct answer.
    void compareWithServer(const QString &username)
    {
        const auto session = signedIn(username);
        AudienceCounter counter(session->context.get());
        counter.setDelay(0);
        QSignalSpy counted(&counter, &AudienceCounter::counted);
        QSignalSpy failed(&counter, &AudienceCounter::failed);
        int nonZero = 0;
        for (const AudienceBuilder &b : builders()) {
            const QJsonObject e = b.expression();
            const ApiReply r = direct(username, e);
            QVERIFY2(r.status == 200, r.body.constData());
            counted.clear();
            counter.setExpression(e);
            QVERIFY(counter.isBusy());
            QVERIFY2(counted.wait(20000), qPrintable(compact(e)));
            QCOMPARE(counted.size(), 1);
            QVERIFY(!counter.isBusy());
            const Counted c = countedAt(counted, 0);
            QCOMPARE(c.count, r.json.value(QStringLiteral("count")).toInteger());
            QCOMPARE(c.asOf,
                     QDate::fromString(r.json.value(QStringLiteral("as_of")).toString(), Qt::ISODate));
            const QJsonArray sample = r.json.value(QStringLiteral("sample")).toArray();
            QCOMPARE(c.sample.size(), sample.size());
            for (qsizetype i = 0; i < sample.size(); ++i) {
                const QJsonObject m = sample.at(i).toObject();
                QCOMPARE(c.sample.at(i).id, m.value(QStringLiteral("id")).toString());
                QCOMPARE(c.sample.at(i).name, m.value(QStringLiteral("name")).toString());
                QCOMPARE(c.sample.at(i).districtCode, m.value(QStringLiteral("district_code")).toString());
            }
            QVERIFY(counted.at(0).at(2).toDouble() >= 0);
            nonZero += c.count > 0 ? 1 : 0;
        }
        QCOMPARE(failed.size(), 0);
        QVERIFY(nonZero >= 3);
        QCOMPARE(session->network.requests.value(kCountPath), int(builders().size()));
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void countEqualsTheServer() { compareWithServer(QStringLiteral("admin")); }
    void countEqualsTheServerInADistrict() { compareWithServer(QStringLiteral("supervisor_huli")); }

    void burstAnswersTheLastExpressionOnce()
    {
        const auto session = signedIn(QStringLiteral("admin"));
        AudienceCounter counter(session->context.get());
        QCOMPARE(counter.delay(), AudienceCounter::kDefaultDelayMs);
        QSignalSpy counted(&counter, &AudienceCounter::counted);
        QSignalSpy failed(&counter, &AudienceCounter::failed);
        QSignalSpy busy(&counter, &AudienceCounter::busyChanged);
        const QList<AudienceBuilder> all = builders();
        // Edits faster than the debounce: one request, for the last expression.
        for (const AudienceBuilder &b : all)
            counter.setExpression(b.expression());
        QVERIFY(counted.wait(20000));
        const qint64 expected = direct(QStringLiteral("admin"), all.constLast().expression())
                                    .json.value(QStringLiteral("count"))
                                    .toInteger();
        QCOMPARE(countedAt(counted, 0).count, expected);
        QCOMPARE(session->network.requests.value(kCountPath), 1);
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);

        // An edit while a request is out: the earlier answer is dropped (its request abandoned). The edit
        // is posted when the request is made, so it runs before any part of the answer can arrive.
        counter.setDelay(0);
        counted.clear();
        QVERIFY(direct(QStringLiteral("admin"), all.at(1).expression()).json.value(QStringLiteral("count")) !=
                direct(QStringLiteral("admin"), all.at(2).expression()).json.value(QStringLiteral("count")));
        bool edited = false;
        session->network.onRequest = [&counter, &all, &edited](const QString &path) {
            if (path != kCountPath || edited)
                return;
            edited = true;
            QMetaObject::invokeMethod(
                &counter, [&counter, &all] { counter.setExpression(all.at(2).expression()); },
                Qt::QueuedConnection);
        };
        counter.setExpression(all.at(1).expression());
        QVERIFY(counted.wait(20000));
        QCOMPARE(session->network.requests.value(kCountPath), 3);
        // One more full round trip: anything the first request could still bring would be here by now.
        counter.setExpression(all.at(3).expression());
        QTRY_COMPARE(counted.size(), 2);
        QCOMPARE(countedAt(counted, 0).count, direct(QStringLiteral("admin"), all.at(2).expression())
                                                  .json.value(QStringLiteral("count"))
                                                  .toInteger());
        QCOMPARE(countedAt(counted, 1).count, direct(QStringLiteral("admin"), all.at(3).expression())
                                                  .json.value(QStringLiteral("count"))
                                                  .toInteger());
        QCOMPARE(session->network.requests.value(kCountPath), 4);
        QCOMPARE(failed.size(), 0);

        // countNow() skips the debounce; clear() forgets the pending count.
        counter.setDelay(60000);
        counted.clear();
        counter.countNow();
        QVERIFY(counted.wait(20000));
        counter.setExpression(all.at(0).expression());
        QVERIFY(counter.isBusy());
        counter.clear();
        QVERIFY(!counter.isBusy());
        QCOMPARE(session->network.requests.value(kCountPath), 5);
    }

    void editFromInsideTheCallsSignals()
    {
        // The client says it is online while the call finishes (before its finished()); a slot of that
        // edits: the running call is abandoned safely and the new expression answered.
        const auto session = signedIn(QStringLiteral("admin"));
        AudienceCounter counter(session->context.get());
        counter.setDelay(0);
        QSignalSpy counted(&counter, &AudienceCounter::counted);
        const QList<AudienceBuilder> all = builders();
        bool edited = false;
        connect(session->client.get(), &ApiClient::connectionStateChanged, &counter,
                [&](ApiClient::ConnectionState state) {
                    if (state == ApiClient::ConnectionState::Online && !edited) {
                        edited = true;
                        counter.setExpression(all.at(2).expression());
                    }
                });
        counter.setExpression(all.at(1).expression());
        QVERIFY(counted.wait(20000));
        QVERIFY(edited);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(countedAt(counted, 0).count, direct(QStringLiteral("admin"), all.at(2).expression())
                                                  .json.value(QStringLiteral("count"))
                                                  .toInteger());
    }

    void unavailableWithoutTheServer()
    {
        // No client at all: Unavailable at once, before any debounce, never busy.
        {
            AudienceCounter counter(nullptr);
            QSignalSpy failed(&counter, &AudienceCounter::failed);
            QSignalSpy busy(&counter, &AudienceCounter::busyChanged);
            counter.setDelay(60000);
            counter.setExpression(AudienceBuilder().expression());
            QVERIFY(failed.wait(1000));
            QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::Unavailable);
            QCOMPARE(busy.size(), 0);
        }
        // A context whose client is signed out.
        {
            CountingNetwork network;
            ApiClient client(&network);
            client.setBaseUrl(QUrl(m_server.baseUrl()));
            DataContext context(&client, m_clock);
            AudienceCounter counter(&context);
            counter.setDelay(60000);
            QSignalSpy failed(&counter, &AudienceCounter::failed);
            QSignalSpy counted(&counter, &AudienceCounter::counted);
            counter.setExpression(AudienceBuilder().expression());
            counter.setExpression(AudienceBuilder().expression()); // the first one's answer is dropped
            QVERIFY(failed.wait(1000));
            QCOMPARE(failed.size(), 1);
            QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::Unavailable);
            QCOMPARE(network.requests.value(kCountPath), 0);
            QCOMPARE(counted.size(), 0);
        }
        // Signed in, but nothing answers at the address: the network's error.
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            const quint16 port = closed.serverPort();
            closed.close();
            const auto session = signedIn(QStringLiteral("admin"));
            session->client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
            AudienceCounter counter(session->context.get());
            counter.setDelay(0);
            QSignalSpy failed(&counter, &AudienceCounter::failed);
            counter.setExpression(AudienceBuilder().expression());
            QVERIFY(failed.wait(20000));
            QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::Network);
            QVERIFY(!counter.isBusy());
        }
    }

    void serverRefusesAnUnknownTag()
    {
        const auto session = signedIn(QStringLiteral("admin"));
        AudienceCounter counter(session->context.get());
        counter.setDelay(0);
        QSignalSpy failed(&counter, &AudienceCounter::failed);
        AudienceBuilder b;
        b.addTag(QStringLiteral("t_pregnant"), TagMode::Required);
        b.addTag(QStringLiteral("t_no_such_tag"), TagMode::Excluded);
        counter.setExpression(b.expression());
        QVERIFY(failed.wait(20000));
        const Error error = failed.at(0).at(0).value<Error>();
        QCOMPARE(error.code, ErrorCode::BadRequest);
        QCOMPARE(error.details.value(QStringLiteral("path")).toString(),
                 QStringLiteral("expression.args[1].arg"));
    }

    void widgetShowsTheCountAndSample()
    {
        const auto session = signedIn(QStringLiteral("admin"));
        AudienceBuilderWidget widget;
        widget.counter()->setDelay(0);
        widget.resize(700, 800);
        widget.show();
        AudienceBuilder b;
        b.addTag(QStringLiteral("t_pregnant"), TagMode::Required);
        widget.setExpression(b.expression());
        // Signed out first: offline; signing in counts again by itself.
        const AuthTokens tokens = session->client->tokens();
        session->client->clearTokens();
        widget.setContext(session->context.get());
        auto *label = widget.findChild<QLabel *>(QStringLiteral("audienceCount"));
        QVERIFY(label);
        QTRY_COMPARE(label->text(),
                     AudienceBuilderWidget::tr("Offline — the number of people needs a server connection"));
        session->client->setTokens(tokens);
        const ApiReply r = direct(QStringLiteral("admin"), b.expression());
        const qint64 count = r.json.value(QStringLiteral("count")).toInteger();
        QVERIFY(count > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            label->text().startsWith(QStringLiteral("About %1 people · ").arg(QLocale().toString(count))),
            20000);
        auto *sample = widget.findChild<QListWidget *>(QStringLiteral("audienceSample"));
        QVERIFY(sample);
        QCOMPARE(sample->count(), r.json.value(QStringLiteral("sample")).toArray().size());
        const QString first =
            r.json.value(QStringLiteral("sample")).toArray().at(0)[QStringLiteral("name")].toString();
        QVERIFY(sample->item(0)->text().startsWith(first));
        QVERIFY(sample->isVisible());
    }

    void cleanupTestCase() { m_staff.disconnectAll(); }
};

QTEST_MAIN(TestAudienceCounter)
#include "tst_audiencecounter.moc"
