// Integration: the real govdesk-server on 127.0.0.1 port 0 with demo data, against SQLite or PostgreSQL
// (GOVDESK_TEST_BACKEND). Covers sign-in, tokens, role scopes, masking and reveal, the audit chain,
// the change feed, keyed writes (idempotency, conflicts, visits, pushes, notes, counter applications),
// enterprise homepages (licences, social insurance, bills, benefits), the live event stream, fault
// injection, and every class of bad input. Test functions run in declaration order; the ones that change
// shared state (audit tampering, address throttling) come last.
#include "apitestclient.h"
#include "eventstreamclient.h"
#include "serverprocess.h"

#include "auth/loginthrottle.h"
#include "auth/totp.h"
#include "domain/identity.h"
#include "domain/worktime.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <latch>
#include <thread>

using namespace gd::test;

namespace {
const QString kPassword = QStringLiteral("GovDesk!2026");
// Departments with demo officer accounts (officer_<id>); mzj is left to the lockout test.
const QStringList kOfficerDepartments{QStringLiteral("wjw"), QStringLiteral("gaj"), QStringLiteral("jyj"),
                                      QStringLiteral("rsj")};

QJsonArray items(const ApiReply &r)
{
    return r.json.value(QStringLiteral("items")).toArray();
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HeaderList keyed(const QString &key)
{
    return {{QByteArray("Idempotency-Key"), key.toUtf8()}};
}

QString applicationPath(const QString &id)
{
    return QStringLiteral("/api/v1/applications/") + id;
}

QStringList stepDepartments(const QJsonObject &application)
{
    QStringList out;
    for (const QJsonValue &st : application.value(QStringLiteral("steps")).toArray())
        out.append(st[QStringLiteral("department_id")].toString());
    return out;
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

    qint64 sqlCount(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_server.sql());
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds[i]);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    qint64 lastSeq() { return sqlCount(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes")); }

    // Change-log entries of one object.
    qint64 changesOf(const QString &entity, const QString &id)
    {
        return sqlCount(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = ? AND entity_id = ?"),
                        {entity, id});
    }

    // The changes of one object in the caller's feed after `since`.
    QList<QJsonObject> feedOf(ApiTestClient &c, qint64 since, const QString &entity, const QString &id)
    {
        QList<QJsonObject> out;
        for (int page = 0; page < 100; ++page) {
            const ApiReply r = c.get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=1000").arg(since));
            if (r.status != 200)
                break;
            for (const QJsonValue &v : r.json.value(QStringLiteral("changes")).toArray()) {
                if (v[QStringLiteral("entity")].toString() == entity &&
                    v[QStringLiteral("id")].toString() == id)
                    out.append(v.toObject());
            }
            since = r.json.value(QStringLiteral("next")).toInteger();
            if (!r.json.value(QStringLiteral("has_more")).toBool())
                break;
        }
        return out;
    }

    // An application officer_wjw may change, at `index` of its list, and an officer department without a
    // step in it (whose officer must not see it).
    struct WjwApplication {
        QJsonObject object;
        QString id;
        qint64 version = 0;
        QString otherDepartment;
    };
    WjwApplication wjwApplication(int index)
    {
        WjwApplication out;
        const ApiReply page = m_admin->get(QStringLiteral("/api/v1/applications?department=wjw&limit=200"));
        int seen = 0;
        for (const QJsonValue &v : items(page)) {
            const QStringList departments = stepDepartments(v.toObject());
            QString other;
            for (const QString &d : kOfficerDepartments) {
                if (!departments.contains(d)) {
                    other = d;
                    break;
                }
            }
            if (other.isEmpty() || seen++ < index)
                continue;
            out.object = v.toObject();
            out.id = out.object.value(QStringLiteral("id")).toString();
            out.version = out.object.value(QStringLiteral("version")).toInteger();
            out.otherDepartment = other;
            break;
        }
        return out;
    }

    // An application whose every step belongs to `department`.
    QString applicationOnlyOf(const QString &department)
    {
        for (int offset = 0; offset < 5000; offset += 500) {
            const ApiReply page =
                m_admin->get(QStringLiteral("/api/v1/applications?department=%1&limit=500&offset=%2")
                                 .arg(department)
                                 .arg(offset));
            for (const QJsonValue &a : items(page)) {
                const QStringList departments = stepDepartments(a.toObject());
                if (!departments.isEmpty() && departments.count(department) == departments.size())
                    return a[QStringLiteral("id")].toString();
            }
            if (items(page).size() < 500)
                break;
        }
        return {};
    }

    qint64 versionOf(const QString &applicationId)
    {
        return m_admin->get(applicationPath(applicationId)).json.value(QStringLiteral("version")).toInteger();
    }

    // A visit body for grid_huli's first grid and one of its residents.
    QJsonObject visitBody(ApiTestClient &grid, QString *citizenId = nullptr)
    {
        const QString gridId = grid.get(QStringLiteral("/api/v1/auth/me"))
                                   .json.value(QStringLiteral("grid_ids"))
                                   .toArray()
                                   .first()
                                   .toString();
        const QJsonObject citizen =
            items(grid.get(QStringLiteral("/api/v1/citizens?limit=1&grid=") + gridId)).first().toObject();
        if (citizenId)
            *citizenId = citizen.value(QStringLiteral("id")).toString();
        return QJsonObject{
            {QStringLiteral("id"), newKey()},
            {QStringLiteral("grid_id"), gridId},
            {QStringLiteral("citizen_id"), citizen.value(QStringLiteral("id"))},
            {QStringLiteral("household_id"), citizen.value(QStringLiteral("household_id"))},
            {QStringLiteral("kind"), QStringLiteral("special_group")},
            {QStringLiteral("visited_at"),
             QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs)},
            {QStringLiteral("summary"), QStringLiteral("入户走访独居老人，身体状况良好，已提醒按时服药。")}};
    }

    // The id of the first item of a list.
    static QString firstId(const ApiReply &r)
    {
        return items(r).isEmpty() ? QString() : items(r).first()[QStringLiteral("id")].toString();
    }

    // A service for `applicantType` led by `department`, whose steps all belong to it when `only`.
    QJsonObject serviceOf(const QString &department, const QString &applicantType, bool only = false)
    {
        const ApiReply r =
            m_admin->get(QStringLiteral("/api/v1/services?limit=500&department=%1&applicant_type=%2")
                             .arg(department, applicantType));
        for (const QJsonValue &v : items(r)) {
            const QStringList departments = stepDepartments(v.toObject());
            if (!departments.contains(department))
                continue;
            if (only && departments.count(department) != departments.size())
                continue;
            return v.toObject();
        }
        return {};
    }

    // A citizen that `c` cannot see (the bills sub-list is scoped like the citizen and not audited).
    QJsonObject citizenOutsideScopeOf(ApiTestClient &c, int skip = 0)
    {
        for (int offset = 0; offset < 2000; offset += 100) {
            for (const QJsonValue &v : items(m_admin->get(
                     QStringLiteral("/api/v1/citizens?limit=100&sort=-name&offset=%1").arg(offset)))) {
                const QString id = v[QStringLiteral("id")].toString();
                if (c.get(QStringLiteral("/api/v1/citizens/%1/bills?limit=1").arg(id)).status == 404 &&
                    skip-- <= 0)
                    return v.toObject();
            }
        }
        return {};
    }

    static QString errorField(const ApiReply &r)
    {
        return r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")].toString();
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

    void patchChangesAnApplicationAndFeedsItsScope()
    {
        const WjwApplication target = wjwApplication(0);
        QVERIFY2(!target.id.isEmpty(), "no wjw application without a step of another officer department");
        auto wjw = as(QStringLiteral("officer_wjw"));
        auto other = as(QStringLiteral("officer_") + target.otherDepartment);
        const qint64 since = lastSeq();
        const qint64 logged = changesOf(QStringLiteral("application"), target.id);
        const QString key = newKey();
        const ApiReply r =
            wjw->patch(applicationPath(target.id),
                       QJsonObject{{QStringLiteral("base_version"), target.version},
                                   {QStringLiteral("remark"), QStringLiteral("请申请人补充户口簿复印件")},
                                   {QStringLiteral("priority"), QStringLiteral("urgent")}},
                       keyed(key) + HeaderList{{"X-Device-Id", "pc-0042"}, {"X-Device-Seq", "17"}});
        QVERIFY2(r.status == 200, r.body.left(300).constData());
        QCOMPARE(r.json.value(QStringLiteral("version")).toInteger(), target.version + 1);
        QCOMPARE(r.json.value(QStringLiteral("remark")).toString(),
                 QStringLiteral("请申请人补充户口簿复印件"));
        QCOMPARE(r.json.value(QStringLiteral("priority")).toString(), QStringLiteral("urgent"));
        QVERIFY(r.json.value(QStringLiteral("updated_at")).toString() >
                target.object.value(QStringLiteral("updated_at")).toString());
        QVERIFY(r.header("Idempotent-Replayed").isEmpty());
        QCOMPARE(wjw->get(applicationPath(target.id)).json, r.json); // what GET returns
        QCOMPARE(changesOf(QStringLiteral("application"), target.id), logged + 1);
        // In the feed of the department's officer, with the new object; not in another department's.
        const QList<QJsonObject> mine = feedOf(*wjw, since, QStringLiteral("application"), target.id);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().value(QStringLiteral("version")).toInteger(), target.version + 1);
        QCOMPARE(mine.first()[QStringLiteral("data")][QStringLiteral("priority")].toString(),
                 QStringLiteral("urgent"));
        QVERIFY(feedOf(*other, since, QStringLiteral("application"), target.id).isEmpty());
        // The stored result names the device.
        QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys WHERE key = ? AND staff_id = "
                                         "'s_officer_wjw' AND status = 200 AND device_id = 'pc-0042' AND "
                                         "device_seq = 17 AND method = 'PATCH' AND path = ?"),
                          {key, applicationPath(target.id)}),
                 1);
    }

    void staleBaseVersionIsAConflictWithTheServerCopy()
    {
        const WjwApplication target = wjwApplication(1);
        auto wjw = as(QStringLiteral("officer_wjw"));
        const QString path = applicationPath(target.id);
        const QJsonObject first{{QStringLiteral("base_version"), target.version},
                                {QStringLiteral("priority"), QStringLiteral("urgent")}};
        QCOMPARE(wjw->patch(path, first, keyed(newKey())).status, 200);
        // A second edit made on the same (now stale) version.
        const QString key = newKey();
        const QJsonObject stale{{QStringLiteral("base_version"), target.version},
                                {QStringLiteral("remark"), QStringLiteral("离线时写的备注")}};
        const ApiReply conflict = wjw->patch(path, stale, keyed(key));
        QCOMPARE(conflict.status, 409);
        QVERIFY(conflict.hasErrorShape());
        QCOMPARE(conflict.errorCode(), QStringLiteral("conflict"));
        const QJsonObject server =
            conflict.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("server")]
                .toObject();
        QCOMPARE(server, wjw->get(path).json); // the current copy, as GET returns it
        QCOMPARE(server.value(QStringLiteral("version")).toInteger(), target.version + 1);
        QCOMPARE(server.value(QStringLiteral("remark")).toString(),
                 target.object.value(QStringLiteral("remark")).toString());
        // The stored 409 is replayed as it was, even though nothing about it changed.
        const ApiReply replay = wjw->patch(path, stale, keyed(key));
        QCOMPARE(replay.status, 409);
        QCOMPARE(replay.body, conflict.body);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(versionOf(target.id), target.version + 1);
    }

    void keyedWritesNeedAWellFormedKey_data()
    {
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<QString>("field");
        const QByteArray uuid = newKey().toUtf8();
        QTest::newRow("no key") << HeaderList{} << QStringLiteral("Idempotency-Key");
        QTest::newRow("empty key") << HeaderList{{"Idempotency-Key", ""}}
                                   << QStringLiteral("Idempotency-Key");
        QTest::newRow("not a uuid") << HeaderList{{"Idempotency-Key", "retry-1"}}
                                    << QStringLiteral("Idempotency-Key");
        QTest::newRow("braced uuid") << HeaderList{{"Idempotency-Key", "{" + uuid + "}"}}
                                     << QStringLiteral("Idempotency-Key");
        QTest::newRow("uuid with junk")
            << HeaderList{{"Idempotency-Key", uuid.left(35) + "g"}} << QStringLiteral("Idempotency-Key");
        QTest::newRow("device seq negative") << HeaderList{{"Idempotency-Key", uuid}, {"X-Device-Seq", "-1"}}
                                             << QStringLiteral("X-Device-Seq");
        QTest::newRow("device seq text") << HeaderList{{"Idempotency-Key", uuid}, {"X-Device-Seq", "seven"}}
                                         << QStringLiteral("X-Device-Seq");
        QTest::newRow("device id too long")
            << HeaderList{{"Idempotency-Key", uuid}, {"X-Device-Id", QByteArray(65, 'd')}}
            << QStringLiteral("X-Device-Id");
        QTest::newRow("repeated key")
            << HeaderList{{"Idempotency-Key", uuid}, {"Idempotency-Key", uuid}} << QString();
    }
    void keyedWritesNeedAWellFormedKey()
    {
        QFETCH(HeaderList, headers);
        QFETCH(QString, field);
        const WjwApplication target = wjwApplication(2);
        auto wjw = as(QStringLiteral("officer_wjw"));
        const ApiReply r = wjw->patch(applicationPath(target.id),
                                      QJsonObject{{QStringLiteral("base_version"), target.version},
                                                  {QStringLiteral("priority"), QStringLiteral("urgent")}},
                                      headers);
        QCOMPARE(r.status, 400);
        QVERIFY(r.hasErrorShape());
        QCOMPARE(r.errorCode(), QStringLiteral("bad_request"));
        if (!field.isEmpty())
            QCOMPARE(r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")]
                         .toString(),
                     field);
        QCOMPARE(versionOf(target.id), target.version);
        // Visits need the key just the same.
        auto grid = as(QStringLiteral("grid_huli"));
        QCOMPARE(grid->post(QStringLiteral("/api/v1/visits"), visitBody(*grid), headers).status, 400);
    }

    void sameKeyIsReplayedAndNeverWritesTwice()
    {
        const WjwApplication target = wjwApplication(3);
        auto wjw = as(QStringLiteral("officer_wjw"));
        const QString path = applicationPath(target.id);
        const QString key = newKey();
        const QJsonObject body{{QStringLiteral("base_version"), target.version},
                               {QStringLiteral("remark"), QStringLiteral("已电话联系申请人")}};
        const ApiReply first = wjw->patch(path, body, keyed(key));
        QCOMPARE(first.status, 200);
        const qint64 logged = changesOf(QStringLiteral("application"), target.id);
        for (int i = 0; i < 3; ++i) {
            const ApiReply again = wjw->patch(path, body, keyed(key));
            QCOMPARE(again.status, 200);
            QCOMPARE(again.body, first.body);
            QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        }
        // A client on another connection (another sign-in of the same officer) gets the same answer.
        auto wjw2 = as(QStringLiteral("officer_wjw"));
        QCOMPARE(wjw2->patch(path, body, keyed(key.toUpper())).body, first.body);
        QCOMPARE(versionOf(target.id), target.version + 1);
        QCOMPARE(changesOf(QStringLiteral("application"), target.id), logged);
        // The key of another user, or used for another request, is refused.
        const ApiReply stolen = m_admin->patch(path, body, keyed(key));
        QCOMPARE(stolen.status, 409);
        QCOMPARE(stolen.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")]
                     .toString(),
                 QStringLiteral("Idempotency-Key"));
        const WjwApplication another = wjwApplication(4);
        const ApiReply reused = wjw->patch(applicationPath(another.id),
                                           QJsonObject{{QStringLiteral("base_version"), another.version},
                                                       {QStringLiteral("remark"), QStringLiteral("x")}},
                                           keyed(key));
        QCOMPARE(reused.status, 409);
        QCOMPARE(versionOf(another.id), another.version);
        QCOMPARE(versionOf(target.id), target.version + 1);
    }

    void patchIsScopedAndStrict_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown field")
            << QByteArray(R"({"base_version":%1,"remark":"x","status":"completed"})") << 400;
        QTest::newRow("base_version missing") << QByteArray(R"({"remark":"x"})") << 400;
        QTest::newRow("base_version text") << QByteArray(R"({"base_version":"%1","remark":"x"})") << 400;
        QTest::newRow("base_version fraction") << QByteArray(R"({"base_version":1.5,"remark":"x"})") << 400;
        QTest::newRow("remark number") << QByteArray(R"({"base_version":%1,"remark":5})") << 400;
        QTest::newRow("priority unknown") << QByteArray(R"({"base_version":%1,"priority":"high"})") << 400;
        QTest::newRow("nothing to change") << QByteArray(R"({"base_version":%1})") << 400;
        QTest::newRow("remark too long")
            << (QByteArray(R"({"base_version":%1,"remark":")") + QByteArray(2001, 'x') + "\"}") << 400;
        QTest::newRow("not json") << QByteArray(R"({"base_version":)") << 400;
        QTest::newRow("longest remark")
            << (QByteArray(R"({"base_version":%1,"remark":")") + QByteArray(2000, 'x') + "\"}") << 200;
    }
    void patchIsScopedAndStrict()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const WjwApplication target = wjwApplication(5);
        auto wjw = as(QStringLiteral("officer_wjw"));
        body.replace("%1", QByteArray::number(target.version));
        const ApiReply r = wjw->send(QStringLiteral("PATCH"), applicationPath(target.id), body,
                                     "application/json", {}, keyed(newKey()));
        QVERIFY2(r.status == status, r.body.left(300).constData());
        QCOMPARE(versionOf(target.id), status == 200 ? target.version + 1 : target.version);
    }

    void patchOutsideTheScopeOrRoleIsRefused()
    {
        const QString gajOnly = applicationOnlyOf(QStringLiteral("gaj"));
        QVERIFY2(!gajOnly.isEmpty(), "the demo data has no 公安-only application");
        const qint64 version = versionOf(gajOnly);
        const QJsonObject body{{QStringLiteral("base_version"), version},
                               {QStringLiteral("priority"), QStringLiteral("urgent")}};
        auto wjw = as(QStringLiteral("officer_wjw"));
        const ApiReply hidden = wjw->patch(applicationPath(gajOnly), body, keyed(newKey()));
        QCOMPARE(hidden.status, 404);
        QCOMPARE(hidden.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(
            wjw->patch(applicationPath(QStringLiteral("no-such-application")), body, keyed(newKey())).status,
            404);
        for (const char *user : {"grid_huli", "supervisor_city"}) {
            auto c = as(QLatin1String(user));
            QCOMPARE(c->patch(applicationPath(gajOnly), body, keyed(newKey())).status, 403);
        }
        QCOMPARE(versionOf(gajOnly), version);
        // Admins may change any application.
        QCOMPARE(m_admin->patch(applicationPath(gajOnly), body, keyed(newKey())).status, 200);
        QCOMPARE(versionOf(gajOnly), version + 1);
    }

    void concurrentPatchesOfOneVersionConflict()
    {
        const WjwApplication target = wjwApplication(6);
        auto a = as(QStringLiteral("officer_wjw"));
        auto b = as(QStringLiteral("officer_wjw"));
        const qint64 logged = changesOf(QStringLiteral("application"), target.id);
        const auto race = [&](const QString &keyA, const QString &keyB) {
            std::latch go(2);
            ApiReply ra;
            ApiReply rb;
            const auto send = [&](ApiTestClient &c, const QString &key, const QString &remark,
                                  ApiReply &out) {
                go.arrive_and_wait();
                out = c.patch(applicationPath(target.id),
                              QJsonObject{{QStringLiteral("base_version"), target.version},
                                          {QStringLiteral("remark"), remark}},
                              keyed(key));
            };
            std::thread ta(send, std::ref(*a), keyA, QStringLiteral("甲"), std::ref(ra));
            std::thread tb(send, std::ref(*b), keyB, QStringLiteral("乙"), std::ref(rb));
            ta.join();
            tb.join();
            return qMakePair(ra, rb);
        };
        // Two edits of the same version: one wins, the other sees the winner's copy.
        const auto [first, second] = race(newKey(), newKey());
        QCOMPARE(QSet<int>({first.status, second.status}), QSet<int>({200, 409}));
        const ApiReply &won = first.status == 200 ? first : second;
        const ApiReply &lost = first.status == 200 ? second : first;
        QCOMPARE(lost.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("server")]
                     .toObject(),
                 won.json);
        QCOMPARE(versionOf(target.id), target.version + 1);
        QCOMPARE(changesOf(QStringLiteral("application"), target.id), logged + 1);
    }

    void concurrentRetriesWithOneKeyRunOnce()
    {
        const WjwApplication target = wjwApplication(7);
        auto a = as(QStringLiteral("officer_wjw"));
        auto b = as(QStringLiteral("officer_wjw"));
        const qint64 logged = changesOf(QStringLiteral("application"), target.id);
        const QString key = newKey();
        const QJsonObject body{{QStringLiteral("base_version"), target.version},
                               {QStringLiteral("remark"), QStringLiteral("同一操作的两次重试")}};
        std::latch go(2);
        ApiReply ra;
        ApiReply rb;
        std::thread ta([&] {
            go.arrive_and_wait();
            ra = a->patch(applicationPath(target.id), body, keyed(key));
        });
        std::thread tb([&] {
            go.arrive_and_wait();
            rb = b->patch(applicationPath(target.id), body, keyed(key));
        });
        ta.join();
        tb.join();
        QCOMPARE(ra.status, 200);
        QCOMPARE(rb.status, 200);
        QCOMPARE(ra.body, rb.body);
        QCOMPARE(int(ra.header("Idempotent-Replayed") == "true") +
                     int(rb.header("Idempotent-Replayed") == "true"),
                 1);
        QCOMPARE(versionOf(target.id), target.version + 1);
        QCOMPARE(changesOf(QStringLiteral("application"), target.id), logged + 1);
    }

    void visitsAreRecordedOnceInTheirGrid()
    {
        auto grid = as(QStringLiteral("grid_huli"));
        auto siming = as(QStringLiteral("grid_siming"));
        QString citizenId;
        const QJsonObject body = visitBody(*grid, &citizenId);
        const QString id = body.value(QStringLiteral("id")).toString();
        const QString gridId = body.value(QStringLiteral("grid_id")).toString();
        const qint64 since = lastSeq();
        const QString key = newKey();
        const ApiReply created = grid->post(QStringLiteral("/api/v1/visits"), body, keyed(key));
        QVERIFY2(created.status == 201, created.body.left(300).constData());
        QCOMPARE(created.json.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(created.json.value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(created.json.value(QStringLiteral("staff_id")).toString(), QStringLiteral("s_grid_huli"));
        QCOMPARE(created.json.value(QStringLiteral("district_code")).toString(), QStringLiteral("350206"));
        QCOMPARE(created.json.value(QStringLiteral("citizen_id")).toString(), citizenId);
        QCOMPARE(created.json.value(QStringLiteral("kind")).toString(), QStringLiteral("special_group"));
        QCOMPARE(created.json.value(QStringLiteral("visited_at")).toString(),
                 body.value(QStringLiteral("visited_at")).toString());
        // A retry gets the same answer and writes nothing.
        const ApiReply replay = grid->post(QStringLiteral("/api/v1/visits"), body, keyed(key));
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.body, created.body);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(changesOf(QStringLiteral("visit"), id), 1);
        // The same record under another key answers the stored one (domain/grid.h: an offline queue
        // replaying); another record under that id is a conflict, showing the record.
        const ApiReply same = grid->post(QStringLiteral("/api/v1/visits"), body, keyed(newKey()));
        QCOMPARE(same.status, 200);
        QCOMPARE(same.json, created.json);
        QJsonObject other = body;
        other.insert(QStringLiteral("visited_at"), QStringLiteral("2026-11-01T02:00:00.000Z"));
        const ApiReply duplicate = grid->post(QStringLiteral("/api/v1/visits"), other, keyed(newKey()));
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("server")]
                     .toObject(),
                 created.json);
        // Readable through the lists and by id; in the grid's feed, not in another grid's.
        QCOMPARE(grid->get(QStringLiteral("/api/v1/visits/") + id).json, created.json);
        for (const QString &filter :
             QStringList{QStringLiteral("grid=") + gridId, QStringLiteral("citizen=") + citizenId}) {
            const ApiReply list = grid->get(QStringLiteral("/api/v1/visits?") + filter);
            QCOMPARE(list.status, 200);
            QCOMPARE(items(list).first().toObject(), created.json);
        }
        QCOMPARE(feedOf(*grid, since, QStringLiteral("visit"), id).size(), 1);
        QCOMPARE(feedOf(*grid, since, QStringLiteral("visit"), id)
                     .first()
                     .value(QStringLiteral("data"))
                     .toObject(),
                 created.json);
        QVERIFY(feedOf(*siming, since, QStringLiteral("visit"), id).isEmpty());
        QCOMPARE(siming->get(QStringLiteral("/api/v1/visits/") + id).status, 404);
        QCOMPARE(as(QStringLiteral("supervisor_huli"))->get(QStringLiteral("/api/v1/visits/") + id).status,
                 200);
        auto wjw = as(QStringLiteral("officer_wjw"));
        QCOMPARE(wjw->get(QStringLiteral("/api/v1/visits")).json.value(QStringLiteral("total")).toInteger(),
                 0);
        QCOMPARE(wjw->get(QStringLiteral("/api/v1/visits/") + id).status, 404);
    }

    void visitsOutsideTheCallersGridsAreRefused()
    {
        auto grid = as(QStringLiteral("grid_huli"));
        auto siming = as(QStringLiteral("grid_siming"));
        const QJsonObject good = visitBody(*grid);
        const QString simingGrid = siming->get(QStringLiteral("/api/v1/auth/me"))
                                       .json.value(QStringLiteral("grid_ids"))
                                       .toArray()
                                       .first()
                                       .toString();
        const QJsonObject stranger =
            items(siming->get(QStringLiteral("/api/v1/citizens?limit=1&grid=") + simingGrid))
                .first()
                .toObject();
        const auto with = [&good](const QString &field, const QJsonValue &value) {
            QJsonObject b = good;
            b.insert(QStringLiteral("id"), newKey());
            b.insert(field, value);
            return b;
        };
        const qint64 before = sqlCount(QStringLiteral("SELECT COUNT(*) FROM visits"));
        const QString path = QStringLiteral("/api/v1/visits");
        QCOMPARE(grid->post(path, with(QStringLiteral("grid_id"), simingGrid), keyed(newKey())).status, 404);
        QCOMPARE(
            grid->post(path, with(QStringLiteral("grid_id"), QStringLiteral("no-such-grid")), keyed(newKey()))
                .status,
            404);
        QCOMPARE(grid->post(path, with(QStringLiteral("citizen_id"), stranger.value(QStringLiteral("id"))),
                            keyed(newKey()))
                     .status,
                 404);
        QCOMPARE(
            grid->post(path,
                       with(QStringLiteral("household_id"), stranger.value(QStringLiteral("household_id"))),
                       keyed(newKey()))
                .status,
            404);
        // Bad input.
        QCOMPARE(
            grid->post(path, with(QStringLiteral("kind"), QStringLiteral("party")), keyed(newKey())).status,
            400);
        QCOMPARE(
            grid->post(path, with(QStringLiteral("summary"), QStringLiteral("   ")), keyed(newKey())).status,
            400);
        QCOMPARE(grid->post(path, with(QStringLiteral("summary"), QString(2001, QLatin1Char('x'))),
                            keyed(newKey()))
                     .status,
                 400);
        QCOMPARE(
            grid->post(path, with(QStringLiteral("id"), QStringLiteral("visit-1")), keyed(newKey())).status,
            400);
        QCOMPARE(
            grid->post(path, with(QStringLiteral("visited_at"), QStringLiteral("yesterday")), keyed(newKey()))
                .status,
            400);
        QCOMPARE(grid->post(path,
                            with(QStringLiteral("visited_at"),
                                 QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODateWithMs)),
                            keyed(newKey()))
                     .status,
                 400);
        QCOMPARE(
            grid->post(path, with(QStringLiteral("staff_id"), QStringLiteral("s_admin")), keyed(newKey()))
                .status,
            400);
        // Only grid managers record visits.
        for (const char *user : {"officer_wjw", "supervisor_huli"}) {
            auto c = as(QLatin1String(user));
            const ApiReply r =
                c->post(path, with(QStringLiteral("kind"), QStringLiteral("routine")), keyed(newKey()));
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        }
        QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM visits")), before);
    }

    void enterpriseHomepagesCarryLicencesInsuranceAndTheirRows()
    {
        const ApiReply page = m_admin->get(QStringLiteral("/api/v1/enterprises?limit=100"));
        QCOMPARE(page.status, 200);
        QVERIFY(!items(page).isEmpty());
        QJsonObject linked;
        for (const QJsonValue &v : items(page)) {
            const QJsonObject e = v.toObject();
            QVERIFY(e.contains(QStringLiteral("legal_person_id")));
            const QJsonArray licences = e.value(QStringLiteral("licences")).toArray();
            QVERIFY2(!licences.isEmpty() && licences.size() <= 4,
                     qPrintable(e.value(QStringLiteral("id")).toString()));
            QCOMPARE(licences.first()[QStringLiteral("name")].toString(), QStringLiteral("营业执照"));
            QCOMPARE(licences.first()[QStringLiteral("number")].toString(),
                     e.value(QStringLiteral("uscc")).toString());
            for (const QJsonValue &l : licences) {
                for (const char *key : {"name", "number", "issuer", "issued_on", "valid_until"})
                    QVERIFY2(!l[QLatin1String(key)].toString().isEmpty(), key);
            }
            const QJsonArray insurance = e.value(QStringLiteral("social_insurance")).toArray();
            QVERIFY(!insurance.isEmpty() && insurance.size() <= 12);
            QString previous = QStringLiteral("9999-99");
            for (const QJsonValue &m : insurance) {
                const QString month = m[QStringLiteral("month")].toString();
                QVERIFY2(month < previous, "social insurance is newest first");
                previous = month;
                QVERIFY(m[QStringLiteral("employees")].toInt() >= 1);
                QVERIFY(m[QStringLiteral("amount_cents")].toInteger() > 0);
                QVERIFY(
                    QStringList({QStringLiteral("paid"), QStringLiteral("due"), QStringLiteral("overdue")})
                        .contains(m[QStringLiteral("status")].toString()));
            }
            QCOMPARE(insurance.first()[QStringLiteral("status")].toString(), QStringLiteral("due"));
            if (linked.isEmpty() && e.value(QStringLiteral("legal_person_id")).isString())
                linked = e;
        }
        // The legal representative is a citizen of the district, by name.
        QVERIFY(!linked.isEmpty());
        const ApiReply person = m_admin->get(QStringLiteral("/api/v1/citizens/") +
                                             linked.value(QStringLiteral("legal_person_id")).toString());
        QCOMPARE(person.status, 200);
        QCOMPARE(person.json.value(QStringLiteral("name")).toString(),
                 linked.value(QStringLiteral("legal_person")).toString());
        QCOMPARE(person.json.value(QStringLiteral("district_code")),
                 linked.value(QStringLiteral("district_code")));

        // An enterprise with bills, a benefit application and an application.
        const ApiReply withBenefit = m_admin->get(QStringLiteral("/api/v1/benefits?limit=500"));
        QString id;
        for (const QJsonValue &b : items(withBenefit)) {
            if (b[QStringLiteral("enterprise_id")].isString()) {
                id = b[QStringLiteral("enterprise_id")].toString();
                QCOMPARE(b[QStringLiteral("citizen_id")].toString(), QString());
                break;
            }
        }
        QVERIFY2(!id.isEmpty(), "no enterprise benefit application in the first page");
        const QString base = QStringLiteral("/api/v1/enterprises/") + id;
        const ApiReply bills = m_admin->get(base + QStringLiteral("/bills"));
        QCOMPARE(bills.status, 200);
        QVERIFY(!items(bills).isEmpty());
        for (const QJsonValue &b : items(bills)) {
            QCOMPARE(b[QStringLiteral("enterprise_id")].toString(), id);
            QCOMPARE(b[QStringLiteral("citizen_id")].toString(), QString());
        }
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/bills?enterprise=") + id)
                     .json.value(QStringLiteral("total")),
                 bills.json.value(QStringLiteral("total")));
        const ApiReply benefits = m_admin->get(base + QStringLiteral("/benefits"));
        QCOMPARE(benefits.status, 200);
        QVERIFY(!items(benefits).isEmpty());
        for (const QJsonValue &b : items(benefits))
            QCOMPARE(b[QStringLiteral("enterprise_id")].toString(), id);
        const ApiReply applications = m_admin->get(base + QStringLiteral("/applications?limit=500"));
        QCOMPARE(applications.status, 200);
        for (const QJsonValue &a : items(applications))
            QCOMPARE(a[QStringLiteral("applicant_id")].toString(), id);
        // Citizens' bills name no enterprise.
        const ApiReply citizenBills = m_admin->get(QStringLiteral("/api/v1/bills?limit=20&citizen=") +
                                                   person.json.value(QStringLiteral("id")).toString());
        for (const QJsonValue &b : items(citizenBills))
            QVERIFY(b[QStringLiteral("enterprise_id")].isNull());

        // Scoped like the enterprise: a supervisor of the district sees them, one of another does not.
        const QString district = m_admin->get(base).json.value(QStringLiteral("district_code")).toString();
        auto huli = as(QStringLiteral("supervisor_huli"));
        const int expected = district == QLatin1String("350206") ? 200 : 404;
        for (const QString &suffix : {QString(), QStringLiteral("/bills"), QStringLiteral("/benefits"),
                                      QStringLiteral("/applications")})
            QCOMPARE(huli->get(base + suffix).status, expected);
        for (const QString &suffix :
             {QStringLiteral("/bills"), QStringLiteral("/benefits"), QStringLiteral("/applications")}) {
            QCOMPARE(m_admin->get(QStringLiteral("/api/v1/enterprises/no-such-enterprise") + suffix).status,
                     404);
            QCOMPARE(m_admin->get(base + suffix + QStringLiteral("?enterprise=x")).status, 400);
        }
    }

    void pushesAreSentOnceAndFeedTheirScope()
    {
        auto wjw = as(QStringLiteral("officer_wjw"));
        const QJsonObject citizen =
            items(wjw->get(QStringLiteral("/api/v1/citizens?limit=1"))).first().toObject();
        const QString citizenId = citizen.value(QStringLiteral("id")).toString();
        const QString serviceId = serviceOf(QStringLiteral("wjw"), QStringLiteral("citizen"))
                                      .value(QStringLiteral("id"))
                                      .toString();
        QVERIFY(!citizenId.isEmpty() && !serviceId.isEmpty());
        const QString id = newKey();
        const QJsonObject body{{QStringLiteral("id"), id.toUpper()},
                               {QStringLiteral("citizen_id"), citizenId},
                               {QStringLiteral("service_id"), serviceId},
                               {QStringLiteral("channel"), QStringLiteral("sms")},
                               {QStringLiteral("message"), QStringLiteral("  您好，您可在线办理该事项。  ")}};
        const qint64 since = lastSeq();
        const QString key = newKey();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
        const ApiReply created = wjw->post(QStringLiteral("/api/v1/pushes"), body, keyed(key));
        QVERIFY2(created.status == 201, created.body.left(300).constData());
        const QJsonObject &p = created.json;
        QCOMPARE(p.value(QStringLiteral("id")).toString(), id); // stored in lower case
        QCOMPARE(p.value(QStringLiteral("citizen_id")).toString(), citizenId);
        QCOMPARE(p.value(QStringLiteral("service_id")).toString(), serviceId);
        QCOMPARE(p.value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
        QCOMPARE(p.value(QStringLiteral("message")).toString(), QStringLiteral("您好，您可在线办理该事项。"));
        QCOMPARE(p.value(QStringLiteral("sent_by")).toString(), QStringLiteral("s_officer_wjw"));
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QVERIFY(p.value(QStringLiteral("campaign_id")).isNull());
        QVERIFY(p.value(QStringLiteral("responded_at")).isNull());
        QCOMPARE(p.value(QStringLiteral("district_code")), citizen.value(QStringLiteral("district_code")));
        QCOMPARE(p.value(QStringLiteral("grid_id")), citizen.value(QStringLiteral("grid_id")));
        QCOMPARE(p.value(QStringLiteral("version")).toInteger(), 1);
        const QDateTime sentAt =
            QDateTime::fromString(p.value(QStringLiteral("sent_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(sentAt >= before && sentAt <= QDateTime::currentDateTimeUtc().addSecs(5));

        // Readable by id and in the lists; once in the change log and in the sender's feed.
        QCOMPARE(wjw->get(QStringLiteral("/api/v1/pushes/") + id).json, p);
        QCOMPARE(
            items(wjw->get(QStringLiteral("/api/v1/citizens/%1/pushes").arg(citizenId))).first().toObject(),
            p);
        QCOMPARE(
            items(m_admin->get(QStringLiteral("/api/v1/pushes?citizen=") + citizenId)).first().toObject(), p);
        QCOMPARE(changesOf(QStringLiteral("push"), id), 1);
        const QList<QJsonObject> mine = feedOf(*wjw, since, QStringLiteral("push"), id);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().value(QStringLiteral("data")).toObject(), p);
        const QList<QJsonObject> admins = feedOf(*m_admin, since, QStringLiteral("push"), id);
        QCOMPARE(admins.size(), 1);
        // The citizen's district supervisor sees it; another district's does not.
        auto huli = as(QStringLiteral("supervisor_huli"));
        const bool inHuli = p.value(QStringLiteral("district_code")).toString() == QLatin1String("350206");
        QCOMPARE(huli->get(QStringLiteral("/api/v1/pushes/") + id).status, inHuli ? 200 : 404);
        QCOMPARE(feedOf(*huli, since, QStringLiteral("push"), id).size(), inHuli ? 1 : 0);

        // The same key again: the stored answer, nothing written.
        const ApiReply replay = wjw->post(QStringLiteral("/api/v1/pushes"), body, keyed(key));
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.body, created.body);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(changesOf(QStringLiteral("push"), id), 1);
        // The same id under another key: the stored push when it is the same, a conflict when not.
        const ApiReply same = wjw->post(QStringLiteral("/api/v1/pushes"), body, keyed(newKey()));
        QCOMPARE(same.status, 200);
        QCOMPARE(same.json, p);
        QVERIFY(same.header("Idempotent-Replayed").isEmpty());
        QJsonObject other = body;
        other.insert(QStringLiteral("channel"), QStringLiteral("wechat"));
        const ApiReply conflict = wjw->post(QStringLiteral("/api/v1/pushes"), other, keyed(newKey()));
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), QStringLiteral("conflict"));
        QCOMPARE(conflict.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("server")]
                     .toObject(),
                 p);
        QCOMPARE(changesOf(QStringLiteral("push"), id), 1);
    }

    void badPushesAreRefusedAndWriteNothing()
    {
        auto wjw = as(QStringLiteral("officer_wjw"));
        const QString citizenId = firstId(wjw->get(QStringLiteral("/api/v1/citizens?limit=1")));
        const QString serviceId = serviceOf(QStringLiteral("wjw"), QStringLiteral("citizen"))
                                      .value(QStringLiteral("id"))
                                      .toString();
        const QString enterpriseService = serviceOf(QStringLiteral("wjw"), QStringLiteral("enterprise"))
                                              .value(QStringLiteral("id"))
                                              .toString();
        const QString stranger = citizenOutsideScopeOf(*wjw).value(QStringLiteral("id")).toString();
        QVERIFY(!citizenId.isEmpty() && !serviceId.isEmpty() && !enterpriseService.isEmpty() &&
                !stranger.isEmpty());
        const QJsonObject good{{QStringLiteral("id"), newKey()},
                               {QStringLiteral("citizen_id"), citizenId},
                               {QStringLiteral("service_id"), serviceId},
                               {QStringLiteral("channel"), QStringLiteral("app")},
                               {QStringLiteral("message"), QStringLiteral("推荐办理")}};
        const auto with = [&good](const QString &field, const QJsonValue &value) {
            QJsonObject b = good;
            b.insert(QStringLiteral("id"), newKey());
            b.insert(field, value);
            return b;
        };
        const QString path = QStringLiteral("/api/v1/pushes");
        const qint64 before = sqlCount(QStringLiteral("SELECT COUNT(*) FROM pushes"));
        const struct {
            QJsonObject body;
            int status;
            const char *field;
        } cases[] = {
            {with(QStringLiteral("channel"), QStringLiteral("fax")), 400, "channel"},
            {with(QStringLiteral("message"), QStringLiteral("   ")), 400, "message"},
            {with(QStringLiteral("message"), QString(501, QChar(0x8BF7))), 400, "message"},
            {with(QStringLiteral("service_id"), QStringLiteral("no-such-service")), 400, "service_id"},
            {with(QStringLiteral("service_id"), enterpriseService), 400, "service_id"},
            {with(QStringLiteral("id"), QStringLiteral("push-1")), 400, "id"},
            {with(QStringLiteral("citizen_id"), stranger), 404, nullptr},
            {with(QStringLiteral("citizen_id"), QStringLiteral("no-such-citizen")), 404, nullptr},
            {with(QStringLiteral("sent_by"), QStringLiteral("s_admin")), 400, nullptr},
            {with(QStringLiteral("channel"), 5), 400, nullptr},
        };
        for (const auto &c : cases) {
            const ApiReply r = wjw->post(path, c.body, keyed(newKey()));
            QVERIFY2(r.status == c.status, qPrintable(QString::number(r.status) + QLatin1Char(' ') +
                                                      QString::fromUtf8(r.body.left(200))));
            QVERIFY(r.hasErrorShape());
            if (c.field)
                QCOMPARE(errorField(r), QLatin1String(c.field));
        }
        QCOMPARE(wjw->send(QStringLiteral("POST"), path, QByteArray(R"({"id":)"), "application/json", {},
                           keyed(newKey()))
                     .status,
                 400);
        QCOMPARE(wjw->post(path, with(QStringLiteral("channel"), QStringLiteral("app")), {}).status,
                 400); // no key
        const ApiReply tooLarge = wjw->send(QStringLiteral("POST"), path, QByteArray(9 * 1024 * 1024, 'x'),
                                            "application/json", {}, keyed(newKey()));
        QCOMPARE(tooLarge.status, 413);
        QVERIFY(tooLarge.hasErrorShape());
        // Only officers, supervisors and admins push.
        auto grid = as(QStringLiteral("grid_huli"));
        const ApiReply forbidden =
            grid->post(path, with(QStringLiteral("channel"), QStringLiteral("app")), keyed(newKey()));
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM pushes")), before);
        // The longest message is fine.
        QCOMPARE(
            wjw->post(path, with(QStringLiteral("message"), QString(500, QChar(0x8BF7))), keyed(newKey()))
                .status,
            201);
        QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM pushes")), before + 1);
    }

    void notesAreWrittenByWhoeverSeesTheSubject()
    {
        auto grid = as(QStringLiteral("grid_huli"));
        auto siming = as(QStringLiteral("grid_siming"));
        const QString displayName = grid->get(QStringLiteral("/api/v1/auth/me"))
                                        .json.value(QStringLiteral("display_name"))
                                        .toString();
        QVERIFY(!displayName.isEmpty());
        const QJsonObject citizen =
            items(grid->get(QStringLiteral("/api/v1/citizens?limit=1"))).first().toObject();
        const QString citizenId = citizen.value(QStringLiteral("id")).toString();
        const QString id = newKey();
        const QJsonObject body{{QStringLiteral("id"), id},
                               {QStringLiteral("subject_type"), QStringLiteral("citizen")},
                               {QStringLiteral("subject_id"), citizenId},
                               {QStringLiteral("text"), QStringLiteral(" 入户走访，老人身体状况良好。 ")}};
        const qint64 since = lastSeq();
        const QString key = newKey();
        const ApiReply created = grid->post(QStringLiteral("/api/v1/notes"), body, keyed(key));
        QVERIFY2(created.status == 201, created.body.left(300).constData());
        const QJsonObject &n = created.json;
        QCOMPARE(n.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(n.value(QStringLiteral("subject_type")).toString(), QStringLiteral("citizen"));
        QCOMPARE(n.value(QStringLiteral("subject_id")).toString(), citizenId);
        QCOMPARE(n.value(QStringLiteral("author_id")).toString(), QStringLiteral("s_grid_huli"));
        QCOMPARE(n.value(QStringLiteral("author_name")).toString(), displayName);
        QCOMPARE(n.value(QStringLiteral("text")).toString(), QStringLiteral("入户走访，老人身体状况良好。"));
        QCOMPARE(n.value(QStringLiteral("district_code")).toString(), QStringLiteral("350206"));
        QCOMPARE(n.value(QStringLiteral("grid_id")), citizen.value(QStringLiteral("grid_id")));
        QCOMPARE(n.value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(n.value(QStringLiteral("created_at")), n.value(QStringLiteral("updated_at")));

        QCOMPARE(grid->get(QStringLiteral("/api/v1/notes/") + id).json, n);
        QCOMPARE(items(grid->get(QStringLiteral("/api/v1/notes?subject=") + citizenId)).first().toObject(),
                 n);
        QCOMPARE(feedOf(*grid, since, QStringLiteral("note"), id).size(), 1);
        QCOMPARE(as(QStringLiteral("supervisor_huli"))->get(QStringLiteral("/api/v1/notes/") + id).status,
                 200);
        QCOMPARE(siming->get(QStringLiteral("/api/v1/notes/") + id).status, 404);
        QVERIFY(feedOf(*siming, since, QStringLiteral("note"), id).isEmpty());
        const ApiReply replay = grid->post(QStringLiteral("/api/v1/notes"), body, keyed(key));
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.body, created.body);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(changesOf(QStringLiteral("note"), id), 1);

        // On an enterprise, by an admin; by an officer on an applicant of the department (in its feed).
        const QString enterpriseId = firstId(m_admin->get(QStringLiteral("/api/v1/enterprises?limit=1")));
        const ApiReply onEnterprise = m_admin->post(
            QStringLiteral("/api/v1/notes"),
            QJsonObject{{QStringLiteral("id"), newKey()},
                        {QStringLiteral("subject_type"), QStringLiteral("enterprise")},
                        {QStringLiteral("subject_id"), enterpriseId},
                        {QStringLiteral("text"), QStringLiteral("企业咨询稳岗补贴，已转人社。")}},
            keyed(newKey()));
        QCOMPARE(onEnterprise.status, 201);
        QCOMPARE(onEnterprise.json.value(QStringLiteral("author_name")).toString(),
                 QStringLiteral("系统管理员"));
        QCOMPARE(
            items(m_admin->get(QStringLiteral("/api/v1/notes?subject=") + enterpriseId)).first().toObject(),
            onEnterprise.json);
        auto wjw = as(QStringLiteral("officer_wjw"));
        const QString applicant = firstId(wjw->get(QStringLiteral("/api/v1/citizens?limit=1")));
        const QString officerNote = newKey();
        const ApiReply byOfficer =
            wjw->post(QStringLiteral("/api/v1/notes"),
                      QJsonObject{{QStringLiteral("id"), officerNote},
                                  {QStringLiteral("subject_type"), QStringLiteral("citizen")},
                                  {QStringLiteral("subject_id"), applicant},
                                  {QStringLiteral("text"), QStringLiteral("已电话告知补充材料。")}},
                      keyed(newKey()));
        QCOMPARE(byOfficer.status, 201);
        QCOMPARE(feedOf(*wjw, since, QStringLiteral("note"), officerNote).size(), 1);

        // Bad input, and subjects out of scope.
        const QString stranger = items(siming->get(QStringLiteral("/api/v1/citizens?limit=1")))
                                     .first()[QStringLiteral("id")]
                                     .toString();
        const auto with = [&body](const QString &field, const QJsonValue &value) {
            QJsonObject b = body;
            b.insert(QStringLiteral("id"), newKey());
            b.insert(field, value);
            return b;
        };
        const qint64 before = sqlCount(QStringLiteral("SELECT COUNT(*) FROM notes"));
        const struct {
            QJsonObject body;
            int status;
            const char *field;
        } cases[] = {
            {with(QStringLiteral("subject_type"), QStringLiteral("household")), 400, "subject_type"},
            {with(QStringLiteral("text"), QStringLiteral(" ")), 400, "text"},
            {with(QStringLiteral("text"), QString(2001, QLatin1Char('x'))), 400, "text"},
            {with(QStringLiteral("id"), QStringLiteral("note-1")), 400, "id"},
            {with(QStringLiteral("subject_id"), stranger), 404, nullptr},
            {with(QStringLiteral("subject_type"), QStringLiteral("enterprise")), 404,
             nullptr}, // a citizen's id
            {with(QStringLiteral("author_id"), QStringLiteral("s_admin")), 400, nullptr},
        };
        for (const auto &c : cases) {
            const ApiReply r = grid->post(QStringLiteral("/api/v1/notes"), c.body, keyed(newKey()));
            QVERIFY2(r.status == c.status, qPrintable(QString::number(r.status) + QLatin1Char(' ') +
                                                      QString::fromUtf8(r.body.left(200))));
            if (c.field)
                QCOMPARE(errorField(r), QLatin1String(c.field));
        }
        QCOMPARE(grid->send(QStringLiteral("POST"), QStringLiteral("/api/v1/notes"),
                            QByteArray(R"({"text":)"), "application/json", {}, keyed(newKey()))
                     .status,
                 400);
        QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM notes")), before);
    }

    void applicationsStartAtTheCounter()
    {
        auto wjw = as(QStringLiteral("officer_wjw"));
        const QJsonObject service = serviceOf(QStringLiteral("wjw"), QStringLiteral("citizen"));
        const QString serviceId = service.value(QStringLiteral("id")).toString();
        // A citizen new to the department: served at the counter all the same, and in scope afterwards.
        const QJsonObject citizen = citizenOutsideScopeOf(*wjw, 1);
        const QString citizenId = citizen.value(QStringLiteral("id")).toString();
        QVERIFY(!serviceId.isEmpty() && !citizenId.isEmpty());
        const QString id = newKey();
        const QJsonObject body{{QStringLiteral("id"), id},
                               {QStringLiteral("service_id"), serviceId},
                               {QStringLiteral("applicant_type"), QStringLiteral("citizen")},
                               {QStringLiteral("applicant_id"), citizenId}};
        const qint64 since = lastSeq();
        const QString key = newKey();
        const ApiReply created = wjw->post(QStringLiteral("/api/v1/applications"), body, keyed(key));
        QVERIFY2(created.status == 201, created.body.left(300).constData());
        const QJsonObject &a = created.json;
        static const QRegularExpression number(QStringLiteral("^\\d{8}-\\d{6}$"));
        const QDateTime submitted =
            QDateTime::fromString(a.value(QStringLiteral("submitted_at")).toString(), Qt::ISODateWithMs);
        QVERIFY2(number.match(a.value(QStringLiteral("number")).toString()).hasMatch(),
                 qPrintable(a.value(QStringLiteral("number")).toString()));
        QCOMPARE(a.value(QStringLiteral("number")).toString().left(8),
                 submitted.addSecs(8 * 3600).date().toString(QStringLiteral("yyyyMMdd")));
        QCOMPARE(a.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(a.value(QStringLiteral("service_id")).toString(), serviceId);
        QCOMPARE(a.value(QStringLiteral("applicant_type")).toString(), QStringLiteral("citizen"));
        QCOMPARE(a.value(QStringLiteral("applicant_id")).toString(), citizenId);
        QCOMPARE(a.value(QStringLiteral("applicant_name")), citizen.value(QStringLiteral("name")));
        // Started through the workflow state machine (domain/workflow.h): in progress at once.
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(a.value(QStringLiteral("channel")).toString(), QStringLiteral("counter"));
        QCOMPARE(a.value(QStringLiteral("current_step")).toInt(), 1);
        QCOMPARE(a.value(QStringLiteral("remark")).toString(), QString());
        QVERIFY(a.value(QStringLiteral("remark")).isString());
        QCOMPARE(a.value(QStringLiteral("priority")).toString(), QStringLiteral("normal"));
        QCOMPARE(a.value(QStringLiteral("district_code")), citizen.value(QStringLiteral("district_code")));
        QCOMPARE(a.value(QStringLiteral("grid_id")), citizen.value(QStringLiteral("grid_id")));
        QVERIFY(a.value(QStringLiteral("completed_at")).isNull());
        QCOMPARE(a.value(QStringLiteral("version")).toInteger(), 1);
        const QDateTime due =
            QDateTime::fromString(a.value(QStringLiteral("due_at")).toString(), Qt::ISODateWithMs);
        // Working days (worktime.h), from the submission.
        QCOMPARE(due, gd::worktime::dueAfter(submitted, service.value(QStringLiteral("sla_days")).toInt()));
        const QJsonArray steps = a.value(QStringLiteral("steps")).toArray();
        const QJsonArray workflow = service.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), workflow.size());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i][QStringLiteral("name")], workflow[i][QStringLiteral("name")]);
            QCOMPARE(steps[i][QStringLiteral("department_id")], workflow[i][QStringLiteral("department_id")]);
            // The first stage is active (its steps in parallel), the others wait.
            const bool first =
                workflow[i][QStringLiteral("stage")].toInt() == workflow[0][QStringLiteral("stage")].toInt();
            QCOMPARE(steps[i][QStringLiteral("stage")], workflow[i][QStringLiteral("stage")]);
            QCOMPARE(steps[i][QStringLiteral("status")].toString(),
                     first ? QStringLiteral("active") : QStringLiteral("waiting"));
            QCOMPARE(steps[i][QStringLiteral("started_at")].isNull(), !first);
            QCOMPARE(steps[i][QStringLiteral("due_at")].isNull(), !first);
            QVERIFY(steps[i][QStringLiteral("handler_id")].isNull());
            QVERIFY(steps[i][QStringLiteral("claimed_by")].isNull());
        }
        QCOMPARE(wjw->get(applicationPath(id)).json, a);
        QCOMPARE(wjw->get(QStringLiteral("/api/v1/citizens/%1/bills?limit=1").arg(citizenId)).status, 200);
        QCOMPARE(feedOf(*wjw, since, QStringLiteral("application"), id).size(), 1);
        QCOMPARE(changesOf(QStringLiteral("application"), id), 1);
        const ApiReply replay = wjw->post(QStringLiteral("/api/v1/applications"), body, keyed(key));
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.body, created.body);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        // Numbers run on within the day.
        const ApiReply second =
            wjw->post(QStringLiteral("/api/v1/applications"),
                      QJsonObject{{QStringLiteral("id"), newKey()},
                                  {QStringLiteral("service_id"), serviceId},
                                  {QStringLiteral("applicant_type"), QStringLiteral("citizen")},
                                  {QStringLiteral("applicant_id"), citizenId},
                                  {QStringLiteral("remark"), QStringLiteral("代办人：配偶")}},
                      keyed(newKey()));
        QCOMPARE(second.status, 201);
        QCOMPARE(second.json.value(QStringLiteral("remark")).toString(), QStringLiteral("代办人：配偶"));
        QVERIFY(second.json.value(QStringLiteral("number")).toString() >
                a.value(QStringLiteral("number")).toString());

        // An enterprise's application, by an admin, is among the enterprise's.
        const QString enterpriseService = serviceOf(QStringLiteral("scjg"), QStringLiteral("enterprise"))
                                              .value(QStringLiteral("id"))
                                              .toString();
        const QString enterpriseId =
            firstId(m_admin->get(QStringLiteral("/api/v1/enterprises?limit=1&offset=3")));
        const QString enterpriseApplication = newKey();
        const ApiReply forEnterprise =
            m_admin->post(QStringLiteral("/api/v1/applications"),
                          QJsonObject{{QStringLiteral("id"), enterpriseApplication},
                                      {QStringLiteral("service_id"), enterpriseService},
                                      {QStringLiteral("applicant_type"), QStringLiteral("enterprise")},
                                      {QStringLiteral("applicant_id"), enterpriseId}},
                          keyed(newKey()));
        QVERIFY2(forEnterprise.status == 201, forEnterprise.body.left(300).constData());
        bool listed = false;
        for (const QJsonValue &v : items(m_admin->get(
                 QStringLiteral("/api/v1/enterprises/%1/applications?limit=500").arg(enterpriseId))))
            listed |= v[QStringLiteral("id")].toString() == enterpriseApplication;
        QVERIFY(listed);

        // Refusals.
        const QString gajOnly = serviceOf(QStringLiteral("gaj"), QStringLiteral("citizen"), true)
                                    .value(QStringLiteral("id"))
                                    .toString();
        QVERIFY(!gajOnly.isEmpty());
        const auto with = [&body](const QString &field, const QJsonValue &value) {
            QJsonObject b = body;
            b.insert(QStringLiteral("id"), newKey());
            b.insert(field, value);
            return b;
        };
        const qint64 before = sqlCount(QStringLiteral("SELECT COUNT(*) FROM applications"));
        const struct {
            QJsonObject body;
            int status;
            const char *field;
        } cases[] = {
            {with(QStringLiteral("applicant_type"), QStringLiteral("enterprise")), 400, "applicant_type"},
            {with(QStringLiteral("applicant_type"), QStringLiteral("household")), 400, "applicant_type"},
            {with(QStringLiteral("service_id"), QStringLiteral("no-such-service")), 400, "service_id"},
            {with(QStringLiteral("remark"), QString(2001, QLatin1Char('x'))), 400, "remark"},
            {with(QStringLiteral("id"), QStringLiteral("application-1")), 400, "id"},
            {with(QStringLiteral("status"), QStringLiteral("completed")), 400, nullptr},
            {with(QStringLiteral("applicant_id"), QStringLiteral("no-such-citizen")), 404, nullptr},
            {with(QStringLiteral("service_id"), gajOnly), 403, "service_id"}, // no wjw step
        };
        for (const auto &c : cases) {
            const ApiReply r = wjw->post(QStringLiteral("/api/v1/applications"), c.body, keyed(newKey()));
            QVERIFY2(r.status == c.status, qPrintable(QString::number(r.status) + QLatin1Char(' ') +
                                                      QString::fromUtf8(r.body.left(200))));
            if (c.field)
                QCOMPARE(errorField(r), QLatin1String(c.field));
        }
        QCOMPARE(wjw->send(QStringLiteral("POST"), QStringLiteral("/api/v1/applications"), QByteArray("[1]"),
                           "application/json", {}, keyed(newKey()))
                     .status,
                 400);
        for (const char *user : {"grid_huli", "supervisor_city"}) {
            const ApiReply r =
                as(QLatin1String(user))
                    ->post(QStringLiteral("/api/v1/applications"),
                           with(QStringLiteral("remark"), QStringLiteral("x")), keyed(newKey()));
            QCOMPARE(r.status, 403);
        }
        QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM applications")), before);
    }

    void eventStreamAnnouncesChangesInScope()
    {
        // Heartbeats a minute apart: an event within seconds can only come from the write's notification.
        ServerProcess live;
        QVERIFY2(m_server.startSibling(live, {QStringLiteral("--sse-heartbeat"), QStringLiteral("60")}),
                 qPrintable(live.error()));
        const WjwApplication target = wjwApplication(8);
        ApiTestClient wjw(live.port());
        wjw.setToken(wjw.login(QStringLiteral("officer_wjw")));
        const qint64 since = lastSeq();
        EventStreamClient stream(live.port(), wjw.token());
        stream.start(QStringLiteral("/api/v1/sync/events?since=%1").arg(since));
        QVERIFY(
            stream.waitFor([](const EventStreamClient::State &s) { return !s.retry.isEmpty() || s.ended; }));
        EventStreamClient::State state = stream.state();
        QCOMPARE(state.status, 200);
        QCOMPARE(state.contentType, QByteArray("text/event-stream"));
        QCOMPARE(state.cacheControl, QByteArray("no-cache"));
        QCOMPARE(state.retry, QByteArray("5000"));
        QVERIFY(state.events.isEmpty()); // nothing new in scope after the checkpoint

        const ApiReply r = wjw.patch(applicationPath(target.id),
                                     QJsonObject{{QStringLiteral("base_version"), target.version},
                                                 {QStringLiteral("priority"), QStringLiteral("urgent")}},
                                     keyed(newKey()));
        QCOMPARE(r.status, 200);
        const QByteArray seq = QByteArray::number(lastSeq());
        QVERIFY2(stream.waitFor([&seq](const EventStreamClient::State &s) {
            return !s.events.isEmpty() && s.events.last().id == seq;
        }),
                 stream.state().body.constData());
        state = stream.state();
        QCOMPARE(state.events.size(), 1);
        QCOMPARE(state.events.first().event, QByteArray("changes"));
        QCOMPARE(state.events.first().data, QByteArray("{\"seq\":") + seq + "}");

        // Reconnecting with Last-Event-ID resumes after it (and wins over since): the write is announced at
        // once to a client that had not seen it.
        EventStreamClient resumed(live.port(), wjw.token());
        resumed.start(QStringLiteral("/api/v1/sync/events?since=0"),
                      {{"Last-Event-ID", QByteArray::number(since)}});
        QVERIFY(resumed.waitFor(
            [](const EventStreamClient::State &s) { return !s.events.isEmpty() || s.ended; }));
        QCOMPARE(resumed.state().events.first().id, seq);

        // Stopping the server ends the open streams and the process exits cleanly.
        wjw.disconnect();
        QVERIFY(live.stop());
        QVERIFY(stream.waitFor([](const EventStreamClient::State &s) { return s.ended; }));
        QVERIFY(resumed.waitFor([](const EventStreamClient::State &s) { return s.ended; }));
    }

    void eventStreamIgnoresChangesOutOfScopeAndIsCapped()
    {
        ServerProcess live;
        QVERIFY2(m_server.startSibling(live, {QStringLiteral("--sse-heartbeat"), QStringLiteral("1"),
                                              QStringLiteral("--max-streams"), QStringLiteral("2")}),
                 qPrintable(live.error()));
        const WjwApplication target = wjwApplication(9);
        ApiTestClient wjw(live.port());
        wjw.setToken(wjw.login(QStringLiteral("officer_wjw")));
        ApiTestClient other(live.port());
        other.setToken(other.login(QStringLiteral("officer_") + target.otherDepartment));
        EventStreamClient stream(live.port(), other.token());
        stream.start(QStringLiteral("/api/v1/sync/events?since=%1").arg(lastSeq()));
        QVERIFY(stream.waitFor([](const EventStreamClient::State &s) { return s.pings > 0 || s.ended; }));
        QCOMPARE(stream.state().status, 200);

        // A change outside the other officer's department: heartbeats go on, no event comes. Two more
        // heartbeats after the write prove the stream looked at the log since (it does on every one).
        QCOMPARE(wjw.patch(applicationPath(target.id),
                           QJsonObject{{QStringLiteral("base_version"), target.version},
                                       {QStringLiteral("remark"), QStringLiteral("与他部门无关")}},
                           keyed(newKey()))
                     .status,
                 200);
        const int pings = stream.state().pings;
        QVERIFY(stream.waitFor(
            [pings](const EventStreamClient::State &s) { return s.pings >= pings + 2 || s.ended; }));
        QVERIFY2(stream.state().events.isEmpty(), stream.state().body.constData());
        QVERIFY(!stream.state().ended);

        // At most two streams: a third is told to come back later.
        EventStreamClient second(live.port(), wjw.token());
        second.start(QStringLiteral("/api/v1/sync/events"));
        QVERIFY(
            second.waitFor([](const EventStreamClient::State &s) { return !s.retry.isEmpty() || s.ended; }));
        EventStreamClient third(live.port(), wjw.token());
        third.start(QStringLiteral("/api/v1/sync/events"));
        QVERIFY(third.waitFor([](const EventStreamClient::State &s) { return s.ended; }));
        QCOMPARE(third.state().status, 503);
        QVERIFY(third.state().retryAfter.toInt() > 0);
        QVERIFY(third.state().body.contains("\"unavailable\""));
        // A client that goes away frees its place: the server notices at a heartbeat's write, so each
        // retry waits for the next heartbeat on the other stream.
        stream.stop();
        std::unique_ptr<EventStreamClient> next;
        bool reopened = false;
        for (int attempt = 0; attempt < 10 && !reopened; ++attempt) {
            const int beats = second.state().pings;
            QVERIFY(second.waitFor(
                [beats](const EventStreamClient::State &s) { return s.pings > beats || s.ended; }));
            next = std::make_unique<EventStreamClient>(live.port(), wjw.token());
            next->start(QStringLiteral("/api/v1/sync/events"));
            QVERIFY(
                next->waitFor([](const EventStreamClient::State &s) { return s.status != 0 || s.ended; }));
            reopened = next->state().status == 200;
        }
        QVERIFY(reopened);

        // Bad requests.
        ApiTestClient plain(live.port());
        QCOMPARE(plain.get(QStringLiteral("/api/v1/sync/events")).status, 401);
        plain.setToken(wjw.token());
        QCOMPARE(plain.get(QStringLiteral("/api/v1/sync/events?since=-1")).status, 400);
        QCOMPARE(plain.get(QStringLiteral("/api/v1/sync/events?limit=5")).status, 400);
        QCOMPARE(plain
                     .send(QStringLiteral("GET"), QStringLiteral("/api/v1/sync/events"), {}, {}, {},
                           {{"Last-Event-ID", "abc"}})
                     .status,
                 400);
        for (ApiTestClient *client : {&wjw, &other, &plain})
            client->disconnect();
        for (EventStreamClient *client : {&second, &third, next.get()})
            client->stop();
        QVERIFY(live.stop());
    }

    void eventStreamEndsAfterItsLifetime()
    {
        ServerProcess live;
        QVERIFY2(m_server.startSibling(live, {QStringLiteral("--sse-lifetime"), QStringLiteral("1")}),
                 qPrintable(live.error()));
        EventStreamClient stream(live.port(), m_admin->token());
        stream.start(QStringLiteral("/api/v1/sync/events?since=%1").arg(lastSeq()));
        // Closed by the server (the client reconnects after `retry`), not by a failure.
        QVERIFY(stream.waitFor([](const EventStreamClient::State &s) { return s.ended; }));
        QCOMPARE(stream.state().status, 200);
        QCOMPARE(stream.state().retry, QByteArray("5000"));
        QVERIFY(stream.state().body.endsWith("\n\n"));
        stream.stop();
        QVERIFY(live.stop());
    }

    void errorAfterTheWriteIsRetriedWithTheSameKey()
    {
        ServerProcess faulty;
        QVERIFY2(m_server.startSibling(
                     faulty, {QStringLiteral("--inject-faults"), QStringLiteral("seed=7,error-after=1")}),
                 qPrintable(faulty.error()));
        QVERIFY(faulty.serverLog().contains(QStringLiteral("WARNING: --inject-faults is on")));
        const WjwApplication target = wjwApplication(10);
        const qint64 logged = changesOf(QStringLiteral("application"), target.id);
        const QString key = newKey();
        const QJsonObject body{{QStringLiteral("base_version"), target.version},
                               {QStringLiteral("remark"), QStringLiteral("答复在途中丢失")}};
        ApiTestClient c(faulty.port());
        c.setToken(c.login(QStringLiteral("officer_wjw")));
        const ApiReply failed = c.patch(applicationPath(target.id), body, keyed(key));
        QCOMPARE(failed.status, 500);
        QCOMPARE(failed.errorCode(), QStringLiteral("internal"));
        // The write committed all the same ...
        QCOMPARE(versionOf(target.id), target.version + 1);
        QCOMPARE(changesOf(QStringLiteral("application"), target.id), logged + 1);
        // ... so the retry (here through the other server on the same database) gets its stored result.
        ApiTestClient retry(m_server.port());
        retry.setToken(c.token());
        const ApiReply replay = retry.patch(applicationPath(target.id), body, keyed(key));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.json, m_admin->get(applicationPath(target.id)).json);
        QCOMPARE(versionOf(target.id), target.version + 1);
        QCOMPARE(changesOf(QStringLiteral("application"), target.id), logged + 1);
        c.disconnect();
        QVERIFY(faulty.stop());
    }

    void everyFaultIsSurvivedByRetryingWithTheSameKey()
    {
        ServerProcess faulty;
        QVERIFY2(m_server.startSibling(faulty,
                                       {QStringLiteral("--inject-faults"),
                                        QStringLiteral("seed=11,error-before=0.2,error-after=0.2,drop=0.15,"
                                                       "truncate=0.15")}),
                 qPrintable(faulty.error()));
        const WjwApplication target = wjwApplication(11);
        const qint64 logged = changesOf(QStringLiteral("application"), target.id);
        ApiTestClient c(faulty.port());
        c.setToken(c.login(QStringLiteral("officer_wjw")));
        constexpr int kWrites = 8;
        int failures = 0;
        int transportFailures = 0;
        qint64 version = target.version;
        for (int i = 0; i < kWrites; ++i) {
            // One edit, sent until an answer arrives, always with its key and its base version.
            const QString key = newKey();
            const QJsonObject body{{QStringLiteral("base_version"), version},
                                   {QStringLiteral("remark"), QStringLiteral("第%1次修改").arg(i + 1)}};
            ApiReply r;
            for (int attempt = 0; attempt < 50; ++attempt) {
                r = c.patch(applicationPath(target.id), body, keyed(key));
                if (r.status == 200)
                    break;
                QVERIFY2(r.status == 0 || r.status == 500, r.body.left(300).constData());
                ++failures;
                transportFailures += r.status == 0;
            }
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QStringLiteral("version")).toInteger(), version + 1);
            version += 1;
        }
        // Each edit applied exactly once, whatever happened on the way.
        QCOMPARE(versionOf(target.id), target.version + kWrites);
        QCOMPARE(changesOf(QStringLiteral("application"), target.id), logged + kWrites);
        QVERIFY(failures > 0);
        QVERIFY(transportFailures > 0);
        // The change feed is subject to faults too.
        int feedFailures = 0;
        for (int i = 0; i < 10; ++i)
            feedFailures += c.get(QStringLiteral("/api/v1/sync/changes?limit=1")).status != 200;
        QVERIFY(feedFailures > 0);
        c.disconnect();
        QVERIFY(faulty.stop());
        const QString log = faulty.serverLog();
        for (const char *fault : {"fault=error-before", "fault=error-after", "fault=drop", "fault=truncate"})
            QVERIFY2(log.contains(QLatin1String(fault)), fault);
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
