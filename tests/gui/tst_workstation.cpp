// The composition root's session flow (Workstation + LocalDataSession; offscreen, Chinese translation,
// fake network for the GUI's client, in-memory fake keychain): after signing in, the cache key comes from
// the keychain and the sync engine opens the encrypted local copy in the --cache-dir folder; the refresh
// token is saved in the keychain (and again when it rotates) and removed on sign-out, which stops syncing
// and leaves the copy on disk. When the keychain is unavailable or its key is damaged, the user is asked —
// "work online only" (no local copy, no secrets stored anywhere, 仅在线（无本地副本）) or "sign out";
// never a plaintext fallback. Wiping deletes the copy and its key, then signs out. The conflict queue
// reads its entries and runs the user's decision on the sync thread.
// Resuming at start: the remembered account's refresh token (keychain) is exchanged while the dialog shows
// "signing in"; the window opens without the password and the rotated token replaces the saved one. A
// rejected token is deleted; an unreachable server keeps it and says so; Stop falls back to the password.

#include "core/clock.h"
#include "core/preferences.h"
#include "domain/codec.h"
#include "fakenetworkaccessmanager.h"
#include "fakesecretbackend.h"
#include "main/localdatasession.h"
#include "main/workstation.h"
#include "models/conflictlistmodel.h"
#include "net/apiclient.h"
#include "store/store.h"
#include "sync/synchost.h"
#include "ui/conflictqueuedialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/settingspage.h"
#include "ui/signindialog.h"
#include "ui/syncstatusbar.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace gd;
using gd::test::FakeNetworkAccessManager;
using gd::test::FakeResponse;
using gd::test::FakeSecretBackend;
using gd::test::RecordedRequest;

namespace {

// Nothing listens on port 1: the sync engine's own requests fail at once, which is all these tests need
// from it (they are about the session, not about syncing).
const QString kServer = QStringLiteral("http://127.0.0.1:1");
const QString kCacheKey = QStringLiteral("cache-key/127.0.0.1:1/u1");
const QString kRefreshKey = QStringLiteral("refresh-token/127.0.0.1:1/u1");

class SystemTimeClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

QWidget *child(QWidget *parent, const char *name)
{
    QWidget *widget = parent->findChild<QWidget *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

AuthTokens tokens(const QString &refresh)
{
    AuthTokens t;
    t.accessToken = QStringLiteral("a1");
    t.tokenType = QStringLiteral("Bearer");
    t.expiresIn = 900;
    t.refreshToken = refresh;
    t.refreshExpiresIn = 86400;
    t.user.id = QStringLiteral("u1");
    t.user.username = QStringLiteral("grid_huli");
    t.user.displayName = QStringLiteral("陈静");
    t.user.role = QStringLiteral("grid_manager");
    return t;
}

} // namespace

class TestWorkstation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keychainUnavailableOffersOnlineOnly();
    void keychainUnavailableSignOut();
    void damagedKeyIsNotReplaced();
    void keychainAvailableOpensTheLocalCopy();
    void wipeDeletesCopyAndKeyThenSignsOut();
    void conflictQueueResolvesOnTheSyncThread();
    void rememberedSessionResumesWithoutThePassword();
    void rejectedTokenIsDeleted();
    void unreachableServerKeepsTheToken();
    void noSavedSessionShowsTheDialog();
    void stoppingTheResumeAsksForThePassword();

private:
    void startSignedIn();
    void startRemembered(const QString &user = {});
    bool waitForFirstAttempt();
    QString modeText() const;

    QTranslator m_chinese;
    QTemporaryDir m_dir;
    SystemTimeClock m_clock;
    QSettings *m_settings = nullptr;
    Preferences *m_preferences = nullptr;
    FakeNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    FakeSecretBackend *m_secrets = nullptr;
    Workstation *m_workstation = nullptr;
    QString m_cacheDir;
};

void TestWorkstation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
}

void TestWorkstation::init()
{
    static int run = 0;
    m_cacheDir = m_dir.filePath(QStringLiteral("cache-%1").arg(++run));
    QFile::remove(m_dir.filePath(QStringLiteral("govdesk.ini")));
    m_settings = new QSettings(m_dir.filePath(QStringLiteral("govdesk.ini")), QSettings::IniFormat);
    m_preferences = new Preferences(*m_settings);
    m_network = new FakeNetworkAccessManager;
    m_network->on("POST", QStringLiteral("/api/v1/auth/login"),
                  FakeResponse::json(200, toJson(tokens(QStringLiteral("r1")))));
    m_network->on("POST", QStringLiteral("/api/v1/auth/logout"), FakeResponse::noContent());
    m_network->on("GET", QStringLiteral("/api/v1/health"),
                  FakeResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                      {QStringLiteral("version"), QStringLiteral("0.1.0")},
                                                      {QStringLiteral("database"), QStringLiteral("sqlite")},
                                                      {QStringLiteral("time"),
                                                       QStringLiteral("2026-11-24T02:00:00.000Z")}}));
    m_client = new ApiClient(m_network);
    m_secrets = new FakeSecretBackend;
    m_workstation = new Workstation(m_client, m_clock, m_preferences);
    m_workstation->localData()->setSecretBackend(m_secrets);
    MessageBox::clearLastMessage();
}

void TestWorkstation::cleanup()
{
    MessageBox::setNextAnswer(MessageBox::NoButton);
    delete m_workstation;
    m_workstation = nullptr;
    delete m_secrets;
    delete m_client;
    delete m_network;
    delete m_preferences;
    delete m_settings;
}

void TestWorkstation::startSignedIn()
{
    CommandLineOptions options;
    options.server = QUrl(kServer);
    options.user = QStringLiteral("grid_huli");
    options.password = QStringLiteral("GovDesk!2026");
    options.cacheDirectory = m_cacheDir;
    m_workstation->start(options);
    QTRY_VERIFY(m_workstation->window());
}

// The engine's first sync attempt fails at once (nothing listens on port 1) and it waits to retry. Past
// that point SyncHost::start() has finished wiring the engine up, so stopping it is safe (see the report:
// SyncHost::start keeps a raw pointer to the engine's client for a queued connect).
bool TestWorkstation::waitForFirstAttempt()
{
    SyncHost *host = m_workstation->localData()->syncHost();
    return QTest::qWaitFor([host] { return host->status().phase == SyncStatus::Phase::Waiting; }, 10000);
}

void TestWorkstation::startRemembered(const QString &user)
{
    m_preferences->setLastServer(kServer);
    m_preferences->setLastUsername(QStringLiteral("grid_huli"));
    m_preferences->setLastStaffId(QStringLiteral("u1"));
    CommandLineOptions options;
    options.cacheDirectory = m_cacheDir;
    options.user = user;
    m_workstation->start(options);
    QVERIFY(m_workstation->signInDialog());
}

QString TestWorkstation::modeText() const
{
    return m_workstation->window()->findChild<QLabel *>(QStringLiteral("localDataModeLabel"))->text();
}

void TestWorkstation::keychainUnavailableOffersOnlineOnly()
{
    m_secrets->failWith(SecretReply::Status::NoBackendAvailable, QStringLiteral("no keychain"));
    MessageBox::setNextAnswer(MessageBox::WorkOnline);
    startSignedIn();
    LocalDataSession *local = m_workstation->localData();
    QTRY_COMPARE(local->state(), LocalDataSession::State::OnlineOnly);

    const std::optional<MessageBox::Message> asked = MessageBox::lastMessage();
    QVERIFY(asked);
    QCOMPARE(asked->objectName, QStringLiteral("keychainUnavailableBox"));
    QVERIFY2(asked->text.contains(QStringLiteral("系统钥匙串不可用")), qPrintable(asked->text));
    QVERIFY(asked->informativeText.contains(QStringLiteral("仅在线工作")));
    QCOMPARE(asked->buttons, MessageBox::Buttons(MessageBox::WorkOnline | MessageBox::SignOut));
    QCOMPARE(MessageBox::buttonText(MessageBox::WorkOnline), QStringLiteral("仅在线工作"));

    MainWindow *window = m_workstation->window();
    QCOMPARE(window->syncStatusBar()->mode(), SyncStatusBar::Mode::OnlineOnly);
    QCOMPARE(modeText(), QStringLiteral("仅在线（无本地副本）"));
    QVERIFY(!local->syncHost()->isRunning());
    // No plaintext fallback: nothing stored, no cache file.
    QVERIFY(m_secrets->entries().isEmpty());
    QVERIFY(QDir(m_cacheDir).entryList(QDir::Files).isEmpty());
    QVERIFY(
        !window->settingsPage()->findChild<QWidget *>(QStringLiteral("wipeLocalDataButton"))->isEnabled());
}

void TestWorkstation::keychainUnavailableSignOut()
{
    m_secrets->failWith(SecretReply::Status::AccessDenied, QStringLiteral("locked"));
    MessageBox::setNextAnswer(MessageBox::SignOut);
    startSignedIn();
    QTRY_VERIFY(m_workstation->signInDialog() && m_workstation->signInDialog()->isVisible());
    QTRY_VERIFY(!m_workstation->window());
    QCOMPARE(m_network->count("POST", QStringLiteral("/api/v1/auth/logout")), 1);
    QCOMPARE(m_workstation->localData()->state(), LocalDataSession::State::Closed);
    QVERIFY(!m_client->isSignedIn());
}

void TestWorkstation::damagedKeyIsNotReplaced()
{
    m_secrets->setEntry(kCacheKey, QByteArray("short"));
    MessageBox::setNextAnswer(MessageBox::WorkOnline);
    startSignedIn();
    QTRY_COMPARE(m_workstation->localData()->state(), LocalDataSession::State::OnlineOnly);
    QVERIFY(MessageBox::lastMessage());
    QVERIFY2(MessageBox::lastMessage()->text.contains(QStringLiteral("已损坏")),
             qPrintable(MessageBox::lastMessage()->text));
    QCOMPARE(m_secrets->entries().value(kCacheKey), QByteArray("short"));
}

void TestWorkstation::keychainAvailableOpensTheLocalCopy()
{
    LocalDataSession *local = m_workstation->localData();
    QSignalSpy opened(local->syncHost(), &SyncHost::storeOpened);
    startSignedIn();
    QTRY_COMPARE(local->state(), LocalDataSession::State::Open);
    QVERIFY(!MessageBox::lastMessage()); // nothing to ask
    QVERIFY(local->syncHost()->isRunning());
    QCOMPARE(m_workstation->window()->syncStatusBar()->mode(), SyncStatusBar::Mode::Sync);
    QCOMPARE(m_secrets->entries().value(kCacheKey).size(), 32);
    QCOMPARE(m_secrets->entries().value(kRefreshKey), QByteArray("r1"));

    // The copy is the account's file in the cache folder; its name reveals neither server nor user.
    const QString path = store::Store::pathFor(m_cacheDir, local->account().fileStem());
    QCOMPARE(local->cachePath(), path);
    QVERIFY(!path.contains(QStringLiteral("u1")) && !path.contains(QStringLiteral("127.0.0.1")));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(waitForFirstAttempt());
    QCOMPARE(m_workstation->window()->findChild<QLabel *>(QStringLiteral("syncPhaseLabel"))->text().left(7),
             QStringLiteral("无法连接服务器"));

    // A rotated refresh token replaces the stored one; no other copy is written.
    m_client->setTokens(tokens(QStringLiteral("r2")));
    QTRY_COMPARE(m_secrets->entries().value(kRefreshKey), QByteArray("r2"));

    // Signing out stops syncing, removes the refresh token and leaves the (locked) copy and its key.
    m_workstation->window()->signOut();
    QTRY_VERIFY(m_workstation->signInDialog() && m_workstation->signInDialog()->isVisible());
    QVERIFY(!local->syncHost()->isRunning());
    QTRY_VERIFY(!m_secrets->hasEntry(kRefreshKey));
    QVERIFY(m_secrets->hasEntry(kCacheKey));
    QVERIFY(QFileInfo::exists(path));
}

void TestWorkstation::wipeDeletesCopyAndKeyThenSignsOut()
{
    LocalDataSession *local = m_workstation->localData();
    QSignalSpy opened(local->syncHost(), &SyncHost::storeOpened);
    startSignedIn();
    QTRY_COMPARE(local->state(), LocalDataSession::State::Open);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    const QString path = local->cachePath();
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(waitForFirstAttempt());

    QSignalSpy wiped(local, &LocalDataSession::wipeFinished);
    emit m_workstation->window()->settingsPage()->wipeRequested(); // as after the confirmation
    QVERIFY(wiped.wait(10000));
    QVERIFY(wiped.at(0).at(0).value<Result<void>>().ok());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!m_secrets->hasEntry(kCacheKey));
    QTRY_VERIFY(m_workstation->signInDialog() && m_workstation->signInDialog()->isVisible());
    QTRY_VERIFY(!m_secrets->hasEntry(kRefreshKey));
    QVERIFY(!local->syncHost()->isRunning());
}

void TestWorkstation::conflictQueueResolvesOnTheSyncThread()
{
    // A local copy that already holds a rejected write (as a sync left it), under a key the keychain has.
    const QByteArray key(32, '\x5a');
    m_secrets->setEntry(kCacheKey, key);
    const QString path =
        store::Store::pathFor(m_cacheDir, Account{QUrl(kServer), QStringLiteral("u1")}.fileStem());
    {
        auto opened = store::Store::open(path, key);
        QVERIFY(opened);
        store::ConflictEntry entry;
        entry.kind = QStringLiteral("rejected");
        entry.entity = QStringLiteral("application");
        entry.entityId = QStringLiteral("a-1");
        entry.method = QStringLiteral("PATCH");
        entry.path = QStringLiteral("/api/v1/applications/a-1");
        entry.local = QJsonObject{{QStringLiteral("base_version"), 2},
                                  {QStringLiteral("priority"), QStringLiteral("urgent")}};
        entry.errorCode = QStringLiteral("forbidden");
        entry.summary = QStringLiteral("2026-1124-000123");
        QVERIFY((*opened)->conflicts().add(entry));
    }
    startSignedIn();
    LocalDataSession *local = m_workstation->localData();
    QTRY_COMPARE(local->state(), LocalDataSession::State::Open);
    QVERIFY(waitForFirstAttempt());
    MainWindow *window = m_workstation->window();
    auto *button = window->findChild<QToolButton *>(QStringLiteral("conflictsButton"));
    QTRY_VERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("冲突 1"));

    // The button opens the queue; its entries are read on the sync thread.
    QTest::mouseClick(button, Qt::LeftButton);
    ConflictQueueDialog *dialog = window->conflictQueue();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->listModel()->rowCount(), 1);
    QCOMPARE(dialog->listModel()->index(0, ConflictListModel::ObjectColumn).data().toString(),
             QStringLiteral("办件 2026-1124-000123"));

    // Discarding runs SyncEngine::resolveConflict there; the engine's conflictsChanged reloads the queue.
    QSignalSpy resolved(dialog, &ConflictQueueDialog::resolved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("discardButton")), Qt::LeftButton);
    QVERIFY(resolved.wait(10000));
    QTRY_VERIFY(!button->isVisible());
    QCOMPARE(local->syncHost()->status().conflictCount, qint64(0));
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("conflictEmptyTitleLabel"))->isVisible());
}

void TestWorkstation::rememberedSessionResumesWithoutThePassword()
{
    // A command-line sign-in is remembered like one in the dialog.
    startSignedIn();
    QCOMPARE(m_preferences->lastStaffId(), QStringLiteral("u1"));
    QCOMPARE(m_preferences->lastUsername(), QStringLiteral("grid_huli"));
    QTRY_COMPARE(m_secrets->entries().value(kRefreshKey), QByteArray("r1"));
    QVERIFY(waitForFirstAttempt());
    delete m_workstation;
    m_workstation = new Workstation(m_client, m_clock, m_preferences);
    m_workstation->localData()->setSecretBackend(m_secrets);
    m_client->clearTokens();

    m_secrets->setEntry(kRefreshKey, QByteArray("r0"));
    m_network->on("POST", QStringLiteral("/api/v1/auth/refresh"), [](const RecordedRequest &request) {
        if (request.json().value(QStringLiteral("refresh_token")).toString() != QLatin1String("r0"))
            return FakeResponse::apiError(401, QStringLiteral("unauthorized"));
        return FakeResponse::json(200, toJson(tokens(QStringLiteral("r1")))).withDelay(50);
    });
    const int logins = m_network->count("POST", QStringLiteral("/api/v1/auth/login"));
    startRemembered();
    // A small "signing in" state, not a blank screen.
    SignInDialog *dialog = m_workstation->signInDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isResuming());
    QTRY_VERIFY(m_workstation->window());
    QTRY_VERIFY(!m_workstation->signInDialog() || !m_workstation->signInDialog()->isVisible());
    QCOMPARE(m_network->count("POST", QStringLiteral("/api/v1/auth/refresh")), 1);
    QCOMPARE(m_network->count("POST", QStringLiteral("/api/v1/auth/login")), logins);
    QCOMPARE(m_client->user().id, QStringLiteral("u1"));
    // The rotated token replaces the spent one once the local copy is open.
    QTRY_COMPARE(m_workstation->localData()->state(), LocalDataSession::State::Open);
    QTRY_COMPARE(m_secrets->entries().value(kRefreshKey), QByteArray("r1"));
    QVERIFY(waitForFirstAttempt());
}

void TestWorkstation::rejectedTokenIsDeleted()
{
    m_secrets->setEntry(kRefreshKey, QByteArray("r0"));
    m_network->on("POST", QStringLiteral("/api/v1/auth/refresh"),
                  FakeResponse::apiError(401, QStringLiteral("unauthorized")));
    startRemembered();
    SignInDialog *dialog = m_workstation->signInDialog();
    QTRY_VERIFY(!dialog->isResuming());
    QCOMPARE(dialog->messageText(),
             QCoreApplication::translate("gd::Workstation", "Your session has ended. Sign in again."));
    QTRY_VERIFY(!m_secrets->hasEntry(kRefreshKey));
    QVERIFY(!m_workstation->window());
    QVERIFY(!m_client->isSignedIn());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->username(), QStringLiteral("grid_huli"));
    QVERIFY(child(dialog, "passwordEdit")->isEnabled());
}

void TestWorkstation::unreachableServerKeepsTheToken()
{
    m_secrets->setEntry(kRefreshKey, QByteArray("r0"));
    m_network->on("POST", QStringLiteral("/api/v1/auth/refresh"),
                  FakeResponse::transport(QNetworkReply::ConnectionRefusedError));
    startRemembered();
    SignInDialog *dialog = m_workstation->signInDialog();
    QTRY_VERIFY(!dialog->isResuming());
    const QString message = dialog->messageText();
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:1")), qPrintable(message));
    QVERIFY2(message.contains(QCoreApplication::translate(
                 "gd::Workstation", "GovDesk could not resume your last session because the server cannot be "
                                    "reached. Sign in again when you are online.")),
             qPrintable(message));
    QTest::qWait(100);
    QCOMPARE(m_secrets->entries().value(kRefreshKey), QByteArray("r0"));
    QVERIFY(!m_workstation->window());
    QVERIFY(!m_client->isSignedIn());
}

void TestWorkstation::noSavedSessionShowsTheDialog()
{
    startRemembered();
    SignInDialog *dialog = m_workstation->signInDialog();
    QTRY_VERIFY(!dialog->isResuming());
    QVERIFY(dialog->messageText().isEmpty());
    QCOMPARE(m_network->count("POST", QStringLiteral("/api/v1/auth/refresh")), 0);
    QVERIFY(dialog->isVisible());

    // Someone else on the command line: the remembered session is not theirs.
    delete m_workstation;
    m_workstation = new Workstation(m_client, m_clock, m_preferences);
    m_workstation->localData()->setSecretBackend(m_secrets);
    m_secrets->setEntry(kRefreshKey, QByteArray("r0"));
    startRemembered(QStringLiteral("officer_wjw"));
    QVERIFY(!m_workstation->signInDialog()->isResuming());
    QTest::qWait(50);
    QCOMPARE(m_network->count("POST", QStringLiteral("/api/v1/auth/refresh")), 0);
}

void TestWorkstation::stoppingTheResumeAsksForThePassword()
{
    m_secrets->setEntry(kRefreshKey, QByteArray("r0"));
    m_network->on("POST", QStringLiteral("/api/v1/auth/refresh"),
                  FakeResponse::json(200, toJson(tokens(QStringLiteral("r1")))).withDelay(3000));
    startRemembered();
    SignInDialog *dialog = m_workstation->signInDialog();
    QTRY_COMPARE(m_network->count("POST", QStringLiteral("/api/v1/auth/refresh")), 1);
    QVERIFY(dialog->isResuming());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isResuming());
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_client->isSignedIn());
    QTest::qWait(200);
    QVERIFY(!m_workstation->window());
}

QTEST_MAIN(TestWorkstation)
#include "tst_workstation.moc"
