// The pending queue over a real encrypted local copy (queuefixture.h): schema 3's queue rows (written
// with every application, and built from the stored JSON when a schema-2 file is migrated), QueueListModel
// read on the reader thread (filters, sorts, search, SLA texts and roles at an injected clock, working days
// across a weekend), QueueCountsWatcher, ApplicationLoader, and ApplicationRepository::act() (the optimistic
// state from gd::applyAction, the outbox body and base version of a chain queued offline, refusals writing
// nothing) with the conflict queue's texts.

#include "queuefixture.h"

#include "core/clock.h"
#include "models/applicationloader.h"
#include "models/conflicttext.h"
#include "models/datacontext.h"
#include "models/queuecountswatcher.h"
#include "models/queuelistmodel.h"
#include "store/localreader.h"
#include "store/localschema.h"

#include "models/conflictlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace gd;

namespace {

// Tuesday 24 November 2026, 10:00 CST.
const QDateTime kNow(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return now; }
    QDateTime now = kNow;
};

constexpr int kApplications = 700;

struct Expected {
    QString applicationId;
    int stepSeq = 0;
    QString departmentId;
    QString serviceId;
    QString stepName;
    QString number;
    QString applicantName;
    QDateTime dueAt;
    QString claimedBy;
    QString claimedByName;
    QDateTime submittedAt;
    QString status;
    bool paused = false;
};

QList<Expected> expectedRows(const QList<Application> &applications)
{
    QList<Expected> rows;
    for (const Application &a : applications) {
        if (!test::QueueFixture::isOpen(a))
            continue;
        for (const ApplicationStep *s : activeSteps(a)) {
            rows.append(Expected{a.id, s->seq, s->departmentId, a.serviceId, s->name, a.number,
                                 a.applicantName, s->dueAt.value_or(QDateTime()),
                                 s->claimedBy.value_or(QString()), s->claimedByName.value_or(QString()),
                                 a.submittedAt, a.status, a.status == QLatin1String("supplement")});
        }
    }
    return rows;
}

QString rowKey(const QString &id, int seq)
{
    return id + QLatin1Char('#') + QString::number(seq);
}

QStringList keysOf(const QList<Expected> &rows)
{
    QStringList keys;
    for (const Expected &e : rows)
        keys.append(rowKey(e.applicationId, e.stepSeq));
    keys.sort();
    return keys;
}

QStringList keysOf(const QueueListModel &model)
{
    QStringList keys;
    for (const QueueRow &row : model.rows())
        keys.append(rowKey(row.item.applicationId, row.item.stepSeq));
    return keys;
}

bool waitIdle(const QueueListModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading() && !model.isRefreshPending(); }, 10000);
}

// Reads every page of the current query.
bool loadAll(QueueListModel &model)
{
    if (!waitIdle(model))
        return false;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!waitIdle(model))
            return false;
    }
    return true;
}

} // namespace

class TestQueueListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void queueRowsMatchTheWorkflow();
    void migrationRebuildsQueueFromStoredJson();
    void modelTester();
    void defaultViewIsByDueTime();
    void filters_data();
    void filters();
    void unknownFilterIsAnError();
    void sortsEachColumn_data();
    void sortsEachColumn();
    void searchByNumberPrefixOrApplicant();
    void cellsAndRoles();
    void slaTextsCountWorkingDaysAcrossTheWeekend();
    void counts();
    void loaderReadsTheApplication();
    void actClaimThenApproveQueuesAChain();
    void actRefusalWritesNothing();
    void actManyWritesTheAcceptedOnes();
    void conflictTextsForEachRefusal();
    void chineseTexts();

private:
    std::unique_ptr<QueueListModel> makeModel(const PagedListModel::Filters &filters = {},
                                              const QString &search = {}, const QString &sort = {},
                                              bool descending = false);

    QTemporaryDir m_dir;
    test::QueueFixture m_fixture;
    FixedClock m_clock;
    store::LocalReader *m_reader = nullptr;
    DataContext *m_context = nullptr;
};

void TestQueueListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString failed = m_fixture.create(m_dir.path(), kApplications, kNow);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_reader = new store::LocalReader;
    QSignalSpy opened(m_reader, &store::LocalReader::opened);
    m_reader->open(m_fixture.path, m_fixture.key);
    QVERIFY(opened.wait(10000));
}

void TestQueueListModel::cleanupTestCase()
{
    delete m_reader;
    m_fixture.close();
}

void TestQueueListModel::init()
{
    m_clock.now = kNow;
    m_context = new DataContext(nullptr, m_clock);
    m_context->setLocalData(m_reader, nullptr);
}

void TestQueueListModel::cleanup()
{
    delete m_context;
    m_context = nullptr;
}

std::unique_ptr<QueueListModel> TestQueueListModel::makeModel(const PagedListModel::Filters &filters,
                                                              const QString &search, const QString &sort,
                                                              bool descending)
{
    auto model = std::make_unique<QueueListModel>(m_context);
    model->setQuery(filters, search, sort, descending);
    return model;
}

void TestQueueListModel::queueRowsMatchTheWorkflow()
{
    const QList<Expected> expected = expectedRows(m_fixture.applications);
    QVERIFY(expected.size() > 500);
    auto items = m_fixture.store()->queue().list(store::ListQuery{{}, {}, {}, false, 1000, 0}, kNow);
    QVERIFY(items);
    QCOMPARE(m_fixture.store()->queue().count({}, kNow).value(), qint64(expected.size()));
    // Parallel steps of one stage are one row each; finished applications have none.
    int parallel = 0;
    QHash<QString, int> perApplication;
    for (const Expected &e : expected)
        parallel += ++perApplication[e.applicationId] == 2;
    QVERIFY(parallel > 0);
    int finished = 0;
    for (const Application &a : m_fixture.applications)
        finished += !test::QueueFixture::isOpen(a);
    QVERIFY(finished > 0);
    QCOMPARE(m_fixture.store()->applications().count().value(), qint64(kApplications));
}

void TestQueueListModel::migrationRebuildsQueueFromStoredJson()
{
    // A schema-2 file with applications in it, as the previous release left it.
    QTemporaryDir dir;
    const QString path = store::Store::pathFor(dir.path(), QStringLiteral("schema2file"));
    const QByteArray key(32, '\x5a');
    {
        auto connection = store::Connection::open(path);
        QVERIFY(connection);
        QVERIFY(connection->setKey(key));
        for (const store::LocalMigration &m : store::localMigrations()) {
            if (m.version > 2)
                break;
            for (const QByteArray &sql : m.statements)
                QVERIFY2(connection->exec(sql), sql.constData());
        }
        QVERIFY(connection->exec("PRAGMA user_version = 2"));
        auto insert = connection->prepare("INSERT INTO applications (id, version, number, service_id, "
                                          "applicant_id, applicant_name, status, submitted_at, data) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        QVERIFY(insert);
        for (int i = 0; i < 60; ++i) {
            const Application &a = m_fixture.applications.at(i);
            insert->bind(1, a.id).bind(2, a.version).bind(3, a.number).bind(4, a.serviceId);
            insert->bind(5, a.applicantId).bind(6, a.applicantName).bind(7, a.status);
            insert->bind(8, toIsoUtc(a.submittedAt));
            insert->bindUtf8(9, QJsonDocument(toJson(a)).toJson(QJsonDocument::Compact));
            QVERIFY(insert->exec());
        }
    }
    auto opened = store::Store::open(path, key);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    store::Store &migrated = **opened;
    QCOMPARE(migrated.openReport().migratedFrom, 2);
    const QList<Expected> expected = expectedRows(m_fixture.applications.mid(0, 60));
    auto items = migrated.queue().list(store::ListQuery{{}, {}, {}, false, 1000, 0}, kNow);
    QVERIFY(items);
    QStringList keys;
    for (const store::QueueItem &item : *items) {
        keys.append(rowKey(item.applicationId, item.stepSeq));
        // Due times survive the trip through the JSON text to the millisecond.
        for (const Expected &e : expected) {
            if (e.applicationId == item.applicationId && e.stepSeq == item.stepSeq) {
                QCOMPARE(item.dueAt, e.dueAt);
                QCOMPARE(item.submittedAt, e.submittedAt);
            }
        }
    }
    keys.sort();
    QCOMPARE(keys, keysOf(expected));
    // The conflict queue has its new column.
    QVERIFY(migrated.connection().exec("SELECT error_details FROM conflicts"));
}

void TestQueueListModel::modelTester()
{
    auto model = makeModel({{QStringLiteral("department"), QStringLiteral("d-gaj")}});
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(*model));
    QVERIFY(model->rowCount() > 0);
}

void TestQueueListModel::defaultViewIsByDueTime()
{
    auto model = makeModel({{QStringLiteral("department"), QStringLiteral("d-jyj")}});
    QVERIFY(loadAll(*model));
    QList<Expected> expected = expectedRows(m_fixture.applications);
    expected.removeIf([](const Expected &e) { return e.departmentId != QLatin1String("d-jyj"); });
    QCOMPARE(model->totalCount(), qint64(expected.size()));
    QCOMPARE(model->rowCount(), int(expected.size()));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->rows().at(row - 1).item.dueAt <= model->rows().at(row).item.dueAt);
    QCOMPARE(model->sortColumn(), int(QueueListModel::Due));
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
}

void TestQueueListModel::filters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("department") << "department"
                                << "d-wjw";
    QTest::newRow("service") << "service"
                             << "s-school";
    QTest::newRow("status supplement") << "status"
                                       << "supplement";
    QTest::newRow("status in_progress") << "status"
                                        << "in_progress";
    QTest::newRow("step") << "step"
                          << "户口登记";
    QTest::newRow("claimed_by") << "claimed_by"
                                << test::QueueFixture::officer(QStringLiteral("d-gaj")).staffId;
    QTest::newRow("unclaimed") << "unclaimed"
                               << "1";
    QTest::newRow("sla overdue") << "sla"
                                 << "overdue";
    QTest::newRow("sla due_soon") << "sla"
                                  << "due_soon";
    QTest::newRow("sla paused") << "sla"
                                << "paused";
}

void TestQueueListModel::filters()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    auto model = makeModel({{name, value}});
    QVERIFY(loadAll(*model));
    QList<Expected> expected = expectedRows(m_fixture.applications);
    expected.removeIf([&](const Expected &e) {
        if (name == QLatin1String("department"))
            return e.departmentId != value;
        if (name == QLatin1String("service"))
            return e.serviceId != value;
        if (name == QLatin1String("status"))
            return e.status != value;
        if (name == QLatin1String("step"))
            return e.stepName != value;
        if (name == QLatin1String("claimed_by"))
            return e.claimedBy != value;
        if (name == QLatin1String("unclaimed"))
            return !e.claimedBy.isEmpty();
        // sla: exactly what gd::slaState says at the clock's now.
        return slaStateName(slaState(e.dueAt, kNow, e.paused, false)) != value;
    });
    QVERIFY2(!expected.isEmpty(), "the fixture has rows for every filter");
    QStringList keys = keysOf(*model);
    keys.sort();
    QCOMPARE(keys, keysOf(expected));
    QCOMPARE(model->totalCount(), qint64(expected.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (name == QLatin1String("sla"))
            QCOMPARE(model->index(row, 0).data(QueueListModel::SlaStateRole).toString(), value);
    }
}

void TestQueueListModel::unknownFilterIsAnError()
{
    auto model = makeModel({{QStringLiteral("colour"), QStringLiteral("red")}});
    QVERIFY(waitIdle(*model));
    QVERIFY(model->lastError().has_value());
    QCOMPARE(model->lastError()->code, ErrorCode::BadRequest);
}

void TestQueueListModel::sortsEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (int column = 0; column < QueueListModel::ColumnCount; ++column) {
        QTest::addRow("column %d ascending", column) << column << false;
        QTest::addRow("column %d descending", column) << column << true;
    }
}

void TestQueueListModel::sortsEachColumn()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    auto model = makeModel({{QStringLiteral("department"), QStringLiteral("d-gaj")}});
    QVERIFY(waitIdle(*model));
    QVERIFY(model->isSortable(column));
    model->sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QVERIFY(loadAll(*model));
    QCOMPARE(model->sortOrder(), descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    auto value = [&](const store::QueueItem &item) -> QVariant {
        switch (column) {
        case QueueListModel::Number:
            return item.number;
        case QueueListModel::Service:
            return item.serviceName;
        case QueueListModel::Applicant:
            return item.applicantName;
        case QueueListModel::Step:
            return item.stepName;
        case QueueListModel::Department:
            return item.departmentName;
        case QueueListModel::Submitted:
            return item.submittedAt.toMSecsSinceEpoch();
        case QueueListModel::ClaimedBy:
            return item.claimedByName;
        default:
            return item.dueAt.isValid() ? item.dueAt.toMSecsSinceEpoch() : -1;
        }
    };
    for (int row = 1; row < model->rowCount(); ++row) {
        const QVariant a = value(model->rows().at(row - 1).item);
        const QVariant b = value(model->rows().at(row).item);
        const int order = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                          : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                                 : 0;
        QVERIFY2(descending ? order >= 0 : order <= 0,
                 qPrintable(a.toString() + QLatin1String(" / ") + b.toString()));
    }
}

void TestQueueListModel::searchByNumberPrefixOrApplicant()
{
    const QList<Expected> all = expectedRows(m_fixture.applications);
    const QString number = all.at(5).number;
    auto model = makeModel({}, number);
    QVERIFY(loadAll(*model));
    QVERIFY(model->rowCount() >= 1);
    for (const QueueRow &row : model->rows())
        QVERIFY(row.item.number.startsWith(number));

    // A prefix shared by many: the date part of the number.
    const QString day = number.left(8);
    model->setSearch(day);
    QVERIFY(loadAll(*model));
    QList<Expected> expected = all;
    expected.removeIf([&](const Expected &e) { return !e.number.startsWith(day); });
    QCOMPARE(model->rowCount(), int(expected.size()));

    // The applicant's (masked) name from its start; wildcard characters are taken literally.
    const QString surname = QStringLiteral("王*");
    model->setSearch(surname);
    QVERIFY(loadAll(*model));
    expected = all;
    expected.removeIf([&](const Expected &e) { return !e.applicantName.startsWith(surname); });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(model->rowCount(), int(expected.size()));
    model->setSearch(QStringLiteral("*"));
    QVERIFY(loadAll(*model));
    QCOMPARE(model->rowCount(), 0);
}

void TestQueueListModel::cellsAndRoles()
{
    const QString me = test::QueueFixture::officer(QStringLiteral("d-gaj")).staffId;
    auto model = makeModel({{QStringLiteral("claimed_by"), me}});
    model->setCurrentUser(me);
    QVERIFY(loadAll(*model));
    QVERIFY(model->rowCount() > 0);
    const QModelIndex first = model->index(0, 0);
    const store::QueueItem &item = model->rows().at(0).item;
    QCOMPARE(first.data(PagedListModel::IdRole).toString(), item.applicationId);
    QCOMPARE(first.data(QueueListModel::StepSeqRole).toInt(), item.stepSeq);
    QCOMPARE(first.data(QueueListModel::ClaimedByMeRole).toBool(), true);
    QCOMPARE(first.data(QueueListModel::DepartmentIdRole).toString(), QStringLiteral("d-gaj"));
    QCOMPARE(first.data(QueueListModel::PendingSyncRole).toBool(), false);
    QVERIFY(!first.data(QueueListModel::ServiceIdRole).toString().isEmpty());
    QVERIFY(!first.data(QueueListModel::ApplicantIdRole).toString().isEmpty());
    QVERIFY(!first.data(QueueListModel::StatusRole).toString().isEmpty());
    QCOMPARE(model->index(0, QueueListModel::Department).data().toString(), QStringLiteral("公安局"));
    QCOMPARE(model->index(0, QueueListModel::ClaimedBy).data().toString(), QStringLiteral("王芳"));
    QVERIFY(QStringList({QStringLiteral("出生一件事"), QStringLiteral("积分入学")})
                .contains(model->index(0, QueueListModel::Service).data().toString()));
    QCOMPARE(model->index(0, QueueListModel::Due).data().toString(), QueueListModel::dueDateText(item.dueAt));
    QVERIFY(!model->index(0, QueueListModel::Applicant).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model->index(0, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model->index(0, 0).data(Qt::BackgroundRole).isValid());
    model->setCurrentUser(QStringLiteral("someone-else"));
    QCOMPARE(first.data(QueueListModel::ClaimedByMeRole).toBool(), false);

    auto unclaimed = makeModel({{QStringLiteral("unclaimed"), QStringLiteral("1")}});
    QVERIFY(waitIdle(*unclaimed));
    QCOMPARE(unclaimed->index(0, QueueListModel::ClaimedBy).data().toString(), QStringLiteral("—"));
}

void TestQueueListModel::slaTextsCountWorkingDaysAcrossTheWeekend()
{
    // Friday 20 November 2026, 10:00 CST; due dates at the end (24:00 CST) of a day.
    const QDateTime friday(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC);
    auto endOf = [](int day) {
        return worktime::endOfLocalDay(QDate(2026, 11, day));
    };
    QCOMPARE(QueueListModel::slaRemainingText(endOf(20), friday, false), QStringLiteral("Due today"));
    // Saturday and Sunday are not counted: Monday is the next working day.
    QCOMPARE(QueueListModel::slaRemainingText(endOf(23), friday, false),
             QStringLiteral("1 working day(s) left"));
    QCOMPARE(slaState(endOf(23), friday, false, false), SlaState::DueSoon);
    QCOMPARE(QueueListModel::slaRemainingText(endOf(24), friday, false),
             QStringLiteral("2 working day(s) left"));
    QCOMPARE(slaState(endOf(24), friday, false, false), SlaState::Normal);
    // Due Thursday, seen on Monday: overdue by Friday and Monday.
    const QDateTime monday(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
    QCOMPARE(QueueListModel::slaRemainingText(endOf(19), monday, false),
             QStringLiteral("Overdue by 2 working day(s)"));
    QCOMPARE(QueueListModel::slaRemainingText(endOf(19), monday, true),
             QStringLiteral("Paused (awaiting supplement)"));
    QCOMPARE(QueueListModel::dueDateText(endOf(23)), QStringLiteral("2026-11-23"));

    // The SQL of the SLA filters agrees with slaState at a Friday clock too.
    m_clock.now = friday;
    for (const QString &state : {QStringLiteral("overdue"), QStringLiteral("due_soon")}) {
        auto model = makeModel({{QStringLiteral("sla"), state}});
        QVERIFY(loadAll(*model));
        QList<Expected> expected = expectedRows(m_fixture.applications);
        expected.removeIf([&](const Expected &e) {
            return slaStateName(slaState(e.dueAt, friday, e.paused, false)) != state;
        });
        QStringList keys = keysOf(*model);
        keys.sort();
        QCOMPARE(keys, keysOf(expected));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(QueueListModel::SlaStateRole).toString(), state);
    }
}

void TestQueueListModel::counts()
{
    const QString me = test::QueueFixture::officer(QStringLiteral("d-gaj")).staffId;
    QueueCountsWatcher watcher(m_context);
    QSignalSpy changed(&watcher, &QueueCountsWatcher::countsChanged);
    watcher.setScope(QStringLiteral("d-gaj"), me);
    QTRY_VERIFY(watcher.hasCounts());
    QList<Expected> rows = expectedRows(m_fixture.applications);
    rows.removeIf([](const Expected &e) { return e.departmentId != QLatin1String("d-gaj"); });
    QueueCounts expected;
    for (const Expected &e : rows) {
        ++expected.open;
        expected.unclaimed += e.claimedBy.isEmpty();
        expected.mine += e.claimedBy == me;
        const SlaState state = slaState(e.dueAt, kNow, e.paused, false);
        expected.overdue += state == SlaState::Overdue;
        expected.dueSoon += state == SlaState::DueSoon;
    }
    QTRY_COMPARE(watcher.counts(), expected);
    QVERIFY(expected.mine > 0 && expected.overdue > 0 && expected.unclaimed > 0);
    QVERIFY(changed.count() >= 1);

    // The whole local copy (a supervisor).
    watcher.setScope(QString(), me);
    QTRY_COMPARE(watcher.counts().open, qint64(expectedRows(m_fixture.applications).size()));
}

void TestQueueListModel::loaderReadsTheApplication()
{
    const Application &a = m_fixture.applications.at(10);
    ApplicationLoader loader(m_context);
    QSignalSpy loaded(&loader, &ApplicationLoader::loaded);
    QSignalSpy failed(&loader, &ApplicationLoader::failed);
    loader.load(a.id);
    QVERIFY(loaded.wait(5000));
    const Application got = loaded.at(0).at(0).value<Application>();
    QCOMPARE(got.id, a.id);
    QCOMPARE(got.number, a.number);
    QVERIFY(got.history.has_value());
    QCOMPARE(got.history->size(), a.history->size());
    QCOMPARE(got.steps.size(), a.steps.size());
    QVERIFY(got.slaState.has_value()); // worked out at the clock's now
    QCOMPARE(loaded.at(0).at(1).toBool(), false);
    QVERIFY(loader.application().has_value());

    loader.load(QStringLiteral("no-such-application"));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::NotFound);
}

void TestQueueListModel::actClaimThenApproveQueuesAChain()
{
    store::Store &store = *m_fixture.store();
    // An unclaimed application whose active step is the police's.
    QString id;
    int step = 0;
    qint64 version = 0;
    for (const Application &a : m_fixture.applications) {
        if (a.status != QLatin1String("in_progress"))
            continue;
        for (const ApplicationStep *s : activeSteps(a)) {
            if (s->departmentId == QLatin1String("d-gaj") && !s->claimedBy) {
                id = a.id;
                step = s->seq;
                version = a.version;
            }
        }
        if (!id.isEmpty())
            break;
    }
    QVERIFY(!id.isEmpty());
    const WorkflowActor me = test::QueueFixture::officer(QStringLiteral("d-gaj"), 2);

    ApplicationLoader loader(m_context);
    QSignalSpy loaded(&loader, &ApplicationLoader::loaded);
    loader.load(id);
    QVERIFY(loaded.wait(5000));

    const qint64 outboxBefore = store.outbox().count().value();
    auto claimed =
        store.applications().act(id, ApplicationAction{QStringLiteral("claim"), step, version}, me, kNow);
    QVERIFY2(claimed, claimed ? "" : qPrintable(claimed.error().message));
    QCOMPARE(claimed->method, QStringLiteral("POST"));
    QCOMPARE(claimed->path, QStringLiteral("/api/v1/applications/%1/actions").arg(id));
    QCOMPARE(claimed->body.value(QLatin1String("action")).toString(), QStringLiteral("claim"));
    QCOMPARE(claimed->body.value(QLatin1String("step_seq")).toInt(), step);
    QCOMPARE(claimed->body.value(QLatin1String("base_version")).toInteger(), version);
    QCOMPARE(claimed->baseVersion, std::optional<qint64>(version));

    // The optimistic copy is what applyAction makes of it.
    auto local = store.applications().get(id);
    QVERIFY(local && *local);
    QCOMPARE((*local)->version, version + 1);
    QCOMPARE((*local)->history->constLast().action, QStringLiteral("claim"));
    for (const ApplicationStep &s : (*local)->steps) {
        if (s.seq == step)
            QCOMPARE(s.claimedBy.value_or(QString()), me.staffId);
    }

    // Approve on top of the optimistic claim: the officer saw version + 1, the server gets the last
    // version it confirmed (the sync engine moves it on once the claim is answered).
    auto approved = store.applications().act(
        id, ApplicationAction{QStringLiteral("approve"), step, version + 1}, me, kNow.addSecs(60));
    QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
    QCOMPARE(approved->body.value(QLatin1String("base_version")).toInteger(), version);
    QCOMPARE(store.outbox().count().value(), outboxBefore + 2);
    QCOMPARE(store.applications().get(id).value()->version, version + 2);
    QVERIFY(approved->seq > claimed->seq);

    // The queue row moved on with it, and the application shows as pending sync.
    m_context->notifyLocalWrite(QStringLiteral("application"), id);
    QTRY_VERIFY(loaded.count() >= 2);
    QCOMPARE(loaded.constLast().at(1).toBool(), true);
    QCOMPARE(loaded.constLast().at(0).value<Application>().version, version + 2);
    auto model = makeModel({}, store.applications().get(id).value()->number);
    QVERIFY(loadAll(*model));
    for (const QueueRow &row : model->rows()) {
        if (row.item.applicationId == id) {
            QVERIFY(row.item.stepSeq != step);
            QCOMPARE(model->index(model->rowOfId(id), 0).data(QueueListModel::PendingSyncRole).toBool(),
                     true);
        }
    }
}

void TestQueueListModel::actRefusalWritesNothing()
{
    store::Store &store = *m_fixture.store();
    const qint64 outboxBefore = store.outbox().count().value();
    // Someone else holds the step: the local refusal is the server's (409 claimed).
    const Application *held = nullptr;
    int step = 0;
    for (const Application &a : m_fixture.applications) {
        for (const ApplicationStep *s : activeSteps(a)) {
            if (s->claimedBy && s->departmentId == QLatin1String("d-wjw") &&
                a.status == QLatin1String("in_progress")) {
                held = &a;
                step = s->seq;
            }
        }
        if (held)
            break;
    }
    QVERIFY(held);
    const QByteArray before = store.applications().reader().jsonById(held->id).value().value();
    const WorkflowActor other = test::QueueFixture::officer(QStringLiteral("d-wjw"), 2); // never claims
    auto refused = store.applications().act(
        held->id, ApplicationAction{QStringLiteral("approve"), step, held->version}, other, kNow);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(refused.error().details.value(QLatin1String("reason")).toString(), QStringLiteral("claimed"));

    // Not an officer of the step's department.
    const WorkflowActor outsider = test::QueueFixture::officer(QStringLiteral("d-mzj"));
    auto forbidden = store.applications().act(
        held->id, ApplicationAction{QStringLiteral("claim"), step, held->version}, outsider, kNow);
    QVERIFY(!forbidden);
    QCOMPARE(forbidden.error().code, ErrorCode::Forbidden);

    auto unknown = store.applications().act(QStringLiteral("nope"),
                                            ApplicationAction{QStringLiteral("claim"), 1, 1}, other, kNow);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QCOMPARE(store.applications().reader().jsonById(held->id).value().value(), before);
    QCOMPARE(store.outbox().count().value(), outboxBefore);

    // A stale base version (the officer saw an older one and someone else acted since).
    auto stale =
        store.applications().act(held->id,
                                 ApplicationAction{QStringLiteral("comment"), step, 1, std::nullopt,
                                                   std::nullopt, std::nullopt, QStringLiteral("看过")},
                                 test::QueueFixture::officer(QStringLiteral("d-wjw")), kNow);
    // A comment is allowed on a stale base: only the version moves.
    QVERIFY(stale);
    QCOMPARE(store.outbox().count().value(), outboxBefore + 1);
}

void TestQueueListModel::actManyWritesTheAcceptedOnes()
{
    store::Store &store = *m_fixture.store();
    const WorkflowActor me = test::QueueFixture::officer(QStringLiteral("d-mzj"));
    QList<QPair<QString, ApplicationAction>> batch;
    for (const Application &a : m_fixture.applications) {
        if (a.serviceId != QLatin1String("s-marriage") || a.status != QLatin1String("in_progress"))
            continue;
        const ApplicationStep *s = activeSteps(a).constFirst();
        batch.append({a.id, ApplicationAction{QStringLiteral("approve"), s->seq, a.version}});
        if (batch.size() == 6)
            break;
    }
    QCOMPARE(batch.size(), 6);
    batch.append({QStringLiteral("nope"), ApplicationAction{QStringLiteral("approve"), 1, 1}});
    const qint64 before = store.outbox().count().value();
    auto result = store.applications().actMany(batch, me, kNow);
    QVERIFY(result);
    QCOMPARE(result->refused.size() + result->queued.size(), 7);
    QVERIFY(result->refused.size() >= 1);
    QCOMPARE(store.outbox().count().value(), before + result->queued.size());
    for (const store::OutboxItem &item : result->queued)
        QCOMPARE(store.applications().get(item.entityId).value()->status, QStringLiteral("completed"));
}

void TestQueueListModel::conflictTextsForEachRefusal()
{
    store::ConflictEntry entry;
    entry.kind = QStringLiteral("conflict");
    entry.entity = QStringLiteral("application");
    entry.entityId = QStringLiteral("a1");
    entry.method = QStringLiteral("POST");
    entry.path = QStringLiteral("/api/v1/applications/a1/actions");
    entry.summary = QStringLiteral("20261124-000123");
    entry.local =
        QJsonObject{{QStringLiteral("action"), QStringLiteral("approve")}, {QStringLiteral("step_seq"), 2}};
    entry.errorCode = QStringLiteral("conflict");
    QVERIFY(ConflictText::isAction(entry));

    entry.errorDetails = QJsonObject{{QStringLiteral("reason"), QStringLiteral("claimed")},
                                     {QStringLiteral("claimed_by_name"), QStringLiteral("王芳")}};
    QCOMPARE(ConflictText::actionOutcome(entry),
             QStringLiteral(
                 "Application 20261124-000123: already claimed by 王芳, your “Approve” did not take effect"));
    // The holder from the server's copy when the details lack it.
    entry.errorDetails = QJsonObject{{QStringLiteral("reason"), QStringLiteral("claimed")}};
    entry.server =
        QJsonObject{{QStringLiteral("steps"),
                     QJsonArray{QJsonObject{{QStringLiteral("seq"), 2},
                                            {QStringLiteral("claimed_by_name"), QStringLiteral("李强")}}}}};
    QVERIFY(ConflictText::actionOutcome(entry).contains(QStringLiteral("李强")));
    entry.errorDetails = QJsonObject{{QStringLiteral("reason"), QStringLiteral("stale")}};
    QVERIFY(ConflictText::actionOutcome(entry).contains(QStringLiteral("someone else acted")));
    entry.errorDetails = QJsonObject{{QStringLiteral("reason"), QStringLiteral("step_not_active")}};
    QVERIFY(ConflictText::actionOutcome(entry).contains(QStringLiteral("moved on")));
    entry.errorDetails = QJsonObject{{QStringLiteral("reason"), QStringLiteral("finished")}};
    QVERIFY(ConflictText::actionOutcome(entry).contains(QStringLiteral("already finished")));
    entry.kind = QStringLiteral("rejected");
    entry.errorCode = QStringLiteral("forbidden");
    QVERIFY(ConflictText::actionOutcome(entry).contains(QStringLiteral("may not")));
    entry.errorCode = QStringLiteral("bad_request");
    entry.errorMessage = QStringLiteral("reason: is required");
    QVERIFY(ConflictText::actionOutcome(entry).contains(QStringLiteral("reason: is required")));
    QCOMPARE(ConflictText::valueText(entry.entity, QStringLiteral("action"),
                                     QJsonValue(QStringLiteral("approve"))),
             QStringLiteral("Approve"));
}

void TestQueueListModel::chineseTexts()
{
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const QDateTime friday(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC);
    auto endOf = [](int day) {
        return worktime::endOfLocalDay(QDate(2026, 11, day));
    };
    QCOMPARE(QueueListModel::slaRemainingText(endOf(25), friday, false), QStringLiteral("剩 3 个工作日"));
    QCOMPARE(QueueListModel::slaRemainingText(endOf(20), friday, false), QStringLiteral("今日到期"));
    QCOMPARE(QueueListModel::slaRemainingText(endOf(18), friday, false), QStringLiteral("逾期 2 个工作日"));
    QCOMPARE(QueueListModel::slaRemainingText(endOf(18), friday, true), QStringLiteral("暂停（待补正）"));

    store::ConflictEntry entry;
    entry.id = 7;
    entry.kind = QStringLiteral("conflict");
    entry.entity = QStringLiteral("application");
    entry.entityId = QStringLiteral("a1");
    entry.method = QStringLiteral("POST");
    entry.path = QStringLiteral("/api/v1/applications/a1/actions");
    entry.summary = QStringLiteral("20261124-000123");
    entry.local =
        QJsonObject{{QStringLiteral("action"), QStringLiteral("approve")}, {QStringLiteral("step_seq"), 1}};
    entry.errorCode = QStringLiteral("conflict");
    entry.errorDetails = QJsonObject{{QStringLiteral("reason"), QStringLiteral("claimed")},
                                     {QStringLiteral("claimed_by_name"), QStringLiteral("王芳")}};
    ConflictListModel list;
    list.setEntries({entry});
    QCOMPARE(list.index(0, ConflictListModel::ObjectColumn).data().toString(),
             QStringLiteral("办件 20261124-000123：已被 王芳 认领，您的“通过”未生效"));
    QCoreApplication::removeTranslator(&chinese);
}

QTEST_GUILESS_MAIN(TestQueueListModel)
#include "tst_queuelistmodel.moc"
