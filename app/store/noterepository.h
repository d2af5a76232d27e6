#pragma once
// Staff notes (工作备注) on citizens and enterprises: lists by subject (sorted by created_at), and adding
// a note, which works offline — the note gets its UUID on the device, is written locally and queued for
// POST /api/v1/notes; the server's answer replaces the local object. Store thread.

#include "store/citizenrepository.h"
#include "store/enterpriserepository.h"
#include "store/localwriter.h"
#include "store/repository.h"

#include "domain/outreach.h"

namespace gd::store {

class NoteRepository : public Repository<Note> {
public:
    NoteRepository(Connection &connection, SearchIndex &search, LocalWriter &writer,
                   const CitizenRepository &citizens, const EnterpriseRepository &enterprises);

    // Validates the request (subject type "citizen" or "enterprise", a subject id, text 1..2000
    // characters after trimming) and writes the note and its outbox item in one transaction.
    // `request.id` empty: a new lower-case UUID. District and grid come from the local subject row when
    // there is one. BadRequest for invalid input.
    Result<OutboxItem> add(NoteCreateRequest request, const QString &staffId, const QString &staffName,
                           const QDateTime &now);

private:
    LocalWriter &m_writer;
    const CitizenRepository &m_citizens;
    const EnterpriseRepository &m_enterprises;
};

} // namespace gd::store
