#pragma once
// The user's preferences of this workstation, stored in a QSettings the composition root owns and
// injects (tests pass one backed by a temporary file): UI language, light/dark palette, the idle lock's
// timeout, and the server address, username and staff id of the last sign-in (the staff id names the
// keychain entry of the refresh token that lets the next start resume the session). Never stores
// passwords or tokens.
// Lives on the GUI thread (QSettings is not shared across threads here).

#include <QByteArray>
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
    // StaffUser::id of the last sign-in (with lastServer() the Account of its refresh token).
    QString lastStaffId() const;
    void setLastStaffId(const QString &staffId);

    // Minutes without keyboard or mouse input before the main window locks: 1 ... kMaxIdleLockMinutes,
    // or 0 = never. Default kDefaultIdleLockMinutes; out-of-range values are clamped.
    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kMaxIdleLockMinutes = 120;
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

    // The pending queue's saved views (filters and sort under a name), as the queue page encodes them
    // (a JSON array). Empty when none were saved.
    QByteArray savedQueueViews() const;
    void setSavedQueueViews(const QByteArray &json);

    // Writes the settings to their file now (QSettings: a temporary file, fsync, rename), then the
    // last-good copy (SettingsFile::backUp). The composition root restores that copy at start when the
    // file is damaged (SettingsFile::recoverIfDamaged).
    void sync();

private:
    QSettings &m_settings;
};

} // namespace gd
