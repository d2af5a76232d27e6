#pragma once
// The households of the grids in the user's scope (issue 8), read-only (they come with the feed): lists by
// grid, community or head, sorted by address. Store thread.

#include "store/repository.h"

#include "domain/grid.h"

namespace gd::store {

class HouseholdRepository : public Repository<Household> {
public:
    HouseholdRepository(Connection &connection, SearchIndex &search)
        : Repository(
              connection, search, QStringLiteral("household"),
              ListSpec{{{QStringLiteral("grid"), "grid_id = ?"},
                        {QStringLiteral("community"), "community_id = ?"},
                        {QStringLiteral("head"), "head_citizen_id = ?"}},
                       {{QStringLiteral("address"), "address"}, {QStringLiteral("updated_at"), "updated_at"}},
                       "address"})
    {
    }

    // The households of a grid by address (up to `limit`).
    Result<QList<Household>> ofGrid(const QString &gridId, int limit = 2000) const
    {
        ListQuery query;
        query.where(QStringLiteral("grid"), gridId);
        query.limit = limit;
        return items(query);
    }
};

} // namespace gd::store
