// govdesk-bench sync-torture: see syncbench.h. The logic of tst_sync's
// serverKilledDuringPullAndPushLosesNothing, for many rounds, reporting instead of asserting.

#include "syncbench.h"

#include "apitestclient.h"
#include "scenario.h"
#include "syncbenchsupport.h"
#include "synctestsupport.h"

#include "store/store.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <iostream>

namespace gd::bench {
namespace {

qint64 serverCount(test::ServerProcess &server, const QString &sql)
{
    QSqlQuery q(server.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Empty when the local copy equals the server's scoped data, else the first differences.
QString differenceFromServer(int port, SyncEngine &engine, const QString &user)
{
    test::ApiTestClient client(port);
    client.setToken(client.login(user));
    const auto server = test::serverSnapshot(client);
    if (server.isEmpty())
        return QStringLiteral("the server's snapshot is empty");
    return test::describeDifference(server, test::localSnapshot(*engine.store()));
}

} // namespace

int runSyncTorture(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("Rounds (default 1000)."),
                                       QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Demo citizens (default 3000, as tst_sync)."),
                                         QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QStringLiteral("Random seed (default 20261124)."), QStringLiteral("S"),
                                     QStringLiteral("20261124"));
    parser.addOptions({roundsOpt, citizensOpt, seedOpt});
    if (!parser.parse(QStringList{QStringLiteral("sync-torture")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return 2;
    }
    const int rounds = parser.value(roundsOpt).toInt();
    const int citizens = parser.value(citizensOpt).toInt();
    if (rounds < 1 || citizens < 100) {
        std::cerr << "sync-torture: --rounds >= 1, --citizens >= 100" << std::endl;
        return 2;
    }
    test::ServerProcess server(QStringLiteral("sqlite"), QString());
    test::ServerProcess::Options options;
    options.citizens = citizens;
    if (!server.start(options)) {
        std::cerr << "sync-torture: " << server.error().toStdString() << std::endl;
        return 1;
    }
    const auto [appId, officer] = test::sharedApplication(server.port());
    if (appId.isEmpty()) {
        std::cerr << "sync-torture: no application shared by grid_huli and a demo officer" << std::endl;
        return 1;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString gridUser = QStringLiteral("grid_huli");
    auto engineFor = [&](const QString &user, const QString &file) {
        return std::make_unique<SyncEngine>(test::testConfig(
            server.port(), dir.filePath(file), test::randomKey(), test::signIn(server.port(), user)));
    };
    auto grid = engineFor(gridUser, QStringLiteral("grid.gdcache"));
    auto desk = engineFor(officer, QStringLiteral("desk.gdcache"));
    grid->start();
    desk->start();
    if (!test::waitUntilSettled(*grid, 60000) || !test::waitUntilSettled(*desk, 60000)) {
        std::cerr << "sync-torture: the initial syncs did not settle" << std::endl;
        return 1;
    }
    const auto someone = grid->store()->citizens().list({});
    if (!someone || someone->items.isEmpty())
        return 1;
    const QString gridId = someone->items.first().gridId;
    const QString district = someone->items.first().districtCode;

    QRandomGenerator random(quint32(parser.value(seedOpt).toUInt()));
    QStringList visitIds;
    int remarks = 0;
    int kills = 0;
    int round = 0;
    int failures = 0;
    QStringList failureNotes;
    const auto failed = [&](const QString &what) {
        ++failures;
        if (failureNotes.size() < 5)
            failureNotes.append(QStringLiteral("round %1: %2").arg(round).arg(what));
        std::cerr << "sync-torture: round " << round << ": " << what.toStdString() << std::endl;
    };
    QElapsedTimer clock;
    clock.start();
    for (; round < rounds && failures == 0; ++round) {
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
            if (!queued) {
                failed(QStringLiteral("a visit could not be queued"));
                break;
            }
            visitIds.append(queued->entityId);
        }
        auto edit = desk->write([&](store::Store &s) {
            store::ApplicationRepository::WorkingFields f;
            f.remark = QStringLiteral("备注 %1").arg(++remarks);
            return s.applications().updateWorkingFields(appId, f);
        });
        if (!edit) {
            failed(QStringLiteral("the remark could not be queued"));
            break;
        }

        // Kill the server after a random number of engine status changes: somewhere in a pull or a push.
        const int after = 1 + int(random.bounded(6));
        int seen = 0;
        bool killed = false;
        SyncEngine *victim = random.bounded(2) ? grid.get() : desk.get();
        auto connection =
            QObject::connect(victim, &SyncEngine::statusChanged, victim, [&](const SyncStatus &s) {
                if (killed || ++seen < after)
                    return;
                if (s.phase == SyncStatus::Phase::Pulling || s.phase == SyncStatus::Phase::Pushing) {
                    killed = true;
                    server.kill();
                }
            });
        grid->syncNow();
        desk->syncNow();
        const bool calm = waitUntil(
            {grid.get(), desk.get()},
            [&] {
                return killed || (grid->status().outboxCount == 0 && desk->status().outboxCount == 0 &&
                                  grid->status().phase == SyncStatus::Phase::Idle &&
                                  desk->status().phase == SyncStatus::Phase::Idle);
            },
            30000);
        QObject::disconnect(connection);
        if (!calm) {
            failed(QStringLiteral("neither a kill nor a settled state within 30 s"));
            break;
        }
        if (killed) {
            ++kills;
            if (!server.restart()) {
                failed(QStringLiteral("the server did not restart: ") + server.error());
                break;
            }
        }
        if (!test::waitUntilSettled(*desk, 60000))
            failed(QStringLiteral("the officer's device did not settle"));
        else if (!test::waitUntilSettled(*grid, 60000))
            failed(QStringLiteral("the grid manager's device did not settle"));
        if ((round + 1) % 50 == 0)
            std::cerr << "sync-torture: " << round + 1 << " rounds, " << kills << " kills, "
                      << clock.elapsed() / 1000 << " s" << std::endl;
    }
    const double seconds = double(clock.elapsed()) / 1000.0;

    // Exactly once: every visit exists once; the application went up one version per remark.
    qint64 serverVisits = -1;
    int duplicateOrMissingVisits = 0;
    qint64 remarkVersions = -1;
    QString gridDiff;
    QString deskDiff;
    bool lastRemarkPulled = false;
    qint64 conflicts = -1;
    if (failures == 0) {
        serverVisits =
            serverCount(server, QStringLiteral("SELECT count(*) FROM visits WHERE staff_id = 's_grid_huli'"));
        for (const QString &id : std::as_const(visitIds)) {
            if (serverCount(server, QStringLiteral("SELECT count(*) FROM visits WHERE id = '%1'").arg(id)) !=
                1)
                ++duplicateOrMissingVisits;
        }
        remarkVersions = serverCount(
            server,
            QStringLiteral("SELECT count(*) FROM changes WHERE entity = 'application' AND entity_id = '%1' "
                           "AND op = 'upsert' AND version > 1")
                .arg(appId));
        const auto gridConflicts = grid->store()->conflicts().count();
        const auto deskConflicts = desk->store()->conflicts().count();
        conflicts = gridConflicts && deskConflicts ? *gridConflicts + *deskConflicts : -1;
        if (!test::waitUntilSettled(*grid, 60000))
            failed(QStringLiteral("the grid manager's device did not settle at the end"));
        gridDiff = differenceFromServer(server.port(), *grid, gridUser);
        deskDiff = differenceFromServer(server.port(), *desk, officer);
        auto pulled = grid->store()->applications().get(appId);
        lastRemarkPulled = pulled && *pulled &&
                           (*pulled)->remark.value_or(QString()) == QStringLiteral("备注 %1").arg(remarks);
        if (serverVisits != visitIds.size())
            failed(
                QStringLiteral("%1 visits on the server, %2 queued").arg(serverVisits).arg(visitIds.size()));
        if (duplicateOrMissingVisits)
            failed(QStringLiteral("%1 visits missing or doubled").arg(duplicateOrMissingVisits));
        if (remarkVersions != remarks)
            failed(QStringLiteral("%1 remark versions on the server, %2 remarks made")
                       .arg(remarkVersions)
                       .arg(remarks));
        if (conflicts != 0)
            failed(QStringLiteral("%1 conflicts").arg(conflicts));
        if (!gridDiff.isEmpty())
            failed(QStringLiteral("grid manager's copy differs from the server"));
        if (!deskDiff.isEmpty())
            failed(QStringLiteral("officer's copy differs from the server"));
        if (!lastRemarkPulled)
            failed(QStringLiteral("the grid manager's copy lacks the last remark"));
    }
    grid.reset();
    desk.reset();
    server.stop();

    printResult(QStringLiteral("sync-torture"),
                QJsonObject{
                    {QStringLiteral("rounds"), round},
                    {QStringLiteral("rounds_asked"), rounds},
                    {QStringLiteral("kills"), kills},
                    {QStringLiteral("actions"), qint64(visitIds.size()) + remarks},
                    {QStringLiteral("visits"), qint64(visitIds.size())},
                    {QStringLiteral("remarks"), remarks},
                    {QStringLiteral("server_visits"), serverVisits},
                    {QStringLiteral("server_remark_versions"), remarkVersions},
                    {QStringLiteral("conflicts"), conflicts},
                    {QStringLiteral("local_equals_server"),
                     gridDiff.isEmpty() && deskDiff.isEmpty() && failures == 0},
                    {QStringLiteral("failures"), failures},
                    {QStringLiteral("failure_notes"), QJsonArray::fromStringList(failureNotes)},
                    {QStringLiteral("seconds"), round2(seconds)},
                    {QStringLiteral("citizens"), citizens},
                    {QStringLiteral("goal_failures"), 0},
                });
    return failures == 0 ? 0 : 1;
}

} // namespace gd::bench
