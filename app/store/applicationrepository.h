#pragma once
// Applications in the user's scope (lists by status, service, applicant, priority, grid; sorted by
// submission, due time or number), the officer's working fields (remark, priority), which are written
// locally and queued for the server with the version they were based on, and applications started at
// the counter on the applicant's behalf (代办). Store thread.

#include "store/catalogrepository.h"
#include "store/citizenrepository.h"
#include "store/enterpriserepository.h"
#include "store/localwriter.h"
#include "store/repository.h"

#include "domain/casework.h"
#include "domain/outreach.h"

namespace gd::store {

class ApplicationRepository : public Repository<Application> {
public:
    ApplicationRepository(Connection &connection, SearchIndex &search, LocalWriter &writer,
                          const CitizenRepository &citizens, const EnterpriseRepository &enterprises,
                          const ServiceRepository &services);

    struct WorkingFields {
        std::optional<QString> remark;
        std::optional<QString> priority; // "normal" or "urgent"
    };
    // Applies the change to the cached application and queues PATCH /api/v1/applications/<id>.
    Result<OutboxItem> updateWorkingFields(const QString &id, const WorkingFields &fields);

    // Starts an application at the counter: validates the request (applicant type "citizen" or
    // "enterprise" matching the service's, a service of the local catalogue with a workflow, a remark of
    // at most 2000 characters) and writes the application and POST /api/v1/applications in one
    // transaction. The local copy is what the server will make of it: status "submitted", channel
    // "counter", number "" (the server numbers it; its answer replaces the local object), the workflow
    // steps copied from the service with the first one active, applicant name, masked ID and area from
    // the local citizen or enterprise row when there is one. `request.id` empty: a new lower-case UUID.
    Result<OutboxItem> start(ApplicationCreateRequest request, const QDateTime &now);

private:
    LocalWriter &m_writer;
    const CitizenRepository &m_citizens;
    const EnterpriseRepository &m_enterprises;
    const ServiceRepository &m_services;
};

} // namespace gd::store
