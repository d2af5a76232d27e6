#include "ui/sladelegate.h"

#include "domain/worktime.h"
#include "models/queuelistmodel.h"
#include "ui/slastyle.h"
#include "ui/theme.h"

#include <QApplication>
#include <QPainter>

namespace gd {

SlaDelegate::SlaDelegate(int slaColumn, int numberColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_slaColumn(slaColumn)
    , m_numberColumn(numberColumn)
{
}

QString SlaDelegate::pendingSyncText()
{
    return tr("Pending sync");
}

void SlaDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == m_numberColumn && index.data(QueueListModel::PendingSyncRole).toBool()) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString marker = pendingSyncText();
        const QFontMetrics fm(opt.font);
        const int markerWidth = fm.horizontalAdvance(marker) + 12;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect textRect = opt.rect.adjusted(6, 0, -markerWidth - 6, 0);
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        painter->save();
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));
        const QRect pill(opt.rect.right() - markerWidth - 2, opt.rect.top() + 3, markerWidth,
                         opt.rect.height() - 6);
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor warning = Theme::warningColor(opt.palette);
        painter->setPen(QPen(selected ? opt.palette.color(QPalette::HighlightedText) : warning, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->drawText(pill, Qt::AlignCenter, marker);
        painter->restore();
        return;
    }
    if (index.column() != m_slaColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const SlaState state =
        slaStateFromName(index.data(QueueListModel::SlaStateRole).toString()).value_or(SlaState::Normal);
    const SlaColors colors = SlaStyle::colors(state, opt.palette);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QFontMetrics fm(opt.font);
    QFont font = opt.font;
    if (state == SlaState::Overdue)
        font.setBold(true);
    const QFontMetrics bold(font);
    const int width = qMin(opt.rect.width() - 8, bold.horizontalAdvance(text) + 18);
    const QRect pill(opt.rect.left() + 4, opt.rect.top() + 3, width, opt.rect.height() - 6);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (colors.background.alpha() > 0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? opt.palette.color(QPalette::Base) : colors.background);
        painter->drawRoundedRect(pill, 4, 4);
    }
    painter->setFont(font);
    painter->setPen(selected && colors.background.alpha() == 0 ? opt.palette.color(QPalette::HighlightedText)
                                                               : colors.text);
    painter->drawText(pill.adjusted(7, 0, -5, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      bold.elidedText(text, Qt::ElideRight, pill.width() - 12));
    painter->restore();
}

} // namespace gd
