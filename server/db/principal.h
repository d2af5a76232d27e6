#pragma once
// Who is asking, and the SQL predicates that limit every query to what they may see (DESIGN.md
// "Security and privacy"). Scope is enforced inside the repository query, never by filtering rows
// afterwards:
//   officer       applications with a step owned by their department, and the applicants in them
//   grid manager  residents, enterprises and objects of their own grids
//   supervisor    everything in their area (a district, or the whole city)
//   admin         everything

#include "domain/staff.h"

#include <QVariantList>

namespace gd::server {

struct Principal {
    QString staffId;
    QString username;
    Role role = Role::Officer;
    QString departmentId; // officers
    QString areaCode;     // supervisors: district code or "city"
    QStringList gridIds;  // grid managers
    QString sessionId;
    QString clientAddress;

    bool seesEverything() const
    {
        return role == Role::Admin || (role == Role::Supervisor && areaCode == QLatin1String("city"));
    }
    // Keys of the change log this principal may read (see changelog.h); empty = no filter.
    QStringList changeScopes() const;
};

// A WHERE fragment with its positional bind values.
struct SqlFilter {
    QString sql;
    QVariantList binds;

    static SqlFilter always() { return {QStringLiteral("1=1"), {}}; }
    static SqlFilter never() { return {QStringLiteral("1=0"), {}}; }
    SqlFilter operator&&(const SqlFilter &other) const;
};

// "col IN (?, ?, ...)" for a non-empty list; never() for an empty one.
SqlFilter inList(const QString &column, const QStringList &values);
// The same, with the list padded to a power-of-two length by repeating its last value (same result): a
// page of ids of any size then runs as one of a few statement texts, which Database::query() keeps
// prepared, instead of one text per length.
SqlFilter inListPadded(const QString &column, const QStringList &values);

} // namespace gd::server
