// Integration: the real govdesk-server on 127.0.0.1 port 0 with demo data, against SQLite or PostgreSQL
// (GOVDESK_TEST_BACKEND). Covers sign-in, tokens, role scopes, masking and reveal, the audit chain,
// the change feed, and every class of bad input. Test functions run in declaration order; the ones that
// change shared state (audit tampering, address throttling) come last.
#include "apitestclient.h"
#include "serverprocess.h"

#include "auth/loginthrottle.h"
#include "auth/totp.h"
#include "domain/identity.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace gd::test;

namespace {
const QString kPassword = QStringLiteral("GovDesk!2026");

QJsonArray items(const ApiReply &r)
{
    return r.json.value(QStringLiteral("items")).toArray();
}
} // namespace

class TestServerApi : public QObject {
    Q_OBJECT
private:
    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_admin;
    int m_loginFailures =
        0; // failures sent from 127.0.0.1 so far (per-address backoff starts after kFreeAttempts)

    std::unique_ptr<ApiTestClient> as(const QString &username)
    {
        auto c = std::make_unique<ApiTestClient>(m_server.port());
        ApiReply r;
        c->setToken(c->login(username, kPassword, &r));
        if (c->token().isEmpty())
            qWarning("sign-in of %s failed: %d %s", qPrintable(username), r.status, r.body.constData());
        return c;
    }

    qint64 adminCitizenTotal()
    {
        return m_admin->get(QStringLiteral("/api/v1/citizens?limit=1"))
            .json.value(QStringLiteral("total"))
            .toInteger();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        qInfo("backend %s, port %d", qPrintable(m_server.backend()), m_server.port());
        QTRY_VERIFY(m_server.output().contains(QStringLiteral("totp_admin"))); // demo accounts printed
        m_admin = as(QStringLiteral("admin"));
        QVERIFY(!m_admin->token().isEmpty());
    }

    void health()
    {
        ApiTestClient c(m_server.port());
        const ApiReply r = c.get(QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.json.value(QStringLiteral("database")).toString(),
                 m_server.backend() == QLatin1String("postgresql") ? QStringLiteral("postgresql")
                                                                   : QStringLiteral("sqlite"));
    }

    void signInReturnsTokensAndProfile()
    {
        ApiTestClient c(m_server.port());
        ApiReply r;
        const QString token = c.login(QStringLiteral("officer_wjw"), kPassword, &r);
        QCOMPARE(r.status, 200);
        QVERIFY(token.startsWith(QStringLiteral("gda_")));
        QVERIFY(token.size() >= 40); // 256 random bits, base64url
        QCOMPARE(r.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(r.json.value(QStringLiteral("expires_in")).toInt(), 900);
        QVERIFY(r.json.value(QStringLiteral("refresh_token")).toString().startsWith(QStringLiteral("gdr_")));
        const QJsonObject user = r.json.value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("officer"));
        QCOMPARE(user.value(QStringLiteral("department_id")).toString(), QStringLiteral("wjw"));
        c.setToken(token);
        const ApiReply me = c.get(QStringLiteral("/api/v1/auth/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QStringLiteral("username")).toString(), QStringLiteral("officer_wjw"));
        // Tokens are stored hashed: the database never holds the token itself.
        QSqlQuery q(m_server.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE access_hash = '%1'").arg(token)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void wrongPasswordAndUnknownUserLookAlike()
    {
        ApiTestClient c(m_server.port());
        ApiReply wrong, unknown;
        QVERIFY(c.login(QStringLiteral("officer_gaj"), QStringLiteral("nope"), &wrong).isEmpty());
        QVERIFY(c.login(QStringLiteral("nobody_here"), QStringLiteral("nope"), &unknown).isEmpty());
        m_loginFailures += 2;
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QVERIFY(wrong.hasErrorShape());
        QCOMPARE(wrong.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(wrong.json, unknown.json);
        QVERIFY(!wrong.wwwAuthenticate.isEmpty());
    }

    void totpIsRequiredAndChecked()
    {
        ApiTestClient c(m_server.port());
        const QString path = QStringLiteral("/api/v1/auth/login");
        ApiReply r = c.post(path, QJsonObject{{QStringLiteral("username"), QStringLiteral("totp_admin")},
                                              {QStringLiteral("password"), kPassword}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("totp_required"));
        r = c.post(path, QJsonObject{{QStringLiteral("username"), QStringLiteral("totp_admin")},
                                     {QStringLiteral("password"), kPassword},
                                     {QStringLiteral("totp"), QStringLiteral("000000")}});
        ++m_loginFailures;
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("totp_required"));
        QVERIFY(r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("totp_invalid")]
                    .toBool());
        const QString code =
            gd::server::Totp::code(gd::server::Totp::decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXP")),
                                   QDateTime::currentSecsSinceEpoch());
        r = c.post(path, QJsonObject{{QStringLiteral("username"), QStringLiteral("totp_admin")},
                                     {QStringLiteral("password"), kPassword},
                                     {QStringLiteral("totp"), code}});
        QCOMPARE(r.status, 200);
        QVERIFY(
            r.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("totp_enabled")).toBool());
    }

    void refreshRotatesAndReplayRevokesTheFamily()
    {
        ApiTestClient c(m_server.port());
        ApiReply login;
        c.login(QStringLiteral("supervisor_city"), kPassword, &login);
        const QString refresh1 = login.json.value(QStringLiteral("refresh_token")).toString();
        const QString path = QStringLiteral("/api/v1/auth/refresh");
        const ApiReply second = c.post(path, QJsonObject{{QStringLiteral("refresh_token"), refresh1}});
        QCOMPARE(second.status, 200);
        const QString access2 = second.json.value(QStringLiteral("access_token")).toString();
        QVERIFY(second.json.value(QStringLiteral("refresh_token")).toString() != refresh1);
        // The access token of the rotated session ends with the rotation.
        c.setToken(login.json.value(QStringLiteral("access_token")).toString());
        QCOMPARE(c.get(QStringLiteral("/api/v1/auth/me")).status, 401);
        c.setToken(access2);
        QCOMPARE(c.get(QStringLiteral("/api/v1/auth/me")).status, 200);
        // The old refresh token again: refused, and the new tokens of the same sign-in die with it.
        c.setToken({});
        const ApiReply replay = c.post(path, QJsonObject{{QStringLiteral("refresh_token"), refresh1}});
        QCOMPARE(replay.status, 401);
        c.setToken(access2);
        QCOMPARE(c.get(QStringLiteral("/api/v1/auth/me")).status, 401);
    }

    void logoutRevokesTokens()
    {
        ApiTestClient c(m_server.port());
        ApiReply login;
        c.setToken(c.login(QStringLiteral("grid_siming"), kPassword, &login));
        QCOMPARE(c.get(QStringLiteral("/api/v1/auth/me")).status, 200);
        QCOMPARE(c.send(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/logout"), {}).status, 204);
        QCOMPARE(c.get(QStringLiteral("/api/v1/auth/me")).status, 401);
        c.setToken({});
        const ApiReply refresh =
            c.post(QStringLiteral("/api/v1/auth/refresh"),
                   QJsonObject{{QStringLiteral("refresh_token"),
                                login.json.value(QStringLiteral("refresh_token")).toString()}});
        QCOMPARE(refresh.status, 401);
    }

    void missingForgedAndExpiredTokens()
    {
        ApiTestClient c(m_server.port());
        ApiReply r = c.get(QStringLiteral("/api/v1/citizens"));
        QCOMPARE(r.status, 401);
        QVERIFY(r.hasErrorShape());
        r = c.send(QStringLiteral("GET"), QStringLiteral("/api/v1/citizens"), {}, {},
                   "Bearer gda_forgedforgedforgedforgedforgedforgedforged");
        QCOMPARE(r.status, 401);
        r = c.send(QStringLiteral("GET"), QStringLiteral("/api/v1/citizens"), {}, {},
                   "Basic YWRtaW46YWRtaW4=");
        QCOMPARE(r.status, 401);
        // A second server on the same database with 1-second access tokens.
        ServerProcess shortLived;
        QVERIFY2(m_server.startSibling(shortLived, {QStringLiteral("--access-ttl"), QStringLiteral("1")}),
                 qPrintable(shortLived.error()));
        ApiTestClient s(shortLived.port());
        s.setToken(s.login(QStringLiteral("admin")));
        QVERIFY(!s.token().isEmpty());
        QCOMPARE(s.get(QStringLiteral("/api/v1/auth/me")).status, 200);
        ApiReply expired;
        QTRY_VERIFY_WITH_TIMEOUT((expired = s.get(QStringLiteral("/api/v1/auth/me"))).status == 401, 10000);
        QVERIFY(expired.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("expired")]
                    .toBool());
    }

    void citizensLeaveMasked()
    {
        const ApiReply r = m_admin->get(QStringLiteral("/api/v1/citizens?limit=100"));
        QCOMPARE(r.status, 200);
        QCOMPARE(items(r).size(), 100);
        static const QRegularExpression id(QStringLiteral("^\\d{4}\\*{10}[\\dX]{4}$"));
        static const QRegularExpression phone(QStringLiteral("^1\\d{2}\\*{4}\\d{4}$"));
        for (const QJsonValue &v : items(r)) {
            const QJsonObject c = v.toObject();
            QVERIFY2(id.match(c.value(QStringLiteral("id_number")).toString()).hasMatch(),
                     qPrintable(c.value(QStringLiteral("id_number")).toString()));
            QVERIFY(phone.match(c.value(QStringLiteral("phone")).toString()).hasMatch());
            QVERIFY(c.value(QStringLiteral("masked")).toBool());
        }
        // Nowhere in a whole page does an unmasked ID number appear.
        static const QRegularExpression fullId(QStringLiteral("\\d{17}[\\dX]"));
        QVERIFY(!fullId.match(QString::fromUtf8(r.body)).hasMatch());
    }

    void revealNeedsAReasonAndIsAudited()
    {
        const QString id = items(m_admin->get(QStringLiteral("/api/v1/citizens?limit=1&sort=-name")))
                               .first()[QStringLiteral("id")]
                               .toString();
        const QString path = QStringLiteral("/api/v1/citizens/%1/reveal").arg(id);
        ApiReply r = m_admin->post(
            path, QJsonObject{{QStringLiteral("fields"), QJsonArray{QStringLiteral("id_number")}}});
        QCOMPARE(r.status, 400);
        r = m_admin->post(path,
                          QJsonObject{{QStringLiteral("fields"), QJsonArray{QStringLiteral("password_hash")}},
                                      {QStringLiteral("reason"), QStringLiteral("核实身份")}});
        QCOMPARE(r.status, 400);
        r = m_admin->post(path,
                          QJsonObject{{QStringLiteral("fields"), QJsonArray{QStringLiteral("id_number")}},
                                      {QStringLiteral("reason"), QStringLiteral("窗口办理核实身份")}});
        QCOMPARE(r.status, 200);
        QVERIFY(gd::identity::isValidIdNumber(r.json.value(QStringLiteral("id_number")).toString()));
        QVERIFY(r.json.value(QStringLiteral("phone")).toString().contains(QLatin1Char('*'))); // not asked for
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/citizens/") + id).status, 200);
        const ApiReply audit = m_admin->get(QStringLiteral("/api/v1/audit?target=") + id);
        QCOMPARE(audit.status, 200);
        QStringList actions;
        for (const QJsonValue &e : items(audit)) {
            actions.append(e[QStringLiteral("action")].toString());
            QCOMPARE(e[QStringLiteral("actor_id")].toString(), QStringLiteral("s_admin"));
        }
        QVERIFY2(actions.contains(QStringLiteral("citizen.reveal")),
                 qPrintable(actions.join(QLatin1Char(','))));
        QVERIFY(actions.contains(QStringLiteral("citizen.view")));
        QVERIFY(items(audit).first()[QStringLiteral("reason")].toString().contains(
            QStringLiteral("窗口办理核实身份")));
        const ApiReply verify = m_admin->get(QStringLiteral("/api/v1/audit/verify"));
        QVERIFY(verify.json.value(QStringLiteral("ok")).toBool());
        QVERIFY(verify.json.value(QStringLiteral("entries")).toInt() >= 3);
    }

    void searchNeverMatchesFragmentsOfMaskedIdentifiers()
    {
        const QJsonObject citizen =
            items(m_admin->get(QStringLiteral("/api/v1/citizens?limit=1&offset=7"))).first().toObject();
        const QString id = citizen.value(QStringLiteral("id")).toString();
        const ApiReply revealed =
            m_admin->post(QStringLiteral("/api/v1/citizens/%1/reveal").arg(id),
                          QJsonObject{{QStringLiteral("fields"),
                                       QJsonArray{QStringLiteral("phone"), QStringLiteral("id_number")}},
                                      {QStringLiteral("reason"), QStringLiteral("测试检索")}});
        QCOMPARE(revealed.status, 200);
        QCOMPARE(revealed.json.value(QStringLiteral("masked")).toBool(), false);
        const QString phone = revealed.json.value(QStringLiteral("phone")).toString();
        const QString idNumber = revealed.json.value(QStringLiteral("id_number")).toString();
        // The masked middle digits cannot be probed through search.
        for (const QString &fragment :
             {phone.mid(3, 4), phone.mid(2, 6), idNumber.mid(6, 8), idNumber.left(10)}) {
            const ApiReply r = m_admin->get(QStringLiteral("/api/v1/citizens?q=") + fragment);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QStringLiteral("total")).toInteger(), 0);
        }
        // A whole identifier finds its citizen.
        for (const QString &whole : {phone, idNumber}) {
            const ApiReply r = m_admin->get(QStringLiteral("/api/v1/citizens?q=") + whole);
            QCOMPARE(r.json.value(QStringLiteral("total")).toInteger(), 1);
            QCOMPARE(items(r).first()[QStringLiteral("id")].toString(), id);
        }
    }

    void officersSeeOnlyTheirDepartmentsApplications()
    {
        // A 公安-only application: every step owned by gaj.
        QString gajOnly, wjwApplication, wjwApplicant;
        for (int offset = 0; offset < 5000 && gajOnly.isEmpty(); offset += 500) {
            const ApiReply page = m_admin->get(
                QStringLiteral("/api/v1/applications?department=gaj&limit=500&offset=%1").arg(offset));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &a : items(page)) {
                bool onlyGaj = true;
                for (const QJsonValue &st : a[QStringLiteral("steps")].toArray())
                    onlyGaj &= st[QStringLiteral("department_id")].toString() == QLatin1String("gaj");
                if (onlyGaj && !a[QStringLiteral("steps")].toArray().isEmpty()) {
                    gajOnly = a[QStringLiteral("id")].toString();
                    break;
                }
            }
            if (items(page).size() < 500)
                break;
        }
        QVERIFY2(!gajOnly.isEmpty(), "the demo data has no 公安-only application");
        const ApiReply wjwPage = m_admin->get(QStringLiteral("/api/v1/applications?department=wjw&limit=1"));
        wjwApplication = items(wjwPage).first()[QStringLiteral("id")].toString();
        wjwApplicant = items(wjwPage).first()[QStringLiteral("applicant_id")].toString();

        auto wjw = as(QStringLiteral("officer_wjw"));
        auto gaj = as(QStringLiteral("officer_gaj"));
        const ApiReply denied = wjw->get(QStringLiteral("/api/v1/applications/") + gajOnly);
        QCOMPARE(denied.status, 404);
        QVERIFY(denied.hasErrorShape());
        QCOMPARE(gaj->get(QStringLiteral("/api/v1/applications/") + gajOnly).status, 200);
        QCOMPARE(wjw->get(QStringLiteral("/api/v1/applications/") + wjwApplication).status, 200);
        // The officer's list holds only applications with a wjw step.
        const ApiReply list = wjw->get(QStringLiteral("/api/v1/applications?limit=200"));
        QCOMPARE(list.status, 200);
        QVERIFY(list.json.value(QStringLiteral("total")).toInteger() > 0);
        for (const QJsonValue &a : items(list)) {
            bool hasWjw = false;
            for (const QJsonValue &st : a[QStringLiteral("steps")].toArray())
                hasWjw |= st[QStringLiteral("department_id")].toString() == QLatin1String("wjw");
            QVERIFY(hasWjw);
        }
        // Applicants are visible to the officer; other citizens are not.
        QCOMPARE(wjw->get(QStringLiteral("/api/v1/citizens/") + wjwApplicant).status, 200);
        QVERIFY(wjw->get(QStringLiteral("/api/v1/citizens?limit=1"))
                    .json.value(QStringLiteral("total"))
                    .toInteger() < adminCitizenTotal());
        // Oversight endpoints are not for officers.
        QCOMPARE(wjw->get(QStringLiteral("/api/v1/audit")).status, 403);
    }

    void gridManagersSeeOnlyTheirGrids()
    {
        auto grid = as(QStringLiteral("grid_huli"));
        const ApiReply me = grid->get(QStringLiteral("/api/v1/auth/me"));
        QSet<QString> grids;
        for (const QJsonValue &g : me.json.value(QStringLiteral("grid_ids")).toArray())
            grids.insert(g.toString());
        QVERIFY(!grids.isEmpty());
        const ApiReply mine = grid->get(QStringLiteral("/api/v1/citizens?limit=500"));
        QCOMPARE(mine.status, 200);
        QVERIFY(mine.json.value(QStringLiteral("total")).toInteger() > 0);
        for (const QJsonValue &c : items(mine))
            QVERIFY(grids.contains(c[QStringLiteral("grid_id")].toString()));
        // A resident of 思明区 is invisible through every citizen endpoint.
        const QString other = items(m_admin->get(QStringLiteral("/api/v1/citizens?district=350203&limit=1")))
                                  .first()[QStringLiteral("id")]
                                  .toString();
        for (const QString &suffix : {QString(), QStringLiteral("/bills"), QStringLiteral("/benefits"),
                                      QStringLiteral("/applications"), QStringLiteral("/messages")}) {
            const ApiReply r = grid->get(QStringLiteral("/api/v1/citizens/") + other + suffix);
            QVERIFY2(r.status == 404, qPrintable(suffix));
        }
        QCOMPARE(grid->post(QStringLiteral("/api/v1/citizens/%1/reveal").arg(other),
                            QJsonObject{{QStringLiteral("fields"), QJsonArray{QStringLiteral("phone")}},
                                        {QStringLiteral("reason"), QStringLiteral("走访核实")}})
                     .status,
                 404);
        QCOMPARE(grid->get(QStringLiteral("/api/v1/bills?citizen=") + other)
                     .json.value(QStringLiteral("total"))
                     .toInteger(),
                 0);
    }

    void supervisorsSeeTheirArea()
    {
        auto huli = as(QStringLiteral("supervisor_huli"));
        const ApiReply r = huli->get(QStringLiteral("/api/v1/citizens?limit=300"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("total")).toInteger() > 0);
        for (const QJsonValue &c : items(r))
            QCOMPARE(c[QStringLiteral("district_code")].toString(), QStringLiteral("350206"));
        const ApiReply messages = huli->get(QStringLiteral("/api/v1/messages?limit=100"));
        for (const QJsonValue &m : items(messages))
            QCOMPARE(m[QStringLiteral("district_code")].toString(), QStringLiteral("350206"));
        // The district supervisor's audit view holds only entries about citizens of the district.
        const QString local = items(r).first()[QStringLiteral("id")].toString();
        QCOMPARE(huli->get(QStringLiteral("/api/v1/citizens/") + local).status, 200); // audited view
        const ApiReply audit = huli->get(QStringLiteral("/api/v1/audit?limit=1000"));
        QCOMPARE(audit.status, 200);
        QVERIFY(!items(audit).isEmpty());
        for (const QJsonValue &e : items(audit)) {
            QCOMPARE(e[QStringLiteral("target_type")].toString(), QStringLiteral("citizen"));
            QCOMPARE(
                huli->get(QStringLiteral("/api/v1/citizens/") + e[QStringLiteral("target_id")].toString())
                    .status,
                200);
        }
        QVERIFY(m_admin->get(QStringLiteral("/api/v1/audit?limit=1000"))
                    .json.value(QStringLiteral("items"))
                    .toArray()
                    .size() > items(audit).size());
        QCOMPARE(huli->get(QStringLiteral("/api/v1/audit?actor=s_admin")).status, 400);
    }

    void changeFeedIsScopedOrderedAndResumable()
    {
        auto grid = as(QStringLiteral("grid_huli"));
        QSet<QString> grids;
        for (const QJsonValue &g :
             grid->get(QStringLiteral("/api/v1/auth/me")).json.value(QStringLiteral("grid_ids")).toArray())
            grids.insert(g.toString());
        qint64 since = 0, lastSeq = 0;
        QList<qint64> checkpoints;
        QSet<QString> citizens;
        int pages = 0, departments = 0;
        for (;;) {
            const ApiReply r =
                grid->get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=400").arg(since));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : r.json.value(QStringLiteral("changes")).toArray()) {
                const qint64 seq = v[QStringLiteral("seq")].toInteger();
                QVERIFY(seq > lastSeq);
                lastSeq = seq;
                const QString entity = v[QStringLiteral("entity")].toString();
                const QJsonObject data = v[QStringLiteral("data")].toObject();
                if (entity == QLatin1String("citizen")) {
                    QVERIFY2(grids.contains(data.value(QStringLiteral("grid_id")).toString()),
                             "a resident of another grid in the feed");
                    QVERIFY(data.value(QStringLiteral("masked")).toBool());
                    citizens.insert(v[QStringLiteral("id")].toString());
                } else if (entity == QLatin1String("application") || entity == QLatin1String("message")) {
                    QVERIFY(grids.contains(data.value(QStringLiteral("grid_id")).toString()));
                } else if (entity == QLatin1String("department")) {
                    ++departments;
                }
            }
            ++pages;
            checkpoints.append(since);
            since = r.json.value(QStringLiteral("next")).toInteger();
            if (!r.json.value(QStringLiteral("has_more")).toBool())
                break;
            QVERIFY(pages < 1000);
        }
        QVERIFY(pages > 1);
        QVERIFY(departments >= 12);
        QCOMPARE(qint64(citizens.size()), grid->get(QStringLiteral("/api/v1/citizens?limit=1"))
                                              .json.value(QStringLiteral("total"))
                                              .toInteger());
        // Resuming from a checkpoint returns exactly what followed it the first time.
        const qint64 checkpoint = checkpoints.at(checkpoints.size() / 2);
        const ApiReply a =
            grid->get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=50").arg(checkpoint));
        const ApiReply b =
            grid->get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=50").arg(checkpoint));
        QCOMPARE(a.json, b.json);
        QVERIFY(a.json.value(QStringLiteral("changes")).toArray().first()[QStringLiteral("seq")].toInteger() >
                checkpoint);
        // At the end: nothing more.
        const ApiReply end = grid->get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(since));
        QCOMPARE(end.json.value(QStringLiteral("changes")).toArray().size(), 0);
        QCOMPARE(end.json.value(QStringLiteral("next")).toInteger(), since);
    }

    void badInputGetsAClearErrorAndChangesNothing_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        const QByteArray json = "application/json";
        const QString login = QStringLiteral("/api/v1/auth/login");
        QTest::newRow("malformed json") << "POST" << login << QByteArray(R"({"username":)") << json << 400;
        QTest::newRow("not an object") << "POST" << login << QByteArray("[1,2]") << json << 400;
        QTest::newRow("wrong type") << "POST" << login << QByteArray(R"({"username":5,"password":"x"})")
                                    << json << 400;
        QTest::newRow("unknown field")
            << "POST" << login << QByteArray(R"({"username":"a","password":"b","role":"admin"})") << json
            << 400;
        QTest::newRow("wrong content type")
            << "POST" << login << QByteArray(R"({"username":"a","password":"b"})") << QByteArray("text/plain")
            << 400;
        QTest::newRow("oversize body") << "POST" << login << QByteArray(9 * 1024 * 1024, 'x') << json << 413;
        QTest::newRow("reveal wrong type")
            << "POST" << QStringLiteral("/api/v1/citizens/x/reveal")
            << QByteArray(R"({"fields":"id_number","reason":"x"})") << json << 400;
        QTest::newRow("limit 0") << "GET" << QStringLiteral("/api/v1/citizens?limit=0") << QByteArray()
                                 << QByteArray() << 400;
        QTest::newRow("limit 501") << "GET" << QStringLiteral("/api/v1/citizens?limit=501") << QByteArray()
                                   << QByteArray() << 400;
        QTest::newRow("limit text") << "GET" << QStringLiteral("/api/v1/citizens?limit=ten") << QByteArray()
                                    << QByteArray() << 400;
        QTest::newRow("offset negative")
            << "GET" << QStringLiteral("/api/v1/citizens?offset=-1") << QByteArray() << QByteArray() << 400;
        QTest::newRow("offset float") << "GET" << QStringLiteral("/api/v1/enterprises?offset=1.5")
                                      << QByteArray() << QByteArray() << 400;
        QTest::newRow("repeated param") << "GET" << QStringLiteral("/api/v1/citizens?limit=1&limit=2")
                                        << QByteArray() << QByteArray() << 400;
        QTest::newRow("unknown filter")
            << "GET" << QStringLiteral("/api/v1/citizens?password=1") << QByteArray() << QByteArray() << 400;
        QTest::newRow("unknown sort") << "GET" << QStringLiteral("/api/v1/citizens?sort=id_number;DROP")
                                      << QByteArray() << QByteArray() << 400;
        QTest::newRow("since negative") << "GET" << QStringLiteral("/api/v1/sync/changes?since=-5")
                                        << QByteArray() << QByteArray() << 400;
        QTest::newRow("since text") << "GET" << QStringLiteral("/api/v1/sync/changes?since=abc")
                                    << QByteArray() << QByteArray() << 400;
        QTest::newRow("feed limit") << "GET" << QStringLiteral("/api/v1/sync/changes?limit=5001")
                                    << QByteArray() << QByteArray() << 400;
        QTest::newRow("feed unknown param") << "GET" << QStringLiteral("/api/v1/sync/changes?entity=citizen")
                                            << QByteArray() << QByteArray() << 400;
        QTest::newRow("time filter not a time")
            << "GET" << QStringLiteral("/api/v1/messages?since=%27%20OR%20%271%27%3D%271") << QByteArray()
            << QByteArray() << 400;
        QTest::newRow("q on a list without search")
            << "GET" << QStringLiteral("/api/v1/bills?q=x") << QByteArray() << QByteArray() << 400;
        QTest::newRow("fixed filter given again")
            << "GET" << QStringLiteral("/api/v1/grids?level=district") << QByteArray() << QByteArray() << 400;
        QTest::newRow("method not allowed")
            << "DELETE" << QStringLiteral("/api/v1/citizens") << QByteArray() << QByteArray() << 405;
        QTest::newRow("unknown endpoint")
            << "GET" << QStringLiteral("/api/v1/nothing") << QByteArray() << QByteArray() << 404;
        QTest::newRow("injection in id") << "GET" << QStringLiteral("/api/v1/citizens/1'%20OR%20'1'='1")
                                         << QByteArray() << QByteArray() << 404;
    }
    void badInputGetsAClearErrorAndChangesNothing()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const qint64 before = adminCitizenTotal();
        const ApiReply r = m_admin->send(method, path, body, contentType);
        QCOMPARE(r.status, status);
        QVERIFY2(r.hasErrorShape(), r.body.left(300).constData());
        if (status == 405) {
            QCOMPARE(r.allow, QByteArray("GET"));
            QCOMPARE(r.errorCode(), QStringLiteral("method_not_allowed"));
        }
        QCOMPARE(adminCitizenTotal(), before);
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/health")).status, 200);
    }

    void sqlMetacharactersInEveryStringParameter()
    {
        const qint64 before = adminCitizenTotal();
        const QStringList nasty{QStringLiteral("' OR '1'='1"),
                                QStringLiteral("\"; DROP TABLE citizens; --"),
                                QStringLiteral("%"),
                                QStringLiteral("_"),
                                QStringLiteral("\\"),
                                QStringLiteral("1)) OR ((1=1"),
                                QStringLiteral("王' UNION SELECT password_hash FROM staff --")};
        const QList<QPair<QString, QStringList>> endpoints{
            {QStringLiteral("citizens"),
             {QStringLiteral("q"), QStringLiteral("district"), QStringLiteral("grid"), QStringLiteral("tag"),
              QStringLiteral("gender"), QStringLiteral("realname_level")}},
            {QStringLiteral("enterprises"),
             {QStringLiteral("q"), QStringLiteral("stage"), QStringLiteral("industry")}},
            {QStringLiteral("applications"),
             {QStringLiteral("q"), QStringLiteral("status"), QStringLiteral("service"),
              QStringLiteral("department")}},
            {QStringLiteral("messages"),
             {QStringLiteral("q"), QStringLiteral("kind"), QStringLiteral("grid")}},
            {QStringLiteral("services"), {QStringLiteral("q"), QStringLiteral("department")}},
            {QStringLiteral("bills"), {QStringLiteral("citizen"), QStringLiteral("status")}},
        };
        for (const auto &[endpoint, params] : endpoints) {
            for (const QString &param : params) {
                for (const QString &value : nasty) {
                    const QString path =
                        QStringLiteral("/api/v1/%1?%2=%3")
                            .arg(endpoint, param, QString::fromLatin1(QUrl::toPercentEncoding(value)));
                    const ApiReply r = m_admin->get(path);
                    QVERIFY2(r.status == 200,
                             qPrintable(path + QStringLiteral(" -> ") + QString::number(r.status)));
                    // Metacharacters are data: a literal match finds nothing in the demo data.
                    QVERIFY2(r.json.value(QStringLiteral("total")).toInteger() == 0, qPrintable(path));
                }
            }
        }
        QCOMPARE(adminCitizenTotal(), before);
        QSqlQuery q(m_server.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM staff")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 10);
    }

    void accountLocksAfterRepeatedFailures()
    {
        ApiTestClient c(m_server.port());
        ApiReply r;
        for (int i = 0; i < 5; ++i) {
            c.login(QStringLiteral("officer_mzj"), QStringLiteral("wrong-%1").arg(i), &r);
            QCOMPARE(r.status, 401);
        }
        m_loginFailures += 5;
        // Locked now, even with the right password.
        c.login(QStringLiteral("officer_mzj"), kPassword, &r);
        QCOMPARE(r.status, 423);
        QCOMPARE(r.errorCode(), QStringLiteral("account_locked"));
        QVERIFY(r.retryAfter.toInt() > 0);
        QVERIFY(
            r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("retry_after_seconds")]
                .toInt() > 0);
        // Other accounts are unaffected.
        QVERIFY(!c.login(QStringLiteral("officer_rsj")).isEmpty());
    }

    void tamperingWithTheAuditLogIsDetected()
    {
        QString out;
        QCOMPARE(m_server.verifyAudit(&out), 0);
        QVERIFY(out.contains(QStringLiteral("intact")));
        QSqlQuery q(m_server.sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET reason = 'nothing to see' WHERE seq = 2")));
        QCOMPARE(m_server.verifyAudit(&out), 3);
        QVERIFY(out.contains(QStringLiteral("BROKEN at entry 2")));
        const ApiReply verify = m_admin->get(QStringLiteral("/api/v1/audit/verify"));
        QCOMPARE(verify.json.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(verify.json.value(QStringLiteral("first_bad_seq")).toInt(), 2);
    }

    void repeatedFailuresFromOneAddressAreThrottled()
    {
        ApiTestClient c(m_server.port());
        ApiReply r;
        int attempts = 0;
        // Failures (wrong passwords of earlier tests included) until the address is blocked.
        while (attempts++ < 2 * gd::server::LoginThrottle::kFreeAttempts) {
            c.login(QStringLiteral("nobody_%1").arg(attempts), QStringLiteral("x"), &r);
            ++m_loginFailures;
            if (r.status == 429)
                break;
            QCOMPARE(r.status, 401);
        }
        QCOMPARE(r.status, 429);
        QVERIFY(m_loginFailures > gd::server::LoginThrottle::kFreeAttempts);
        // While blocked, even the right password is refused from this address.
        c.login(QStringLiteral("admin"), kPassword, &r);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("too_many_requests"));
        QVERIFY(r.retryAfter.toInt() > 0);
        // Signed-in work goes on.
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/auth/me")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
