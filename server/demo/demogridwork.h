#pragma once
// The demo's grid work (issue 8, domain/grid.h): for every grid a few tasks its district's supervisor
// assigned (in batches over the district's grids; some open, some acknowledged, some done), two to six
// incident reports by its grid manager in mixed statuses (the first one with a small photo), and visits
// to some of its households, half of them with a follow-up. Draws come from their own DemoRandom stream;
// a few hundred rows in one transaction. Runs after the population is written, before the change log is
// built (which then brings these rows to the staff who see them).

#include "demo/democlock.h"

#include "db/database.h"

namespace gd::server {

class DemoGridWork {
public:
    struct Written {
        qint64 tasks = 0;
        qint64 incidents = 0;
        qint64 visits = 0;
    };
    static Result<Written> write(Database &db, const DemoClock &clock, quint64 seed);
};

} // namespace gd::server
