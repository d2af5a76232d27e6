#pragma once
// The workstation's main window for a signed-in staff member: the navigation list on the left (bound to
// NavigationModel), a stack of pages (today, citizens, enterprises, pending, grid, push, dashboards,
// settings, plus the citizen and enterprise homepages reached from their lists), a toolbar with Back
// (Alt+Left: the pages visited before, homepages with the object they showed) and the global search box
// (Ctrl+K; GlobalSearchPopup: citizens, enterprises and services of the local copy as you type),
// Ctrl+1 ... Ctrl+8 to jump to pages, a status bar with the sync state (SyncStatusBar), new pending
// applications, the server address, the signed-in user and role and the connection state, and the
// File / Go / Help menus (File has Sync now, F5, the conflict queue and Lock, Ctrl+L).
//
// Idle lock: after the Preferences' minutes without input (IdleLock, with the injected Clock; set on the
// settings page) or on Ctrl+L the window hides its pages, menus and toolbar, hides the dialogs it has
// open, and shows the LockScreen until the server has checked the password again; syncing and the
// status bar go on. "Sign out" on the lock screen signs out.
//
// The badge on 待办 Pending counts the queue's open steps (QueuePage's QueueCountsWatcher). When that
// count grows after the session's first sync cycle (new applications, steps reaching the department) —
// or, without counts, when NewApplicationWatcher reports new applications — a status bar button and
// message ("N new pending applications") and a tray message when the desktop has a system tray
// (clicking it opens Pending) say so; visiting the Pending page clears them. Notifications carry counts
// only, never names.
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
#include <QSet>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;
class QToolBar;
class QToolButton;

namespace gd {

class ApiClient;
struct QueueCounts;
class CitizenHomePage;
class CitizensPage;
class Clock;
class DataContext;
class EnterpriseHomePage;
class EnterprisesPage;
namespace store {
class LocalReader;
}
class ConflictQueueDialog;
class GlobalSearchPopup;
class HealthJob;
class IdleLock;
class LockScreen;
class NavigationModel;
class NewApplicationWatcher;
class Preferences;
class QueuePage;
class DashboardPage;
class GridPage;
class PushPage;
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
    CitizensPage *citizensPage() const { return m_citizens; }
    TodayPage *todayPage() const { return m_today; }
    CitizenHomePage *citizenHomePage() const { return m_citizenHome; }
    EnterprisesPage *enterprisesPage() const { return m_enterprises; }
    EnterpriseHomePage *enterpriseHomePage() const { return m_enterpriseHome; }
    QueuePage *queuePage() const { return m_queue; }
    DashboardPage *dashboardPage() const { return m_dashboards; }
    PushPage *pushPage() const { return m_push; }
    GridPage *gridPage() const { return m_grid; }
    ConflictQueueDialog *conflictQueue() const; // the open conflict queue, or nullptr
    QLineEdit *searchBox() const { return m_search; }
    GlobalSearchPopup *searchPopup() const { return m_searchPopup; }
    IdleLock *idleLock() const { return m_idleLock; }
    LockScreen *lockScreen() const { return m_lockScreen; }
    bool isLocked() const;
    // New pending applications not looked at yet (the badge on Pending).
    int newPendingCount() const;
    NewApplicationWatcher *newApplicationWatcher() const { return m_newApplications; }
    bool canGoBack() const { return !m_history.isEmpty(); }

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
    // Hides the window's content behind the lock screen (Ctrl+L; the idle lock).
    void lock();
    // The citizen's / enterprise's homepage.
    void openCitizen(const QString &id);
    void openEnterprise(const QString &id);
    // The Citizens page, searching for `text`.
    void openCitizens(const QString &text);
    // The catalogue entry of a service, in a small dialog.
    void showService(const QString &id);
    // The page shown before the current one (Alt+Left); false when there is none.
    bool goBack();

signals:
    void signingOut(); // sign-out starts (before the server is told): stop syncing
    void signedOut();
    void sessionExpired();
    void quitRequested();
    void serverChecked();          // a health check finished; the Today page and status bar show it
    void wipeLocalDataRequested(); // the user confirmed "Wipe local data" on the settings page
    void lockedChanged(bool locked);
    void newPendingArrived(int count); // the badge count after new pending applications arrived

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
    void showPageOf(const QString &key, const QString &objectId, bool remember);
    void openCitizenPage(const QString &id, bool remember);
    void openEnterprisePage(const QString &id, bool remember);
    void rememberCurrentPage();
    void setLocked(bool locked);
    void onNewApplications(const QStringList &ids);
    void clearNewPending();
    void onQueueCounts(const QueueCounts &counts);
    // Status bar button and message, and (desktop) the tray message "N 件新的待办" that opens Pending.
    void notifyNewPending(int arrived, bool desktop);
    void updatePendingBadge();
    void updateBackAction();
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
    QStackedWidget *m_central = nullptr; // the content, or the lock screen
    QWidget *m_content = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMap<QString, QWidget *> m_pages;
    TodayPage *m_today = nullptr;
    CitizensPage *m_citizens = nullptr;
    CitizenHomePage *m_citizenHome = nullptr;
    EnterprisesPage *m_enterprises = nullptr;
    EnterpriseHomePage *m_enterpriseHome = nullptr;
    QueuePage *m_queue = nullptr;
    DashboardPage *m_dashboards = nullptr;
    PushPage *m_push = nullptr;
    GridPage *m_grid = nullptr;
    QLineEdit *m_search = nullptr;
    GlobalSearchPopup *m_searchPopup = nullptr;
    QAction *m_backAction = nullptr;
    struct Visit {
        QString key;
        QString objectId; // the citizen or enterprise a homepage showed
    };
    QList<Visit> m_history;
    QString m_citizenId;
    QString m_enterpriseId;
    IdleLock *m_idleLock = nullptr;
    LockScreen *m_lockScreen = nullptr;
    QList<QPointer<QWidget>> m_hiddenWhileLocked;
    QPointer<QWidget> m_focusBeforeLock;
    NewApplicationWatcher *m_newApplications = nullptr;
    QSet<QString> m_newPending;
    int m_newByCounts = 0;       // growth of the queue's open steps not looked at yet
    qint64 m_lastOpenCount = -1; // the queue's open steps at the last count; -1 before the first
    QToolButton *m_newPendingButton = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
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
