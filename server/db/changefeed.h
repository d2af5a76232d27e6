#pragma once
// Reads the change log for one principal: only changes whose scope keys the principal holds, in seq
// order, with the current object for each upsert fetched through the same scoped repositories as the
// list endpoints (so an object that left the caller's scope since is never sent). Resumable from any
// `since`; `next` is the last seq examined, so a page never skips or repeats a change.

#include "db/entityrepository.h"

#include "domain/sync.h"

#include <map>
#include <memory>

namespace gd::server {

class ChangeFeed {
public:
    explicit ChangeFeed(Database &db);
    Result<ChangePage> read(const Principal &who, qint64 since, int limit);

private:
    Database &m_db;
    std::map<QString, std::unique_ptr<EntityRepository>> m_repositories;
};

} // namespace gd::server
