#include "ui/navigationdelegate.h"

#include "models/navigationmodel.h"
#include "ui/theme.h"

#include <QAbstractItemView>
#include <QPainter>

namespace gd {
namespace {
constexpr int kIconSize = 24;
constexpr int kMargin = 6;
constexpr int kPadding = 12;
} // namespace

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QPalette &palette = opt.palette;
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const bool enabled = opt.state.testFlag(QStyle::State_Enabled);
    const bool dark = Theme::isDark(palette);
    const QRect row = opt.rect.adjusted(kMargin, 2, -kMargin, -2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    // A tinted pill with an accent bar instead of a solid highlight, so the icons stay readable.
    if (selected) {
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlpha(dark ? 80 : 40);
        painter->setBrush(tint);
        painter->drawRoundedRect(row, 6, 6);
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawRoundedRect(QRect(row.left(), row.top() + 8, 3, row.height() - 16), 1.5, 1.5);
    } else if (opt.state.testFlag(QStyle::State_MouseOver)) {
        QColor hover = palette.color(QPalette::Text);
        hover.setAlpha(16);
        painter->setBrush(hover);
        painter->drawRoundedRect(row, 6, 6);
    }
    const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget);
    // The outline shows once the keyboard moved the focus (like CSS :focus-visible), not after a click.
    if (opt.state.testFlag(QStyle::State_HasFocus) && opt.state.testFlag(QStyle::State_KeyboardFocusChange) &&
        view && view->hasFocus()) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5));
        painter->drawRoundedRect(QRectF(row).adjusted(0.75, 0.75, -0.75, -0.75), 6, 6);
    }

    const QRect iconRect(row.left() + kPadding, row.center().y() - kIconSize / 2 + 1, kIconSize, kIconSize);
    opt.icon.paint(painter, iconRect, Qt::AlignCenter, enabled ? QIcon::Normal : QIcon::Disabled);

    QFont font = opt.font;
    font.setBold(selected);
    painter->setFont(font);
    painter->setPen(palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    QRect textRect = row.adjusted(kPadding + kIconSize + 10, 0, -kPadding, 0);

    const int badge = index.data(NavigationModel::BadgeRole).toInt();
    if (badge > 0) {
        const QString text = badge > 99 ? QStringLiteral("99+") : QString::number(badge);
        QFont badgeFont = opt.font;
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
        badgeFont.setBold(true);
        const QFontMetrics metrics(badgeFont);
        const int height = metrics.height() + 2;
        const int width = qMax(height, metrics.horizontalAdvance(text) + 10);
        const QRect pill(row.right() - width - 8, row.center().y() - height / 2 + 1, width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::errorColor(palette));
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(dark ? QColor(0x1f, 0x21, 0x25) : QColor(Qt::white));
        painter->setFont(badgeFont);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->setFont(font);
        painter->setPen(palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Text));
        textRect.setRight(pill.left() - 6);
    }
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(font).elidedText(opt.text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height() + 16, 44));
    return size;
}

} // namespace gd
