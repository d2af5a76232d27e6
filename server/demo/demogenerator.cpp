#include "demo/demogenerator.h"

#include "auth/passwordhasher.h"
#include "db/changelog.h"
#include "db/usageaggregates.h"
#include "demo/applicationgenerator.h"
#include "demo/benefitgenerator.h"
#include "demo/billgenerator.h"
#include "demo/citizenprofiler.h"
#include "demo/democampaigns.h"
#include "demo/demogridwork.h"
#include "demo/demologging.h"
#include "demo/demowriter.h"
#include "demo/enrolmentrounds.h"
#include "demo/enterprisegenerator.h"
#include "demo/enterpriseprofiler.h"
#include "demo/indexsuspender.h"
#include "demo/messagegenerator.h"
#include "demo/notegenerator.h"
#include "demo/populationgenerator.h"
#include "demo/pushgenerator.h"
#include "demo/usagegenerator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcDemo, "govdesk.server.demo")

namespace gd::server {
namespace {

// Rows per write transaction: big enough that commits cost nothing, small enough that the SQLite WAL
// and PostgreSQL's transaction state stay small.
constexpr qint64 kRowsPerTransaction = 20000;

// The seed of the second random stream, for the rows added with schema 3 (enterprise licences, insurance
// and legal persons, enterprise bills and benefits, pushes, notes). Drawing them from the first stream
// would have changed every later row of every seed.
constexpr quint64 kSchema3Stream = 0x5c3e3a0b9d2f4e61;
// The workflow details of applications (schema 4: claims, pauses, history, points) draw from their own.
constexpr quint64 kSchema4Stream = 0x2b7d91c4e05fa3d8;

Result<qint64> countRows(QSqlDatabase &db, const QString &sql)
{
    auto q = execSql(db, sql);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

bool isDemoDataPresent(QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("meta")))
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'demo_seed'")) && q.next();
}

DemoGenerator::DemoGenerator(Database &db, DemoOptions options)
    : m_db(db)
    , m_options(options)
{
}

Result<DemoReport> DemoGenerator::run(const std::function<void(int)> &progress)
{
    auto report = [&progress](int percent) {
        if (progress)
            progress(percent);
    };
    if (m_options.citizens < 1 || m_options.citizens > kMaxCitizens)
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("demo citizens must be between 1 and %1").arg(kMaxCitizens));
    if (!m_options.today.isValid())
        return makeError(ErrorCode::BadRequest, QStringLiteral("demo date is invalid"));

    QElapsedTimer timer;
    timer.start();
    report(0);

    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    // Declared before the writer so that, on failure, the writer's open transaction is rolled back
    // before the suspended indexes are recreated.
    IndexSuspender indexes(db, m_db.dialect());
    DemoWriter writer(m_db);
    if (auto r = writer.open(); !r)
        return r.error();
    if (isDemoDataPresent(db))
        return makeError(ErrorCode::Conflict, QStringLiteral("the database already holds demo data"));
    auto existing = countRows(db, QStringLiteral("SELECT COUNT(*) FROM citizens"));
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the database already holds citizens; demo data needs an empty one"));

    const int citizens = m_options.citizens;
    const int enterprises = std::max(50, citizens / 20);
    DemoRandom rng(m_options.seed);
    const DemoClock clock(m_options.today);

    // Reference data and staff: everything later rows point at.
    const RegionCatalogue regions(citizens, enterprises, rng);
    const ServiceCatalogue services(rng);
    NameGenerator names(rng);
    const StaffRoster roster(regions, names, rng, clock);
    // One Argon2 hash (~50 ms) shared by every demo account: they all have the same password.
    const QString passwordHash = PasswordHasher::hash(kDemoPassword.toString());
    if (passwordHash.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot hash the demo password"));
    if (auto r = writer.begin(); !r)
        return r.error();
    if (auto r = writer.writeReference(regions, services, clock.nowMs() - 30 * DemoClock::kDayMs); !r)
        return r.error();
    if (auto r = writer.writeStaff(roster, passwordHash); !r)
        return r.error();
    if (auto r = writer.commit(); !r)
        return r.error();
    report(2);

    // Residents, grid by grid.
    IdNumberAllocator ids(clock.today().addYears(-(PopulationGenerator::kMaxAge + 1)), clock.today());
    PhoneAllocator phones(rng);
    UsccAllocator usccs(rng);
    PopulationGenerator population(rng, clock, names, ids, phones);
    CitizenProfiler profiler(rng, clock, roster);
    EnterpriseGenerator firms(rng, clock, names, usccs, phones);
    ApplicationGenerator applications(rng, clock, services, roster, m_options.seed ^ kSchema4Stream);
    BillGenerator bills(rng, clock);
    BenefitGenerator benefits(rng, clock);
    int spikeResidents = 0;
    for (const DemoGrid &g : regions.grids())
        spikeResidents += g.districtCode == MessageGenerator::spikeDistrict() ? g.residents : 0;
    MessageGenerator messages(rng, clock, spikeResidents * 4 / 5); // about 80% are 16 or older
    UsageGenerator usage(rng, clock, services);
    DemoRandom rng3(m_options.seed ^ kSchema3Stream);
    EnterpriseProfiler firmProfiles(rng3, clock);
    BillGenerator firmBills(rng3, clock);
    BenefitGenerator firmBenefits(rng3, clock);
    PushGenerator pushes(rng3, clock, services, roster);
    NoteGenerator notes(rng3, clock, roster);

    // Secondary indexes are built once at the end instead of row by row.
    if (auto r = indexes.suspend(
            {QStringLiteral("households"), QStringLiteral("citizens"), QStringLiteral("citizen_tags"),
             QStringLiteral("enterprises"), QStringLiteral("enterprise_tags"), QStringLiteral("applications"),
             QStringLiteral("application_steps"), QStringLiteral("bills"), QStringLiteral("benefits"),
             QStringLiteral("messages"), QStringLiteral("usage_events"), QStringLiteral("pushes"),
             QStringLiteral("notes")});
        !r)
        return r.error();

    DemoBatch batch;
    qint64 done = 0;
    int lastPercent = 2;
    qint64 writeNs = 0;
    QElapsedTimer phase;
    phase.start();
    if (auto r = writer.begin(); !r)
        return r.error();
    for (const DemoGrid &grid : regions.grids()) {
        batch.clear();
        batch.grid = &grid;
        population.generate(grid, batch);
        profiler.profile(batch);
        firms.generate(grid, batch);
        firmProfiles.profile(batch);
        for (DemoCitizen &c : batch.citizens) {
            const size_t first = batch.applications.size();
            applications.forCitizen(c, batch);
            const int applied = int(batch.applications.size() - first);
            usage.forCitizen(c, batch.applications.data() + first, applied, batch);
            bills.forCitizen(c, c.relation == u"户主", batch);
            benefits.forCitizen(c, batch);
            messages.forCitizen(c, batch);
            pushes.forCitizen(c, batch);
            notes.forCitizen(c, batch.applications.data() + first, applied, batch);
        }
        for (const DemoEnterprise &e : batch.enterprises) {
            applications.forEnterprise(e, batch);
            firmBills.forEnterprise(e, batch);
            firmBenefits.forEnterprise(e, batch);
            notes.forEnterprise(e, batch);
        }
        QElapsedTimer writing;
        writing.start();
        if (auto r = writer.writeBatch(batch); !r)
            return r.error();
        if (auto r = writer.commitAfter(kRowsPerTransaction); !r)
            return r.error();
        writeNs += writing.nsecsElapsed();
        done += grid.residents;
        const int percent = 2 + int(88 * done / citizens);
        if (percent != lastPercent) {
            lastPercent = percent;
            report(percent);
        }
    }
    {
        QElapsedTimer writing;
        writing.start();
        if (auto r = writer.commit(); !r)
            return r.error();
        writeNs += writing.nsecsElapsed();
    }
    const double populationSeconds = double(phase.nsecsElapsed()) / 1e9;
    phase.restart();
    if (auto r = indexes.restore(); !r)
        return r.error();
    {
        auto rounds = Transaction::begin(db, m_db.dialect(), Transaction::Kind::Write);
        if (!rounds)
            return rounds.error();
        if (auto r = EnrolmentRounds::write(db, services, clock); !r)
            return r.error();
        if (auto r = rounds->commit(); !r)
            return r.error();
    }
    const double indexSeconds = double(phase.nsecsElapsed()) / 1e9;
    // Push campaigns sent in the last weeks, with the citizens' simulated responses.
    auto campaigns = DemoCampaigns::write(m_db, clock, m_options.seed);
    if (!campaigns)
        return campaigns.error();
    // Grid work: tasks, incident reports and visits of every grid.
    if (auto gridWork = DemoGridWork::write(m_db, clock, m_options.seed); !gridWork)
        return gridWork.error();
    report(91);

    // Meta rows and the change log, atomically: isDemoDataPresent() is only true with a complete log.
    auto tx = Transaction::begin(db, m_db.dialect(), Transaction::Kind::Write, kChangeLogLock);
    if (!tx)
        return tx.error();
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("demo_seed"), QString::number(m_options.seed)},
          std::pair{QStringLiteral("demo_citizens"), QString::number(citizens)},
          std::pair{QStringLiteral("demo_today"), DemoClock::isoDate(clock.today())},
          std::pair{QStringLiteral("demo_generated_at"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}) {
        if (auto r = writer.writeMeta(key, value); !r)
            return r.error();
    }
    if (auto r = writer.commit(); !r) // flushes the meta rows; the transaction is ours
        return r.error();
    report(92);
    phase.restart();
    if (auto r = UsageAggregates(m_db).recompute(); !r)
        return r.error();
    const double usageSeconds = double(phase.nsecsElapsed()) / 1e9;
    auto changes = ChangeLog::rebuild(db);
    if (!changes)
        return changes.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    // Fresh tables have no planner statistics on PostgreSQL; without them the first queries plan badly.
    if (auto r = m_db.afterBulkLoad(); !r)
        return r.error();
    const double changeLogSeconds = double(phase.nsecsElapsed()) / 1e9;
    report(100);

    const DemoCounts &counts = writer.counts();
    DemoReport out;
    out.citizens = counts.citizens;
    out.enterprises = counts.enterprises;
    out.households = counts.households;
    out.applications = counts.applications + campaigns->applications;
    out.bills = counts.bills;
    out.benefits = counts.benefits;
    out.messages = counts.messages;
    out.usageEvents = counts.usageEvents;
    out.pushes = counts.pushes;
    out.notes = counts.notes;
    out.campaigns = campaigns->campaigns;
    out.licences = counts.licences;
    out.insuranceMonths = counts.insuranceMonths;
    out.services = counts.services;
    out.staff = counts.staff;
    out.totalRows = counts.totalRows;
    out.changes = *changes;
    out.seconds = double(timer.nsecsElapsed()) / 1e9;
    out.writeSeconds = double(writeNs) / 1e9;
    out.generateSeconds = populationSeconds - out.writeSeconds;
    out.indexSeconds = indexSeconds;
    out.changeLogSeconds = changeLogSeconds;
    out.usageSeconds = usageSeconds;
    out.accounts = demoAccounts();
    qCInfo(lcDemo).nospace() << "demo data: " << out.citizens << " citizens, " << out.totalRows << " rows, "
                             << out.changes << " changes in " << out.seconds << " s (generate "
                             << out.generateSeconds << " s, write " << out.writeSeconds << " s, indexes "
                             << out.indexSeconds << " s, change log " << out.changeLogSeconds
                             << " s, of which usage aggregates " << out.usageSeconds << " s)";
    return out;
}

} // namespace gd::server
