#pragma once
// Grid visit records: lists by grid or citizen (newest first by default), and recording a visit, which
// works offline — the record gets its UUID on the device, is written locally and queued for
// POST /api/v1/visits. Store thread.

#include "store/localwriter.h"
#include "store/repository.h"

#include "domain/grid.h"

namespace gd::store {

class VisitRepository : public Repository<Visit> {
public:
    VisitRepository(Connection &connection, SearchIndex &search, LocalWriter &writer);

    // `visit.id` empty: a new UUID is assigned. staffId, districtCode must be filled by the caller.
    Result<OutboxItem> record(Visit visit);

private:
    LocalWriter &m_writer;
};

} // namespace gd::store
