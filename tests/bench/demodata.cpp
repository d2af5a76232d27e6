#include "demodata.h"

#include "scenario.h"

#include "demo/demogenerator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <iostream>

namespace gd::bench {

int runDemoData(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Citizens to generate (default 100000)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QStringLiteral("Generator seed (default 20261124)."),
                                     QStringLiteral("S"), QStringLiteral("20261124"));
    const QCommandLineOption todayOpt(QStringLiteral("today"),
                                      QStringLiteral("The demo's today, yyyy-MM-dd (default: today)."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption databaseOpt(
        QStringLiteral("database"),
        QStringLiteral("postgresql://user:pass@host:port/db instead of a temporary SQLite file."),
        QStringLiteral("URL"));
    const QCommandLineOption resetOpt(QStringLiteral("reset"),
                                      QStringLiteral("PostgreSQL: drop every table of the database first."));
    const QCommandLineOption keepOpt(
        QStringLiteral("keep"),
        QStringLiteral("Write the SQLite database into DIR (created; must not hold one) and keep it."),
        QStringLiteral("DIR"));
    parser.addOptions({citizensOpt, seedOpt, todayOpt, databaseOpt, resetOpt, keepOpt});
    if (!parser.parse(QStringList{QStringLiteral("demo-data")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return 2;
    }
    bool ok = false;
    gd::server::DemoOptions options;
    options.citizens = parser.value(citizensOpt).toInt(&ok);
    if (!ok || options.citizens < 1 || options.citizens > gd::server::DemoGenerator::kMaxCitizens) {
        std::cerr << "--citizens must be a number between 1 and " << gd::server::DemoGenerator::kMaxCitizens
                  << std::endl;
        return 2;
    }
    options.seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok) {
        std::cerr << "--seed must be a number" << std::endl;
        return 2;
    }
    if (parser.isSet(todayOpt)) {
        options.today = QDate::fromString(parser.value(todayOpt), Qt::ISODate);
        if (!options.today.isValid()) {
            std::cerr << "--today must look like 2026-11-24" << std::endl;
            return 2;
        }
    }

    QTemporaryDir dir;
    gd::server::DatabaseConfig config;
    if (parser.isSet(databaseOpt)) {
        auto c = gd::server::DatabaseConfig::fromUrl(parser.value(databaseOpt));
        if (!c) {
            std::cerr << c.error().message.toStdString() << std::endl;
            return 2;
        }
        config = *c;
    } else if (parser.isSet(keepOpt)) {
        const QString keep = parser.value(keepOpt);
        config = gd::server::DatabaseConfig::sqliteInDirectory(keep);
        if (!QDir().mkpath(keep) || QFileInfo::exists(config.sqlitePath)) {
            std::cerr << "--keep needs a directory without a database in it" << std::endl;
            return 2;
        }
    } else {
        if (!dir.isValid()) {
            std::cerr << "cannot create a temporary directory" << std::endl;
            return 1;
        }
        config = gd::server::DatabaseConfig::sqliteInDirectory(dir.path());
    }

    gd::server::Database db(config);
    if (parser.isSet(resetOpt) && config.dialect == gd::server::Dialect::Postgres) {
        if (auto r = db.dropAll(); !r) {
            std::cerr << "cannot reset the database: " << r.error().message.toStdString() << std::endl;
            return 1;
        }
    }
    if (auto r = db.migrate(); !r) {
        std::cerr << "cannot migrate " << config.describe().toStdString() << ": "
                  << r.error().message.toStdString() << std::endl;
        return 1;
    }

    int lastShown = -10;
    gd::server::DemoGenerator generator(db, options);
    auto report = generator.run([&](int percent) {
        if (percent / 10 != lastShown / 10) {
            lastShown = percent;
            std::cerr << "demo-data: " << percent << "%" << std::endl;
        }
    });
    if (!report) {
        std::cerr << "demo data generation failed: " << report.error().message.toStdString() << std::endl;
        return 1;
    }

    const auto round2 = [](double v) {
        return std::round(v * 100.0) / 100.0;
    };
    QJsonObject rows{
        {QStringLiteral("citizens"), report->citizens},
        {QStringLiteral("households"), report->households},
        {QStringLiteral("enterprises"), report->enterprises},
        {QStringLiteral("applications"), report->applications},
        {QStringLiteral("bills"), report->bills},
        {QStringLiteral("benefits"), report->benefits},
        {QStringLiteral("messages"), report->messages},
        {QStringLiteral("usage_events"), report->usageEvents},
        {QStringLiteral("services"), report->services},
        {QStringLiteral("staff"), report->staff},
        {QStringLiteral("total"), report->totalRows},
        {QStringLiteral("changes"), report->changes},
    };
    QJsonObject out{
        {QStringLiteral("backend"), config.dialect == gd::server::Dialect::Sqlite
                                        ? QStringLiteral("sqlite")
                                        : QStringLiteral("postgresql")},
        {QStringLiteral("citizens"), options.citizens},
        {QStringLiteral("seed"), QString::number(options.seed)},
        {QStringLiteral("seconds"), round2(report->seconds)},
        {QStringLiteral("generate_seconds"), round2(report->generateSeconds)},
        {QStringLiteral("write_seconds"), round2(report->writeSeconds)},
        {QStringLiteral("index_seconds"), round2(report->indexSeconds)},
        {QStringLiteral("changelog_seconds"), round2(report->changeLogSeconds)},
        {QStringLiteral("citizens_per_s"), std::round(double(report->citizens) / report->seconds)},
        {QStringLiteral("rows_per_s"), std::round(double(report->totalRows) / report->seconds)},
        {QStringLiteral("peak_rss_mib"), round2(peakResidentMiB())},
        {QStringLiteral("rows"), rows},
    };
    if (config.dialect == gd::server::Dialect::Sqlite)
        out.insert(QStringLiteral("database_mib"),
                   round2(double(QFileInfo(config.sqlitePath).size()) / (1024.0 * 1024.0)));
    printResult(QStringLiteral("demo-data"), out);
    return 0;
}

} // namespace gd::bench
