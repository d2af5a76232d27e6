// govdesk-bench store-overhead: see syncbench.h.

#include "syncbench.h"

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
#include <QTemporaryDir>
#include <QThread>

#include <iostream>

namespace gd::bench {
namespace {

constexpr double kRatioGoal = 1.15;

// The values the list workload filters and searches by, taken from the first synced file so both kinds
// of file answer exactly the same queries.
struct Pools {
    QStringList grids, districts, communities, tags, statuses, services;
    QStringList searches; // names, name fragments, pinyin, initials, visible ID/phone digits
};

QStringList distinct(store::Connection &c, const QByteArray &sql)
{
    QStringList values;
    auto stmt = c.prepare(sql);
    if (!stmt)
        return values;
    while (true) {
        auto row = stmt->step();
        if (!row || !*row)
            break;
        if (!stmt->isNull(0))
            values.append(stmt->text(0));
    }
    return values;
}

Pools poolsFrom(store::Store &s)
{
    Pools p;
    store::Connection &c = s.connection();
    p.grids = distinct(c, "SELECT DISTINCT grid_id FROM citizens ORDER BY 1");
    p.districts = distinct(c, "SELECT DISTINCT district_code FROM citizens ORDER BY 1");
    p.communities = distinct(c, "SELECT DISTINCT community_id FROM citizens ORDER BY 1");
    p.tags = distinct(c, "SELECT DISTINCT tag_id FROM citizen_tags ORDER BY 1");
    p.statuses = distinct(c, "SELECT DISTINCT status FROM applications ORDER BY 1");
    p.services = distinct(c, "SELECT DISTINCT service_id FROM applications ORDER BY 1");
    // Search terms from a spread of citizens (never printed).
    const store::SearchTokenizer &tokenizer = s.search().tokenizer();
    auto people = c.prepare("SELECT name, json_extract(data, '$.phone'), json_extract(data, '$.id_number') "
                            "FROM citizens ORDER BY rowid");
    if (!people)
        return p;
    QRandomGenerator random(20261124);
    int row = 0;
    while (p.searches.size() < 400) {
        auto more = people->step();
        if (!more || !*more)
            break;
        if (++row % 97)
            continue;
        const QString name = people->text(0);
        const QString phone = people->text(1);
        const QString id = people->text(2);
        switch (random.bounded(6)) {
        case 0:
            p.searches.append(name);
            break;
        case 1:
            p.searches.append(name.left(1)); // a surname: many matches
            break;
        case 2:
            p.searches.append(tokenizer.pinyin(name).remove(QLatin1Char(' ')));
            break;
        case 3:
            p.searches.append(tokenizer.initials(name));
            break;
        case 4:
            p.searches.append(phone.right(4));
            break;
        default:
            p.searches.append(id.right(4));
            break;
        }
    }
    p.searches.removeAll(QString());
    return p;
}

struct ListTimes {
    double lists = 0;    // citizen and application list pages
    double searches = 0; // citizen searches
    qint64 rows = 0;     // rows returned (the same for both files, or the comparison is void)
    bool ok = true;
};

ListTimes listWorkload(store::Store &s, const Pools &p, int lists, int searches)
{
    ListTimes t;
    QRandomGenerator random(7);
    const auto pick = [&random](const QStringList &values) {
        return values.isEmpty() ? QString() : values.at(int(random.bounded(quint32(values.size()))));
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < lists; ++i) {
        store::ListQuery q;
        q.limit = 50;
        q.offset = 50 * int(random.bounded(20));
        q.descending = random.bounded(2);
        if (i % 5 == 4) { // every fifth: the application lists
            static const QStringList sorts{QStringLiteral("submitted_at"), QStringLiteral("due_at"),
                                           QStringLiteral("number")};
            q.sort = sorts.at(int(random.bounded(3)));
            switch (random.bounded(4)) {
            case 0:
                q.where(QStringLiteral("status"), pick(p.statuses));
                break;
            case 1:
                q.where(QStringLiteral("service"), pick(p.services));
                break;
            case 2:
                q.where(QStringLiteral("district"), pick(p.districts));
                break;
            default:
                break;
            }
            auto page = s.applications().list(q);
            if (!page) {
                t.ok = false;
                return t;
            }
            t.rows += page->items.size();
            continue;
        }
        static const QStringList sorts{QStringLiteral("name"), QStringLiteral("birth_date"),
                                       QStringLiteral("updated_at")};
        q.sort = sorts.at(int(random.bounded(3)));
        switch (random.bounded(6)) {
        case 0:
            q.where(QStringLiteral("grid"), pick(p.grids));
            break;
        case 1:
            q.where(QStringLiteral("district"), pick(p.districts));
            break;
        case 2:
            q.where(QStringLiteral("community"), pick(p.communities));
            break;
        case 3:
            q.where(QStringLiteral("tag"), pick(p.tags));
            break;
        case 4:
            q.where(QStringLiteral("realname_level"), QString::number(1 + random.bounded(3)));
            break;
        default:
            break;
        }
        auto page = s.citizens().list(q);
        if (!page) {
            t.ok = false;
            return t;
        }
        t.rows += page->items.size();
    }
    t.lists = double(clock.nsecsElapsed()) / 1e9;
    clock.restart();
    for (int i = 0; i < searches && !p.searches.isEmpty(); ++i) {
        store::ListQuery q;
        q.search = p.searches.at(i % p.searches.size());
        q.limit = 50;
        auto page = s.citizens().list(q);
        if (!page) {
            t.ok = false;
            return t;
        }
        t.rows += page->items.size();
    }
    t.searches = double(clock.nsecsElapsed()) / 1e9;
    return t;
}

struct Runs {
    QList<double> sync, apply, lists, searches;
    QList<double> listsWarm, searchesWarm; // the same workload again on the same connection
    qint64 records = 0;
    qint64 rows = -1;
};

QJsonArray rounded(const QList<double> &values)
{
    QJsonArray out;
    for (double v : values)
        out.append(round3(v));
    return out;
}

QJsonObject medians(const Runs &r)
{
    return QJsonObject{{QStringLiteral("sync_s"), round3(median(r.sync))},
                       {QStringLiteral("apply_s"), round3(median(r.apply))},
                       {QStringLiteral("lists_s"), round3(median(r.lists))},
                       {QStringLiteral("searches_s"), round3(median(r.searches))},
                       {QStringLiteral("lists_warm_s"), round3(median(r.listsWarm))},
                       {QStringLiteral("searches_warm_s"), round3(median(r.searchesWarm))},
                       {QStringLiteral("sync_runs_s"), rounded(r.sync)},
                       {QStringLiteral("lists_runs_s"), rounded(r.lists)}};
}

double ratio(const QList<double> &encrypted, const QList<double> &plain)
{
    const double p = median(plain);
    return p > 0 ? round3(median(encrypted) / p) : 0;
}

} // namespace

int runStoreOverhead(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Demo citizens (default 20000)."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption userOpt(QStringLiteral("user"),
                                     QStringLiteral("Demo account that syncs (default admin)."),
                                     QStringLiteral("USER"), QStringLiteral("admin"));
    const QCommandLineOption repsOpt(QStringLiteral("repetitions"),
                                     QStringLiteral("Runs of each kind of file (default 3, at least 3)."),
                                     QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption listsOpt(QStringLiteral("lists"),
                                      QStringLiteral("List pages per run (default 500)."),
                                      QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption searchesOpt(QStringLiteral("searches"),
                                         QStringLiteral("Searches per run (default 200)."),
                                         QStringLiteral("N"), QStringLiteral("200"));
    parser.addOptions({citizensOpt, userOpt, repsOpt, listsOpt, searchesOpt});
    if (!parser.parse(QStringList{QStringLiteral("store-overhead")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return 2;
    }
    const int citizens = parser.value(citizensOpt).toInt();
    const int repetitions = parser.value(repsOpt).toInt();
    const int lists = parser.value(listsOpt).toInt();
    const int searches = parser.value(searchesOpt).toInt();
    if (citizens < 100 || repetitions < 3 || repetitions > 50 || lists < 1 || searches < 0) {
        std::cerr << "store-overhead: --citizens >= 100, --repetitions 3..50, --lists >= 1" << std::endl;
        return 2;
    }
    const QString user = parser.value(userOpt);
    QString problem;
    auto server = makeServer(QStringLiteral("sqlite"), &problem);
    std::cerr << "store-overhead: starting govdesk-server with " << citizens << " demo citizens" << std::endl;
    test::ServerProcess::Options options;
    options.citizens = citizens;
    options.seed = 20261124;
    if (!server || !server->start(options)) {
        std::cerr << "store-overhead: " << (server ? server->error() : problem).toStdString() << std::endl;
        return 1;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::cerr << "store-overhead: cannot create a temporary directory" << std::endl;
        return 1;
    }
    const int pageSize = SyncConfig{}.pageSize;

    // The store-only part: the same pages, fetched once, applied to each kind of file.
    const AuthTokens feedTokens = test::signIn(server->port(), user);
    const FeedWalk walk = walkFeed(server->port(), feedTokens.accessToken, pageSize, "identity", true);
    if (!walk.ok) {
        std::cerr << "store-overhead: " << walk.error.toStdString() << std::endl;
        return 1;
    }
    const QList<FeedPage> pages = parsePages(walk.bodies);

    Runs encrypted;
    Runs plain;
    Pools pools;
    bool havePools = false;
    for (int rep = 0; rep < repetitions; ++rep) {
        for (int turn = 0; turn < 2; ++turn) {
            const bool encrypt = (rep + turn) % 2 == 0; // E P, P E, E P, …
            Runs &runs = encrypt ? encrypted : plain;
            const QString kind = encrypt ? QStringLiteral("encrypted") : QStringLiteral("plain");
            const QByteArray key = encrypt ? test::randomKey() : QByteArray();
            const QString path = dir.filePath(QStringLiteral("%1-%2.gdcache").arg(kind).arg(rep));

            // End to end: a fresh engine pulls everything into the new file.
            SyncConfig config =
                test::testConfig(server->port(), path, key, test::signIn(server->port(), user));
            config.liveUpdates = false;
            config.requestTimeout = std::chrono::seconds(120);
            double syncSeconds = 0;
            qint64 records = 0;
            {
                SyncEngine engine(config);
                ChangeCounter counter(engine);
                QElapsedTimer clock;
                clock.start();
                if (!runOneCycle(engine, 30 * 60 * 1000)) {
                    std::cerr << "store-overhead: the sync did not finish" << std::endl;
                    return 1;
                }
                syncSeconds = double(clock.nsecsElapsed()) / 1e9;
                records = counter.total();
                engine.stop();
            }
            runs.sync.append(syncSeconds);
            runs.records = records;

            // Lists and searches on the finished file.
            auto opened = store::Store::open(path, key);
            if (!opened) {
                std::cerr << "store-overhead: cannot reopen the file: "
                          << opened.error().message.toStdString() << std::endl;
                return 1;
            }
            if (!havePools) {
                pools = poolsFrom(**opened);
                havePools = true;
            }
            // First on a fresh connection (every page read from the file: decrypted once), then again on
            // the same one (pages in the store's page cache).
            const ListTimes times = listWorkload(**opened, pools, lists, searches);
            const ListTimes warm = listWorkload(**opened, pools, lists, searches);
            opened->reset();
            if (!times.ok || !warm.ok) {
                std::cerr << "store-overhead: a list failed" << std::endl;
                return 1;
            }
            if (runs.rows >= 0 && runs.rows != times.rows) {
                std::cerr << "store-overhead: the lists returned different rows between runs" << std::endl;
                return 1;
            }
            runs.rows = times.rows;
            runs.lists.append(times.lists);
            runs.searches.append(times.searches);
            runs.listsWarm.append(warm.lists);
            runs.searchesWarm.append(warm.searches);
            (void)store::Store::wipe(path);

            // Store only: the recorded pages through ChangeApplier.
            const QString replay = dir.filePath(QStringLiteral("%1-%2-replay.gdcache").arg(kind).arg(rep));
            const double apply = applyPages(pages, replay, key);
            if (apply < 0)
                return 1;
            runs.apply.append(apply);
            (void)store::Store::wipe(replay);
            std::cerr << "store-overhead: run " << rep + 1 << " " << kind.toStdString() << ": sync "
                      << syncSeconds << " s, apply " << apply << " s, lists " << times.lists
                      << " s, searches " << times.searches << " s" << std::endl;
        }
    }
    if (encrypted.rows != plain.rows || encrypted.records != plain.records) {
        std::cerr << "store-overhead: the two kinds of file did not hold the same data" << std::endl;
        return 1;
    }

    const QJsonObject ratios{
        {QStringLiteral("sync"), ratio(encrypted.sync, plain.sync)},
        {QStringLiteral("apply"), ratio(encrypted.apply, plain.apply)},
        {QStringLiteral("lists"), ratio(encrypted.lists, plain.lists)},
        {QStringLiteral("searches"), ratio(encrypted.searches, plain.searches)},
        {QStringLiteral("lists_warm"), ratio(encrypted.listsWarm, plain.listsWarm)},
        {QStringLiteral("searches_warm"), ratio(encrypted.searchesWarm, plain.searchesWarm)},
    };
    bool meets = true;
    for (const QJsonValue &v : ratios)
        meets = meets && v.toDouble() <= kRatioGoal;
    printResult(QStringLiteral("store-overhead"),
                QJsonObject{{QStringLiteral("citizens"), citizens},
                            {QStringLiteral("records"), encrypted.records},
                            {QStringLiteral("repetitions"), repetitions},
                            {QStringLiteral("order"), QStringLiteral("alternating (E P, P E, …)")},
                            {QStringLiteral("list_pages"), lists},
                            {QStringLiteral("searches"), searches},
                            {QStringLiteral("page_size"), pageSize},
                            {QStringLiteral("sqlcipher"), medians(encrypted)},
                            {QStringLiteral("plain_sqlite"), medians(plain)},
                            {QStringLiteral("ratio_encrypted_to_plain"), ratios},
                            {QStringLiteral("goal_ratio"), kRatioGoal},
                            {QStringLiteral("meets_goal"), meets},
                            {QStringLiteral("cores"), QThread::idealThreadCount()},
                            {QStringLiteral("note"),
                             QStringLiteral("sync = SyncEngine end to end (server shares the cores); apply = "
                                            "the same pages through ChangeApplier only; lists/searches on a "
                                            "fresh connection, *_warm the same again on it; medians")}});
    return 0;
}

} // namespace gd::bench
