#include "reco.h"

#include "scenario.h"

#include "demo/demogenerator.h"
#include "reco/recoloader.h"
#include "reco/recommendationengine.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <random>
#include <thread>

namespace gd::bench {
namespace {

using gd::server::RecoDataset;
using gd::server::RecommendationEngine;
using gd::server::RecoOptions;
using gd::server::RecoWeights;

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double round4(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

// The demo data both scenarios start from, in a temporary SQLite file.
struct DemoWorld {
    QTemporaryDir dir;
    std::unique_ptr<gd::server::Database> db;
    gd::server::DemoOptions options;
    QDateTime end; // the demo world's "now": 08:00 China time on options.today
    double generateSeconds = 0;
};

struct CommonOptions {
    int citizens = 20000;
    quint64 seed = 20261124;
    QDate today = QDate(2026, 11, 24);
};

// Parses --citizens/--seed/--today plus `extra`; false after printing the problem.
bool parseCommon(QCommandLineParser &parser, const QString &scenario, const QStringList &args,
                 const QList<QCommandLineOption> &extra, CommonOptions &out)
{
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Demo citizens (default 20000)."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Demo seed (default 20261124)."),
                                     QStringLiteral("S"), QStringLiteral("20261124"));
    const QCommandLineOption todayOpt(QStringLiteral("today"),
                                      QStringLiteral("The demo's today (default 2026-11-24)."),
                                      QStringLiteral("DATE"), QStringLiteral("2026-11-24"));
    parser.addOptions({citizensOpt, seedOpt, todayOpt});
    parser.addOptions(extra);
    if (!parser.parse(QStringList{scenario} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return false;
    }
    bool ok = false;
    out.citizens = parser.value(citizensOpt).toInt(&ok);
    if (!ok || out.citizens < 100 || out.citizens > gd::server::DemoGenerator::kMaxCitizens) {
        std::cerr << "--citizens must be a number from 100 to " << gd::server::DemoGenerator::kMaxCitizens
                  << std::endl;
        return false;
    }
    out.seed = parser.value(seedOpt).toULongLong(&ok);
    out.today = QDate::fromString(parser.value(todayOpt), Qt::ISODate);
    if (!ok || !out.today.isValid()) {
        std::cerr << "--seed must be a number and --today a date like 2026-11-24" << std::endl;
        return false;
    }
    return true;
}

bool makeWorld(const CommonOptions &common, DemoWorld &world)
{
    if (!world.dir.isValid()) {
        std::cerr << "cannot create a temporary directory" << std::endl;
        return false;
    }
    world.db = std::make_unique<gd::server::Database>(
        gd::server::DatabaseConfig::sqliteInDirectory(world.dir.path()));
    if (auto r = world.db->migrate(); !r) {
        std::cerr << "cannot migrate: " << r.error().message.toStdString() << std::endl;
        return false;
    }
    world.options.citizens = common.citizens;
    world.options.seed = common.seed;
    world.options.today = common.today;
    world.end = QDateTime(common.today, QTime(0, 0), Qt::UTC);
    std::cerr << "demo data: " << common.citizens << " citizens, seed " << common.seed << " ..." << std::endl;
    QElapsedTimer timer;
    timer.start();
    auto report = gd::server::DemoGenerator(*world.db, world.options).run({});
    if (!report) {
        std::cerr << "demo data generation failed: " << report.error().message.toStdString() << std::endl;
        return false;
    }
    world.generateSeconds = double(timer.nsecsElapsed()) / 1e9;
    return true;
}

QJsonObject percentilesUs(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    const auto at = [&ns](double q) {
        const size_t rank = size_t(std::ceil(q * double(ns.size())));
        return round2(double(ns[std::clamp<size_t>(rank, 1, ns.size()) - 1]) / 1000.0);
    };
    return {{QStringLiteral("p50"), at(0.5)},
            {QStringLiteral("p95"), at(0.95)},
            {QStringLiteral("p99"), at(0.99)},
            {QStringLiteral("max"), round2(double(ns.back()) / 1000.0)}};
}

// Citizens per second of recommendAt(limit 10) over every citizen, split over `threads` threads.
double batchRate(const RecommendationEngine &engine, const QDateTime &now, int threads, double *seconds)
{
    const int n = engine.citizenCount();
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> workers;
    std::vector<qint64> items(size_t(threads), 0);
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (int c = t; c < n; c += threads)
                items[size_t(t)] += engine.recommendAt(c, 10, now).items.size();
        });
    }
    for (std::thread &w : workers)
        w.join();
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    return double(n) / *seconds;
}

} // namespace

int runReco(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption queriesOpt(QStringLiteral("queries"),
                                        QStringLiteral("Single-citizen queries to time (default 5000)."),
                                        QStringLiteral("N"), QStringLiteral("5000"));
    CommonOptions common;
    if (!parseCommon(parser, QStringLiteral("reco"), args, {queriesOpt}, common))
        return 2;
    bool ok = false;
    const int queries = parser.value(queriesOpt).toInt(&ok);
    if (!ok || queries < 1) {
        std::cerr << "--queries must be a positive number" << std::endl;
        return 2;
    }
    DemoWorld world;
    if (!makeWorld(common, world))
        return 1;

    QElapsedTimer timer;
    timer.start();
    auto data = gd::server::RecoLoader(*world.db).load(world.end.addDays(-RecoOptions{}.recentWindowDays));
    if (!data) {
        std::cerr << "cannot load: " << data.error().message.toStdString() << std::endl;
        return 1;
    }
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    RecommendationEngine engine(*data, RecoOptions{}, world.end);
    const double buildSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::cerr << "reco: loaded in " << loadSeconds << " s, built in " << buildSeconds << " s" << std::endl;

    // Single citizens at random, by id as the route asks; a warm-up pass first.
    std::mt19937_64 rng(common.seed);
    std::uniform_int_distribution<int> pick(0, engine.citizenCount() - 1);
    const QDateTime now = world.end;
    for (int i = 0; i < std::min(200, queries); ++i)
        engine.recommend(engine.citizenId(pick(rng)), 10, now);
    std::vector<qint64> ns;
    ns.reserve(size_t(queries));
    qint64 items = 0;
    for (int i = 0; i < queries; ++i) {
        const QString id = engine.citizenId(pick(rng));
        QElapsedTimer one;
        one.start();
        const auto list = engine.recommend(id, 10, now);
        ns.push_back(one.nsecsElapsed());
        items += list ? list->items.size() : 0;
    }

    double oneThreadSeconds = 0;
    double twoThreadSeconds = 0;
    const double oneThread = batchRate(engine, now, 1, &oneThreadSeconds);
    const double twoThreads = batchRate(engine, now, 2, &twoThreadSeconds);

    // The per-application update the routes make after a commit (a new application, then its completion).
    std::vector<qint64> updateNs;
    const auto &services = data->services;
    for (int i = 0; i < 2000; ++i) {
        RecoDataset::Application a;
        a.citizenId = engine.citizenId(pick(rng));
        a.serviceId = services[size_t(i) % services.size()].id;
        a.districtCode =
            data->districts.empty() ? QString() : data->districts[size_t(i) % data->districts.size()].code;
        a.submittedAt = now.addSecs(i);
        a.status = QStringLiteral("submitted");
        QElapsedTimer one;
        one.start();
        engine.applicationWritten(a);
        updateNs.push_back(one.nsecsElapsed());
    }

    printResult(QStringLiteral("reco"),
                {{QStringLiteral("citizens"), engine.citizenCount()},
                 {QStringLiteral("services"), engine.serviceCount()},
                 {QStringLiteral("applications"), qint64(data->applications.size())},
                 {QStringLiteral("similar_profiles"), engine.profileCount()},
                 {QStringLiteral("demo_seconds"), round2(world.generateSeconds)},
                 {QStringLiteral("load_ms"), round2(loadSeconds * 1000)},
                 {QStringLiteral("build_ms"), round2(buildSeconds * 1000)},
                 {QStringLiteral("top10"),
                  QJsonObject{{QStringLiteral("queries"), queries},
                              {QStringLiteral("mean_items"), round2(double(items) / queries)},
                              {QStringLiteral("us"), percentilesUs(ns)},
                              {QStringLiteral("goal_p95_us"), 1000}}},
                 {QStringLiteral("batch"),
                  QJsonObject{{QStringLiteral("citizens"), engine.citizenCount()},
                              {QStringLiteral("seconds_1_thread"), round2(oneThreadSeconds)},
                              {QStringLiteral("citizens_per_s_1_thread"), qRound64(oneThread)},
                              {QStringLiteral("seconds_2_threads"), round2(twoThreadSeconds)},
                              {QStringLiteral("citizens_per_s_2_threads"), qRound64(twoThreads)}}},
                 {QStringLiteral("update_us"), percentilesUs(updateNs)},
                 {QStringLiteral("peak_rss_mib"), round2(peakResidentMiB())}});
    return 0;
}

namespace {

struct Metrics {
    qint64 cases = 0;
    qint64 hits = 0;
    double ndcg = 0;

    void add(const QStringList &ranked, const QString &hidden)
    {
        ++cases;
        const qsizetype rank = ranked.indexOf(hidden);
        if (rank < 0 || rank >= 10)
            return;
        ++hits;
        ndcg += 1.0 / std::log2(double(rank) + 2.0); // one relevant item: the ideal DCG is 1
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("hit_rate_at_10"), round4(cases ? double(hits) / double(cases) : 0)},
                {QStringLiteral("ndcg_at_10"), round4(cases ? ndcg / double(cases) : 0)}};
    }
};

QStringList idsOf(const gd::RecommendationList &list)
{
    QStringList out;
    for (const gd::Recommendation &r : list.items)
        out.append(r.serviceId);
    return out;
}

} // namespace

int runRecoEval(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption weightsOpt(
        QStringLiteral("weights"),
        QStringLiteral("The engine's weights rules,correlation,similar,hot,recent (default the engine's)."),
        QStringLiteral("W"));
    const QCommandLineOption noAblationOpt(QStringLiteral("no-ablation"),
                                           QStringLiteral("Skip the signals alone."));
    CommonOptions common;
    if (!parseCommon(parser, QStringLiteral("reco-eval"), args, {weightsOpt, noAblationOpt}, common))
        return 2;
    RecoOptions options;
    if (parser.isSet(weightsOpt)) {
        const QStringList parts = parser.value(weightsOpt).split(QLatin1Char(','));
        bool ok = parts.size() == 5;
        double w[5] = {};
        for (int i = 0; ok && i < 5; ++i)
            w[i] = parts[i].toDouble(&ok);
        if (!ok) {
            std::cerr << "--weights needs five numbers: rules,correlation,similar,hot,recent" << std::endl;
            return 2;
        }
        options.weights = RecoWeights{w[0], w[1], w[2], w[3], w[4]};
    }
    DemoWorld world;
    if (!makeWorld(common, world))
        return 1;
    QElapsedTimer timer;
    timer.start();
    auto loaded = gd::server::RecoLoader(*world.db).load(QDateTime()); // all activity: filtered by time below
    if (!loaded) {
        std::cerr << "cannot load: " << loaded.error().message.toStdString() << std::endl;
        return 1;
    }
    RecoDataset data = std::move(*loaded);

    // Leave-last-out: each citizen's most recent application (of two or more) is hidden.
    QHash<QString, size_t> latest; // citizen -> index into data.applications
    QHash<QString, int> count;
    for (size_t i = 0; i < data.applications.size(); ++i) {
        const RecoDataset::Application &a = data.applications[i];
        count[a.citizenId] += 1;
        const auto it = latest.constFind(a.citizenId);
        if (it == latest.constEnd() || data.applications[*it].submittedAt <= a.submittedAt)
            latest.insert(a.citizenId, i);
    }
    struct Case {
        QString citizenId;
        QString serviceId;
        QDateTime at;
    };
    std::vector<Case> cases;
    std::vector<char> hidden(data.applications.size(), 0);
    for (auto it = latest.constBegin(); it != latest.constEnd(); ++it) {
        if (count.value(it.key()) < 2)
            continue;
        const RecoDataset::Application &a = data.applications[it.value()];
        cases.push_back({a.citizenId, a.serviceId, a.submittedAt});
        hidden[it.value()] = 1;
    }
    std::sort(cases.begin(), cases.end(),
              [](const Case &a, const Case &b) { return a.citizenId < b.citizenId; });
    RecoDataset training = data;
    training.applications.clear();
    for (size_t i = 0; i < data.applications.size(); ++i) {
        if (!hidden[i])
            training.applications.push_back(data.applications[i]);
    }
    // A test citizen's tags as they were before the hidden application (高频办事 may come from it).
    QHash<QString, QDateTime> hiddenAt;
    for (const Case &c : cases)
        hiddenAt.insert(c.citizenId, c.at);
    for (RecoDataset::Citizen &c : training.citizens) {
        const auto at = hiddenAt.constFind(c.id);
        if (at == hiddenAt.constEnd())
            continue;
        const QDate day = at->toUTC().date();
        c.tags.removeIf([day](const TagAssignment &t) { return t.since.isValid() && t.since > day; });
    }
    // Views and opened pushes stay in: the engine only looks at those before the time it is asked at.

    RecommendationEngine engine(training, options, world.end);
    const double buildSeconds = double(timer.nsecsElapsed()) / 1e9;

    // Popularity-only: applications per service in the same training data, the same exclusions.
    QHash<QString, qint64> popularity;
    for (const RecoDataset::Application &a : training.applications)
        popularity[a.serviceId] += 1;
    const auto byPopularity = [&popularity](QStringList services) {
        std::sort(services.begin(), services.end(), [&popularity](const QString &a, const QString &b) {
            const qint64 pa = popularity.value(a), pb = popularity.value(b);
            return pa != pb ? pa > pb : a < b;
        });
        return services.mid(0, 10);
    };

    timer.restart();
    Metrics model, baseline;
    qint64 unreachable = 0;
    std::vector<gd::RecommendationList> engineLists;
    engineLists.reserve(cases.size());
    for (const Case &c : cases) {
        const QDateTime before = c.at.addMSecs(-1);
        const QStringList candidates = engine.candidates(c.citizenId, before);
        unreachable += candidates.contains(c.serviceId) ? 0 : 1;
        const auto list = engine.recommend(c.citizenId, 10, before);
        model.add(list ? idsOf(*list) : QStringList(), c.serviceId);
        baseline.add(byPopularity(candidates), c.serviceId);
    }
    const double evalSeconds = double(timer.nsecsElapsed()) / 1e9;

    QJsonObject ablation;
    if (!parser.isSet(noAblationOpt)) {
        const std::pair<const char *, RecoWeights> alone[] = {
            {"rules", {1, 0, 0, 0, 0}}, {"correlation", {0, 1, 0, 0, 0}}, {"similar", {0, 0, 1, 0, 0}},
            {"hot", {0, 0, 0, 1, 0}},   {"recent", {0, 0, 0, 0, 1}},
        };
        for (const auto &[name, weights] : alone) {
            engine.setScoring(weights, true);
            Metrics m;
            for (const Case &c : cases) {
                const auto list = engine.recommend(c.citizenId, 10, c.at.addMSecs(-1));
                m.add(list ? idsOf(*list) : QStringList(), c.serviceId);
            }
            ablation.insert(QLatin1String(name), m.toJson());
        }
        engine.setScoring(options.weights, false);
    }

    const QJsonObject engineJson = model.toJson();
    const QJsonObject baselineJson = baseline.toJson();
    const auto ratio = [](const QJsonObject &a, const QJsonObject &b, const char *key) {
        const double base = b.value(QLatin1String(key)).toDouble();
        return base > 0 ? round2(a.value(QLatin1String(key)).toDouble() / base) : 0.0;
    };
    const RecoWeights &w = options.weights;
    printResult(
        QStringLiteral("reco-eval"),
        {{QStringLiteral("citizens"), common.citizens},
         {QStringLiteral("seed"), QString::number(common.seed)},
         {QStringLiteral("protocol"),
          QStringLiteral("leave-last-out: each citizen's latest application hidden, trained on the rest, "
                         "asked 1 ms before it was submitted")},
         {QStringLiteral("test_citizens"), qint64(cases.size())},
         {QStringLiteral("hidden_already_applied"), unreachable},
         {QStringLiteral("weights"), QJsonArray{w.rules, w.correlation, w.similar, w.hot, w.recent}},
         {QStringLiteral("engine"), engineJson},
         {QStringLiteral("popularity"), baselineJson},
         {QStringLiteral("engine_over_popularity"),
          QJsonObject{{QStringLiteral("hit_rate_at_10"), ratio(engineJson, baselineJson, "hit_rate_at_10")},
                      {QStringLiteral("ndcg_at_10"), ratio(engineJson, baselineJson, "ndcg_at_10")}}},
         {QStringLiteral("signal_alone_with_popularity_fill"), ablation},
         {QStringLiteral("demo_seconds"), round2(world.generateSeconds)},
         {QStringLiteral("build_seconds"), round2(buildSeconds)},
         {QStringLiteral("eval_seconds"), round2(evalSeconds)}});
    return 0;
}

} // namespace gd::bench
