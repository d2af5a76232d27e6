#include "models/conflictlistmodel.h"

#include "models/conflicttext.h"

#include <QLocale>

namespace gd {

ConflictListModel::ConflictListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ConflictListModel::isCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() >= 0 &&
           index.row() < m_entries.size() && index.column() >= 0 && index.column() < ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const store::ConflictEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case KindColumn:
            return ConflictText::kindTitle(entry.kind);
        case ObjectColumn:
            if (ConflictText::isAction(entry))
                return ConflictText::actionOutcome(entry);
            return ConflictText::objectTitle(entry.entity, entry.summary);
        case TimeColumn:
            return ConflictText::shortTime(entry.createdAt);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ObjectColumn && ConflictText::isAction(entry))
            return ConflictText::actionOutcome(entry);
        if (index.column() == TimeColumn && entry.createdAt.isValid())
            return QLocale().toString(entry.createdAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case IdRole:
        return entry.id;
    case KindRole:
        return entry.kind;
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ObjectColumn:
        return tr("Object");
    case TimeColumn:
        return tr("When");
    default:
        return {};
    }
}

Qt::ItemFlags ConflictListModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void ConflictListModel::setEntries(const QList<store::ConflictEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const store::ConflictEntry *ConflictListModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(row);
}

int ConflictListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace gd
