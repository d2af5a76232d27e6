// CitizensPage (offscreen, Chinese translation, Noto Sans CJK SC on Fusion as main.cpp sets them) over a
// real encrypted local copy (tests/unit/listfixture.h) read on the reader thread: typing searches after
// the debounce, Enter and double click open the citizen, the district → grid cascade, tag and overdue
// filters, sorting from the header (name and age only), the no-match state with Clear filters, the state
// without a local copy, accessible names and the tab order. EnterprisesPage: search and activation.
//
// GOVDESK_SHOTS_DIR=<dir> also saves the pages at the main window's content size for 1280×800 and
// 1920×1080, in Chinese and English (GOVDESK_SHOTS_QM=<file.qm>: an extra translator for the Chinese
// shots, e.g. strings not yet merged into the .ts files).

#include "../unit/listfixture.h"

#include "core/clock.h"
#include "models/citizenlistmodel.h"
#include "models/datacontext.h"
#include "models/enterpriselistmodel.h"
#include "models/listfilteroptions.h"
#include "store/localreader.h"
#include "ui/citizenspage.h"
#include "ui/enterprisespage.h"
#include "ui/theme.h"

#include <QApplication>

#include <time.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace gd;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC); }
};

// Types text the way an input method commits it (QTest::keyClicks only takes Latin-1).
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

template <typename T> T *child(QObject *parent, const char *name)
{
    T *object = parent->findChild<T *>(QLatin1String(name));
    if (!object)
        qFatal("no child %s", name);
    return object;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->setCurrentIndex(index);
}

} // namespace

class TestCitizensPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void typingSearchesAfterAPause();
    void enterAndDoubleClickOpenTheCitizen();
    void downArrowMovesToTheResults();
    void noMatchShowsClearFilters();
    void districtThenGrid();
    void tagAndOverdueBills();
    void headerSortsByNameAndAgeOnly();
    void withoutLocalCopy();
    void accessibleNamesAndTabOrder();
    void enterprisesSearchAndOpen();
    void screenshots();
    void guiThreadStalls();

private:
    QTranslator m_chinese;
    QTemporaryDir m_dir;
    test::ListFixture m_fixture;
    FixedClock m_clock;
    store::LocalReader *m_reader = nullptr;
    DataContext *m_context = nullptr;
    CitizensPage *m_page = nullptr;
};

void TestCitizensPage::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    QApplication::setStyle(QStringLiteral("Fusion"));
    Theme::apply(Theme::Kind::Light);

    QVERIFY(m_dir.isValid());
    const QString failed = m_fixture.create(m_dir.path(), 300, 60);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_fixture.close();
    m_reader = new store::LocalReader;
    QSignalSpy opened(m_reader, &store::LocalReader::opened);
    m_reader->open(m_fixture.path, m_fixture.key);
    QVERIFY(opened.wait(10000));
}

void TestCitizensPage::cleanupTestCase()
{
    delete m_reader;
}

void TestCitizensPage::init()
{
    m_context = new DataContext(nullptr, m_clock);
    m_context->setLocalData(m_reader, nullptr);
    m_page = new CitizensPage(m_context);
    m_page->resize(1078, 710);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QTRY_COMPARE(m_page->state(), ListPage::State::Table);
    QTRY_VERIFY(!m_page->model()->isLoading());
}

void TestCitizensPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_context;
    m_context = nullptr;
}

void TestCitizensPage::typingSearchesAfterAPause()
{
    auto *search = child<QLineEdit>(m_page, "listSearchField");
    auto *view = child<QTableView>(m_page, "citizenList");
    QCOMPARE(m_page->model()->totalCount(), qint64(m_fixture.citizens.size()));
    commitText(search, QStringLiteral("张"));
    QCOMPARE(search->text(), QStringLiteral("张"));
    // Nothing is asked until the typing pauses.
    QVERIFY(m_page->model()->search().isEmpty());
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QCOMPARE(m_page->model()->search(), QStringLiteral("张"));
    QCOMPARE(m_page->state(), ListPage::State::Table);
    QTRY_VERIFY(child<QLabel>(m_page, "listCountLabel")->text().contains(QLatin1Char('3')));

    commitText(search, QStringLiteral("三"));
    QTRY_COMPARE(view->model()->rowCount(), 2); // 张三, 张三丰
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        names.append(view->model()->index(row, CitizenListModel::NameColumn).data().toString());
    QCOMPARE(names, (QStringList{QStringLiteral("张三"), QStringLiteral("张三丰")}));
}

void TestCitizensPage::enterAndDoubleClickOpenTheCitizen()
{
    auto *view = child<QTableView>(m_page, "citizenList");
    QSignalSpy activated(m_page, &CitizensPage::citizenActivated);
    m_page->setSearchText(QStringLiteral("4321")); // the toolbar's hand-over: no debounce
    QCOMPARE(m_page->searchText(), QStringLiteral("4321"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->setCurrentIndex(view->model()->index(0, CitizenListModel::NameColumn));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), QStringLiteral("c-phone"));

    const QRect cell = view->visualRect(view->model()->index(0, CitizenListModel::PhoneColumn));
    // A double click as the platform delivers it: press, release, then press as a double click, release.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.constLast().constFirst().toString(), QStringLiteral("c-phone"));
}

void TestCitizensPage::downArrowMovesToTheResults()
{
    QApplication::setActiveWindow(m_page);
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    auto *search = child<QLineEdit>(m_page, "listSearchField");
    auto *view = child<QTableView>(m_page, "citizenList");
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(view->currentIndex().row(), 0);
    QSignalSpy activated(m_page, &CitizensPage::citizenActivated);
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), m_page->model()->idAt(0));
}

void TestCitizensPage::noMatchShowsClearFilters()
{
    auto *title = child<QLabel>(m_page, "listStateTitle");
    auto *clear = child<QPushButton>(m_page, "stateClearFiltersButton");
    commitText(child<QLineEdit>(m_page, "listSearchField"), QStringLiteral("龘"));
    QTRY_COMPARE(m_page->state(), ListPage::State::NoMatch);
    QVERIFY(title->isVisible());
    QVERIFY(title->text().contains(QStringLiteral("龘")));
    QVERIFY(clear->isVisible());
    QVERIFY(!child<QPushButton>(m_page, "retryButton")->isVisible());
    QVERIFY(!child<QTableView>(m_page, "citizenList")->isVisible());

    clear->click();
    QVERIFY(child<QLineEdit>(m_page, "listSearchField")->text().isEmpty());
    QTRY_COMPARE(m_page->state(), ListPage::State::Table);
    QTRY_COMPARE(m_page->model()->totalCount(), qint64(m_fixture.citizens.size()));

    // Filters alone: the title says so.
    child<QCheckBox>(m_page, "overdueBillFilter")->setChecked(true);
    selectData(child<QComboBox>(m_page, "realnameLevelFilter"), QStringLiteral("3"));
    selectData(child<QComboBox>(m_page, "districtFilter"), QStringLiteral("350206"));
    const QStringList expected = m_fixture.citizenIds([](const test::CitizenSpec &c) {
        return c.overdue && c.level == 3 && c.districtCode == QLatin1String("350206");
    });
    QTRY_COMPARE(m_page->model()->totalCount(), qint64(expected.size()));
    selectData(child<QComboBox>(m_page, "tagFilter"), QStringLiteral("t_mobile_user"));
    QTRY_COMPARE(m_page->state(), ListPage::State::NoMatch); // no such citizen in the fixture
    QVERIFY(!title->text().contains(QStringLiteral("龘")));
}

void TestCitizensPage::districtThenGrid()
{
    auto *districts = child<QComboBox>(m_page, "districtFilter");
    auto *grids = child<QComboBox>(m_page, "gridFilter");
    QTRY_COMPARE(districts->count(), 3); // all, 思明区, 湖里区
    QVERIFY(!grids->isEnabled());
    selectData(districts, QStringLiteral("350206"));
    QTRY_COMPARE(grids->count(), 3); // all, two grids of 金山社区
    QVERIFY(grids->isEnabled());
    QCOMPARE(grids->itemText(2), QStringLiteral("金山社区 · 第二网格"));
    QTRY_COMPARE(
        m_page->model()->totalCount(),
        qint64(m_fixture.citizenIds([](const auto &c) { return c.districtCode == QLatin1String("350206"); })
                   .size()));

    selectData(grids, QStringLiteral("350206001001-02"));
    const QStringList expected =
        m_fixture.citizenIds([](const auto &c) { return c.gridId == QLatin1String("350206001001-02"); });
    QTRY_COMPARE(m_page->model()->totalCount(), qint64(expected.size()));
    // The grid implies the district: only the grid goes to the query.
    QCOMPARE(m_page->model()->filters(),
             (PagedListModel::Filters{{QStringLiteral("grid"), QStringLiteral("350206001001-02")}}));

    // A sync changes the region tree: the options are read again, the chosen grid stays chosen.
    auto *options = m_page->findChild<ListFilterOptions *>();
    QVERIFY(options);
    QSignalSpy reloaded(options, &ListFilterOptions::optionsChanged);
    m_context->notifyLocalWrite(QStringLiteral("region"), QStringLiteral("350206001001-02"));
    QVERIFY(reloaded.wait(10000));
    QTRY_VERIFY(!m_page->model()->isRefreshPending());
    QCOMPARE(grids->currentData().toString(), QStringLiteral("350206001001-02"));
    QCOMPARE(m_page->model()->filters(),
             (PagedListModel::Filters{{QStringLiteral("grid"), QStringLiteral("350206001001-02")}}));
    QCOMPARE(m_page->model()->totalCount(), qint64(expected.size()));

    // Another district: its own grids, the grid filter back to all.
    selectData(districts, QStringLiteral("350203"));
    QTRY_COMPARE(grids->count(), 4);
    QCOMPARE(grids->currentIndex(), 0);
    QCOMPARE(m_page->model()->filters(),
             (PagedListModel::Filters{{QStringLiteral("district"), QStringLiteral("350203")}}));
}

void TestCitizensPage::tagAndOverdueBills()
{
    auto *tags = child<QComboBox>(m_page, "tagFilter");
    QTRY_COMPARE(tags->count(), 5); // all + the four citizen tags
    selectData(tags, QStringLiteral("t_pregnant"));
    QTRY_COMPARE(
        m_page->model()->totalCount(),
        qint64(
            m_fixture.citizenIds([](const auto &c) { return c.tags.contains(QStringLiteral("t_pregnant")); })
                .size()));
    child<QCheckBox>(m_page, "overdueBillFilter")->setChecked(true);
    const QStringList expected = m_fixture.citizenIds(
        [](const auto &c) { return c.overdue && c.tags.contains(QStringLiteral("t_pregnant")); });
    QTRY_COMPARE(m_page->model()->totalCount(), qint64(expected.size()));
    QStringList shown;
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        shown.append(m_page->model()->idAt(row));
    shown.sort();
    QCOMPARE(shown, expected);
}

void TestCitizensPage::headerSortsByNameAndAgeOnly()
{
    auto *view = child<QTableView>(m_page, "citizenList");
    QHeaderView *header = view->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(CitizenListModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    const auto clickHeader = [&](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    clickHeader(CitizenListModel::NameColumn);
    QVERIFY(m_page->model()->isDescending());
    QTRY_VERIFY(!m_page->model()->isLoading());
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

    clickHeader(CitizenListModel::PhoneColumn); // no SQL sort: the indicator stays
    QCOMPARE(header->sortIndicatorSection(), int(CitizenListModel::NameColumn));
    QVERIFY(m_page->model()->isDescending());

    clickHeader(CitizenListModel::AgeColumn);
    QCOMPARE(m_page->model()->sortKey(), QStringLiteral("birth_date"));
    QCOMPARE(header->sortIndicatorSection(), int(CitizenListModel::AgeColumn));
    QTRY_VERIFY(!m_page->model()->isLoading());
}

void TestCitizensPage::withoutLocalCopy()
{
    DataContext offline(nullptr, m_clock);
    CitizensPage page(&offline);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.state(), ListPage::State::Unavailable);
    auto *title = child<QLabel>(&page, "listStateTitle");
    QVERIFY(title->isVisible());
    QVERIFY(!title->text().isEmpty());
    QVERIFY(child<QLabel>(&page, "listStateDetail")->isVisible());
    QVERIFY(child<QLabel>(&page, "listCountLabel")->text().isEmpty());

    // The copy opens: the list follows.
    offline.setLocalData(m_reader, nullptr);
    QTRY_COMPARE(page.state(), ListPage::State::Table);
    QTRY_COMPARE(page.model()->totalCount(), qint64(m_fixture.citizens.size()));
    QTRY_COMPARE(child<QComboBox>(&page, "districtFilter")->count(), 3);
}

void TestCitizensPage::accessibleNamesAndTabOrder()
{
    const auto insideCombo = [](QWidget *widget) {
        for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
            if (qobject_cast<QComboBox *>(w))
                return true;
        }
        return false;
    };
    for (QWidget *widget : m_page->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                             qobject_cast<QAbstractButton *>(widget) || qobject_cast<QTableView *>(widget);
        if (control && widget->focusPolicy() != Qt::NoFocus && !insideCombo(widget))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    // Every filter label has its control as buddy (the mnemonic focuses it).
    for (QLabel *label : m_page->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1Char('&')))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QStringList chain;
    QWidget *widget = child<QLineEdit>(m_page, "listSearchField");
    for (int i = 0; i < 9; ++i) {
        chain.append(widget->objectName());
        widget = widget->nextInFocusChain();
        while (widget->focusPolicy() == Qt::NoFocus || widget->objectName().isEmpty() ||
               widget->objectName().startsWith(QLatin1String("qt_")))
            widget = widget->nextInFocusChain();
    }
    QCOMPARE(chain, (QStringList{QStringLiteral("listSearchField"), QStringLiteral("districtFilter"),
                                 QStringLiteral("gridFilter"), QStringLiteral("tagFilter"),
                                 QStringLiteral("realnameLevelFilter"), QStringLiteral("overdueBillFilter"),
                                 QStringLiteral("clearFiltersButton"), QStringLiteral("citizenList"),
                                 QStringLiteral("stateClearFiltersButton")}));
}

void TestCitizensPage::enterprisesSearchAndOpen()
{
    EnterprisesPage page(m_context);
    page.resize(1078, 710);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.state(), ListPage::State::Table);
    QTRY_COMPARE(page.model()->totalCount(), qint64(m_fixture.enterprises.size()));
    auto *industries = child<QComboBox>(&page, "industryFilter");
    QTRY_COMPARE(industries->count(), 1 + int(test::ListFixture::industries().size()));

    auto *view = child<QTableView>(&page, "enterpriseList");
    commitText(child<QLineEdit>(&page, "listSearchField"), QStringLiteral("鑫达"));
    QTRY_COMPARE(view->model()->rowCount(), 1); // e00000 (鑫达 for i % 144 == 0)
    QSignalSpy activated(&page, &EnterprisesPage::enterpriseActivated);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), QStringLiteral("e00000"));
}

void TestCitizensPage::screenshots()
{
    const QString dir = qEnvironmentVariable("GOVDESK_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set GOVDESK_SHOTS_DIR to save screenshots");
    QDir().mkpath(dir);
    QTranslator extra;
    const QString extraQm = qEnvironmentVariable("GOVDESK_SHOTS_QM");
    const QList<QSize> windows{{1280, 800}, {1920, 1080}};
    for (const bool chinese : {true, false}) {
        QCoreApplication::removeTranslator(&m_chinese);
        QCoreApplication::removeTranslator(&extra);
        if (chinese) {
            QCoreApplication::installTranslator(&m_chinese);
            if (!extraQm.isEmpty() && extra.load(extraQm))
                QCoreApplication::installTranslator(&extra);
        }
        QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English));
        const QString lang = chinese ? QStringLiteral("zh") : QStringLiteral("en");
        CitizensPage citizens(m_context);
        EnterprisesPage enterprises(m_context);
        for (const QSize &window : windows) {
            // The main window's content area: the navigation list (200 px) and bars taken away.
            const QSize size(window.width() - 202, window.height() - 90);
            for (ListPage *page :
                 {static_cast<ListPage *>(&citizens), static_cast<ListPage *>(&enterprises)}) {
                page->setSearchText({});
                page->resize(size);
                page->show();
                QVERIFY(QTest::qWaitForWindowExposed(page));
                QTRY_COMPARE(page->state(), ListPage::State::Table);
                QTRY_VERIFY(!page->model()->isLoading());
                QApplication::processEvents(); // pending layout requests (the count's new text)
                const QString kind =
                    page == &citizens ? QStringLiteral("citizens") : QStringLiteral("enterprises");
                const QString stem = QStringLiteral("%1/%2-%3-%4x%5")
                                         .arg(dir, kind, lang)
                                         .arg(window.width())
                                         .arg(window.height());
                QVERIFY(page->grab().save(stem + QStringLiteral(".png")));
                if (window.width() == 1280) {
                    page->setSearchText(QStringLiteral("龘龘"));
                    QTRY_COMPARE(page->state(), ListPage::State::NoMatch);
                    QApplication::processEvents();
                    QVERIFY(page->grab().save(stem + QStringLiteral("-nomatch.png")));
                }
                page->hide();
            }
        }
        if (chinese) {
            DataContext offline(nullptr, m_clock);
            CitizensPage unavailable(&offline);
            unavailable.resize(1078, 710);
            unavailable.show();
            QVERIFY(QTest::qWaitForWindowExposed(&unavailable));
            QApplication::processEvents();
            QVERIFY(unavailable.grab().save(dir + QStringLiteral("/citizens-zh-unavailable.png")));
        }
    }
    QCoreApplication::removeTranslator(&extra);
    QCoreApplication::installTranslator(&m_chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

// GOVDESK_LIST_TIMING=<citizens>: the longest time the GUI thread is busy in one go while the page opens,
// searches, scrolls to the end of 20 pages, sorts and filters over that many citizens. A 1 ms precise
// timer beats on the GUI thread; the longest gap between two beats, less the interval, is the stall.
void TestCitizensPage::guiThreadStalls()
{
    const int citizens = qEnvironmentVariableIntValue("GOVDESK_LIST_TIMING");
    if (citizens <= 0)
        QSKIP("set GOVDESK_LIST_TIMING=<citizens> to measure");
    QTemporaryDir dir;
    test::ListFixture big;
    QVERIFY(big.create(dir.path(), citizens, 0).isEmpty());
    big.close();
    store::LocalReader reader;
    QSignalSpy opened(&reader, &store::LocalReader::opened);
    reader.open(big.path, big.key);
    QVERIFY(opened.wait(30000));
    DataContext context(nullptr, m_clock);

    // Wall time between beats includes time the GUI thread waited for a core (two cores, a reader thread,
    // maybe a build next door); the thread's CPU time between beats is the work it did itself.
    const auto cpuNow = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    };
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 lastCpu = cpuNow();
    QString phase;
    QMap<QString, double> worst;
    QMap<QString, double> worstCpu;
    QTimer beat;
    beat.setTimerType(Qt::PreciseTimer);
    beat.setInterval(1);
    connect(&beat, &QTimer::timeout, this, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = cpuNow();
        worst[phase] = qMax(worst.value(phase), (now - last) / 1e6 - 1.0);
        worstCpu[phase] = qMax(worstCpu.value(phase), (cpu - lastCpu) / 1e6);
        last = now;
        lastCpu = cpu;
    });
    const auto settle = [&](ListPage &page) {
        return QTest::qWaitFor(
            [&] { return !page.model()->isLoading() && !page.model()->isRefreshPending(); }, 30000);
    };

    phase = QStringLiteral("open");
    last = clock.nsecsElapsed();
    beat.start();
    CitizensPage page(&context);
    context.setLocalData(&reader, nullptr);
    page.resize(1078, 710);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE_WITH_TIMEOUT(page.state(), ListPage::State::Table, 30000);
    QVERIFY(settle(page));

    phase = QStringLiteral("type-ahead");
    auto *search = child<QLineEdit>(&page, "listSearchField");
    for (const QString &text : {QStringLiteral("王"), QStringLiteral("王伟"), QStringLiteral("wang"),
                                QStringLiteral("wangw"), QStringLiteral("zs"), QStringLiteral("1234")}) {
        search->clear();
        commitText(search, text);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->search(), text, 10000);
        QVERIFY(settle(page));
    }
    page.setSearchText({});
    QVERIFY(settle(page));

    phase = QStringLiteral("scroll");
    auto *view = child<QTableView>(&page, "citizenList");
    for (int i = 0; i < 20; ++i) {
        const int rows = page.model()->rowCount();
        view->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > rows || !page.model()->canFetchMore({}), 10000);
        QVERIFY(settle(page));
    }

    phase = QStringLiteral("sort");
    page.model()->sort(CitizenListModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(settle(page));
    page.model()->sort(CitizenListModel::AgeColumn, Qt::AscendingOrder);
    QVERIFY(settle(page));

    phase = QStringLiteral("filter");
    selectData(child<QComboBox>(&page, "districtFilter"), QStringLiteral("350206"));
    QVERIFY(settle(page));
    QTRY_COMPARE(child<QComboBox>(&page, "gridFilter")->count(), 3);
    selectData(child<QComboBox>(&page, "gridFilter"), QStringLiteral("350206001001-02"));
    QVERIFY(settle(page));
    selectData(child<QComboBox>(&page, "tagFilter"), QStringLiteral("t_pregnant"));
    QVERIFY(settle(page));
    child<QCheckBox>(&page, "overdueBillFilter")->setChecked(true);
    QVERIFY(settle(page));
    beat.stop();

    for (auto it = worst.cbegin(); it != worst.cend(); ++it)
        qInfo("%d citizens, %-10s longest GUI-thread stall %5.1f ms wall, %5.1f ms of its own CPU time",
              citizens, qPrintable(it.key()), it.value(), worstCpu.value(it.key()));
}

QTEST_MAIN(TestCitizensPage)
#include "tst_citizenspage.moc"
