#pragma once
// Paints a navigation row: icon and title on a tinted, rounded selection with an accent bar (so the
// blue icons stay readable), a focus outline for keyboard use, and a badge
// with the row's count (NavigationModel::BadgeRole) when it is above zero. GUI thread.

#include <QStyledItemDelegate>

namespace gd {

class NavigationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gd
