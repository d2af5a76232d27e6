// Help → About (ui/aboutdialog.h): the versions it shows are the real ones — Qt's qVersion(), SQLCipher's
// and SQLite's as an open encrypted local copy answers (or the library itself without one), the server's
// from its health reply (a fake network) — "checking…" until the answers are in, "not reachable" offline;
// Copy puts the same text on the clipboard; the log file's folder; Esc closes; the main window's Help menu
// opens it. The Chinese translation is installed, as in the application.

#include "core/clock.h"
#include "core/logfile.h"
#include "core/preferences.h"
#include "domain/staff.h"
#include "fakenetworkaccessmanager.h"
#include "models/datacontext.h"
#include "net/apiclient.h"
#include "store/libraryversions.h"
#include "store/localreader.h"
#include "store/store.h"
#include "ui/aboutdialog.h"
#include "ui/branding.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gd;
using namespace gd::test;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 11, 25), QTime(2, 0), Qt::UTC); }
};

QJsonObject health(const QString &status)
{
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("version"), QStringLiteral("9.8.7")},
                       {QStringLiteral("database"), QStringLiteral("postgresql")},
                       {QStringLiteral("time"), QStringLiteral("2026-11-25T02:00:00.000Z")}};
}

QString trAbout(const char *text)
{
    return QCoreApplication::translate("gd::AboutDialog", text);
}

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
    return tokens;
}

} // namespace

class TestAboutDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheVersionsOfTheOpenLocalCopyAndTheServer();
    void offlineServerIsNotReachable();
    void withoutLocalCopyTheLibraryAnswers();
    void degradedServerIsSaid();
    void copyPutsTheTextOnTheClipboard();
    void logFileAndKeyboard();
    void helpMenuOpensIt();

private:
    QLabel *label(AboutDialog &dialog, const char *name)
    {
        auto *found = dialog.findChild<QLabel *>(QLatin1String(name));
        if (!found)
            qFatal("no label %s", name);
        return found;
    }

    QTranslator m_chinese;
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    store::LocalReader *m_reader = nullptr;
    FixedClock m_clock;
    FakeNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    DataContext *m_context = nullptr;
    store::LibraryVersions m_expected;
};

void TestAboutDialog::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    // A real encrypted local copy, and what its connection says about the libraries.
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    const QString path = store::Store::pathFor(m_dir.path(), QStringLiteral("0123456789abcdef"));
    auto opened = store::Store::open(path, key);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_store = std::move(*opened);
    auto expected = store::libraryVersions(m_store->connection());
    QVERIFY(expected);
    m_expected = *expected;
    QVERIFY(!m_expected.sqlcipher.isEmpty());
    m_reader = new store::LocalReader;
    QSignalSpy readerOpened(m_reader, &store::LocalReader::opened);
    m_reader->open(path, key);
    QVERIFY(readerOpened.wait(10000));
}

void TestAboutDialog::init()
{
    m_network = new FakeNetworkAccessManager;
    m_network->on("GET", QStringLiteral("/api/v1/health"),
                  FakeResponse::json(200, health(QStringLiteral("ok"))));
    m_client = new ApiClient(m_network);
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
    m_context = new DataContext(m_client, m_clock);
    m_context->setLocalData(m_reader, nullptr);
}

void TestAboutDialog::cleanup()
{
    delete m_context;
    delete m_client;
    delete m_network;
}

void TestAboutDialog::showsTheVersionsOfTheOpenLocalCopyAndTheServer()
{
    m_network->on("GET", QStringLiteral("/api/v1/health"),
                  FakeResponse::json(200, health(QStringLiteral("ok"))).withDelay(50));
    AboutDialog dialog(m_client, m_context, QString());
    QSignalSpy settled(&dialog, &AboutDialog::settled);
    // Before the answers: "checking…".
    QCOMPARE(label(dialog, "aboutServer")->text(), trAbout("checking…"));
    QCOMPARE(label(dialog, "aboutSqlcipher")->text(), trAbout("checking…"));
    QVERIFY(!dialog.isSettled());
    dialog.show();
    QVERIFY(settled.wait(10000));
    QCOMPARE(settled.count(), 1);

    // The run-time version first, whole ("6.4.2", not a prefix of "6.4.20"), in any UI language.
    const QString qt = label(dialog, "aboutQt")->text();
    const QString runtime = QString::fromLatin1(qVersion());
    QVERIFY2(qt.startsWith(runtime), qPrintable(qt));
    QVERIFY2(qt.size() > runtime.size() && !qt.at(runtime.size()).isDigit() && qt.at(runtime.size()) != u'.',
             qPrintable(qt));
    QVERIFY(label(dialog, "aboutQt")->text().contains(QStringLiteral(QT_VERSION_STR)));
    QCOMPARE(label(dialog, "aboutSqlcipher")->text(), m_expected.sqlcipher);
    QVERIFY(m_expected.sqlcipher.contains(QLatin1Char('.')));
    QCOMPARE(label(dialog, "aboutSqlite")->text(), m_expected.sqlite);
    QCOMPARE(label(dialog, "aboutServer")->text(),
             trAbout("%1, database %2").arg(QStringLiteral("9.8.7"), QStringLiteral("postgresql")));
    QCOMPARE(label(dialog, "aboutServerAddress")->text(), QStringLiteral("127.0.0.1:8470"));
    QCOMPARE(label(dialog, "aboutVersion")->text(), QStringLiteral(GOVDESK_VERSION));
    QVERIFY(!label(dialog, "aboutBuild")->text().isEmpty());
    QCOMPARE(m_network->count("GET", QStringLiteral("/api/v1/health")), 1);
}

void TestAboutDialog::offlineServerIsNotReachable()
{
    m_network->on("GET", QStringLiteral("/api/v1/health"),
                  FakeResponse::transport(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused")));
    AboutDialog dialog(m_client, m_context, QString());
    QCOMPARE(label(dialog, "aboutServer")->text(), trAbout("checking…"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isSettled(), 10000);
    QCOMPARE(label(dialog, "aboutServer")->text(), trAbout("not reachable"));
    // The local copy still answers.
    QCOMPARE(label(dialog, "aboutSqlcipher")->text(), m_expected.sqlcipher);

    // No client at all (not signed in): not reachable, at once.
    AboutDialog none(nullptr, nullptr, QString());
    QCOMPARE(label(none, "aboutServer")->text(), trAbout("not reachable"));
}

void TestAboutDialog::withoutLocalCopyTheLibraryAnswers()
{
    DataContext online(m_client, m_clock); // online only: no reader
    AboutDialog dialog(m_client, &online, QString());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isSettled(), 10000);
    const auto linked = store::linkedLibraryVersions();
    QVERIFY(linked);
    QCOMPARE(label(dialog, "aboutSqlcipher")->text(), linked->sqlcipher);
    QCOMPARE(linked->sqlcipher, m_expected.sqlcipher); // one library
    QCOMPARE(label(dialog, "aboutSqlite")->text(), m_expected.sqlite);
}

void TestAboutDialog::degradedServerIsSaid()
{
    m_network->on("GET", QStringLiteral("/api/v1/health"),
                  FakeResponse::json(503, health(QStringLiteral("degraded"))));
    AboutDialog dialog(m_client, m_context, QString());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isSettled(), 10000);
    QCOMPARE(label(dialog, "aboutServer")->text(),
             trAbout("%1, database %2 (not answering)")
                 .arg(QStringLiteral("9.8.7"), QStringLiteral("postgresql")));
}

void TestAboutDialog::copyPutsTheTextOnTheClipboard()
{
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    AboutDialog dialog(m_client, m_context, m_dir.filePath(QStringLiteral("logs/govdesk.log")));
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isSettled(), 10000);
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("aboutCopy"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString text = QGuiApplication::clipboard()->text();
    QCOMPARE(text, dialog.plainText());
    QVERIFY(text.startsWith(Branding::productName() + QStringLiteral(" " GOVDESK_VERSION "\n")));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(m_expected.sqlcipher));
    QVERIFY(text.contains(QStringLiteral("9.8.7")));
    QVERIFY(text.contains(QStringLiteral("127.0.0.1:8470")));
    QVERIFY(text.contains(m_dir.filePath(QStringLiteral("logs/govdesk.log"))));
    QVERIFY(!text.contains(trAbout("checking…")));
    QVERIFY(!text.contains(QLatin1Char('&')));
    QCOMPARE(text.count(QLatin1Char('\n')), 10); // title + 9 rows
    QCOMPARE(copy->text(), trAbout("Copied"));
}

void TestAboutDialog::logFileAndKeyboard()
{
    const QString logPath = m_dir.filePath(QStringLiteral("logs/govdesk.log"));
    AboutDialog dialog(m_client, m_context, logPath);
    QCOMPARE(label(dialog, "aboutLogFile")->text(), logPath);
    QCOMPARE(dialog.logFolderUrl(), QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("logs"))));
    auto *openFolder = dialog.findChild<QPushButton *>(QStringLiteral("aboutOpenLogFolder"));
    QVERIFY(openFolder);
    QVERIFY(openFolder->isEnabled());
    QVERIFY(openFolder->text().contains(QLatin1Char('&'))); // Alt+F
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("aboutCopy"));
    QVERIFY(copy);
    QVERIFY(copy->text().contains(QLatin1Char('&')));
    // Every button is reachable with Tab; Close is the default and has the focus.
    for (const char *name : {"aboutCopy", "aboutOpenLogFolder", "aboutClose"}) {
        const auto *button = dialog.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY(button);
        QCOMPARE(button->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    }
    const auto *closeButton = dialog.findChild<QPushButton *>(QStringLiteral("aboutClose"));
    QVERIFY(closeButton);
    QVERIFY(closeButton->isDefault());

    AboutDialog without(m_client, m_context, QString());
    const auto *noFolder = without.findChild<QPushButton *>(QStringLiteral("aboutOpenLogFolder"));
    QVERIFY(noFolder);
    QVERIFY(!noFolder->isEnabled());
    QVERIFY(without.logFolderUrl().isEmpty());

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestAboutDialog::helpMenuOpensIt()
{
    m_client->setTokens(officerTokens());
    QSettings settings(m_dir.filePath(QStringLiteral("govdesk.ini")), QSettings::IniFormat);
    Preferences preferences(settings);
    QTemporaryDir logs;
    LogFile logFile({logs.path()});
    QVERIFY(logFile.open());
    MessageLog messageLog(logFile);
    MainWindow window(m_client, m_clock, &preferences);
    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    auto *dialog = window.findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("aboutLogFile"))->text(), logFile.path());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isSettled(), 10000);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("aboutServer"))->text(),
             trAbout("%1, database %2").arg(QStringLiteral("9.8.7"), QStringLiteral("postgresql")));
    dialog->close(); // deletes itself
    QTRY_VERIFY(!window.findChild<AboutDialog *>(QStringLiteral("aboutDialog")));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
