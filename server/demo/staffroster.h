#pragma once
// The demo staff: the named accounts of demoAccounts(), three officers per department (they handle the
// application steps), one supervisor per district and one grid manager for every grid not covered by a
// named account. Built before the residents, because citizens and application steps refer to staff ids.

#include "demo/democlock.h"
#include "demo/namegenerator.h"
#include "demo/regioncatalogue.h"

namespace gd::server {

struct DemoStaff {
    QString id;
    QString username;
    QString displayName;
    QString role;
    QString departmentId; // officers; empty = NULL
    QString areaCode;     // supervisors: district code or "city"; empty = NULL
    QString totpSecret;   // empty = NULL
    QStringList gridIds;  // grid managers
    qint64 createdMs = 0;
};

class StaffRoster {
public:
    StaffRoster(const RegionCatalogue &regions, NameGenerator &names, DemoRandom &rng,
                const DemoClock &clock);

    const std::vector<DemoStaff> &staff() const { return m_staff; }
    // Ids of the officers of a department (never empty for a catalogue department).
    const QStringList &officersOf(const QString &departmentId) const;
    // The staff member with this id; nullptr if there is none.
    const DemoStaff *find(const QString &id) const;
    // The id of the grid manager of a grid (every grid has one).
    QString gridManagerOf(const QString &gridId) const;

private:
    std::vector<DemoStaff> m_staff;
    QHash<QString, QStringList> m_officers;
    QHash<QString, qsizetype> m_index;      // staff id -> index into m_staff
    QHash<QString, QString> m_gridManagers; // grid id -> staff id
};

} // namespace gd::server
