#pragma once
// Deterministic demo data for govdesk-server: the Xiamen region tree, departments, tags, ~250 services
// with their workflows, staff (see demoaccounts.h), and a population of residents with households,
// tags, enterprises (with licences, social insurance and legal representatives), applications, bills,
// benefits, public-opinion messages, usage events, pushed services and staff notes.
//
// Same seed + same citizen count + same `today` → the same rows, UUIDs included (every random choice
// comes from seeded std::mt19937_64s, each consumed in a fixed order: one for the rows of schemas 1-2,
// one for those added with schema 3, so that those kept their values). Two things are not reproducible
// by design: staff password hashes (Argon2id with a random salt) and the meta row demo_generated_at.
// Rows are generated and written one grid at a time, so memory stays flat from 1k to 2M citizens.
// See the headers of server/demo/ for the rules behind each kind of row and the ID schemes
// (regioncatalogue.h, idnumberallocator.h, usccallocator.h, phoneallocator.h, applicationgenerator.h).
//
// run() expects an empty, migrated database; it writes meta rows demo_seed, demo_citizens, demo_today
// and demo_generated_at, then rebuilds the change log (ChangeLog::rebuild).

#include "db/database.h"
#include "demo/demoaccounts.h"

#include <QDate>

#include <functional>

namespace gd::server {

struct DemoOptions {
    int citizens = 20000;
    quint64 seed = 20261124;
    QDate today = QDate::currentDate(); // the demo world ends at 08:00 China time on this day
};

struct DemoReport {
    qint64 citizens = 0;
    qint64 enterprises = 0;
    qint64 households = 0;
    qint64 applications = 0;
    qint64 bills = 0;
    qint64 benefits = 0;
    qint64 messages = 0;
    qint64 usageEvents = 0;
    qint64 pushes = 0;
    qint64 notes = 0;
    // Push campaigns (democampaigns.h); the applications made in response are in `applications`.
    qint64 campaigns = 0;
    qint64 licences = 0;        // enterprise licences
    qint64 insuranceMonths = 0; // enterprise social-insurance months
    qint64 services = 0;
    qint64 staff = 0;
    qint64 totalRows = 0; // every row written, change log excluded
    qint64 changes = 0;   // last change-log sequence number
    double seconds = 0;
    // Where the time went: building rows, inserting them, rebuilding the suspended secondary indexes,
    // and the change log.
    double generateSeconds = 0;
    double writeSeconds = 0;
    double indexSeconds = 0;
    double changeLogSeconds = 0;
    double usageSeconds = 0; // usage aggregates (part of changeLogSeconds)
    QList<DemoAccount> accounts;
};

class DemoGenerator {
public:
    DemoGenerator(Database &db, DemoOptions options);

    // Runs on the calling thread (using its connection); `progress` gets 0..100 from that thread.
    // Fails with Conflict if the database already holds citizens or demo data.
    Result<DemoReport> run(const std::function<void(int percent)> &progress = {});

    static constexpr int kMaxCitizens = 5'000'000;

private:
    Database &m_db;
    DemoOptions m_options;
};

// True when the database holds generated demo data (meta key 'demo_seed').
bool isDemoDataPresent(QSqlDatabase &db);

} // namespace gd::server
