// MainWindow (offscreen, fake network, fixed clock): Ctrl+1..8 and the navigation list switch pages,
// Alt+Left goes back, Ctrl+K focuses the search box, the Today page greets the signed-in user and shows
// the server check, the status bar shows server, user and connection, the local copy's state (unlocking,
// online only, a SyncHost's status on the status bar and the settings page), new pending applications
// from the sync (after its first cycle) show as a status bar button and message (the badge on Pending
// counts the queue), every menu action can be reached by keyboard, and signing out ends the session.

#include "../unit/searchfixture.h"

#include "core/clock.h"
#include "core/preferences.h"
#include "domain/codec.h"
#include "fakenetworkaccessmanager.h"
#include "models/navigationmodel.h"
#include "models/newapplicationwatcher.h"
#include "models/queuecountswatcher.h"
#include "net/apiclient.h"
#include "store/localreader.h"
#include "sync/synchost.h"
#include "ui/citizenhomepage.h"
#include "ui/citizenspage.h"
#include "ui/dashboardpage.h"
#include "ui/enterprisehomepage.h"
#include "ui/enterprisespage.h"
#include "ui/globalsearchpopup.h"
#include "ui/gridpage.h"
#include "ui/mainwindow.h"
#include "ui/placeholderpage.h"
#include "ui/pushpage.h"
#include "ui/queuepage.h"
#include "ui/syncstatusbar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace gd;
using gd::test::FakeNetworkAccessManager;
using gd::test::FakeResponse;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return m_now; }
    void setLocal(const QDateTime &local) { m_now = local.toUTC(); }

private:
    QDateTime m_now;
};

AuthTokens officerTokens()
{
    AuthTokens tokens;
    tokens.accessToken = QStringLiteral("a1");
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.expiresIn = 900;
    tokens.refreshToken = QStringLiteral("r1");
    tokens.user.id = QStringLiteral("u1");
    tokens.user.username = QStringLiteral("officer_wjw");
    tokens.user.displayName = QStringLiteral("王芳");
    tokens.user.role = QStringLiteral("officer");
    tokens.user.departmentId = QStringLiteral("wjw");
    tokens.user.departmentName = QStringLiteral("市卫生健康委员会");
    return tokens;
}

QJsonObject healthy()
{
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                       {QStringLiteral("version"), QStringLiteral("0.1.0")},
                       {QStringLiteral("database"), QStringLiteral("sqlite")},
                       {QStringLiteral("time"), QStringLiteral("2026-11-24T02:00:00.000Z")}};
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlNumberSwitchesPages();
    void navigationListSwitchesPages();
    void homepagesBelongToTheirLists();
    void ctrlKFocusesSearch();
    void backGoesToThePreviousPage();
    void listsAndHomepagesAreWired();
    void newPendingApplicationsAreNotified();
    void queueGrowthIsNotified();
    void everyActionHasAKey();
    void tabOrderFollowsTheLayout();
    void todayGreetsTheUser();
    void todayShowsServerCheck();
    void statusBarShowsServerUserAndConnection();
    void unreachableServerIsShown();
    void placeholderPagesSayWhatTheyWillHold();
    void dashboardDrillDownOpensTheCitizensHomepage();
    void signOutEndsTheSession();
    void localDataStates();
    void darkPaletteAppliesAtOnce();

private:
    MainWindow *makeWindow();
    template <typename T> T *child(QObject *parent, const char *name)
    {
        T *object = parent->findChild<T *>(QLatin1String(name));
        if (!object)
            qFatal("no child %s", name);
        return object;
    }

    QTranslator m_chinese;
    QTemporaryDir m_dir;
    FixedClock m_clock;
    QSettings *m_settings = nullptr;
    Preferences *m_preferences = nullptr;
    FakeNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    m_clock.setLocal(QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
}

void TestMainWindow::init()
{
    m_settings = new QSettings(m_dir.filePath(QStringLiteral("govdesk.ini")), QSettings::IniFormat);
    m_preferences = new Preferences(*m_settings);
    m_network = new FakeNetworkAccessManager;
    m_network->on("GET", QStringLiteral("/api/v1/health"), FakeResponse::json(200, healthy()));
    m_client = new ApiClient(m_network);
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
    m_client->setTokens(officerTokens());
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_client;
    delete m_network;
    delete m_preferences;
    delete m_settings;
}

MainWindow *TestMainWindow::makeWindow()
{
    m_window = new MainWindow(m_client, m_clock, m_preferences);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window))
        qFatal("main window not active");
    return m_window;
}

void TestMainWindow::ctrlNumberSwitchesPages()
{
    MainWindow *window = makeWindow();
    auto *stack = child<QStackedWidget>(window, "pageStack");
    const QStringList keys = window->navigationModel()->keys();
    QCOMPARE(keys.size(), 8);
    QCOMPARE(window->currentPageKey(), QStringLiteral("today"));
    for (int n = 8; n >= 1; --n) {
        QTest::keyClick(window, Qt::Key(Qt::Key_0 + n), Qt::ControlModifier);
        const QString key = keys.at(n - 1);
        QCOMPARE(window->currentPageKey(), key);
        QCOMPARE(stack->currentWidget()->objectName(), key + QStringLiteral("Page"));
        QCOMPARE(child<QListView>(window, "navigationList")->currentIndex().row(), n - 1);
    }
}

void TestMainWindow::navigationListSwitchesPages()
{
    MainWindow *window = makeWindow();
    auto *list = child<QListView>(window, "navigationList");
    const QModelIndex pending = window->navigationModel()->indexOf(QStringLiteral("pending"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(pending).center());
    QCOMPARE(window->currentPageKey(), QStringLiteral("pending"));

    // Keyboard: arrow down moves to the next page.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(window->currentPageKey(), QStringLiteral("grid"));
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("网格"));
}

void TestMainWindow::homepagesBelongToTheirLists()
{
    MainWindow *window = makeWindow();
    QVERIFY(window->showPage(QStringLiteral("citizen")));
    QCOMPARE(window->currentPageKey(), QStringLiteral("citizen"));
    QCOMPARE(
        child<QListView>(window, "navigationList")->currentIndex().data(NavigationModel::KeyRole).toString(),
        QStringLiteral("citizens"));
    QVERIFY(window->showPage(QStringLiteral("enterprise")));
    QCOMPARE(
        child<QListView>(window, "navigationList")->currentIndex().data(NavigationModel::KeyRole).toString(),
        QStringLiteral("enterprises"));
    QVERIFY(!window->showPage(QStringLiteral("nope")));
    QCOMPARE(MainWindow::pageKeys().size(), 10);
}

void TestMainWindow::ctrlKFocusesSearch()
{
    MainWindow *window = makeWindow();
    auto *search = child<QLineEdit>(window, "globalSearch");
    QVERIFY(!search->hasFocus());
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    // Without a local copy the results list says why there is nothing to find.
    QSignalSpy answered(window->searchPopup()->model(), &GlobalSearchModel::answered);
    QTest::keyClicks(search, QStringLiteral("zhang san"));
    QVERIFY(answered.wait());
    QVERIFY(window->searchPopup()->isVisible());
    QCOMPARE(window->searchPopup()->model()->state(), GlobalSearchModel::State::NoLocalData);
    QVERIFY(!window->searchPopup()->stateText().isEmpty());
}

void TestMainWindow::backGoesToThePreviousPage()
{
    MainWindow *window = makeWindow();
    auto *back = child<QAction>(window, "backAction");
    QVERIFY(!back->isEnabled());
    QVERIFY(!window->goBack());
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
    window->openCitizen(QStringLiteral("c1"));
    QCOMPARE(window->currentPageKey(), QStringLiteral("citizen"));
    window->openEnterprise(QStringLiteral("e1"));
    QVERIFY(back->isEnabled());
    QCOMPARE(back->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Left));
    QTest::keyClick(window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window->currentPageKey(), QStringLiteral("citizen"));
    QCOMPARE(
        child<QListView>(window, "navigationList")->currentIndex().data(NavigationModel::KeyRole).toString(),
        QStringLiteral("citizens"));
    back->trigger(); // the toolbar's Back button
    QCOMPARE(window->currentPageKey(), QStringLiteral("pending"));
    QVERIFY(window->goBack());
    QCOMPARE(window->currentPageKey(), QStringLiteral("citizens"));
    QVERIFY(window->goBack());
    QCOMPARE(window->currentPageKey(), QStringLiteral("today"));
    QVERIFY(!window->goBack());
    QVERIFY(!back->isEnabled());
}

void TestMainWindow::listsAndHomepagesAreWired()
{
    MainWindow *window = makeWindow();
    auto *stack = child<QStackedWidget>(window, "pageStack");
    QVERIFY(window->citizensPage() && window->citizenHomePage());
    QVERIFY(window->enterprisesPage() && window->enterpriseHomePage());
    QVERIFY(window->showPage(QStringLiteral("citizens")));
    QCOMPARE(stack->currentWidget(), window->citizensPage());

    // A row of the list opens the homepage with that citizen; Back returns to the list.
    emit window->citizensPage()->citizenActivated(QStringLiteral("c1"));
    QCOMPARE(window->currentPageKey(), QStringLiteral("citizen"));
    QCOMPARE(stack->currentWidget(), window->citizenHomePage());
    QCOMPARE(window->citizenHomePage()->citizenId(), QStringLiteral("c1"));
    // A household member's homepage, then back to the first citizen.
    emit window->citizenHomePage()->citizenActivated(QStringLiteral("c2"));
    QCOMPARE(window->citizenHomePage()->citizenId(), QStringLiteral("c2"));
    QVERIFY(window->goBack());
    QCOMPARE(window->currentPageKey(), QStringLiteral("citizen"));
    QCOMPARE(window->citizenHomePage()->citizenId(), QStringLiteral("c1"));
    QVERIFY(window->goBack());
    QCOMPARE(window->currentPageKey(), QStringLiteral("citizens"));

    emit window->enterprisesPage()->enterpriseActivated(QStringLiteral("e1"));
    QCOMPARE(stack->currentWidget(), window->enterpriseHomePage());
    QCOMPARE(window->enterpriseHomePage()->enterpriseId(), QStringLiteral("e1"));
    // The legal representative's homepage.
    emit window->enterpriseHomePage()->citizenActivated(QStringLiteral("c3"));
    QCOMPARE(window->citizenHomePage()->citizenId(), QStringLiteral("c3"));

    // "Show all citizens matching …" of the toolbar search hands the text to the list.
    window->openCitizens(QStringLiteral("张"));
    QCOMPARE(window->currentPageKey(), QStringLiteral("citizens"));
    QCOMPARE(window->citizensPage()->searchText(), QStringLiteral("张"));
}

void TestMainWindow::queueGrowthIsNotified()
{
    // A step that reaches the department (an old application, so not "new") makes the queue grow: the
    // badge follows the count and the growth after the first sync cycle is announced.
    test::SearchFixture fixture;
    QTemporaryDir dir;
    QVERIFY(fixture.create(dir.path()));
    store::LocalReader reader;
    QSignalSpy opened(&reader, &store::LocalReader::opened);
    reader.open(fixture.path(), test::SearchFixture::key());
    QVERIFY(opened.wait(10000));
    MainWindow *window = makeWindow();
    SyncHost host(m_client);
    window->setSyncHost(&host, &reader, fixture.path());
    QTRY_VERIFY(window->queuePage()->countsWatcher()->hasCounts());
    const int before = int(window->queuePage()->countsWatcher()->counts().open);
    QCOMPARE(window->navigationModel()->badge(QStringLiteral("pending")), before);
    // The end of the first cycle takes a fresh count as the baseline; growth is measured from it.
    QSignalSpy counted(window->queuePage()->countsWatcher(), &QueueCountsWatcher::counted);
    emit host.cycleFinished();
    QVERIFY(counted.wait(10000));

    Application moved = test::SearchFixture::application(QStringLiteral("m1"), QStringLiteral("in_progress"),
                                                         m_clock.nowUtc().addDays(-9));
    ApplicationStep step;
    step.seq = 1;
    step.name = QStringLiteral("审核");
    step.departmentId = QStringLiteral("wjw");
    step.status = QStringLiteral("active");
    step.startedAt = m_clock.nowUtc().addSecs(-60);
    step.dueAt = m_clock.nowUtc().addDays(3);
    moved.steps = {step};
    moved.currentStep = 1;
    QVERIFY(fixture.put(QStringLiteral("application"), moved));
    ChangeSet changes;
    changes.changed.insert(QStringLiteral("application"), {QStringLiteral("m1")});
    emit host.dataChanged(changes);
    QTRY_COMPARE(window->navigationModel()->badge(QStringLiteral("pending")), before + 1);
    QTRY_COMPARE(window->newPendingCount(), 1);
    QVERIFY(child<QToolButton>(window, "newPendingButton")->isVisible());
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("1 件新的待办")));
    window->clearLocalData();
}

void TestMainWindow::newPendingApplicationsAreNotified()
{
    test::SearchFixture fixture;
    QTemporaryDir dir;
    QVERIFY(fixture.create(dir.path()));
    store::LocalReader reader;
    QSignalSpy opened(&reader, &store::LocalReader::opened);
    reader.open(fixture.path(), test::SearchFixture::key());
    QVERIFY(opened.wait(10000));
    MainWindow *window = makeWindow();
    SyncHost host(m_client);
    window->setSyncHost(&host, &reader, fixture.path());
    QSignalSpy arrived(window, &MainWindow::newPendingArrived);
    const auto changed = [](const QStringList &ids) {
        ChangeSet changes;
        changes.changed.insert(QStringLiteral("application"), ids);
        return changes;
    };
    const QDateTime now = m_clock.nowUtc();
    const auto put = [&fixture](const QString &id, const QString &status, const QDateTime &submitted) {
        return fixture.put(QStringLiteral("application"),
                           test::SearchFixture::application(id, status, submitted));
    };

    // What the first cycle brings is the backlog: no notification.
    QVERIFY(put(QStringLiteral("a1"), QStringLiteral("submitted"), now));
    emit host.dataChanged(changed({QStringLiteral("a1")}));
    QTest::qWait(200);
    QCOMPARE(arrived.count(), 0);
    QVERIFY(!window->newApplicationWatcher()->isArmed());
    emit host.cycleFinished();
    QVERIFY(window->newApplicationWatcher()->isArmed());

    // New and pending: notified. Completed, or old and merely changed: not.
    QVERIFY(put(QStringLiteral("a2"), QStringLiteral("submitted"), now));
    QVERIFY(put(QStringLiteral("a3"), QStringLiteral("completed"), now));
    QVERIFY(put(QStringLiteral("a4"), QStringLiteral("in_progress"), now.addDays(-3)));
    emit host.dataChanged(changed({QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("a4")}));
    QVERIFY(arrived.wait());
    QCOMPARE(arrived.constLast().at(0).toInt(), 1);
    QCOMPARE(window->newPendingCount(), 1);
    // The badge counts the queue's open steps (待办 N) once they are counted.
    QTRY_VERIFY(window->queuePage()->countsWatcher()->hasCounts());
    QCOMPARE(window->navigationModel()->badge(QStringLiteral("pending")),
             int(window->queuePage()->countsWatcher()->counts().open));
    auto *button = child<QToolButton>(window, "newPendingButton");
    QVERIFY(button->isVisible());
    QVERIFY(button->text().contains(QLatin1Char('1')));
    QVERIFY(!window->statusBar()->currentMessage().isEmpty());
    QVERIFY(!window->statusBar()->currentMessage().contains(QStringLiteral("张三"))); // counts, no names

    // Each application once; a second new one adds to the badge.
    QVERIFY(put(QStringLiteral("a5"), QStringLiteral("supplement"), now));
    emit host.dataChanged(changed({QStringLiteral("a2"), QStringLiteral("a5")}));
    QVERIFY(arrived.wait());
    QCOMPARE(window->newPendingCount(), 2);

    // Ctrl+4 shows them: the news go.
    QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window->currentPageKey(), QStringLiteral("pending"));
    QCOMPARE(window->newPendingCount(), 0);
    QVERIFY(!button->isVisible());

    // The status bar button goes there too.
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QVERIFY(put(QStringLiteral("a6"), QStringLiteral("submitted"), now));
    emit host.dataChanged(changed({QStringLiteral("a6")}));
    QVERIFY(arrived.wait());
    QTRY_VERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(window->currentPageKey(), QStringLiteral("pending"));
    QCOMPARE(window->newPendingCount(), 0);

    // A new local copy (signed out and in again) starts over: its first cycle is the backlog again.
    window->clearLocalData();
    QVERIFY(!window->newApplicationWatcher()->isArmed());
}

void TestMainWindow::everyActionHasAKey()
{
    MainWindow *window = makeWindow();
    const QList<QAction *> menus = window->menuBar()->actions();
    QVERIFY(menus.size() >= 3);
    for (QAction *menuAction : menus) {
        QVERIFY2(menuAction->text().contains(QLatin1Char('&')), qPrintable(menuAction->text()));
        const QList<QAction *> actions = menuAction->menu()->actions();
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(!action->shortcut().isEmpty() || action->text().contains(QLatin1Char('&')),
                     qPrintable(action->text()));
        }
    }
    for (int n = 1; n <= 8; ++n) {
        const QString key = window->navigationModel()->keyAt(n - 1);
        QCOMPARE(child<QAction>(window, qPrintable(key + QStringLiteral("PageAction")))->shortcut(),
                 QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_0 + n))));
    }
    QCOMPARE(child<QAction>(window, "searchAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QVERIFY(!child<QLineEdit>(window, "globalSearch")->accessibleName().isEmpty());
    QVERIFY(!child<QListView>(window, "navigationList")->accessibleName().isEmpty());
}

void TestMainWindow::tabOrderFollowsTheLayout()
{
    MainWindow *window = makeWindow();
    auto *search = child<QLineEdit>(window, "globalSearch");
    auto *list = child<QListView>(window, "navigationList");
    // Toolbar (search) → navigation → page.
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Tab);
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Tab);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY2(child<QStackedWidget>(window, "pageStack")->isAncestorOf(focus),
             focus->metaObject()->className());
}

void TestMainWindow::todayGreetsTheUser()
{
    MainWindow *window = makeWindow();
    auto *greeting = child<QLabel>(window, "greetingLabel");
    QVERIFY2(greeting->text().contains(QStringLiteral("王芳")), qPrintable(greeting->text()));
    QVERIFY2(greeting->text().contains(QStringLiteral("上午好")), qPrintable(greeting->text()));
    auto *role = child<QLabel>(window, "roleLabel");
    QVERIFY2(role->text().contains(QStringLiteral("办事员")), qPrintable(role->text()));
    QVERIFY(role->text().contains(QStringLiteral("市卫生健康委员会")));
    QVERIFY(greeting->isVisible());
}

void TestMainWindow::todayShowsServerCheck()
{
    MainWindow *window = makeWindow();
    // The first check starts when the window is shown.
    QTRY_VERIFY(child<QLabel>(window, "serverStatusLabel")->text().contains(QStringLiteral("运行正常")));
    QVERIFY(child<QLabel>(window, "serverDetailsLabel")->text().contains(QStringLiteral("0.1.0")));
    QVERIFY(child<QLabel>(window, "lastCheckLabel")->text().contains(QStringLiteral("10:00:00")));

    QSignalSpy checked(window, &MainWindow::serverChecked);
    window->checkServer();
    QVERIFY(checked.wait());
    QCOMPARE(m_network->count("GET", QStringLiteral("/api/v1/health")), 2);
}

void TestMainWindow::statusBarShowsServerUserAndConnection()
{
    MainWindow *window = makeWindow();
    QVERIFY(child<QLabel>(window, "serverLabel")->text().contains(QStringLiteral("127.0.0.1:8470")));
    const QString user = child<QLabel>(window, "userLabel")->text();
    QVERIFY2(user.contains(QStringLiteral("王芳")) && user.contains(QStringLiteral("办事员")),
             qPrintable(user));
    QTRY_VERIFY(child<QLabel>(window, "connectionLabel")->text().contains(QStringLiteral("已连接")));
}

void TestMainWindow::unreachableServerIsShown()
{
    m_network->on("GET", QStringLiteral("/api/v1/health"),
                  FakeResponse::transport(QNetworkReply::ConnectionRefusedError));
    MainWindow *window = makeWindow();
    QTRY_VERIFY(child<QLabel>(window, "serverStatusLabel")->text().contains(QStringLiteral("无法连接")));
    QVERIFY(child<QLabel>(window, "serverDetailsLabel")->text().contains(QStringLiteral("127.0.0.1:8470")));
    QTRY_VERIFY(child<QLabel>(window, "connectionLabel")->text().contains(QStringLiteral("无法连接")));
}

void TestMainWindow::placeholderPagesSayWhatTheyWillHold()
{
    MainWindow *window = makeWindow();
    // No placeholders are left: Grid (issue 8) and Push (issue 7) are pages of their own now.
    auto *stack = child<QStackedWidget>(window, "pageStack");
    for (const QString &key : MainWindow::pageKeys()) {
        QVERIFY(window->showPage(key) || key == QLatin1String("citizen") ||
                key == QLatin1String("enterprise"));
        QVERIFY2(!qobject_cast<PlaceholderPage *>(stack->currentWidget()), qPrintable(key));
    }
    QVERIFY(window->showPage(QStringLiteral("grid")));
    QVERIFY(qobject_cast<GridPage *>(stack->currentWidget()));
    QCOMPARE(window->gridPage(), stack->currentWidget());
    QVERIFY(window->showPage(QStringLiteral("push")));
    QVERIFY(qobject_cast<PushPage *>(stack->currentWidget()));
    QCOMPARE(window->pushPage(), stack->currentWidget());
}

void TestMainWindow::dashboardDrillDownOpensTheCitizensHomepage()
{
    MainWindow *window = makeWindow();
    QVERIFY(window->showPage(QStringLiteral("dashboards")));
    auto *stack = child<QStackedWidget>(window, "pageStack");
    QCOMPARE(stack->currentWidget(), window->dashboardPage());
    // The drill-down's last step: the page asks for a citizen, the window opens the homepage; Back returns.
    emit window->dashboardPage()->citizenRequested(QStringLiteral("c-1"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("citizenPage"));
    QVERIFY(window->goBack());
    QCOMPARE(stack->currentWidget(), window->dashboardPage());
}

void TestMainWindow::signOutEndsTheSession()
{
    m_network->on("POST", QStringLiteral("/api/v1/auth/logout"), FakeResponse::noContent());
    MainWindow *window = makeWindow();
    QSignalSpy signedOut(window, &MainWindow::signedOut);
    QSignalSpy expired(window, &MainWindow::sessionExpired);
    child<QAction>(window, "signOutAction")->trigger();
    QVERIFY(signedOut.wait());
    QCOMPARE(m_network->count("POST", QStringLiteral("/api/v1/auth/logout")), 1);
    QVERIFY(!m_client->isSignedIn());
    QCOMPARE(expired.count(), 0);
}

void TestMainWindow::localDataStates()
{
    MainWindow *window = makeWindow();
    auto *mode = child<QLabel>(window, "localDataModeLabel");
    auto *connection = child<QLabel>(window, "connectionLabel");
    auto *conflictsAction = child<QAction>(window, "conflictQueueAction");
    QCOMPARE(window->syncStatusBar()->mode(), SyncStatusBar::Mode::Hidden);
    QVERIFY(!conflictsAction->isEnabled());

    window->setLocalDataUnlocking();
    QCOMPARE(mode->text(), QStringLiteral("正在解锁本地副本…"));
    window->setOnlineOnly();
    QCOMPARE(mode->text(), QStringLiteral("仅在线（无本地副本）"));
    QVERIFY(connection->isVisible()); // online only: the health check tells whether the server answers
    QVERIFY(child<QLabel>(window, "localStateLabel")->text().contains(QStringLiteral("仅在线")));

    // A SyncHost's snapshots reach the status bar and the settings page; the sync bar's own connection
    // indicator replaces the health check's.
    SyncHost host(m_client);
    window->setSyncHost(&host, nullptr, m_dir.filePath(QStringLiteral("x.gdcache")));
    QCOMPARE(window->syncStatusBar()->mode(), SyncStatusBar::Mode::Sync);
    QVERIFY(!connection->isVisible());
    QVERIFY(conflictsAction->isEnabled());
    SyncStatus status;
    status.phase = SyncStatus::Phase::Idle;
    status.online = true;
    status.outboxCount = 4;
    status.conflictCount = 2;
    status.lastSyncAt = m_clock.nowUtc();
    emit host.statusChanged(status);
    QCOMPARE(child<QLabel>(window, "outboxLabel")->text(), QStringLiteral("待上传 4"));
    QVERIFY(child<QToolButton>(window, "conflictsButton")->isVisible());
    QCOMPARE(child<QLabel>(window, "settingsConflictsLabel")->text(), QStringLiteral("2 项更改等待您处理"));
    QCOMPARE(child<QLabel>(window, "cacheFileLabel")->text(), QStringLiteral("x.gdcache"));
    // Without a running engine there is nothing to sync or open: no crash, no dialog.
    QTest::keyClick(window, Qt::Key_F5);
    QTest::mouseClick(child<QToolButton>(window, "conflictsButton"), Qt::LeftButton);
    QVERIFY(!window->conflictQueue());

    window->clearLocalData();
    QCOMPARE(window->syncStatusBar()->mode(), SyncStatusBar::Mode::Hidden);
    QVERIFY(connection->isVisible());
    emit host.statusChanged(status); // detached: ignored
    QVERIFY(!child<QToolButton>(window, "conflictsButton")->isVisible());
}

void TestMainWindow::darkPaletteAppliesAtOnce()
{
    MainWindow *window = makeWindow();
    const QPalette original = QApplication::palette();
    QTest::keyClick(window, Qt::Key_8, Qt::ControlModifier);
    auto *theme = child<QComboBox>(window, "themeCombo");
    theme->setFocus();
    QTest::keyClick(theme, Qt::Key_Down); // light -> dark, as a keyboard user would
    QCOMPARE(m_preferences->theme(), QStringLiteral("dark"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() < 128);
    QTest::keyClick(theme, Qt::Key_Up);
    QCOMPARE(m_preferences->theme(), QStringLiteral("light"));
    QApplication::setPalette(original);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
