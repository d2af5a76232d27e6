#pragma once
// The 设置 Settings page: interface language (中文 / English; applied the next time GovDesk starts, and
// the page says so) and the light/dark palette (applied at once). Saves to Preferences. GUI thread.

#include <QWidget>

class QComboBox;
class QLabel;

namespace gd {

class Preferences;

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(Preferences *preferences, QWidget *parent = nullptr);

signals:
    void themeChanged(const QString &theme);       // "light" / "dark", already applied
    void languageChanged(const QString &language); // "zh_CN" / "en", applies on restart

private:
    void onLanguageChosen(int index);
    void onThemeChosen(int index);

    Preferences *m_preferences;
    QString m_startupLanguage;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_theme = nullptr;
};

} // namespace gd
