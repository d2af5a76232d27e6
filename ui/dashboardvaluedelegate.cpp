#include "ui/dashboardvaluedelegate.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

#include <cmath>

namespace gd {

QString DashboardValueDelegate::format(DashboardTable::ValueKind kind, const QVariant &value,
                                       const QLocale &locale)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("—");
    if (value.metaType().id() == QMetaType::QString)
        return value.toString();
    const double v = value.toDouble();
    switch (kind) {
    case DashboardTable::ValueKind::Count:
        return locale.toString(qint64(std::llround(v)));
    case DashboardTable::ValueKind::Percent:
        return locale.toString(v, 'f', 1) + QLatin1Char('%');
    case DashboardTable::ValueKind::Rating:
        return locale.toString(v, 'f', 2);
    case DashboardTable::ValueKind::Ratio:
        return QStringLiteral("×") + locale.toString(v, 'f', 1);
    case DashboardTable::ValueKind::Time:
        return QDateTime::fromMSecsSinceEpoch(qint64(v)).toString(QStringLiteral("yyyy-MM-dd"));
    case DashboardTable::ValueKind::Points: {
        const double rounded = std::round(v * 10.0) / 10.0; // no "-0.0"
        const QString digits = locale.toString(std::abs(rounded), 'f', 1);
        return rounded > 0   ? locale.positiveSign() + digits
               : rounded < 0 ? locale.negativeSign() + digits
                             : digits;
    }
    }
    return value.toString();
}

QString DashboardValueDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    // Item views hand over their locale without group separators; staff read "12,345".
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return format(m_kind, value, grouped);
}

void DashboardValueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    const QVariant kind = index.data(DashboardTable::KindRole);
    m_kind = kind.isValid() ? DashboardTable::ValueKind(kind.toInt()) : DashboardTable::ValueKind::Count;
    QStyledItemDelegate::initStyleOption(option, index);
}

void DashboardValueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QVariant heat = index.data(DashboardTable::HeatRole);
    if (heat.isValid() && !(option.state & QStyle::State_Selected)) {
        // From the base colour to a warm orange as the value nears the column's largest.
        QColor tint(0xf0, 0x8a, 0x24);
        tint.setAlphaF(float(0.08 + 0.5 * std::clamp(heat.toDouble(), 0.0, 1.0)));
        painter->fillRect(option.rect, tint);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace gd
