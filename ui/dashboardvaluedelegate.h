#pragma once
// Shows the numbers of a DashboardTable the way staff read them (1,234 · 92.3% · 4.56 · ×4.1 · +5.3) and,
// for heat columns, tints the cell by its HeatRole (the value's share of the column's largest). Also the
// one place dashboard figures become text (KPI tiles, tooltips). GUI thread.

#include "models/dashboardtable.h"

#include <QStyledItemDelegate>

namespace gd {

class DashboardValueDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString format(DashboardTable::ValueKind kind, const QVariant &value, const QLocale &locale);

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    mutable DashboardTable::ValueKind m_kind = DashboardTable::ValueKind::Count;
};

} // namespace gd
