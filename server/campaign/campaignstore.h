#pragma once
// The rows of push campaigns (table campaigns; domain/campaign.h) and who may see them:
//   officers     the campaigns made by their department
//   supervisors  the campaigns of their area (a district supervisor's own district; the city supervisor all)
//   grid managers the campaigns of their grids (grid_id: a grid manager's notice to one of his grids)
//   admins       all
// A campaign's area is its creator's: a district supervisor's district, the grid's district for a grid
// manager's campaign (set by the routes, which know the grid), "city" for everyone else. Writes
// run on the calling thread's connection inside the write transaction its caller has open. Thread-safe.

#include "db/database.h"
#include "db/entitycodec.h"
#include "db/principal.h"

#include "domain/campaign.h"

#include <optional>

namespace gd::server {

struct CampaignPage {
    QList<Campaign> items;
    qint64 total = 0;
};

class CampaignStore {
public:
    explicit CampaignStore(Database &db);

    // The scope predicate on campaigns "k". The change log's "campaign" keys (changelog.cpp) follow the
    // same rules: "dept:" of department_id, "district:" of an area_code other than "city", "grid:" of
    // grid_id.
    static SqlFilter scope(const Principal &who);
    // The area a campaign made by `who` belongs to.
    static QString areaOf(const Principal &who);

    // NotFound when there is none or it is outside the caller's scope.
    Result<Campaign> load(const Principal &who, const QString &id);
    // Regardless of scope; nullopt when there is none.
    Result<std::optional<Campaign>> find(const QString &id);
    // Newest first; `state` "" for all.
    Result<CampaignPage> list(const Principal &who, const QString &state, qint64 offset, int limit);
    // The campaigns among ids in the caller's scope, in no particular order, as the change feed's rows
    // ("campaign", ChangeFeed::addSource()): each written exactly as GET /campaigns/{id} answers it.
    Result<std::unique_ptr<EntityRows>> byIds(const Principal &who, const QStringList &ids);

    Result<void> insert(const Campaign &campaign);
    // Writes `after` over the row while its version is still before.version (Conflict, details.reason
    // "stale", otherwise). The progress counters are the dispatcher's and are not written here.
    Result<void> update(const Campaign &before, const Campaign &after);

private:
    Result<QList<Campaign>> select(const SqlFilter &where, const QString &tail,
                                   const QVariantList &tailBinds);

    Database &m_db;
};

} // namespace gd::server
