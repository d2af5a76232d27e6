// Integration: the server-side security matrix (issue 9) on the real govdesk-server with demo data, against
// SQLite or PostgreSQL (GOVDESK_TEST_BACKEND). One row per route x caller x scope, from the hand-written
// rules of tests/security/securityrules.cpp (govdesk_route_coverage fails the build when a route has no
// rule): the exact status for no token (401), a refused role (403), an object outside the caller's scope
// (404) and an allowed call in scope (the 2xx, or the 409 of a stale base version that proves the write
// got past the checks); 2xx bodies never carry the out-of-scope object, and lists leave it out exactly for
// the callers that may not see it. One server and one sign-in per caller for the whole run; the writes act
// on objects made for the test or are refused as stale.
#include "apitestclient.h"
#include "securityrules.h"
#include "serverprocess.h"
#include "staffclients.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace gd::test;
using namespace gd::security;

namespace {

const QString kPassword = QStringLiteral("GovDesk!2026");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HeaderList keyed()
{
    return {{QByteArray("Idempotency-Key"), newId().toUtf8()}};
}

} // namespace

class TestSecurityMatrix : public QObject {
    Q_OBJECT
private:
    ServerProcess m_server;
    StaffClients m_staff{m_server};
    Fixture m_fx;
    QElapsedTimer m_timer;
    int m_rows = 0;

    ApiTestClient &as(const QString &username) { return m_staff.as(username); }

    QString one(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_server.sql());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return {};
        }
        return q.next() ? q.value(0).toString() : QString();
    }

    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_server.sql());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    // Sets fixture `key` to `value`; false (with a warning) when it is empty.
    bool put(const char *key, const QString &value)
    {
        if (value.isEmpty()) {
            qWarning("security matrix fixture: no %s in the demo data", key);
            return false;
        }
        m_fx.set(QLatin1String(key), value);
        return true;
    }

    // Makes an object through the API as `who`; its id, or empty (with the reply logged).
    QString made(const QString &who, const QString &path, const QJsonObject &body)
    {
        const ApiReply r = as(who).post(path, body, keyed());
        if (r.status != 201 && r.status != 200) {
            qWarning("%s POST %s: %d %s", qPrintable(who), qPrintable(path), r.status,
                     r.body.left(400).constData());
            return {};
        }
        return r.json.value(QStringLiteral("id")).toString();
    }

    ApiReply call(Actor actor, const SecurityRequest &req)
    {
        std::unique_ptr<ApiTestClient> own;
        ApiTestClient *client = nullptr;
        if (actor == Actor::Anonymous || req.freshSession) {
            own = std::make_unique<ApiTestClient>(m_server.port());
            if (actor != Actor::Anonymous) {
                const QString token = own->login(actorName(actor), kPassword);
                if (token.isEmpty())
                    qWarning("fresh sign-in of %s failed", qPrintable(actorName(actor)));
                own->setToken(token);
            }
            client = own.get();
        } else {
            client = &as(actorName(actor));
        }
        const HeaderList headers = req.method == QLatin1String("GET") ? HeaderList{} : keyed();
        std::optional<QJsonObject> json = req.body;
        if (json && json->value(QStringLiteral("refresh_token")).toString() == kFreshRefreshToken) {
            ApiTestClient signer(m_server.port());
            ApiReply signedIn;
            signer.login(QStringLiteral("officer_jyj"), kPassword, &signedIn);
            json->insert(QStringLiteral("refresh_token"),
                         signedIn.json.value(QStringLiteral("refresh_token")));
        }
        const QByteArray body = json ? QJsonDocument(*json).toJson(QJsonDocument::Compact) : QByteArray();
        return client->send(req.method, req.path, body, "application/json", {}, headers);
    }

    // Everything a list answers for `req` (every page), as JSON text of its items.
    QByteArray everyItem(Actor actor, const SecurityRequest &req, int *status)
    {
        QByteArray out;
        if (req.path.contains(QLatin1String("/sync/changes"))) {
            qint64 since = 0;
            for (int page = 0; page < 1000; ++page) {
                SecurityRequest next = req;
                next.path += QStringLiteral("&since=%1").arg(since);
                const ApiReply r = call(actor, next);
                *status = r.status;
                if (r.status != 200)
                    return out;
                out += QJsonDocument(r.json.value(QStringLiteral("changes")).toArray())
                           .toJson(QJsonDocument::Compact);
                since = r.json.value(QStringLiteral("next")).toInteger();
                if (!r.json.value(QStringLiteral("has_more")).toBool())
                    return out;
            }
            return out;
        }
        ApiReply r = call(actor, req);
        *status = r.status;
        if (r.status != 200)
            return out;
        const QString field =
            r.json.contains(QStringLiteral("results")) ? QStringLiteral("results") : QStringLiteral("items");
        out += QJsonDocument(r.json.value(field).toArray()).toJson(QJsonDocument::Compact);
        if (!r.json.contains(QStringLiteral("total")) || req.method != QLatin1String("GET"))
            return out;
        const qint64 total = r.json.value(QStringLiteral("total")).toInteger();
        const QChar sep = req.path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
        for (qint64 offset = 0; offset < total && offset < 200000; offset += 500) {
            SecurityRequest page = req;
            page.path += sep + QStringLiteral("limit=500&offset=%1").arg(offset);
            r = call(actor, page);
            *status = r.status;
            if (r.status != 200)
                return out;
            out +=
                QJsonDocument(r.json.value(QStringLiteral("items")).toArray()).toJson(QJsonDocument::Compact);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_timer.start();
        ServerProcess::Options options;
        options.citizens = 1000;
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        qInfo("backend %s, port %d", qPrintable(m_server.backend()), m_server.port());
        for (Actor a : allActors()) {
            if (a != Actor::Anonymous)
                QVERIFY2(!as(actorName(a)).token().isEmpty(), qPrintable(actorName(a)));
        }
        const auto firstGrid = [&](const QString &who) {
            return as(who)
                .get(QStringLiteral("/api/v1/auth/me"))
                .json.value(QStringLiteral("grid_ids"))
                .toArray()
                .first()
                .toString();
        };
        const QString gridA = firstGrid(QStringLiteral("grid_huli"));
        const QString gridB = firstGrid(QStringLiteral("grid_siming"));
        QVERIFY(put("gridA", gridA) && put("gridB", gridB));
        QCOMPARE(one(QStringLiteral("SELECT district_code FROM regions WHERE id = ?"), {gridA}),
                 QStringLiteral("350206"));
        QCOMPARE(one(QStringLiteral("SELECT district_code FROM regions WHERE id = ?"), {gridB}),
                 QStringLiteral("350203"));

        // Applicants of 卫健委 or 公安 (now or before a transfer).
        const QString deptApplicants = QStringLiteral(
            "SELECT a.applicant_id FROM applications a JOIN application_steps st ON st.application_id = a.id "
            "WHERE st.department_id IN ('wjw', 'gaj') OR st.transferred_from IN ('wjw', 'gaj')");
        const QString onlyWjw = QStringLiteral("SELECT s.id FROM services s WHERE s.department_id = 'wjw' "
                                               "AND s.applicant_type = ? AND NOT EXISTS "
                                               "(SELECT 1 FROM workflow_steps w WHERE w.service_id = s.id "
                                               "AND w.department_id <> 'wjw') ORDER BY s.id");
        const QString serviceWjw = one(onlyWjw, {QStringLiteral("citizen")});
        const QString enterpriseServiceWjw = one(onlyWjw, {QStringLiteral("enterprise")});
        QVERIFY(put("serviceWjw", serviceWjw) && !enterpriseServiceWjw.isEmpty());
        QVERIFY(put("serviceGaj",
                    one(QStringLiteral("SELECT s.id FROM services s WHERE s.department_id = 'gaj' AND "
                                       "s.applicant_type = 'citizen' ORDER BY s.id"))));

        // In: a citizen and an enterprise of grid A, made 卫健委 applicants at the counter.
        const QString citizenIn =
            one(QStringLiteral("SELECT id FROM citizens WHERE grid_id = ? AND id NOT IN (") + deptApplicants +
                    QStringLiteral(") ORDER BY id"),
                {gridA});
        // (Few enterprises: one of either of grid_huli's grids.)
        const QString enterpriseIn =
            one(QStringLiteral(
                    "SELECT id FROM enterprises WHERE grid_id IN (SELECT grid_id FROM staff_grids WHERE "
                    "staff_id = 's_grid_huli') AND id NOT IN (") +
                deptApplicants + QStringLiteral(") ORDER BY id"));
        QVERIFY(put("citizenIn", citizenIn) && put("enterpriseIn", enterpriseIn));
        const auto start = [&](const QString &service, const char *type, const QString &applicant) {
            return made(QStringLiteral("officer_wjw"), QStringLiteral("/api/v1/applications"),
                        {{QStringLiteral("id"), newId()},
                         {QStringLiteral("service_id"), service},
                         {QStringLiteral("applicant_type"), QLatin1String(type)},
                         {QStringLiteral("applicant_id"), applicant}});
        };
        QVERIFY(put("appIn", start(serviceWjw, "citizen", citizenIn)));
        QVERIFY(!start(enterpriseServiceWjw, "enterprise", enterpriseIn).isEmpty());

        // Out: grid B (思明), no applicants of either department.
        QVERIFY(put("citizenOut",
                    one(QStringLiteral("SELECT id FROM citizens WHERE grid_id = ? AND id NOT IN (") +
                            deptApplicants + QStringLiteral(") ORDER BY id"),
                        {gridB})));
        QVERIFY(put(
            "enterpriseOut",
            one(QStringLiteral("SELECT id FROM enterprises WHERE district_code = '350203' AND grid_id <> ? "
                               "AND id NOT IN (") +
                    deptApplicants + QStringLiteral(") ORDER BY id"),
                {gridA})));
        QVERIFY(put("appOut",
                    one(QStringLiteral("SELECT a.id FROM applications a WHERE a.district_code = '350203' "
                                       "AND NOT EXISTS (SELECT 1 FROM application_steps st WHERE "
                                       "st.application_id = a.id AND (st.department_id IN ('wjw', 'gaj') "
                                       "OR st.transferred_from IN ('wjw', 'gaj'))) ORDER BY a.id"))));
        // A citizen for POST /applications to make an applicant of (not citizenOut, which must stay out).
        QVERIFY(put("citizenCounter",
                    one(QStringLiteral("SELECT id FROM citizens WHERE grid_id = ? AND id NOT IN (") +
                            deptApplicants + QStringLiteral(") AND id <> ? ORDER BY id"),
                        {gridB, m_fx(QStringLiteral("citizenOut"))})));
        const QString ownerOut =
            QStringLiteral("SELECT x.id FROM %1 x WHERE COALESCE(x.enterprise_id, x.citizen_id) IN (SELECT "
                           "id FROM citizens WHERE "
                           "district_code = '350203' UNION ALL SELECT id FROM enterprises WHERE "
                           "district_code = '350203') AND "
                           "COALESCE(x.enterprise_id, x.citizen_id) NOT IN (") +
            deptApplicants +
            QStringLiteral(") AND COALESCE(x.enterprise_id, x.citizen_id) <> ? ORDER BY x.id");
        QVERIFY(put("billOut",
                    one(ownerOut.arg(QStringLiteral("bills")), {m_fx(QStringLiteral("citizenCounter"))})));
        QVERIFY(put("benefitOut",
                    one(ownerOut.arg(QStringLiteral("benefits")), {m_fx(QStringLiteral("citizenCounter"))})));

        // Messages: 卫健委's in grid A (one made so), another department's in grid B.
        const QString messageIn =
            one(QStringLiteral("SELECT id FROM messages WHERE grid_id = ? ORDER BY id"), {gridA});
        QVERIFY(put("messageIn", messageIn));
        QVERIFY(exec(QStringLiteral("UPDATE messages SET department_id = 'wjw' WHERE id = ?"), {messageIn}));
        QVERIFY(
            put("messageOut", one(QStringLiteral("SELECT id FROM messages WHERE district_code = '350203' AND "
                                                 "department_id NOT IN ('wjw', 'gaj') ORDER BY id"))));

        // Grid work of grid A and grid B.
        for (const auto &[key, table] : {std::pair{"visit", "visits"}, std::pair{"household", "households"},
                                         std::pair{"task", "grid_tasks"}}) {
            const QString sql =
                QStringLiteral("SELECT id FROM %1 WHERE grid_id = ? ORDER BY id").arg(QLatin1String(table));
            QVERIFY(put(QByteArray(key).append("In").constData(), one(sql, {gridA})));
            QVERIFY(put(QByteArray(key).append("Out").constData(), one(sql, {gridB})));
        }
        const auto incident = [&](const QString &who, const QString &grid) {
            return made(who, QStringLiteral("/api/v1/incidents"),
                        {{QStringLiteral("id"), newId()},
                         {QStringLiteral("grid_id"), grid},
                         {QStringLiteral("category"), QStringLiteral("fire_hazard")},
                         {QStringLiteral("location"), QStringLiteral("1号楼")},
                         {QStringLiteral("description"), QStringLiteral("安全矩阵事件")},
                         {QStringLiteral("urgency"), QStringLiteral("low")},
                         {QStringLiteral("reported_at"), QStringLiteral("2026-11-20T02:00:00.000Z")}});
        };
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png.append(QByteArray(200, 'p'));
        const auto photo = [&](const QString &who, const QString &incidentId) {
            const QString id = newId();
            return made(who, QStringLiteral("/api/v1/incidents/%1/attachments").arg(incidentId),
                        {{QStringLiteral("id"), id},
                         {QStringLiteral("file_name"), QStringLiteral("p.png")},
                         {QStringLiteral("content_type"), QStringLiteral("image/png")},
                         {QStringLiteral("size"), qint64(png.size())},
                         {QStringLiteral("sha256"),
                          QString::fromLatin1(
                              QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex())},
                         {QStringLiteral("data"), QString::fromLatin1(png.toBase64())}})
                           .isEmpty()
                       ? QString()
                       : id; // (the answer is the incident)
        };
        QVERIFY(put("incidentIn", incident(QStringLiteral("grid_huli"), gridA)));
        QVERIFY(put("incidentOut", incident(QStringLiteral("grid_siming"), gridB)));
        QVERIFY(put("attachmentIn", photo(QStringLiteral("grid_huli"), m_fx(QStringLiteral("incidentIn")))));
        QVERIFY(
            put("attachmentOut", photo(QStringLiteral("grid_siming"), m_fx(QStringLiteral("incidentOut")))));

        // Pushes and notes: 卫健委's officer about the in citizen, the admin about the out one.
        const auto push = [&](const QString &who, const QString &citizen) {
            return made(who, QStringLiteral("/api/v1/pushes"),
                        {{QStringLiteral("id"), newId()},
                         {QStringLiteral("citizen_id"), citizen},
                         {QStringLiteral("service_id"), serviceWjw},
                         {QStringLiteral("channel"), QStringLiteral("sms")},
                         {QStringLiteral("message"), QStringLiteral("安全矩阵")}});
        };
        const auto note = [&](const QString &who, const QString &citizen) {
            return made(who, QStringLiteral("/api/v1/notes"),
                        {{QStringLiteral("id"), newId()},
                         {QStringLiteral("subject_type"), QStringLiteral("citizen")},
                         {QStringLiteral("subject_id"), citizen},
                         {QStringLiteral("text"), QStringLiteral("安全矩阵")}});
        };
        QVERIFY(put("pushIn", push(QStringLiteral("officer_wjw"), citizenIn)));
        QVERIFY(put("pushOut", push(QStringLiteral("admin"), m_fx(QStringLiteral("citizenOut")))));
        QVERIFY(put("noteIn", note(QStringLiteral("officer_wjw"), citizenIn)));
        QVERIFY(put("noteOut", note(QStringLiteral("admin"), m_fx(QStringLiteral("citizenOut")))));

        // Campaigns: 卫健委's, 湖里's, grid A's; 思明's is out.
        const auto campaign = [&](const QString &who, const QString &region) {
            return made(
                who, QStringLiteral("/api/v1/campaigns"),
                {{QStringLiteral("id"), newId()},
                 {QStringLiteral("title"), QStringLiteral("安全矩阵")},
                 {QStringLiteral("content"), QStringLiteral("安全矩阵测试。")},
                 {QStringLiteral("service_id"), serviceWjw},
                 {QStringLiteral("audience"), QJsonObject{{QStringLiteral("region"), region}}},
                 {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("now")}}},
                 {QStringLiteral("channel"), QStringLiteral("app")}});
        };
        QVERIFY(put("campaignWjw", campaign(QStringLiteral("officer_wjw"), gridA)));
        QVERIFY(put("campaignHuli", campaign(QStringLiteral("supervisor_huli"), gridA)));
        QVERIFY(put("campaignGrid", campaign(QStringLiteral("grid_huli"), gridA)));
        QVERIFY(put("campaignOut", campaign(QStringLiteral("supervisor_siming"), gridB)));

        // Enrolment rounds of 湖里 and 思明, both closed (closing again answers the round as it is).
        const QString roundIn =
            one(QStringLiteral("SELECT id FROM enrolment_rounds WHERE district_code = '350206' ORDER BY id"));
        const QString roundOut =
            one(QStringLiteral("SELECT id FROM enrolment_rounds WHERE district_code = '350203' ORDER BY id"));
        QVERIFY(put("roundIn", roundIn) && put("roundOut", roundOut));
        for (const QString &round : {roundIn, roundOut}) {
            const ApiReply closed =
                as(QStringLiteral("admin"))
                    .post(QStringLiteral("/api/v1/enrolment-rounds/%1/close").arg(round), {}, keyed());
            QVERIFY2(closed.status == 200, closed.body.left(300).constData());
        }
        const QString allocated = QStringLiteral(
            "SELECT a.id FROM allocations al JOIN applications a ON a.id = al.application_id JOIN "
            "enrolment_rounds r "
            "ON r.id = al.round_id WHERE r.district_code = ? AND (a.grid_id = ?) = ? ORDER BY a.id");
        // (Enrolment applications have a 公安 step and none of 卫健委: see the allocation rule.)
        if (one(allocated, {QStringLiteral("350206"), gridA, true}).isEmpty()) {
            // The demo draws its data in an order that differs between compilers (gcc and clang evaluate
            // function arguments in opposite orders), and with clang no allocated application fell in
            // grid A: move one there.
            const QString moved = one(allocated, {QStringLiteral("350206"), gridA, false});
            QVERIFY(!moved.isEmpty());
            QSqlQuery q(m_server.sql());
            q.prepare(QStringLiteral("UPDATE applications SET grid_id = ? WHERE id = ?"));
            q.addBindValue(gridA);
            q.addBindValue(moved);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(put("allocIn", one(allocated, {QStringLiteral("350206"), gridA, true})));
        QVERIFY(put("allocOut", one(allocated, {QStringLiteral("350203"), gridA, false})));

        // A message in a citizen's inbox (a sent demo campaign).
        QVERIFY(put("inboxMessage", one(QStringLiteral("SELECT id FROM citizen_inbox ORDER BY id"))));
        QVERIFY(put("inboxCitizen", one(QStringLiteral("SELECT citizen_id FROM citizen_inbox WHERE id = ?"),
                                        {m_fx(QStringLiteral("inboxMessage"))})));
        qInfo("fixture ready after %lld ms", qlonglong(m_timer.elapsed()));
    }

    void matrix_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("actor");
        QTest::addColumn<int>("scope");
        const QList<SecurityRule> &rules = securityRules();
        for (int i = 0; i < rules.size(); ++i) {
            for (Actor a : allActors()) {
                for (Scope s : scopesOf(rules[i]))
                    QTest::addRow("%s | %s | %s", qPrintable(rules[i].route), qPrintable(actorName(a)),
                                  qPrintable(scopeName(s)))
                        << i << int(a) << int(s);
            }
        }
    }

    void matrix()
    {
        QFETCH(int, rule);
        QFETCH(int, actor);
        QFETCH(int, scope);
        const SecurityRule &r = securityRules().at(rule);
        const Actor a = Actor(actor);
        const Scope s = Scope(scope);
        const SecurityRequest req = r.request(m_fx, a, s);
        const int expected = expectedStatus(r, a, s);
        ++m_rows;
        const QByteArray outId =
            r.outKey.isEmpty() ? QByteArray() : r.outPattern.arg(m_fx(r.outKey)).toUtf8();
        const bool seesOut = contains(r.seesOut, a);

        if (r.kind == SecurityRule::Kind::List && s == Scope::Out && expected == 200) {
            // Every page: the out-of-scope object is listed exactly for those who may see it.
            int status = 0;
            const QByteArray items = everyItem(a, req, &status);
            QCOMPARE(status, 200);
            if (items.contains(outId) != seesOut && !seesOut) {
                const qsizetype at = items.indexOf(outId);
                qWarning("listed: ...%s...", items.mid(std::max<qsizetype>(0, at - 300), 600).constData());
            }
            QVERIFY2(items.contains(outId) == seesOut,
                     qPrintable(QStringLiteral("%1 %2 is %3 for %4")
                                    .arg(r.outKey, QString::fromUtf8(outId),
                                         seesOut ? QStringLiteral("missing") : QStringLiteral("listed"),
                                         actorName(a))));
            return;
        }
        const ApiReply reply = call(a, req);
        if (reply.status != expected)
            qWarning("%s %s as %s: %d %s", qPrintable(req.method), qPrintable(req.path),
                     qPrintable(actorName(a)), reply.status, reply.body.left(300).constData());
        QCOMPARE(reply.status, expected);
        if (reply.status >= 400)
            QVERIFY2(reply.hasErrorShape(), reply.body.left(200).constData());
        // A 2xx answer in scope carries nothing of the out-of-scope object.
        if (reply.status < 300 && !outId.isEmpty() && !seesOut && s != Scope::Out) {
            // (The batch lists the citizens out of scope as not found; changes are matched on their JSON.)
            QByteArray shown = reply.body;
            for (const QString &field : {QStringLiteral("results"), QStringLiteral("changes")}) {
                if (reply.json.contains(field))
                    shown = QJsonDocument(reply.json.value(field).toArray()).toJson(QJsonDocument::Compact);
            }
            QVERIFY2(!shown.contains(outId), qPrintable(r.outKey + QStringLiteral(" in the answer")));
        }
    }

    void cleanupTestCase()
    {
        qInfo("%d rows over %lld rules in %lld ms", m_rows, qlonglong(securityRules().size()),
              qlonglong(m_timer.elapsed()));
        m_staff.disconnectAll();
        QVERIFY(m_server.stop());
    }
};

QTEST_GUILESS_MAIN(TestSecurityMatrix)
#include "tst_securitymatrix.moc"
