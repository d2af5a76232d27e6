#pragma once
// The demo's points-based school enrolment rounds (积分入学): last summer's grade-one round of 湖里区,
// closed and allocated (each application ranked by its points, the first `seats` admitted, an
// "allocate" event in its history), and this autumn's transfer round of 思明区, still open. Runs after
// the applications are written, on the generator's connection, before the change log is built.

#include "demo/democlock.h"
#include "demo/servicecatalogue.h"

#include "db/database.h"

namespace gd::server {

class EnrolmentRounds {
public:
    static Result<void> write(QSqlDatabase &db, const ServiceCatalogue &services, const DemoClock &clock);
};

} // namespace gd::server
