// The Grid page's reads (issue 8) over a hand-built encrypted local copy: the user's grid tree by role,
// a grid's overview figures (households, residents, special groups by tag and age, open tasks, visits and
// incidents of the last 30 days, 90-day visit coverage of households — all counted by hand below), the
// households with their latest visit, residents with tag names, tasks by batch and the activity feed
// newest first with the records that still wait in the outbox.
#include "store/gridqueries.h"
#include "store/store.h"

#include "domain/codec.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gd;
using namespace gd::store;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(2, 0), QTimeZone::utc());

QByteArray randomKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return key;
}

} // namespace

class TestGridQueries : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void treeFollowsTheRole();
    void overviewCountsByHand();
    void householdsResidentsAndGroups();
    void tasksAndBatches();
    void activityIsNewestFirstWithPendingMarks();

private:
    void exec(const QByteArray &sql, const QStringList &binds);
    void region(const QString &id, const QString &parent, const QString &level, const QString &name,
                const QString &district);
    void citizen(const QString &id, const QString &name, const QString &birth, const QString &grid,
                 const QString &household, const QStringList &tags);
    void household(const QString &id, const QString &grid, const QString &address,
                   const QStringList &members);
    void visit(const QString &id, const QString &grid, const QString &citizen, const QString &household,
               int daysAgo);
    void incident(const QString &id, const QString &grid, int daysAgo);
    void task(const QString &id, const QString &batch, const QString &grid, const QString &state,
              int daysAgo);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestGridQueries::exec(const QByteArray &sql, const QStringList &binds)
{
    auto statement = m_store->connection().prepare(sql);
    QVERIFY2(statement, qPrintable(statement ? QString() : statement.error().message));
    for (int i = 0; i < binds.size(); ++i)
        statement->bind(i + 1, binds.at(i));
    auto done = statement->exec();
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
}

void TestGridQueries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = Store::open(Store::pathFor(m_dir->path(), QStringLiteral("grid")), randomKey(), true);
    QVERIFY(store);
    m_store = std::move(*store);
    // The grid tables of local schema 6 (made here too while the file is older, so that the queries can be
    // checked on their own).
    for (const char *sql :
         {"CREATE TABLE IF NOT EXISTS households (id TEXT PRIMARY KEY, version INTEGER NOT NULL, grid_id "
          "TEXT, "
          "community_id TEXT, district_code TEXT, address TEXT, head_citizen_id TEXT, updated_at TEXT, "
          "data TEXT NOT NULL)",
          "CREATE TABLE IF NOT EXISTS incidents (id TEXT PRIMARY KEY, version INTEGER NOT NULL, grid_id "
          "TEXT, "
          "status TEXT, urgency TEXT, category TEXT, reported_at TEXT, reported_by TEXT, updated_at TEXT, "
          "data TEXT NOT NULL)",
          "CREATE TABLE IF NOT EXISTS tasks (id TEXT PRIMARY KEY, version INTEGER NOT NULL, batch_id TEXT, "
          "grid_id TEXT, state TEXT, due_on TEXT, assigned_by TEXT, updated_at TEXT, data TEXT NOT NULL)"})
        exec(sql, {});

    region(QStringLiteral("350206"), {}, QStringLiteral("district"), QStringLiteral("湖里区"),
           QStringLiteral("350206"));
    region(QStringLiteral("s1"), QStringLiteral("350206"), QStringLiteral("street"),
           QStringLiteral("殿前街道"), QStringLiteral("350206"));
    region(QStringLiteral("c1"), QStringLiteral("s1"), QStringLiteral("community"),
           QStringLiteral("兴隆社区"), QStringLiteral("350206"));
    region(QStringLiteral("g1"), QStringLiteral("c1"), QStringLiteral("grid"), QStringLiteral("第一网格"),
           QStringLiteral("350206"));
    region(QStringLiteral("g2"), QStringLiteral("c1"), QStringLiteral("grid"), QStringLiteral("第二网格"),
           QStringLiteral("350206"));
    region(QStringLiteral("g9"), QStringLiteral("c1"), QStringLiteral("grid"), QStringLiteral("第九网格"),
           QStringLiteral("350206")); // no local data
    region(QStringLiteral("350203"), {}, QStringLiteral("district"), QStringLiteral("思明区"),
           QStringLiteral("350203"));
    region(QStringLiteral("s2"), QStringLiteral("350203"), QStringLiteral("street"),
           QStringLiteral("鼓浪屿街道"), QStringLiteral("350203"));
    region(QStringLiteral("c2"), QStringLiteral("s2"), QStringLiteral("community"),
           QStringLiteral("内厝澳社区"), QStringLiteral("350203"));
    region(QStringLiteral("g3"), QStringLiteral("c2"), QStringLiteral("grid"), QStringLiteral("鼓浪屿一网格"),
           QStringLiteral("350203"));

    exec("INSERT INTO tags (id, version, name, data) VALUES (?, 1, ?, '{}')",
         {QStringLiteral("t_living_alone_elderly"), QStringLiteral("独居老人")});
    exec("INSERT INTO tags (id, version, name, data) VALUES (?, 1, ?, '{}')",
         {QStringLiteral("t_disabled"), QStringLiteral("残疾人")});

    // g1: six residents in four households. a (86, alone, disabled), b (low income), c (11, left behind)
    // are in special groups; d (66) is tagged living alone but too young for the group, f (18) too old
    // for the left-behind children; e has no tags.
    citizen(QStringLiteral("a"), QStringLiteral("陈阿婆"), QStringLiteral("1940-01-01"), QStringLiteral("g1"),
            QStringLiteral("h1"), {QStringLiteral("t_living_alone_elderly"), QStringLiteral("t_disabled")});
    citizen(QStringLiteral("b"), QStringLiteral("陈大明"), QStringLiteral("1980-05-01"), QStringLiteral("g1"),
            QStringLiteral("h1"), {QStringLiteral("t_low_income")});
    citizen(QStringLiteral("c"), QStringLiteral("林小雨"), QStringLiteral("2015-03-01"), QStringLiteral("g1"),
            QStringLiteral("h2"), {QStringLiteral("t_left_behind_child")});
    citizen(QStringLiteral("d"), QStringLiteral("黄伯"), QStringLiteral("1960-02-01"), QStringLiteral("g1"),
            QStringLiteral("h3"), {QStringLiteral("t_living_alone_elderly")});
    citizen(QStringLiteral("e"), QStringLiteral("吴芳"), QStringLiteral("1990-07-01"), QStringLiteral("g1"),
            QStringLiteral("h4"), {});
    citizen(QStringLiteral("f"), QStringLiteral("吴晓"), QStringLiteral("2008-01-01"), QStringLiteral("g1"),
            QStringLiteral("h4"), {QStringLiteral("t_left_behind_child")});
    citizen(QStringLiteral("x"), QStringLiteral("郑其"), QStringLiteral("1970-01-01"), QStringLiteral("g2"),
            QStringLiteral("h5"), {QStringLiteral("t_disabled")});
    household(QStringLiteral("h1"), QStringLiteral("g1"), QStringLiteral("兴隆路1号"),
              {QStringLiteral("a"), QStringLiteral("b")});
    household(QStringLiteral("h2"), QStringLiteral("g1"), QStringLiteral("兴隆路2号"), {QStringLiteral("c")});
    household(QStringLiteral("h3"), QStringLiteral("g1"), QStringLiteral("兴隆路3号"), {QStringLiteral("d")});
    household(QStringLiteral("h4"), QStringLiteral("g1"), QStringLiteral("兴隆路4号"),
              {QStringLiteral("e"), QStringLiteral("f")});
    household(QStringLiteral("h5"), QStringLiteral("g2"), QStringLiteral("兴隆路9号"), {QStringLiteral("x")});

    // Visits: h1 by household (20 days) and by its citizen a (5 days), h2 through citizen c (60 days),
    // h3 100 days ago (outside the 90), one in g2.
    visit(QStringLiteral("v1"), QStringLiteral("g1"), {}, QStringLiteral("h1"), 20);
    visit(QStringLiteral("v2"), QStringLiteral("g1"), QStringLiteral("c"), {}, 60);
    visit(QStringLiteral("v3"), QStringLiteral("g1"), {}, QStringLiteral("h3"), 100);
    visit(QStringLiteral("v4"), QStringLiteral("g1"), QStringLiteral("a"), {}, 5);
    visit(QStringLiteral("v5"), QStringLiteral("g2"), QStringLiteral("x"), {}, 1);
    incident(QStringLiteral("i1"), QStringLiteral("g1"), 10);
    incident(QStringLiteral("i2"), QStringLiteral("g1"), 40);
    task(QStringLiteral("t1"), QStringLiteral("b1"), QStringLiteral("g1"), QStringLiteral("open"), 3);
    task(QStringLiteral("t4"), QStringLiteral("b1"), QStringLiteral("g2"), QStringLiteral("done"), 3);
    task(QStringLiteral("t2"), QStringLiteral("b2"), QStringLiteral("g1"), QStringLiteral("acknowledged"), 8);
    task(QStringLiteral("t3"), QStringLiteral("b3"), QStringLiteral("g1"), QStringLiteral("done"), 30);
}

void TestGridQueries::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestGridQueries::region(const QString &id, const QString &parent, const QString &level,
                             const QString &name, const QString &district)
{
    Region r;
    r.id = id;
    if (!parent.isEmpty())
        r.parentId = parent;
    r.level = level;
    r.name = name;
    r.districtCode = district;
    exec("INSERT INTO regions (id, version, parent_id, level, name, district_code, data) VALUES (?, 1, ?, ?, "
         "?, ?, ?)",
         {id, parent.isEmpty() ? QString() : parent, level, name, district,
          QString::fromUtf8(toJsonBytes(r))});
}

void TestGridQueries::citizen(const QString &id, const QString &name, const QString &birth,
                              const QString &grid, const QString &household, const QStringList &tags)
{
    exec("INSERT INTO citizens (id, version, name, gender, birth_date, grid_id, household_id, data) "
         "VALUES (?, 1, ?, 'F', ?, ?, ?, '{}')",
         {id, name, birth, grid, household});
    for (const QString &tag : tags)
        exec("INSERT INTO citizen_tags (citizen_id, tag_id) VALUES (?, ?)", {id, tag});
}

void TestGridQueries::household(const QString &id, const QString &grid, const QString &address,
                                const QStringList &members)
{
    Household h;
    h.id = id;
    h.gridId = grid;
    h.address = address;
    h.communityId = QStringLiteral("c1");
    h.districtCode = QStringLiteral("350206");
    h.headCitizenId = members.first();
    for (const QString &m : members) {
        HouseholdMember member;
        member.citizenId = m;
        member.name = m;
        member.birthDate = QDate(1980, 1, 1);
        member.gender = QStringLiteral("F");
        h.members.append(member);
    }
    h.updatedAt = kNow;
    exec("INSERT INTO households (id, version, grid_id, community_id, district_code, address, "
         "head_citizen_id, "
         "updated_at, data) VALUES (?, 1, ?, 'c1', '350206', ?, ?, ?, ?)",
         {id, grid, address, members.first(), toIsoUtc(kNow), QString::fromUtf8(toJsonBytes(h))});
}

void TestGridQueries::visit(const QString &id, const QString &grid, const QString &citizen,
                            const QString &household, int daysAgo)
{
    Visit v;
    v.id = id;
    v.gridId = grid;
    if (!citizen.isEmpty())
        v.citizenId = citizen;
    if (!household.isEmpty())
        v.householdId = household;
    v.staffId = QStringLiteral("u_grid");
    v.kind = QStringLiteral("routine");
    v.visitedAt = kNow.addDays(-daysAgo);
    v.summary = QStringLiteral("走访");
    v.updatedAt = v.visitedAt;
    exec("INSERT INTO visits (id, version, grid_id, citizen_id, kind, visited_at, updated_at, data) "
         "VALUES (?, 1, ?, ?, 'routine', ?, ?, ?)",
         {id, grid, citizen.isEmpty() ? QString() : citizen, toIsoUtc(v.visitedAt), toIsoUtc(v.updatedAt),
          QString::fromUtf8(toJsonBytes(v))});
}

void TestGridQueries::incident(const QString &id, const QString &grid, int daysAgo)
{
    Incident i;
    i.id = id;
    i.gridId = grid;
    i.category = QStringLiteral("fire_hazard");
    i.location = QStringLiteral("兴隆路2号楼道");
    i.description = QStringLiteral("楼道堆放杂物");
    i.urgency = QStringLiteral("high");
    i.status = QStringLiteral("reported");
    i.reportedBy = QStringLiteral("u_grid");
    i.reportedAt = kNow.addDays(-daysAgo);
    i.updatedAt = i.reportedAt;
    exec("INSERT INTO incidents (id, version, grid_id, status, urgency, category, reported_at, reported_by, "
         "updated_at, data) VALUES (?, 1, ?, 'reported', 'high', 'fire_hazard', ?, 'u_grid', ?, ?)",
         {id, grid, toIsoUtc(i.reportedAt), toIsoUtc(i.updatedAt), QString::fromUtf8(toJsonBytes(i))});
}

void TestGridQueries::task(const QString &id, const QString &batch, const QString &grid, const QString &state,
                           int daysAgo)
{
    GridTask t;
    t.id = id;
    t.batchId = batch;
    t.gridId = grid;
    t.title = QStringLiteral("任务 ") + batch;
    t.description = QStringLiteral("说明");
    t.dueOn = kNow.date().addDays(10 - daysAgo);
    t.assignedBy = QStringLiteral("u_sup");
    t.assignedAt = kNow.addDays(-daysAgo);
    t.state = state;
    t.updatedAt = t.assignedAt;
    exec("INSERT INTO tasks (id, version, batch_id, grid_id, state, due_on, assigned_by, updated_at, data) "
         "VALUES (?, 1, ?, ?, ?, ?, 'u_sup', ?, ?)",
         {id, batch, grid, state, t.dueOn.toString(Qt::ISODate), toIsoUtc(t.updatedAt),
          QString::fromUtf8(toJsonBytes(t))});
}

void TestGridQueries::treeFollowsTheRole()
{
    GridQueries queries(*m_store);
    const auto ids = [](const QList<Region> &regions) {
        QStringList out;
        for (const Region &r : regions)
            out << r.id;
        return out;
    };
    StaffUser manager;
    manager.role = QStringLiteral("grid_manager");
    manager.gridIds = {QStringLiteral("g2"), QStringLiteral("g1")};
    auto tree = queries.gridTree(manager);
    QVERIFY(tree);
    // Parents before children, siblings by name (第一 < 第二 by code point).
    QCOMPARE(ids(*tree), (QStringList{QStringLiteral("350206"), QStringLiteral("s1"), QStringLiteral("c1"),
                                      QStringLiteral("g1"), QStringLiteral("g2")}));

    StaffUser supervisor;
    supervisor.role = QStringLiteral("supervisor");
    supervisor.areaCode = QStringLiteral("350206");
    tree = queries.gridTree(supervisor);
    QVERIFY(tree);
    // g9 has no local data; g3 is in another district.
    QCOMPARE(ids(*tree), (QStringList{QStringLiteral("350206"), QStringLiteral("s1"), QStringLiteral("c1"),
                                      QStringLiteral("g1"), QStringLiteral("g2")}));
    supervisor.areaCode = QStringLiteral("350203");
    tree = queries.gridTree(supervisor);
    QVERIFY(tree);
    QVERIFY(tree->isEmpty());
}

void TestGridQueries::overviewCountsByHand()
{
    GridQueries queries(*m_store);
    auto o = queries.overview(QStringLiteral("g1"), kNow);
    QVERIFY2(o, qPrintable(o ? QString() : o.error().message));
    QCOMPARE(o->households, 4);
    QCOMPARE(o->residents, 6);
    QCOMPARE(o->specialGroupMembers, 3); // a, b, c
    QCOMPARE(o->openTasks, 2);           // t1 open, t2 acknowledged
    QCOMPARE(o->visits30, 2);            // v1, v4
    QCOMPARE(o->incidents30, 1);         // i1
    QCOMPARE(o->visitedHouseholds90, 2); // h1 (v1, v4), h2 (v2 through c)
    QCOMPARE(o->coveragePercent(), 50);
    QCOMPARE(o->groups.size(), specialGroupRules().size());
    QCOMPARE(o->groups.at(0).group, QStringLiteral("living_alone_elderly"));
    QCOMPARE(o->groups.at(0).citizenIds, QStringList{QStringLiteral("a")});
    QCOMPARE(o->groups.at(1).count, 1); // disabled: a
    QCOMPARE(o->groups.at(2).count, 1); // low income: b
    QCOMPARE(o->groups.at(3).count, 0); // veterans
    QCOMPARE(o->groups.at(4).citizenIds, QStringList{QStringLiteral("c")});
    QCOMPARE(o->groups.at(5).count, 0);

    auto other = queries.overview(QStringLiteral("g2"), kNow);
    QVERIFY(other);
    QCOMPARE(other->households, 1);
    QCOMPARE(other->visitedHouseholds90, 1);
    QCOMPARE(other->coveragePercent(), 100);
    QCOMPARE(other->openTasks, 0);
    auto empty = queries.overview(QStringLiteral("g9"), kNow);
    QVERIFY(empty);
    QCOMPARE(empty->households, 0);
    QCOMPARE(empty->coveragePercent(), 0);
}

void TestGridQueries::householdsResidentsAndGroups()
{
    GridQueries queries(*m_store);
    auto households = queries.households(QStringLiteral("g1"));
    QVERIFY(households);
    QCOMPARE(households->items.size(), 4);
    QCOMPARE(households->items.first().address, QStringLiteral("兴隆路1号"));
    QCOMPARE(households->items.first().members.size(), 2);
    QCOMPARE(households->lastVisit.value(QStringLiteral("h1")), kNow.addDays(-5));
    QCOMPARE(households->lastVisit.value(QStringLiteral("h3")), kNow.addDays(-100));
    QVERIFY(!households->lastVisit.contains(QStringLiteral("h4")));

    auto residents = queries.residents(QStringLiteral("g1"), kNow.date());
    QVERIFY(residents);
    QCOMPARE(residents->size(), 6);
    const auto a = std::find_if(residents->cbegin(), residents->cend(),
                                [](const GridResident &r) { return r.id == QLatin1String("a"); });
    QVERIFY(a != residents->cend());
    QCOMPARE(a->tagNames, (QStringList{QStringLiteral("残疾人"), QStringLiteral("独居老人")}));
    QCOMPARE(a->groups, (QStringList{QStringLiteral("living_alone_elderly"), QStringLiteral("disabled")}));

    auto groups = queries.specialGroups(QStringLiteral("g1"), kNow.date());
    QVERIFY(groups);
    QCOMPARE(groups->size(), 6);
    QCOMPARE(groups->at(0).second.size(), 1);
    QCOMPARE(groups->at(0).second.first().name, QStringLiteral("陈阿婆"));
    QCOMPARE(groups->at(4).first, QStringLiteral("left_behind_child"));
    QCOMPARE(groups->at(4).second.first().id, QStringLiteral("c"));
}

void TestGridQueries::tasksAndBatches()
{
    GridQueries queries(*m_store);
    auto inbox = queries.tasks({QStringLiteral("g1")});
    QVERIFY(inbox);
    QCOMPARE(inbox->size(), 3);
    // Open work first by due date (t2 is due before t1), then the rest.
    QCOMPARE(inbox->at(0).task.id, QStringLiteral("t2"));
    QCOMPARE(inbox->at(1).task.id, QStringLiteral("t1"));
    QCOMPARE(inbox->at(2).task.id, QStringLiteral("t3"));
    // Grid names repeat in every community: the community comes first.
    QCOMPARE(inbox->at(0).gridName, QStringLiteral("兴隆社区 第一网格"));

    auto batches = queries.batches();
    QVERIFY(batches);
    QCOMPARE(batches->size(), 3);
    QCOMPARE(batches->first().batchId, QStringLiteral("b1")); // newest
    QCOMPARE(batches->first().tasks.size(), 2);
    QCOMPARE(batches->first().done(), 1);
    QCOMPARE(batches->first().active(), 2);
}

void TestGridQueries::activityIsNewestFirstWithPendingMarks()
{
    GridQueries queries(*m_store);
    // A visit recorded on this device: written locally and queued.
    Visit v;
    v.gridId = QStringLiteral("g1");
    v.householdId = QStringLiteral("h4");
    v.staffId = QStringLiteral("u_grid");
    v.kind = QStringLiteral("routine");
    v.visitedAt = kNow.addSecs(-3600);
    v.summary = QStringLiteral("入户了解情况");
    auto queued = m_store->visits().record(v);
    QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().message));

    auto feed = queries.activity(QStringLiteral("g1"));
    QVERIFY(feed);
    QStringList ids;
    for (const GridActivity &a : *feed)
        ids << a.id;
    QCOMPARE(ids,
             (QStringList{queued->entityId, QStringLiteral("v4"), QStringLiteral("i1"), QStringLiteral("v1"),
                          QStringLiteral("i2"), QStringLiteral("v2"), QStringLiteral("v3")}));
    QVERIFY(feed->first().pending);
    QCOMPARE(feed->first().subjectName, QStringLiteral("兴隆路4号"));
    QVERIFY(!feed->at(1).pending);
    QCOMPARE(feed->at(1).subjectName, QStringLiteral("陈阿婆"));
    QCOMPARE(feed->at(2).kind, GridActivity::Kind::Incident);

    // The new visit covers h4 now: 3 of 4 households.
    auto o = queries.overview(QStringLiteral("g1"), kNow);
    QVERIFY(o);
    QCOMPARE(o->visitedHouseholds90, 3);
    QCOMPARE(o->coveragePercent(), 75);
}

QTEST_GUILESS_MAIN(TestGridQueries)
#include "tst_gridqueries.moc"
