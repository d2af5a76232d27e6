#include "scenario.h"

#include "audiencebench.h"
#include "demodata.h"
#include "fuzzall.h"
#include "reco.h"
#include "search.h"
#include "sentimenteval.h"
#include "serverload.h"
#include "soak.h"
#include "syncbench.h"
#include "uibench.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>

namespace gd::bench {

const QList<Scenario> &scenarios()
{
    static const QList<Scenario> list{
        {QStringLiteral("demo-data"),
         QStringLiteral(
             "generate demo data into a fresh SQLite file (or --database postgresql://…): citizens/s, rows"),
         &runDemoData},
        {QStringLiteral("server-load"),
         QStringLiteral(
             "list and change-feed endpoints of govdesk-server over loopback: req/s, p50/p99 latency"),
         &runServerLoad},
        {QStringLiteral("search"),
         QStringLiteral("local search index over N citizens in SQLCipher: build records/s, p50/p95 per query "
                        "class against a naive LIKE scan"),
         &runSearch},
        {QStringLiteral("sync-initial"),
         QStringLiteral("initial sync of a user's whole scope (N demo citizens) into a new SQLCipher file: "
                        "seconds, records/s, first page, bytes, peak RSS"),
         &runSyncInitial},
        {QStringLiteral("store-overhead"),
         QStringLiteral("the same sync and list/search workloads on SQLCipher and on plain SQLite: medians, "
                        "encrypted/plain ratios"),
         &runStoreOverhead},
        {QStringLiteral("sync-incremental"),
         QStringLiteral("N server-side changes after an initial sync: one syncNow() cycle, and the live "
                        "change stream"),
         &runSyncIncremental},
        {QStringLiteral("sync-torture"),
         QStringLiteral("server killed (SIGKILL) mid-pull/push for N rounds with two devices: exactly once, "
                        "local == server"),
         &runSyncTorture},
        {QStringLiteral("grid-day"),
         QStringLiteral("a grid manager's offline day (40 visits, 5 incidents with photos, 10 task updates): "
                        "local write latency, push time and push/direct-HTTP ratio, exactly once, photo "
                        "hashes, grid overview reads p50/p95"),
         &runGridDay},
        {QStringLiteral("ui-citizens"),
         QStringLiteral("the Citizens page over N synced citizens: open, scroll, sort, filter, type-ahead "
                        "search; longest UI-thread stall, search p95"),
         &runUiCitizens},
        {QStringLiteral("queue"),
         QStringLiteral("the pending queue over N local applications: open, scroll, filter, sort every "
                        "column, search; longest UI-thread stall, filter/sort p50/max"),
         &runUiQueue},
        {QStringLiteral("dashboard"),
         QStringLiteral("the Dashboards page with a year of generated reports for a 2M-citizen city (and 30 "
                        "days): decode, apply, render p50/max, bytes to painted p50/p95 against 200 ms"),
         &runUiDashboard},
        {QStringLiteral("startup"),
         QStringLiteral("cold start of govdesk to a usable window on a local copy of N citizens (median of R "
                        "runs)"),
         &runStartup},
        {QStringLiteral("sentiment-eval"),
         QStringLiteral(
             "public-opinion analyser on data/opinion/labelled.tsv (--split test|dev): sentiment and "
             "topic accuracy/macro-F1 against the majority baseline, us/message"),
         &runSentimentEval},
        {QStringLiteral("audience"),
         QStringLiteral(
             "audience counts over N citizens (default 2M) in CRoaring bitmaps: index build, count p50/p95 "
             "for 10 expressions (goal 50 ms), with the 20-sample, and the same counts in SQL on SQLite"),
         &runAudience},
        {QStringLiteral("reco"),
         QStringLiteral(
             "recommendation engine on N demo citizens: build, top-10 for one citizen p50/p95/max us "
             "(goal p95 1 ms), batch for all citizens (citizens/s), per-application update"),
         &runReco},
        {QStringLiteral("reco-eval"),
         QStringLiteral(
             "recommendations, leave-last-out on the demo data: hit-rate@10 and NDCG@10 of the engine "
             "against popularity-only, and each signal alone"),
         &runRecoEval},
        {QStringLiteral("soak"),
         QStringLiteral(
             "mixed staff traffic (reads, writes, sync) against govdesk-server on PostgreSQL (--sqlite) "
             "for --minutes N: req/s, p50/p95/p99 per class, errors, server RSS growth, every write "
             "accounted for"),
         &runSoak},
        {QStringLiteral("fuzz-all"),
         QStringLiteral(
             "every libFuzzer target (tests/fuzz, clang build: --fuzz-dir) for --seconds N each over a "
             "copy of its seed corpus: executions, exec/s, corpus, new coverage, crashes (must be 0)"),
         &runFuzzAll},
    };
    return list;
}

const Scenario *findScenario(const QString &name)
{
    for (const Scenario &s : scenarios()) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

void printResult(const QString &scenario, const QJsonObject &figures)
{
    // QJsonObject sorts its keys; the scenario name goes first so that a line says what it measured.
    QByteArray rest = QJsonDocument(figures).toJson(QJsonDocument::Compact);
    rest.remove(0, 1); // "{"
    const QByteArray head = QJsonDocument(QJsonObject{{QStringLiteral("scenario"), scenario}})
                                .toJson(QJsonDocument::Compact)
                                .chopped(1);
    std::cout << head.toStdString() << (rest == "}" ? "" : ",") << rest.toStdString() << std::endl;
}

namespace {

// A "Vm…:" figure of /proc/<process>/status in MiB, or -1.
double statusMiB(QByteArrayView field, const QString &process = QStringLiteral("self"))
{
    QFile status(QStringLiteral("/proc/%1/status").arg(process));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

double peakResidentMiB()
{
    return statusMiB("VmHWM:");
}

double residentMiB()
{
    return statusMiB("VmRSS:");
}

double residentMiB(qint64 pid)
{
    return statusMiB("VmRSS:", QString::number(pid));
}

} // namespace gd::bench
