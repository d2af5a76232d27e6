// govdesk-bench startup: see uibench.h.

#include "uibench.h"

#include "scenario.h"
#include "syncbenchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <iostream>

namespace gd::bench {
namespace {

constexpr double kGoalMs = 1500;

// Runs govdesk once in a private D-Bus session with an unlocked keyring (the cache key lives there; HOME
// is the bench's own so the keyring persists between runs) and returns its --startup-probe figures.
QJsonObject runClient(const QString &home, const QStringList &arguments, int timeoutMs, QString *error)
{
    const QString govdesk = QCoreApplication::applicationDirPath() + QStringLiteral("/govdesk");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    process.setProcessEnvironment(env);
    const QString script = QStringLiteral("printf %s bench | gnome-keyring-daemon --unlock "
                                          "--components=secrets >/dev/null 2>&1; exec \"$0\" \"$@\"");
    process.start(QStringLiteral("dbus-run-session"), QStringList{QStringLiteral("--"), QStringLiteral("sh"),
                                                                  QStringLiteral("-c"), script, govdesk} +
                                                          arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("govdesk did not finish in time");
        return {};
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject probe = QJsonDocument::fromJson(line).object();
        if (probe.contains(QLatin1String("startup_probe")))
            return probe;
    }
    *error = QStringLiteral("no startup probe in the output (exit %1): %2")
                 .arg(process.exitCode())
                 .arg(QString::fromUtf8(process.readAllStandardError().right(2000)));
    return {};
}

} // namespace

int runStartup(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Demo citizens (default 50000)."),
                                         QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Timed starts (default 5)."),
                                     QStringLiteral("R"), QStringLiteral("5"));
    parser.addOptions({citizensOpt, runsOpt});
    if (!parser.parse(QStringList{QStringLiteral("startup")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return 2;
    }
    const int citizens = parser.value(citizensOpt).toInt();
    const int runs = std::clamp(parser.value(runsOpt).toInt(), 1, 50);
    if (citizens < 100 || citizens > 2'000'000) {
        std::cerr << "--citizens must be between 100 and 2000000" << std::endl;
        return 2;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) {
        std::cerr << "startup: needs dbus-run-session and gnome-keyring-daemon (scripts/install-deps.sh)"
                  << std::endl;
        return 1;
    }

    QString problem;
    auto server = makeServer(QStringLiteral("sqlite"), &problem);
    if (!server) {
        std::cerr << "startup: " << problem.toStdString() << std::endl;
        return 2;
    }
    std::cerr << "startup: starting govdesk-server with " << citizens << " demo citizens" << std::endl;
    test::ServerProcess::Options options;
    options.citizens = citizens;
    options.seed = 20261124;
    if (!server->start(options)) {
        std::cerr << "startup: " << server->error().toStdString() << std::endl;
        return 1;
    }
    QTemporaryDir dir;
    if (!dir.isValid() || !QDir().mkpath(dir.filePath(QStringLiteral("home/runtime")))) {
        std::cerr << "startup: cannot create a temporary directory" << std::endl;
        return 1;
    }
    QFile::setPermissions(dir.filePath(QStringLiteral("home/runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    {
        QFile f(passwordFile);
        if (!f.open(QIODevice::WriteOnly) || f.write("GovDesk!2026\n") < 0) {
            std::cerr << "startup: cannot write the password file" << std::endl;
            return 1;
        }
    }
    const QString home = dir.filePath(QStringLiteral("home"));
    const QStringList arguments{QStringLiteral("--server"),        server->baseUrl(),
                                QStringLiteral("--user"),          QStringLiteral("admin"),
                                QStringLiteral("--password-file"), passwordFile,
                                QStringLiteral("--cache-dir"),     dir.filePath(QStringLiteral("cache")),
                                QStringLiteral("--startup-probe")};

    // The first start creates the key and fills the copy (the probe then waits for the first sync).
    std::cerr << "startup: first start (initial sync)" << std::endl;
    QString error;
    const QJsonObject first = runClient(home, arguments + QStringList{QStringLiteral("--probe-after-sync")},
                                        30 * 60 * 1000, &error);
    if (first.isEmpty()) {
        std::cerr << "startup: " << error.toStdString() << std::endl;
        return 1;
    }
    QList<double> ready, shown, data;
    QJsonArray all;
    for (int i = 0; i < runs; ++i) {
        const QJsonObject probe = runClient(home, arguments, 60 * 1000, &error);
        if (probe.isEmpty()) {
            std::cerr << "startup: " << error.toStdString() << std::endl;
            return 1;
        }
        if (!probe.value(QLatin1String("from_cache")).toBool()) {
            std::cerr << "startup: the window was not filled from the local copy" << std::endl;
            return 1;
        }
        ready.append(probe.value(QLatin1String("ready_ms")).toDouble());
        shown.append(probe.value(QLatin1String("window_shown_ms")).toDouble());
        data.append(probe.value(QLatin1String("local_data_ms")).toDouble());
        all.append(probe);
        std::cerr << "startup: run " << i + 1 << ": ready after " << ready.last() << " ms" << std::endl;
    }
    const double readyMedian = median(ready);
    printResult(
        QStringLiteral("startup"),
        QJsonObject{{QStringLiteral("citizens"), citizens},
                    {QStringLiteral("runs"), runs},
                    {QStringLiteral("first_start_with_sync_ms"), first.value(QLatin1String("ready_ms"))},
                    {QStringLiteral("ready_median_ms"), round2(readyMedian)},
                    {QStringLiteral("ready_max_ms"), round2(*std::max_element(ready.begin(), ready.end()))},
                    {QStringLiteral("window_shown_median_ms"), round2(median(shown))},
                    {QStringLiteral("local_data_median_ms"), round2(median(data))},
                    {QStringLiteral("probes"), all},
                    {QStringLiteral("goal_ms"), kGoalMs},
                    {QStringLiteral("meets_goal"), readyMedian <= kGoalMs}});
    return 0;
}

} // namespace gd::bench
