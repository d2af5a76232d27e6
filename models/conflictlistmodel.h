#pragma once
// The conflict queue as a table: one row per ConflictEntry (the store's value type), newest last as the
// store lists them, with three columns — kind ("Edit conflict" / "Rejected"), the object it is about
// ("Application 2026-1124-000123") and when the write was refused (local time). The entries come as a
// snapshot read on the sync thread (setEntries replaces them all); the model never touches the store.
//
// GUI thread. Owned by its parent (the conflict queue dialog).

#include "store/conflictrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace gd {

class ConflictListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, ObjectColumn, TimeColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64: ConflictEntry::id
        KindRole,                  // QString: "conflict" / "rejected"
    };
    Q_ENUM(Role)

    explicit ConflictListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setEntries(const QList<store::ConflictEntry> &entries);
    const QList<store::ConflictEntry> &entries() const { return m_entries; }
    // The entry of a row, or nullptr when out of range.
    const store::ConflictEntry *entryAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not listed

private:
    bool isCell(const QModelIndex &index) const;

    QList<store::ConflictEntry> m_entries;
};

} // namespace gd
