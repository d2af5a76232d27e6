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
#include "domain/workflow.h"

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

    // Takes one workflow action (claim, approve, return, …) at once on the local copy and queues it for
    // the server (POST /api/v1/applications/<id>/actions, the action as body). gd::applyAction runs on a
    // copy of the cached application first, exactly as the server will: a refusal returns the same Error
    // the server would answer (409 conflict with details.reason, 403, 400) and writes nothing. Otherwise
    // the changed application (version + 1, the new history event) and the outbox item go into one
    // transaction; the application shows as pending sync until the server answers.
    //
    // `action.baseVersion` is the version the officer saw (0: the cached one). The version sent is the
    // last one the server confirmed: the officer's, or — when earlier writes of this application are
    // still queued (claim, then approve, offline) — the base of the first of them; the sync engine moves
    // it on to the server's new version as each earlier write is answered, so a chain queued offline lands
    // in order, each action once. Store thread.
    Result<OutboxItem> act(const QString &applicationId, const ApplicationAction &action,
                           const WorkflowActor &actor, const QDateTime &now);

    struct BatchResult {
        QList<OutboxItem> queued;             // the actions taken, in order
        QList<QPair<QString, Error>> refused; // application id -> why (nothing written for those)
    };
    // act() for several applications in one transaction (batch approve): the refused ones are listed and
    // skipped, the others written together. A storage failure writes none and is the error.
    Result<BatchResult> actMany(const QList<QPair<QString, ApplicationAction>> &actions,
                                const WorkflowActor &actor, const QDateTime &now);

    // Whether a local write of the application still waits in the outbox.
    Result<bool> hasPendingWrites(const QString &applicationId) const;

private:
    struct Prepared {
        QJsonObject object; // the application after the action
        OutboxItem request;
    };
    Result<Prepared> prepareAction(const QString &applicationId, const ApplicationAction &action,
                                   const WorkflowActor &actor, const QDateTime &now) const;

    Connection &m_connection;
    LocalWriter &m_writer;
    const CitizenRepository &m_citizens;
    const EnterpriseRepository &m_enterprises;
    const ServiceRepository &m_services;
};

} // namespace gd::store
