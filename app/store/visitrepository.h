#pragma once
// Grid visit records (走访记录): lists by grid, citizen, household or visitor (newest first by default),
// and the writes of grid managers, which work offline — each is written locally and queued in the outbox
// in one transaction:
//   record()  a new visit (POST /api/v1/visits under a client-made UUID; version 0 until the server
//             answers), with its follow-up and the date it is due
//   update()  a correction (PATCH /api/v1/visits/{id} with only the changed fields, from the confirmed
//             version)
// The checks are normalizeVisit()'s, the server's own, so a write refused here would be refused there.
// Store thread.

#include "store/localwriter.h"
#include "store/repository.h"

#include "domain/grid.h"
#include "domain/staff.h"

namespace gd::store {

class VisitRepository : public Repository<Visit> {
public:
    VisitRepository(Connection &connection, SearchIndex &search, LocalWriter &writer);

    // `visit.id` empty: a new UUID is assigned. staffId, districtCode must be filled by the caller.
    // BadRequest with details.field for an invalid field.
    Result<OutboxItem> record(Visit visit);
    // Changes of a visit by a grid manager of its grid (Forbidden otherwise); followUp "" clears the
    // follow-up (and its due date). Only the fields that differ from the local copy are sent; nothing to
    // change is BadRequest.
    Result<OutboxItem> update(const QString &id, const VisitUpdate &changes, const StaffUser &actor,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    LocalWriter &m_writer;
};

} // namespace gd::store
