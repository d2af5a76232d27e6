#include "ui/slastyle.h"

#include "ui/theme.h"

namespace gd {

SlaColors SlaStyle::colors(SlaState state, const QPalette &palette)
{
    const auto tint = [&palette](const QColor &color) {
        QColor c = color;
        c.setAlpha(Theme::isDark(palette) ? 70 : 40);
        return c;
    };
    switch (state) {
    case SlaState::Overdue: {
        const QColor c = Theme::errorColor(palette);
        return {c, tint(c)};
    }
    case SlaState::DueSoon: {
        const QColor c = Theme::warningColor(palette);
        return {c, tint(c)};
    }
    case SlaState::Paused: {
        const QColor c = palette.color(QPalette::PlaceholderText);
        return {c, tint(c)};
    }
    case SlaState::Done: {
        const QColor c = Theme::successColor(palette);
        return {c, Qt::transparent};
    }
    case SlaState::Normal:
        break;
    }
    return {palette.color(QPalette::Text), Qt::transparent};
}

} // namespace gd
