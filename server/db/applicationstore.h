#pragma once
// Reads an application whole (steps, materials, history, points, allocation) as the domain object the
// workflow state machine (domain/workflow.h) works on, and writes back what an action changed. The
// server never edits workflow rows by hand: it loads, lets gd::applyAction() decide, and persists the
// difference here. Writes run on the calling thread's connection inside the write transaction its
// route has open (IdempotentWrites). Thread-safe.

#include "db/campaignattribution.h"
#include "db/entityrepository.h"
#include "db/usageaggregates.h"

#include "domain/casework.h"

namespace gd::server {

class ApplicationStore {
public:
    explicit ApplicationStore(Database &db);

    // The application if `who` may see it (NotFound otherwise, as for GET).
    Result<Application> load(const Principal &who, const QString &id);
    // The application regardless of scope (the portal's routes, which check the applicant themselves).
    Result<Application> loadAny(const QString &id);
    // The JSON the API answers with for the application (as GET /applications/{id} for `who`).
    Result<QByteArray> json(const Principal &who, const QString &id);
    Result<QJsonObject> jsonObject(const Principal &who, const QString &id);

    // A new application with its steps, materials and history. Both writes also move the usage
    // aggregates (db/usageaggregates.h) and the funnels of push campaigns (db/campaignattribution.h: a new
    // application is linked to the campaign named, or to the one that reached the applicant; a completed
    // one completes its member) in the same transaction.
    Result<void> insert(const Application &application,
                        const std::optional<QString> &campaignId = std::nullopt);
    // Writes what changed from `before` to `after` (the same application): the row (only while its
    // version is still before.version — Conflict with details.reason "stale" otherwise), changed steps,
    // the materials when they changed, and the history events after `before`'s last.
    Result<void> update(const Application &before, const Application &after);

    // The next application number of the (China local) day of `now`, "YYYYMMDD-NNNNNN" (numbers run from 1
    // each day). Call it inside the write transaction that inserts the application: the transaction
    // serialises writers, so the number is unique.
    Result<QString> nextNumber(const QDateTime &now);

    // A principal that sees every application (for loadAny and the server's own writes).
    static Principal system();

private:
    Result<void> insertEvents(const Application &application, qint64 afterSeq);
    Result<void> replaceMaterials(const Application &application);

    Database &m_db;
    EntityRepository m_repo;
    UsageAggregates m_usage; // kept in step with every insert and update
    CampaignAttribution m_campaigns;
};

} // namespace gd::server
