#pragma once
// Grid work (网格化管理): visit records that grid managers write about the residents and households of
// their grids, often offline in the field (the client creates the id and sends the record later).

#include "domain/codec.h"

namespace gd {

// The kinds of visit, in the order the UI offers them.
inline QStringList visitKinds()
{
    return {QStringLiteral("routine"), QStringLiteral("special_group"), QStringLiteral("incident_followup"),
            QStringLiteral("other")};
}

struct Visit {
    QString id; // a UUID made by the client, lower case
    QString gridId;
    QString districtCode; // of the grid; set by the server
    std::optional<QString> citizenId;
    std::optional<QString> householdId;
    QString staffId; // the grid manager who recorded it; set by the server
    QString kind;    // visitKinds()
    QDateTime visitedAt;
    QString summary; // 1..2000 characters
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("grid_id", s.gridId);
        v("district_code", s.districtCode);
        v("citizen_id", s.citizenId);
        v("household_id", s.householdId);
        v("staff_id", s.staffId);
        v("kind", s.kind);
        v("visited_at", s.visitedAt);
        v("summary", s.summary);
        v("version", s.version);
        v("updated_at", s.updatedAt);
    }
};

// POST /api/v1/visits: a visit as the grid manager recorded it.
struct VisitCreateRequest {
    QString id;
    QString gridId;
    std::optional<QString> citizenId;
    std::optional<QString> householdId;
    QString kind;
    QDateTime visitedAt;
    QString summary;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("grid_id", s.gridId);
        v("citizen_id", s.citizenId);
        v("household_id", s.householdId);
        v("kind", s.kind);
        v("visited_at", s.visitedAt);
        v("summary", s.summary);
    }
};

} // namespace gd
