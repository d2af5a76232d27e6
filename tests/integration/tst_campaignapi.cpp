// Integration: push campaigns (issue 7) on the real govdesk-server, against SQLite or PostgreSQL
// (GOVDESK_TEST_BACKEND), with a low approval threshold and a slowed-down dispatcher (batches of 10, 150 ms
// apart) so that a dispatch can be caught half-way. A campaign goes through approval (self-approval
// refused, the threshold, rejection back to draft), dispatch with the server SIGKILLed mid-dispatch and
// restarted (every sent-group member ends with exactly one message, no hold-out member with any, the
// split reproducible and exactly 10%), the frequency cap, opens through the portal, applications at the
// counter (implicit and explicit attribution, the hold-out's own applications) and their completion, and
// results (funnels, rates, effect and 95% interval, by district and age band, and day by day) equal to a
// computation from the test's own counts. Bad input and bad transitions change nothing. Campaigns come
// through the scoped change feed (GET /sync/changes) to the staff who see them, as GET /campaigns/{id}
// answers them, every write (the dispatcher's batches too) with a version of its own.
#include "apitestclient.h"
#include "serverprocess.h"
#include "staffclients.h"

#include "campaign/holdoutsplit.h"

#include "domain/audience.h"
#include "domain/campaign.h"
#include "domain/grid.h"
#include "domain/worktime.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <map>

using namespace gd::test;

namespace {
constexpr int kThreshold = 100;
const QStringList kDispatchArgs{QStringLiteral("--campaign-approval-threshold"),
                                QString::number(kThreshold),
                                QStringLiteral("--dispatch-batch"),
                                QStringLiteral("10"),
                                QStringLiteral("--dispatch-interval-ms"),
                                QStringLiteral("150"),
                                QStringLiteral("--trigger-scan-seconds"),
                                QStringLiteral("1")};

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HeaderList keyed(const QString &key)
{
    return {{QByteArray("Idempotency-Key"), key.toUtf8()}};
}

QString campaignPath(const QString &id)
{
    return QStringLiteral("/api/v1/campaigns/") + id;
}

QString reasonOf(const ApiReply &r)
{
    return r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("reason")].toString();
}

QJsonObject region(const QString &id)
{
    return {{QStringLiteral("region"), id}};
}

QJsonObject anyOf(const QJsonArray &args)
{
    return {{QStringLiteral("op"), QStringLiteral("or")}, {QStringLiteral("args"), args}};
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

// One group's counts as the test knows them.
struct Tally {
    qint64 members = 0;
    qint64 delivered = 0;
    qint64 opened = 0;
    qint64 applied = 0;
    qint64 completed = 0;
};

// A member as the test sees it: its group and segments.
struct Member {
    bool sent = false;
    QString district;
    QString ageBand;
};

// One day of CampaignResults::days as the test counts it.
struct DayTally {
    qint64 delivered = 0;
    qint64 opened = 0;
    qint64 appliedSent = 0;
    qint64 appliedHoldout = 0;
    qint64 completedSent = 0;
    qint64 completedHoldout = 0;
};
using DayTallies = std::map<QDate, DayTally>;

// Every day from first to last, nothing counted yet.
DayTallies dayRange(QDate first, QDate last)
{
    DayTallies out;
    for (QDate d = first; d <= last; d = d.addDays(1))
        out[d] = {};
    return out;
}

// Counts an event at `isoUtc` (empty: none) on its China Standard Time day, if that is one of `days`.
void countOn(DayTallies &days, const QString &isoUtc, qint64 DayTally::*field)
{
    if (isoUtc.isEmpty())
        return;
    const auto day = days.find(gd::worktime::localDate(QDateTime::fromString(isoUtc, Qt::ISODateWithMs)));
    if (day != days.end())
        ++(day->second.*field);
}

// The sum of one field of the results' days.
qint64 sumOf(const QJsonArray &days, const QString &field)
{
    qint64 sum = 0;
    for (const QJsonValue &d : days)
        sum += d[field].toInteger();
    return sum;
}
} // namespace

class TestCampaignApi : public QObject {
    Q_OBJECT
private:
    ServerProcess m_server;
    StaffClients m_staff{m_server};
    QString m_service;                       // 母子健康手册办理 (one step, wjw)
    QString m_otherService;                  // 生育登记 (wjw too)
    QStringList m_districts;                 // by number of citizens, largest first
    QString m_dispatched;                    // the campaign sent through a server kill
    qint64 m_dispatchedSince = 0;            // the change log's last seq before it was made
    QMap<QString, bool> m_dispatchedMembers; // citizen -> in the sent group

    ApiTestClient &as(const QString &username) { return m_staff.as(username); }

    QJsonObject draft(const QJsonObject &audience, QJsonObject extra = {})
    {
        QJsonObject body{
            {QStringLiteral("id"), newKey()},
            {QStringLiteral("title"), QStringLiteral("母子健康手册请及时办理")},
            {QStringLiteral("content"), QStringLiteral("您已建档，可在线办理母子健康手册。")},
            {QStringLiteral("service_id"), m_service},
            {QStringLiteral("audience"), audience},
            {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("now")}}},
            {QStringLiteral("channel"), QStringLiteral("app")}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            body.insert(it.key(), it.value());
        return body;
    }

    ApiReply create(const QString &who, const QJsonObject &body, const QString &key = newKey())
    {
        return as(who).post(QStringLiteral("/api/v1/campaigns"), body, keyed(key));
    }

    ApiReply act(const QString &who, const QString &id, const QString &action, const QString &reason = {})
    {
        QJsonObject body{{QStringLiteral("action"), action}};
        if (!reason.isEmpty())
            body.insert(QStringLiteral("reason"), reason);
        return as(who).post(campaignPath(id) + QStringLiteral("/actions"), body, keyed(newKey()));
    }

    QJsonObject campaign(const QString &id) { return as(QStringLiteral("admin")).get(campaignPath(id)).json; }

    // Polls the campaign until `done` holds for it (or 60 s pass).
    template <typename Done> QJsonObject waitFor(const QString &id, Done done, int timeoutMs = 60000)
    {
        QElapsedTimer clock;
        clock.start();
        QJsonObject c = campaign(id);
        while (!done(c) && clock.elapsed() < timeoutMs) {
            QTest::qWait(50);
            c = campaign(id);
        }
        return c;
    }

    QJsonObject waitUntilSent(const QString &id)
    {
        return waitFor(id, [](const QJsonObject &c) {
            return c.value(QStringLiteral("state")).toString() == QLatin1String("sent");
        });
    }

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_server.sql());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    QStringList column(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_server.sql());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QStringList out;
        if (!q.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

    qint64 lastSeq() { return count(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes")); }

    // The campaigns in `who`'s change feed after `since` (every page): the last change of each, by id.
    QMap<QString, QJsonObject> campaignFeed(const QString &who, qint64 since)
    {
        QMap<QString, QJsonObject> out;
        for (int page = 0; page < 1000; ++page) {
            const ApiReply r =
                as(who).get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=5000").arg(since));
            if (r.status != 200) {
                qWarning("feed of %s: %d %s", qPrintable(who), r.status, r.body.constData());
                return {};
            }
            for (const QJsonValue &v : r.json.value(QStringLiteral("changes")).toArray()) {
                if (v[QStringLiteral("entity")].toString() == QLatin1String("campaign"))
                    out.insert(v[QStringLiteral("id")].toString(), v.toObject());
            }
            since = r.json.value(QStringLiteral("next")).toInteger();
            if (!r.json.value(QStringLiteral("has_more")).toBool())
                break;
        }
        return out;
    }

    // The ids GET /campaigns lists for `who`, sorted.
    QStringList listedCampaigns(const QString &who)
    {
        QStringList ids;
        for (qint64 offset = 0;; offset += 500) {
            const ApiReply r =
                as(who).get(QStringLiteral("/api/v1/campaigns?limit=500&offset=%1").arg(offset));
            if (r.status != 200)
                return {QStringLiteral("(list failed)")};
            const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
            for (const QJsonValue &v : items)
                ids.append(v[QStringLiteral("id")].toString());
            if (items.size() < 500)
                break;
        }
        ids.sort();
        return ids;
    }

    // The results' days against the test's tallies: the same days in order, each with the same counts.
    static void compareDays(const QJsonArray &days, const DayTallies &expected)
    {
        QCOMPARE(qsizetype(days.size()), qsizetype(expected.size()));
        auto it = expected.cbegin();
        for (const QJsonValue &d : days) {
            const QString day = it->first.toString(Qt::ISODate);
            QCOMPARE(d[QStringLiteral("day")].toString(), day);
            const DayTally &t = it->second;
            QVERIFY2(d[QStringLiteral("delivered")].toInteger() == t.delivered, qPrintable(day));
            QVERIFY2(d[QStringLiteral("opened")].toInteger() == t.opened, qPrintable(day));
            QVERIFY2(d[QStringLiteral("applied_sent")].toInteger() == t.appliedSent, qPrintable(day));
            QVERIFY2(d[QStringLiteral("applied_holdout")].toInteger() == t.appliedHoldout, qPrintable(day));
            QVERIFY2(d[QStringLiteral("completed_sent")].toInteger() == t.completedSent, qPrintable(day));
            QVERIFY2(d[QStringLiteral("completed_holdout")].toInteger() == t.completedHoldout,
                     qPrintable(day));
            ++it;
        }
    }

    QString serviceNamed(const QString &name)
    {
        const ApiReply r = as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/services?limit=500"));
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
            if (v[QStringLiteral("name")].toString() == name)
                return v[QStringLiteral("id")].toString();
        }
        return {};
    }

    // A counter application of `service` for `citizen` by officer_wjw; its id, or "" on failure.
    QString apply(const QString &citizen, const QString &service, const QString &campaignId = {})
    {
        QJsonObject body{{QStringLiteral("id"), newKey()},
                         {QStringLiteral("service_id"), service},
                         {QStringLiteral("applicant_type"), QStringLiteral("citizen")},
                         {QStringLiteral("applicant_id"), citizen}};
        if (!campaignId.isEmpty())
            body.insert(QStringLiteral("campaign_id"), campaignId);
        const ApiReply r = as(QStringLiteral("officer_wjw"))
                               .post(QStringLiteral("/api/v1/applications"), body, keyed(newKey()));
        if (r.status != 201)
            qWarning("application failed: %d %s", r.status, r.body.constData());
        return r.json.value(QStringLiteral("id")).toString();
    }

    // Approves every step of an application in turn, each by an officer of the step's department.
    bool complete(const QString &applicationId)
    {
        for (int round = 0; round < 10; ++round) {
            const ApiReply a =
                as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/applications/") + applicationId);
            if (a.json.value(QStringLiteral("status")).toString() == QLatin1String("completed"))
                return true;
            for (const QJsonValue &st : a.json.value(QStringLiteral("steps")).toArray()) {
                if (st[QStringLiteral("status")].toString() != QLatin1String("active"))
                    continue;
                const ApiReply r =
                    as(QStringLiteral("officer_") + st[QStringLiteral("department_id")].toString())
                        .post(QStringLiteral("/api/v1/applications/") + applicationId +
                                  QStringLiteral("/actions"),
                              {{QStringLiteral("action"), QStringLiteral("approve")},
                               {QStringLiteral("step_seq"), st[QStringLiteral("seq")].toInt()},
                               {QStringLiteral("base_version"),
                                a.json.value(QStringLiteral("version")).toInteger()}},
                              keyed(newKey()));
                if (r.status != 200) {
                    qWarning("approve failed: %d %s", r.status, r.body.constData());
                    return false;
                }
                break;
            }
        }
        return false;
    }

    // Checks one funnel of the results against the test's tally.
    static void compareFunnel(const QJsonObject &f, const Tally &t)
    {
        QCOMPARE(f.value(QStringLiteral("members")).toInteger(), t.members);
        QCOMPARE(f.value(QStringLiteral("delivered")).toInteger(), t.delivered);
        QCOMPARE(f.value(QStringLiteral("opened")).toInteger(), t.opened);
        QCOMPARE(f.value(QStringLiteral("applied")).toInteger(), t.applied);
        QCOMPARE(f.value(QStringLiteral("completed")).toInteger(), t.completed);
        const auto rate = [](qint64 part, qint64 whole) {
            return whole > 0 ? double(part) / double(whole) : 0.0;
        };
        QVERIFY(near(f.value(QStringLiteral("application_rate")).toDouble(), rate(t.applied, t.members)));
        QVERIFY(near(f.value(QStringLiteral("completion_rate")).toDouble(), rate(t.completed, t.members)));
        QVERIFY(near(f.value(QStringLiteral("open_rate")).toDouble(), rate(t.opened, t.delivered)));
    }

    // Checks an effect against the two-proportion normal approximation computed here.
    static void compareEffect(const QJsonValue &e, const Tally &sent, const Tally &holdout)
    {
        if (sent.members == 0 || holdout.members == 0) {
            QVERIFY(e.isNull());
            return;
        }
        const double p1 = double(sent.applied) / double(sent.members);
        const double p0 = double(holdout.applied) / double(holdout.members);
        const double se =
            std::sqrt(p1 * (1 - p1) / double(sent.members) + p0 * (1 - p0) / double(holdout.members));
        const double z = 1.959963984540054;
        QVERIFY(near(e[QStringLiteral("difference")].toDouble(), p1 - p0));
        QVERIFY(near(e[QStringLiteral("standard_error")].toDouble(), se));
        QVERIFY(near(e[QStringLiteral("ci_low")].toDouble(), p1 - p0 - z * se));
        QVERIFY(near(e[QStringLiteral("ci_high")].toDouble(), p1 - p0 + z * se));
        QCOMPARE(e[QStringLiteral("confidence")].toDouble(), 0.95);
        QCOMPARE(e[QStringLiteral("significant")].toBool(), p1 - p0 - z * se > 0 || p1 - p0 + z * se < 0);
    }

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.citizens = 1000;
        options.extraArgs = kDispatchArgs;
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        qInfo("backend %s, port %d", qPrintable(m_server.backend()), m_server.port());
        QVERIFY(!as(QStringLiteral("admin")).token().isEmpty());
        m_service = serviceNamed(QStringLiteral("母子健康手册办理"));
        m_otherService = serviceNamed(QStringLiteral("生育登记"));
        QVERIFY(!m_service.isEmpty() && !m_otherService.isEmpty());
        m_districts =
            column(QStringLiteral("SELECT district_code FROM citizens GROUP BY district_code ORDER BY "
                                  "COUNT(*) DESC, district_code"));
        QVERIFY(m_districts.size() >= 3);
    }

    void createReadAndScope()
    {
        const QJsonObject body = draft(region(m_districts[2]));
        const QString id = body.value(QStringLiteral("id")).toString();
        const QString key = newKey();
        ApiReply r = create(QStringLiteral("officer_wjw"), body, key);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        QCOMPARE(r.json.value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(r.json.value(QStringLiteral("frequency_cap_days")).toInt(), 7);
        QCOMPARE(r.json.value(QStringLiteral("holdout_percent")).toInt(), 10);
        QCOMPARE(r.json.value(QStringLiteral("department_id")).toString(), QStringLiteral("wjw"));
        QCOMPARE(r.json.value(QStringLiteral("area_code")).toString(), QStringLiteral("city"));
        QCOMPARE(r.json.value(QStringLiteral("audience")).toObject(), region(m_districts[2]));
        QCOMPARE(
            r.json.value(QStringLiteral("audience_size")).toInteger(),
            count(QStringLiteral("SELECT COUNT(*) FROM citizens WHERE district_code = ?"), {m_districts[2]}));
        // The same key replays; the same id under another key with the same content answers it as it is;
        // other content under that id is a conflict.
        const ApiReply replay = create(QStringLiteral("officer_wjw"), body, key);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(create(QStringLiteral("officer_wjw"), body).status, 200);
        QJsonObject other = body;
        other.insert(QStringLiteral("title"), QStringLiteral("另一个标题"));
        r = create(QStringLiteral("officer_wjw"), other);
        QCOMPARE(r.status, 409);
        QCOMPARE(reasonOf(r), QStringLiteral("id_taken"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE id = ?"), {id}), 1);

        // Scope: the department's officers and the city's supervisor; not another department, nor a district
        // supervisor (the campaign's area is the city), nor grid managers (only their grids' campaigns) or
        // the portal.
        QCOMPARE(as(QStringLiteral("officer_wjw")).get(campaignPath(id)).status, 200);
        QCOMPARE(as(QStringLiteral("officer_wjw2")).get(campaignPath(id)).status, 200);
        QCOMPARE(as(QStringLiteral("supervisor_city")).get(campaignPath(id)).status, 200);
        QCOMPARE(as(QStringLiteral("officer_gaj")).get(campaignPath(id)).status, 404);
        QCOMPARE(as(QStringLiteral("supervisor_huli")).get(campaignPath(id)).status, 404);
        QCOMPARE(as(QStringLiteral("grid_huli")).get(campaignPath(id)).status, 404);
        QCOMPARE(as(QStringLiteral("portal")).get(campaignPath(id)).status, 403);
        r = as(QStringLiteral("officer_wjw")).get(QStringLiteral("/api/v1/campaigns?state=draft&limit=200"));
        QCOMPARE(r.status, 200);
        bool listed = false;
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
            listed = listed || v[QStringLiteral("id")].toString() == id;
        QVERIFY(listed);
        r = as(QStringLiteral("officer_gaj")).get(QStringLiteral("/api/v1/campaigns"));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
            QVERIFY(v[QStringLiteral("id")].toString() != id);

        // A district supervisor's campaign belongs to the district; its audience is counted there only.
        r = create(QStringLiteral("supervisor_huli"),
                   draft(anyOf({region(QStringLiteral("350206")), region(m_districts[0])})));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QStringLiteral("area_code")).toString(), QStringLiteral("350206"));
        QCOMPARE(r.json.value(QStringLiteral("audience_size")).toInteger(),
                 count(QStringLiteral("SELECT COUNT(*) FROM citizens WHERE district_code = '350206'")));
        QCOMPARE(as(QStringLiteral("supervisor_huli"))
                     .get(campaignPath(r.json[QStringLiteral("id")].toString()))
                     .status,
                 200);
    }

    void changeFeedCarriesCampaignsInScope()
    {
        const qint64 since = lastSeq();
        // An officer's draft: for the officers of the department and the city's supervisor. A district
        // supervisor's: for that district's supervisor and the city's.
        QJsonObject body = draft(region(m_districts[2]));
        const QString officers = body.value(QStringLiteral("id")).toString();
        QCOMPARE(create(QStringLiteral("officer_wjw"), body).status, 201);
        body = draft(region(QStringLiteral("350206")));
        const QString huli = body.value(QStringLiteral("id")).toString();
        QCOMPARE(create(QStringLiteral("supervisor_huli"), body).status, 201);

        const auto fed = [&](const QString &who, const QString &id) {
            return campaignFeed(who, since).contains(id);
        };
        for (const char *who : {"officer_wjw", "officer_wjw2", "supervisor_city", "admin"})
            QVERIFY2(fed(QLatin1String(who), officers), who);
        for (const char *who : {"officer_gaj", "supervisor_huli", "supervisor_siming", "grid_huli"})
            QVERIFY2(!fed(QLatin1String(who), officers), who);
        for (const char *who : {"supervisor_huli", "supervisor_city", "admin"})
            QVERIFY2(fed(QLatin1String(who), huli), who);
        for (const char *who : {"supervisor_siming", "officer_wjw", "officer_gaj", "grid_huli"})
            QVERIFY2(!fed(QLatin1String(who), huli), who);
        // Grid managers get no campaign but their grids' (none yet), not even the demo's.
        QVERIFY(campaignFeed(QStringLiteral("grid_huli"), 0).isEmpty());
        QVERIFY(campaignFeed(QStringLiteral("grid_siming"), 0).isEmpty());

        // The object is the one GET /campaigns/{id} answers, with its version; the change's keys are the
        // department's or the district's.
        for (const auto &[who, id] : {std::pair{QStringLiteral("officer_wjw2"), officers},
                                      std::pair{QStringLiteral("supervisor_huli"), huli}}) {
            const QJsonObject change = campaignFeed(who, since).value(id);
            QCOMPARE(change.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
            const ApiReply got = as(who).get(campaignPath(id));
            QCOMPARE(got.status, 200);
            QCOMPARE(change.value(QStringLiteral("data")).toObject(), got.json);
            QCOMPARE(change.value(QStringLiteral("version")).toInteger(), 1);
        }
        const auto keys = [&](const QString &id) {
            return column(QStringLiteral("SELECT cs.scope FROM change_scopes cs JOIN changes ch ON ch.seq = "
                                         "cs.seq WHERE ch.entity = 'campaign' AND ch.entity_id = ? ORDER BY "
                                         "cs.scope"),
                          {id});
        };
        QCOMPARE(keys(officers), QStringList{QStringLiteral("dept:wjw")});
        QCOMPARE(keys(huli), QStringList{QStringLiteral("district:350206")});

        // Over every campaign (the demo's, in the log since it was built, and the tests'), each feed from
        // the start has exactly the campaigns GET /campaigns lists for the same caller.
        for (const char *who : {"officer_wjw", "officer_rsj", "officer_gaj", "supervisor_huli",
                                "supervisor_siming", "supervisor_city", "admin"}) {
            const QStringList fromFeed = campaignFeed(QLatin1String(who), 0).keys();
            QCOMPARE(fromFeed, listedCampaigns(QLatin1String(who)));
        }
        QVERIFY(campaignFeed(QStringLiteral("officer_rsj"), 0).size() >= 1); // the demo's 失业保险金申领

        // A draft has no days of results yet.
        const ApiReply results =
            as(QStringLiteral("officer_wjw")).get(campaignPath(officers) + QStringLiteral("/results"));
        QCOMPARE(results.status, 200);
        QCOMPARE(results.json.value(QStringLiteral("days")).toArray(), QJsonArray());
    }

    void badInputChangesNothing()
    {
        const QJsonObject body = draft(region(m_districts[2]));
        const QString id = body.value(QStringLiteral("id")).toString();
        QCOMPARE(create(QStringLiteral("officer_wjw"), body).status, 201);
        const qint64 campaigns = count(QStringLiteral("SELECT COUNT(*) FROM campaigns"));
        const qint64 audits =
            count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE target_type = 'campaign'"));
        const QJsonObject before = campaign(id);

        const auto bad = [&](QJsonObject changes, const QString &field) {
            QJsonObject b = draft(region(m_districts[2]));
            for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
                b.insert(it.key(), it.value());
            const ApiReply r = create(QStringLiteral("officer_wjw"), b);
            if (r.status != 400)
                qWarning("%s: %d %s", qPrintable(field), r.status, r.body.constData());
            QCOMPARE(r.status, 400);
            QVERIFY(r.hasErrorShape());
            if (!field.isEmpty())
                QCOMPARE(r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")]
                             .toString(),
                         field);
        };
        bad({{QStringLiteral("colour"), QStringLiteral("red")}}, {});
        bad({{QStringLiteral("title"), 5}}, {});
        bad({{QStringLiteral("title"), QStringLiteral("   ")}}, QStringLiteral("title"));
        bad({{QStringLiteral("content"), QString(501, QLatin1Char('x'))}}, QStringLiteral("content"));
        bad({{QStringLiteral("id"), QStringLiteral("not-a-uuid")}}, QStringLiteral("id"));
        bad({{QStringLiteral("channel"), QStringLiteral("wechat")}}, QStringLiteral("channel"));
        bad({{QStringLiteral("holdout_percent"), 51}}, QStringLiteral("holdout_percent"));
        bad({{QStringLiteral("holdout_percent"), 2.5}}, {});
        bad({{QStringLiteral("frequency_cap_days"), -1}}, QStringLiteral("frequency_cap_days"));
        bad({{QStringLiteral("service_id"), QStringLiteral("no-such-service")}},
            QStringLiteral("service_id"));
        bad({{QStringLiteral("service_id"), QJsonValue(QJsonValue::Null)}}, QStringLiteral("service_id"));
        bad({{QStringLiteral("audience"), QJsonObject{}}}, QStringLiteral("audience"));
        bad({{QStringLiteral("audience"), QJsonObject{{QStringLiteral("colour"), QStringLiteral("red")}}}},
            {});
        bad({{QStringLiteral("audience"), QStringLiteral("t_pregnant")}}, {});
        bad({{QStringLiteral("schedule"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("soon")}}}},
            QStringLiteral("schedule.kind"));
        bad({{QStringLiteral("schedule"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("at")}}}},
            QStringLiteral("schedule.at"));
        bad({{QStringLiteral("schedule"),
              QJsonObject{{QStringLiteral("kind"), QStringLiteral("at")},
                          {QStringLiteral("at"), QStringLiteral("2001-01-01T00:00:00Z")}}}},
            QStringLiteral("schedule.at"));
        bad({{QStringLiteral("schedule"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("now")},
                                                      {QStringLiteral("when"), QStringLiteral("today")}}}},
            QStringLiteral("schedule.when"));
        bad({{QStringLiteral("schedule"),
              QJsonObject{{QStringLiteral("kind"), QStringLiteral("trigger")},
                          {QStringLiteral("trigger_tag"), QStringLiteral("t_none")}}}},
            QStringLiteral("schedule.trigger_tag"));

        // Bad changes and transitions of the draft.
        const auto patch = [&](const QJsonObject &b) {
            return as(QStringLiteral("officer_wjw")).patch(campaignPath(id), b, keyed(newKey()));
        };
        QCOMPARE(patch({{QStringLiteral("base_version"), 1}, {QStringLiteral("colour"), 1}}).status, 400);
        QCOMPARE(patch({{QStringLiteral("base_version"), 1}, {QStringLiteral("holdout_percent"), 99}}).status,
                 400);
        ApiReply r =
            patch({{QStringLiteral("base_version"), 7}, {QStringLiteral("title"), QStringLiteral("新")}});
        QCOMPARE(r.status, 409);
        QCOMPARE(reasonOf(r), QStringLiteral("stale"));
        QCOMPARE(
            as(QStringLiteral("officer_wjw2"))
                .patch(campaignPath(id),
                       {{QStringLiteral("base_version"), 1}, {QStringLiteral("title"), QStringLiteral("新")}},
                       keyed(newKey()))
                .status,
            403);
        r = act(QStringLiteral("supervisor_city"), id, QStringLiteral("approve"));
        QCOMPARE(r.status, 409);
        QCOMPARE(reasonOf(r), QStringLiteral("not_pending"));
        QCOMPARE(
            r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("state")].toString(),
            QStringLiteral("draft"));
        QCOMPARE(act(QStringLiteral("officer_wjw"), id, QStringLiteral("launch")).status, 400);
        QCOMPARE(act(QStringLiteral("officer_wjw"), id, QStringLiteral("cancel")).status, 400); // no reason
        QCOMPARE(act(QStringLiteral("officer_wjw2"), id, QStringLiteral("submit")).status, 403);
        QCOMPARE(as(QStringLiteral("officer_wjw"))
                     .post(campaignPath(id) + QStringLiteral("/actions"),
                           {{QStringLiteral("action"), QStringLiteral("submit")},
                            {QStringLiteral("base_version"), 3}},
                           keyed(newKey()))
                     .status,
                 409);
        QCOMPARE(
            as(QStringLiteral("officer_wjw"))
                .post(campaignPath(id) + QStringLiteral("/actions"),
                      {{QStringLiteral("action"), QStringLiteral("submit")}, {QStringLiteral("extra"), true}},
                      keyed(newKey()))
                .status,
            400);
        QCOMPARE(as(QStringLiteral("officer_wjw")).get(campaignPath(QStringLiteral("no-such-id"))).status,
                 404);
        QCOMPARE(as(QStringLiteral("officer_wjw")).get(QStringLiteral("/api/v1/campaigns?state=done")).status,
                 400);
        QCOMPARE(as(QStringLiteral("officer_wjw")).get(QStringLiteral("/api/v1/campaigns?colour=red")).status,
                 400);
        QCOMPARE(as(QStringLiteral("officer_wjw")).get(QStringLiteral("/api/v1/campaigns?limit=0")).status,
                 400);

        QCOMPARE(campaign(id), before);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), campaigns);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE target_type = 'campaign'")),
                 audits);

        // A good change moves the version; after it the old version is stale.
        r = patch({{QStringLiteral("base_version"), 1},
                   {QStringLiteral("holdout_percent"), 20},
                   {QStringLiteral("audience"), region(m_districts[1])}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(r.json.value(QStringLiteral("holdout_percent")).toInt(), 20);
        QCOMPARE(
            r.json.value(QStringLiteral("audience_size")).toInteger(),
            count(QStringLiteral("SELECT COUNT(*) FROM citizens WHERE district_code = ?"), {m_districts[1]}));
    }

    void approvalRules()
    {
        // Above the threshold: waits for a supervisor other than the creator.
        QJsonObject body = draft(region(m_districts[0]));
        const QString big = body.value(QStringLiteral("id")).toString();
        QCOMPARE(create(QStringLiteral("supervisor_city"), body).status, 201);
        ApiReply r = act(QStringLiteral("supervisor_city"), big, QStringLiteral("submit"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("pending_approval"));
        QVERIFY(r.json.value(QStringLiteral("audience_size")).toInteger() > kThreshold);
        r = act(QStringLiteral("supervisor_city"), big, QStringLiteral("approve"));
        QCOMPARE(r.status, 403);
        QCOMPARE(reasonOf(r), QStringLiteral("own_campaign"));
        QCOMPARE(act(QStringLiteral("admin"), big, QStringLiteral("approve")).status, 403);
        QCOMPARE(act(QStringLiteral("supervisor_huli"), big, QStringLiteral("approve")).status,
                 404); // not its area
        // A rejection needs a reason and sends the campaign back to draft, where it can be changed.
        QCOMPARE(act(QStringLiteral("admin"), big, QStringLiteral("reject"), QStringLiteral("太大")).status,
                 403);
        QCOMPARE(campaign(big).value(QStringLiteral("state")).toString(), QStringLiteral("pending_approval"));
        QCOMPARE(
            as(QStringLiteral("supervisor_city"))
                .patch(campaignPath(big),
                       {{QStringLiteral("base_version"), 2}, {QStringLiteral("title"), QStringLiteral("x")}},
                       keyed(newKey()))
                .status,
            409);

        // An officer's large campaign: the city supervisor rejects, the officer changes and resubmits, the
        // supervisor approves and it is sent.
        body = draft(region(m_districts[1]), {{QStringLiteral("frequency_cap_days"), 0}});
        const QString id = body.value(QStringLiteral("id")).toString();
        QCOMPARE(create(QStringLiteral("officer_wjw"), body).status, 201);
        QCOMPARE(act(QStringLiteral("officer_wjw"), id, QStringLiteral("submit"))
                     .json[QStringLiteral("state")]
                     .toString(),
                 QStringLiteral("pending_approval"));
        QCOMPARE(act(QStringLiteral("officer_wjw"), id, QStringLiteral("approve")).status, 403);
        QCOMPARE(act(QStringLiteral("supervisor_city"), id, QStringLiteral("reject")).status, 400);
        r = act(QStringLiteral("supervisor_city"), id, QStringLiteral("reject"),
                QStringLiteral("请缩小范围"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        QCOMPARE(r.json.value(QStringLiteral("rejection_reason")).toString(), QStringLiteral("请缩小范围"));
        r = as(QStringLiteral("officer_wjw"))
                .patch(campaignPath(id),
                       {{QStringLiteral("base_version"), r.json.value(QStringLiteral("version")).toInteger()},
                        {QStringLiteral("title"), QStringLiteral("母子健康手册（第二版）")}},
                       keyed(newKey()));
        QCOMPARE(r.status, 200);
        QCOMPARE(act(QStringLiteral("officer_wjw"), id, QStringLiteral("submit"))
                     .json[QStringLiteral("state")]
                     .toString(),
                 QStringLiteral("pending_approval"));
        r = act(QStringLiteral("supervisor_city"), id, QStringLiteral("approve"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("approved_by")).toString(), QStringLiteral("s_supervisor_city"));
        QCOMPARE(waitUntilSent(id).value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        r = act(QStringLiteral("officer_wjw"), id, QStringLiteral("cancel"), QStringLiteral("晚了"));
        QCOMPARE(r.status, 409);
        QCOMPARE(reasonOf(r), QStringLiteral("finished"));
        QCOMPARE(act(QStringLiteral("officer_wjw"), id, QStringLiteral("submit")).status, 409);

        // At or below the threshold: approved by the system on submission.
        const QString grid =
            column(QStringLiteral("SELECT grid_id FROM citizens GROUP BY grid_id HAVING COUNT(*) <= ? "
                                  "ORDER BY COUNT(*) DESC, grid_id"),
                   {kThreshold})
                .value(0);
        QVERIFY(!grid.isEmpty());
        body = draft(region(grid));
        const QString small = body.value(QStringLiteral("id")).toString();
        QCOMPARE(create(QStringLiteral("officer_wjw"), body).status, 201);
        r = act(QStringLiteral("officer_wjw"), small, QStringLiteral("submit"));
        QCOMPARE(r.status, 200);
        QVERIFY(QStringList({QStringLiteral("approved"), QStringLiteral("sending"), QStringLiteral("sent")})
                    .contains(r.json.value(QStringLiteral("state")).toString()));
        QCOMPARE(r.json.value(QStringLiteral("approved_by")).toString(), QStringLiteral("system"));
        QCOMPARE(waitUntilSent(small).value(QStringLiteral("state")).toString(), QStringLiteral("sent"));

        // Cancelled before it was sent: nothing goes out.
        body = draft(region(m_districts[2]));
        const QString cancelled = body.value(QStringLiteral("id")).toString();
        QCOMPARE(create(QStringLiteral("officer_wjw"), body).status, 201);
        QCOMPARE(act(QStringLiteral("officer_wjw"), cancelled, QStringLiteral("submit")).status, 200);
        r = act(QStringLiteral("supervisor_city"), cancelled, QStringLiteral("cancel"),
                QStringLiteral("政策调整"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM citizen_inbox WHERE campaign_id = ?"), {cancelled}),
            0);

        // The audit trail of the officer's campaign.
        const ApiReply audit =
            as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/audit?limit=1000&target=") + id);
        QStringList actions;
        for (const QJsonValue &e : audit.json.value(QStringLiteral("items")).toArray())
            actions.append(e[QStringLiteral("action")].toString());
        QCOMPARE(actions, QStringList({QStringLiteral("campaign.create"), QStringLiteral("campaign.submit"),
                                       QStringLiteral("campaign.reject"), QStringLiteral("campaign.update"),
                                       QStringLiteral("campaign.submit"), QStringLiteral("campaign.approve"),
                                       QStringLiteral("campaign.start"), QStringLiteral("campaign.sent")}));
    }

    void dispatchSurvivesKill()
    {
        const QJsonObject audience = anyOf({region(m_districts[0]), region(m_districts[1])});
        const QJsonObject body = draft(audience, {{QStringLiteral("frequency_cap_days"), 0}});
        m_dispatched = body.value(QStringLiteral("id")).toString();
        m_dispatchedSince = lastSeq();
        QCOMPARE(create(QStringLiteral("officer_wjw"), body).status, 201);
        QCOMPARE(act(QStringLiteral("officer_wjw"), m_dispatched, QStringLiteral("submit")).status, 200);
        QCOMPARE(act(QStringLiteral("supervisor_city"), m_dispatched, QStringLiteral("approve")).status, 200);

        // Wait until part of it went out, then pull the plug.
        const QJsonObject partway = waitFor(m_dispatched, [](const QJsonObject &c) {
            return c.value(QStringLiteral("delivered")).toInteger() >= 30;
        });
        const qint64 sentGroup = partway.value(QStringLiteral("sent")).toInteger();
        const qint64 deliveredBefore = partway.value(QStringLiteral("delivered")).toInteger();
        QVERIFY2(deliveredBefore >= 30 && deliveredBefore < sentGroup - 30,
                 qPrintable(QStringLiteral("delivered %1 of %2").arg(deliveredBefore).arg(sentGroup)));
        m_server.kill();
        m_staff.clear();
        const qint64 atKill =
            count(QStringLiteral("SELECT COUNT(*) FROM citizen_inbox WHERE campaign_id = ?"), {m_dispatched});
        QVERIFY(atKill > 0 && atKill < sentGroup);
        QVERIFY2(m_server.restart(kDispatchArgs), qPrintable(m_server.error()));
        const QJsonObject done = waitUntilSent(m_dispatched);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));

        // The members are the audience; the hold-out is exactly 10% of them and the split is the hash's.
        const QStringList audienceIds =
            column(QStringLiteral("SELECT id FROM citizens WHERE district_code IN (?, ?) ORDER BY id"),
                   {m_districts[0], m_districts[1]});
        QSqlQuery q(m_server.sql());
        q.prepare(QStringLiteral(
            "SELECT citizen_id, grp, state FROM campaign_members WHERE campaign_id = ? ORDER BY "
            "citizen_id"));
        q.addBindValue(m_dispatched);
        QVERIFY(q.exec());
        QStringList members;
        QStringList holdout;
        while (q.next()) {
            members.append(q.value(0).toString());
            const bool sent = q.value(1).toString() == QLatin1String("sent");
            m_dispatchedMembers.insert(q.value(0).toString(), sent);
            if (!sent)
                holdout.append(q.value(0).toString());
            QCOMPARE(q.value(2).toString(), sent ? QStringLiteral("delivered") : QStringLiteral("held_out"));
        }
        QCOMPARE(members, audienceIds);
        QCOMPARE(qint64(holdout.size()), (qint64(members.size()) * 10 + 50) / 100);
        const QSet<QString> expected = gd::server::HoldoutSplit::choose(m_dispatched, audienceIds, 10);
        QCOMPARE(QSet<QString>(holdout.cbegin(), holdout.cend()), expected);

        // Exactly one message for every sent-group member, none for the hold-out.
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM citizen_inbox WHERE campaign_id = ?"), {m_dispatched}),
            sentGroup);
        QCOMPARE(count(QStringLiteral(
                           "SELECT COUNT(*) FROM (SELECT citizen_id FROM citizen_inbox WHERE campaign_id "
                           "= ? GROUP BY citizen_id HAVING COUNT(*) > 1) d"),
                       {m_dispatched}),
                 0);
        QCOMPARE(count(QStringLiteral(
                           "SELECT COUNT(*) FROM citizen_inbox i JOIN campaign_members m ON m.campaign_id "
                           "= i.campaign_id AND m.citizen_id = i.citizen_id WHERE i.campaign_id = ? AND "
                           "m.grp = 'sent'"),
                       {m_dispatched}),
                 sentGroup);
        QCOMPARE(qint64(members.size() - holdout.size()), sentGroup);
        QCOMPARE(done.value(QStringLiteral("delivered")).toInteger(), sentGroup);
        QCOMPARE(done.value(QStringLiteral("members")).toInteger(), qint64(members.size()));
        QCOMPARE(done.value(QStringLiteral("holdout")).toInteger(), qint64(holdout.size()));
        QCOMPARE(done.value(QStringLiteral("queued")).toInteger(), 0);
    }

    void changeFeedFollowsTheDispatch()
    {
        QVERIFY(!m_dispatched.isEmpty());
        // Every write of the campaign logged a change with the version it made, through the kill: create,
        // submit and approve (versions 1 to 3), the start, one per batch of 10 members, and sent.
        const QJsonObject done = campaign(m_dispatched);
        const qint64 version = done.value(QStringLiteral("version")).toInteger();
        const qint64 batches = (done.value(QStringLiteral("members")).toInteger() + 9) / 10;
        QCOMPARE(version, 3 + 1 + batches + 1);
        QStringList versions;
        for (qint64 v = 1; v <= version; ++v)
            versions.append(QString::number(v));
        QCOMPARE(
            column(QStringLiteral("SELECT version FROM changes WHERE entity = 'campaign' AND entity_id = "
                                  "? ORDER BY seq"),
                   {m_dispatched}),
            versions);

        // The feed of the creator's department and of the city's supervisor brings the sent campaign, its
        // final counters and version, as GET /campaigns/{id} answers it; no other department's.
        for (const QString &who : {QStringLiteral("officer_wjw2"), QStringLiteral("supervisor_city")}) {
            const QJsonObject change = campaignFeed(who, m_dispatchedSince).value(m_dispatched);
            QCOMPARE(change.value(QStringLiteral("version")).toInteger(), version);
            const QJsonObject data = change.value(QStringLiteral("data")).toObject();
            QCOMPARE(data, as(who).get(campaignPath(m_dispatched)).json);
            QCOMPARE(data.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
            QCOMPARE(data.value(QStringLiteral("delivered")).toInteger(),
                     done.value(QStringLiteral("sent")).toInteger());
            QCOMPARE(data.value(QStringLiteral("queued")).toInteger(), 0);
            QCOMPARE(data.value(QStringLiteral("members")).toInteger(), qint64(m_dispatchedMembers.size()));
        }
        QVERIFY(!campaignFeed(QStringLiteral("officer_gaj"), m_dispatchedSince).contains(m_dispatched));
    }

    void frequencyCapSkipsRecentRecipients()
    {
        // The dispatched campaign reached most of the two largest districts a moment ago; a campaign with a
        // cap over the second and third districts skips those members, in either group.
        QVERIFY(!m_dispatched.isEmpty());
        const QJsonObject body =
            draft(anyOf({region(m_districts[1]), region(m_districts[2])}),
                  {{QStringLiteral("frequency_cap_days"), 3}, {QStringLiteral("holdout_percent"), 20}});
        const QString id = body.value(QStringLiteral("id")).toString();
        QCOMPARE(create(QStringLiteral("officer_wjw"), body).status, 201);
        QCOMPARE(act(QStringLiteral("officer_wjw"), id, QStringLiteral("submit")).status, 200);
        QCOMPARE(act(QStringLiteral("supervisor_city"), id, QStringLiteral("approve")).status, 200);
        const QJsonObject done = waitUntilSent(id);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        // Skipped: exactly the members with a message of another campaign in the last 3 days.
        const QStringList skipped =
            column(QStringLiteral("SELECT citizen_id FROM campaign_members WHERE campaign_id = "
                                  "? AND state = 'skipped_cap' ORDER BY citizen_id"),
                   {id});
        // (The demo's campaigns of weeks ago do not count.)
        const QString capStart =
            QDateTime::fromString(done.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs)
                .addDays(-3)
                .toString(Qt::ISODateWithMs);
        const QStringList recent = column(
            QStringLiteral(
                "SELECT m.citizen_id FROM campaign_members m WHERE m.campaign_id = ? AND EXISTS (SELECT 1 "
                "FROM citizen_inbox i WHERE i.citizen_id = m.citizen_id AND i.campaign_id <> ? AND "
                "i.delivered_at > ?) ORDER BY m.citizen_id"),
            {id, id, capStart});
        QVERIFY(!skipped.isEmpty());
        QCOMPARE(skipped, recent);
        QCOMPARE(done.value(QStringLiteral("skipped")).toInteger(), qint64(skipped.size()));
        for (const QString &c : skipped)
            QCOMPARE(count(QStringLiteral(
                               "SELECT COUNT(*) FROM citizen_inbox WHERE campaign_id = ? AND citizen_id = ?"),
                           {id, c}),
                     0);
        QVERIFY(count(QStringLiteral(
                          "SELECT COUNT(*) FROM campaign_members WHERE campaign_id = ? AND grp = 'holdout' "
                          "AND state = 'skipped_cap'"),
                      {id}) > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM citizen_inbox WHERE campaign_id = ?"), {id}),
                 done.value(QStringLiteral("delivered")).toInteger());
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM campaign_members WHERE campaign_id = ? AND state = "
                                 "'delivered'"),
                  {id}),
            done.value(QStringLiteral("delivered")).toInteger());
        // The results leave the skipped out of both groups.
        const ApiReply results =
            as(QStringLiteral("officer_wjw")).get(campaignPath(id) + QStringLiteral("/results"));
        QCOMPARE(results.status, 200);
        QCOMPARE(results.json.value(QStringLiteral("skipped")).toInteger(), qint64(skipped.size()));
        QCOMPARE(results.json[QStringLiteral("sent")][QStringLiteral("members")].toInteger() +
                     results.json[QStringLiteral("holdout")][QStringLiteral("members")].toInteger() +
                     skipped.size(),
                 done.value(QStringLiteral("members")).toInteger());
    }

    void opensApplicationsAndEffect()
    {
        QVERIFY(!m_dispatchedMembers.isEmpty());
        QStringList sent;
        QStringList held;
        for (auto it = m_dispatchedMembers.constBegin(); it != m_dispatchedMembers.constEnd(); ++it)
            (it.value() ? sent : held).append(it.key());
        QVERIFY(sent.size() >= 60 && held.size() >= 12);
        ApiTestClient &portal = as(QStringLiteral("portal"));

        // Opens: the first 40 of the sent group open their message (the first 5 twice).
        QSet<QString> opened;
        QStringList openedAt; // as the portal was told
        for (int i = 0; i < 40; ++i) {
            const ApiReply inbox =
                portal.get(QStringLiteral("/api/v1/portal/citizens/") + sent[i] + QStringLiteral("/inbox"));
            QCOMPARE(inbox.status, 200);
            QString message;
            for (const QJsonValue &m : inbox.json.value(QStringLiteral("items")).toArray()) {
                if (m[QStringLiteral("campaign_id")].toString() == m_dispatched)
                    message = m[QStringLiteral("id")].toString();
            }
            QVERIFY(!message.isEmpty());
            const QString path =
                QStringLiteral("/api/v1/portal/inbox/") + message + QStringLiteral("/opened");
            ApiReply r = portal.post(path, {{QStringLiteral("citizen_id"), sent[i]}}, keyed(newKey()));
            QCOMPARE(r.status, 200);
            const QString at = r.json.value(QStringLiteral("opened_at")).toString();
            QVERIFY(!at.isEmpty());
            openedAt.append(at);
            if (i < 5) {
                r = portal.post(path, {{QStringLiteral("citizen_id"), sent[i]}}, keyed(newKey()));
                QCOMPARE(r.status, 200);
                QCOMPARE(r.json.value(QStringLiteral("opened_at")).toString(), at);
                // Someone else's citizen id: as if there were no such message.
                QCOMPARE(portal.post(path, {{QStringLiteral("citizen_id"), held[0]}}, keyed(newKey())).status,
                         404);
            }
            opened.insert(sent[i]);
        }
        // Hold-out members have nothing in their inbox from this campaign.
        for (int i = 0; i < 5; ++i) {
            const ApiReply inbox =
                portal.get(QStringLiteral("/api/v1/portal/citizens/") + held[i] + QStringLiteral("/inbox"));
            for (const QJsonValue &m : inbox.json.value(QStringLiteral("items")).toArray())
                QVERIFY(m[QStringLiteral("campaign_id")].toString() != m_dispatched);
        }

        // Applications for the campaign's service: 12 of the sent group (sent[30..41], some opened, one
        // naming the campaign), 4 of the hold-out on their own; one application for another service and
        // one by someone outside the audience do not count. 5 + 2 of them are completed.
        QSet<QString> applied;
        QSet<QString> completed;
        QList<std::pair<QString, bool>> counted; // the applications that count, and whether of the sent group
        for (int i = 30; i < 42; ++i) {
            const QString app = apply(sent[i], m_service, i == 30 ? m_dispatched : QString());
            QVERIFY(!app.isEmpty());
            counted.append({app, true});
            applied.insert(sent[i]);
            if (i < 35) {
                QVERIFY(complete(app));
                completed.insert(sent[i]);
            }
        }
        for (int i = 0; i < 4; ++i) {
            const QString app = apply(held[i], m_service);
            QVERIFY(!app.isEmpty());
            counted.append({app, false});
            applied.insert(held[i]);
            if (i < 2) {
                QVERIFY(complete(app));
                completed.insert(held[i]);
            }
        }
        QVERIFY(!apply(sent[50], m_otherService).isEmpty());
        const QString outsider =
            column(QStringLiteral("SELECT id FROM citizens WHERE district_code = ? ORDER BY id"),
                   {m_districts[2]})
                .value(0);
        QVERIFY(!apply(outsider, m_service).isEmpty());
        // A second application of a member counts once.
        QVERIFY(!apply(sent[31], m_service).isEmpty());
        // Naming the campaign for someone it did not reach is refused (a hold-out member, an outsider).
        for (const QString &c : {held[5], outsider}) {
            const ApiReply r = as(QStringLiteral("officer_wjw"))
                                   .post(QStringLiteral("/api/v1/applications"),
                                         {{QStringLiteral("id"), newKey()},
                                          {QStringLiteral("service_id"), m_service},
                                          {QStringLiteral("applicant_type"), QStringLiteral("citizen")},
                                          {QStringLiteral("applicant_id"), c},
                                          {QStringLiteral("campaign_id"), m_dispatched}},
                                         keyed(newKey()));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")]
                         .toString(),
                     QStringLiteral("campaign_id"));
        }

        // The test's own counts, overall and by segment.
        const QJsonObject c = campaign(m_dispatched);
        const QDate startDay = gd::worktime::localDate(
            QDateTime::fromString(c.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs));
        QHash<QString, Member> members;
        {
            QSqlQuery q(m_server.sql());
            q.prepare(QStringLiteral(
                "SELECT id, district_code, birth_date FROM citizens WHERE district_code IN (?, ?)"));
            q.addBindValue(m_districts[0]);
            q.addBindValue(m_districts[1]);
            QVERIFY(q.exec());
            while (q.next()) {
                const QString id = q.value(0).toString();
                members.insert(id, {m_dispatchedMembers.value(id), q.value(1).toString(),
                                    gd::campaignAgeBand(gd::fromIsoDate(q.value(2).toString()), startDay)});
            }
        }
        QCOMPARE(members.size(), m_dispatchedMembers.size());
        std::map<QString, std::pair<Tally, Tally>> cells; // "" overall, "district:<code>", "age_band:<band>"
        for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
            for (const QString &key : QStringList{QString(), QStringLiteral("district:") + it->district,
                                                  QStringLiteral("age_band:") + it->ageBand}) {
                Tally &t = it->sent ? cells[key].first : cells[key].second;
                ++t.members;
                t.delivered += it->sent ? 1 : 0;
                t.opened += opened.contains(it.key()) ? 1 : 0;
                t.applied += applied.contains(it.key()) ? 1 : 0;
                t.completed += completed.contains(it.key()) ? 1 : 0;
            }
        }
        QCOMPARE(cells[QString()].first.opened, 40);
        QCOMPARE(cells[QString()].first.applied, 12);
        QCOMPARE(cells[QString()].second.applied, 4);

        const ApiReply r = as(QStringLiteral("supervisor_city"))
                               .get(campaignPath(m_dispatched) + QStringLiteral("/results"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(r.json.value(QStringLiteral("skipped")).toInteger(), 0);
        QCOMPARE(r.json.value(QStringLiteral("queued")).toInteger(), 0);
        compareFunnel(r.json.value(QStringLiteral("sent")).toObject(), cells[QString()].first);
        compareFunnel(r.json.value(QStringLiteral("holdout")).toObject(), cells[QString()].second);
        compareEffect(r.json.value(QStringLiteral("effect")), cells[QString()].first,
                      cells[QString()].second);
        const QJsonArray segments = r.json.value(QStringLiteral("segments")).toArray();
        QCOMPARE(qsizetype(segments.size()), qsizetype(cells.size() - 1));
        for (const QJsonValue &s : segments) {
            const QString key = s[QStringLiteral("dimension")].toString() + QLatin1Char(':') +
                                s[QStringLiteral("key")].toString();
            QVERIFY2(cells.count(key) == 1, qPrintable(key));
            compareFunnel(s[QStringLiteral("sent")].toObject(), cells[key].first);
            compareFunnel(s[QStringLiteral("holdout")].toObject(), cells[key].second);
            compareEffect(s[QStringLiteral("effect")], cells[key].first, cells[key].second);
            if (s[QStringLiteral("dimension")].toString() == QLatin1String("district"))
                QVERIFY(!s[QStringLiteral("name")].toString().isEmpty());
        }

        // Day by day, from the day sending started to today: each event on its China Standard Time day —
        // deliveries when the inbox got them, opens when the portal was told, applications when submitted,
        // completions when completed — adding up to the funnels.
        const QJsonArray days = r.json.value(QStringLiteral("days")).toArray();
        const QDate today = gd::worktime::localDate(
            QDateTime::fromString(r.json.value(QStringLiteral("computed_at")).toString(), Qt::ISODateWithMs));
        DayTallies expected = dayRange(startDay, today);
        for (const QString &at : column(QStringLiteral("SELECT delivered_at FROM citizen_inbox WHERE "
                                                       "campaign_id = ?"),
                                        {m_dispatched}))
            countOn(expected, at, &DayTally::delivered);
        for (const QString &at : std::as_const(openedAt))
            countOn(expected, at, &DayTally::opened);
        for (const auto &[app, isSent] : std::as_const(counted)) {
            const ApiReply a = as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/applications/") + app);
            QCOMPARE(a.status, 200);
            countOn(expected, a.json.value(QStringLiteral("submitted_at")).toString(),
                    isSent ? &DayTally::appliedSent : &DayTally::appliedHoldout);
            countOn(expected, a.json.value(QStringLiteral("completed_at")).toString(),
                    isSent ? &DayTally::completedSent : &DayTally::completedHoldout);
        }
        compareDays(days, expected);
        const Tally &sentTally = cells[QString()].first;
        const Tally &heldTally = cells[QString()].second;
        QCOMPARE(sumOf(days, QStringLiteral("delivered")), sentTally.delivered);
        QCOMPARE(sumOf(days, QStringLiteral("opened")), sentTally.opened);
        QCOMPARE(sumOf(days, QStringLiteral("applied_sent")), sentTally.applied);
        QCOMPARE(sumOf(days, QStringLiteral("applied_holdout")), heldTally.applied);
        QCOMPARE(sumOf(days, QStringLiteral("completed_sent")), sentTally.completed);
        QCOMPARE(sumOf(days, QStringLiteral("completed_holdout")), heldTally.completed);

        // Officers of another department see neither the campaign nor its results.
        QCOMPARE(as(QStringLiteral("officer_gaj"))
                     .get(campaignPath(m_dispatched) + QStringLiteral("/results"))
                     .status,
                 404);
    }

    void daysOfADemoCampaignEndWithItsWindow()
    {
        // The demo's campaign of 45 days ago: days from its start to 30 days after it finished (before
        // today), each event on its China Standard Time day, counted here from the member rows; the
        // deliveries, opens and applications (all within the window) add up to the funnels.
        const QString id = column(QStringLiteral("SELECT id FROM campaigns WHERE title = ?"),
                                  {QStringLiteral("孕期服务提醒：母子健康手册可在线办理")})
                               .value(0);
        QVERIFY(!id.isEmpty());
        const QJsonObject c = campaign(id);
        const auto localDay = [](const QJsonValue &iso) {
            return gd::worktime::localDate(QDateTime::fromString(iso.toString(), Qt::ISODateWithMs));
        };
        const QDate first = localDay(c.value(QStringLiteral("started_at")));
        const QDate last = localDay(c.value(QStringLiteral("finished_at"))).addDays(30);
        const ApiReply r =
            as(QStringLiteral("supervisor_city")).get(campaignPath(id) + QStringLiteral("/results"));
        QCOMPARE(r.status, 200);
        QVERIFY(last < localDay(r.json.value(QStringLiteral("computed_at"))));

        DayTallies expected = dayRange(first, last);
        QSqlQuery q(m_server.sql());
        q.prepare(QStringLiteral("SELECT grp, state, processed_at, opened_at, applied_at, completed_at FROM "
                                 "campaign_members WHERE campaign_id = ?"));
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        while (q.next()) {
            const bool sent = q.value(0).toString() == QLatin1String("sent");
            const QString state = q.value(1).toString();
            if (state == QLatin1String("skipped_cap") || state == QLatin1String("cancelled"))
                continue;
            if (sent && state == QLatin1String("delivered"))
                countOn(expected, q.value(2).toString(), &DayTally::delivered);
            if (sent)
                countOn(expected, q.value(3).toString(), &DayTally::opened);
            countOn(expected, q.value(4).toString(),
                    sent ? &DayTally::appliedSent : &DayTally::appliedHoldout);
            countOn(expected, q.value(5).toString(),
                    sent ? &DayTally::completedSent : &DayTally::completedHoldout);
        }
        const QJsonArray days = r.json.value(QStringLiteral("days")).toArray();
        compareDays(days, expected);
        QCOMPARE(days.size(), qsizetype(first.daysTo(last) + 1));
        const QJsonObject sent = r.json.value(QStringLiteral("sent")).toObject();
        const QJsonObject holdout = r.json.value(QStringLiteral("holdout")).toObject();
        QCOMPARE(sumOf(days, QStringLiteral("delivered")),
                 sent.value(QStringLiteral("delivered")).toInteger());
        QCOMPARE(sumOf(days, QStringLiteral("opened")), sent.value(QStringLiteral("opened")).toInteger());
        QCOMPARE(sumOf(days, QStringLiteral("applied_sent")),
                 sent.value(QStringLiteral("applied")).toInteger());
        QCOMPARE(sumOf(days, QStringLiteral("applied_holdout")),
                 holdout.value(QStringLiteral("applied")).toInteger());
        QVERIFY(sumOf(days, QStringLiteral("completed_sent")) <=
                sent.value(QStringLiteral("completed")).toInteger());
        // Spread over the weeks: applications on several days.
        int daysWithApplications = 0;
        for (const QJsonValue &d : days)
            daysWithApplications += d[QStringLiteral("applied_sent")].toInteger() > 0 ? 1 : 0;
        QVERIFY(daysWithApplications >= 3);
    }

    void triggerCampaign()
    {
        // Citizens of the third district who get the 新生儿家庭 tag from now on receive the message 0 days
        // after; nobody is held out.
        const QJsonObject body =
            draft(region(m_districts[2]),
                  {{QStringLiteral("schedule"),
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("trigger")},
                                {QStringLiteral("trigger_tag"), QStringLiteral("t_newborn_family")}}},
                   {QStringLiteral("holdout_percent"), 0},
                   {QStringLiteral("frequency_cap_days"), 0}});
        const QString id = body.value(QStringLiteral("id")).toString();
        QCOMPARE(create(QStringLiteral("officer_wjw"), body).status, 201);
        QCOMPARE(act(QStringLiteral("officer_wjw"), id, QStringLiteral("submit")).status, 200);
        QCOMPARE(act(QStringLiteral("supervisor_city"), id, QStringLiteral("approve")).status, 200);
        QJsonObject c = waitFor(id, [](const QJsonObject &o) {
            return o.value(QStringLiteral("state")).toString() == QLatin1String("sending");
        });
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("sending"));
        QCOMPARE(c.value(QStringLiteral("members")).toInteger(), 0);

        // The life event: two citizens of the district get the tag today, one of another district too.
        const QStringList inside = column(
            QStringLiteral(
                "SELECT id FROM citizens WHERE district_code = ? AND id NOT IN (SELECT citizen_id FROM "
                "citizen_tags WHERE tag_id = 't_newborn_family') ORDER BY id"),
            {m_districts[2]});
        const QString outside =
            column(
                QStringLiteral(
                    "SELECT id FROM citizens WHERE district_code = ? AND id NOT IN (SELECT citizen_id FROM "
                    "citizen_tags WHERE tag_id = 't_newborn_family') ORDER BY id"),
                {m_districts[0]})
                .value(0);
        QVERIFY(inside.size() >= 2 && !outside.isEmpty());
        const QString today = gd::worktime::localDate(QDateTime::currentDateTimeUtc()).toString(Qt::ISODate);
        for (const QString &citizen : {inside[0], inside[1], outside}) {
            QSqlQuery q(m_server.sql());
            q.prepare(
                QStringLiteral("INSERT INTO citizen_tags (citizen_id, tag_id, since, source) VALUES (?, "
                               "'t_newborn_family', ?, 'test')"));
            q.addBindValue(citizen);
            q.addBindValue(today);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        c = waitFor(
            id, [](const QJsonObject &o) { return o.value(QStringLiteral("delivered")).toInteger() >= 2; });
        QCOMPARE(c.value(QStringLiteral("delivered")).toInteger(), 2);
        QCOMPARE(c.value(QStringLiteral("members")).toInteger(), 2);
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("sending")); // stays on
        QCOMPARE(column(QStringLiteral(
                            "SELECT citizen_id FROM citizen_inbox WHERE campaign_id = ? ORDER BY citizen_id"),
                        {id}),
                 QStringList({inside[0], inside[1]}));
        const QString logged =
            QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'campaign' AND entity_id = ?");
        const qint64 changes = count(logged, {id});
        // Another scan adds nobody twice: wait for the dispatcher to scan the campaign again after the scan
        // that added the two (one that adds nobody only moves trigger_scanned_at).
        const auto scannedAt = [&] {
            return QDateTime::fromString(
                column(QStringLiteral("SELECT trigger_scanned_at FROM campaigns WHERE id = ?"), {id})
                    .value(0),
                Qt::ISODateWithMs);
        };
        const QDateTime scanned = scannedAt();
        QVERIFY(scanned.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(scannedAt() > scanned, 30000);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM citizen_inbox WHERE campaign_id = ?"), {id}), 2);
        // Scans that add nobody change nothing the campaign shows and log nothing; every change that was
        // logged has a version of its own.
        QCOMPARE(count(logged, {id}), changes);
        const QJsonObject now = campaign(id);
        QCOMPARE(now.value(QStringLiteral("version")).toInteger(), changes);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT version) FROM changes WHERE entity = 'campaign' "
                                      "AND entity_id = ?"),
                       {id}),
                 changes);
        const ApiReply r =
            act(QStringLiteral("officer_wjw"), id, QStringLiteral("cancel"), QStringLiteral("活动结束"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    }

    void portalRoutesAreThePortals()
    {
        const QString citizen = m_dispatchedMembers.keys().value(0);
        QVERIFY(!citizen.isEmpty());
        const QString inbox = QStringLiteral("/api/v1/portal/citizens/") + citizen + QStringLiteral("/inbox");
        QCOMPARE(as(QStringLiteral("officer_wjw")).get(inbox).status, 403);
        QCOMPARE(as(QStringLiteral("admin")).get(inbox).status, 403);
        QCOMPARE(as(QStringLiteral("portal")).get(QStringLiteral("/api/v1/campaigns")).status, 403);
        QCOMPARE(as(QStringLiteral("portal"))
                     .get(QStringLiteral("/api/v1/portal/citizens/no-such-citizen/inbox"))
                     .status,
                 404);
        QCOMPARE(as(QStringLiteral("portal")).get(inbox + QStringLiteral("?limit=0")).status, 400);
        QCOMPARE(as(QStringLiteral("portal"))
                     .post(QStringLiteral("/api/v1/portal/inbox/no-such-message/opened"),
                           {{QStringLiteral("citizen_id"), citizen}}, keyed(newKey()))
                     .status,
                 404);
        QCOMPARE(as(QStringLiteral("portal"))
                     .post(QStringLiteral("/api/v1/portal/inbox/x/opened"),
                           {{QStringLiteral("who"), citizen}}, keyed(newKey()))
                     .status,
                 400);
    }

    // Grid managers (issue 8): a notice to one of their grids, or to a special group of it, through the
    // campaigns. The audience must stay inside their grids; every such campaign waits for a supervisor of
    // the grid's district, however small; only the grid's managers and the supervisors above it see it.
    void gridManagerNotice()
    {
        const QStringList grids = column(QStringLiteral(
            "SELECT grid_id FROM staff_grids WHERE staff_id = 's_grid_huli' ORDER BY grid_id"));
        const QStringList otherGrids = column(QStringLiteral(
            "SELECT grid_id FROM staff_grids WHERE staff_id = 's_grid_siming' ORDER BY grid_id"));
        QVERIFY(grids.size() >= 1 && otherGrids.size() >= 1);

        // The special groups of grid_huli's grids as computed here from the citizens' tags and birth dates
        // (on the server's China Standard Time day): the (grid, group) with the most members is the test's.
        const QDate today = gd::worktime::localDate(QDateTime::currentDateTimeUtc());
        std::map<std::pair<QString, QString>, QStringList> groups; // (grid, group) -> citizens, by id
        std::map<QString, QStringList> residents;                  // grid -> citizens, by id
        {
            QSqlQuery q(m_server.sql());
            q.prepare(QStringLiteral("SELECT c.id, c.grid_id, c.birth_date, ct.tag_id FROM citizens c LEFT "
                                     "JOIN citizen_tags ct ON ct.citizen_id = c.id WHERE c.grid_id IN (") +
                      QStringList(grids.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                      QStringLiteral(") ORDER BY c.id"));
            for (const QString &g : grids)
                q.addBindValue(g);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            struct Row {
                QString grid;
                QDate birth;
                QStringList tags;
            };
            std::map<QString, Row> citizens;
            while (q.next()) {
                Row &row = citizens[q.value(0).toString()];
                row.grid = q.value(1).toString();
                row.birth = QDate::fromString(q.value(2).toString(), Qt::ISODate);
                if (!q.value(3).isNull())
                    row.tags.append(q.value(3).toString());
            }
            for (const auto &[id, row] : citizens) {
                residents[row.grid].append(id);
                for (const QString &group : gd::specialGroupsOf(row.tags, row.birth, today))
                    groups[{row.grid, group}].append(id);
            }
        }
        QString grid, group;
        for (const auto &[key, members] : groups) {
            if (grid.isEmpty() || members.size() > groups[{grid, group}].size())
                std::tie(grid, group) = key;
        }
        QVERIFY2(!grid.isEmpty(), "no special group in grid_huli's grids");
        const QStringList expected = groups[{grid, group}];
        QVERIFY(qsizetype(expected.size()) < kThreshold);
        const QString district =
            column(QStringLiteral("SELECT district_code FROM regions WHERE id = ?"), {grid}).value(0);
        QCOMPARE(district, QStringLiteral("350206"));

        const auto notice = [](const QJsonObject &audience) {
            return QJsonObject{
                {QStringLiteral("id"), newKey()},
                {QStringLiteral("title"), QStringLiteral("网格通知")},
                {QStringLiteral("content"), QStringLiteral("本周六上午社区服务站上门走访，请留意。")},
                {QStringLiteral("policy"), QStringLiteral("网格通知")},
                {QStringLiteral("audience"), audience},
                {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("now")}}},
                {QStringLiteral("channel"), QStringLiteral("app")},
                {QStringLiteral("frequency_cap_days"), 0},
                {QStringLiteral("holdout_percent"), 0}};
        };

        // Outside his grids: 400 on "audience", nothing stored.
        const qint64 campaigns = count(QStringLiteral("SELECT COUNT(*) FROM campaigns"));
        const QString groupTag = gd::specialGroupRule(group)->tagId;
        for (const QJsonObject &outside :
             {region(QStringLiteral("350206")), region(otherGrids.first()),
              QJsonObject{{QStringLiteral("tag"), groupTag}},
              anyOf({region(grid), QJsonObject{{QStringLiteral("tag"), groupTag}}}),
              anyOf({region(grid), region(otherGrids.first())}),
              gd::audienceExpressionToJson(gd::gridAudience(otherGrids.first(), group))}) {
            const ApiReply r = create(QStringLiteral("grid_huli"), notice(outside));
            QVERIFY2(r.status == 400, r.body.constData());
            QCOMPARE(r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")]
                         .toString(),
                     QStringLiteral("audience"));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), campaigns);

        // The whole grid: belongs to the grid and its district, no department; waits for approval even
        // though it is small.
        const qint64 since = lastSeq();
        QJsonObject body = notice(gd::audienceExpressionToJson(gd::gridAudience(grid)));
        const QString whole = body.value(QStringLiteral("id")).toString();
        ApiReply r = create(QStringLiteral("grid_huli"), body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QStringLiteral("grid_id")).toString(), grid);
        QCOMPARE(r.json.value(QStringLiteral("area_code")).toString(), district);
        QVERIFY(r.json.value(QStringLiteral("department_id")).isNull());
        QCOMPARE(r.json.value(QStringLiteral("audience_size")).toInteger(), qint64(residents[grid].size()));
        r = act(QStringLiteral("grid_huli"), whole, QStringLiteral("submit"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("pending_approval"));
        QVERIFY(r.json.value(QStringLiteral("audience_size")).toInteger() <= kThreshold);
        // The grid manager cancels his own; the other grid's manager sees nothing to cancel.
        QCOMPARE(act(QStringLiteral("grid_siming"), whole, QStringLiteral("cancel"), QStringLiteral("不要了"))
                     .status,
                 404);
        QCOMPARE(act(QStringLiteral("grid_huli"), whole, QStringLiteral("cancel"), QStringLiteral("改期"))
                     .json[QStringLiteral("state")]
                     .toString(),
                 QStringLiteral("cancelled"));

        // A special group of the grid (a restricted group's tag is his to use too).
        const QString restricted = gd::restrictedTagIds().first();
        for (const QString &g : gd::specialGroupIds()) {
            if (gd::specialGroupRule(g)->tagId == restricted) {
                QCOMPARE(create(QStringLiteral("grid_huli"),
                                notice(gd::audienceExpressionToJson(gd::gridAudience(grid, g))))
                             .status,
                         201);
            }
        }
        body = notice(gd::audienceExpressionToJson(gd::gridAudience(grid, group)));
        const QString id = body.value(QStringLiteral("id")).toString();
        r = create(QStringLiteral("grid_huli"), body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QStringLiteral("audience_size")).toInteger(), qint64(expected.size()));
        // A change that takes the audience out of his grids is refused like a new one.
        r = as(QStringLiteral("grid_huli"))
                .patch(campaignPath(id),
                       {{QStringLiteral("base_version"), 1},
                        {QStringLiteral("audience"), region(QStringLiteral("350206"))}},
                       keyed(newKey()));
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")].toString(),
            QStringLiteral("audience"));
        r = act(QStringLiteral("grid_huli"), id, QStringLiteral("submit"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("pending_approval"));

        // Seen by his grid's managers and the supervisors above the grid; not by the other grid's manager,
        // nor another district's supervisor, nor officers.
        QCOMPARE(as(QStringLiteral("grid_huli")).get(campaignPath(id)).status, 200);
        QCOMPARE(as(QStringLiteral("supervisor_huli")).get(campaignPath(id)).status, 200);
        QCOMPARE(as(QStringLiteral("supervisor_city")).get(campaignPath(id)).status, 200);
        for (const char *who : {"grid_siming", "supervisor_siming", "officer_wjw"})
            QVERIFY2(as(QLatin1String(who)).get(campaignPath(id)).status == 404, who);
        QVERIFY(listedCampaigns(QStringLiteral("grid_huli")).contains(id));
        QVERIFY(!listedCampaigns(QStringLiteral("grid_siming")).contains(id));
        for (const char *who : {"grid_huli", "supervisor_huli", "supervisor_city", "admin"})
            QVERIFY2(campaignFeed(QLatin1String(who), since).contains(id), who);
        for (const char *who : {"grid_siming", "supervisor_siming", "officer_wjw"})
            QVERIFY2(!campaignFeed(QLatin1String(who), since).contains(id), who);
        QCOMPARE(campaignFeed(QStringLiteral("grid_huli"), since)
                     .value(id)
                     .value(QStringLiteral("data"))
                     .toObject(),
                 as(QStringLiteral("grid_huli")).get(campaignPath(id)).json);
        QStringList scopes =
            column(QStringLiteral("SELECT DISTINCT cs.scope FROM change_scopes cs JOIN changes ch "
                                  "ON ch.seq = cs.seq WHERE ch.entity = 'campaign' AND "
                                  "ch.entity_id = ?"),
                   {id});
        scopes.sort();
        QCOMPARE(scopes,
                 QStringList({QStringLiteral("district:") + district, QStringLiteral("grid:") + grid}));
        // Each grid manager's feed from the start is what GET /campaigns lists for him.
        for (const char *who : {"grid_huli", "grid_siming"})
            QCOMPARE(campaignFeed(QLatin1String(who), 0).keys(), listedCampaigns(QLatin1String(who)));

        // Grid managers never decide: not their own, and another grid's manager does not even see it. Another
        // district's supervisor does not see it either; the district's supervisor approves.
        r = act(QStringLiteral("grid_huli"), id, QStringLiteral("approve"));
        QCOMPARE(r.status, 403);
        QCOMPARE(act(QStringLiteral("grid_siming"), id, QStringLiteral("approve")).status, 404);
        QCOMPARE(act(QStringLiteral("supervisor_siming"), id, QStringLiteral("approve")).status, 404);
        QCOMPARE(campaign(id).value(QStringLiteral("state")).toString(), QStringLiteral("pending_approval"));
        r = act(QStringLiteral("supervisor_huli"), id, QStringLiteral("approve"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("approved_by")).toString(), QStringLiteral("s_supervisor_huli"));

        // Sent to exactly the group's members in that grid: each one message, nobody else.
        QCOMPARE(waitUntilSent(id).value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        const auto sorted = [](QStringList ids) {
            ids.sort();
            return ids;
        };
        QCOMPARE(sorted(column(
                     QStringLiteral("SELECT citizen_id FROM campaign_members WHERE campaign_id = ?"), {id})),
                 expected);
        QCOMPARE(sorted(column(QStringLiteral("SELECT citizen_id FROM citizen_inbox WHERE campaign_id = ?"),
                               {id})),
                 expected);
        for (const QString &citizen : expected)
            QVERIFY(residents[grid].contains(citizen));
    }

    void daysCoverAtMostTheLast120Days()
    {
        // Restarted with a settable clock, 200 days on: the demo's trigger campaign (sending since today)
        // shows the last 120 days; the campaign sent today the days up to 30 days after it finished.
        m_staff.disconnectAll();
        m_staff.clear();
        QVERIFY2(m_server.restart(kDispatchArgs + QStringList{QStringLiteral("--test-clock")}),
                 qPrintable(m_server.error()));
        const QString trigger =
            column(QStringLiteral("SELECT id FROM campaigns WHERE schedule_kind = 'trigger' AND state = "
                                  "'sending' ORDER BY started_at, id"))
                .value(0);
        QVERIFY(!trigger.isEmpty());
        const ApiReply clock =
            as(QStringLiteral("admin"))
                .post(QStringLiteral("/api/v1/test/clock"),
                      {{QStringLiteral("now"),
                        QDateTime::currentDateTimeUtc().addDays(200).toString(Qt::ISODateWithMs)}});
        QCOMPARE(clock.status, 200);
        const auto localDay = [](const QJsonValue &iso) {
            return gd::worktime::localDate(QDateTime::fromString(iso.toString(), Qt::ISODateWithMs));
        };
        ApiReply r =
            as(QStringLiteral("supervisor_city")).get(campaignPath(trigger) + QStringLiteral("/results"));
        QCOMPARE(r.status, 200);
        const QDate today = localDay(r.json.value(QStringLiteral("computed_at")));
        QVERIFY(today > gd::worktime::localDate(QDateTime::currentDateTimeUtc()).addDays(150));
        QJsonArray days = r.json.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 120);
        QCOMPARE(days.first()[QStringLiteral("day")].toString(), today.addDays(-119).toString(Qt::ISODate));
        QCOMPARE(days.last()[QStringLiteral("day")].toString(), today.toString(Qt::ISODate));

        const QJsonObject c = campaign(m_dispatched);
        r = as(QStringLiteral("supervisor_city"))
                .get(campaignPath(m_dispatched) + QStringLiteral("/results"));
        QCOMPARE(r.status, 200);
        days = r.json.value(QStringLiteral("days")).toArray();
        QVERIFY(!days.isEmpty());
        QCOMPARE(days.first()[QStringLiteral("day")].toString(),
                 localDay(c.value(QStringLiteral("started_at"))).toString(Qt::ISODate));
        QCOMPARE(days.last()[QStringLiteral("day")].toString(),
                 localDay(c.value(QStringLiteral("finished_at"))).addDays(30).toString(Qt::ISODate));
    }

    void cleanupTestCase()
    {
        m_staff.disconnectAll();
        QVERIFY(m_server.stop());
    }
};

QTEST_GUILESS_MAIN(TestCampaignApi)
#include "tst_campaignapi.moc"
