// govdesk-server: the central REST backend of GovDesk. Composition root: parses the command line, opens
// the database (SQLite in --data-dir by default, PostgreSQL with --database), applies migrations,
// creates demo data when asked, and serves /api/v1 until SIGINT/SIGTERM.

#include "audience/audienceservice.h"
#include "auth/authservice.h"
#include "campaign/campaigndispatcher.h"
#include "db/auditlog.h"
#include "db/changenotifier.h"
#include "db/database.h"
#include "db/idempotencystore.h"
#include "db/serverclock.h"
#include "db/usageaggregates.h"
#include "demo/demogenerator.h"
#include "http/api.h"
#include "http/httpserver.h"
#include "main/configfile.h"
#include "reco/recommendationservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <pthread.h>

namespace {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2, AuditBroken = 3 };

void printLine(const QString &line)
{
    std::cout << line.toStdString() << std::endl; // flushes: tests and scripts read it at once
}

void logLine(const QString &line)
{
    std::cerr << line.toStdString() << std::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    // Block the stop signals before any thread starts, so that only the main thread's sigwait() sees them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    // A client that goes away mid-response (an event stream above all) must cost a failed write, not the
    // process.
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("govdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GOVDESK_VERSION));
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} level=%{type} category=%{category} %{message}"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "GovDesk central REST backend (/api/v1). Embedded default: SQLite in --data-dir; production: "
        "PostgreSQL "
        "with --database. Prints \"listening on HOST:PORT\" as the first line of standard output."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOpt(
        QStringLiteral("listen"), QStringLiteral("Address and port to serve on; port 0 picks a free port."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8470"));
    const QCommandLineOption dataDirOpt(
        QStringLiteral("data-dir"),
        QStringLiteral("Directory of the embedded SQLite database (created if missing)."),
        QStringLiteral("DIR"));
    const QCommandLineOption databaseOpt(
        QStringLiteral("database"),
        QStringLiteral("PostgreSQL URL postgresql://user:pass@host:port/db instead of SQLite."),
        QStringLiteral("URL"));
    const QCommandLineOption demoOpt(
        QStringLiteral("demo"),
        QStringLiteral("Create demo data (if the database has none) and print the demo accounts."));
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Demo citizens to generate (default 20000)."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QStringLiteral("Seed of the demo generator (default 20261124)."),
                                     QStringLiteral("S"), QStringLiteral("20261124"));
    const QCommandLineOption resetOpt(
        QStringLiteral("reset-database"),
        QStringLiteral("Drop every table first (destroys all data; for tests and demos)."));
    const QCommandLineOption verifyOpt(
        QStringLiteral("verify-audit"),
        QStringLiteral("Verify the audit log's hash chain, print the result and exit "
                       "(0 intact, 3 broken)."));
    const QCommandLineOption threadsOpt(
        QStringLiteral("threads"),
        QStringLiteral("HTTP worker threads (default 64; one per open keep-alive connection)."),
        QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption accessTtlOpt(QStringLiteral("access-ttl"),
                                          QStringLiteral("Access token lifetime in seconds (default 900)."),
                                          QStringLiteral("SECONDS"), QStringLiteral("900"));
    const QCommandLineOption maxBodyOpt(
        QStringLiteral("max-body"),
        QStringLiteral("Largest accepted request body in bytes (default 8388608)."), QStringLiteral("BYTES"),
        QStringLiteral("8388608"));
    const QCommandLineOption heartbeatOpt(
        QStringLiteral("sse-heartbeat"),
        QStringLiteral("Seconds between heartbeats of GET /api/v1/sync/events streams (default 15)."),
        QStringLiteral("SECONDS"), QStringLiteral("15"));
    const QCommandLineOption lifetimeOpt(
        QStringLiteral("sse-lifetime"),
        QStringLiteral(
            "Seconds after which an event stream is closed so its client reconnects (default 300)."),
        QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption maxStreamsOpt(
        QStringLiteral("max-streams"),
        QStringLiteral("Event streams open at once, each holding a worker thread; more get 503 "
                       "(default a quarter of --threads, at least 1)."),
        QStringLiteral("N"));
    const QCommandLineOption faultsOpt(
        QStringLiteral("inject-faults"),
        QStringLiteral("TESTS ONLY: make the change feed and the idempotent writes fail at random, e.g. "
                       "\"seed=7,error-before=0.1,error-after=0.1,drop=0.1,truncate=0.1\"."),
        QStringLiteral("SPEC"));
    const QCommandLineOption testClockOpt(
        QStringLiteral("test-clock"),
        QStringLiteral("TESTS ONLY: let administrators set the server's clock (POST /api/v1/test/clock) for "
                       "SLA due dates, pauses and action times; without it that route answers 404."));
    const QCommandLineOption approvalOpt(
        QStringLiteral("campaign-approval-threshold"),
        QStringLiteral(
            "Push campaigns with a larger audience wait for a supervisor's approval (default 1000)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption dispatchBatchOpt(
        QStringLiteral("dispatch-batch"),
        QStringLiteral("Campaign members the dispatcher processes per transaction (default 500)."),
        QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption dispatchIntervalOpt(
        QStringLiteral("dispatch-interval-ms"),
        QStringLiteral("Pause of the campaign dispatcher after each batch (default 0; tests slow it down)."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption triggerScanOpt(
        QStringLiteral("trigger-scan-seconds"),
        QStringLiteral("How often trigger campaigns look for new life events (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    parser.addOptions({listenOpt, dataDirOpt, databaseOpt, demoOpt, citizensOpt, seedOpt, resetOpt, verifyOpt,
                       threadsOpt, accessTtlOpt, maxBodyOpt, heartbeatOpt, lifetimeOpt, maxStreamsOpt,
                       faultsOpt, testClockOpt});
    parser.addOptions({approvalOpt, dispatchBatchOpt, dispatchIntervalOpt, triggerScanOpt});
    const QCommandLineOption trustedProxyOpt(
        QStringLiteral("trusted-proxy"),
        QStringLiteral(
            "Addresses (comma-separated) of reverse proxies, e.g. 127.0.0.1 for an nginx on the same "
            "host: their X-Forwarded-For names the client in the audit log and the sign-in backoff."),
        QStringLiteral("ADDRESSES"));
    parser.addOption(trustedProxyOpt);
    const QCommandLineOption recoRebuildOpt(
        QStringLiteral("reco-rebuild"),
        QStringLiteral(
            "Minutes between rebuilds of the recommendation engine from the database (default 60; 0: "
            "only at start). Applications written through the API update it at once."),
        QStringLiteral("MINUTES"), QStringLiteral("60"));
    parser.addOption(recoRebuildOpt);
    // Last, so that it sees every option above (packaging/server.conf, docs/deploy.md).
    const QCommandLineOption configOpt(
        QString(gd::server::ConfigFile::kOptionName),
        QStringLiteral("Read options from FILE: \"key = value\" lines named like the long options "
                       "(e.g. listen = 127.0.0.1:8470); the command line wins."),
        QStringLiteral("FILE"));
    parser.addOption(configOpt);
    QString configError;
    const std::optional<QStringList> arguments = gd::server::ConfigFile::expand(
        QCoreApplication::arguments(), parser,
        {{dataDirOpt.names().constFirst(), databaseOpt.names().constFirst()}}, &configError);
    if (!arguments) {
        logLine(QStringLiteral("govdesk-server: ") + configError);
        return Usage;
    }
    parser.process(*arguments);

    const auto fail = [](const QString &message, int code = Failure) {
        logLine(QStringLiteral("govdesk-server: ") + message);
        return code;
    };
    bool ok = false;
    const QString listen = parser.value(listenOpt);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&ok) : 0;
    if (colon <= 0 || !ok || port < 0 || port > 65535)
        return fail(QStringLiteral("--listen must be HOST:PORT, e.g. 127.0.0.1:0"), Usage);
    const QString host = listen.left(colon);
    const int citizens = parser.value(citizensOpt).toInt(&ok);
    if (!ok || citizens < 100 || citizens > 5'000'000)
        return fail(QStringLiteral("--citizens must be a number from 100 to 5000000"), Usage);
    const quint64 seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a non-negative integer"), Usage);
    const int threads = parser.value(threadsOpt).toInt(&ok);
    if (!ok || threads < 2 || threads > 1024)
        return fail(QStringLiteral("--threads must be from 2 to 1024"), Usage);
    const qint64 accessTtl = parser.value(accessTtlOpt).toLongLong(&ok);
    if (!ok || accessTtl < 1 || accessTtl > 86400)
        return fail(QStringLiteral("--access-ttl must be from 1 to 86400 seconds"), Usage);
    const qint64 maxBody = parser.value(maxBodyOpt).toLongLong(&ok);
    if (!ok || maxBody < 1024 || maxBody > 1024LL * 1024 * 1024)
        return fail(QStringLiteral("--max-body must be from 1024 to 1073741824"), Usage);
    gd::server::ApiOptions apiOptions;
    apiOptions.events.heartbeatSeconds = parser.value(heartbeatOpt).toInt(&ok);
    if (!ok || apiOptions.events.heartbeatSeconds < 1 || apiOptions.events.heartbeatSeconds > 3600)
        return fail(QStringLiteral("--sse-heartbeat must be from 1 to 3600 seconds"), Usage);
    apiOptions.events.lifetimeSeconds = parser.value(lifetimeOpt).toInt(&ok);
    if (!ok || apiOptions.events.lifetimeSeconds < 1 || apiOptions.events.lifetimeSeconds > 86400)
        return fail(QStringLiteral("--sse-lifetime must be from 1 to 86400 seconds"), Usage);
    // Streams must leave workers for ordinary requests.
    apiOptions.events.maxStreams = std::max(1, threads / 4);
    if (parser.isSet(maxStreamsOpt)) {
        apiOptions.events.maxStreams = parser.value(maxStreamsOpt).toInt(&ok);
        if (!ok || apiOptions.events.maxStreams < 0 || apiOptions.events.maxStreams >= threads)
            return fail(QStringLiteral("--max-streams must be from 0 to --threads minus 1"), Usage);
    }
    apiOptions.campaignApprovalThreshold = parser.value(approvalOpt).toLongLong(&ok);
    if (!ok || apiOptions.campaignApprovalThreshold < 0)
        return fail(QStringLiteral("--campaign-approval-threshold must be a number >= 0"), Usage);
    gd::server::DispatchOptions dispatch;
    dispatch.batchSize = parser.value(dispatchBatchOpt).toInt(&ok);
    if (!ok || dispatch.batchSize < 1 || dispatch.batchSize > 10000)
        return fail(QStringLiteral("--dispatch-batch must be from 1 to 10000"), Usage);
    dispatch.intervalMs = parser.value(dispatchIntervalOpt).toInt(&ok);
    if (!ok || dispatch.intervalMs < 0 || dispatch.intervalMs > 60000)
        return fail(QStringLiteral("--dispatch-interval-ms must be from 0 to 60000"), Usage);
    dispatch.triggerScanSeconds = parser.value(triggerScanOpt).toInt(&ok);
    if (!ok || dispatch.triggerScanSeconds < 1 || dispatch.triggerScanSeconds > 86400)
        return fail(QStringLiteral("--trigger-scan-seconds must be from 1 to 86400"), Usage);
    for (const QString &proxy : parser.value(trustedProxyOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!gd::server::Router::isAddress(proxy))
            return fail(QStringLiteral("--trusted-proxy: \"%1\" is not an IP address").arg(proxy), Usage);
        apiOptions.trustedProxies.append(proxy.trimmed());
    }
    if (parser.isSet(faultsOpt)) {
        auto spec = gd::server::FaultInjector::parse(parser.value(faultsOpt));
        if (!spec)
            return fail(spec.error().message, Usage);
        apiOptions.faults = *spec;
    }

    gd::server::DatabaseConfig config;
    if (parser.isSet(databaseOpt)) {
        if (parser.isSet(dataDirOpt))
            return fail(QStringLiteral("give either --data-dir or --database, not both"), Usage);
        auto parsed = gd::server::DatabaseConfig::fromUrl(parser.value(databaseOpt));
        if (!parsed)
            return fail(parsed.error().message, Usage);
        config = *parsed;
    } else {
        QString dir = parser.value(dataDirOpt);
        if (dir.isEmpty())
            dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("cannot create the data directory ") + dir);
        config = gd::server::DatabaseConfig::sqliteInDirectory(dir);
    }

    gd::server::Database db(config);
    if (parser.isSet(resetOpt)) {
        if (auto r = db.dropAll(); !r)
            return fail(QStringLiteral("cannot reset the database: ") + r.error().message);
    }
    auto schema = db.migrate();
    if (!schema)
        return fail(QStringLiteral("cannot open or migrate ") + config.describe() + QStringLiteral(": ") +
                    schema.error().message);
    logLine(QStringLiteral("database %1 at schema version %2").arg(config.describe()).arg(*schema));
    if (auto r = gd::server::UsageAggregates(db).ensureBuilt(); !r)
        return fail(QStringLiteral("cannot build the usage aggregates: ") + r.error().message);
    if (apiOptions.faults)
        logLine(
            QStringLiteral("WARNING: --inject-faults is on (%1): the change feed and the idempotent writes "
                           "FAIL ON PURPOSE. This is for tests only; never run a real server like this.")
                .arg(parser.value(faultsOpt)));

    if (parser.isSet(testClockOpt)) {
        gd::server::ServerClock::enableTestClock();
        logLine(QStringLiteral("WARNING: --test-clock is on: administrators can set the server's clock. This "
                               "is for tests only; never run a real server like this."));
    }

    gd::server::AuditLog audit(db);
    if (parser.isSet(verifyOpt)) {
        auto v = audit.verify();
        if (!v)
            return fail(QStringLiteral("cannot read the audit log: ") + v.error().message);
        if (v->ok) {
            printLine(QStringLiteral("audit chain intact: %1 entries").arg(v->entries));
            return Ok;
        }
        printLine(QStringLiteral("audit chain BROKEN at entry %1: %2").arg(v->firstBadSeq).arg(v->problem));
        return AuditBroken;
    }

    QList<gd::server::DemoAccount> accounts;
    if (parser.isSet(demoOpt)) {
        auto conn = db.connection();
        if (!conn)
            return fail(conn.error().message);
        if (gd::server::isDemoDataPresent(*conn)) {
            logLine(QStringLiteral("demo data already present; not generating again"));
        } else {
            gd::server::DemoOptions options;
            options.citizens = citizens;
            options.seed = seed;
            logLine(QStringLiteral("generating demo data: %1 citizens, seed %2 ...").arg(citizens).arg(seed));
            int lastShown = -1;
            gd::server::DemoGenerator generator(db, options);
            auto report = generator.run([&lastShown](int percent) {
                if (percent / 10 != lastShown / 10) {
                    lastShown = percent;
                    logLine(QStringLiteral("demo data %1%").arg(percent));
                }
            });
            if (!report)
                return fail(QStringLiteral("demo data generation failed: ") + report.error().message);
            logLine(QStringLiteral(
                        "demo data ready in %1 s: %2 citizens, %3 enterprises, %4 applications, %5 messages")
                        .arg(report->seconds, 0, 'f', 1)
                        .arg(report->citizens)
                        .arg(report->enterprises)
                        .arg(report->applications)
                        .arg(report->messages));
        }
        accounts = gd::server::demoAccounts();
    }

    // Keyed write results are kept 35 days; older ones go now and then about once a day.
    gd::server::IdempotencyStore idempotency(db);
    if (auto purged = idempotency.purge(); !purged)
        return fail(QStringLiteral("cannot purge old idempotency keys: ") + purged.error().message);

    const int recoRebuildMinutes = parser.value(recoRebuildOpt).toInt(&ok);
    if (!ok || recoRebuildMinutes < 0 || recoRebuildMinutes > 7 * 24 * 60)
        return fail(QStringLiteral("--reco-rebuild must be from 0 to 10080 minutes"), Usage);
    // Recommendations: every citizen's tags and applications in memory (after the demo data).
    gd::server::RecommendationService recommendations(db);
    auto recoBuild = recommendations.rebuild();
    if (!recoBuild)
        return fail(QStringLiteral("cannot build the recommendation engine: ") + recoBuild.error().message);
    logLine(QStringLiteral("recommendation engine: %1 citizens, %2 applications, built in %3 ms")
                .arg(recoBuild->citizens)
                .arg(recoBuild->applications)
                .arg(qRound((recoBuild->loadSeconds + recoBuild->buildSeconds) * 1000)));
    recommendations.startPeriodicRebuild(std::chrono::minutes(recoRebuildMinutes));
    apiOptions.recommendations = &recommendations;

    gd::server::AuthConfig authConfig;
    authConfig.accessTtlSeconds = accessTtl;
    gd::server::AuthService auth(db, audit, authConfig);
    gd::server::ChangeNotifier notifier;
    // Audiences of pushes: every citizen in memory (after the demo data), kept up to date from the change
    // log.
    gd::server::AudienceService audiences(db);
    auto audienceIndex = audiences.rebuild();
    if (!audienceIndex)
        return fail(QStringLiteral("cannot build the audience index: ") + audienceIndex.error().message);
    logLine(
        QStringLiteral("audience index: %1 citizens, %2 tag assignments, %3 MiB of bitmaps, built in %4 ms")
            .arg(audienceIndex->citizens)
            .arg(audienceIndex->stats.tagAssignments)
            .arg(double(audienceIndex->stats.bitmapBytes) / (1024 * 1024), 0, 'f', 1)
            .arg(audienceIndex->milliseconds));
    // Push campaigns are delivered by a thread of their own (started once the server listens); a campaign
    // that was sending when the server stopped simply goes on. Its progress wakes the live change streams.
    gd::server::CampaignDispatcher dispatcher(db, audit, gd::server::indexedAudience(audiences), dispatch,
                                              &notifier);
    apiOptions.campaignDispatcher = &dispatcher;
    const gd::server::Router router =
        gd::server::buildApiRouter({db, auth, audit, notifier, apiOptions, &audiences});
    gd::server::HttpLimits limits;
    limits.workerThreads = threads;
    limits.maxBodyBytes = size_t(maxBody);
    gd::server::HttpServer server(router, auth, limits);
    const int bound = server.listen(host, port);
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1:%2 (in use or not permitted)").arg(host).arg(port));
    printLine(QStringLiteral("listening on %1:%2").arg(host).arg(bound));
    dispatcher.start();
    if (!accounts.isEmpty()) {
        printLine(QStringLiteral("demo accounts (role — username / password):"));
        for (const auto &a : std::as_const(accounts))
            printLine(QStringLiteral("  %1 — %2 / %3   %4")
                          .arg(a.role, -12)
                          .arg(a.username, a.password, a.description));
    }

    int signal = 0;
    sigwait(&stopSignals, &signal);
    logLine(QStringLiteral("stopping on signal %1").arg(signal));
    // Open event streams hold worker threads that the server's stop() waits for: end them first.
    notifier.shutdown();
    dispatcher.stop();
    server.stop();
    return Ok;
}
