// EnterpriseListModel over a real encrypted local copy read by a LocalReader, checked by
// QAbstractItemModelTester: paging to the end, sorting by name, filters (district, industry, stage, tag),
// search by name and by a USCC fragment, the cells (stage in words, district name, USCC as given), and
// the filter choices ListFilterOptions reads for enterprises.

#include "listfixture.h"

#include "core/clock.h"
#include "models/datacontext.h"
#include "models/enterpriselistmodel.h"
#include "models/listfilteroptions.h"
#include "store/localreader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gd;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC); }
};

constexpr int kGenerated = 450; // three pages

QStringList loadedIds(const EnterpriseListModel &model)
{
    QStringList ids;
    for (const EnterpriseRow &row : model.rows())
        ids.append(row.id);
    ids.sort();
    return ids;
}

bool waitIdle(const EnterpriseListModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 10000);
}

void fetchAll(EnterpriseListModel &model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!waitIdle(model))
            return;
    }
}

} // namespace

class TestEnterpriseListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void modelTester();
    void pagesToTheEnd();
    void sortByNameDescending();
    void filters_data();
    void filters();
    void searchByName();
    void searchByUsccFragment();
    void cells();
    void filterChoices();

private:
    std::unique_ptr<EnterpriseListModel> makeModel();

    QTemporaryDir m_dir;
    test::ListFixture m_fixture;
    FixedClock m_clock;
    store::LocalReader *m_reader = nullptr;
    DataContext *m_context = nullptr;
};

void TestEnterpriseListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString failed = m_fixture.create(m_dir.path(), 20, kGenerated);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_fixture.close();
    m_reader = new store::LocalReader;
    QSignalSpy opened(m_reader, &store::LocalReader::opened);
    m_reader->open(m_fixture.path, m_fixture.key);
    QVERIFY(opened.wait(10000));
}

void TestEnterpriseListModel::cleanupTestCase()
{
    delete m_reader;
}

void TestEnterpriseListModel::init()
{
    m_context = new DataContext(nullptr, m_clock);
    m_context->setLocalData(m_reader, nullptr);
}

void TestEnterpriseListModel::cleanup()
{
    delete m_context;
    m_context = nullptr;
}

std::unique_ptr<EnterpriseListModel> TestEnterpriseListModel::makeModel()
{
    return std::make_unique<EnterpriseListModel>(m_context); // without a tester: see modelTester()
}

// QAbstractItemModelTester checks the model after every signal, with every page read.
void TestEnterpriseListModel::modelTester()
{
    EnterpriseListModel model(m_context);
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
    QCOMPARE(model.rowCount(), kGenerated);
    model.setQuery({{QStringLiteral("stage"), QStringLiteral("mature")}}, QStringLiteral("科技"));
    QVERIFY(settled());
    QCOMPARE(model.rowCount(), m_fixture
                                   .enterpriseIds([](const auto &e) {
                                       return e.stage == QLatin1String("mature") &&
                                              e.name.contains(QStringLiteral("科技"));
                                   })
                                   .size());
    model.sort(EnterpriseListModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(settled());
    m_context->notifyLocalWrite(QStringLiteral("enterprise"), QStringLiteral("e00001"));
    QVERIFY(model.isRefreshPending());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isRefreshPending(), 10000);
}

void TestEnterpriseListModel::pagesToTheEnd()
{
    auto model = makeModel();
    QVERIFY(waitIdle(*model));
    QCOMPARE(model->totalCount(), kGenerated);
    QCOMPARE(model->rowCount(), PagedListModel::kPageSize);
    fetchAll(*model);
    QCOMPARE(model->rowCount(), kGenerated);
    QCOMPARE(loadedIds(*model), m_fixture.enterpriseIds([](const auto &) { return true; }));
    QVERIFY(!model->canFetchMore({}));
}

void TestEnterpriseListModel::sortByNameDescending()
{
    auto model = makeModel();
    QVERIFY(waitIdle(*model));
    const QString first = model->rows().at(0).name;
    QVERIFY(model->isSortable(EnterpriseListModel::NameColumn));
    QVERIFY(!model->isSortable(EnterpriseListModel::IndustryColumn));
    model->sort(EnterpriseListModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(waitIdle(*model));
    QTRY_VERIFY(model->rows().at(0).name != first);
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->rows().at(row - 1).name >= model->rows().at(row).name);
}

void TestEnterpriseListModel::filters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("district") << QStringLiteral("district") << QStringLiteral("350206");
    QTest::newRow("industry") << QStringLiteral("industry") << test::ListFixture::industries().at(1);
    QTest::newRow("stage") << QStringLiteral("stage") << QStringLiteral("closing");
    QTest::newRow("tag") << QStringLiteral("tag") << QStringLiteral("t_hightech");
}

void TestEnterpriseListModel::filters()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    auto model = makeModel();
    model->setFilters({{name, value}});
    QVERIFY(waitIdle(*model));
    const QStringList expected = m_fixture.enterpriseIds([&](const test::EnterpriseSpec &e) {
        if (name == QLatin1String("district"))
            return e.districtCode == value;
        if (name == QLatin1String("industry"))
            return e.industry == value;
        if (name == QLatin1String("stage"))
            return e.stage == value;
        return e.tags.contains(value);
    });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(model->totalCount(), qint64(expected.size()));
    fetchAll(*model);
    QCOMPARE(loadedIds(*model), expected);
}

void TestEnterpriseListModel::searchByName()
{
    auto model = makeModel();
    model->setSearch(QStringLiteral("鑫达"));
    QVERIFY(waitIdle(*model));
    const QStringList expected =
        m_fixture.enterpriseIds([](const auto &e) { return e.name.contains(QStringLiteral("鑫达")); });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(loadedIds(*model), expected);
}

void TestEnterpriseListModel::searchByUsccFragment()
{
    const test::EnterpriseSpec &target = m_fixture.enterprises.at(123);
    const QString fragment = target.uscc.right(6);
    auto model = makeModel();
    model->setSearch(fragment);
    QVERIFY(waitIdle(*model));
    const QStringList expected =
        m_fixture.enterpriseIds([&](const auto &e) { return e.uscc.contains(fragment); });
    QVERIFY(expected.contains(target.id));
    QCOMPARE(loadedIds(*model), expected);
}

void TestEnterpriseListModel::cells()
{
    auto model = makeModel();
    model->setFilters({{QStringLiteral("stage"), QStringLiteral("new")},
                       {QStringLiteral("district"), QStringLiteral("350203")}});
    QVERIFY(waitIdle(*model));
    QVERIFY(model->rowCount() > 0);
    const EnterpriseRow &row = model->rows().at(0);
    const auto cell = [&](int column) {
        return model->index(0, column).data().toString();
    };
    QCOMPARE(cell(EnterpriseListModel::NameColumn), row.name);
    QCOMPARE(cell(EnterpriseListModel::UsccColumn), row.uscc);
    QVERIFY(row.uscc.startsWith(QStringLiteral("91350200MA")));
    QCOMPARE(cell(EnterpriseListModel::LegalPersonColumn), QStringLiteral("林某"));
    QCOMPARE(cell(EnterpriseListModel::StageColumn), QStringLiteral("Newly established"));
    QCOMPARE(cell(EnterpriseListModel::DistrictColumn), QStringLiteral("思明区"));
    QCOMPARE(model->index(0, 0).data(PagedListModel::IdRole).toString(), row.id);
}

void TestEnterpriseListModel::filterChoices()
{
    ListFilterOptions options(m_context, ListFilterOptions::Kind::Enterprises);
    QSignalSpy changed(&options, &ListFilterOptions::optionsChanged);
    QVERIFY(changed.wait(10000));
    QCOMPARE(options.districts(),
             (QList<FilterChoice>{{QStringLiteral("350203"), QStringLiteral("思明区")},
                                  {QStringLiteral("350206"), QStringLiteral("湖里区")}}));
    QCOMPARE(options.tags(),
             (QList<FilterChoice>{{QStringLiteral("t_hightech"), QStringLiteral("高新技术企业")}}));
    QStringList industries = test::ListFixture::industries();
    industries.sort();
    QStringList offered;
    for (const FilterChoice &choice : options.industries())
        offered.append(choice.value);
    QCOMPARE(offered, industries);
    QCOMPARE(ListFilterOptions::stages().size(), 4);

    QSignalSpy grids(&options, &ListFilterOptions::gridsLoaded);
    options.loadGrids(QStringLiteral("350203"));
    QVERIFY(grids.wait(10000));
    QCOMPARE(
        options.grids(QStringLiteral("350203")),
        (QList<FilterChoice>{{QStringLiteral("350203001001-01"), QStringLiteral("鹭江社区 · 第一网格")},
                             {QStringLiteral("350203001001-02"), QStringLiteral("鹭江社区 · 第二网格")},
                             {QStringLiteral("350203001002-01"), QStringLiteral("中华社区 · 第一网格")}}));

    ListFilterOptions forCitizens(m_context, ListFilterOptions::Kind::Citizens);
    QSignalSpy citizenChanged(&forCitizens, &ListFilterOptions::optionsChanged);
    QVERIFY(citizenChanged.wait(10000));
    QStringList tagNames;
    for (const FilterChoice &choice : forCitizens.tags())
        tagNames.append(choice.label);
    // By class (basic, social, behaviour), then by name in pinyin order: 家有老人 (jia) before 有车族 (you).
    QCOMPARE(tagNames, (QStringList{QStringLiteral("孕产妇"), QStringLiteral("家有老人"),
                                    QStringLiteral("有车族"), QStringLiteral("常用移动端")}));
    QVERIFY(forCitizens.industries().isEmpty());
}

QTEST_GUILESS_MAIN(TestEnterpriseListModel)
#include "tst_enterpriselistmodel.moc"
