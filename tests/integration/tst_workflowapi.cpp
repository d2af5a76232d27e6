// Integration: applications' workflows across departments (issue 5) on the real govdesk-server with
// --test-clock, against SQLite or PostgreSQL (GOVDESK_TEST_BACKEND). A 出生医学证明办理 application walks
// health → police → education with claims, a return for supplement paused over working days, a transfer
// and the completion; claim races between two officers of one department, stale base versions,
// idempotent replays, scopes, the audit trail, the citizen portal's ratings and supplements, and the
// supervisor's release of another officer's claim. Applications are started at the counter
// (POST /applications), so each test has its own and they do not depend on one another's state.
#include "apitestclient.h"
#include "serverprocess.h"
#include "staffclients.h"

#include "domain/worktime.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <latch>
#include <thread>

using namespace gd::test;

namespace {
const QString kPassword = QStringLiteral("GovDesk!2026");
// Monday 23 November 2026, 10:00 China Standard Time: a working day.
const QDateTime kStart = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);

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

QJsonArray items(const ApiReply &r)
{
    return r.json.value(QStringLiteral("items")).toArray();
}

QJsonObject step(const QJsonObject &application, int seq)
{
    for (const QJsonValue &v : application.value(QStringLiteral("steps")).toArray()) {
        if (v[QStringLiteral("seq")].toInt() == seq)
            return v.toObject();
    }
    return {};
}

QDateTime timeOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

QString reasonOf(const ApiReply &r)
{
    return r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("reason")].toString();
}

QStringList actionsOf(const QJsonObject &application)
{
    QStringList out;
    for (const QJsonValue &e : application.value(QStringLiteral("history")).toArray())
        out.append(e[QStringLiteral("action")].toString());
    return out;
}
} // namespace

class TestWorkflowApi : public QObject {
    Q_OBJECT
private:
    ServerProcess m_server;
    StaffClients m_staff{m_server};
    QString m_birthService; // 出生医学证明办理: wjw → gaj → jyj
    QString m_citizen;      // an applicant

    ApiTestClient &as(const QString &username) { return m_staff.as(username); }

    void setClock(const QDateTime &now)
    {
        const ApiReply r = as(QStringLiteral("admin"))
                               .post(QStringLiteral("/api/v1/test/clock"),
                                     {{QStringLiteral("now"), now.toString(Qt::ISODateWithMs)}});
        QCOMPARE(r.status, 200);
    }

    // A new application of `service` started at the counter by `officer`.
    QJsonObject start(const QString &officer, const QString &service)
    {
        const ApiReply r = as(officer).post(QStringLiteral("/api/v1/applications"),
                                            {{QStringLiteral("id"), newKey()},
                                             {QStringLiteral("service_id"), service},
                                             {QStringLiteral("applicant_type"), QStringLiteral("citizen")},
                                             {QStringLiteral("applicant_id"), m_citizen}},
                                            keyed(newKey()));
        if (r.status != 201)
            qWarning("start failed: %d %s", r.status, r.body.constData());
        return r.json;
    }

    ApiReply act(const QString &who, const QString &id, QJsonObject body, const QString &key = newKey())
    {
        return as(who).post(applicationPath(id) + QStringLiteral("/actions"), body, keyed(key));
    }

    static QJsonObject action(const QString &what, int stepSeq, qint64 baseVersion, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("action"), what);
        extra.insert(QStringLiteral("step_seq"), stepSeq);
        extra.insert(QStringLiteral("base_version"), baseVersion);
        return extra;
    }

    QString serviceNamed(const QString &name)
    {
        const ApiReply r = as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/services?limit=500"));
        for (const QJsonValue &v : items(r)) {
            if (v[QStringLiteral("name")].toString() == name)
                return v[QStringLiteral("id")].toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.citizens = 1000;
        options.extraArgs = {QStringLiteral("--test-clock")};
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        qInfo("backend %s, port %d", qPrintable(m_server.backend()), m_server.port());
        QVERIFY(!as(QStringLiteral("admin")).token().isEmpty());
        setClock(kStart);
        m_birthService = serviceNamed(QStringLiteral("出生医学证明办理"));
        QVERIFY(!m_birthService.isEmpty());
        const ApiReply citizens = as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/citizens?limit=1"));
        m_citizen = items(citizens).first()[QStringLiteral("id")].toString();
        QVERIFY(!m_citizen.isEmpty());
    }

    void catalogueCarriesStages()
    {
        const ApiReply r =
            as(QStringLiteral("officer_rsj")).get(QStringLiteral("/api/v1/services?limit=500"));
        QCOMPARE(r.status, 200);
        QJsonObject bundle;
        for (const QJsonValue &v : items(r)) {
            if (v[QStringLiteral("name")].toString() == QStringLiteral("失业人员一条龙服务"))
                bundle = v.toObject();
        }
        const QJsonArray steps = bundle.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps[0][QStringLiteral("stage")].toInt(), 1);
        for (int i = 1; i < 4; ++i)
            QCOMPARE(steps[i][QStringLiteral("stage")].toInt(), 2); // 法律援助 ∥ 技能培训 ∥ 岗位推荐
    }

    // health → police (returned for supplement, paused 3 working days, transferred) → education.
    void walkThroughThreeDepartments()
    {
        setClock(kStart);
        const QJsonObject created = start(QStringLiteral("officer_wjw"), m_birthService);
        const QString id = created.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(step(created, 1).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(step(created, 2).value(QStringLiteral("status")).toString(), QStringLiteral("waiting"));
        QCOMPARE(actionsOf(created), QStringList{QStringLiteral("submit")});
        QVERIFY(!created.value(QStringLiteral("materials")).toArray().isEmpty());
        // 3 working days from Monday: due at the end of Thursday (CST).
        QCOMPARE(timeOf(step(created, 1).value(QStringLiteral("due_at"))),
                 gd::worktime::endOfLocalDay(QDate(2026, 11, 26)));

        ApiReply r = act(QStringLiteral("officer_wjw"), id, action(QStringLiteral("claim"), 1, 1));
        QCOMPARE(r.status, 200);
        QCOMPARE(step(r.json, 1).value(QStringLiteral("claimed_by")).toString(),
                 QStringLiteral("s_officer_wjw"));
        QVERIFY(!step(r.json, 1).value(QStringLiteral("claimed_by_name")).toString().isEmpty());
        r = act(QStringLiteral("officer_wjw"), id, action(QStringLiteral("approve"), 1, 2));
        QCOMPARE(r.status, 200);
        QCOMPARE(step(r.json, 1).value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(step(r.json, 2).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(step(r.json, 2).value(QStringLiteral("department_id")).toString(), QStringLiteral("gaj"));

        // Police: the application is in its queue now.
        const ApiReply queue =
            as(QStringLiteral("officer_gaj"))
                .get(QStringLiteral("/api/v1/applications?active_department=gaj&limit=500"));
        QCOMPARE(queue.status, 200);
        bool queued = false;
        for (const QJsonValue &v : items(queue))
            queued |= v[QStringLiteral("id")].toString() == id;
        QVERIFY(queued);
        r = act(QStringLiteral("officer_gaj"), id, action(QStringLiteral("claim"), 2, 3));
        QCOMPARE(r.status, 200);
        // A return needs the missing materials.
        r = act(QStringLiteral("officer_gaj"), id, action(QStringLiteral("return"), 2, 4));
        QCOMPARE(r.status, 400);
        r = act(QStringLiteral("officer_gaj"), id,
                action(QStringLiteral("return"), 2, 4,
                       {{QStringLiteral("materials"), QJsonArray{QStringLiteral("父母户口簿")}},
                        {QStringLiteral("reason"), QStringLiteral("缺少户口簿")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("supplement"));
        QCOMPARE(r.json.value(QStringLiteral("sla_state")).toString(), QStringLiteral("paused"));
        QCOMPARE(r.json.value(QStringLiteral("missing_materials")).toArray(),
                 QJsonArray{QStringLiteral("父母户口簿")});
        const QDateTime pausedAt = timeOf(r.json.value(QStringLiteral("paused_at")));
        QVERIFY(pausedAt.isValid());
        const QDateTime stepDue = timeOf(step(r.json, 2).value(QStringLiteral("due_at")));
        const QDateTime appDue = timeOf(r.json.value(QStringLiteral("due_at")));

        // Three working days later the supplement arrives.
        const QDate resumedDay = gd::worktime::addWorkingDays(gd::worktime::localDate(pausedAt), 3);
        const QDateTime resumedAt = QDateTime(resumedDay, QTime(1, 30), Qt::UTC); // 09:30 CST
        setClock(resumedAt);
        r = act(QStringLiteral("officer_gaj"), id,
                action(QStringLiteral("resume"), 2, 5,
                       {{QStringLiteral("materials"), QJsonArray{QStringLiteral("父母户口簿")}}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QVERIFY(r.json.value(QStringLiteral("paused_at")).isNull());
        const QDateTime movedStepDue = timeOf(step(r.json, 2).value(QStringLiteral("due_at")));
        QCOMPARE(movedStepDue, gd::worktime::endOfLocalDay(gd::worktime::addWorkingDays(
                                   gd::worktime::localDate(stepDue.addMSecs(-1)), 3)));
        QCOMPARE(gd::worktime::workingDaysBetween(gd::worktime::localDate(stepDue.addMSecs(-1)),
                                                  gd::worktime::localDate(movedStepDue.addMSecs(-1))),
                 3);
        QCOMPARE(timeOf(r.json.value(QStringLiteral("due_at"))),
                 gd::worktime::dueAfterPause(appDue, pausedAt, resumedAt));

        // A transfer needs a reason and a real department.
        r = act(QStringLiteral("officer_gaj"), id,
                action(QStringLiteral("transfer"), 2, 6,
                       {{QStringLiteral("to_department_id"), QStringLiteral("mzj")}}));
        QCOMPARE(r.status, 400);
        r = act(QStringLiteral("officer_gaj"), id,
                action(QStringLiteral("transfer"), 2, 6,
                       {{QStringLiteral("to_department_id"), QStringLiteral("nowhere")},
                        {QStringLiteral("reason"), QStringLiteral("测试")}}));
        QCOMPARE(r.status, 400);
        r = act(QStringLiteral("officer_gaj"), id,
                action(QStringLiteral("transfer"), 2, 6,
                       {{QStringLiteral("to_department_id"), QStringLiteral("mzj")},
                        {QStringLiteral("reason"), QStringLiteral("涉及婚姻状况核验，转民政局")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(step(r.json, 2).value(QStringLiteral("department_id")).toString(), QStringLiteral("mzj"));
        QCOMPARE(step(r.json, 2).value(QStringLiteral("transferred_from")).toString(), QStringLiteral("gaj"));
        QVERIFY(step(r.json, 2).value(QStringLiteral("claimed_by")).isNull());
        // The police still see it; civil affairs now do.
        QCOMPARE(as(QStringLiteral("officer_gaj")).get(applicationPath(id)).status, 200);
        QCOMPARE(as(QStringLiteral("officer_mzj")).get(applicationPath(id)).status, 200);
        // The police no longer act on it.
        r = act(QStringLiteral("officer_gaj"), id, action(QStringLiteral("approve"), 2, 7));
        QCOMPARE(r.status, 403);
        r = act(QStringLiteral("officer_mzj"), id, action(QStringLiteral("approve"), 2, 7));
        QCOMPARE(r.status, 200); // an unclaimed step of one's department is claimed implicitly
        QCOMPARE(step(r.json, 3).value(QStringLiteral("department_id")).toString(), QStringLiteral("jyj"));

        // Education finishes it.
        r = act(QStringLiteral("officer_jyj"), id, action(QStringLiteral("claim"), 3, 8));
        QCOMPARE(r.status, 200);
        r = act(QStringLiteral("officer_jyj"), id,
                action(QStringLiteral("comment"), 3, 9,
                       {{QStringLiteral("comment"), QStringLiteral("已完成入学预登记")}}));
        QCOMPARE(r.status, 200);
        r = act(QStringLiteral("officer_jyj"), id, action(QStringLiteral("approve"), 3, 10));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(r.json.value(QStringLiteral("sla_state")).toString(), QStringLiteral("done"));
        // Finished: further actions conflict.
        const ApiReply late = act(QStringLiteral("officer_jyj"), id, action(QStringLiteral("claim"), 3, 11));
        QCOMPARE(late.status, 409);
        QCOMPARE(reasonOf(late), QStringLiteral("finished"));
        QCOMPARE(late.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("server")]
                          [QStringLiteral("id")]
                              .toString(),
                 id);

        // Every action is in the history, with the version it made, and in the audit log.
        const QJsonObject final = as(QStringLiteral("admin")).get(applicationPath(id)).json;
        const QStringList expected{
            QStringLiteral("submit"),   QStringLiteral("claim"),   QStringLiteral("approve"),
            QStringLiteral("claim"),    QStringLiteral("return"),  QStringLiteral("resume"),
            QStringLiteral("transfer"), QStringLiteral("approve"), QStringLiteral("claim"),
            QStringLiteral("comment"),  QStringLiteral("approve"), QStringLiteral("complete")};
        QCOMPARE(actionsOf(final), expected);
        qint64 lastVersion = 0;
        for (const QJsonValue &e : final.value(QStringLiteral("history")).toArray()) {
            const qint64 v = e[QStringLiteral("version")].toInteger();
            QVERIFY(v >= lastVersion && v >= 1);
            lastVersion = v;
        }
        QCOMPARE(lastVersion, final.value(QStringLiteral("version")).toInteger());
        QCOMPARE(final.value(QStringLiteral("version")).toInteger(), 11);

        const ApiReply audit =
            as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/audit?limit=1000&target=") + id);
        QCOMPARE(audit.status, 200);
        QStringList audited;
        for (const QJsonValue &e : items(audit))
            audited.append(e[QStringLiteral("action")].toString());
        for (const QString &a :
             {QStringLiteral("claim"), QStringLiteral("approve"), QStringLiteral("return"),
              QStringLiteral("resume"), QStringLiteral("transfer"), QStringLiteral("comment")})
            QVERIFY2(audited.contains(QStringLiteral("application.") + a), qPrintable(a));
        QCOMPARE(audited.count(QStringLiteral("application.approve")), 3);
        const ApiReply verify = as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/audit/verify"));
        QCOMPARE(verify.json.value(QStringLiteral("ok")).toBool(), true);

        // The change feed of every department in the workflow carries it.
        for (const QString &officer : {QStringLiteral("officer_wjw"), QStringLiteral("officer_gaj"),
                                       QStringLiteral("officer_mzj"), QStringLiteral("officer_jyj")}) {
            bool found = false;
            qint64 since = 0;
            for (int page = 0; page < 200 && !found; ++page) {
                const ApiReply feed =
                    as(officer).get(QStringLiteral("/api/v1/sync/changes?limit=5000&since=%1").arg(since));
                QCOMPARE(feed.status, 200);
                for (const QJsonValue &c : feed.json.value(QStringLiteral("changes")).toArray())
                    found |= c[QStringLiteral("id")].toString() == id &&
                             c[QStringLiteral("version")].toInteger() == 11;
                since = feed.json.value(QStringLiteral("next")).toInteger();
                if (!feed.json.value(QStringLiteral("has_more")).toBool())
                    break;
            }
            QVERIFY2(found, qPrintable(officer));
        }
    }

    void unrelatedDepartmentSeesNothing()
    {
        setClock(kStart);
        const QString id =
            start(QStringLiteral("officer_wjw"), m_birthService).value(QStringLiteral("id")).toString();
        QCOMPARE(as(QStringLiteral("officer_rsj")).get(applicationPath(id)).status, 404);
        const ApiReply r = act(QStringLiteral("officer_rsj"), id, action(QStringLiteral("claim"), 1, 1));
        QCOMPARE(r.status, 404);
        // Police see it (a later step) but may not act on the health step.
        const ApiReply g = act(QStringLiteral("officer_gaj"), id, action(QStringLiteral("claim"), 1, 1));
        QCOMPARE(g.status, 403);
        // Grid managers take no actions.
        const ApiReply grid = act(QStringLiteral("grid_huli"), id, action(QStringLiteral("claim"), 1, 1));
        QCOMPARE(grid.status, 403);
    }

    void rejectNeedsReason()
    {
        setClock(kStart);
        const QString id =
            start(QStringLiteral("officer_wjw"), m_birthService).value(QStringLiteral("id")).toString();
        ApiReply r = act(QStringLiteral("officer_wjw"), id, action(QStringLiteral("reject"), 1, 1));
        QCOMPARE(r.status, 400);
        r = act(QStringLiteral("officer_wjw"), id,
                action(QStringLiteral("reject"), 1, 1,
                       {{QStringLiteral("reason"), QStringLiteral("分娩记录与身份信息不符")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        r = act(QStringLiteral("officer_wjw"), id, action(QStringLiteral("approve"), 1, 2));
        QCOMPARE(r.status, 409);
        QCOMPARE(reasonOf(r), QStringLiteral("finished"));
    }

    void concurrentClaimsOneWins()
    {
        setClock(kStart);
        for (int round = 0; round < 3; ++round) {
            const QString id =
                start(QStringLiteral("officer_wjw"), m_birthService).value(QStringLiteral("id")).toString();
            ApiTestClient &a = as(QStringLiteral("officer_wjw"));
            ApiTestClient &b = as(QStringLiteral("officer_wjw2"));
            QVERIFY(!b.token().isEmpty());
            ApiReply ra, rb;
            std::latch go(2);
            const QJsonObject body = action(QStringLiteral("claim"), 1, 1);
            std::thread ta([&] {
                go.arrive_and_wait();
                ra = a.post(applicationPath(id) + QStringLiteral("/actions"), body, keyed(newKey()));
            });
            std::thread tb([&] {
                go.arrive_and_wait();
                rb = b.post(applicationPath(id) + QStringLiteral("/actions"), body, keyed(newKey()));
            });
            ta.join();
            tb.join();
            QList<int> statuses{ra.status, rb.status};
            std::sort(statuses.begin(), statuses.end());
            QCOMPARE(statuses, (QList<int>{200, 409}));
            const ApiReply &lost = ra.status == 409 ? ra : rb;
            const ApiReply &won = ra.status == 200 ? ra : rb;
            QCOMPARE(reasonOf(lost), QStringLiteral("claimed"));
            const QJsonObject server =
                lost.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("server")]
                    .toObject();
            QCOMPARE(step(server, 1).value(QStringLiteral("claimed_by")),
                     step(won.json, 1).value(QStringLiteral("claimed_by")));
            const QJsonObject final = as(QStringLiteral("admin")).get(applicationPath(id)).json;
            QCOMPARE(actionsOf(final).count(QStringLiteral("claim")), 1);
            QCOMPARE(final.value(QStringLiteral("version")).toInteger(), 2);
        }
    }

    // A supervisor releases another officer's claim (with a reason); an approve based on the version
    // before that is stale.
    void supervisorReleaseAndStaleVersion()
    {
        setClock(kStart);
        const QString id =
            start(QStringLiteral("officer_wjw"), m_birthService).value(QStringLiteral("id")).toString();
        QCOMPARE(act(QStringLiteral("officer_wjw"), id, action(QStringLiteral("claim"), 1, 1)).status, 200);
        ApiReply r = act(QStringLiteral("officer_wjw2"), id, action(QStringLiteral("claim"), 1, 2));
        QCOMPARE(r.status, 409);
        QCOMPARE(reasonOf(r), QStringLiteral("claimed"));
        // Officers may not release someone else's claim; supervisors may, with a reason.
        r = act(QStringLiteral("officer_wjw2"), id, action(QStringLiteral("release"), 1, 2));
        QCOMPARE(r.status, 409);
        r = act(QStringLiteral("supervisor_city"), id, action(QStringLiteral("release"), 1, 2));
        QCOMPARE(r.status, 400);
        r = act(QStringLiteral("supervisor_city"), id,
                action(QStringLiteral("release"), 1, 2,
                       {{QStringLiteral("reason"), QStringLiteral("办事员休假，重新分配")}}));
        QCOMPARE(r.status, 200);
        QVERIFY(step(r.json, 1).value(QStringLiteral("claimed_by")).isNull());
        QCOMPARE(act(QStringLiteral("officer_wjw2"), id, action(QStringLiteral("claim"), 1, 3)).status, 200);
        QCOMPARE(act(QStringLiteral("officer_wjw2"), id, action(QStringLiteral("release"), 1, 4)).status,
                 200);
        // officer_wjw still looks at version 2.
        r = act(QStringLiteral("officer_wjw"), id, action(QStringLiteral("approve"), 1, 2));
        QCOMPARE(r.status, 409);
        QCOMPARE(reasonOf(r), QStringLiteral("stale"));
        const QJsonObject server =
            r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("server")].toObject();
        QCOMPARE(server.value(QStringLiteral("version")).toInteger(), 5);
        QCOMPARE(server.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        // From the current version it goes through.
        QCOMPARE(act(QStringLiteral("officer_wjw"), id, action(QStringLiteral("approve"), 1, 5)).status, 200);
        // The queue filter of claims.
        QCOMPARE(act(QStringLiteral("officer_gaj"), id, action(QStringLiteral("claim"), 2, 6)).status, 200);
        const ApiReply mine =
            as(QStringLiteral("officer_gaj"))
                .get(QStringLiteral("/api/v1/applications?claimed_by=s_officer_gaj&limit=500"));
        QCOMPARE(mine.status, 200);
        bool found = false;
        for (const QJsonValue &v : items(mine))
            found |= v[QStringLiteral("id")].toString() == id;
        QVERIFY(found);
    }

    void replayedActionIsAnsweredOnce()
    {
        setClock(kStart);
        const QString id =
            start(QStringLiteral("officer_wjw"), m_birthService).value(QStringLiteral("id")).toString();
        const QString key = newKey();
        const ApiReply first =
            act(QStringLiteral("officer_wjw"), id, action(QStringLiteral("claim"), 1, 1), key);
        QCOMPARE(first.status, 200);
        const ApiReply again =
            act(QStringLiteral("officer_wjw"), id, action(QStringLiteral("claim"), 1, 1), key);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.json, first.json);
        const QJsonObject final = as(QStringLiteral("admin")).get(applicationPath(id)).json;
        QCOMPARE(actionsOf(final).count(QStringLiteral("claim")), 1);
        QCOMPARE(final.value(QStringLiteral("version")).toInteger(), 2);
        // The same key for another officer is refused.
        QCOMPARE(act(QStringLiteral("officer_wjw2"), id, action(QStringLiteral("claim"), 1, 1), key).status,
                 409);
        // Without a key there is no action.
        QCOMPARE(as(QStringLiteral("officer_wjw"))
                     .post(applicationPath(id) + QStringLiteral("/actions"),
                           action(QStringLiteral("approve"), 1, 2))
                     .status,
                 400);
    }

    void slaQueues()
    {
        setClock(kStart);
        const QString id =
            start(QStringLiteral("officer_wjw"), m_birthService).value(QStringLiteral("id")).toString();
        const auto inQueue = [&](const QString &sla) {
            const ApiReply r =
                as(QStringLiteral("officer_wjw"))
                    .get(QStringLiteral("/api/v1/applications?limit=500&active_department=wjw&sla=") + sla);
            if (r.status != 200)
                return false;
            for (const QJsonValue &v : items(r)) {
                if (v[QStringLiteral("id")].toString() == id)
                    return true;
            }
            return false;
        };
        QVERIFY(!inQueue(QStringLiteral("overdue")));
        QVERIFY(!inQueue(QStringLiteral("due_soon")));
        // Due at the end of Thursday: due soon on Wednesday, overdue on Friday.
        setClock(QDateTime(QDate(2026, 11, 25), QTime(2, 0), Qt::UTC));
        QVERIFY(inQueue(QStringLiteral("due_soon")));
        // The step is due soon; the application as a whole (7 working days) is not.
        const QJsonObject seen = as(QStringLiteral("officer_wjw")).get(applicationPath(id)).json;
        QCOMPARE(step(seen, 1).value(QStringLiteral("sla_state")).toString(), QStringLiteral("due_soon"));
        QCOMPARE(seen.value(QStringLiteral("sla_state")).toString(), QStringLiteral("normal"));
        setClock(QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC));
        QVERIFY(inQueue(QStringLiteral("overdue")));
        QVERIFY(!inQueue(QStringLiteral("due_soon")));
        QCOMPARE(
            as(QStringLiteral("officer_wjw")).get(QStringLiteral("/api/v1/applications?sla=late")).status,
            400);
        setClock(kStart);
    }

    void portalRatesOnce()
    {
        setClock(kStart);
        ApiTestClient &portal = as(QStringLiteral("portal"));
        QVERIFY(!portal.token().isEmpty());
        // The portal reads nothing.
        QCOMPARE(portal.get(QStringLiteral("/api/v1/citizens?limit=1")).status, 403);
        QCOMPARE(portal.get(QStringLiteral("/api/v1/applications?limit=1")).status, 403);
        QCOMPARE(portal.get(QStringLiteral("/api/v1/sync/changes?since=0")).status, 403);

        const QString id =
            start(QStringLiteral("officer_wjw"), m_birthService).value(QStringLiteral("id")).toString();
        const auto rate = [&](const QJsonObject &body, const QString &who = QStringLiteral("portal")) {
            return as(who).post(
                applicationPath(id).replace(QStringLiteral("/api/v1/"), QStringLiteral("/api/v1/portal/")) +
                    QStringLiteral("/rating"),
                body, keyed(newKey()));
        };
        const QJsonObject good{{QStringLiteral("citizen_id"), m_citizen},
                               {QStringLiteral("rating"), 5},
                               {QStringLiteral("comment"), QStringLiteral("办理速度很快，工作人员很耐心")}};
        ApiReply r = rate(good);
        QCOMPARE(r.status, 409); // not completed yet
        QCOMPARE(reasonOf(r), QStringLiteral("not_completed"));
        qint64 v = 1;
        for (int seq = 1; seq <= 3; ++seq) {
            const QString officer = seq == 1   ? QStringLiteral("officer_wjw")
                                    : seq == 2 ? QStringLiteral("officer_gaj")
                                               : QStringLiteral("officer_jyj");
            const ApiReply a = act(officer, id, action(QStringLiteral("approve"), seq, v));
            QCOMPARE(a.status, 200);
            v = a.json.value(QStringLiteral("version")).toInteger();
        }
        QCOMPARE(rate(good, QStringLiteral("officer_wjw")).status, 403); // staff cannot rate
        QJsonObject wrong = good;
        wrong.insert(QStringLiteral("citizen_id"), QStringLiteral("someone-else"));
        QCOMPARE(rate(wrong).status, 404);
        QJsonObject six = good;
        six.insert(QStringLiteral("rating"), 6);
        QCOMPARE(rate(six).status, 400);
        QJsonObject longComment = good;
        longComment.insert(QStringLiteral("comment"), QString(501, QChar(u'好')));
        QCOMPARE(rate(longComment).status, 400);
        r = rate(good);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("rating")).toInt(), 5);
        r = rate(good);
        QCOMPARE(r.status, 409);
        QCOMPARE(reasonOf(r), QStringLiteral("rated"));
        const QJsonObject rated = as(QStringLiteral("admin")).get(applicationPath(id)).json;
        QCOMPARE(rated.value(QStringLiteral("rating")).toInt(), 5);
        QCOMPARE(rated.value(QStringLiteral("rating_comment")).toString(),
                 good.value(QStringLiteral("comment")).toString());
        QCOMPARE(actionsOf(rated).last(), QStringLiteral("rate"));
    }

    void portalSupplementResumes()
    {
        setClock(kStart);
        const QString id =
            start(QStringLiteral("officer_wjw"), m_birthService).value(QStringLiteral("id")).toString();
        ApiReply r = act(QStringLiteral("officer_wjw"), id,
                         action(QStringLiteral("return"), 1, 1,
                                {{QStringLiteral("materials"), QJsonArray{QStringLiteral("结婚证")}}}));
        QCOMPARE(r.status, 200);
        setClock(QDateTime(QDate(2026, 11, 25), QTime(2, 0), Qt::UTC));
        const QString path =
            QStringLiteral("/api/v1/portal/applications/") + id + QStringLiteral("/supplement");
        r = as(QStringLiteral("portal"))
                .post(path,
                      {{QStringLiteral("citizen_id"), QStringLiteral("someone-else")},
                       {QStringLiteral("materials"), QJsonArray{QStringLiteral("结婚证")}}},
                      keyed(newKey()));
        QCOMPARE(r.status, 404);
        r = as(QStringLiteral("portal"))
                .post(path,
                      {{QStringLiteral("citizen_id"), m_citizen},
                       {QStringLiteral("materials"), QJsonArray{QStringLiteral("结婚证")}}},
                      keyed(newKey()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        const QJsonObject resumed = as(QStringLiteral("officer_wjw")).get(applicationPath(id)).json;
        QCOMPARE(actionsOf(resumed).last(), QStringLiteral("resume"));
        QCOMPARE(resumed.value(QStringLiteral("history"))
                     .toArray()
                     .last()[QStringLiteral("actor_name")]
                     .toString(),
                 QStringLiteral("申请人"));
        setClock(kStart);
    }

    // Closing the open enrolment round ranks its applications by points (ties: earlier submission) and
    // admits the first `seats`, as computed here by hand from the database.
    void enrolmentRoundCloses()
    {
        setClock(kStart);
        QCOMPARE(as(QStringLiteral("officer_wjw")).get(QStringLiteral("/api/v1/enrolment-rounds")).status,
                 403);
        QCOMPARE(as(QStringLiteral("portal")).get(QStringLiteral("/api/v1/enrolment-rounds")).status, 403);
        const ApiReply list =
            as(QStringLiteral("officer_jyj")).get(QStringLiteral("/api/v1/enrolment-rounds"));
        QCOMPARE(list.status, 200);
        QJsonObject open;
        for (const QJsonValue &v : items(list)) {
            if (v[QStringLiteral("status")].toString() == QLatin1String("open"))
                open = v.toObject();
        }
        QVERIFY(!open.isEmpty());
        const QString roundId = open.value(QStringLiteral("id")).toString();
        const QString district = open.value(QStringLiteral("district_code")).toString();
        const QString service = open.value(QStringLiteral("service_id")).toString();
        const int seats = open.value(QStringLiteral("seats")).toInt();

        // A few more applications of the round, started at the counter, with points of their own.
        const ApiReply residents =
            as(QStringLiteral("admin"))
                .get(QStringLiteral("/api/v1/citizens?limit=%1&district=%2").arg(seats + 3).arg(district));
        QStringList added;
        int n = 0;
        for (const QJsonValue &c : items(residents)) {
            const ApiReply r =
                as(QStringLiteral("officer_jyj"))
                    .post(QStringLiteral("/api/v1/applications"),
                          {{QStringLiteral("id"), newKey()},
                           {QStringLiteral("service_id"), service},
                           {QStringLiteral("applicant_type"), QStringLiteral("citizen")},
                           {QStringLiteral("applicant_id"), c[QStringLiteral("id")].toString()}},
                          keyed(newKey()));
            QCOMPARE(r.status, 201);
            const QString id = r.json.value(QStringLiteral("id")).toString();
            added.append(id);
            QSqlQuery q(m_server.sql());
            q.prepare(QStringLiteral(
                "INSERT INTO application_points (application_id, seq, item, points) VALUES (?, 1, "
                "'居住年限', ?)"));
            q.addBindValue(id);
            q.addBindValue(double(10 + (n++ % 3) * 5)); // ties on purpose
            QVERIFY(q.exec());
        }
        QVERIFY(added.size() > seats);
        QCOMPARE(as(QStringLiteral("officer_jyj"))
                     .get(applicationPath(added.first()) + QStringLiteral("/allocation"))
                     .status,
                 404);

        // The hand computation.
        struct Row {
            QString id;
            double total;
            QString submitted;
        };
        QList<Row> expected;
        {
            QSqlQuery q(m_server.sql());
            q.prepare(QStringLiteral(
                "SELECT a.id, a.submitted_at, COALESCE((SELECT SUM(points) FROM application_points p "
                "WHERE p.application_id = a.id), 0) FROM applications a WHERE a.service_id = ? AND "
                "a.district_code = ? AND a.status <> 'rejected' AND a.submitted_at < ?"));
            q.addBindValue(service);
            q.addBindValue(district);
            q.addBindValue(open.value(QStringLiteral("closes_at")).toString());
            QVERIFY(q.exec());
            while (q.next())
                expected.append({q.value(0).toString(), q.value(2).toDouble(), q.value(1).toString()});
        }
        std::sort(expected.begin(), expected.end(), [](const Row &x, const Row &y) {
            if (x.total != y.total)
                return x.total > y.total;
            if (x.submitted != y.submitted)
                return x.submitted < y.submitted;
            return x.id < y.id;
        });

        // Only supervisors (of the district) and admins close rounds.
        const QString close =
            QStringLiteral("/api/v1/enrolment-rounds/") + roundId + QStringLiteral("/close");
        QCOMPARE(as(QStringLiteral("officer_jyj")).post(close, {}, keyed(newKey())).status, 403);
        QCOMPARE(as(QStringLiteral("supervisor_huli")).post(close, {}, keyed(newKey())).status, 404);
        const ApiReply closed = as(QStringLiteral("supervisor_city")).post(close, {}, keyed(newKey()));
        QCOMPARE(closed.status, 200);
        QCOMPARE(closed.json.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(closed.json.value(QStringLiteral("applicants")).toInt(), int(expected.size()));
        QCOMPARE(closed.json.value(QStringLiteral("admitted")).toInt(),
                 std::min<int>(seats, int(expected.size())));
        for (int i = 0; i < expected.size(); ++i) {
            const ApiReply a = as(QStringLiteral("admin"))
                                   .get(applicationPath(expected[i].id) + QStringLiteral("/allocation"));
            QCOMPARE(a.status, 200);
            QCOMPARE(a.json.value(QStringLiteral("rank")).toInt(), i + 1);
            QCOMPARE(a.json.value(QStringLiteral("total_points")).toDouble(), expected[i].total);
            QCOMPARE(a.json.value(QStringLiteral("result")).toString(),
                     i < seats ? QStringLiteral("admitted") : QStringLiteral("waitlisted"));
            QCOMPARE(a.json.value(QStringLiteral("round_id")).toString(), roundId);
        }
        const QJsonObject allocated =
            as(QStringLiteral("officer_jyj")).get(applicationPath(added.first())).json;
        QVERIFY(allocated.value(QStringLiteral("allocation")).isObject());
        QCOMPARE(actionsOf(allocated).last(), QStringLiteral("allocate"));
        QVERIFY(allocated.value(QStringLiteral("points")).isArray());
        // Closing again changes nothing.
        const ApiReply again = as(QStringLiteral("admin")).post(close, {}, keyed(newKey()));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QStringLiteral("version")), closed.json.value(QStringLiteral("version")));
        QCOMPARE(actionsOf(as(QStringLiteral("admin")).get(applicationPath(added.first())).json)
                     .count(QStringLiteral("allocate")),
                 1);
        const ApiReply audit =
            as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/audit?limit=1000&target=") + roundId);
        QCOMPARE(items(audit).size(), 1);
    }

    void testClockIsForAdminsOnly()
    {
        const ApiReply r = as(QStringLiteral("officer_wjw"))
                               .post(QStringLiteral("/api/v1/test/clock"),
                                     {{QStringLiteral("now"), kStart.toString(Qt::ISODateWithMs)}});
        QCOMPARE(r.status, 403);
    }

    // Without --test-clock the route does not exist, for admins too.
    void testClockNeedsTheFlag()
    {
        ServerProcess plain;
        QVERIFY2(m_server.startSibling(plain, {}), qPrintable(plain.error()));
        {
            ApiTestClient admin(plain.port());
            admin.setToken(admin.login(QStringLiteral("admin"), kPassword));
            QVERIFY(!admin.token().isEmpty());
            const ApiReply r = admin.post(QStringLiteral("/api/v1/test/clock"),
                                          {{QStringLiteral("now"), kStart.toString(Qt::ISODateWithMs)}});
            QCOMPARE(r.status, 404);
            admin.disconnect();
        }
        QVERIFY(plain.stop());
    }

    void cleanupTestCase()
    {
        m_staff.disconnectAll();
        QVERIFY(m_server.stop());
    }
};

QTEST_GUILESS_MAIN(TestWorkflowApi)
#include "tst_workflowapi.moc"
