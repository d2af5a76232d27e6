// The toolbar's global search in the main window (offscreen, Chinese translation, a real encrypted local
// copy read through a LocalReader): typing opens the results list under the box after the debounce, with
// the groups; Up/Down skip the headers, Enter opens the chosen citizen's homepage, a click an
// enterprise's, a service shows its details; "show all" goes to the Citizens page; Escape closes the list;
// Ctrl+K focuses the box; without a local copy and without matches the list says so.

#include "../unit/searchfixture.h"

#include "core/clock.h"
#include "core/preferences.h"
#include "domain/codec.h"
#include "fakenetworkaccessmanager.h"
#include "models/datacontext.h"
#include "net/apiclient.h"
#include "store/localreader.h"
#include "ui/globalsearchpopup.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gd;
using gd::test::FakeNetworkAccessManager;
using gd::test::FakeResponse;
using Kind = GlobalSearchModel::RowKind;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC); }
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
    return tokens;
}

// Chinese text arrives from an input method as a committed string, not as key presses.
void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestGlobalSearch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typingShowsGroupedResultsAfterTheDebounce();
    void keyboardOpensACitizen();
    void clickOpensAnEnterprise();
    void serviceShowsItsDetails();
    void showAllGoesToTheCitizensPage();
    void escapeClosesAndClears();
    void ctrlKFocusesTheBox();
    void noLocalCopyAndNoResultsAreSaid();

private:
    MainWindow *makeWindow(bool withLocalCopy = true);
    void typeAndWait(const QString &text);
    int rowOf(Kind kind) const;

    QTranslator m_chinese;
    QTemporaryDir m_dir;
    FixedClock m_clock;
    test::SearchFixture m_fixture;
    QSettings *m_settings = nullptr;
    Preferences *m_preferences = nullptr;
    FakeNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    store::LocalReader *m_reader = nullptr;
    MainWindow *m_window = nullptr;
};

void TestGlobalSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    QVERIFY(m_fixture.create(m_dir.path()));
}

void TestGlobalSearch::init()
{
    m_settings = new QSettings(m_dir.filePath(QStringLiteral("govdesk.ini")), QSettings::IniFormat);
    m_preferences = new Preferences(*m_settings);
    m_network = new FakeNetworkAccessManager;
    m_network->on("GET", QStringLiteral("/api/v1/health"),
                  FakeResponse::transport(QNetworkReply::ConnectionRefusedError));
    m_client = new ApiClient(m_network);
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
    m_client->setTokens(officerTokens());
    m_reader = new store::LocalReader;
    QSignalSpy opened(m_reader, &store::LocalReader::opened);
    m_reader->open(m_fixture.path(), test::SearchFixture::key());
    QVERIFY(opened.wait(10000));
}

void TestGlobalSearch::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_reader;
    delete m_client;
    delete m_network;
    delete m_preferences;
    delete m_settings;
}

MainWindow *TestGlobalSearch::makeWindow(bool withLocalCopy)
{
    m_window = new MainWindow(m_client, m_clock, m_preferences);
    if (withLocalCopy)
        m_window->dataContext()->setLocalData(m_reader, nullptr);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window))
        qFatal("main window not active");
    return m_window;
}

void TestGlobalSearch::typeAndWait(const QString &text)
{
    QLineEdit *box = m_window->searchBox();
    box->setFocus();
    QSignalSpy answered(m_window->searchPopup()->model(), &GlobalSearchModel::answered);
    typeText(box, text);
    QVERIFY(answered.wait(10000));
    QCOMPARE(m_window->searchPopup()->model()->query(), text);
}

int TestGlobalSearch::rowOf(Kind kind) const
{
    GlobalSearchModel *model = m_window->searchPopup()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->kindAt(row) == kind)
            return row;
    }
    return -1;
}

void TestGlobalSearch::typingShowsGroupedResultsAfterTheDebounce()
{
    MainWindow *window = makeWindow();
    GlobalSearchPopup *popup = window->searchPopup();
    QCOMPARE(popup->objectName(), QStringLiteral("globalSearchPopup"));
    QVERIFY(!popup->isVisible());
    QLineEdit *box = window->searchBox();
    box->setFocus();
    QElapsedTimer timer;
    timer.start();
    QSignalSpy answered(popup->model(), &GlobalSearchModel::answered);
    typeText(box, QStringLiteral("张"));
    // Nothing is asked before the typing pauses for the debounce.
    QCOMPARE(popup->model()->query(), QString());
    QVERIFY(answered.wait(10000));
    QVERIFY(timer.elapsed() >= GlobalSearchPopup::kDebounceMs - 20);
    QVERIFY(popup->isVisible());
    QCOMPARE(popup->model()->state(), GlobalSearchModel::State::Results);
    // Laid under the box, over the page.
    const QPoint boxBottom = box->mapTo(window, QPoint(0, box->height()));
    QVERIFY(popup->geometry().top() >= boxBottom.y());
    QVERIFY(popup->geometry().right() <= window->width());
    // Citizens, enterprises, "show all"; the first result is chosen.
    QCOMPARE(popup->model()->kindAt(0), Kind::Header);
    QCOMPARE(popup->currentRow(), 1);
    QVERIFY(rowOf(Kind::Enterprise) > 1);
    QCOMPARE(popup->model()->kindAt(popup->model()->rowCount() - 1), Kind::ShowAllCitizens);
    QVERIFY(box->hasFocus()); // typing goes on in the box
    typeText(box, QStringLiteral("三"));
    QVERIFY(answered.wait(10000));
    QCOMPARE(popup->model()->query(), QStringLiteral("张三"));
}

void TestGlobalSearch::keyboardOpensACitizen()
{
    MainWindow *window = makeWindow();
    typeAndWait(QStringLiteral("张"));
    GlobalSearchPopup *popup = window->searchPopup();
    QLineEdit *box = window->searchBox();
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(popup->currentRow(), 2);
    QTest::keyClick(box, Qt::Key_Up);
    QTest::keyClick(box, Qt::Key_Up); // wraps past the header to "show all"
    QCOMPARE(popup->model()->kindAt(popup->currentRow()), Kind::ShowAllCitizens);
    QTest::keyClick(box, Qt::Key_Down); // back to the first citizen
    QCOMPARE(popup->currentRow(), 1);
    const QString id = popup->model()->idAt(1);
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(window->currentPageKey(), QStringLiteral("citizen"));
    QVERIFY(!popup->isVisible());
    QVERIFY(box->text().isEmpty());
    QVERIFY(!id.isEmpty());
    // Back returns to where the search started.
    QVERIFY(window->canGoBack());
    QTest::keyClick(window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window->currentPageKey(), QStringLiteral("today"));
}

void TestGlobalSearch::clickOpensAnEnterprise()
{
    MainWindow *window = makeWindow();
    typeAndWait(QStringLiteral("厦门"));
    GlobalSearchPopup *popup = window->searchPopup();
    const int row = rowOf(Kind::Enterprise);
    QVERIFY(row > 0);
    QListView *view = popup->view();
    const QRect rect = view->visualRect(popup->model()->index(row));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window->currentPageKey(), QStringLiteral("enterprise"));
    QVERIFY(!popup->isVisible());
}

void TestGlobalSearch::serviceShowsItsDetails()
{
    MainWindow *window = makeWindow();
    typeAndWait(QStringLiteral("身份证"));
    GlobalSearchPopup *popup = window->searchPopup();
    QCOMPARE(popup->model()->kindAt(popup->currentRow()), Kind::Service);
    QTest::keyClick(window->searchBox(), Qt::Key_Return);
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("serviceBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), QStringLiteral("居民身份证换领"));
    QVERIFY(box->informativeText().contains(QStringLiteral("市公安局")));
    QVERIFY(box->informativeText().contains(QStringLiteral("GA-002")));
    box->close();
}

void TestGlobalSearch::showAllGoesToTheCitizensPage()
{
    MainWindow *window = makeWindow();
    typeAndWait(QStringLiteral("张"));
    GlobalSearchPopup *popup = window->searchPopup();
    const int last = popup->model()->rowCount() - 1;
    QListView *view = popup->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(popup->model()->index(last)).center());
    QCOMPARE(window->currentPageKey(), QStringLiteral("citizens"));
}

void TestGlobalSearch::escapeClosesAndClears()
{
    MainWindow *window = makeWindow();
    typeAndWait(QStringLiteral("张"));
    GlobalSearchPopup *popup = window->searchPopup();
    QLineEdit *box = window->searchBox();
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QCOMPARE(box->text(), QStringLiteral("张"));
    QTest::keyClick(box, Qt::Key_Down); // opens again
    QVERIFY(popup->isVisible());
    QTest::keyClick(box, Qt::Key_Escape);
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(box->text().isEmpty());
    QCOMPARE(popup->model()->state(), GlobalSearchModel::State::Idle);
    // Leaving the box closes the list.
    typeAndWait(QStringLiteral("李"));
    QVERIFY(popup->isVisible());
    window->findChild<QWidget *>(QStringLiteral("navigationList"))->setFocus();
    QVERIFY(!popup->isVisible());
}

void TestGlobalSearch::ctrlKFocusesTheBox()
{
    MainWindow *window = makeWindow();
    window->findChild<QWidget *>(QStringLiteral("navigationList"))->setFocus();
    QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(window->searchBox()->hasFocus());
    QVERIFY(!window->searchBox()->accessibleName().isEmpty());
    QVERIFY(!window->searchPopup()->view()->accessibleName().isEmpty());
}

void TestGlobalSearch::noLocalCopyAndNoResultsAreSaid()
{
    MainWindow *window = makeWindow(false);
    typeAndWait(QStringLiteral("张"));
    GlobalSearchPopup *popup = window->searchPopup();
    QVERIFY(popup->isVisible());
    QCOMPARE(popup->model()->state(), GlobalSearchModel::State::NoLocalData);
    QVERIFY(!popup->stateText().isEmpty());
    QVERIFY(!popup->view()->isVisible());

    window->searchBox()->clear();
    window->dataContext()->setLocalData(m_reader, nullptr);
    typeAndWait(QStringLiteral("没有这个人"));
    QCOMPARE(popup->model()->state(), GlobalSearchModel::State::NoResults);
    QCOMPARE(popup->stateText(),
             QCoreApplication::translate("gd::GlobalSearchPopup",
                                         "No citizens, enterprises or services match “%1”.")
                 .arg(QStringLiteral("没有这个人")));
    // Enter with nothing to open does nothing.
    QTest::keyClick(window->searchBox(), Qt::Key_Return);
    QCOMPARE(window->currentPageKey(), QStringLiteral("today"));
}

QTEST_MAIN(TestGlobalSearch)
#include "tst_globalsearch.moc"
