// Integration: workflow actions through the outbox (issue 5) against the real govdesk-server on 127.0.0.1
// port 0 and a real SQLCipher file. The officer's device goes offline (its engine stopped), takes actions
// on the local copy (ApplicationRepository::act: gd::applyAction's optimistic state + the outbox item),
// and syncs again:
//   - an approve of a step that another officer of the department claimed meanwhile is refused (409
//     claimed): a conflict entry that says who holds it, with the officer's action kept in it, and the
//     local copy equal to the server's;
//   - a claim of an application that another officer rejected meanwhile (409 finished): no queue row;
//   - an approve of a step that was transferred to another department meanwhile is rejected (403): a
//     "rejected" entry, and the server's copy fetched again replaces the optimistic one;
//   - a claim and an approve queued one after the other land on the server once each, in order.
// The queue rows (schema 3) of the synced copy come from the server's own JSON.

#include "apitestclient.h"
#include "serverprocess.h"
#include "synctestsupport.h"

#include "models/conflicttext.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace gd;
using namespace gd::test;

namespace {

WorkflowActor actorOf(ApiTestClient &client)
{
    const ApiReply me = client.get(QStringLiteral("/api/v1/auth/me"));
    QJsonObject user = me.json;
    if (user.contains(QLatin1String("user")))
        user = user.value(QLatin1String("user")).toObject();
    return WorkflowActor{
        user.value(QLatin1String("id")).toString(), user.value(QLatin1String("display_name")).toString(),
        user.value(QLatin1String("role")).toString(), user.value(QLatin1String("department_id")).toString()};
}

QJsonObject stepOf(const QJsonObject &application, int seq)
{
    for (const QJsonValue &v : application.value(QLatin1String("steps")).toArray()) {
        if (v[QLatin1String("seq")].toInt() == seq)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestQueueActions : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_key;
    AuthTokens m_tokens;
    WorkflowActor m_me;    // officer_wjw
    WorkflowActor m_other; // officer_wjw2
    QStringList m_fresh;   // applications started for the tests
    QSet<QString> m_used;  // applications an earlier test acted on

    std::unique_ptr<SyncEngine> startEngine()
    {
        auto engine = std::make_unique<SyncEngine>(testConfig(m_server.port(), m_path, m_key, m_tokens));
        engine->start();
        return engine;
    }

    // An application with an unclaimed, active step of the officer's department in the synced copy.
    bool pickUnclaimed(store::Store &store, QString *id, int *step, qint64 *version)
    {
        store::ListQuery query;
        query.where(QStringLiteral("department"), m_me.departmentId)
            .where(QStringLiteral("unclaimed"), QStringLiteral("1"))
            .where(QStringLiteral("status"), QStringLiteral("in_progress"));
        query.limit = 1000;
        auto items = store.queue().list(query, QDateTime::currentDateTimeUtc());
        if (!items) {
            qWarning("the queue cannot be read: %s", qPrintable(items.error().message));
            return false;
        }
        if (items->isEmpty())
            qWarning("no unclaimed steps of %s", qPrintable(m_me.departmentId));
        for (const store::QueueItem &item : *items) {
            if (m_used.contains(item.applicationId) || !m_fresh.contains(item.applicationId))
                continue;
            m_used.insert(item.applicationId);
            *id = item.applicationId;
            *step = item.stepSeq;
            *version = item.version;
            return true;
        }
        return false;
    }

    QJsonObject serverCopy(const QString &id)
    {
        ApiTestClient client(m_server.port());
        client.setToken(client.login(QStringLiteral("officer_wjw")));
        return client.get(QStringLiteral("/api/v1/applications/") + id).json;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ServerProcess::Options options;
        options.citizens = 1500;
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        m_path = m_dir.filePath(QStringLiteral("officer.gdcache"));
        m_key = randomKey();
        m_tokens = signIn(m_server.port(), QStringLiteral("officer_wjw"));
        QVERIFY(!m_tokens.accessToken.isEmpty());
        ApiTestClient me(m_server.port());
        me.setToken(me.login(QStringLiteral("officer_wjw")));
        m_me = actorOf(me);
        ApiTestClient other(m_server.port());
        other.setToken(other.login(QStringLiteral("officer_wjw2")));
        m_other = actorOf(other);
        QVERIFY(!m_me.staffId.isEmpty() && !m_me.departmentId.isEmpty());
        QCOMPARE(m_other.departmentId, m_me.departmentId);

        // Four fresh applications of 出生医学证明办理 (health → police → education) started at the counter,
        // so the tests do not depend on the demo data's claims.
        ApiTestClient admin(m_server.port());
        admin.setToken(admin.login(QStringLiteral("admin")));
        QString service;
        for (const QJsonValue &v : admin.get(QStringLiteral("/api/v1/services?limit=500"))
                                       .json.value(QLatin1String("items"))
                                       .toArray()) {
            if (v[QLatin1String("name")].toString() == QStringLiteral("出生医学证明办理"))
                service = v[QLatin1String("id")].toString();
        }
        QVERIFY(!service.isEmpty());
        const QString citizen = admin.get(QStringLiteral("/api/v1/citizens?limit=1"))
                                    .json.value(QLatin1String("items"))
                                    .toArray()
                                    .first()[QLatin1String("id")]
                                    .toString();
        for (int i = 0; i < 4; ++i) {
            const ApiReply started =
                me.post(QStringLiteral("/api/v1/applications"),
                        {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {QStringLiteral("service_id"), service},
                         {QStringLiteral("applicant_type"), QStringLiteral("citizen")},
                         {QStringLiteral("applicant_id"), citizen}},
                        {{QByteArray("Idempotency-Key"),
                          QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8()}});
            QVERIFY2(started.status == 201, started.body.constData());
            m_fresh.append(started.json.value(QLatin1String("id")).toString());
        }

        auto engine = startEngine();
        QVERIFY(waitUntilSettled(*engine, 60000));
        // The queue of the synced copy is built from the server's JSON.
        auto counts =
            engine->store()->queue().counts(m_me.departmentId, m_me.staffId, QDateTime::currentDateTimeUtc());
        QVERIFY(counts);
        QVERIFY2(counts->open > 0, "the demo data has pending steps for the health commission");
        QVERIFY(counts->unclaimed > 0);
    }

    void offlineApproveRefusedBecauseAnotherOfficerClaimed()
    {
        QString id;
        int step = 0;
        qint64 version = 0;
        {
            // Offline: the engine is not running; the officer approves on the local copy.
            auto opened = store::Store::open(m_path, m_key);
            QVERIFY(opened);
            QVERIFY(pickUnclaimed(**opened, &id, &step, &version));
            auto queued =
                (*opened)->applications().act(id, ApplicationAction{QStringLiteral("approve"), step, version},
                                              m_me, QDateTime::currentDateTimeUtc());
            QVERIFY2(queued, queued ? "" : qPrintable(queued.error().message));
            QCOMPARE((*opened)->applications().get(id).value()->version, version + 1);
        }
        // Meanwhile the other officer of the department claims the step on the server.
        ApiTestClient other(m_server.port());
        other.setToken(other.login(QStringLiteral("officer_wjw2")));
        const ApiReply claimed = other.post(
            QStringLiteral("/api/v1/applications/%1/actions").arg(id),
            {{QStringLiteral("action"), QStringLiteral("claim")},
             {QStringLiteral("step_seq"), step},
             {QStringLiteral("base_version"), version}},
            {{QByteArray("Idempotency-Key"), QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8()}});
        QCOMPARE(claimed.status, 200);

        // Online again.
        auto engine = startEngine();
        QSignalSpy conflicts(engine.get(), &SyncEngine::conflictsChanged);
        QVERIFY(waitUntilSettled(*engine, 60000));
        QVERIFY(conflicts.count() >= 1);
        store::Store &store = *engine->store();
        auto entries = store.conflicts().list();
        QVERIFY(entries);
        const store::ConflictEntry *entry = nullptr;
        for (const store::ConflictEntry &e : *entries) {
            if (e.entityId == id)
                entry = &e;
        }
        QVERIFY(entry);
        QCOMPARE(entry->kind, QStringLiteral("conflict"));
        QCOMPARE(entry->errorDetails.value(QLatin1String("reason")).toString(), QStringLiteral("claimed"));
        // What the officer did is kept.
        QCOMPARE(entry->local.value(QLatin1String("action")).toString(), QStringLiteral("approve"));
        QCOMPARE(entry->local.value(QLatin1String("step_seq")).toInt(), step);
        QVERIFY(entry->server.has_value());
        const QString text = ConflictText::actionOutcome(*entry);
        QVERIFY2(text.contains(m_other.name) && text.contains(QStringLiteral("Approve")), qPrintable(text));
        QVERIFY(text.contains(entry->summary));

        // The local copy is the server's.
        const QJsonObject server = serverCopy(id);
        auto local = store.applications().get(id);
        QVERIFY(local && *local);
        QCOMPARE((*local)->version, server.value(QLatin1String("version")).toInteger());
        const QJsonObject serverStep = stepOf(server, step);
        QCOMPARE(serverStep.value(QLatin1String("claimed_by")).toString(), m_other.staffId);
        for (const ApplicationStep &s : (*local)->steps) {
            if (s.seq == step) {
                QCOMPARE(s.claimedBy.value_or(QString()), m_other.staffId);
                QCOMPARE(s.status, QStringLiteral("active"));
            }
        }
        // …and so is its queue row: held by the other officer, nothing pending.
        store::ListQuery query;
        query.where(QStringLiteral("claimed_by"), m_other.staffId);
        query.limit = 1000;
        auto held = store.queue().list(query, QDateTime::currentDateTimeUtc());
        QVERIFY(held);
        bool found = false;
        for (const store::QueueItem &item : *held) {
            if (item.applicationId == id && item.stepSeq == step) {
                found = true;
                QVERIFY(!item.pendingSync);
            }
        }
        QVERIFY(found);
        engine->stop();
    }

    void offlineApproveOfATransferredStepIsRejected()
    {
        QString id;
        int step = 0;
        qint64 version = 0;
        {
            auto opened = store::Store::open(m_path, m_key);
            QVERIFY(opened);
            QVERIFY(pickUnclaimed(**opened, &id, &step, &version));
            auto queued =
                (*opened)->applications().act(id, ApplicationAction{QStringLiteral("approve"), step, version},
                                              m_me, QDateTime::currentDateTimeUtc());
            QVERIFY(queued);
        }
        // Meanwhile the other officer hands the step to the police: it is no longer the department's.
        ApiTestClient other(m_server.port());
        other.setToken(other.login(QStringLiteral("officer_wjw2")));
        const ApiReply transferred = other.post(
            QStringLiteral("/api/v1/applications/%1/actions").arg(id),
            {{QStringLiteral("action"), QStringLiteral("transfer")},
             {QStringLiteral("step_seq"), step},
             {QStringLiteral("base_version"), version},
             {QStringLiteral("to_department_id"), QStringLiteral("gaj")},
             {QStringLiteral("reason"), QStringLiteral("属公安户籍业务")}},
            {{QByteArray("Idempotency-Key"), QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8()}});
        QVERIFY2(transferred.status == 200, transferred.body.constData());

        auto engine = startEngine();
        QVERIFY(waitUntilSettled(*engine, 60000));
        store::Store &store = *engine->store();
        const store::ConflictEntry *entry = nullptr;
        const QList<store::ConflictEntry> entries = store.conflicts().list().value();
        for (const store::ConflictEntry &e : entries) {
            if (e.entityId == id)
                entry = &e;
        }
        QVERIFY(entry);
        QCOMPARE(entry->kind, QStringLiteral("rejected"));
        QCOMPARE(entry->errorCode, QStringLiteral("forbidden"));
        QCOMPARE(entry->local.value(QLatin1String("action")).toString(), QStringLiteral("approve"));
        QVERIFY(ConflictText::actionOutcome(*entry).contains(entry->summary));
        // The server's copy is fetched again and replaces the optimistic one (whose version ran ahead).
        const qint64 serverVersion = serverCopy(id).value(QLatin1String("version")).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(store.applications().get(id).value()->version, serverVersion, 10000);
        const Application local = *store.applications().get(id).value();
        for (const ApplicationStep &s : local.steps) {
            if (s.seq == step)
                QCOMPARE(s.departmentId, QStringLiteral("gaj"));
        }
        engine->stop();
    }

    void offlineClaimOfARejectedApplicationSaysFinished()
    {
        QString id;
        int step = 0;
        qint64 version = 0;
        {
            auto opened = store::Store::open(m_path, m_key);
            QVERIFY(opened);
            QVERIFY(pickUnclaimed(**opened, &id, &step, &version));
            auto queued =
                (*opened)->applications().act(id, ApplicationAction{QStringLiteral("claim"), step, version},
                                              m_me, QDateTime::currentDateTimeUtc());
            QVERIFY(queued);
        }
        // Meanwhile the other officer ends the application.
        ApiTestClient other(m_server.port());
        other.setToken(other.login(QStringLiteral("officer_wjw2")));
        const ApiReply rejected = other.post(
            QStringLiteral("/api/v1/applications/%1/actions").arg(id),
            {{QStringLiteral("action"), QStringLiteral("reject")},
             {QStringLiteral("step_seq"), step},
             {QStringLiteral("base_version"), version},
             {QStringLiteral("reason"), QStringLiteral("申请人撤回")}},
            {{QByteArray("Idempotency-Key"), QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8()}});
        QVERIFY2(rejected.status == 200, rejected.body.constData());

        auto engine = startEngine();
        QVERIFY(waitUntilSettled(*engine, 60000));
        store::Store &store = *engine->store();
        std::optional<store::ConflictEntry> entry;
        const QList<store::ConflictEntry> entries = store.conflicts().list().value();
        for (const store::ConflictEntry &e : entries) {
            if (e.entityId == id)
                entry = e;
        }
        QVERIFY(entry);
        QCOMPARE(entry->errorDetails.value(QLatin1String("reason")).toString(), QStringLiteral("finished"));
        QVERIFY(ConflictText::actionOutcome(*entry).contains(QStringLiteral("already finished")));
        // Finished: no queue row any more, the application itself stays in the copy.
        QCOMPARE(store.applications().get(id).value()->status, QStringLiteral("rejected"));
        store::ListQuery query;
        query.search = store.applications().get(id).value()->number;
        QCOMPARE(store.queue().count(query, QDateTime::currentDateTimeUtc()).value(), qint64(0));

        // Taking the server's version drops the entry and sends nothing.
        QSignalSpy conflicts(engine.get(), &SyncEngine::conflictsChanged);
        QVERIFY(engine->resolveConflict(entry->id, SyncEngine::Resolution::TakeServer));
        QCOMPARE(conflicts.count(), 1);
        QVERIFY(!store.conflicts().get(entry->id).value().has_value());
        QCOMPARE(store.outbox().count().value(), qint64(0));
        engine->stop();
    }

    void claimThenApproveQueuedOfflineLandOnceEach()
    {
        QString id;
        int step = 0;
        qint64 version = 0;
        {
            auto opened = store::Store::open(m_path, m_key);
            QVERIFY(opened);
            store::Store &store = **opened;
            QVERIFY(pickUnclaimed(store, &id, &step, &version));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            auto claim = store.applications().act(
                id, ApplicationAction{QStringLiteral("claim"), step, version}, m_me, now);
            QVERIFY2(claim, claim ? "" : qPrintable(claim.error().message));
            // The officer sees the claimed copy (version + 1) and approves it.
            auto approve = store.applications().act(
                id, ApplicationAction{QStringLiteral("approve"), step, version + 1}, m_me, now.addSecs(1));
            QVERIFY2(approve, approve ? "" : qPrintable(approve.error().message));
            QCOMPARE(store.applications().get(id).value()->version, version + 2);
        }
        auto engine = startEngine();
        QVERIFY(waitUntilSettled(*engine, 60000));
        store::Store &store = *engine->store();
        const QList<store::ConflictEntry> entries = store.conflicts().list().value();
        for (const store::ConflictEntry &e : entries)
            QVERIFY2(e.entityId != id, qPrintable(e.errorCode + QLatin1Char(' ') + e.errorMessage));

        const QJsonObject server = serverCopy(id);
        int claims = 0;
        int approvals = 0;
        for (const QJsonValue &v : server.value(QLatin1String("history")).toArray()) {
            const QJsonObject event = v.toObject();
            if (event.value(QLatin1String("actor_id")).toString() != m_me.staffId ||
                event.value(QLatin1String("step_seq")).toInt() != step)
                continue;
            claims += event.value(QLatin1String("action")).toString() == QLatin1String("claim");
            approvals += event.value(QLatin1String("action")).toString() == QLatin1String("approve");
        }
        QCOMPARE(claims, 1);
        QCOMPARE(approvals, 1);
        QCOMPARE(stepOf(server, step).value(QLatin1String("status")).toString(), QStringLiteral("done"));
        auto local = store.applications().get(id);
        QVERIFY(local && *local);
        QCOMPARE((*local)->version, server.value(QLatin1String("version")).toInteger());
        QVERIFY(!store.applications().hasPendingWrites(id).value());
        engine->stop();
    }
};

QTEST_GUILESS_MAIN(TestQueueActions)
#include "tst_queueactions.moc"
