// govdesk-bench sync-initial: see syncbench.h.

#include "syncbench.h"

#include "scenario.h"
#include "syncbenchsupport.h"
#include "synctestsupport.h"

#include "store/changeapplier.h"
#include "store/searchtokenizer.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>

#include <iostream>

#include <sys/resource.h>

namespace gd::bench {
namespace {

constexpr int kRecordsPerSecondGoal = 10000;
constexpr int kSecondsGoal = 5;

// Where the client's time goes, from a replay of the very pages the engine received (each part timed on
// its own): the engine's work per page is parse + apply, and apply = re-serialise + tokenise + SQL.
QJsonObject breakdown(const FeedWalk &walk, const QString &dir)
{
    QElapsedTimer clock;
    clock.start();
    const QList<FeedPage> pages = parsePages(walk.bodies);
    const double parse = double(clock.nsecsElapsed()) / 1e9;

    clock.restart();
    qint64 serialized = 0;
    for (const FeedPage &page : pages) {
        for (const QJsonValue &change : page.changes) {
            const QJsonObject data = change.toObject().value(QLatin1String("data")).toObject();
            serialized += QJsonDocument(data).toJson(QJsonDocument::Compact).size();
        }
    }
    const double serialize = double(clock.nsecsElapsed()) / 1e9;

    store::SearchTokenizer tokenizer;
    clock.restart();
    qint64 documents = 0;
    for (const FeedPage &page : pages) {
        for (const QJsonValue &value : page.changes) {
            const QJsonObject change = value.toObject();
            const QString entity = change.value(QLatin1String("entity")).toString();
            const bool person = entity == QLatin1String("citizen");
            if (!person && entity != QLatin1String("enterprise"))
                continue;
            const QJsonObject data = change.value(QLatin1String("data")).toObject();
            store::SearchDocument doc;
            doc.name = data.value(QLatin1String("name")).toString();
            doc.phone = data.value(QLatin1String("phone")).toString();
            if (person)
                doc.idNumber = data.value(QLatin1String("id_number")).toString();
            else
                doc.code = data.value(QLatin1String("uscc")).toString();
            documents += tokenizer
                                 .tokens(doc, person ? store::SearchTokenizer::NameKind::Person
                                                     : store::SearchTokenizer::NameKind::Organisation)
                                 .name.isEmpty()
                             ? 0
                             : 1;
        }
    }
    const double tokenize = double(clock.nsecsElapsed()) / 1e9;

    const double applyEncrypted =
        applyPages(pages, dir + QStringLiteral("/replay-encrypted.gdcache"), test::randomKey());
    const double applyPlain = applyPages(pages, dir + QStringLiteral("/replay-plain.gdcache"), QByteArray());
    const double applyReserialized =
        applyPages(pages, dir + QStringLiteral("/replay-reserialized.gdcache"), test::randomKey(), false);
    clock.restart();
    for (const QByteArray &body : walk.bodies)
        (void)store::ChangeApplier::dataTexts(body);
    const double scan = double(clock.nsecsElapsed()) / 1e9;
    std::cerr << "sync-initial: replayed " << pages.size() << " pages (" << documents << " search documents, "
              << serialized << " bytes re-serialised)" << std::endl;
    return QJsonObject{
        {QStringLiteral("server_feed_identity_s"), round3(walk.seconds)},
        {QStringLiteral("json_parse_s"), round3(parse)},
        {QStringLiteral("apply_sqlcipher_s"), round3(applyEncrypted)},
        {QStringLiteral("apply_plain_sqlite_s"), round3(applyPlain)},
        {QStringLiteral("apply_sqlcipher_reserialized_s"), round3(applyReserialized)},
        {QStringLiteral("reserialize_s"), round3(serialize)},
        {QStringLiteral("scan_server_texts_s"), round3(scan)},
        {QStringLiteral("tokenize_s"), round3(tokenize)},
        {QStringLiteral("records"), walk.changes},
        {QStringLiteral("note"),
         QStringLiteral("each part timed alone on a replay of the same pages; server_feed_*_s = the server "
                        "answering the whole feed to a plain httplib client, one page at a time")}};
}

// User + system CPU time of this process (all threads, Qt's network thread included).
double processCpuSeconds()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int runSyncInitial(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Demo citizens (default 50000)."),
                                         QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption userOpt(QStringLiteral("user"),
                                     QStringLiteral("Demo account that syncs (default admin)."),
                                     QStringLiteral("USER"), QStringLiteral("admin"));
    const QCommandLineOption backendOpt(QStringLiteral("backend"),
                                        QStringLiteral("Server database: sqlite (default) or postgresql."),
                                        QStringLiteral("B"), QStringLiteral("sqlite"));
    const QCommandLineOption pageSizeOpt(QStringLiteral("page-size"),
                                         QStringLiteral("Changes per feed page (default: the engine's)."),
                                         QStringLiteral("N"));
    const QCommandLineOption liveOpt(QStringLiteral("live"),
                                     QStringLiteral("Keep the live change stream on during the sync."));
    const QCommandLineOption breakdownOpt(
        QStringLiteral("breakdown"),
        QStringLiteral("Afterwards, replay the pages to split the client's time into its parts."));
    parser.addOptions({citizensOpt, userOpt, backendOpt, pageSizeOpt, liveOpt, breakdownOpt});
    if (!parser.parse(QStringList{QStringLiteral("sync-initial")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return 2;
    }
    const int citizens = parser.value(citizensOpt).toInt();
    if (citizens < 100 || citizens > 2'000'000) {
        std::cerr << "--citizens must be between 100 and 2000000" << std::endl;
        return 2;
    }
    SyncConfig defaults;
    const int pageSize = parser.isSet(pageSizeOpt) ? parser.value(pageSizeOpt).toInt() : defaults.pageSize;
    if (pageSize < 1 || pageSize > 5000) {
        std::cerr << "--page-size must be between 1 and 5000" << std::endl;
        return 2;
    }
    const QString user = parser.value(userOpt);
    const QString backend = parser.value(backendOpt);
    QString problem;
    auto server = makeServer(backend, &problem);
    if (!server) {
        std::cerr << "sync-initial: " << problem.toStdString() << std::endl;
        return 2;
    }

    std::cerr << "sync-initial: starting govdesk-server with " << citizens << " demo citizens" << std::endl;
    test::ServerProcess::Options options;
    options.citizens = citizens;
    options.seed = 20261124;
    QElapsedTimer setup;
    setup.start();
    if (!server->start(options)) {
        std::cerr << "sync-initial: " << server->error().toStdString() << std::endl;
        return 1;
    }
    const double setupSeconds = double(setup.elapsed()) / 1000.0;
    const AuthTokens tokens = test::signIn(server->port(), user);
    if (tokens.accessToken.isEmpty()) {
        std::cerr << "sync-initial: cannot sign in as the demo user" << std::endl;
        return 1;
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::cerr << "sync-initial: cannot create a temporary directory" << std::endl;
        return 1;
    }
    const QString cachePath = dir.filePath(QStringLiteral("initial.gdcache"));
    SyncConfig config = test::testConfig(server->port(), cachePath, test::randomKey(), tokens);
    config.pageSize = pageSize;
    config.liveUpdates = parser.isSet(liveOpt);
    config.requestTimeout = std::chrono::seconds(120);
    SyncEngine engine(config);
    FeedTraffic traffic;
    ChangeCounter counter(engine);

    // Per page: when its answer arrived and when the engine had applied it (the status it publishes after
    // the commit). The difference is the client's work (JSON parse + apply); the rest is time the client
    // waited for the server and the network (the engine asks for the next page before applying one, so the
    // server prepares it meanwhile, on the other core).
    QElapsedTimer clock;
    qint64 firstPageNs = -1;
    qint64 replyAtNs = -1;
    qint64 clientNs = 0;
    qint64 lastRecords = 0;
    int pages = 0;
    QObject::connect(&engine, &SyncEngine::storeOpened, &traffic, [&] {
        traffic.attach(engine.client()->network());
        QObject::connect(engine.client()->network(), &QNetworkAccessManager::finished, &traffic,
                         [&](QNetworkReply *reply) {
                             if (reply->url().path().endsWith(QLatin1String("/sync/changes")))
                                 replyAtNs = clock.nsecsElapsed();
                         });
    });
    QObject::connect(&engine, &SyncEngine::statusChanged, &traffic, [&](const SyncStatus &s) {
        if (s.phase != SyncStatus::Phase::Pulling) {
            lastRecords = 0; // the next pull counts from 0 again
            return;
        }
        // Other status changes come between too (e.g. "online" right after the first answer).
        if (replyAtNs < 0 || s.progress.records == lastRecords)
            return;
        const qint64 now = clock.nsecsElapsed();
        clientNs += now - replyAtNs;
        replyAtNs = -1;
        lastRecords = s.progress.records;
        ++pages;
        if (firstPageNs < 0)
            firstPageNs = now;
    });

    std::cerr << "sync-initial: syncing as the demo user, page size " << pageSize << std::endl;
    int retries = 0;
    const double cpuBefore = processCpuSeconds();
    clock.start();
    const bool finished = runOneCycle(engine, 30 * 60 * 1000, &retries);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double cpuSeconds = processCpuSeconds() - cpuBefore;
    const double peakMiB = peakResidentMiB();
    if (!finished) {
        std::cerr << "sync-initial: the initial sync did not finish" << std::endl;
        return 1;
    }
    QJsonObject perEntity;
    for (auto it = counter.byEntity().constBegin(); it != counter.byEntity().constEnd(); ++it)
        perEntity.insert(it.key(), it.value());
    const qint64 records = counter.total();
    const auto counted = engine.store()->citizens().count();
    const qint64 localCitizens = counted ? *counted : -1;
    engine.stop();
    const double fileMiB = double(QFileInfo(cachePath).size()) / (1024.0 * 1024.0);
    const double payloadMiB = double(traffic.bodyBytes()) / (1024.0 * 1024.0);

    QJsonObject out{
        {QStringLiteral("backend"), backend},
        {QStringLiteral("citizens"), citizens},
        {QStringLiteral("citizens_synced"), localCitizens},
        {QStringLiteral("user_role"), tokens.user.role},
        {QStringLiteral("page_size"), pageSize},
        {QStringLiteral("page_size_default"), defaults.pageSize},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("live_stream"), config.liveUpdates},
        {QStringLiteral("seconds"), round3(seconds)},
        {QStringLiteral("records"), records},
        {QStringLiteral("records_by_entity"), perEntity},
        {QStringLiteral("records_per_s"), std::round(double(records) / seconds)},
        {QStringLiteral("first_page_seconds"), round3(double(firstPageNs) / 1e9)},
        {QStringLiteral("client_seconds"), round3(double(clientNs) / 1e9)},
        {QStringLiteral("waiting_seconds"), round3(seconds - double(clientNs) / 1e9)},
        {QStringLiteral("retries"), retries},
        {QStringLiteral("payload_bytes"), traffic.bodyBytes()},
        {QStringLiteral("client_cpu_seconds"), round3(cpuSeconds)},
        {QStringLiteral("peak_rss_mib"), round2(peakMiB)},
        {QStringLiteral("peak_rss_to_payload"), payloadMiB > 0 ? round2(peakMiB / payloadMiB) : 0.0},
        {QStringLiteral("cache_file_mib"), round2(fileMiB)},
        {QStringLiteral("server_setup_seconds"), round2(setupSeconds)},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("note"), QStringLiteral("client and server share the machine's cores; seconds = "
                                                "SyncEngine::start() to the end of the first cycle")},
        {QStringLiteral("goal_records_per_s"), kRecordsPerSecondGoal},
        {QStringLiteral("goal_seconds"), kSecondsGoal},
        {QStringLiteral("goal_peak_rss_to_payload"), 2},
        {QStringLiteral("meets_goal"),
         seconds <= kSecondsGoal && double(records) / seconds >= kRecordsPerSecondGoal},
    };
    // What the same pages weigh compressed, as the server sends them to Qt (which accepts gzip and hides
    // the compressed size): the feed once more, outside the figures above.
    const FeedWalk gzip = walkFeed(server->port(), tokens.accessToken, pageSize, "gzip, deflate", false);
    if (!gzip.ok) {
        std::cerr << "sync-initial: " << gzip.error.toStdString() << std::endl;
        return 1;
    }
    out.insert(QStringLiteral("wire_bytes_gzip"), gzip.wireBytes);
    if (parser.isSet(breakdownOpt)) {
        std::cerr << "sync-initial: replaying the feed for the breakdown" << std::endl;
        const FeedWalk walk = walkFeed(server->port(), tokens.accessToken, pageSize, "identity", true);
        if (!walk.ok) {
            std::cerr << "sync-initial: " << walk.error.toStdString() << std::endl;
            return 1;
        }
        QJsonObject parts = breakdown(walk, dir.path());
        parts.insert(QStringLiteral("server_feed_gzip_s"), round3(gzip.seconds));
        out.insert(QStringLiteral("breakdown"), parts);
    }
    printResult(QStringLiteral("sync-initial"), out);
    return 0;
}

} // namespace gd::bench
