#pragma once
// The reads of the Grid page (网格管理, issue 8) over the local copy: which grids the user works on (as a
// district → street → community → grid tree), a grid's overview figures, its households with their
// members, its residents with their tags, its special groups, the tasks of the user's grids (grid
// managers: the inbox; supervisors: by batch with completion per grid) and the recent visits and
// incidents, each with whether it still waits in the outbox ("未同步").
//
// Plain SQL over the local tables (households, citizens + citizen_tags + tags, visits, incidents, tasks,
// regions, outbox). Reader thread (LocalReader::run) or store thread; not thread-safe.

#include "domain/catalog.h"
#include "domain/grid.h"
#include "domain/result.h"
#include "domain/staff.h"

#include <QDateTime>
#include <QSet>

namespace gd::store {

class Store;

struct GridOverview {
    QString gridId;
    qint64 households = 0;
    qint64 residents = 0;
    qint64 specialGroupMembers = 0;    // residents in at least one special group
    qint64 openTasks = 0;              // open or acknowledged
    qint64 visits30 = 0;               // visits of the last 30 days
    qint64 incidents30 = 0;            // incidents reported in the last 30 days
    qint64 visitedHouseholds90 = 0;    // households with a visit in the last 90 days
    QList<SpecialGroupMembers> groups; // every group, in specialGroupRules() order

    // Households visited in the last 90 days, in percent (0 without households).
    int coveragePercent() const
    {
        return households > 0 ? int((visitedHouseholds90 * 100 + households / 2) / households) : 0;
    }
};

struct GridResident {
    QString id;
    QString name;
    QString gender;
    QDate birthDate;
    QString householdId;
    QStringList tagIds;
    QStringList tagNames; // the names of tagIds the local copy knows, same order
    QStringList groups;   // specialGroupsOf()
};

struct GridHouseholds {
    QList<Household> items;              // by address
    QHash<QString, QDateTime> lastVisit; // household id → the latest visit
};

struct GridActivity {
    enum class Kind { Visit, Incident };
    Kind kind = Kind::Visit;
    QString id;
    QDateTime at; // visited / reported
    std::optional<Visit> visit;
    std::optional<Incident> incident;
    QString subjectName;  // the citizen's name, or the household's address
    bool pending = false; // the record waits in the outbox
};

struct GridTaskRow {
    GridTask task;
    QString gridName;
    bool pending = false;
};

// The tasks of one batch: one per grid.
struct GridTaskBatch {
    QString batchId;
    QString title;
    QDate dueOn;
    QDateTime assignedAt;
    QList<GridTaskRow> tasks; // by grid name
    int done() const;
    int active() const; // not cancelled
};

class GridQueries {
public:
    explicit GridQueries(Store &store);

    // The user's grids and their ancestors, parents before children, siblings by name. Grid managers:
    // their grids (StaffUser::gridIds); supervisors: the grids of their district (all for "city") that
    // have local households or residents or tasks; others: every grid with local households or residents.
    Result<QList<Region>> gridTree(const StaffUser &user) const;

    Result<GridOverview> overview(const QString &gridId, const QDateTime &now) const;
    Result<GridHouseholds> households(const QString &gridId) const;
    // By name. Tag names come from the local tags table.
    Result<QList<GridResident>> residents(const QString &gridId, const QDate &today) const;
    // Every group in specialGroupRules() order with its members (residents of the grid, by name).
    Result<QList<QPair<QString, QList<GridResident>>>> specialGroups(const QString &gridId,
                                                                     const QDate &today) const;
    // Tasks of the grids in `gridIds` (empty: all local tasks), open and acknowledged first (by due date),
    // then the rest (newest first).
    Result<QList<GridTaskRow>> tasks(const QStringList &gridIds) const;
    // Supervisors: the local tasks by batch, newest batch first.
    Result<QList<GridTaskBatch>> batches() const;
    // Visits and incidents of a grid, newest first.
    Result<QList<GridActivity>> activity(const QString &gridId, int limit = 200) const;

private:
    Result<QSet<QString>> pending(const QString &entity) const;
    Result<QHash<QString, QString>> regionNames() const;

    Store &m_store;
};

} // namespace gd::store
