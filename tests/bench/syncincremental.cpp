// govdesk-bench sync-incremental: see syncbench.h.

#include "syncbench.h"

#include "apitestclient.h"
#include "scenario.h"
#include "syncbenchsupport.h"
#include "synctestsupport.h"

#include "store/store.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <atomic>
#include <iostream>
#include <thread>

namespace gd::bench {
namespace {

constexpr double kSecondsGoal = 1.0;

struct Target {
    QString id;
    qint64 version = 0; // the server's current version
};

// The version of an application in the local copy (0 when it is not there).
qint64 localVersion(store::Store &local, const QString &id)
{
    auto stmt = local.connection().cached("SELECT version FROM applications WHERE id = ?");
    if (!stmt)
        return 0;
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    const qint64 version = row && *row ? (*stmt)->int64(0) : 0;
    (*stmt)->reset();
    return version;
}

// Applications the writer may change that are also in the synced copy, with their versions.
QList<Target> targets(test::ApiTestClient &writer, store::Store &local, int wanted)
{
    QList<Target> found;
    for (int offset = 0; found.size() < wanted; offset += 500) {
        const test::ApiReply r =
            writer.get(QStringLiteral("/api/v1/applications?limit=500&offset=%1").arg(offset));
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject a = v.toObject();
            const QString id = a.value(QStringLiteral("id")).toString();
            if (localVersion(local, id) > 0)
                found.append({id, a.value(QStringLiteral("version")).toInteger()});
            if (found.size() == wanted)
                break;
        }
        if (r.status != 200 || items.isEmpty())
            break;
    }
    return found;
}

// `count` PATCHes spread round-robin over `apps`, each with its own idempotency key and the base version
// it was made on; `expected` gets id -> the version the server answered. False on any refusal.
bool writeChanges(test::ApiTestClient &writer, QList<Target> &apps, int count, const QString &tag,
                  QHash<QString, qint64> &expected, double *seconds)
{
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        Target &app = apps[i % apps.size()];
        const QJsonObject body{{QStringLiteral("base_version"), app.version},
                               {QStringLiteral("remark"), QStringLiteral("%1 %2").arg(tag).arg(i)}};
        const test::ApiReply r =
            writer.patch(QStringLiteral("/api/v1/applications/") + app.id, body,
                         {{QByteArrayLiteral("Idempotency-Key"),
                           QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()},
                          {QByteArrayLiteral("X-Device-Id"), QByteArrayLiteral("govdesk-bench-writer")},
                          {QByteArrayLiteral("X-Device-Seq"), QByteArray::number(i)}});
        if (r.status != 200) {
            std::cerr << "sync-incremental: PATCH answered " << r.status << " " << r.errorCode().toStdString()
                      << std::endl;
            return false;
        }
        app.version = r.json.value(QStringLiteral("version")).toInteger();
        expected.insert(app.id, app.version);
    }
    *seconds = double(clock.nsecsElapsed()) / 1e9;
    return true;
}

// How many of `expected` the local copy holds at (at least) the expected version.
int arrived(store::Store &local, const QHash<QString, qint64> &expected)
{
    int n = 0;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (localVersion(local, it.key()) >= it.value())
            ++n;
    }
    return n;
}

} // namespace

int runSyncIncremental(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption changesOpt(QStringLiteral("changes"),
                                        QStringLiteral("Server-side changes (default 500)."),
                                        QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Demo citizens (default 20000)."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption userOpt(QStringLiteral("user"),
                                     QStringLiteral("Demo account whose copy syncs (default admin)."),
                                     QStringLiteral("USER"), QStringLiteral("admin"));
    const QCommandLineOption writerOpt(QStringLiteral("writer"),
                                       QStringLiteral("Officer who makes the changes (default officer_wjw)."),
                                       QStringLiteral("USER"), QStringLiteral("officer_wjw"));
    const QCommandLineOption backendOpt(QStringLiteral("backend"),
                                        QStringLiteral("Server database: sqlite (default) or postgresql."),
                                        QStringLiteral("B"), QStringLiteral("sqlite"));
    parser.addOptions({changesOpt, citizensOpt, userOpt, writerOpt, backendOpt});
    if (!parser.parse(QStringList{QStringLiteral("sync-incremental")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return 2;
    }
    const int changes = parser.value(changesOpt).toInt();
    const int citizens = parser.value(citizensOpt).toInt();
    if (changes < 1 || changes > 100000 || citizens < 100) {
        std::cerr << "sync-incremental: --changes 1..100000, --citizens >= 100" << std::endl;
        return 2;
    }
    const QString user = parser.value(userOpt);
    const QString backend = parser.value(backendOpt);
    QString problem;
    auto server = makeServer(backend, &problem);
    if (!server) {
        std::cerr << "sync-incremental: " << problem.toStdString() << std::endl;
        return 2;
    }
    std::cerr << "sync-incremental: starting govdesk-server with " << citizens << " demo citizens"
              << std::endl;
    test::ServerProcess::Options options;
    options.citizens = citizens;
    options.seed = 20261124;
    if (!server->start(options)) {
        std::cerr << "sync-incremental: " << server->error().toStdString() << std::endl;
        return 1;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString path = dir.filePath(QStringLiteral("incremental.gdcache"));
    const QByteArray key = test::randomKey();

    // 1. The initial sync (not measured here; see sync-initial), without the live stream.
    SyncConfig config = test::testConfig(server->port(), path, key, test::signIn(server->port(), user));
    config.liveUpdates = false;
    config.requestTimeout = std::chrono::seconds(120);
    auto engine = std::make_unique<SyncEngine>(config);
    QElapsedTimer clock;
    clock.start();
    if (!runOneCycle(*engine, 30 * 60 * 1000)) {
        std::cerr << "sync-incremental: the initial sync did not finish" << std::endl;
        return 1;
    }
    const double initialSeconds = double(clock.nsecsElapsed()) / 1e9;

    test::ApiTestClient writer(server->port());
    writer.setToken(writer.login(parser.value(writerOpt)));
    QList<Target> apps = targets(writer, *engine->store(), changes);
    if (apps.isEmpty()) {
        std::cerr << "sync-incremental: the writer shares no application with the synced copy" << std::endl;
        return 1;
    }
    std::cerr << "sync-incremental: " << changes << " changes over " << apps.size() << " applications"
              << std::endl;

    // 2. N changes on the server, then one syncNow() cycle.
    QHash<QString, qint64> expected;
    double writeSeconds = 0;
    if (!writeChanges(writer, apps, changes, QStringLiteral("bench"), expected, &writeSeconds))
        return 1;
    ChangeCounter counter(*engine);
    clock.restart();
    if (!runOneCycle(*engine, 120 * 1000)) {
        std::cerr << "sync-incremental: the cycle did not finish" << std::endl;
        return 1;
    }
    const double cycleSeconds = double(clock.nsecsElapsed()) / 1e9;
    const qint64 cycleRecords = counter.total();
    const int cycleArrived = arrived(*engine->store(), expected);
    engine.reset();

    // 3. The same with the live change stream: from the last server write until the copy has them all.
    config = test::testConfig(server->port(), path, key, test::signIn(server->port(), user));
    config.liveUpdates = true;
    engine = std::make_unique<SyncEngine>(config);
    if (!runOneCycle(*engine, 120 * 1000) ||
        !waitUntil(
            {engine.get()}, [&] { return engine->status().liveStream; }, 30000)) {
        std::cerr << "sync-incremental: the live stream did not connect" << std::endl;
        return 1;
    }
    // The officer writes from another thread, as from another machine, while this thread's event loop
    // runs the engine. Round robin: each application's final version is known before the writes.
    QHash<QString, qint64> liveExpected;
    for (int i = 0; i < changes; ++i) {
        const Target &t = apps.at(i % apps.size());
        liveExpected[t.id] = liveExpected.value(t.id, t.version) + 1;
    }
    QSet<QString> waiting(liveExpected.keyBegin(), liveExpected.keyEnd());
    int livePulls = 0;
    qint64 doneAtNs = -1;
    std::atomic<qint64> lastWriteNs{-1};
    std::atomic<bool> writerFailed{false};
    QEventLoop loop;
    const auto checkDone = [&] {
        if (waiting.isEmpty() && lastWriteNs.load() >= 0)
            loop.quit();
    };
    // Pulls started while the officer writes and after (each change notification may start one).
    SyncStatus::Phase lastPhase = engine->status().phase;
    QObject::connect(engine.get(), &SyncEngine::statusChanged, &loop, [&](const SyncStatus &st) {
        if (st.phase == SyncStatus::Phase::Pulling && lastPhase != SyncStatus::Phase::Pulling)
            ++livePulls;
        lastPhase = st.phase;
    });
    QObject::connect(engine.get(), &SyncEngine::dataChanged, &loop, [&](const ChangeSet &set) {
        for (const QString &id : set.changed.value(QStringLiteral("application"))) {
            if (!waiting.contains(id))
                continue;
            if (localVersion(*engine->store(), id) >= liveExpected.value(id))
                waiting.remove(id);
        }
        if (waiting.isEmpty() && doneAtNs < 0)
            doneAtNs = clock.nsecsElapsed();
        checkDone();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    double liveWriteSeconds = 0;
    clock.restart();
    std::thread officer([&] {
        QHash<QString, qint64> answered;
        QList<Target> mine = apps;
        if (!writeChanges(writer, mine, changes, QStringLiteral("live"), answered, &liveWriteSeconds) ||
            answered != liveExpected)
            writerFailed = true;
        lastWriteNs = clock.nsecsElapsed();
        QMetaObject::invokeMethod(&loop, checkDone, Qt::QueuedConnection);
    });
    deadline.start(120 * 1000);
    loop.exec();
    officer.join();
    if (writerFailed) {
        std::cerr << "sync-incremental: the officer's writes did not go as planned" << std::endl;
        return 1;
    }
    const int liveMissing = int(liveExpected.size()) - arrived(*engine->store(), liveExpected);
    const double liveLatency = doneAtNs >= 0 ? double(doneAtNs - lastWriteNs.load()) / 1e9 : -1;
    const double liveTotal = doneAtNs >= 0 ? double(doneAtNs) / 1e9 : -1;
    engine.reset();

    const int missing = int(expected.size()) - cycleArrived;
    printResult(
        QStringLiteral("sync-incremental"),
        QJsonObject{
            {QStringLiteral("backend"), backend},
            {QStringLiteral("citizens"), citizens},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("applications_changed"), expected.size()},
            {QStringLiteral("initial_sync_seconds"), round2(initialSeconds)},
            {QStringLiteral("server_write_seconds"), round3(writeSeconds)},
            {QStringLiteral("seconds"), round3(cycleSeconds)},
            {QStringLiteral("records"), cycleRecords},
            {QStringLiteral("records_per_s"), std::round(double(cycleRecords) / cycleSeconds)},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("live"),
             QJsonObject{{QStringLiteral("last_write_to_local_seconds"), round3(liveLatency)},
                         {QStringLiteral("first_write_to_local_seconds"), round3(liveTotal)},
                         {QStringLiteral("writer"), QStringLiteral("another thread")},
                         {QStringLiteral("server_write_seconds"), round3(liveWriteSeconds)},
                         {QStringLiteral("pulls"), livePulls},
                         {QStringLiteral("missing"), liveMissing}}},
            {QStringLiteral("goal_seconds"), kSecondsGoal},
            {QStringLiteral("meets_goal"), cycleSeconds <= kSecondsGoal && missing == 0},
            {QStringLiteral("cores"), QThread::idealThreadCount()},
            {QStringLiteral("note"),
             QStringLiteral("client, server and the writing officer share the machine's cores; live: "
                            "the engine pulls at most 150 ms after the first notification of a burst")},
        });
    return missing == 0 && liveMissing == 0 ? 0 : 1;
}

} // namespace gd::bench
