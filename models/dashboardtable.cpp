#include "models/dashboardtable.h"

#include <algorithm>

namespace gd {

DashboardTable::DashboardTable(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DashboardTable::setContents(const QString &labelHeader, const QList<Column> &columns, QList<Row> rows)
{
    beginResetModel();
    m_labelHeader = labelHeader;
    m_columns = columns;
    m_rows = std::move(rows);
    m_max = QList<double>(m_columns.size(), 0.0);
    for (Row &row : m_rows) {
        row.values.resize(m_columns.size());
        for (int c = 0; c < m_columns.size(); ++c) {
            if (row.values.at(c))
                m_max[c] = std::max(m_max.at(c), *row.values.at(c));
        }
    }
    endResetModel();
}

void DashboardTable::clear()
{
    setContents(m_labelHeader, m_columns, {});
}

int DashboardTable::rowOfKey(const QString &key) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.key == key; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

QString DashboardTable::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

std::optional<double> DashboardTable::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size())
        return std::nullopt;
    return m_rows.at(row).values.at(column);
}

double DashboardTable::columnMax(int column) const
{
    return column >= 0 && column < m_max.size() ? m_max.at(column) : 0.0;
}

int DashboardTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QVariant DashboardTable::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == KeyRole)
        return row.key;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.label;
        return {};
    }
    const int c = index.column() - 1;
    const std::optional<double> value = row.values.at(c);
    switch (role) {
    case Qt::DisplayRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case KindRole:
        return int(m_columns.at(c).kind);
    case HeatRole:
        if (!m_columns.at(c).heat || !value || m_max.at(c) <= 0)
            return {};
        return *value / m_max.at(c);
    default:
        return {};
    }
}

QVariant DashboardTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return m_labelHeader;
    return section - 1 < m_columns.size() ? m_columns.at(section - 1).header : QVariant();
}

} // namespace gd
