#include "serverload.h"

#include "serverprocess.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>
#include <vector>

namespace gd::bench {
namespace {

struct LoadResult {
    qint64 requests = 0;
    qint64 errors = 0;
    double seconds = 0;
    double p50Ms = 0;
    double p90Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
};

std::string loginToken(int port, const char *user)
{
    httplib::Client c("127.0.0.1", port);
    const std::string body = std::string(R"({"username":")") + user + R"(","password":"GovDesk!2026"})";
    auto r = c.Post("/api/v1/auth/login", body, "application/json");
    if (!r || r->status != 200)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(r->body))
        .object()
        .value(QStringLiteral("access_token"))
        .toString()
        .toStdString();
}

// Runs `connections` client threads for `seconds`, each issuing makePath(rng) GETs on its own keep-alive
// connection, and collects every latency.
template <typename PathFn>
LoadResult drive(int port, const std::string &token, int connections, double seconds, PathFn makePath)
{
    std::vector<std::vector<float>> latencies(static_cast<size_t>(connections));
    std::atomic<qint64> errors{0};
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    const auto started = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (int i = 0; i < connections; ++i) {
        threads.emplace_back([&, i] {
            httplib::Client client("127.0.0.1", port);
            client.set_keep_alive(true);
            client.set_read_timeout(30, 0);
            const httplib::Headers headers{{"Authorization", "Bearer " + token}};
            QRandomGenerator rng(quint32(1000 + i));
            auto &mine = latencies[size_t(i)];
            mine.reserve(100000);
            while (std::chrono::steady_clock::now() < deadline) {
                const std::string path = makePath(rng);
                const auto t0 = std::chrono::steady_clock::now();
                auto r = client.Get(path, headers);
                const auto t1 = std::chrono::steady_clock::now();
                if (!r || r->status != 200)
                    ++errors;
                mine.push_back(float(std::chrono::duration<double, std::milli>(t1 - t0).count()));
            }
        });
    }
    for (auto &t : threads)
        t.join();
    LoadResult result;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::vector<float> all;
    for (const auto &v : latencies)
        all.insert(all.end(), v.begin(), v.end());
    std::sort(all.begin(), all.end());
    result.requests = qint64(all.size());
    result.errors = errors.load();
    const auto pct = [&all](double p) {
        return all.empty() ? 0.0 : double(all[size_t(p * double(all.size() - 1))]);
    };
    result.p50Ms = pct(0.50);
    result.p90Ms = pct(0.90);
    result.p99Ms = pct(0.99);
    result.maxMs = all.empty() ? 0 : double(all.back());
    return result;
}

QJsonObject toJson(const QString &backend, const QString &endpoint, const LoadResult &r)
{
    const auto round2 = [](double v) {
        return std::round(v * 100.0) / 100.0;
    };
    return QJsonObject{{QStringLiteral("backend"), backend},
                       {QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("requests"), r.requests},
                       {QStringLiteral("errors"), r.errors},
                       {QStringLiteral("req_per_s"), std::round(double(r.requests) / r.seconds)},
                       {QStringLiteral("p50_ms"), round2(r.p50Ms)},
                       {QStringLiteral("p90_ms"), round2(r.p90Ms)},
                       {QStringLiteral("p99_ms"), round2(r.p99Ms)},
                       {QStringLiteral("max_ms"), round2(r.maxMs)}};
}

} // namespace

int runServerLoad(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"),
                                        QStringLiteral("Seconds per endpoint (default 10)."),
                                        QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption connectionsOpt(QStringLiteral("connections"),
                                            QStringLiteral("Concurrent connections (default 50)."),
                                            QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Demo citizens (default 20000)."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption backendOpt(QStringLiteral("backend"),
                                        QStringLiteral("sqlite, postgresql or both (default)."),
                                        QStringLiteral("B"), QStringLiteral("both"));
    parser.addOptions({secondsOpt, connectionsOpt, citizensOpt, backendOpt});
    if (!parser.parse(QStringList{QStringLiteral("server-load")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return 2;
    }
    const double seconds = std::clamp(parser.value(secondsOpt).toDouble(), 1.0, 600.0);
    const int connections = std::clamp(parser.value(connectionsOpt).toInt(), 1, 500);
    const int citizens = std::clamp(parser.value(citizensOpt).toInt(), 1000, 2'000'000);
    const QString pgUrl = qEnvironmentVariable("GOVDESK_BENCH_PG_URL");
    QStringList backends;
    const QString which = parser.value(backendOpt);
    if (which == QLatin1String("sqlite") || which == QLatin1String("both"))
        backends.append(QStringLiteral("sqlite"));
    if (which == QLatin1String("postgresql") || which == QLatin1String("both")) {
        if (pgUrl.isEmpty() && which == QLatin1String("postgresql")) {
            std::cerr
                << "server-load: --backend postgresql needs GOVDESK_BENCH_PG_URL (./govdesk.sh bench sets it)"
                << std::endl;
            return 2;
        }
        if (!pgUrl.isEmpty())
            backends.append(QStringLiteral("postgresql"));
    }

    QJsonArray results;
    for (const QString &backend : backends) {
        test::ServerProcess server(backend, pgUrl);
        test::ServerProcess::Options options;
        options.citizens = citizens;
        options.seed = 20261124;
        options.threads = connections + 8;
        if (!server.start(options)) {
            std::cerr << "server-load: " << server.error().toStdString() << std::endl;
            return 1;
        }
        const std::string supervisor = loginToken(server.port(), "supervisor_city");
        const std::string grid = loginToken(server.port(), "grid_huli");
        if (supervisor.empty() || grid.empty()) {
            std::cerr << "server-load: demo sign-in failed" << std::endl;
            return 1;
        }
        const int pages = std::max(1, citizens / 50 - 1);
        results.append(
            toJson(backend, QStringLiteral("GET /api/v1/citizens?limit=50&offset=random"),
                   drive(server.port(), supervisor, connections, seconds, [pages](QRandomGenerator &rng) {
                       return "/api/v1/citizens?limit=50&offset=" + std::to_string(rng.bounded(pages) * 50);
                   })));
        // The change feed of a grid manager, resumed from random checkpoints.
        const int maxSeq = citizens * 8;
        results.append(
            toJson(backend, QStringLiteral("GET /api/v1/sync/changes?since=random&limit=100"),
                   drive(server.port(), grid, connections, seconds, [maxSeq](QRandomGenerator &rng) {
                       return "/api/v1/sync/changes?limit=100&since=" + std::to_string(rng.bounded(maxSeq));
                   })));
        server.stop();
    }
    const QJsonObject out{
        {QStringLiteral("scenario"), QStringLiteral("server-load")},
        {QStringLiteral("seconds_per_endpoint"), seconds},
        {QStringLiteral("connections"), connections},
        {QStringLiteral("citizens"), citizens},
        {QStringLiteral("note"), QStringLiteral("load generator and server share the machine's cores")},
        {QStringLiteral("goal"), QJsonObject{{QStringLiteral("backend"), QStringLiteral("postgresql")},
                                             {QStringLiteral("req_per_s"), 2000},
                                             {QStringLiteral("p99_ms"), 20}}},
        {QStringLiteral("results"), results}};
    std::cout << QJsonDocument(out).toJson(QJsonDocument::Compact).toStdString() << std::endl;
    return 0;
}

} // namespace gd::bench
