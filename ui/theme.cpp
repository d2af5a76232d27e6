#include "ui/theme.h"

#include <QApplication>

namespace gd {
namespace {

struct Colors {
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText,
        placeholder, link, light, midlight, mid, dark, shadow, disabledText, toolTipBase, toolTipText;
};

QPalette build(const Colors &c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.buttonText);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.link);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.toolTipText);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    return p;
}

} // namespace

Theme::Kind Theme::fromName(const QString &name)
{
    return name == QLatin1String("dark") ? Kind::Dark : Kind::Light;
}

QString Theme::name(Kind kind)
{
    return kind == Kind::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

QPalette Theme::palette(Kind kind)
{
    if (kind == Kind::Dark) {
        return build(Colors{QColor(0x1f, 0x21, 0x25), QColor(0xe6, 0xe8, 0xeb), QColor(0x27, 0x2a, 0x30),
                            QColor(0x2d, 0x31, 0x37), QColor(0xe6, 0xe8, 0xeb), QColor(0x30, 0x34, 0x3a),
                            QColor(0xe6, 0xe8, 0xeb), QColor(0x3b, 0x7d, 0xdd), QColor(0xff, 0xff, 0xff),
                            QColor(0x8b, 0x91, 0x9a), QColor(0x7a, 0xaa, 0xf2), QColor(0x46, 0x4b, 0x53),
                            QColor(0x3a, 0x3e, 0x45), QColor(0x2a, 0x2d, 0x33), QColor(0x15, 0x17, 0x1a),
                            QColor(0x00, 0x00, 0x00), QColor(0x6b, 0x70, 0x78), QColor(0x30, 0x34, 0x3a),
                            QColor(0xe6, 0xe8, 0xeb)});
    }
    return build(Colors{QColor(0xf4, 0xf5, 0xf7), QColor(0x1f, 0x23, 0x29), QColor(0xff, 0xff, 0xff),
                        QColor(0xf0, 0xf2, 0xf5), QColor(0x1f, 0x23, 0x29), QColor(0xfb, 0xfb, 0xfc),
                        QColor(0x1f, 0x23, 0x29), QColor(0x2f, 0x6f, 0xde), QColor(0xff, 0xff, 0xff),
                        QColor(0x6b, 0x72, 0x7c), QColor(0x1f, 0x5f, 0xc8), QColor(0xff, 0xff, 0xff),
                        QColor(0xe9, 0xeb, 0xee), QColor(0xc9, 0xcd, 0xd3), QColor(0x9a, 0xa0, 0xa8),
                        QColor(0x5f, 0x64, 0x6b), QColor(0xa0, 0xa5, 0xad), QColor(0xff, 0xff, 0xff),
                        QColor(0x1f, 0x23, 0x29)});
}

void Theme::apply(Kind kind)
{
    QApplication::setPalette(palette(kind));
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc4, 0x1e, 0x2a);
}

QColor Theme::successColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
}

QColor Theme::warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
}

} // namespace gd
