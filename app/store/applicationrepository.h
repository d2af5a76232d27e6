#pragma once
// Applications in the user's scope (lists by status, service, applicant, priority, grid; sorted by
// submission, due time or number) and the officer's working fields (remark, priority), which are written
// locally and queued for the server with the version they were based on. Store thread.

#include "store/localwriter.h"
#include "store/repository.h"

#include "domain/casework.h"

namespace gd::store {

class ApplicationRepository : public Repository<Application> {
public:
    ApplicationRepository(Connection &connection, SearchIndex &search, LocalWriter &writer);

    struct WorkingFields {
        std::optional<QString> remark;
        std::optional<QString> priority; // "normal" or "urgent"
    };
    // Applies the change to the cached application and queues PATCH /api/v1/applications/<id>.
    Result<OutboxItem> updateWorkingFields(const QString &id, const WorkingFields &fields);

private:
    LocalWriter &m_writer;
};

} // namespace gd::store
