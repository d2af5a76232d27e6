#pragma once
// Services pushed to citizens (主动推送): lists by citizen, service, campaign or status (newest first by
// default in the homepage, sorted by sent_at), and sending a push, which works offline — the push gets
// its UUID on the device, is written locally as "queued" and queued for POST /api/v1/pushes; the
// server's answer (status, sent_at, sent_by, area) replaces the local object. Store thread.

#include "store/catalogrepository.h"
#include "store/citizenrepository.h"
#include "store/localwriter.h"
#include "store/repository.h"

#include "domain/outreach.h"

namespace gd::store {

class PushRepository : public Repository<Push> {
public:
    PushRepository(Connection &connection, SearchIndex &search, LocalWriter &writer,
                   const CitizenRepository &citizens, const ServiceRepository &services);

    // Validates the request (channel of pushChannels(), message 1..500 characters after trimming, a
    // citizen id, a citizen service of the local catalogue) and writes the push and its outbox item in
    // one transaction. `request.id` empty: a new lower-case UUID. District and grid come from the local
    // citizen row when there is one (the server fills them in anyway). BadRequest for invalid input.
    Result<OutboxItem> send(PushCreateRequest request, const QString &staffId, const QDateTime &now);

private:
    LocalWriter &m_writer;
    const CitizenRepository &m_citizens;
    const ServiceRepository &m_services;
};

} // namespace gd::store
