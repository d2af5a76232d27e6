// The Grid page (issue 8; offscreen) over a real encrypted local copy (gridpagefixture.h) opened by a
// SyncHost whose server cannot be reached — so every write goes through the outbox, as offline: the tree
// shows the grid manager's grids, the tiles and coverage equal GridQueries' figures, a visit recorded with
// the keyboard only (Ctrl+Shift+V, typing, Ctrl+Enter) queues exactly one outbox item and shows in the
// feed as not synced, the incident dialog refuses a file that is not a photo at the photo field and
// takes a PNG, and acknowledging and completing a task change its state.

#include "gridpagefixture.h"

#include "core/clock.h"
#include "models/datacontext.h"
#include "models/gridmodels.h"
#include "models/gridtext.h"
#include "net/apiclient.h"
#include "store/gridqueries.h"
#include "store/incidentrepository.h"
#include "store/localreader.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/synchost.h"
#include "ui/gridpage.h"
#include "ui/incidentdialog.h"
#include "ui/incidentviewdialog.h"
#include "ui/theme.h"
#include "ui/visitdialog.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace gd;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return test::GridPageFixture::now(); }
};

StaffUser gridManager()
{
    StaffUser u;
    u.id = QStringLiteral("u-huli");
    u.username = QStringLiteral("grid_huli");
    u.displayName = QStringLiteral("胡网格");
    u.role = QStringLiteral("grid_manager");
    u.gridIds = {QStringLiteral("g1"), QStringLiteral("g2")};
    return u;
}

StaffUser supervisor()
{
    StaffUser u;
    u.id = QStringLiteral("u-sup");
    u.username = QStringLiteral("supervisor_huli");
    u.displayName = QStringLiteral("湖里主管");
    u.role = QStringLiteral("supervisor");
    u.areaCode = QStringLiteral("350206");
    return u;
}

// Types text as key events (QTest::keyClicks takes Latin-1 only), one character at a time.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

} // namespace

class TestGridPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void treeShowsTheGrids();
    void overviewEqualsTheQueries();
    void keyboardOnlyVisitQueuesOneItem();
    void incidentDialogChecksPhotos();
    void taskAcknowledgeAndComplete();
    void pushNoticeAsksForTheGroup();
    void supervisorAcceptsAndResolvesAnIncident();
    void incidentViewShowsItsPhotos();

private:
    qint64 outboxCount(const QString &entity);
    int activityRow(const QString &id) const;

    QTemporaryDir m_dir;
    test::GridPageFixture m_fixture;
    FixedClock m_clock;
    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    SyncHost *m_host = nullptr;
    store::LocalReader *m_reader = nullptr;
    DataContext *m_context = nullptr;
    GridPage *m_page = nullptr;
};

void TestGridPage::initTestCase()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    Theme::apply(Theme::Kind::Light);
    QVERIFY(m_dir.isValid());
}

void TestGridPage::init()
{
    const QString directory =
        m_dir.path() + QLatin1Char('/') + QString::fromLatin1(QTest::currentTestFunction());
    QVERIFY(QDir().mkpath(directory));
    const QString failed = m_fixture.create(directory);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    m_network = new QNetworkAccessManager;
    m_client = new ApiClient(m_network);
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    m_host = new SyncHost(m_client);
    QSignalSpy storeOpened(m_host, &SyncHost::storeOpened);
    SyncConfig config;
    config.server = QUrl(QStringLiteral("http://127.0.0.1:9")); // nobody listens: offline
    config.cachePath = m_fixture.path;
    config.key = m_fixture.key;
    config.liveUpdates = false;
    config.backoffInitial = std::chrono::seconds(60);
    m_host->start(config);
    QVERIFY(storeOpened.wait(10000));
    m_reader = new store::LocalReader;
    QSignalSpy readerOpened(m_reader, &store::LocalReader::opened);
    m_reader->open(m_fixture.path, m_fixture.key);
    QVERIFY(readerOpened.wait(10000));
    m_context = new DataContext(m_client, m_clock);
    m_context->setLocalData(m_reader, m_host);

    m_page = new GridPage(m_context);
    m_page->setUser(gridManager());
    m_page->resize(1200, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QTRY_VERIFY(m_page->isLoaded());
    QTRY_COMPARE(m_page->currentGrid(), QStringLiteral("g1"));
}

void TestGridPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_context;
    delete m_reader;
    delete m_host;
    delete m_client;
    delete m_network;
}

qint64 TestGridPage::outboxCount(const QString &entity)
{
    qint64 count = -1;
    bool done = false;
    m_reader->run<qint64>(
        this,
        [entity](store::Store &s) -> Result<qint64> {
            auto st = s.connection().prepare("SELECT COUNT(*) FROM outbox WHERE entity = ?");
            if (!st)
                return st.error();
            st->bind(1, entity);
            auto row = st->step();
            if (!row)
                return row.error();
            return st->int64(0);
        },
        [&](const Result<qint64> &n) {
            count = n ? *n : -2;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return -3;
    return count;
}

int TestGridPage::activityRow(const QString &id) const
{
    const GridActivityModel *model = m_page->activityModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(GridRoles::Id).toString() == id)
            return r;
    }
    return -1;
}

void TestGridPage::treeShowsTheGrids()
{
    const GridTreeModel *tree = m_page->treeModel();
    QCOMPARE(tree->rowCount(), 1);
    const QModelIndex district = tree->index(0, 0);
    QCOMPARE(district.data().toString(), QStringLiteral("湖里区"));
    const QModelIndex community = tree->index(0, 0, tree->index(0, 0, district));
    QCOMPARE(community.data().toString(), QStringLiteral("兴隆社区"));
    QCOMPARE(tree->rowCount(community), 2);
    QCOMPARE(tree->index(0, 0, community).data(GridRoles::Id).toString(), QStringLiteral("g1"));
    QCOMPARE(tree->index(1, 0, community).data(GridRoles::Id).toString(), QStringLiteral("g2"));
    QCOMPARE(m_page->tree()->currentIndex().data(GridRoles::Id).toString(), QStringLiteral("g1"));

    // Keyboard: Down moves to g2 and shows it.
    m_page->tree()->setFocus();
    QTest::keyClick(m_page->tree(), Qt::Key_Down);
    QTRY_COMPARE(m_page->currentGrid(), QStringLiteral("g2"));
    QTRY_COMPARE(m_page->snapshot().overview.gridId, QStringLiteral("g2"));
    QCOMPARE(m_page->tileValues().first(), QStringLiteral("0"));
}

void TestGridPage::overviewEqualsTheQueries()
{
    // The same figures, read straight from the file.
    std::optional<store::GridOverview> expected;
    m_reader->run<store::GridOverview>(
        this,
        [](store::Store &s) {
            return store::GridQueries(s).overview(QStringLiteral("g1"), test::GridPageFixture::now());
        },
        [&](const Result<store::GridOverview> &o) {
            QVERIFY(o);
            expected = *o;
        });
    QTRY_VERIFY(expected.has_value());
    QCOMPARE(expected->households, 4);
    QCOMPARE(expected->residents, 6);
    QCOMPARE(expected->specialGroupMembers, 3);
    QCOMPARE(expected->openTasks, 2);
    QCOMPARE(expected->visitedHouseholds90, 2);
    const QLocale locale;
    QCOMPARE(
        m_page->tileValues(),
        (QStringList{locale.toString(expected->households), locale.toString(expected->residents),
                     locale.toString(expected->specialGroupMembers), locale.toString(expected->openTasks)}));
    const QString coverage = m_page->findChild<QLabel *>(QStringLiteral("gridCoverageLabel"))->text();
    QVERIFY2(coverage.contains(QStringLiteral("2")) && coverage.contains(QStringLiteral("4")) &&
                 coverage.contains(QStringLiteral("50%")),
             qPrintable(coverage));
    QCOMPARE(m_page->residentView()->model()->rowCount(), 6);
    // Newest first: the visit of 5 days ago, the incident of 10, the visit of 60, of 100.
    QCOMPARE(m_page->activityModel()->rowCount(), 4);
    QCOMPARE(m_page->activityModel()->index(1, 0).data(GridRoles::Kind).toString(),
             QStringLiteral("incident"));
}

void TestGridPage::keyboardOnlyVisitQueuesOneItem()
{
    const qint64 before = outboxCount(QStringLiteral("visit"));
    QCOMPARE(before, 0);
    m_page->tree()->setFocus();
    QTest::keyClick(m_page->tree(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    VisitDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<VisitDialog *>()) && dialog->isVisible());
    // The household picker has the focus: type the address, take the type-ahead's entry.
    QTRY_VERIFY(QApplication::focusWidget() == dialog->householdCombo() ||
                QApplication::focusWidget() == dialog->householdCombo()->lineEdit());
    typeText(QApplication::focusWidget(), QStringLiteral("兴隆路4号"));
    QTRY_COMPARE(dialog->householdCombo()->currentText(), QStringLiteral("兴隆路4号"));
    // Alt+N: the notes (the label's mnemonic).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), dialog->summaryEdit());
    typeText(dialog->summaryEdit(), QStringLiteral("入户了解情况，一切正常"));
    QTest::keyClick(dialog->summaryEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_page->findChild<VisitDialog *>() == nullptr ||
                !m_page->findChild<VisitDialog *>()->isVisible());

    QTRY_COMPARE(outboxCount(QStringLiteral("visit")), 1);
    // The feed shows it first, not synced.
    QTRY_COMPARE(m_page->activityModel()->rowCount(), 5);
    const QModelIndex first = m_page->activityModel()->index(0, GridActivityModel::Sync);
    QCOMPARE(first.data().toString(), GridText::notSynced());
    QVERIFY(first.data(GridRoles::Pending).toBool());
    QCOMPARE(m_page->activityModel()->activity().first().visit->householdId.value_or(QString()),
             QStringLiteral("h4"));
    // h4 is covered now: 3 of 4.
    QTRY_COMPARE(m_page->snapshot().overview.visitedHouseholds90, 3);
}

void TestGridPage::incidentDialogChecksPhotos()
{
    IncidentDialog *dialog = m_page->reportIncident();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString text = m_dir.path() + QStringLiteral("/notes.txt");
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a photo");
    }
    dialog->addPhotoFiles({text});
    QVERIFY(dialog->photos().isEmpty());
    QVERIFY(dialog->fieldError(QStringLiteral("photos")).contains(QStringLiteral("notes.txt")));
    QCOMPARE(dialog->photoList()->count(), 0);

    const QString png = m_dir.path() + QStringLiteral("/stairwell.png");
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkGray);
    QVERIFY(image.save(png, "PNG"));
    dialog->addPhotoFiles({png});
    QCOMPARE(dialog->photos().size(), 1);
    QCOMPARE(dialog->photoList()->count(), 1);
    QVERIFY(!dialog->photoList()->item(0)->icon().isNull());
    QVERIFY(dialog->fieldError(QStringLiteral("photos")).isEmpty());

    // Missing location: refused at the field.
    dialog->submit();
    QVERIFY(!dialog->fieldError(QStringLiteral("location")).isEmpty());
    QVERIFY(dialog->isVisible());
    dialog->locationEdit()->setText(QStringLiteral("3号楼楼道"));
    dialog->descriptionEdit()->setPlainText(QStringLiteral("楼道堆放纸箱，堵塞通道"));
    QSignalSpy written(m_page, &GridPage::writeFinished);
    QTest::keyClick(dialog->descriptionEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.first().first().toBool(), true);
    // The incident and its photo, each one item.
    QCOMPARE(outboxCount(QStringLiteral("incident")) + outboxCount(QStringLiteral("attachment")), 2);
    QTRY_COMPARE(m_page->activityModel()->rowCount(), 5);
    QVERIFY(m_page->activityModel()->index(0, 0).data(GridRoles::Pending).toBool());
    QCOMPARE(m_page->activityModel()->index(0, 0).data(GridRoles::Kind).toString(),
             QStringLiteral("incident"));
}

void TestGridPage::taskAcknowledgeAndComplete()
{
    m_page->showTab(GridPage::Tasks);
    const auto stateOf = [this](const QString &id) {
        for (const store::GridTaskRow &row : m_page->taskModel()->tasks()) {
            if (row.task.id == id)
                return row.task.state;
        }
        return QString();
    };
    QCOMPARE(stateOf(QStringLiteral("task-open")), QStringLiteral("open"));
    int row = -1;
    for (int r = 0; r < m_page->taskModel()->rowCount(); ++r) {
        if (m_page->taskModel()->taskAt(r)->task.id == QLatin1String("task-open"))
            row = r;
    }
    QVERIFY(row >= 0);
    m_page->taskView()->setCurrentIndex(m_page->taskModel()->index(row, 0));
    auto *acknowledge = m_page->findChild<QPushButton *>(QStringLiteral("taskAcknowledgeButton"));
    QTRY_VERIFY(acknowledge->isEnabled());
    QSignalSpy written(m_page, &GridPage::writeFinished);
    acknowledge->click();
    QVERIFY(written.wait(10000));
    QCOMPARE(written.takeFirst().first().toBool(), true);
    QTRY_COMPARE(stateOf(QStringLiteral("task-open")), QStringLiteral("acknowledged"));

    m_page->actOnTask(QStringLiteral("task-open"), QStringLiteral("complete"),
                      QStringLiteral("已逐户排查并清理"));
    QVERIFY(written.wait(10000));
    QCOMPARE(written.takeFirst().first().toBool(), true);
    QTRY_COMPARE(stateOf(QStringLiteral("task-open")), QStringLiteral("done"));
    QCOMPARE(outboxCount(QStringLiteral("task")), 2);
    QTRY_COMPARE(m_page->snapshot().overview.openTasks, 1);
}

void TestGridPage::pushNoticeAsksForTheGroup()
{
    QSignalSpy asked(m_page, &GridPage::pushNoticeRequested);
    m_page->findChild<QPushButton *>(QStringLiteral("gridPushButton"))->click();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(0).toString(), QStringLiteral("g1"));
    QCOMPARE(asked.first().at(1).toString(), QString());
    m_page->showTab(GridPage::Groups);
    auto *groups = m_page->findChild<QTreeView *>(QStringLiteral("specialGroupView"));
    groups->setCurrentIndex(groups->model()->index(0, 0));
    auto *groupPush = m_page->findChild<QPushButton *>(QStringLiteral("groupPushButton"));
    QTRY_VERIFY(groupPush->isEnabled());
    groupPush->click();
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.last().at(1).toString(), QStringLiteral("living_alone_elderly"));
}

// A supervisor takes the incident a grid manager reported: the buttons follow its status, each action is
// one outbox item and shows at once in the list; grid managers do not get the buttons.
void TestGridPage::supervisorAcceptsAndResolvesAnIncident()
{
    const QString id = QStringLiteral("7d1f0a64-0000-4000-8000-000000000010");
    auto *accept = m_page->findChild<QPushButton *>(QStringLiteral("incidentAcceptButton"));
    auto *resolve = m_page->findChild<QPushButton *>(QStringLiteral("incidentResolveButton"));
    QVERIFY(accept && resolve);
    QVERIFY(accept->isHidden());

    m_page->setUser(supervisor());
    QTRY_VERIFY(m_page->isLoaded());
    m_page->selectGrid(QStringLiteral("g1"));
    m_page->showTab(GridPage::Activity);
    QTRY_VERIFY(activityRow(id) >= 0);
    const auto statusOf = [this, id]() {
        const int row = activityRow(id);
        return row >= 0 ? m_page->activityModel()->activity().at(row).incident->status : QString();
    };
    QCOMPARE(statusOf(), QStringLiteral("reported"));
    m_page->activityView()->setCurrentIndex(m_page->activityModel()->index(activityRow(id), 0));
    QVERIFY(!accept->isHidden());
    QTRY_VERIFY(accept->isEnabled());
    QVERIFY(resolve->isEnabled());

    QSignalSpy written(m_page, &GridPage::writeFinished);
    accept->click();
    QVERIFY(written.wait(10000));
    QCOMPARE(written.takeFirst().first().toBool(), true);
    QTRY_COMPARE(statusOf(), QStringLiteral("accepted"));

    m_page->actOnIncident(id, QStringLiteral("resolve"), QStringLiteral("物业已清理楼道杂物"));
    QVERIFY(written.wait(10000));
    QCOMPARE(written.takeFirst().first().toBool(), true);
    QTRY_COMPARE(statusOf(), QStringLiteral("resolved"));
    QCOMPARE(outboxCount(QStringLiteral("incident")), 2);
    m_page->activityView()->setCurrentIndex(m_page->activityModel()->index(activityRow(id), 0));
    QTRY_VERIFY(!resolve->isEnabled());
    QVERIFY(!accept->isEnabled());
}

// Enter on an incident shows it with its photos: a photo taken on this device comes from the encrypted
// local copy at its real size; one whose bytes are neither here nor reachable (offline) says so.
void TestGridPage::incidentViewShowsItsPhotos()
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));

    Incident incident;
    incident.gridId = QStringLiteral("g1");
    incident.districtCode = QStringLiteral("350206");
    incident.category = QStringLiteral("environment");
    incident.urgency = QStringLiteral("normal");
    incident.location = QStringLiteral("兴隆路3号垃圾点");
    incident.description = QStringLiteral("垃圾满溢");
    incident.reportedAt = m_clock.nowUtc();
    incident.reportedBy = QStringLiteral("u-huli");
    QString id;
    bool done = false;
    m_host->run<Result<store::OutboxItem>>(
        this,
        [incident, png](SyncEngine &engine) {
            return engine.write([incident, png](store::Store &s) -> Result<store::OutboxItem> {
                auto items = s.incidents().report(incident, {{QStringLiteral("rubbish.png"), png}});
                if (!items)
                    return items.error();
                return items->first();
            });
        },
        [&](Result<store::OutboxItem> r) {
            id = r ? r->entityId : QString();
            done = true;
        });
    QTRY_VERIFY(done);
    QVERIFY(!id.isEmpty());
    m_context->notifyLocalWrite(QStringLiteral("incident"), id);
    m_page->showTab(GridPage::Activity);
    QTRY_VERIFY(activityRow(id) >= 0);

    IncidentViewDialog *view = m_page->viewIncident(id);
    QVERIFY(view);
    QCOMPARE(view->photoList()->count(), 1);
    const QString photoId = view->photoList()->item(0)->data(Qt::UserRole).toString();
    QTRY_COMPARE(view->shownPhotos().value(photoId), QSize(320, 200));
    QVERIFY(view->failedPhotos().isEmpty());
    QVERIFY(!view->photoList()->item(0)->icon().isNull());
    view->close();

    // A photo the server has but this copy does not, while offline: not available, with the reason.
    Incident remote = incident;
    remote.id = QStringLiteral("7d1f0a64-0000-4000-8000-000000000099");
    remote.attachments = {{QStringLiteral("7d1f0a64-0000-4000-8000-0000000000aa"), QStringLiteral("far.jpg"),
                           QStringLiteral("image/jpeg"), 1000, QString(64, QLatin1Char('a')),
                           m_clock.nowUtc()}};
    IncidentViewDialog offline(m_context, remote, QString());
    QSignalSpy settled(&offline, &IncidentViewDialog::photosSettled);
    QVERIFY(settled.wait(5000));
    QVERIFY(offline.shownPhotos().isEmpty());
    QVERIFY(!offline.failedPhotos().value(QStringLiteral("7d1f0a64-0000-4000-8000-0000000000aa")).isEmpty());
}

QTEST_MAIN(TestGridPage)
#include "tst_gridpage.moc"
