#pragma once
// Push campaigns (主动推送活动, issue 7) in the local copy: lists by state or creator (newest change first
// by default), and the writes staff make, which all work offline — each is applied to the local copy at
// once (optimistically) and queued in the outbox in the same transaction:
//   create()  a new draft (POST /api/v1/campaigns under a client-made UUID; version 0 until the server
//             answers)
//   update()  changes to one's own draft (PATCH /api/v1/campaigns/{id} from the confirmed version)
//   act()     submit / approve / reject / cancel (POST /api/v1/campaigns/{id}/actions)
// The checks are the server's that need no server data (normalizeCampaign(), the workflow's states and
// roles), so that a write refused here would have been refused there; the server's answer replaces the
// local object, and a refusal (someone acted first) goes to the conflict queue. Store thread.

#include "store/catalogrepository.h"
#include "store/localwriter.h"
#include "store/repository.h"

#include "domain/campaign.h"
#include "domain/staff.h"

namespace gd::store {

// The campaigns the Push page lists, and which of them have writes still waiting for the server.
struct CampaignListing {
    QList<Campaign> items; // newest change first
    QSet<QString> pending; // ids
};

class CampaignRepository : public Repository<Campaign> {
public:
    CampaignRepository(Connection &connection, SearchIndex &search, LocalWriter &writer,
                       const ServiceRepository &services);

    // A new draft by `author`. `request.id` empty: a new lower-case UUID. The audience's size stays 0
    // until the server has counted it. BadRequest naming the field for invalid input — for a grid
    // manager also an audience not confined to his grids (field "audience", reason "outside_grids"; the
    // same check on update() and submit).
    Result<OutboxItem> create(CampaignCreateRequest request, const StaffUser &author, const QDateTime &now);
    // Changes to a draft; only its creator may make them (Forbidden), only while it is a draft
    // (Conflict, details.reason "not_draft").
    Result<OutboxItem> update(const QString &id, const CampaignUpdate &changes, const StaffUser &author,
                              const QDateTime &now);
    // An action of `actor` (reason 2..500 characters for reject and cancel): submit by the creator of a
    // draft (shown as pending approval until the server says whether it needs one); approve or reject by a
    // supervisor or admin who did not create it, of a campaign pending approval; cancel by the creator or
    // a supervisor or admin, before it is sent. Forbidden / Conflict (details.reason) otherwise.
    Result<OutboxItem> act(const QString &id, const CampaignAction &action, const StaffUser &actor,
                           const QDateTime &now);

    // Up to `limit` campaigns, newest change first, with the ids of those with writes waiting.
    Result<CampaignListing> listing(int limit = 500) const;

    // Whether any write of the campaign still waits in the outbox ("not yet on the server").
    Result<bool> hasPendingWrites(const QString &id) const;

private:
    Result<Campaign> load(const QString &id) const;
    Result<void> checkService(const Campaign &campaign) const;

    LocalWriter &m_writer;
    const ServiceRepository &m_services;
};

} // namespace gd::store
