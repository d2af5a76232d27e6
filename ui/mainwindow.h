#pragma once
// The workstation's main window for a signed-in staff member: the navigation list on the left (bound to
// NavigationModel), a stack of pages (today, citizens, enterprises, pending, grid, push, dashboards,
// settings, plus the citizen and enterprise homepages reached from their lists), a toolbar with the
// global search box (Ctrl+K), Ctrl+1 ... Ctrl+8 to jump to pages, a status bar with the server address,
// the signed-in user and role and the connection state, and the File / Go / Help menus.
//
// Checks the server's health when shown and every minute. Signing out runs a LogoutJob and then emits
// signedOut(); the ApiClient's sessionExpired() is passed on. The composition root decides what happens
// next (sign-in dialog, quit). GUI thread. Does not own the ApiClient, Clock or Preferences.

#include <QMainWindow>
#include <QMap>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;

namespace gd {

class ApiClient;
class Clock;
class HealthJob;
class NavigationModel;
class Preferences;
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

public slots:
    // Shows a page by key; false for an unknown key.
    bool showPage(const QString &key);
    void checkServer();
    void signOut();
    void focusSearch();
    void showAbout();

signals:
    void signedOut();
    void sessionExpired();
    void quitRequested();
    void serverChecked(); // a health check finished; the Today page and status bar show it

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

    ApiClient *m_client;
    const Clock &m_clock;
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
    QTimer *m_healthTimer = nullptr;
    QPointer<HealthJob> m_healthJob;
    bool m_signingOut = false;
    bool m_syncingNavigation = false;
    bool m_checkedOnce = false;
};

} // namespace gd
