#pragma once
// The light and dark palettes of GovDesk (on the Fusion style) and applying one to the running
// application. Everything else takes its colours from the palette, so a switch applies live.
// GUI thread.

#include <QColor>
#include <QPalette>
#include <QString>

namespace gd {

class Theme {
public:
    enum class Kind { Light, Dark };

    static Kind fromName(const QString &name); // "dark" -> Dark, anything else -> Light
    static QString name(Kind kind);            // "light" / "dark"

    static QPalette palette(Kind kind);
    static void apply(Kind kind); // sets the application palette (the style must be Fusion)
    static bool isDark(const QPalette &palette);

    // Accent colours that are not palette roles, readable on the given palette's Window/Base colours.
    static QColor errorColor(const QPalette &palette);
    static QColor successColor(const QPalette &palette);
    static QColor warningColor(const QPalette &palette);
};

} // namespace gd
