// CitizenListModel over a real encrypted local copy read by a LocalReader (reader thread), checked by
// QAbstractItemModelTester: the first page and the total, fetchMore() to the end, sorting by name and age
// in SQL, filters (grid, tag, real-name level, overdue bill), search (张, initials zs, a phone fragment),
// stale type-ahead answers dropped, a change set refreshing rows in place, and no local copy.
//
// Set GOVDESK_LIST_TIMING=<citizens> (e.g. 100000) to also log how long pages take at that size.

#include "listfixture.h"

#include "core/clock.h"
#include "models/citizenlistmodel.h"
#include "models/datacontext.h"
#include "store/localreader.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace gd;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC); }
};

constexpr int kGenerated = 1200; // six pages

QStringList loadedIds(const CitizenListModel &model)
{
    QStringList ids;
    for (const CitizenRow &row : model.rows())
        ids.append(row.id);
    ids.sort();
    return ids;
}

bool waitIdle(const CitizenListModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 10000);
}

} // namespace

class TestCitizenListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void modelTester();
    void firstPageAndTotal();
    void fetchMoreReachesTheEnd();
    void sortByNameDescending();
    void sortByAge();
    void unsortableColumnIsIgnored();
    void filterByGrid();
    void filterByTag();
    void filterByRealnameLevel();
    void filterByOverdueBill();
    void searchBySurname();
    void searchByInitials();
    void searchByPhoneFragment();
    void searchWithFilter();
    void staleSearchAnswersAreDropped();
    void cellsShowNamesAndMaskedNumbers();
    void changeRefreshesRowsInPlace();
    void unrelatedChangeIsIgnored();
    void withoutLocalCopyThereAreNoRows();
    void pageTimings();

private:
    std::unique_ptr<CitizenListModel> makeModel(); // without a tester: it would read every page

    QTemporaryDir m_dir;
    test::ListFixture m_fixture;
    FixedClock m_clock;
    store::LocalReader *m_reader = nullptr;
    DataContext *m_context = nullptr;
};

void TestCitizenListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString failed = m_fixture.create(m_dir.path(), kGenerated, 0);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_reader = new store::LocalReader;
    QSignalSpy opened(m_reader, &store::LocalReader::opened);
    m_reader->open(m_fixture.path, m_fixture.key);
    QVERIFY(opened.wait(10000));
}

void TestCitizenListModel::cleanupTestCase()
{
    delete m_reader;
    m_fixture.close();
}

void TestCitizenListModel::init()
{
    m_context = new DataContext(nullptr, m_clock);
    m_context->setLocalData(m_reader, nullptr);
}

void TestCitizenListModel::cleanup()
{
    delete m_context;
    m_context = nullptr;
}

std::unique_ptr<CitizenListModel> TestCitizenListModel::makeModel()
{
    return std::make_unique<CitizenListModel>(m_context);
}

// QAbstractItemModelTester checks the model after every signal: through resets (query changes), inserts
// (pages), removals and data changes (refreshes), with every page read.
void TestCitizenListModel::modelTester()
{
    CitizenListModel model(m_context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Reads every page, as a view scrolled to the end would.
    const auto settled = [&] {
        return QTest::qWaitFor(
            [&] {
                if (model.canFetchMore({}))
                    model.fetchMore({});
                return !model.isLoading() && !model.canFetchMore({});
            },
            20000);
    };
    QVERIFY(settled());
    QCOMPARE(model.rowCount(), m_fixture.citizens.size());
    model.setSearch(QStringLiteral("张"));
    QVERIFY(settled());
    QCOMPARE(model.rowCount(), 3);
    model.setQuery({{QStringLiteral("district"), QStringLiteral("350206")}}, {}, QStringLiteral("name"),
                   true);
    QVERIFY(settled());
    QCOMPARE(
        model.totalCount(),
        qint64(m_fixture.citizenIds([](const auto &c) { return c.districtCode == QLatin1String("350206"); })
                   .size()));
    QCOMPARE(model.rowCount(), model.totalCount());
    model.sort(CitizenListModel::AgeColumn, Qt::DescendingOrder);
    QVERIFY(settled());
    m_context->notifyLocalWrite(QStringLiteral("citizen"), QStringLiteral("c000003"));
    QVERIFY(model.isRefreshPending());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isRefreshPending(), 10000);
    QVERIFY(settled());
    QCOMPARE(model.rowCount(), model.totalCount());
    m_context->setLocalData(nullptr, nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestCitizenListModel::firstPageAndTotal()
{
    auto model = makeModel();
    QVERIFY(model->isLoading()); // asked at construction, answered on the reader thread
    QSignalSpy total(model.get(), &PagedListModel::totalCountChanged);
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->totalCount(), qint64(m_fixture.citizens.size()));
    QCOMPARE(total.size(), 1);
    QCOMPARE(total.constFirst().constFirst().toLongLong(), qint64(m_fixture.citizens.size()));
    QCOMPARE(model->rowCount(), PagedListModel::kPageSize);
    QCOMPARE(model->columnCount(), int(CitizenListModel::ColumnCount));
    QVERIFY(model->canFetchMore({}));
    QCOMPARE(model->sortColumn(), int(CitizenListModel::NameColumn));
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
    // Sorted by name (SQLite compares UTF-8 bytes: code point order, as QString::compare does for these).
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->rows().at(row - 1).name <= model->rows().at(row).name);
    QCOMPARE(model->index(0, CitizenListModel::PhoneColumn).data(PagedListModel::IdRole).toString(),
             model->rows().at(0).id);
}

void TestCitizenListModel::fetchMoreReachesTheEnd()
{
    auto model = makeModel();
    QVERIFY(waitIdle(*model));
    int pages = 1;
    while (model->canFetchMore({})) {
        const int before = model->rowCount();
        model->fetchMore({});
        QVERIFY(!model->canFetchMore({})); // one page at a time
        QVERIFY(model->isLoading());
        QTRY_VERIFY(model->rowCount() > before);
        QVERIFY(waitIdle(*model));
        ++pages;
    }
    QCOMPARE(model->rowCount(), m_fixture.citizens.size());
    QCOMPARE(pages,
             int((m_fixture.citizens.size() + PagedListModel::kPageSize - 1) / PagedListModel::kPageSize));
    QStringList all;
    for (const auto &c : std::as_const(m_fixture.citizens))
        all.append(c.id);
    all.sort();
    QCOMPARE(loadedIds(*model), all); // each citizen once
}

void TestCitizenListModel::sortByNameDescending()
{
    auto model = makeModel();
    QVERIFY(waitIdle(*model));
    const QString firstAscending = model->rows().at(0).name;
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->sort(CitizenListModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(reset.wait(10000));
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->sortColumn(), int(CitizenListModel::NameColumn));
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QVERIFY(model->rows().at(0).name != firstAscending);
    QString largest;
    for (const auto &c : std::as_const(m_fixture.citizens))
        largest = qMax(largest, c.name);
    QCOMPARE(model->rows().at(0).name, largest);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->rows().at(row - 1).name >= model->rows().at(row).name);
    QCOMPARE(model->totalCount(), qint64(m_fixture.citizens.size()));
}

void TestCitizenListModel::sortByAge()
{
    auto model = makeModel();
    QVERIFY(waitIdle(*model));
    model->sort(CitizenListModel::AgeColumn, Qt::AscendingOrder); // youngest first
    QVERIFY(waitIdle(*model));
    QTRY_COMPARE(model->sortColumn(), int(CitizenListModel::AgeColumn));
    QCOMPARE(model->sortKey(), QStringLiteral("birth_date"));
    QVERIFY(model->isDescending());
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
    int previous = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int age = model->index(row, CitizenListModel::AgeColumn).data().toInt();
        QVERIFY(age >= previous);
        previous = age;
    }
}

void TestCitizenListModel::unsortableColumnIsIgnored()
{
    auto model = makeModel();
    QVERIFY(waitIdle(*model));
    QVERIFY(!model->isSortable(CitizenListModel::PhoneColumn));
    QSignalSpy query(model.get(), &PagedListModel::queryChanged);
    model->sort(CitizenListModel::PhoneColumn, Qt::DescendingOrder);
    QCOMPARE(query.size(), 0);
    QVERIFY(!model->isLoading());
}

void TestCitizenListModel::filterByGrid()
{
    auto model = makeModel();
    QVERIFY(waitIdle(*model));
    const QString grid = QLatin1String(test::fixtureGrids().at(3).id);
    model->setFilters({{QStringLiteral("grid"), grid}});
    QVERIFY(waitIdle(*model));
    const QStringList expected = m_fixture.citizenIds([&](const auto &c) { return c.gridId == grid; });
    QCOMPARE(model->totalCount(), qint64(expected.size()));
    QVERIFY(expected.size() > PagedListModel::kPageSize);
    while (model->canFetchMore({})) {
        model->fetchMore({});
        QVERIFY(waitIdle(*model));
    }
    QCOMPARE(loadedIds(*model), expected);
    QCOMPARE(model->index(0, CitizenListModel::GridColumn).data().toString(),
             QStringLiteral("金山社区 · 第一网格"));
    QCOMPARE(model->index(0, CitizenListModel::DistrictColumn).data().toString(), QStringLiteral("湖里区"));
}

void TestCitizenListModel::filterByTag()
{
    auto model = makeModel();
    model->setFilters({{QStringLiteral("tag"), QStringLiteral("t_mobile_user")}});
    QVERIFY(waitIdle(*model));
    const QStringList expected =
        m_fixture.citizenIds([](const auto &c) { return c.tags.contains(QStringLiteral("t_mobile_user")); });
    QCOMPARE(model->totalCount(), qint64(expected.size()));
    QCOMPARE(loadedIds(*model), expected); // 80: one page
    QVERIFY(!model->canFetchMore({}));
}

void TestCitizenListModel::filterByRealnameLevel()
{
    auto model = makeModel();
    model->setFilters({{QStringLiteral("realname_level"), QStringLiteral("3")}});
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->totalCount(),
             qint64(m_fixture.citizenIds([](const auto &c) { return c.level == 3; }).size()));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->rows().at(row).realnameLevel, 3);
}

void TestCitizenListModel::filterByOverdueBill()
{
    auto model = makeModel();
    model->setFilters({{QStringLiteral("overdue_bill"), QStringLiteral("1")}});
    QVERIFY(waitIdle(*model));
    const QStringList expected = m_fixture.citizenIds([](const auto &c) { return c.overdue; });
    QCOMPARE(model->totalCount(), qint64(expected.size()));
    QCOMPARE(loadedIds(*model), expected);
}

void TestCitizenListModel::searchBySurname()
{
    auto model = makeModel();
    model->setSearch(QStringLiteral("张"));
    QVERIFY(waitIdle(*model));
    const QStringList expected{QStringLiteral("c-zhangsan"), QStringLiteral("c-zhangsanfeng"),
                               QStringLiteral("c-zhangwei")};
    QCOMPARE(loadedIds(*model), expected);
    QCOMPARE(model->totalCount(), 3);
    QCOMPARE(model->search(), QStringLiteral("张"));
}

void TestCitizenListModel::searchByInitials()
{
    auto model = makeModel();
    model->setSearch(QStringLiteral("zs"));
    QVERIFY(waitIdle(*model));
    QCOMPARE(loadedIds(*model), (QStringList{QStringLiteral("c-zhangsan"), QStringLiteral("c-zhangsanfeng"),
                                             QStringLiteral("c-zhaoshuang")}));
}

void TestCitizenListModel::searchByPhoneFragment()
{
    auto model = makeModel();
    model->setSearch(QStringLiteral("4321"));
    QVERIFY(waitIdle(*model));
    QCOMPARE(loadedIds(*model), QStringList{QStringLiteral("c-phone")});
    QCOMPARE(model->index(0, CitizenListModel::PhoneColumn).data().toString(), QStringLiteral("139****4321"));
}

void TestCitizenListModel::searchWithFilter()
{
    auto model = makeModel();
    model->setQuery({{QStringLiteral("grid"), QLatin1String(test::fixtureGrids().at(1).id)}},
                    QStringLiteral("张"));
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->rowCount(), 0); // the 张 live in the first grid
    QCOMPARE(model->totalCount(), 0);
    QVERIFY(!model->canFetchMore({}));
}

void TestCitizenListModel::staleSearchAnswersAreDropped()
{
    auto model = makeModel();
    QVERIFY(waitIdle(*model));
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy total(model.get(), &PagedListModel::totalCountChanged);
    // Typed one after the other: both are read on the reader thread, the answer to 张 arrives first and
    // is dropped because zs was asked after it.
    model->setSearch(QStringLiteral("张"));
    model->setSearch(QStringLiteral("zs"));
    QVERIFY(reset.wait(10000));
    QVERIFY(waitIdle(*model));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(loadedIds(*model), (QStringList{QStringLiteral("c-zhangsan"), QStringLiteral("c-zhangsanfeng"),
                                             QStringLiteral("c-zhaoshuang")}));
    QCOMPARE(total.size(), 1);
    QCOMPARE(total.constFirst().constFirst().toLongLong(), 3);
}

void TestCitizenListModel::cellsShowNamesAndMaskedNumbers()
{
    auto model = makeModel();
    model->setQuery({{QStringLiteral("tag"), QStringLiteral("t_mobile_user")}}, {});
    QVERIFY(waitIdle(*model));
    const int row = model->rowOfId(QStringLiteral("c000000"));
    QVERIFY(row >= 0);
    const test::CitizenSpec &spec = m_fixture.citizens.constFirst();
    const auto cell = [&](int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(CitizenListModel::NameColumn), spec.name);
    QCOMPARE(cell(CitizenListModel::IdNumberColumn), spec.idNumber); // masked, as cached
    QCOMPARE(cell(CitizenListModel::PhoneColumn), spec.phone);
    QCOMPARE(cell(CitizenListModel::AgeColumn), QStringLiteral("86")); // born 1940-01-01, today 2026-11-24
    QCOMPARE(cell(CitizenListModel::DistrictColumn), QStringLiteral("思明区"));
    QCOMPARE(cell(CitizenListModel::GridColumn), QStringLiteral("鹭江社区 · 第一网格"));
    // c000000 has all four tags: three shown, the rest counted, all in the tooltip.
    QCOMPARE(cell(CitizenListModel::TagsColumn),
             CitizenListModel::tagSummary({QStringLiteral("有车族"), QStringLiteral("家有老人"),
                                           QStringLiteral("孕产妇"), QStringLiteral("常用移动端")}));
    QVERIFY(cell(CitizenListModel::TagsColumn).endsWith(QStringLiteral(" +1")));
    QVERIFY(model->index(row, CitizenListModel::TagsColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("常用移动端")));
    QCOMPARE(model->headerData(CitizenListModel::IdNumberColumn, Qt::Horizontal).toString(),
             QStringLiteral("ID number"));
}

void TestCitizenListModel::changeRefreshesRowsInPlace()
{
    auto model = makeModel();
    QVERIFY(waitIdle(*model));
    model->fetchMore({});
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->rowCount(), 2 * PagedListModel::kPageSize);
    const QString id = model->rows().at(5).id;
    test::CitizenSpec spec;
    for (const auto &c : std::as_const(m_fixture.citizens)) {
        if (c.id == id)
            spec = c;
    }
    // The same name sorts the same; the phone changes.
    spec.phone = QStringLiteral("139****9999");
    QVERIFY(m_fixture.updateCitizen(spec, 2).isEmpty());

    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    m_context->notifyLocalWrite(QStringLiteral("citizen"), id);
    QVERIFY(changed.wait(10000));
    QCOMPARE(model->index(5, CitizenListModel::PhoneColumn).data().toString(), QStringLiteral("139****9999"));
    QCOMPARE(model->rowCount(), 2 * PagedListModel::kPageSize); // the loaded rows stay (scroll position)
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), 2 * PagedListModel::kPageSize - 1);
    QVERIFY(model->canFetchMore({}));
}

void TestCitizenListModel::unrelatedChangeIsIgnored()
{
    auto model = makeModel();
    QVERIFY(waitIdle(*model));
    m_context->notifyLocalWrite(QStringLiteral("application"), QStringLiteral("a1"));
    m_context->notifyLocalWrite(QStringLiteral("bill"), QStringLiteral("b1")); // no overdue-bill filter
    QVERIFY(!model->isRefreshPending());
    m_context->notifyLocalWrite(QStringLiteral("tag"), QStringLiteral("t_pregnant")); // tag names
    QVERIFY(model->isRefreshPending());
    QTRY_VERIFY(!model->isRefreshPending());

    model->setFilters({{QStringLiteral("overdue_bill"), QStringLiteral("1")}});
    QVERIFY(waitIdle(*model));
    m_context->notifyLocalWrite(QStringLiteral("bill"), QStringLiteral("b1"));
    QVERIFY(model->isRefreshPending());
    QTRY_VERIFY(!model->isRefreshPending());
}

void TestCitizenListModel::withoutLocalCopyThereAreNoRows()
{
    DataContext offline(nullptr, m_clock);
    CitizenListModel model(&offline);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.isAvailable());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), -1);
    QVERIFY(!model.canFetchMore({}));
    model.setSearch(QStringLiteral("张"));
    QCOMPARE(model.rowCount(), 0);

    // The copy opens later: the query runs then.
    offline.setLocalData(m_reader, nullptr);
    QVERIFY(model.isLoading());
    QVERIFY(waitIdle(model));
    QCOMPARE(model.totalCount(), 3);
    offline.setLocalData(nullptr, nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), -1);
}

void TestCitizenListModel::pageTimings()
{
    const int citizens = qEnvironmentVariableIntValue("GOVDESK_LIST_TIMING");
    if (citizens <= 0)
        QSKIP("set GOVDESK_LIST_TIMING=<citizens> to measure");
    QTemporaryDir dir;
    test::ListFixture big;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(big.create(dir.path(), citizens, 0).isEmpty());
    qInfo("filled %d citizens in %lld ms", citizens, timer.elapsed());
    big.close();
    store::LocalReader reader;
    QSignalSpy opened(&reader, &store::LocalReader::opened);
    reader.open(big.path, big.key);
    QVERIFY(opened.wait(30000));
    DataContext context(nullptr, m_clock);
    context.setLocalData(&reader, nullptr);

    CitizenListModel model(&context);
    QVERIFY(waitIdle(model)); // warms the page cache and the name lookups

    // Wall time from the request to the rows on the GUI thread (the reader thread's work and the queueing
    // both ways), and the GUI thread's own share: applying the page to the model (reset or insert).
    double longestApply = 0;
    QElapsedTimer applying;
    connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, [&] { applying.start(); });
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this, [&] { applying.start(); });
    const auto applied = [&] {
        longestApply = qMax(longestApply, applying.nsecsElapsed() / 1e6);
    };
    connect(&model, &QAbstractItemModel::modelReset, this, applied);
    connect(&model, &QAbstractItemModel::rowsInserted, this, applied);
    const auto untilIdle = [&] {
        if (!model.isLoading())
            return;
        QEventLoop loop;
        connect(&model, &PagedListModel::loadingChanged, &loop, [&](bool loading) {
            if (!loading)
                loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    };
    const auto measure = [&](const char *what, const std::function<void()> &ask, int repeats) {
        QList<double> times;
        for (int i = 0; i < repeats; ++i) {
            model.setQuery({}, QStringLiteral("不存在"));
            untilIdle();
            QElapsedTimer t;
            t.start();
            ask();
            untilIdle();
            times.append(t.nsecsElapsed() / 1e6);
        }
        std::sort(times.begin(), times.end());
        qInfo("%-40s median %6.1f ms  max %6.1f ms  rows %d of %lld", what, times.at(times.size() / 2),
              times.constLast(), model.rowCount(), model.totalCount());
    };
    const int n = 7;
    measure(
        "first page, by name (with count)", [&] { model.setQuery({}, {}); }, n);
    measure(
        "first page, by name desc", [&] { model.setQuery({}, {}, QStringLiteral("name"), true); }, n);
    measure(
        "first page, by birth date", [&] { model.setQuery({}, {}, QStringLiteral("birth_date")); }, n);
    measure(
        "grid filter",
        [&] {
            model.setQuery({{QStringLiteral("grid"), QLatin1String(test::fixtureGrids().at(2).id)}}, {});
        },
        n);
    measure(
        "tag filter",
        [&] {
            model.setQuery({{QStringLiteral("tag"), QStringLiteral("t_pregnant")}}, {});
        },
        n);
    measure(
        "overdue bill filter",
        [&] {
            model.setQuery({{QStringLiteral("overdue_bill"), QStringLiteral("1")}}, {});
        },
        n);
    measure(
        "search 王 (surname, 1/12 of all)", [&] { model.setQuery({}, QStringLiteral("王")); }, n);
    measure(
        "search 王伟", [&] { model.setQuery({}, QStringLiteral("王伟")); }, n);
    measure(
        "search zs", [&] { model.setQuery({}, QStringLiteral("zs")); }, n);
    measure(
        "search wangwei", [&] { model.setQuery({}, QStringLiteral("wangwei")); }, n);
    measure(
        "search 4321", [&] { model.setQuery({}, QStringLiteral("4321")); }, n);
    measure(
        "search 1234 (phone/ID fragment)", [&] { model.setQuery({}, QStringLiteral("1234")); }, n);

    // Scrolling deep: pages further down the name order (OFFSET).
    model.setQuery({}, {});
    QVERIFY(waitIdle(model));
    QList<double> fetches;
    while (model.canFetchMore({}) && model.rowCount() < 20 * PagedListModel::kPageSize) {
        QElapsedTimer t;
        t.start();
        model.fetchMore({});
        untilIdle();
        fetches.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(fetches.begin(), fetches.end());
    qInfo("fetchMore pages 2..20 of 200 rows: median %.1f ms, max %.1f ms", fetches.at(fetches.size() / 2),
          fetches.constLast());
    // One page at the very end (as after a long scroll): the same query with a deep offset.
    store::ListQuery deep;
    deep.limit = PagedListModel::kPageSize;
    deep.offset = citizens - PagedListModel::kPageSize;
    QList<double> deepTimes;
    for (int i = 0; i < n; ++i) {
        std::optional<double> ms;
        reader.run<double>(
            this,
            [deep](store::Store &s) -> Result<double> {
                QElapsedTimer t; // on the reader thread
                t.start();
                auto rows = s.citizens().reader().listJson(deep);
                if (!rows)
                    return rows.error();
                return t.nsecsElapsed() / 1e6;
            },
            [&](const Result<double> &result) { ms = result.value_or(-1); });
        QVERIFY(QTest::qWaitFor([&] { return ms.has_value(); }, 30000));
        deepTimes.append(*ms);
    }
    std::sort(deepTimes.begin(), deepTimes.end());
    qInfo("a raw page at offset %d (JSON rows, reader thread): median %.1f ms", deep.offset,
          deepTimes.at(deepTimes.size() / 2));
    qInfo("longest GUI-thread model update (reset or insert of a page): %.2f ms", longestApply);
}

QTEST_GUILESS_MAIN(TestCitizenListModel)
#include "tst_citizenlistmodel.moc"
