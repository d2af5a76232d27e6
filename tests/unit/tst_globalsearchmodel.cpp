// GlobalSearchModel over a real encrypted local copy (SearchFixture) read through a LocalReader: grouped
// rows (citizens with masked ID and district, enterprises with USCC, services with department), at most
// kGroupLimit per group and "show all N", search by name, pinyin and ID fragment, services filtered in
// memory, stale answers dropped, the states without a local copy and without results, and the model
// contract (QAbstractItemModelTester).

#include "searchfixture.h"

#include "core/clock.h"
#include "models/datacontext.h"
#include "models/globalsearchmodel.h"
#include "store/localreader.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gd;
using Kind = GlobalSearchModel::RowKind;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC); }
};

} // namespace

class TestGlobalSearchModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void groupsCitizensEnterprisesServices();
    void atMostSixPerGroupAndShowAll();
    void findsByPinyinAndIdFragment();
    void servicesByNameCodeOrDepartment();
    void staleAnswersAreDropped();
    void noResults();
    void noLocalCopy();
    void keyboardSkipsHeaders();
    void followsChangesOfTheCopy();

private:
    bool search(const QString &text);
    QList<Kind> kinds() const;
    QStringList titles(Kind kind) const;

    QTemporaryDir m_dir;
    FixedClock m_clock;
    test::SearchFixture m_fixture;
    store::LocalReader *m_reader = nullptr;
    DataContext *m_context = nullptr;
    GlobalSearchModel *m_model = nullptr;
};

void TestGlobalSearchModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.create(m_dir.path()));
}

void TestGlobalSearchModel::init()
{
    m_reader = new store::LocalReader;
    QSignalSpy opened(m_reader, &store::LocalReader::opened);
    m_reader->open(m_fixture.path(), test::SearchFixture::key());
    QVERIFY(opened.wait(10000));
    m_context = new DataContext(nullptr, m_clock);
    m_context->setLocalData(m_reader, nullptr);
    m_model = new GlobalSearchModel(m_context);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
}

void TestGlobalSearchModel::cleanup()
{
    delete m_model;
    delete m_context;
    delete m_reader;
}

bool TestGlobalSearchModel::search(const QString &text)
{
    QSignalSpy answered(m_model, &GlobalSearchModel::answered);
    m_model->setQuery(text);
    return answered.count() > 0 || answered.wait(10000);
}

QList<Kind> TestGlobalSearchModel::kinds() const
{
    QList<Kind> result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result << m_model->kindAt(row);
    return result;
}

QStringList TestGlobalSearchModel::titles(Kind kind) const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->kindAt(row) == kind)
            result << m_model->index(row).data().toString();
    }
    return result;
}

void TestGlobalSearchModel::groupsCitizensEnterprisesServices()
{
    QVERIFY(search(QStringLiteral("张三")));
    QCOMPARE(m_model->state(), GlobalSearchModel::State::Results);
    QCOMPARE(kinds(), (QList<Kind>{Kind::Header, Kind::Citizen, Kind::ShowAllCitizens}));
    QCOMPARE(m_model->index(0).data().toString(),
             QCoreApplication::translate("gd::GlobalSearchModel", "Citizens"));
    QVERIFY(!m_model->isSelectable(0));
    QVERIFY(!(m_model->flags(m_model->index(0)) & Qt::ItemIsSelectable));
    const QModelIndex citizen = m_model->index(1);
    QCOMPARE(citizen.data().toString(), QStringLiteral("张三"));
    QCOMPARE(citizen.data(GlobalSearchModel::IdRole).toString(), QStringLiteral("c1"));
    // The masked ID number and the district by name.
    QCOMPARE(citizen.data(GlobalSearchModel::SubtitleRole).toString(),
             QStringLiteral("3502**********1000 · 思明区"));

    QVERIFY(search(QStringLiteral("厦门")));
    QCOMPARE(kinds(), (QList<Kind>{Kind::Header, Kind::Enterprise, Kind::Enterprise}));
    QCOMPARE(m_model->index(1).data(GlobalSearchModel::SubtitleRole).toString().left(8),
             QStringLiteral("91350200"));
}

void TestGlobalSearchModel::atMostSixPerGroupAndShowAll()
{
    QVERIFY(search(QStringLiteral("张")));
    QCOMPARE(titles(Kind::Citizen).size(), GlobalSearchModel::kGroupLimit);
    QCOMPARE(m_model->citizenTotal(), qint64(8));
    QCOMPARE(titles(Kind::Enterprise), QStringList{QStringLiteral("厦门张氏科技有限公司")});
    const int last = m_model->rowCount() - 1;
    QCOMPARE(m_model->kindAt(last), Kind::ShowAllCitizens);
    QCOMPARE(m_model->index(last).data().toString(),
             QCoreApplication::translate("gd::GlobalSearchModel", "Show all %1 citizens matching “%2”")
                 .arg(QStringLiteral("8"), QStringLiteral("张")));
}

void TestGlobalSearchModel::findsByPinyinAndIdFragment()
{
    QVERIFY(search(QStringLiteral("zhangsan")));
    QCOMPARE(titles(Kind::Citizen), QStringList{QStringLiteral("张三")});
    QVERIFY(search(QStringLiteral("ls")));
    QVERIFY2(titles(Kind::Citizen).contains(QStringLiteral("李四")),
             qPrintable(titles(Kind::Citizen).join(u',')));
    QVERIFY(search(QStringLiteral("1008")));
    QCOMPARE(titles(Kind::Citizen), QStringList{QStringLiteral("李四")});
}

void TestGlobalSearchModel::servicesByNameCodeOrDepartment()
{
    QVERIFY(search(QStringLiteral("出生")));
    // The catalogue's order (by code); names starting with the text before the others.
    QCOMPARE(titles(Kind::Service),
             (QStringList{QStringLiteral("出生登记"), QStringLiteral("出生医学证明办理")}));
    const int row = kinds().lastIndexOf(Kind::Service);
    QCOMPARE(m_model->index(row).data(GlobalSearchModel::SubtitleRole).toString(),
             QStringLiteral("市卫生健康委员会"));
    const std::optional<ServiceItem> service = m_model->service(m_model->idAt(row));
    QVERIFY(service);
    QCOMPARE(service->code, QStringLiteral("WJ-001"));
    QVERIFY(search(QStringLiteral("证明")));
    QCOMPARE(titles(Kind::Service), QStringList{QStringLiteral("出生医学证明办理")});
    QCOMPARE(m_model->departmentName(QStringLiteral("gaj")), QStringLiteral("市公安局"));

    QVERIFY(search(QStringLiteral("公安")));
    QCOMPARE(titles(Kind::Service),
             (QStringList{QStringLiteral("居民身份证换领"), QStringLiteral("出生登记")}));
    QVERIFY(search(QStringLiteral("ga-002")));
    QCOMPARE(titles(Kind::Service), QStringList{QStringLiteral("居民身份证换领")});
    QVERIFY(search(QStringLiteral("公安 出生")));
    QCOMPARE(titles(Kind::Service), QStringList{QStringLiteral("出生登记")});
}

void TestGlobalSearchModel::staleAnswersAreDropped()
{
    QSignalSpy answered(m_model, &GlobalSearchModel::answered);
    m_model->setQuery(QStringLiteral("张"));
    m_model->setQuery(QStringLiteral("李"));
    QVERIFY(answered.wait(10000));
    QTest::qWait(100); // the answer to "张" comes too, and is dropped
    QCOMPARE(answered.count(), 1);
    QCOMPARE(m_model->query(), QStringLiteral("李"));
    QCOMPARE(titles(Kind::Citizen), QStringList{QStringLiteral("李四")});

    // An empty text clears at once.
    m_model->setQuery(QStringLiteral("  "));
    QCOMPARE(m_model->state(), GlobalSearchModel::State::Idle);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestGlobalSearchModel::noResults()
{
    QVERIFY(search(QStringLiteral("没有这个人")));
    QCOMPARE(m_model->state(), GlobalSearchModel::State::NoResults);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestGlobalSearchModel::noLocalCopy()
{
    DataContext empty(nullptr, m_clock);
    GlobalSearchModel model(&empty);
    QSignalSpy answered(&model, &GlobalSearchModel::answered);
    model.setQuery(QStringLiteral("张"));
    QCOMPARE(answered.count(), 1);
    QCOMPARE(model.state(), GlobalSearchModel::State::NoLocalData);
    QCOMPARE(model.rowCount(), 0);

    // The copy closing while a query is shown: the model says so.
    QVERIFY(search(QStringLiteral("张")));
    QCOMPARE(m_model->state(), GlobalSearchModel::State::Results);
    m_context->setLocalData(nullptr, nullptr);
    QCOMPARE(m_model->state(), GlobalSearchModel::State::NoLocalData);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestGlobalSearchModel::keyboardSkipsHeaders()
{
    QVERIFY(search(QStringLiteral("张")));
    const int first = m_model->nextSelectableRow(-1, 1);
    QCOMPARE(first, 1);
    QCOMPARE(m_model->nextSelectableRow(first, -1), m_model->rowCount() - 1); // wraps to "show all"
    const int enterpriseHeader = kinds().indexOf(Kind::Enterprise) - 1;
    QCOMPARE(m_model->kindAt(enterpriseHeader), Kind::Header);
    QCOMPARE(m_model->nextSelectableRow(enterpriseHeader - 1, 1), enterpriseHeader + 1);
}

void TestGlobalSearchModel::followsChangesOfTheCopy()
{
    QVERIFY(search(QStringLiteral("王")));
    QCOMPARE(m_model->state(), GlobalSearchModel::State::NoResults);
    QVERIFY(m_fixture.put(QStringLiteral("citizen"),
                          test::SearchFixture::citizen(QStringLiteral("c99"), QStringLiteral("王芳"),
                                                       QStringLiteral("3502**********9999"),
                                                       QStringLiteral("350203"))));
    QSignalSpy answered(m_model, &GlobalSearchModel::answered);
    ChangeSet changes;
    changes.changed.insert(QStringLiteral("citizen"), {QStringLiteral("c99")});
    emit m_context->dataChanged(changes);
    QVERIFY(answered.wait(10000));
    QCOMPARE(titles(Kind::Citizen), QStringList{QStringLiteral("王芳")});
}

QTEST_GUILESS_MAIN(TestGlobalSearchModel)
#include "tst_globalsearchmodel.moc"
