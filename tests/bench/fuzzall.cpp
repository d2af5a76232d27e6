#include "fuzzall.h"

#include "scenario.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <iostream>

namespace gd::bench {
namespace {

const QStringList kTargets{QStringLiteral("contract"), QStringLiteral("changefeed"),
                           QStringLiteral("audience"), QStringLiteral("request"), QStringLiteral("search")};

QString fuzzSourceDir()
{
    return QStringLiteral(GOVDESK_FUZZ_SOURCE);
}

// The last number after `label` in libFuzzer's output ("cov: 123"), or -1.
qint64 lastNumber(const QString &output, const QString &label, bool first = false)
{
    const QRegularExpression re(QRegularExpression::escape(label) + QStringLiteral("\\s*(\\d+)"));
    qint64 value = -1;
    auto it = re.globalMatch(output);
    while (it.hasNext()) {
        value = it.next().captured(1).toLongLong();
        if (first)
            break;
    }
    return value;
}

// The "ft:" figure of libFuzzer's INITED line (coverage features of the seeds), or -1.
qint64 initialFeatures(const QString &output)
{
    const QRegularExpression re(QStringLiteral("INITED[^\\n]*ft: (\\d+)"));
    const auto match = re.match(output);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

int copySeeds(const QString &from, const QString &to)
{
    int n = 0;
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files))
        n += QFile::copy(source.filePath(name), to + QLatin1Char('/') + name) ? 1 : 0;
    return n;
}

} // namespace

int runFuzzAll(const QStringList &args)
{
    int seconds = 10;
    QString fuzzDir = qEnvironmentVariable("GOVDESK_FUZZ_DIR");
    if (fuzzDir.isEmpty())
        fuzzDir = QDir(fuzzSourceDir()).absoluteFilePath(QStringLiteral("../../build-asan/tests/fuzz"));
    QStringList targets = kTargets;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString value = args.value(i + 1);
        if (a == QLatin1String("--seconds") && i + 1 < args.size()) {
            bool ok = false;
            seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 86400) {
                std::cerr << "--seconds must be from 1 to 86400\n";
                return 2;
            }
            ++i;
        } else if (a == QLatin1String("--fuzz-dir") && i + 1 < args.size()) {
            fuzzDir = value;
            ++i;
        } else if (a == QLatin1String("--targets") && i + 1 < args.size()) {
            targets = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            ++i;
        } else {
            std::cerr << "usage: govdesk-bench fuzz-all [--seconds N] [--fuzz-dir DIR] [--targets a,b,...]\n";
            return a == QLatin1String("--help") ? 0 : 2;
        }
    }
    fuzzDir = QDir(fuzzDir).absolutePath();

    qint64 totalExecutions = 0;
    qint64 totalNewFeatures = 0;
    int totalCrashes = 0;
    int failedTargets = 0;
    for (const QString &target : std::as_const(targets)) {
        const QString binary = fuzzDir + QStringLiteral("/fuzz_") + target;
        QJsonObject figures{{QStringLiteral("target"), target}, {QStringLiteral("seconds"), seconds}};
        if (!QFile::exists(binary)) {
            figures.insert(QStringLiteral("error"), QString(QStringLiteral("missing ") + binary));
            figures.insert(QStringLiteral("crashes"), 0);
            printResult(QStringLiteral("fuzz-all"), figures);
            ++failedTargets;
            continue;
        }
        QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/govdesk-fuzz-") + target +
                              QStringLiteral("-XXXXXX"));
        scratch.setAutoRemove(false); // kept when something crashed (removed below otherwise)
        const QString corpus = scratch.filePath(QStringLiteral("corpus"));
        const QString artifacts = scratch.filePath(QStringLiteral("artifacts"));
        QDir().mkpath(corpus);
        QDir().mkpath(artifacts);
        const int seeds = copySeeds(fuzzSourceDir() + QStringLiteral("/corpus/") + target, corpus);

        QStringList fuzzArgs{QStringLiteral("-max_total_time=%1").arg(seconds),
                             QStringLiteral("-timeout=10"),
                             QStringLiteral("-rss_limit_mb=2048"),
                             QStringLiteral("-max_len=8192"),
                             QStringLiteral("-print_final_stats=1"),
                             QStringLiteral("-artifact_prefix=") + artifacts + QLatin1Char('/')};
        const QString dict = fuzzSourceDir() + QStringLiteral("/dict/") + target + QStringLiteral(".dict");
        if (QFile::exists(dict))
            fuzzArgs.append(QStringLiteral("-dict=") + dict);
        fuzzArgs.append(corpus);

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        std::cerr << "fuzz-all: " << target.toStdString() << " for " << seconds << " s\n";
        process.start(binary, fuzzArgs);
        const bool finished = process.waitForStarted() && process.waitForFinished((seconds * 3 + 300) * 1000);
        if (!finished)
            process.kill();
        process.waitForFinished();
        const QString output =
            QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
        const int exitCode =
            finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        const int artifactFiles = int(QDir(artifacts).entryList(QDir::Files).size());
        const int crashes = std::max(artifactFiles, exitCode == 0 ? 0 : 1);

        const qint64 executions = lastNumber(output, QStringLiteral("stat::number_of_executed_units:"));
        const qint64 featuresStart = initialFeatures(output);
        const qint64 featuresEnd = lastNumber(output, QStringLiteral("ft:"));
        const qint64 newFeatures = featuresStart >= 0 && featuresEnd >= 0 ? featuresEnd - featuresStart : -1;
        figures.insert(QStringLiteral("executions"), executions);
        figures.insert(QStringLiteral("exec_per_second"),
                       lastNumber(output, QStringLiteral("stat::average_exec_per_sec:")));
        figures.insert(QStringLiteral("corpus_seeds"), seeds);
        figures.insert(QStringLiteral("corpus_final"), qint64(QDir(corpus).entryList(QDir::Files).size()));
        figures.insert(QStringLiteral("coverage_edges"), lastNumber(output, QStringLiteral("cov:")));
        figures.insert(QStringLiteral("features_start"), featuresStart);
        figures.insert(QStringLiteral("features_end"), featuresEnd);
        figures.insert(QStringLiteral("new_features"), newFeatures);
        figures.insert(QStringLiteral("new_units"),
                       lastNumber(output, QStringLiteral("stat::new_units_added:")));
        figures.insert(QStringLiteral("peak_rss_mb"),
                       lastNumber(output, QStringLiteral("stat::peak_rss_mb:")));
        figures.insert(QStringLiteral("exit_code"), exitCode);
        figures.insert(QStringLiteral("crashes"), crashes);
        if (crashes > 0) {
            figures.insert(QStringLiteral("artifacts"), artifacts);
            std::cerr << output.right(6000).toStdString() << "\n";
        } else {
            scratch.remove();
        }
        printResult(QStringLiteral("fuzz-all"), figures);
        totalExecutions += std::max<qint64>(executions, 0);
        totalNewFeatures += std::max<qint64>(newFeatures, 0);
        totalCrashes += crashes;
        failedTargets += crashes > 0 ? 1 : 0;
    }
    printResult(QStringLiteral("fuzz-all"), QJsonObject{{QStringLiteral("target"), QStringLiteral("total")},
                                                        {QStringLiteral("targets"), int(targets.size())},
                                                        {QStringLiteral("seconds_each"), seconds},
                                                        {QStringLiteral("executions"), totalExecutions},
                                                        {QStringLiteral("new_features"), totalNewFeatures},
                                                        {QStringLiteral("crashes"), totalCrashes},
                                                        {QStringLiteral("failed_targets"), failedTargets},
                                                        {QStringLiteral("fuzz_dir"), fuzzDir}});
    return failedTargets == 0 ? 0 : 1;
}

} // namespace gd::bench
