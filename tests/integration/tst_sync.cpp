// Integration: the sync engine against the real govdesk-server on 127.0.0.1 port 0 with a real SQLCipher
// file. The local copy must equal the server's scoped data after a sync, every queued action must reach
// the server exactly once — across server crashes (SIGKILL) at random points of pulls and pushes, injected
// faults (500s before and after the write, dropped connections, truncated bodies), access tokens that
// expire mid-sync, a full disk — and two devices editing the same application must end in exactly one win
// and one visible conflict.

#include "apitestclient.h"
#include "serverprocess.h"
#include "synctestsupport.h"

#include "store/store.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gd;
using namespace gd::test;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

qint64 serverCount(ServerProcess &server, const QString &sql)
{
    QSqlQuery q(server.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestSync : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newCachePath() { return m_dir.filePath(QStringLiteral("cache-%1.gdcache").arg(++m_files)); }

    std::unique_ptr<SyncEngine> engineFor(const QString &user, QString *pathOut = nullptr,
                                          QByteArray *keyOut = nullptr)
    {
        const QString path = newCachePath();
        const QByteArray key = randomKey();
        if (pathOut)
            *pathOut = path;
        if (keyOut)
            *keyOut = key;
        return std::make_unique<SyncEngine>(
            testConfig(m_server.port(), path, key, signIn(m_server.port(), user)));
    }

    void verifyEqualsServer(SyncEngine &engine, const QString &user)
    {
        ApiTestClient client(m_server.port());
        client.setToken(client.login(user));
        const auto server = serverSnapshot(client);
        QVERIFY(!server.isEmpty());
        const auto local = localSnapshot(*engine.store());
        const QString diff = describeDifference(server, local);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ServerProcess::Options options;
        options.citizens = 3000;
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
    }

    void initialSyncEqualsServerScope()
    {
        QString path;
        QByteArray key;
        // Declared before the engine: its destructor still reports a status (found by ASan).
        int bestPercent = -1;
        qint64 records = 0;
        auto engine = engineFor(QStringLiteral("grid_huli"), &path, &key);
        QSignalSpy opened(engine.get(), &SyncEngine::storeOpened);
        QSignalSpy data(engine.get(), &SyncEngine::dataChanged);
        connect(engine.get(), &SyncEngine::statusChanged, this, [&](const SyncStatus &s) {
            bestPercent = qMax(bestPercent, s.progress.percent());
            records = qMax(records, s.progress.records);
        });
        engine->start();
        QCOMPARE(opened.size(), 1); // the store is usable before any network answer
        QVERIFY(waitUntilSettled(*engine, 60000));
        QVERIFY(!data.isEmpty());
        verifyEqualsServer(*engine, QStringLiteral("grid_huli"));
        QVERIFY(engine->status().initialSyncDone);
        QVERIFY(engine->status().lastSyncAt.isValid());
        QCOMPARE(bestPercent, 100); // progress reached the end
        QVERIFY(records > 0);

        // Only the grid manager's scope is in the copy.
        const qint64 local = *engine->store()->citizens().count();
        ApiTestClient admin(m_server.port());
        admin.setToken(admin.login(QStringLiteral("admin")));
        const qint64 everyone = admin.get(QStringLiteral("/api/v1/citizens?limit=1"))
                                    .json.value(QStringLiteral("total"))
                                    .toInteger();
        QVERIFY(local > 0);
        QVERIFY(local < everyone);
    }

    void interruptedInitialSyncResumesFromCheckpoint()
    {
        QString path;
        QByteArray key;
        qint64 checkpoint = 0;
        {
            auto engine = engineFor(QStringLiteral("grid_huli"), &path, &key);
            SyncConfig config =
                testConfig(m_server.port(), path, key, signIn(m_server.port(), QStringLiteral("grid_huli")));
            config.pageSize = 300;
            engine = std::make_unique<SyncEngine>(config);
            QSignalSpy data(engine.get(), &SyncEngine::dataChanged);
            engine->start();
            QVERIFY(data.wait(30000));
            engine->stop(); // mid-pull: after the first page
        }
        {
            auto reopened = store::Store::open(path, key);
            QVERIFY(reopened);
            checkpoint = *(*reopened)->state().pullCheckpoint();
            QVERIFY(checkpoint > 0);
        }
        SyncConfig config =
            testConfig(m_server.port(), path, key, signIn(m_server.port(), QStringLiteral("grid_huli")));
        config.pageSize = 300;
        SyncEngine engine(config);
        QSignalSpy pages(&engine, &SyncEngine::statusChanged);
        engine.start();
        QVERIFY(waitUntilSettled(engine, 60000));
        QVERIFY(*engine.store()->state().pullCheckpoint() > checkpoint);
        verifyEqualsServer(engine, QStringLiteral("grid_huli"));
    }

    void serverKilledDuringPullAndPushLosesNothing()
    {
        const int rounds = envInt("GOVDESK_SYNC_ROUNDS", 50);
        const int budgetMs = envInt("GOVDESK_SYNC_BUDGET_MS", 240000);
        // Named variables, not a structured binding: clang 14 (the sanitizer build) cannot capture those.
        const QPair<QString, QString> shared = sharedApplication(m_server.port());
        const QString appId = shared.first;
        const QString officer = shared.second;
        QVERIFY2(!appId.isEmpty(), "no application shared by grid_huli and a demo officer");
        // Demo applications come with their workflow's history (version = events so far).
        const qint64 startVersion = serverCount(
            m_server, QStringLiteral("SELECT max(version) FROM changes WHERE entity = 'application' AND "
                                     "entity_id = '%1'")
                          .arg(appId));
        QVERIFY(startVersion >= 1);

        auto grid = engineFor(QStringLiteral("grid_huli"));
        auto desk = engineFor(officer);
        grid->start();
        desk->start();
        QVERIFY(waitUntilSettled(*grid, 60000));
        QVERIFY(waitUntilSettled(*desk, 60000));
        const QString gridId = grid->store()->citizens().list({})->items.first().gridId;
        const QString district = grid->store()->citizens().list({})->items.first().districtCode;

        QRandomGenerator random(quint32(envInt("GOVDESK_SYNC_SEED", 20261124)));
        // The demo data has visits of this grid manager already; only this test's count.
        const qint64 visitsBefore = serverCount(
            m_server, QStringLiteral("SELECT count(*) FROM visits WHERE staff_id = 's_grid_huli'"));
        QStringList visitIds;
        int remarks = 0;
        QElapsedTimer clock;
        clock.start();
        int round = 0;
        int kills = 0;
        for (; round < rounds && clock.elapsed() < budgetMs; ++round) {
            // Work queued on both devices: visits (creates) and a remark (an edit the grid manager pulls).
            const int visits = 1 + int(random.bounded(4));
            for (int i = 0; i < visits; ++i) {
                Visit v;
                v.gridId = gridId;
                v.districtCode = district;
                v.staffId = QStringLiteral("s_grid_huli");
                v.kind = QStringLiteral("routine");
                v.visitedAt = QDateTime::currentDateTimeUtc();
                v.summary = QStringLiteral("第%1轮走访%2").arg(round).arg(i);
                auto queued = grid->write([&](store::Store &s) { return s.visits().record(v); });
                QVERIFY(queued);
                visitIds.append(queued->entityId);
            }
            auto edit = desk->write([&](store::Store &s) {
                store::ApplicationRepository::WorkingFields f;
                f.remark = QStringLiteral("备注 %1").arg(++remarks);
                return s.applications().updateWorkingFields(appId, f);
            });
            QVERIFY(edit);

            // Kill the server after a random number of engine status changes: somewhere in a pull or a push.
            const int after = 1 + int(random.bounded(6));
            int seen = 0;
            bool killed = false;
            SyncEngine *victim = random.bounded(2) ? grid.get() : desk.get();
            auto connection = connect(victim, &SyncEngine::statusChanged, this, [&](const SyncStatus &s) {
                if (killed || ++seen < after)
                    return;
                if (s.phase == SyncStatus::Phase::Pulling || s.phase == SyncStatus::Phase::Pushing) {
                    killed = true;
                    m_server.kill();
                }
            });
            grid->syncNow();
            desk->syncNow();
            QTRY_VERIFY_WITH_TIMEOUT(killed || (grid->status().outboxCount == 0 &&
                                                desk->status().outboxCount == 0 &&
                                                grid->status().phase == SyncStatus::Phase::Idle &&
                                                desk->status().phase == SyncStatus::Phase::Idle),
                                     30000);
            disconnect(connection);
            if (killed) {
                ++kills;
                QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
            }
            QVERIFY2(waitUntilSettled(*desk, 60000), "the officer's device did not settle");
            QVERIFY2(waitUntilSettled(*grid, 60000), "the grid manager's device did not settle");
        }
        qInfo("%d rounds (%d server kills) in %lld ms, %lld visits, %d remarks", round, kills,
              clock.elapsed(), qint64(visitIds.size()), remarks);
        QVERIFY(round >= qMin(rounds, 10));
        QVERIFY(kills >= round / 2); // the crashes really happened mid-sync

        // Exactly once: every visit exists once; the application went up one version per remark.
        QCOMPARE(serverCount(m_server,
                             QStringLiteral("SELECT count(*) FROM visits WHERE staff_id = 's_grid_huli'")),
                 visitsBefore + qint64(visitIds.size()));
        for (const QString &id : std::as_const(visitIds)) {
            QCOMPARE(
                serverCount(m_server, QStringLiteral("SELECT count(*) FROM visits WHERE id = '%1'").arg(id)),
                1);
        }
        QCOMPARE(
            serverCount(m_server,
                        QStringLiteral(
                            "SELECT count(*) FROM changes WHERE entity = 'application' AND entity_id = '%1' "
                            "AND op = 'upsert' AND version > %2")
                            .arg(appId)
                            .arg(startVersion)),
            qint64(remarks));
        QCOMPARE(*grid->store()->conflicts().count(), 0);
        QCOMPARE(*desk->store()->conflicts().count(), 0);
        // Both copies equal the server, including the last remark pulled by the grid manager.
        QVERIFY(waitUntilSettled(*grid, 60000));
        verifyEqualsServer(*grid, QStringLiteral("grid_huli"));
        verifyEqualsServer(*desk, officer);
        QCOMPARE((*grid->store()->applications().get(appId))->remark.value_or(QString()),
                 QStringLiteral("备注 %1").arg(remarks));
    }

    void clientKilledMidTransactionLosesNothing()
    {
        const int rounds = envInt("GOVDESK_CLIENT_KILL_ROUNDS", 4);
        QRandomGenerator random(quint32(envInt("GOVDESK_SYNC_SEED", 20261124) + 1));
        const QString helper = QCoreApplication::applicationDirPath() + QStringLiteral("/tst_sync_client");
        qint64 localTotal = 0;
        const qint64 before = serverCount(
            m_server, QStringLiteral("SELECT count(*) FROM visits WHERE summary LIKE '崩溃测试走访%'"));
        for (int round = 0; round < rounds; ++round) {
            const QString path = newCachePath();
            const QByteArray key = randomKey();
            QStringList queued;
            for (int life = 0; life < 3; ++life) { // the same device dies several times in a row
                QProcess child;
                child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
                child.start(helper,
                            {QStringLiteral("--port"), QString::number(m_server.port()),
                             QStringLiteral("--user"), QStringLiteral("grid_huli"), QStringLiteral("--cache"),
                             path, QStringLiteral("--key"), QString::fromLatin1(key.toHex()),
                             QStringLiteral("--visits"), QStringLiteral("100000")});
                QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
                const int killAfter = 1 + int(random.bounded(30));
                int seen = 0;
                QDeadlineTimer deadline(60000);
                while (seen < killAfter && !deadline.hasExpired()) {
                    if (!child.canReadLine() && !child.waitForReadyRead(1000))
                        continue;
                    while (child.canReadLine()) {
                        const QString line = QString::fromUtf8(child.readLine()).trimmed();
                        QVERIFY2(!line.startsWith(QLatin1String("error")), qPrintable(line));
                        if (line.startsWith(QLatin1String("queued "))) {
                            queued.append(line.mid(7));
                            ++seen;
                        }
                    }
                }
                QVERIFY2(seen >= killAfter, "the client did not write in time");
                child.kill(); // SIGKILL: no destructors, no rollback, possibly inside a transaction
                QVERIFY(child.waitForFinished(10000));

                // The store opens with its key (not moved aside) and every acknowledged write is there,
                // either confirmed by the server or still waiting in the outbox.
                auto reopened = store::Store::open(path, key);
                QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
                QVERIFY((*reopened)->openReport().movedAsidePath.isEmpty());
                QVERIFY(!(*reopened)->openReport().created);
                const auto pending = *(*reopened)->outbox().pendingObjects();
                for (const QString &id : std::as_const(queued)) {
                    auto visit = (*reopened)->visits().get(id);
                    QVERIFY(visit);
                    QVERIFY2(visit->has_value(), qPrintable(QStringLiteral("lost visit ") + id));
                    QVERIFY((*visit)->version >= 1 || pending.contains(QStringLiteral("visit/") + id));
                }
            }
            // Back online for good: everything arrives, each exactly once.
            SyncEngine engine(
                testConfig(m_server.port(), path, key, signIn(m_server.port(), QStringLiteral("grid_huli"))));
            engine.start();
            QVERIFY(waitUntilSettled(engine, 60000));
            for (const QString &id : std::as_const(queued))
                QCOMPARE(serverCount(m_server,
                                     QStringLiteral("SELECT count(*) FROM visits WHERE id = '%1'").arg(id)),
                         1);
            QCOMPARE(*engine.store()->outbox().count(), 0);
            verifyEqualsServer(engine, QStringLiteral("grid_huli"));
            // Nothing applied twice: the server holds exactly the crash-test visits this scope has seen.
            localTotal = *engine.store()->connection().scalar(
                "SELECT count(*) FROM visits WHERE data LIKE '%崩溃测试走访%'");
            QCOMPARE(serverCount(
                         m_server,
                         QStringLiteral("SELECT count(*) FROM visits WHERE summary LIKE '崩溃测试走访%'")) -
                         before,
                     localTotal);
        }
    }

    void injectedFaultsAndExpiringTokens()
    {
        // Every sync call may fail before or after the server did the work, lose its connection or come back
        // truncated; access tokens live one second.
        QVERIFY2(m_server.restart(
                     {QStringLiteral("--inject-faults"),
                      QStringLiteral("seed=11,error-before=0.15,error-after=0.15,drop=0.1,truncate=0.1"),
                      QStringLiteral("--access-ttl"), QStringLiteral("1")}),
                 qPrintable(m_server.error()));
        auto grid = engineFor(QStringLiteral("grid_huli"));
        SyncConfig config = testConfig(m_server.port(), newCachePath(), randomKey(),
                                       signIn(m_server.port(), QStringLiteral("grid_huli")));
        config.pageSize = 250;
        grid = std::make_unique<SyncEngine>(config);
        grid->start();
        QVERIFY(waitUntilSettled(*grid, 120000));
        const QString gridId = grid->store()->citizens().list({})->items.first().gridId;
        QStringList ids;
        for (int i = 0; i < 40; ++i) {
            Visit v;
            v.gridId = gridId;
            v.districtCode = grid->store()->citizens().list({})->items.first().districtCode;
            v.staffId = QStringLiteral("s_grid_huli");
            v.kind = QStringLiteral("special_group");
            v.visitedAt = QDateTime::currentDateTimeUtc();
            v.summary = QStringLiteral("故障注入走访 %1").arg(i);
            auto queued = grid->write([&](store::Store &s) { return s.visits().record(v); });
            QVERIFY(queued);
            ids.append(queued->entityId);
        }
        QVERIFY(waitUntilSettled(*grid, 120000));
        for (const QString &id : std::as_const(ids))
            QCOMPARE(
                serverCount(m_server, QStringLiteral("SELECT count(*) FROM visits WHERE id = '%1'").arg(id)),
                1);
        QCOMPARE(*grid->store()->conflicts().count(), 0);
        QVERIFY2(m_server.restart(), qPrintable(m_server.error())); // faults off for the comparison
        verifyEqualsServer(*grid, QStringLiteral("grid_huli"));
    }

    void twoDevicesEditTheSameApplication()
    {
        // Named variables, not a structured binding: clang 14 (the sanitizer build) cannot capture those.
        const QPair<QString, QString> shared = sharedApplication(m_server.port());
        const QString appId = shared.first;
        const QString officer = shared.second;
        QVERIFY(!appId.isEmpty());
        auto first = engineFor(officer);
        auto second = engineFor(officer);
        first->start();
        second->start();
        QVERIFY(waitUntilSettled(*first, 60000));
        QVERIFY(waitUntilSettled(*second, 60000));
        const qint64 base = (*first->store()->applications().get(appId))->version;
        QCOMPARE((*second->store()->applications().get(appId))->version, base);

        auto edit = [&](SyncEngine &engine, const QString &remark) {
            return engine.write([&](store::Store &s) {
                store::ApplicationRepository::WorkingFields f;
                f.remark = remark;
                return s.applications().updateWorkingFields(appId, f);
            });
        };
        QVERIFY(edit(*first, QStringLiteral("窗口A：材料齐全")));
        QVERIFY(edit(*second, QStringLiteral("窗口B：缺少户口簿")));
        QVERIFY(waitUntilSettled(*first, 60000));
        QVERIFY(waitUntilSettled(*second, 60000));

        // Exactly one write won; the other device holds a conflict with both versions.
        QCOMPARE(serverCount(m_server,
                             QStringLiteral("SELECT version FROM applications WHERE id = '%1'").arg(appId)),
                 base + 1);
        const qint64 conflicts = *first->store()->conflicts().count() + *second->store()->conflicts().count();
        QCOMPARE(conflicts, 1);
        SyncEngine &loser = *first->store()->conflicts().count() ? *first : *second;
        const auto entries = *loser.store()->conflicts().list();
        QCOMPARE(entries.size(), 1);
        const store::ConflictEntry &entry = entries.first();
        QCOMPARE(entry.kind, QStringLiteral("conflict"));
        QVERIFY(entry.server.has_value());
        QCOMPARE(entry.server->value(QStringLiteral("version")).toInteger(), base + 1);
        QVERIFY(entry.local.value(QStringLiteral("remark")).toString() !=
                entry.server->value(QStringLiteral("remark")).toString());
        // The local copy shows the server's state until the user decides.
        QCOMPARE((*loser.store()->applications().get(appId))->version, base + 1);

        // The user merges: the merged remark goes out on top of the server's version.
        const QString merged = QStringLiteral("材料齐全；已补户口簿");
        QVERIFY(loser.resolveConflict(entry.id, SyncEngine::Resolution::Merge,
                                      QJsonObject{{QStringLiteral("remark"), merged}}));
        QVERIFY(waitUntilSettled(loser, 60000));
        QCOMPARE(*loser.store()->conflicts().count(), 0);
        QCOMPARE(serverCount(m_server,
                             QStringLiteral("SELECT version FROM applications WHERE id = '%1'").arg(appId)),
                 base + 2);
        QSqlQuery q(m_server.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT remark FROM applications WHERE id = '%1'").arg(appId)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), merged);
    }

    void liveNotificationsAndPeriodicPull()
    {
        // Named variables, not a structured binding: clang 14 (the sanitizer build) cannot capture those.
        const QPair<QString, QString> shared = sharedApplication(m_server.port());
        const QString appId = shared.first;
        const QString officer = shared.second;
        QVERIFY(!appId.isEmpty());
        auto desk = engineFor(officer);
        desk->start();
        QVERIFY(waitUntilSettled(*desk, 60000));

        // Live: nothing polls (interval one hour); the server's event stream starts the pull.
        auto live = engineFor(QStringLiteral("grid_huli"));
        live->start();
        QVERIFY(waitUntilSettled(*live, 60000));
        QTRY_VERIFY_WITH_TIMEOUT(live->status().liveStream, 10000);

        // Stream off: the periodic pull brings changes.
        SyncConfig config = testConfig(m_server.port(), newCachePath(), randomKey(),
                                       signIn(m_server.port(), QStringLiteral("grid_huli")));
        config.liveUpdates = false;
        config.pollInterval = std::chrono::milliseconds(300);
        SyncEngine polling(config);
        polling.start();
        QVERIFY(waitUntilSettled(polling, 60000));
        QVERIFY(!polling.status().liveStream);

        const QString remark = QStringLiteral("实时通知 %1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(desk->write([&](store::Store &s) {
            store::ApplicationRepository::WorkingFields f;
            f.remark = remark;
            return s.applications().updateWorkingFields(appId, f);
        }));
        QVERIFY(waitUntilSettled(*desk, 60000));
        auto remarkOf = [&](SyncEngine &engine) {
            auto app = engine.store()->applications().get(appId);
            return app && *app ? (**app).remark.value_or(QString()) : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(remarkOf(*live), remark, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(remarkOf(polling), remark, 10000);
    }

    void fullDiskKeepsTheOutbox()
    {
        auto grid = engineFor(QStringLiteral("grid_huli"));
        grid->start();
        QVERIFY(waitUntilSettled(*grid, 60000));
        const Citizen someone = grid->store()->citizens().list({})->items.first();
        // Queue a visit, then cap the file at its current size so the push answer can't be stored.
        Visit v;
        v.gridId = someone.gridId;
        v.districtCode = someone.districtCode;
        v.staffId = QStringLiteral("s_grid_huli");
        v.kind = QStringLiteral("routine");
        v.visitedAt = QDateTime::currentDateTimeUtc();
        v.summary = QStringLiteral("磁盘满时的走访");
        auto queued = grid->write([&](store::Store &s) { return s.visits().record(v); });
        QVERIFY(queued);
        const qint64 pages = *grid->store()->connection().scalar("PRAGMA page_count");
        QVERIFY(grid->store()->connection().exec("PRAGMA max_page_count = " + QByteArray::number(pages)));
        // Fill the pull side too: a burst of remote changes the full file cannot take.
        QTRY_VERIFY_WITH_TIMEOUT(grid->status().lastError.has_value() || grid->status().outboxCount == 0,
                                 30000);
        if (grid->status().lastError)
            QCOMPARE(store::storageReason(*grid->status().lastError), QStringLiteral("disk_full"));
        QVERIFY(grid->store()->connection().exec("PRAGMA max_page_count = 1073741823"));
        QVERIFY(waitUntilSettled(*grid, 60000));
        QCOMPARE(
            serverCount(m_server,
                        QStringLiteral("SELECT count(*) FROM visits WHERE id = '%1'").arg(queued->entityId)),
            1);
    }

    // The homepage's actions, queued offline on an officer's device: a push, a note and an application
    // started at the counter, plus an edit of that application's remark made before its create was sent.
    // After one sync each exists on the server exactly once, the server's copies replace the local ones
    // (status delivered, a real application number), the edit lands on top of the create without a
    // conflict, and the copy equals the server's scope.
    void homepageActionsReachTheServerOnce()
    {
        // Named variables, not a structured binding: clang 14 (the sanitizer build) cannot capture those.
        const QPair<QString, QString> shared = sharedApplication(m_server.port());
        const QString appId = shared.first;
        const QString officer = shared.second;
        QVERIFY(!officer.isEmpty());
        const AuthTokens tokens = signIn(m_server.port(), officer);
        QVERIFY(tokens.user.departmentId.has_value());
        auto desk =
            std::make_unique<SyncEngine>(testConfig(m_server.port(), newCachePath(), randomKey(), tokens));
        desk->start();
        QVERIFY(waitUntilSettled(*desk, 60000));
        store::Store &local = *desk->store();

        const auto application = local.applications().get(appId);
        QVERIFY(application && *application);
        const QString citizenId = (*application)->applicantId;
        // A citizen service whose workflow has a step of the officer's department (the counter rule).
        QString serviceId;
        store::ListQuery all;
        all.limit = 1000;
        const auto services = local.services().list(all);
        QVERIFY(services);
        for (const ServiceItem &service : services->items) {
            if (service.applicantType != QLatin1String("citizen"))
                continue;
            for (const WorkflowStep &step : service.steps) {
                if (step.departmentId == *tokens.user.departmentId)
                    serviceId = service.id;
            }
            if (!serviceId.isEmpty())
                break;
        }
        QVERIFY2(!serviceId.isEmpty(), "no citizen service with a step of the officer's department");

        const QDateTime now = QDateTime::currentDateTimeUtc();
        PushCreateRequest push;
        push.citizenId = citizenId;
        push.serviceId = serviceId;
        push.channel = QStringLiteral("sms");
        push.message = QStringLiteral("您可以在线办理此事项");
        auto pushed =
            desk->write([&](store::Store &s) { return s.pushes().send(push, tokens.user.id, now); });
        QVERIFY(pushed);
        NoteCreateRequest note;
        note.subjectType = QStringLiteral("citizen");
        note.subjectId = citizenId;
        note.text = QStringLiteral("电话回访，材料齐全");
        auto noted = desk->write([&](store::Store &s) {
            return s.notes().add(note, tokens.user.id, tokens.user.displayName, now);
        });
        QVERIFY(noted);
        // The create and an edit on top of it, queued together so the edit is based on the local copy.
        QString newApplicationId;
        auto started = desk->write([&](store::Store &s) -> Result<store::OutboxItem> {
            ApplicationCreateRequest request;
            request.serviceId = serviceId;
            request.applicantType = QStringLiteral("citizen");
            request.applicantId = citizenId;
            auto created = s.applications().start(request, now);
            if (!created)
                return created.error();
            newApplicationId = created->entityId;
            store::ApplicationRepository::WorkingFields fields;
            fields.remark = QStringLiteral("代办：申请人行动不便");
            return s.applications().updateWorkingFields(newApplicationId, fields);
        });
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        QVERIFY(waitUntilSettled(*desk, 60000));

        QCOMPARE(*local.conflicts().count(), 0);
        QCOMPARE(
            serverCount(m_server,
                        QStringLiteral("SELECT count(*) FROM pushes WHERE id = '%1'").arg(pushed->entityId)),
            qint64(1));
        QCOMPARE(
            serverCount(m_server,
                        QStringLiteral("SELECT count(*) FROM notes WHERE id = '%1'").arg(noted->entityId)),
            qint64(1));
        QCOMPARE(
            serverCount(m_server, QStringLiteral("SELECT count(*) FROM applications WHERE id = '%1' AND "
                                                 "remark = '代办：申请人行动不便' AND channel = 'counter'")
                                      .arg(newApplicationId)),
            qint64(1));
        const auto localPush = local.pushes().get(pushed->entityId);
        QVERIFY(localPush && *localPush);
        QCOMPARE((*localPush)->status, QStringLiteral("delivered"));
        const auto localApplication = local.applications().get(newApplicationId);
        QVERIFY(localApplication && *localApplication);
        QVERIFY(!(*localApplication)->number.isEmpty());
        QCOMPARE((*localApplication)->remark.value_or(QString()), QStringLiteral("代办：申请人行动不便"));
        verifyEqualsServer(*desk, officer);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
