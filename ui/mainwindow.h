#pragma once
// The workstation's main window for a signed-in staff member: the navigation list on the left (bound to
// NavigationModel), a stack of pages (today, citizens, enterprises, pending, grid, push, dashboards,
// settings, plus the citizen and enterprise homepages reached from their lists), a toolbar with the
// global search box (Ctrl+K), Ctrl+1 ... Ctrl+8 to jump to pages, a status bar with the sync state
// (SyncStatusBar), the server address, the signed-in user and role and the connection state, and the
// File / Go / Help menus (File has Sync now, F5, and the conflict queue).
//
// The local copy is the composition root's: it tells the window whether the copy is being unlocked,
// unavailable (online only) or open with a SyncHost, and the window shows the host's SyncStatus in the
// status bar and on the settings page, opens the conflict queue (ConflictQueueDialog; its entries are
// read and its decisions run on the sync thread through SyncHost::run) and passes "wipe local data" on.
//
// Checks the server's health when shown and every minute. Signing out emits signingOut(), runs a
// LogoutJob and then emits signedOut(); the ApiClient's sessionExpired() is passed on. The composition
// root decides what happens next (sign-in dialog, quit). GUI thread. Does not own the ApiClient, Clock,
// Preferences or SyncHost.

#include "ui/syncstatusbar.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;

namespace gd {

class ApiClient;
class Clock;
class DataContext;
namespace store {
class LocalReader;
}
class ConflictQueueDialog;
class HealthJob;
class NavigationModel;
class Preferences;
class SettingsPage;
class SyncHost;
class TodayPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr int kHealthIntervalMs = 60 * 1000;

    MainWindow(ApiClient *client, const Clock &clock, Preferences *preferences, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Every page key, in navigation order, then "citizen" and "enterprise" (the homepages).
    static QStringList pageKeys();
    QString currentPageKey() const;
    NavigationModel *navigationModel() const { return m_navigation; }
    SyncStatusBar *syncStatusBar() const { return m_syncBar; }
    SettingsPage *settingsPage() const { return m_settings; }
    ConflictQueueDialog *conflictQueue() const; // the open conflict queue, or nullptr

    // The local copy, as the composition root reports it: the keychain is being asked for its key; the
    // keychain is unavailable and GovDesk works online only; or the copy is open and `host` syncs it
    // (cachePath: its file, for the settings page). clearLocalData() shows nothing (signing out).
    void setLocalDataUnlocking();
    void setOnlineOnly();
    // `reader` reads the same copy for the pages (DataContext; it opens after the engine has opened it).
    void setSyncHost(SyncHost *host, store::LocalReader *reader, const QString &cachePath);
    // What the pages read and write through (client, clock, local copy). Owned by the window.
    DataContext *dataContext() const { return m_data; }
    void clearLocalData();

public slots:
    // Shows a page by key; false for an unknown key.
    bool showPage(const QString &key);
    void checkServer();
    void signOut();
    void focusSearch();
    void showAbout();
    void syncNow();
    void openConflictQueue();

signals:
    void signingOut(); // sign-out starts (before the server is told): stop syncing
    void signedOut();
    void sessionExpired();
    void quitRequested();
    void serverChecked();          // a health check finished; the Today page and status bar show it
    void wipeLocalDataRequested(); // the user confirmed "Wipe local data" on the settings page

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    void addPage(const QString &key, QWidget *page);
    void onNavigationChanged(const QModelIndex &current);
    void updateConnectionLabel();
    void updateUserLabel();
    void setLocalDataMode(SyncStatusBar::Mode mode);
    void detachSyncHost();
    void onSyncStatus(const SyncStatus &status);
    void reloadConflicts();
    SyncHost *runningSync() const; // the SyncHost if it runs an engine, else nullptr

    ApiClient *m_client;
    const Clock &m_clock;
    DataContext *m_data;
    Preferences *m_preferences;
    NavigationModel *m_navigation;
    QListView *m_navigationView = nullptr;
    QStackedWidget *m_stack = nullptr;
    QMap<QString, QWidget *> m_pages;
    TodayPage *m_today = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    SyncStatusBar *m_syncBar = nullptr;
    SettingsPage *m_settings = nullptr;
    QPointer<SyncHost> m_sync;
    QString m_cachePath;
    QPointer<ConflictQueueDialog> m_conflictDialog;
    QAction *m_conflictsAction = nullptr;
    QTimer *m_healthTimer = nullptr;
    QPointer<HealthJob> m_healthJob;
    bool m_signingOut = false;
    bool m_syncingNavigation = false;
    bool m_checkedOnce = false;
};

} // namespace gd
