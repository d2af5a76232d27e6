#pragma once
// The 设置 Settings page: interface language (中文 / English; applied the next time GovDesk starts, and
// the page says so), the light/dark palette (applied at once), 自动锁定 the idle lock (minutes without
// input before the window locks, 1–120 or never; applied at once), and 本地数据 Local data — where the
// encrypted local copy is (file name only), its size on disk, the unsent changes and conflicts, the last
// sync, 立即同步 Sync now and 清除本地数据 Wipe local data (after a confirmation that names what would be
// lost; see WipeLocalDataDialog). The page only asks; the composition root wipes (wipeRequested()).
// Saves preferences to Preferences. GUI thread.

#include "sync/syncstatus.h"
#include "ui/syncstatusbar.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace gd {

class Preferences;
class WipeLocalDataDialog;

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(Preferences *preferences, QWidget *parent = nullptr);

    // The state of the local copy (the status bar's modes) and, when open, its file.
    void setLocalData(SyncStatusBar::Mode mode, const QString &cachePath = {});
    void setSyncStatus(const SyncStatus &status);
    // The size of the local copy's files (database, WAL, shared memory), 0 when there are none.
    static qint64 sizeOnDisk(const QString &cachePath);

public slots:
    // Opens the confirmation; wipeRequested() follows if the user confirms.
    void askToWipe();

signals:
    void themeChanged(const QString &theme);       // "light" / "dark", already applied
    void idleLockChanged(int minutes);             // 0 = never; already saved
    void languageChanged(const QString &language); // "zh_CN" / "en", applies on restart
    void syncNowRequested();
    void wipeRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildLocalDataCard();
    QWidget *buildScreenLockCard();
    void onLanguageChosen(int index);
    void onThemeChosen(int index);
    void updateLocalData();

    Preferences *m_preferences;
    QString m_startupLanguage;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_idleLock = nullptr;

    SyncStatusBar::Mode m_localMode = SyncStatusBar::Mode::Hidden;
    QString m_cachePath;
    SyncStatus m_status;
    QLabel *m_localState = nullptr;
    QLabel *m_cacheFile = nullptr;
    QLabel *m_cacheSize = nullptr;
    QLabel *m_outbox = nullptr;
    QLabel *m_conflicts = nullptr;
    QLabel *m_lastSync = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_wipe = nullptr;
    QPointer<WipeLocalDataDialog> m_wipeDialog;
};

} // namespace gd
