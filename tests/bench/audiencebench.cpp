#include "audiencebench.h"

#include "audiencetestsupport.h"
#include "scenario.h"

#include "audience/audienceindex.h"
#include "audience/audienceservice.h"
#include "demo/citizenprofiler.h"
#include "demo/demorandom.h"
#include "demo/demowriter.h"
#include "demo/indexsuspender.h"
#include "demo/phoneallocator.h"
#include "demo/populationgenerator.h"
#include "demo/regioncatalogue.h"
#include "demo/servicecatalogue.h"
#include "demo/staffroster.h"
#include "demo/tagcatalogue.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <iostream>

namespace gd::bench {
namespace {

using server::AudienceCitizen;
using server::AudienceIndex;
using server::AudienceScope;

constexpr int kSample = 20;
constexpr qint64 kRowsPerTransaction = 50000;

double ms(qint64 ns)
{
    return std::round(double(ns) / 1e4) / 100.0; // two decimals
}

double mib(qint64 bytes)
{
    return std::round(double(bytes) / (1024.0 * 1024.0) * 10.0) / 10.0;
}

// Nearest-rank percentile, in ms.
double percentileMs(std::vector<qint64> ns, double p)
{
    if (ns.empty())
        return 0;
    std::sort(ns.begin(), ns.end());
    const size_t rank = size_t(std::ceil(p * double(ns.size())));
    return ms(ns[std::clamp<size_t>(rank, 1, ns.size()) - 1]);
}

QJsonObject latency(const std::vector<qint64> &ns)
{
    return {{QStringLiteral("p50_ms"), percentileMs(ns, 0.50)},
            {QStringLiteral("p95_ms"), percentileMs(ns, 0.95)},
            {QStringLiteral("max_ms"), percentileMs(ns, 1.0)}};
}

AudienceCitizen audienceCitizen(const server::DemoCitizen &c, const server::DemoGrid &grid)
{
    AudienceCitizen out;
    out.id = c.id;
    out.gender = c.male ? QStringLiteral("male") : QStringLiteral("female");
    out.birthDate = c.birthDate;
    out.realnameLevel = c.realnameLevel;
    out.districtCode = grid.districtCode;
    out.streetId = grid.streetId;
    out.communityId = grid.communityId;
    out.gridId = grid.id;
    for (const server::DemoTagAssignment &t : c.tags)
        out.tags.append({server::TagCatalogue::citizenTagId(server::CitizenTag(t.tag)), t.since});
    return out;
}

struct NamedExpression {
    QString name;
    AudienceExpression expression;
};

// The benchmark's expressions, over regions of Huli (350206) from the catalogue.
QList<NamedExpression> expressions(const server::RegionCatalogue &regions)
{
    using E = AudienceExpression;
    const QString huli = QStringLiteral("350206");
    QString street;
    QString community;
    QString grid;
    for (const server::DemoRegion &r : regions.regions()) {
        if (r.districtCode != huli)
            continue;
        if (r.level == QLatin1String("street") && street.isEmpty())
            street = r.id;
        else if (r.level == QLatin1String("community") && community.isEmpty() && r.parentId != street)
            community = r.id;
        else if (r.level == QLatin1String("grid") && grid.isEmpty())
            grid = r.id;
    }
    const auto tag = [](const char *id) {
        return E::tag(QLatin1String(id));
    };
    return {
        {QStringLiteral("tag"), tag("t_medical_insured")},
        {QStringLiteral("and3"), E::allOf({tag("t_car_owner"), tag("t_housing_fund"), tag("t_mobile_user")})},
        {QStringLiteral("or3"),
         E::anyOf({tag("t_unemployed"), tag("t_flexible_employment"), tag("t_low_income")})},
        {QStringLiteral("not"), E::negate(tag("t_mobile_user"))},
        {QStringLiteral("age_district"), E::allOf({E::age(20, 35), E::region(huli)})},
        {QStringLiteral("life_event_8_12_weeks"), E::lifeEvent(QStringLiteral("t_pregnant"), 56, 84)},
        {QStringLiteral("nested"),
         E::allOf({E::gender(QStringLiteral("female")), E::age(25, 40),
                   E::anyOf({tag("t_newborn_family"), E::lifeEvent(QStringLiteral("t_pregnant"), 0, 280)}),
                   E::negate(tag("t_car_owner"))})},
        {QStringLiteral("level_street_tag"),
         E::allOf({E::realnameLevel(2, 3), E::region(street), tag("t_interest_jobs")})},
        {QStringLiteral("elderly_outside_district"),
         E::allOf({E::age(60, 150), E::anyOf({tag("t_living_alone_elderly"), tag("t_elderly_home")}),
                   E::negate(E::region(huli))})},
        {QStringLiteral("grid_or_community"), E::anyOf({E::region(grid), E::region(community)})},
    };
}

struct Options {
    int citizens = 2'000'000;
    int runs = 20;
    int sqlRuns = 2;
    int sqlCitizens = -1; // all
    quint64 seed = 20261124;
    QDate today = QDate::currentDate();
};

bool parseOptions(const QStringList &args, Options &o)
{
    QCommandLineParser parser;
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Citizens (default 2000000)."), QStringLiteral("N"),
                                         QStringLiteral("2000000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"),
                                     QStringLiteral("Runs of every expression (default 20)."),
                                     QStringLiteral("R"), QStringLiteral("20"));
    const QCommandLineOption sqlRunsOpt(QStringLiteral("sql-runs"),
                                        QStringLiteral("Runs of every SQL query (default 2; 0: no SQL)."),
                                        QStringLiteral("S"), QStringLiteral("2"));
    const QCommandLineOption sqlCitizensOpt(
        QStringLiteral("sql-citizens"),
        QStringLiteral("Citizens in the SQLite database (default all; whole grids, so a few more)."),
        QStringLiteral("M"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QStringLiteral("Generator seed (default 20261124)."),
                                     QStringLiteral("S"), QStringLiteral("20261124"));
    const QCommandLineOption todayOpt(QStringLiteral("today"),
                                      QStringLiteral("The population's today, yyyy-MM-dd (default: today)."),
                                      QStringLiteral("DATE"));
    parser.addOptions({citizensOpt, runsOpt, sqlRunsOpt, sqlCitizensOpt, seedOpt, todayOpt});
    if (!parser.parse(QStringList{QStringLiteral("audience")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return false;
    }
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = true, ok5 = false;
    o.citizens = parser.value(citizensOpt).toInt(&ok1);
    o.runs = parser.value(runsOpt).toInt(&ok2);
    o.sqlRuns = parser.value(sqlRunsOpt).toInt(&ok3);
    if (parser.isSet(sqlCitizensOpt))
        o.sqlCitizens = parser.value(sqlCitizensOpt).toInt(&ok4);
    o.seed = parser.value(seedOpt).toULongLong(&ok5);
    if (parser.isSet(todayOpt))
        o.today = QDate::fromString(parser.value(todayOpt), Qt::ISODate);
    if (!ok1 || !ok2 || !ok3 || !ok4 || !ok5 || o.citizens < 100 || o.citizens > 5'000'000 || o.runs < 1 ||
        o.sqlRuns < 0 || !o.today.isValid()) {
        std::cerr
            << "audience: --citizens 100..5000000, --runs >= 1, --sql-runs >= 0, --sql-citizens and --seed "
               "numbers, --today yyyy-MM-dd"
            << std::endl;
        return false;
    }
    if (o.sqlCitizens < 0 || o.sqlCitizens > o.citizens)
        o.sqlCitizens = o.citizens;
    return true;
}

// The population into the index's builder and the SQLite database.
struct Population {
    qint64 citizens = 0;
    qint64 sqlCitizens = 0;
    qint64 tagAssignments = 0;
    qint64 generateNs = 0;
    qint64 indexAddNs = 0;
    qint64 sqlWriteNs = 0;
    qint64 sqlIndexNs = 0;
};

Result<Population> generate(const Options &o, const server::RegionCatalogue &regions,
                            const server::ServiceCatalogue &services, server::NameGenerator &names,
                            server::DemoRandom &rng, const server::DemoClock &clock, server::Database &db,
                            AudienceIndex::Builder &builder)
{
    Population out;
    server::IdNumberAllocator ids(clock.today().addYears(-(server::PopulationGenerator::kMaxAge + 1)),
                                  clock.today());
    server::PhoneAllocator phones(rng);
    const server::StaffRoster roster(regions, names, rng, clock);
    server::PopulationGenerator population(rng, clock, names, ids, phones);
    server::CitizenProfiler profiler(rng, clock, roster);

    auto conn = db.connection();
    if (!conn)
        return conn.error();
    // A throwaway file: no need to survive a power cut while it is written.
    QSqlQuery(*conn).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    // As the demo generator: secondary indexes built once at the end, the writer's transaction rolled
    // back before they are on failure.
    server::IndexSuspender indexes(*conn, db.dialect());
    server::DemoWriter writer(db);
    if (auto r = writer.open(); !r)
        return r.error();
    if (auto r = indexes.suspend(
            {QStringLiteral("households"), QStringLiteral("citizens"), QStringLiteral("citizen_tags")});
        !r)
        return r.error();
    if (auto r = writer.begin(); !r)
        return r.error();
    if (auto r = writer.writeReference(regions, services, clock.nowMs()); !r)
        return r.error();
    server::DemoBatch batch;
    QElapsedTimer t;
    for (const server::DemoGrid &grid : regions.grids()) {
        t.start();
        batch.clear();
        batch.grid = &grid;
        population.generate(grid, batch);
        profiler.profile(batch);
        out.generateNs += t.nsecsElapsed();
        t.start();
        for (const server::DemoCitizen &c : batch.citizens) {
            builder.add(audienceCitizen(c, grid));
            out.tagAssignments += c.tags.size();
        }
        out.indexAddNs += t.nsecsElapsed();
        out.citizens += qint64(batch.citizens.size());
        if (out.sqlCitizens >= o.sqlCitizens)
            continue;
        t.start();
        batch.households.clear(); // not queried; their addresses only cost writing time
        if (auto r = writer.writeBatch(batch); !r)
            return r.error();
        if (auto r = writer.commitAfter(kRowsPerTransaction); !r)
            return r.error();
        out.sqlCitizens += qint64(batch.citizens.size());
        out.sqlWriteNs += t.nsecsElapsed();
    }
    t.start();
    if (auto r = writer.commit(); !r)
        return r.error();
    out.sqlWriteNs += t.nsecsElapsed();
    t.start();
    if (auto r = indexes.restore(); !r)
        return r.error();
    QSqlQuery analyze(*conn);
    analyze.exec(QStringLiteral("ANALYZE"));
    out.sqlIndexNs = t.nsecsElapsed();
    return out;
}

Result<qint64> sqlCount(server::Database &db, const AudienceExpression &e, QDate today)
{
    QVariantList binds;
    const QString where = test::audienceSqlPredicate(e, today, binds);
    auto q = db.query(QStringLiteral("SELECT COUNT(*) FROM citizens c WHERE ") + where, binds);
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toLongLong() : -1;
}

} // namespace

int runAudience(const QStringList &args)
{
    Options o;
    if (!parseOptions(args, o))
        return 2;
    QElapsedTimer total;
    total.start();
    QTemporaryDir dir;
    server::Database db(server::DatabaseConfig::sqliteInDirectory(dir.path()));
    if (auto schema = db.migrate(); !schema) {
        std::cerr << "audience: " << schema.error().message.toStdString() << std::endl;
        return 1;
    }
    server::DemoRandom rng(o.seed);
    const server::DemoClock clock(o.today);
    const server::RegionCatalogue regions(o.citizens, std::max(50, o.citizens / 20), rng);
    const server::ServiceCatalogue services(rng);
    server::NameGenerator names(rng);
    const double rssBefore = std::round(residentMiB());

    std::cerr << "audience: generating " << o.citizens << " citizens (" << o.sqlCitizens << " into SQLite)"
              << std::endl;
    AudienceIndex index;
    qint64 replaceNs = 0;
    Population p;
    {
        AudienceIndex::Builder builder;
        auto generated = generate(o, regions, services, names, rng, clock, db, builder);
        if (!generated) {
            std::cerr << "audience: " << generated.error().message.toStdString() << std::endl;
            return 1;
        }
        p = *generated;
        QElapsedTimer t;
        t.start();
        index.replace(builder);
        replaceNs = t.nsecsElapsed();
    }
    const server::AudienceIndexStats stats = index.stats();
    const double rssIndex = std::round(residentMiB());
    std::cerr << "audience: index built in " << ms(p.indexAddNs + replaceNs) << " ms; loading it from SQLite"
              << std::endl;

    // The server's start-up path, from the database.
    server::AudienceService service(db);
    QElapsedTimer t;
    t.start();
    auto loaded = service.rebuild();
    const qint64 loadNs = t.nsecsElapsed();
    if (!loaded) {
        std::cerr << "audience: " << loaded.error().message.toStdString() << std::endl;
        return 1;
    }
    const bool sameSize = p.sqlCitizens == p.citizens;

    server::Principal admin;
    admin.role = Role::Admin;
    const QList<NamedExpression> list = expressions(regions);
    std::vector<std::vector<qint64>> countNs(size_t(list.size())), sampleNs(size_t(list.size())),
        serviceNs(size_t(list.size()));
    std::vector<quint64> counts(size_t(list.size()));
    std::vector<qint64> allCount, allSample, allService;
    bool serviceAgrees = true;
    std::cerr << "audience: " << o.runs << " runs of " << list.size() << " expressions" << std::endl;
    for (int run = 0; run < o.runs; ++run) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const AudienceExpression &e = list[i].expression;
            t.start();
            const server::AudienceMatch count = index.evaluate(e, o.today, AudienceScope::everything(), 0);
            countNs[size_t(i)].push_back(t.nsecsElapsed());
            t.start();
            const server::AudienceMatch sampled =
                index.evaluate(e, o.today, AudienceScope::everything(), kSample);
            sampleNs[size_t(i)].push_back(t.nsecsElapsed());
            t.start();
            auto served = service.count(admin, e, kSample);
            serviceNs[size_t(i)].push_back(t.nsecsElapsed());
            counts[size_t(i)] = count.count;
            if (sampled.count != count.count || !served ||
                (sameSize && quint64(served->count) != count.count))
                serviceAgrees = false;
        }
    }

    std::cerr << "audience: " << o.sqlRuns << " SQL runs of every expression on " << p.sqlCitizens
              << " citizens" << std::endl;
    QJsonArray rows;
    std::vector<double> ratios;
    bool sqlAgrees = true;
    std::vector<qint64> allSql;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const size_t k = size_t(i);
        allCount.insert(allCount.end(), countNs[k].begin(), countNs[k].end());
        allSample.insert(allSample.end(), sampleNs[k].begin(), sampleNs[k].end());
        allService.insert(allService.end(), serviceNs[k].begin(), serviceNs[k].end());
        QJsonObject row{{QStringLiteral("name"), list[i].name},
                        {QStringLiteral("count"), qint64(counts[k])},
                        {QStringLiteral("count_ms"), latency(countNs[k])},
                        {QStringLiteral("with_sample_ms"), latency(sampleNs[k])},
                        {QStringLiteral("service_ms"), latency(serviceNs[k])}};
        std::vector<qint64> sqlNs;
        for (int run = 0; run < o.sqlRuns; ++run) {
            t.start();
            auto n = sqlCount(db, list[i].expression, o.today);
            sqlNs.push_back(t.nsecsElapsed());
            if (!n) {
                std::cerr << "audience: " << n.error().message.toStdString() << std::endl;
                return 1;
            }
            if (sameSize && quint64(*n) != counts[k])
                sqlAgrees = false;
            row.insert(QStringLiteral("sql_count"), *n);
        }
        if (!sqlNs.empty()) {
            const double sqlP50 = percentileMs(sqlNs, 0.5);
            const double indexP50 = std::max(percentileMs(countNs[k], 0.5), 0.01);
            ratios.push_back(sqlP50 / indexP50);
            row.insert(QStringLiteral("sql_p50_ms"), sqlP50);
            row.insert(QStringLiteral("sql_over_index"), std::round(sqlP50 / indexP50));
            allSql.insert(allSql.end(), sqlNs.begin(), sqlNs.end());
        }
        rows.append(row);
    }
    std::sort(ratios.begin(), ratios.end());
    const QFileInfo file(db.config().sqlitePath);

    QJsonObject figures{
        {QStringLiteral("citizens"), p.citizens},
        {QStringLiteral("tag_assignments"), p.tagAssignments},
        {QStringLiteral("today"), o.today.toString(Qt::ISODate)},
        {QStringLiteral("population"),
         QStringLiteral(
             "demo generator's PopulationGenerator + CitizenProfiler, grid by grid (no enterprises or "
             "casework)")},
        {QStringLiteral("generate_s"), std::round(double(p.generateNs) / 1e7) / 100.0},
        {QStringLiteral("index"),
         QJsonObject{{QStringLiteral("build_ms"), ms(p.indexAddNs + replaceNs)},
                     {QStringLiteral("add_ms"), ms(p.indexAddNs)},
                     {QStringLiteral("finish_ms"), ms(replaceNs)},
                     {QStringLiteral("from_sqlite_ms"), ms(loadNs)},
                     {QStringLiteral("from_sqlite_citizens"), loaded->citizens},
                     {QStringLiteral("bitmaps"), stats.bitmaps},
                     {QStringLiteral("bitmap_mib"), mib(stats.bitmapBytes)},
                     {QStringLiteral("row_mib"), mib(stats.rowBytes)},
                     {QStringLiteral("rss_growth_mib"), rssIndex - rssBefore},
                     {QStringLiteral("peak_rss_mib"), std::round(peakResidentMiB())}}},
        {QStringLiteral("runs"), o.runs},
        {QStringLiteral("goal_ms"), 50},
        {QStringLiteral("count_ms"), latency(allCount)},
        {QStringLiteral("with_sample_ms"), latency(allSample)},
        {QStringLiteral("service_ms"), latency(allService)},
        {QStringLiteral("service_agrees"), serviceAgrees},
        {QStringLiteral("expressions"), rows},
        {QStringLiteral("sql"),
         QJsonObject{{QStringLiteral("engine"), QStringLiteral("SQLite, govdesk-server schema and indexes")},
                     {QStringLiteral("citizens"), p.sqlCitizens},
                     {QStringLiteral("same_population"), sameSize},
                     {QStringLiteral("runs"), o.sqlRuns},
                     {QStringLiteral("write_s"), std::round(double(p.sqlWriteNs) / 1e7) / 100.0},
                     {QStringLiteral("index_s"), std::round(double(p.sqlIndexNs) / 1e7) / 100.0},
                     {QStringLiteral("file_mib"), mib(file.size())},
                     {QStringLiteral("p50_ms"), percentileMs(allSql, 0.5)},
                     {QStringLiteral("p95_ms"), percentileMs(allSql, 0.95)},
                     {QStringLiteral("counts_agree"), sameSize ? QJsonValue(sqlAgrees) : QJsonValue()},
                     {QStringLiteral("ratio_median"),
                      ratios.empty() ? QJsonValue() : QJsonValue(std::round(ratios[ratios.size() / 2]))},
                     {QStringLiteral("ratio_min"),
                      ratios.empty() ? QJsonValue() : QJsonValue(std::round(ratios.front()))}}},
        {QStringLiteral("seconds"), std::round(double(total.elapsed()) / 100.0) / 10.0},
    };
    printResult(QStringLiteral("audience"), figures);
    return serviceAgrees && (!sameSize || sqlAgrees) ? 0 : 1;
}

} // namespace gd::bench
