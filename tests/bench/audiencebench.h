#pragma once
// govdesk-bench audience [--citizens N] [--runs R] [--sql-runs S] [--sql-citizens M] [--seed S] [--today D]
// Audience counts (issue 7; DESIGN.md goal: ≤ 50 ms over 2M citizens). N citizens (default 2000000) made
// by the demo generator's population and profile rules (PopulationGenerator + CitizenProfiler: households,
// ages, genders, real-name levels, the Xiamen region tree, tags with their since-dates), grid by grid, into
// the in-memory AudienceIndex (build ms, bitmaps, memory) and into a SQLite database with govdesk-server's
// schema and indexes (citizens and citizen_tags; the first M citizens, default all). Then the
// server's start-up path: AudienceService::rebuild() from that database (ms). Ten fixed expressions (one
// tag, AND of 3, OR, NOT, age + district, life event 8-12 weeks, nested, level + street + tag, elderly
// outside a district, grid OR community) × R runs (default 20): count p50/p95/max ms, with the 20-member
// sample, and through AudienceService::count() (tag/region checks, change-log catch-up, sample names from
// the database); and S runs (default 2) of the equivalent SQL COUNT(*) on the SQLite database in the same
// run: SQL p50 per expression, the ratio SQL/index, and whether the counts agree (when M = N).
// Prints {"scenario":"audience",…}.

#include <QStringList>

namespace gd::bench {
int runAudience(const QStringList &args);
}
