#pragma once
// The user's preferences of this workstation, stored in a QSettings the composition root owns and
// injects (tests pass one backed by a temporary file): UI language, light/dark palette, and the server
// address and username remembered by the sign-in dialog. Never stores passwords or tokens.
// Lives on the GUI thread (QSettings is not shared across threads here).

#include <QStringList>

class QSettings;

namespace gd {

class Preferences {
public:
    explicit Preferences(QSettings &settings);

    // "zh_CN" (the default) or "en".
    QString language() const;
    void setLanguage(const QString &language);
    static QStringList supportedLanguages();
    static QString defaultLanguage();

    // "light" (the default) or "dark".
    QString theme() const;
    void setTheme(const QString &theme);

    QString lastServer() const;
    void setLastServer(const QString &server);
    QString lastUsername() const;
    void setLastUsername(const QString &username);

    void sync();

private:
    QSettings &m_settings;
};

} // namespace gd
