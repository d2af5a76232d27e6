#pragma once
// Reads the recommendation engine's RecoDataset from the database in one read transaction: the service
// catalogue with its tags, the tag names, the districts, every citizen with their tags, the citizens'
// applications, and their activity since `activitySince` (service views from usage_events, pushes they
// opened or applied from — the schema has no other record of what a citizen looked at). Runs on the
// calling thread's connection.

#include "reco/recodataset.h"

#include "db/database.h"

namespace gd::server {

class RecoLoader {
public:
    explicit RecoLoader(Database &db);

    // activitySince: invalid = all of it (the offline evaluation filters by time itself).
    Result<RecoDataset> load(const QDateTime &activitySince);

private:
    Database &m_db;
};

} // namespace gd::server
