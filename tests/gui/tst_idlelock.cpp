// The idle lock (offscreen, Chinese translation, fake network, a clock the test moves): IdleLock counts
// keyboard and mouse input with the injected clock and locks once the timeout has passed without any;
// the main window then hides its pages, menus, toolbar and dialogs behind the LockScreen, which shows the
// user's name and checks the password on the server (a throwaway session, signed out at once; the
// window's own session stays). Wrong password, lockout with the wait, two-step verification, "Sign out"
// from the lock, Ctrl+L, and the setting on the settings page (1–120 minutes or never).

#include "core/clock.h"
#include "core/preferences.h"
#include "domain/codec.h"
#include "fakenetworkaccessmanager.h"
#include "models/navigationmodel.h"
#include "net/apiclient.h"
#include "ui/idlelock.h"
#include "ui/lockscreen.h"
#include "ui/mainwindow.h"
#include "ui/settingspage.h"
#include "ui/syncstatusbar.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace gd;
using gd::test::FakeNetworkAccessManager;
using gd::test::FakeResponse;
using gd::test::RecordedRequest;

namespace {

const QString kLogin = QStringLiteral("/api/v1/auth/login");
const QString kLogout = QStringLiteral("/api/v1/auth/logout");

class MovableClock final : public Clock {
public:
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &utc) { m_now = utc; }
    void advance(std::chrono::seconds by) { m_now = m_now.addSecs(by.count()); }

private:
    QDateTime m_now;
};

AuthTokens officerTokens(const QString &access = QStringLiteral("a1"), bool totp = false)
{
    AuthTokens tokens;
    tokens.accessToken = access;
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.expiresIn = 900;
    tokens.refreshToken = QStringLiteral("r-") + access;
    tokens.user.id = QStringLiteral("u1");
    tokens.user.username = QStringLiteral("officer_wjw");
    tokens.user.displayName = QStringLiteral("王芳");
    tokens.user.role = QStringLiteral("officer");
    tokens.user.totpEnabled = totp;
    return tokens;
}

QString lockText(const char *source)
{
    return QCoreApplication::translate("gd::LockScreen", source);
}

} // namespace

class TestIdleLock : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void locksAfterTheTimeoutWithoutInput();
    void inputPostponesTheLock();
    void zeroNeverLocks();
    void lockHidesTheWindowsContent();
    void shortcutsDoNothingWhileLocked();
    void wrongPasswordKeepsTheLock();
    void lockedAccountShowsTheWait();
    void unreachableServerKeepsTheLock();
    void rightPasswordUnlocksAndKeepsTheSession();
    void twoStepVerificationAsksForTheCode();
    void signOutFromTheLock();
    void ctrlLLocksAtOnce();
    void settingChangesTheTimeout();

private:
    MainWindow *makeWindow();
    LockScreen *lockWindow(MainWindow *window);
    template <typename T> T *child(QObject *parent, const char *name)
    {
        T *object = parent->findChild<T *>(QLatin1String(name));
        if (!object)
            qFatal("no child %s", name);
        return object;
    }

    QTranslator m_chinese;
    QTemporaryDir m_dir;
    MovableClock m_clock;
    QSettings *m_settings = nullptr;
    Preferences *m_preferences = nullptr;
    FakeNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    MainWindow *m_window = nullptr;
};

void TestIdleLock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
}

void TestIdleLock::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC));
    QFile::remove(m_dir.filePath(QStringLiteral("govdesk.ini")));
    m_settings = new QSettings(m_dir.filePath(QStringLiteral("govdesk.ini")), QSettings::IniFormat);
    m_preferences = new Preferences(*m_settings);
    m_network = new FakeNetworkAccessManager;
    m_network->on("GET", QStringLiteral("/api/v1/health"),
                  FakeResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                      {QStringLiteral("version"), QStringLiteral("0.1.0")},
                                                      {QStringLiteral("database"), QStringLiteral("sqlite")},
                                                      {QStringLiteral("time"),
                                                       QStringLiteral("2026-11-24T02:00:00.000Z")}}));
    m_network->on("POST", kLogout, FakeResponse::noContent());
    m_client = new ApiClient(m_network);
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
    m_client->setTokens(officerTokens());
}

void TestIdleLock::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_client;
    delete m_network;
    delete m_preferences;
    delete m_settings;
}

MainWindow *TestIdleLock::makeWindow()
{
    m_window = new MainWindow(m_client, m_clock, m_preferences);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window))
        qFatal("main window not active");
    return m_window;
}

LockScreen *TestIdleLock::lockWindow(MainWindow *window)
{
    m_clock.advance(std::chrono::minutes(11));
    window->idleLock()->check();
    if (!window->isLocked())
        qFatal("the window did not lock");
    return window->lockScreen();
}

void TestIdleLock::locksAfterTheTimeoutWithoutInput()
{
    QWidget widget;
    widget.show();
    IdleLock lock(m_clock);
    lock.setTimeout(std::chrono::minutes(10));
    QSignalSpy locked(&lock, &IdleLock::locked);
    lock.start();
    m_clock.advance(std::chrono::minutes(9) + std::chrono::seconds(59));
    lock.check();
    QVERIFY(!lock.isLocked());
    m_clock.advance(std::chrono::seconds(1));
    lock.check();
    QVERIFY(lock.isLocked());
    QCOMPARE(locked.count(), 1);

    // Input while locked changes nothing; only unlock() does, and counting starts again then.
    QTest::keyClick(&widget, Qt::Key_A);
    QVERIFY(lock.isLocked());
    lock.check();
    QCOMPARE(locked.count(), 1);
    QSignalSpy unlocked(&lock, &IdleLock::unlocked);
    lock.unlock();
    QCOMPARE(unlocked.count(), 1);
    QVERIFY(!lock.isLocked());
    QCOMPARE(lock.lastInputUtc(), m_clock.nowUtc());
    lock.check();
    QVERIFY(!lock.isLocked());
}

void TestIdleLock::inputPostponesTheLock()
{
    QWidget widget;
    widget.resize(200, 100);
    widget.show();
    IdleLock lock(m_clock);
    lock.setTimeout(std::chrono::minutes(10));
    lock.start();
    m_clock.advance(std::chrono::minutes(8));
    QTest::keyClick(&widget, Qt::Key_B); // keyboard
    QCOMPARE(lock.lastInputUtc(), m_clock.nowUtc());
    m_clock.advance(std::chrono::minutes(8));
    lock.check();
    QVERIFY(!lock.isLocked());
    QTest::mouseClick(&widget, Qt::LeftButton); // mouse
    m_clock.advance(std::chrono::minutes(9));
    lock.check();
    QVERIFY(!lock.isLocked());
    m_clock.advance(std::chrono::minutes(1));
    lock.check();
    QVERIFY(lock.isLocked());

    // The timer does the checking by itself.
    IdleLock timed(m_clock);
    timed.setTimeout(std::chrono::minutes(1));
    timed.setCheckInterval(std::chrono::milliseconds(20));
    timed.start();
    m_clock.advance(std::chrono::minutes(2));
    QTRY_VERIFY(timed.isLocked());
}

void TestIdleLock::zeroNeverLocks()
{
    IdleLock lock(m_clock);
    lock.setTimeout(std::chrono::minutes(0));
    lock.start();
    m_clock.advance(std::chrono::hours(24));
    lock.check();
    QVERIFY(!lock.isLocked());
}

void TestIdleLock::lockHidesTheWindowsContent()
{
    QCOMPARE(m_preferences->idleLockMinutes(), 10); // the default
    MainWindow *window = makeWindow();
    QVERIFY(window->idleLock()->isRunning());
    auto *stack = child<QStackedWidget>(window, "pageStack");
    auto *dialog = new QDialog(window); // a dialog of the window, e.g. one of a page's
    dialog->setObjectName(QStringLiteral("someDialog"));
    dialog->show();
    QSignalSpy lockedChanged(window, &MainWindow::lockedChanged);

    m_clock.advance(std::chrono::minutes(9));
    window->idleLock()->check();
    QVERIFY(!window->isLocked());
    m_clock.advance(std::chrono::minutes(1));
    window->idleLock()->check();
    QVERIFY(window->isLocked());
    QCOMPARE(lockedChanged.count(), 1);

    LockScreen *lock = window->lockScreen();
    QVERIFY(lock->isVisible());
    QVERIFY(!stack->isVisible());
    QVERIFY(!child<QWidget>(window, "navigationList")->isVisible());
    QVERIFY(!window->menuBar()->isVisible());
    QVERIFY(!child<QToolBar>(window, "mainToolBar")->isVisible());
    QVERIFY(!dialog->isVisible());
    // The sync state stays in sight; syncing goes on.
    QVERIFY(window->syncStatusBar()->isVisibleTo(window));
    QCOMPARE(child<QLabel>(lock, "lockUserLabel")->text(), QStringLiteral("王芳"));
    QVERIFY(child<QLabel>(lock, "lockAccountLabel")->text().contains(QStringLiteral("officer_wjw")));
    QTRY_VERIFY(child<QLineEdit>(lock, "lockPasswordEdit")->hasFocus());
    QVERIFY(!child<QLineEdit>(lock, "lockTotpEdit")->isVisible());
    // No page content is drawn: a grab shows the lock screen only.
    QVERIFY(window->grab().size().isValid());
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("todayPage"))->isVisible());

    m_network->on("POST", kLogin, FakeResponse::json(200, toJson(officerTokens(QStringLiteral("a2")))));
    QTest::keyClicks(child<QLineEdit>(lock, "lockPasswordEdit"), QStringLiteral("GovDesk!2026"));
    QTest::keyClick(child<QLineEdit>(lock, "lockPasswordEdit"), Qt::Key_Return);
    QTRY_VERIFY(!window->isLocked());
    QVERIFY(stack->isVisible());
    QVERIFY(window->menuBar()->isVisible());
    QVERIFY(dialog->isVisible()); // back as it was
    QCOMPARE(lockedChanged.count(), 2);
    QVERIFY(!lock->isVisible());
}

void TestIdleLock::shortcutsDoNothingWhileLocked()
{
    MainWindow *window = makeWindow();
    QCOMPARE(window->currentPageKey(), QStringLiteral("today"));
    lockWindow(window);
    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    QCOMPARE(window->currentPageKey(), QStringLiteral("today"));
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(!window->searchBox()->hasFocus());
    window->focusSearch(); // the slot itself refuses too
    QVERIFY(!window->searchBox()->hasFocus());
    QVERIFY(!window->goBack());
    QVERIFY(window->isLocked());
}

void TestIdleLock::wrongPasswordKeepsTheLock()
{
    MainWindow *window = makeWindow();
    LockScreen *lock = lockWindow(window);
    m_network->on("POST", kLogin, FakeResponse::apiError(401, QStringLiteral("unauthorized")));
    auto *password = child<QLineEdit>(lock, "lockPasswordEdit");
    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::mouseClick(child<QPushButton>(lock, "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY(!lock->isBusy());
    QCOMPARE(lock->messageText(), lockText("The password is incorrect."));
    QVERIFY(password->text().isEmpty());
    QVERIFY(window->isLocked());
    // The check used the window's user name, and the window's session was not touched.
    const RecordedRequest login = m_network->requests().constLast();
    QCOMPARE(login.json().value(QStringLiteral("username")).toString(), QStringLiteral("officer_wjw"));
    QCOMPARE(m_client->tokens().accessToken, QStringLiteral("a1"));

    // An empty password is not sent.
    const int sent = m_network->count("POST", kLogin);
    lock->submit();
    QCOMPARE(m_network->count("POST", kLogin), sent);
    QCOMPARE(lock->messageText(), lockText("Enter your password."));
}

void TestIdleLock::lockedAccountShowsTheWait()
{
    MainWindow *window = makeWindow();
    LockScreen *lock = lockWindow(window);
    // After repeated failures the server locks the account; its wait is shown and the lock stays.
    m_network->on("POST", kLogin,
                  FakeResponse::apiError(423, QStringLiteral("account_locked"), {},
                                         QJsonObject{{QStringLiteral("retry_after_seconds"), 541}}));
    child<QLineEdit>(lock, "lockPasswordEdit")->setText(QStringLiteral("again"));
    lock->submit();
    QTRY_VERIFY(!lock->isBusy());
    QVERIFY2(lock->messageText().contains(QStringLiteral("10 分钟后")), qPrintable(lock->messageText()));
    QVERIFY(window->isLocked());
}

void TestIdleLock::unreachableServerKeepsTheLock()
{
    MainWindow *window = makeWindow();
    LockScreen *lock = lockWindow(window);
    m_network->on("POST", kLogin, FakeResponse::transport(QNetworkReply::ConnectionRefusedError));
    child<QLineEdit>(lock, "lockPasswordEdit")->setText(QStringLiteral("GovDesk!2026"));
    lock->submit();
    QTRY_VERIFY(!lock->isBusy());
    QVERIFY2(lock->messageText().contains(QStringLiteral("127.0.0.1:8470")), qPrintable(lock->messageText()));
    QVERIFY(lock->messageText().contains(
        lockText("GovDesk stays locked until the server can check your password.")));
    QVERIFY(window->isLocked());
}

void TestIdleLock::rightPasswordUnlocksAndKeepsTheSession()
{
    MainWindow *window = makeWindow();
    window->showPage(QStringLiteral("settings"));
    LockScreen *lock = lockWindow(window);
    m_network->on("POST", kLogin, FakeResponse::json(200, toJson(officerTokens(QStringLiteral("a2")))));
    QSignalSpy unlocked(lock, &LockScreen::unlocked);
    child<QLineEdit>(lock, "lockPasswordEdit")->setText(QStringLiteral("GovDesk!2026"));
    lock->submit();
    QVERIFY(lock->isBusy());
    QVERIFY(unlocked.wait());
    QVERIFY(!window->isLocked());
    QCOMPARE(window->currentPageKey(), QStringLiteral("settings")); // where the user left off
    // The check's own session is signed out at once; the window's session is the one it had.
    QTRY_COMPARE(m_network->count("POST", kLogout), 1);
    QCOMPARE(m_network->requests().constLast().header("Authorization"), QByteArray("Bearer a2"));
    QCOMPARE(m_client->tokens().accessToken, QStringLiteral("a1"));
    QVERIFY(m_client->isSignedIn());
    // Counting starts again after unlocking.
    m_clock.advance(std::chrono::minutes(9));
    window->idleLock()->check();
    QVERIFY(!window->isLocked());
}

void TestIdleLock::twoStepVerificationAsksForTheCode()
{
    MainWindow *window = makeWindow();
    LockScreen *lock = lockWindow(window);
    m_network->on("POST", kLogin, [](const RecordedRequest &request) {
        const QJsonValue totp = request.json().value(QStringLiteral("totp"));
        if (totp.isNull() || totp.isUndefined())
            return FakeResponse::apiError(401, QStringLiteral("totp_required"));
        if (totp.toString() != QLatin1String("123456"))
            return FakeResponse::apiError(401, QStringLiteral("totp_required"), {},
                                          QJsonObject{{QStringLiteral("totp_invalid"), true}});
        return FakeResponse::json(200, toJson(officerTokens(QStringLiteral("a3"))));
    });
    auto *totp = child<QLineEdit>(lock, "lockTotpEdit");
    child<QLineEdit>(lock, "lockPasswordEdit")->setText(QStringLiteral("GovDesk!2026"));
    lock->submit();
    QTRY_VERIFY(totp->isVisible());
    QVERIFY(lock->isTotpRequested());
    QVERIFY2(lock->messageText().contains(QStringLiteral("6 位验证码")), qPrintable(lock->messageText()));
    QTest::keyClicks(totp, QStringLiteral("000000"));
    QTest::keyClick(totp, Qt::Key_Return);
    QTRY_VERIFY(lock->messageText().contains(QStringLiteral("验证码不正确")));
    QVERIFY(window->isLocked());
    QTest::keyClicks(totp, QStringLiteral("123456"));
    QTest::keyClick(totp, Qt::Key_Return);
    QTRY_VERIFY(!window->isLocked());

    // An account known to use two-step verification is asked for the code at once.
    m_client->setTokens(officerTokens(QStringLiteral("a1"), true));
    lockWindow(window);
    QVERIFY(child<QLineEdit>(lock, "lockTotpEdit")->isVisible());
}

void TestIdleLock::signOutFromTheLock()
{
    MainWindow *window = makeWindow();
    LockScreen *lock = lockWindow(window);
    QSignalSpy signingOut(window, &MainWindow::signingOut);
    QSignalSpy signedOut(window, &MainWindow::signedOut);
    QTest::mouseClick(child<QPushButton>(lock, "lockSignOutButton"), Qt::LeftButton);
    QCOMPARE(signingOut.count(), 1);
    QVERIFY(signedOut.wait());
    QCOMPARE(m_network->count("POST", kLogout), 1);
    QVERIFY(!m_client->isSignedIn());
}

void TestIdleLock::ctrlLLocksAtOnce()
{
    MainWindow *window = makeWindow();
    auto *action = child<QAction>(window, "lockAction");
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(window->isLocked());
    QVERIFY(window->idleLock()->isLocked());
}

void TestIdleLock::settingChangesTheTimeout()
{
    MainWindow *window = makeWindow();
    auto *spin = child<QSpinBox>(window->settingsPage(), "idleLockSpin");
    QCOMPARE(spin->value(), 10);
    QCOMPARE(spin->minimum(), 0);
    QCOMPARE(spin->maximum(), 120);
    QVERIFY(!spin->accessibleName().isEmpty());
    spin->setValue(1);
    QCOMPARE(m_preferences->idleLockMinutes(), 1);
    QCOMPARE(window->idleLock()->timeout(), std::chrono::minutes(1));
    m_clock.advance(std::chrono::seconds(61));
    window->idleLock()->check();
    QVERIFY(window->isLocked());

    m_network->on("POST", kLogin, FakeResponse::json(200, toJson(officerTokens(QStringLiteral("a2")))));
    child<QLineEdit>(window->lockScreen(), "lockPasswordEdit")->setText(QStringLiteral("GovDesk!2026"));
    window->lockScreen()->submit();
    QTRY_VERIFY(!window->isLocked());

    spin->setValue(0); // never
    QCOMPARE(spin->text(), spin->specialValueText());
    QCOMPARE(m_preferences->idleLockMinutes(), 0);
    m_clock.advance(std::chrono::hours(8));
    window->idleLock()->check();
    QVERIFY(!window->isLocked());

    // Out-of-range values are clamped.
    m_preferences->setIdleLockMinutes(500);
    QCOMPARE(m_preferences->idleLockMinutes(), 120);
    m_preferences->setIdleLockMinutes(-3);
    QCOMPARE(m_preferences->idleLockMinutes(), 0);
}

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
