#pragma once
// One table of dashboard figures as an item model, the shape Qt Charts' model mappers and the district
// table read: column 0 is the row's label (text), columns 1… are numbers (Qt::DisplayRole a double, an
// empty QVariant where the figure is unknown). Every cell answers KeyRole with the row's key (a day, a
// service id, a topic …) for drill-down, HeatRole with its value as a fraction of the column's largest
// (0…1, for heat colouring) and KindRole with its column's ValueKind (how the view formats it). Contents
// are replaced as a whole (one model reset). GUI thread.

#include <QAbstractTableModel>

#include <optional>

namespace gd {

class DashboardTable : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, HeatRole, KindRole };
    // Points: a signed difference in percentage points ("+5.3"), e.g. a campaign's effect.
    enum class ValueKind { Count, Percent, Rating, Ratio, Time, Points };

    struct Column {
        QString header;
        ValueKind kind = ValueKind::Count;
        bool heat = false; // HeatRole answers for this column
    };
    struct Row {
        QString key;
        QString label;
        QList<std::optional<double>> values; // one per value column
    };

    explicit DashboardTable(QObject *parent = nullptr);

    // `labelHeader` heads column 0; `columns` the value columns.
    void setContents(const QString &labelHeader, const QList<Column> &columns, QList<Row> rows);
    void clear();

    const QList<Row> &rows() const { return m_rows; }
    const QList<Column> &valueColumns() const { return m_columns; }
    int rowOfKey(const QString &key) const;
    QString keyAt(int row) const;
    // Value column `column` (0-based among the value columns) of `row`.
    std::optional<double> value(int row, int column) const;
    // The largest known value of a value column (0 without any).
    double columnMax(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_labelHeader;
    QList<Column> m_columns;
    QList<Row> m_rows;
    QList<double> m_max;
};

} // namespace gd
