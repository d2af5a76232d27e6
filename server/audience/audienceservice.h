#pragma once
// The server's audiences (issue 7): an AudienceIndex of every citizen, loaded from the database at
// start-up (after demo generation) and kept up to date by following the change log. Every writer of
// citizens and citizen_tags records a "citizen" change (ChangeLog::record: sync needs it anyway, a
// citizen's tags travel with the citizen), and every new application an "application" change; before a
// count, the service reads the citizens changed since the last one again (a citizen gone from the table
// leaves the index) and adds the applicants of new applications to their departments' member sets
// (officers' scope). A change log that went backwards (rebuilt) or far ahead means a full rebuild.
//
// Counts are scoped like the citizen lists (db/entities.cpp, applicantScope): admins and the city
// supervisor count every citizen, a district supervisor the district's, grid managers their grids',
// officers the applicants of their department (citizens with an application that has a step of it).
// Thread-safe: counts run concurrently; catching up and rebuilding are serialised.

#include "audience/audienceindex.h"
#include "db/database.h"
#include "db/principal.h"

#include "domain/audience.h"

#include <mutex>

namespace gd::server {

struct AudienceBuildReport {
    qint64 citizens = 0;
    qint64 members = 0; // department applicants
    qint64 milliseconds = 0;
    qint64 seq = 0; // the change-log position the index is at
    AudienceIndexStats stats;
};

class AudienceService {
public:
    explicit AudienceService(Database &db);

    // Loads every citizen, their tags and the departments' applicants, and replaces the index.
    Result<AudienceBuildReport> rebuild();
    // Applies the changes logged since the last build or catch-up.
    Result<void> catchUp();

    // The count (and a masked sample of `sample` members) of the expression in the caller's scope, on the
    // server's today. Unknown tags and regions are BadRequest with the path of their node.
    Result<AudienceCount> count(const Principal &who, const AudienceExpression &expression, int sample);

    // The caller's scope, and its name in AudienceCount::scope.
    static AudienceScope scopeOf(const Principal &who, QString *name = nullptr);

    const AudienceIndex &index() const { return m_index; }

    // Citizens changed by more log entries than this are reloaded whole.
    static constexpr qint64 kRebuildAfterChanges = 200'000;

private:
    Result<AudienceBuildReport> rebuildLocked();
    Result<void> checkReferences(const AudienceExpression &expression);
    Result<void> reloadCitizens(const QStringList &ids);
    Result<void> addApplicants(const QStringList &applicationIds);

    Database &m_db;
    AudienceIndex m_index;
    std::mutex m_catchUp; // guards m_seq; one catch-up or rebuild at a time
    qint64 m_seq = -1;    // -1: never built
};

} // namespace gd::server
