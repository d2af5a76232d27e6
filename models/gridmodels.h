#pragma once
// The item models of the Grid page (issue 8), one list each, filled from store::GridQueries' answers:
//   GridTreeModel          district → street → community → grid (grids are the selectable leaves)
//   HouseholdTreeModel     households (address, members, latest visit) with their members as children
//   GridResidentModel      residents: name, gender and age, tags, special groups
//   SpecialGroupTreeModel  the six groups with their counts, their members as children
//   GridTaskModel          tasks: title, grid, due date, state, not synced
//   GridActivityModel      visits and incidents, newest first, not synced
// GUI thread.

#include "store/gridqueries.h"

#include <QAbstractTableModel>
#include <QStandardItemModel>

namespace gd {

// No "enum … : int" here: lupdate 6.4 then loses the enclosing namespace gd of the classes below.
namespace GridRoles {
enum Role {
    Id = Qt::UserRole + 1, // region, household, citizen, task or record id
    Level,                 // GridTreeModel: "district" … "grid"
    CitizenId,             // the citizen a row is about (residents, members, group members)
    Pending,               // bool: waits in the outbox
    Kind,                  // GridActivityModel: "visit" / "incident"
};
} // namespace GridRoles

class GridTreeModel : public QStandardItemModel {
    Q_OBJECT
public:
    using QStandardItemModel::QStandardItemModel;
    // Parents before children (GridQueries::gridTree()).
    void setRegions(const QList<Region> &regions);
    const QList<Region> &regions() const { return m_regions; }
    const Region *region(const QString &id) const;
    QModelIndex indexOf(const QString &id) const;
    // The first grid in tree order, or "".
    QString firstGrid() const;

private:
    QList<Region> m_regions;
    QHash<QString, QStandardItem *> m_items;
};

class HouseholdTreeModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Column { Address, Members, LastVisit, ColumnCount };
    using QStandardItemModel::QStandardItemModel;
    void setHouseholds(const store::GridHouseholds &households, const QDate &today);
    const QList<Household> &households() const { return m_households; }

private:
    QList<Household> m_households;
};

class GridResidentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, GenderAge, Tags, Groups, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setResidents(const QList<store::GridResident> &residents, const QDate &today);
    const QList<store::GridResident> &residents() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::GridResident> m_rows;
    QDate m_today;
};

class SpecialGroupTreeModel : public QStandardItemModel {
    Q_OBJECT
public:
    using QStandardItemModel::QStandardItemModel;
    void setGroups(const QList<QPair<QString, QList<store::GridResident>>> &groups, const QDate &today);
    int count(const QString &group) const { return m_counts.value(group); }

private:
    QHash<QString, int> m_counts;
};

class GridTaskModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Grid, Due, State, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setTasks(const QList<store::GridTaskRow> &rows);
    const QList<store::GridTaskRow> &tasks() const { return m_rows; }
    const store::GridTaskRow *taskAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::GridTaskRow> m_rows;
};

class GridActivityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Kind, Subject, Summary, Sync, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setActivity(const QList<store::GridActivity> &rows);
    const QList<store::GridActivity> &activity() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::GridActivity> m_rows;
};

} // namespace gd
