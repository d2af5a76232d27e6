// The pending queue (QueuePage, ApplicationDetailPanel, WorkflowDiagram; offscreen, Chinese translation)
// over a real encrypted local copy (queuepagefixture.h) opened by a SyncHost whose server cannot be reached —
// so every action goes through the outbox, as offline: filters and views change the model's query, the
// SLA column is coloured by state, actions are enabled by the rules (claimed by someone else: disabled,
// with who in the tooltip), batch approve asks with the list and refuses a mixed selection, a keyboard
// only run (focus the queue, move, open, claim, approve) changes the local copy and queues the actions,
// and the workflow diagram stacks parallel steps and lists them in its accessible description.

#include "queuepagefixture.h"

#include "core/clock.h"
#include "core/preferences.h"
#include "models/datacontext.h"
#include "models/queuecountswatcher.h"
#include "models/queuelistmodel.h"
#include "net/apiclient.h"
#include "net/healthjob.h"
#include "store/conflictrepository.h"
#include "store/localreader.h"
#include "sync/synchost.h"
#include "ui/applicationactionrules.h"
#include "ui/applicationdetailpanel.h"
#include "ui/batchapprovedialog.h"
#include "ui/queuefilterbar.h"
#include "ui/queuepage.h"
#include "ui/queueviews.h"
#include "ui/slastyle.h"
#include "ui/theme.h"
#include "ui/workflowdiagram.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace gd;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return test::QueuePageFixture::now(); }
};

template <typename T> T *child(QObject *parent, const char *name)
{
    T *object = parent->findChild<T *>(QLatin1String(name));
    if (!object)
        qFatal("no child %s", name);
    return object;
}

StaffUser officer()
{
    StaffUser u;
    u.id = QStringLiteral("staff-wang");
    u.username = QStringLiteral("officer_wjw");
    u.displayName = QStringLiteral("王芳");
    u.role = QStringLiteral("officer");
    u.departmentId = QStringLiteral("wjw");
    return u;
}

WorkflowActor actorOf(const StaffUser &u)
{
    return {u.id, u.displayName, u.role, u.departmentId.value_or(QString())};
}

bool hasFilter(const PagedListModel::Filters &filters, const QString &name, const QString &value)
{
    return filters.contains(qMakePair(name, value));
}

} // namespace

class TestQueuePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void showsTheDepartmentsQueue();
    void filtersChangeTheModelQuery();
    void supervisorsSeeEveryDepartment();
    void noMatchAndOfflineStates();
    void viewsAndSavedViews();
    void slaColumnIsColouredByState();
    void actionRulesEnableAndExplain();
    void detailPanelFollowsTheRules();
    void batchApproveAsksAndRefusesMixedSelections();
    void keyboardOnlyClaimAndApprove();
    void serverRefusalsShowOnTheApplication();
    void transferAsksForTheDepartmentAndReason();
    void workflowDiagramStacksParallelSteps();
    void screenshots();

private:
    int rowOf(const QString &id) const;
    Application loadedApplication(const QString &id);

    QTranslator m_chinese;
    QTemporaryDir m_dir;
    test::QueuePageFixture m_fixture;
    FixedClock m_clock;
    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    SyncHost *m_host = nullptr;
    store::LocalReader *m_reader = nullptr;
    DataContext *m_context = nullptr;
    QSettings *m_settings = nullptr;
    Preferences *m_preferences = nullptr;
    QueuePage *m_page = nullptr;
};

void TestQueuePage::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    QApplication::setStyle(QStringLiteral("Fusion"));
    Theme::apply(Theme::Kind::Light);
    QVERIFY(m_dir.isValid());
}

void TestQueuePage::cleanupTestCase()
{
}

void TestQueuePage::init()
{
    // A fresh copy for every test: actions change it.
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

    m_settings = new QSettings(directory + QStringLiteral("/prefs.ini"), QSettings::IniFormat);
    m_preferences = new Preferences(*m_settings);
    m_page = new QueuePage(m_context, m_preferences);
    m_page->setUser(officer());
    m_page->resize(1080, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QTRY_COMPARE(m_page->state(), QueuePage::State::Table);
}

void TestQueuePage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_preferences;
    delete m_settings;
    delete m_context;
    delete m_reader;
    delete m_host;
    delete m_client;
    delete m_network;
}

int TestQueuePage::rowOf(const QString &id) const
{
    return m_page->model()->rowOfId(id);
}

Application TestQueuePage::loadedApplication(const QString &id)
{
    std::optional<Application> found;
    bool done = false;
    m_reader->run<std::optional<Application>>(
        this, [id](store::Store &s) { return s.applications().get(id); },
        [&](Result<std::optional<Application>> result) {
            if (result)
                found = *result;
            done = true;
        });
    [&] {
        QTRY_VERIFY(done);
    }();
    return found.value_or(Application{});
}

void TestQueuePage::showsTheDepartmentsQueue()
{
    // An officer of 卫健委 sees the active steps of their department: b1..b4 (stage 1) and h1, h2.
    QTRY_COMPARE(m_page->model()->totalCount(), 6);
    QVERIFY(hasFilter(m_page->model()->filters(), QStringLiteral("department"), QStringLiteral("wjw")));
    QVERIFY(!child<QComboBox>(m_page, "queueDepartmentFilter")->isVisibleTo(m_page));
    QVERIFY(m_page->countText().contains(QLatin1Char('6')));
    // The first row is selected and its detail shown.
    QTRY_VERIFY(m_page->detail()->hasApplication());
    QVERIFY(!m_page->detail()->application().id.isEmpty());
    // The counts for the badge and the views.
    QTRY_VERIFY(m_page->countsWatcher()->hasCounts());
    QCOMPARE(m_page->countsWatcher()->counts().open, 6);
    QTRY_VERIFY(m_page->viewCombo()
                    ->itemText(m_page->viewCombo()->findData(QStringLiteral("all")))
                    .contains(QLatin1Char('6')));
}

void TestQueuePage::filtersChangeTheModelQuery()
{
    auto *status = child<QComboBox>(m_page, "queueStatusFilter");
    status->setCurrentIndex(status->findData(QStringLiteral("in_progress")));
    QVERIFY(hasFilter(m_page->model()->filters(), QStringLiteral("status"), QStringLiteral("in_progress")));

    auto *service = child<QComboBox>(m_page, "queueServiceFilter");
    QTRY_VERIFY(service->findData(QStringLiteral("svc-health")) >= 0);
    service->setCurrentIndex(service->findData(QStringLiteral("svc-health")));
    QVERIFY(hasFilter(m_page->model()->filters(), QStringLiteral("service"), QStringLiteral("svc-health")));
    QTRY_COMPARE(m_page->model()->totalCount(), 2);
    // Steps of the chosen service only.
    auto *step = child<QComboBox>(m_page, "queueStepFilter");
    QCOMPARE(step->count(), 2);
    step->setCurrentIndex(1);
    QVERIFY(hasFilter(m_page->model()->filters(), QStringLiteral("step"), QStringLiteral("健康证明签发")));

    auto *sla = child<QComboBox>(m_page, "queueSlaFilter");
    sla->setCurrentIndex(sla->findData(QStringLiteral("overdue")));
    QVERIFY(hasFilter(m_page->model()->filters(), QStringLiteral("sla"), QStringLiteral("overdue")));

    auto *mine = child<QCheckBox>(m_page, "queueMineFilter");
    auto *unclaimed = child<QCheckBox>(m_page, "queueUnclaimedFilter");
    mine->setChecked(true);
    QVERIFY(
        hasFilter(m_page->model()->filters(), QStringLiteral("claimed_by"), QStringLiteral("staff-wang")));
    unclaimed->setChecked(true); // excludes "mine"
    QVERIFY(!mine->isChecked());
    QVERIFY(hasFilter(m_page->model()->filters(), QStringLiteral("unclaimed"), QStringLiteral("1")));
    // The officer's department stays whatever else is chosen.
    QVERIFY(hasFilter(m_page->model()->filters(), QStringLiteral("department"), QStringLiteral("wjw")));

    // Typing searches after the pause, not at every key.
    auto *search = child<QLineEdit>(m_page, "queueSearch");
    QTest::keyClicks(search, QStringLiteral("2026"));
    QVERIFY(m_page->model()->search().isEmpty());
    QTRY_COMPARE(m_page->model()->search(), QStringLiteral("2026"));
}

void TestQueuePage::supervisorsSeeEveryDepartment()
{
    StaffUser boss;
    boss.id = QStringLiteral("staff-boss");
    boss.displayName = QStringLiteral("赵主管");
    boss.role = QStringLiteral("supervisor");
    m_page->setUser(boss);
    QVERIFY(!hasFilter(m_page->model()->filters(), QStringLiteral("department"), QStringLiteral("wjw")));
    auto *department = child<QComboBox>(m_page, "queueDepartmentFilter");
    QVERIFY(department->isVisibleTo(m_page));
    QVERIFY(!m_page->view()->isColumnHidden(QueueListModel::Department));
    QTRY_VERIFY(department->findData(QStringLiteral("gaj")) >= 0);
    department->setCurrentIndex(department->findData(QStringLiteral("gaj")));
    QVERIFY(hasFilter(m_page->model()->filters(), QStringLiteral("department"), QStringLiteral("gaj")));
    // The header shows the sort the list has (by due date).
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorSection(), int(QueueListModel::Due));
}

void TestQueuePage::noMatchAndOfflineStates()
{
    // Nothing matches: said in words, with a way back to everything.
    auto *search = child<QLineEdit>(m_page, "queueSearch");
    search->setText(QStringLiteral("9999"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_page->state(), QueuePage::State::NoMatch);
    QVERIFY(child<QLabel>(m_page, "queueStateTitle")->text().contains(QStringLiteral("9999")));
    auto *showAll = child<QPushButton>(m_page, "stateClearFiltersButton");
    QVERIFY(showAll->isVisibleTo(m_page));
    QTest::mouseClick(showAll, Qt::LeftButton);
    QTRY_COMPARE(m_page->state(), QueuePage::State::Table);
    QVERIFY(search->text().isEmpty());

    // The server cannot be reached: a banner says that work goes on and is sent later.
    auto *banner = child<QLabel>(m_page, "queueOfflineBanner");
    QVERIFY(!banner->isVisibleTo(m_page));
    auto *job = new HealthJob(m_client, m_page);
    QSignalSpy finished(job, &HealthJob::finished);
    job->start();
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(banner->isVisibleTo(m_page));
    QVERIFY(banner->text().contains(QStringLiteral("待同步")));
}

void TestQueuePage::viewsAndSavedViews()
{
    QVERIFY(m_page->showView(QStringLiteral("overdue")));
    QVERIFY(hasFilter(m_page->model()->filters(), QStringLiteral("sla"), QStringLiteral("overdue")));
    QCOMPARE(m_page->viewCombo()->currentData().toString(), QStringLiteral("overdue"));
    QVERIFY(m_page->showView(QStringLiteral("mine")));
    QVERIFY(
        hasFilter(m_page->model()->filters(), QStringLiteral("claimed_by"), QStringLiteral("staff-wang")));
    QVERIFY(child<QCheckBox>(m_page, "queueMineFilter")->isChecked());

    // A view of one's own: service + due soon, sorted by number descending.
    QVERIFY(m_page->showView(QStringLiteral("all")));
    auto *service = child<QComboBox>(m_page, "queueServiceFilter");
    QTRY_VERIFY(service->findData(QStringLiteral("svc-birth")) >= 0);
    service->setCurrentIndex(service->findData(QStringLiteral("svc-birth")));
    m_page->view()->horizontalHeader()->setSortIndicator(QueueListModel::Number, Qt::DescendingOrder);
    QCOMPARE(m_page->model()->sortKey(), QStringLiteral("number"));
    QCOMPARE(m_page->viewCombo()->currentIndex(), -1); // custom filters
    m_page->setNameAsker([] { return QStringLiteral("出生待办"); });
    QTest::mouseClick(child<QPushButton>(m_page, "saveViewButton"), Qt::LeftButton);
    const int saved = m_page->viewCombo()->findData(QStringLiteral("saved:出生待办"));
    QVERIFY(saved >= 0);
    QCOMPARE(m_page->viewCombo()->currentIndex(), saved);
    QVERIFY(m_preferences->savedQueueViews().contains("svc-birth"));

    // Chosen again later: filters and sort come back.
    QVERIFY(m_page->showView(QStringLiteral("unclaimed")));
    m_page->viewCombo()->setCurrentIndex(m_page->viewCombo()->findData(QStringLiteral("saved:出生待办")));
    QVERIFY(hasFilter(m_page->model()->filters(), QStringLiteral("service"), QStringLiteral("svc-birth")));
    QCOMPARE(m_page->model()->sortKey(), QStringLiteral("number"));
    QVERIFY(m_page->model()->isDescending());
    // Kept in the preferences: a new page has it.
    QCOMPARE(QueueViews(m_preferences).saved().size(), 1);

    QVERIFY(child<QPushButton>(m_page, "deleteViewButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(m_page, "deleteViewButton"), Qt::LeftButton);
    QCOMPARE(m_page->viewCombo()->findData(QStringLiteral("saved:出生待办")), -1);
    QCOMPARE(QueueViews(m_preferences).saved().size(), 0);
    // Built-ins cannot be deleted.
    QVERIFY(!m_page->deleteView(QStringLiteral("overdue")));
}

void TestQueuePage::slaColumnIsColouredByState()
{
    // b3 was submitted 14 days ago with 5 working days for its step: overdue; h2 (2 days, 3 working
    // days) is due soon; b1 (1 day, 5) is on time.
    QTRY_VERIFY(rowOf(QStringLiteral("b3")) >= 0 && rowOf(QStringLiteral("b1")) >= 0);
    QueueListModel *model = m_page->model();
    const QModelIndex overdue = model->index(rowOf(QStringLiteral("b3")), QueueListModel::SlaRemaining);
    const QModelIndex normal = model->index(rowOf(QStringLiteral("b1")), QueueListModel::SlaRemaining);
    QCOMPARE(overdue.data(QueueListModel::SlaStateRole).toString(), QStringLiteral("overdue"));
    QCOMPARE(normal.data(QueueListModel::SlaStateRole).toString(), QStringLiteral("normal"));
    QVERIFY(overdue.data().toString().contains(QStringLiteral("逾期"))); // words, not only colour

    // The colours differ by state and read on both palettes.
    for (const Theme::Kind kind : {Theme::Kind::Light, Theme::Kind::Dark}) {
        const QPalette palette = Theme::palette(kind);
        const QColor red = SlaStyle::colors(SlaState::Overdue, palette).text;
        const QColor amber = SlaStyle::colors(SlaState::DueSoon, palette).text;
        const QColor grey = SlaStyle::colors(SlaState::Paused, palette).text;
        QVERIFY(red != amber && amber != grey && red != grey);
        const QColor base = palette.color(QPalette::Base);
        for (const QColor &c : {red, amber, grey})
            QVERIFY(qAbs(c.lightness() - base.lightness()) > 60);
    }

    // Painted: the overdue cell has the error colour in it, the normal one does not.
    const auto painted = [this](const QModelIndex &index) {
        const QRect rect = m_page->view()->visualRect(index);
        QImage image(rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(m_page->view());
        option.rect = QRect(QPoint(0, 0), rect.size());
        option.state &= ~QStyle::State_Selected;
        m_page->view()->itemDelegate()->paint(&painter, option, index);
        painter.end();
        const QColor error = Theme::errorColor(m_page->palette());
        int hits = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (qAbs(c.red() - error.red()) < 30 && qAbs(c.green() - error.green()) < 30 &&
                    qAbs(c.blue() - error.blue()) < 30)
                    ++hits;
            }
        }
        return hits;
    };
    QVERIFY(painted(overdue) > 5);
    QCOMPARE(painted(normal), 0);
}

void TestQueuePage::actionRulesEnableAndExplain()
{
    const WorkflowActor me = actorOf(officer());
    Application a = test::QueuePageFixture::application(
        QStringLiteral("x"), test::QueuePageFixture::birthService(), 1, QStringLiteral("陈"));
    // Unclaimed active step of my department: claim, and approve (claimed implicitly); not release.
    QVERIFY(ApplicationActionRules::check(a, me, QStringLiteral("claim")).allowed);
    QVERIFY(ApplicationActionRules::check(a, me, QStringLiteral("approve")).allowed);
    QVERIFY(!ApplicationActionRules::check(a, me, QStringLiteral("release")).allowed);
    QVERIFY(!ApplicationActionRules::check(a, me, QStringLiteral("resume")).allowed);

    // Held by someone else: nothing but comments, and the reason names who holds it.
    a.steps[0].claimedBy = QStringLiteral("staff-li");
    a.steps[0].claimedByName = QStringLiteral("李明");
    for (const char *action : {"claim", "approve", "return", "reject", "transfer", "release"}) {
        const auto verdict = ApplicationActionRules::check(a, me, QLatin1String(action));
        QVERIFY2(!verdict.allowed, action);
        QVERIFY2(verdict.why.contains(QStringLiteral("李明")), action);
    }
    QVERIFY(ApplicationActionRules::check(a, me, QStringLiteral("comment")).allowed);
    // A supervisor may release it, and do nothing else on the step.
    const WorkflowActor boss{
        QStringLiteral("staff-boss"), QStringLiteral("赵主管"), QStringLiteral("supervisor"), {}};
    QVERIFY(ApplicationActionRules::check(a, boss, QStringLiteral("release")).allowed);
    QVERIFY(!ApplicationActionRules::check(a, boss, QStringLiteral("approve")).allowed);

    // Mine, waiting for the supplement: resume and reject; approve only after the supplement.
    a.steps[0].claimedBy = me.staffId;
    a.status = QStringLiteral("supplement");
    QVERIFY(ApplicationActionRules::check(a, me, QStringLiteral("resume")).allowed);
    QVERIFY(ApplicationActionRules::check(a, me, QStringLiteral("reject")).allowed);
    QVERIFY(!ApplicationActionRules::check(a, me, QStringLiteral("approve")).allowed);
    QVERIFY(ApplicationActionRules::check(a, me, QStringLiteral("release")).allowed);

    // Another department's step: not mine to act on.
    const WorkflowActor police{QStringLiteral("staff-gaj"), QStringLiteral("周警官"),
                               QStringLiteral("officer"), QStringLiteral("gaj")};
    a.status = QStringLiteral("in_progress");
    QVERIFY(!ApplicationActionRules::check(a, police, QStringLiteral("claim")).allowed);
    // Finished: comments only.
    a.status = QStringLiteral("completed");
    QVERIFY(!ApplicationActionRules::check(a, me, QStringLiteral("release")).allowed);
    QVERIFY(ApplicationActionRules::check(a, me, QStringLiteral("comment")).allowed);
}

void TestQueuePage::detailPanelFollowsTheRules()
{
    // b4's step is held by 李明: the buttons are disabled and say so.
    QTRY_VERIFY(rowOf(QStringLiteral("b4")) >= 0);
    m_page->openApplication(QStringLiteral("b4"));
    QTRY_COMPARE(m_page->detail()->application().id, QStringLiteral("b4"));
    ApplicationDetailPanel *detail = m_page->detail();
    QVERIFY(!detail->action(QStringLiteral("claim"))->isEnabled());
    QVERIFY(!detail->action(QStringLiteral("approve"))->isEnabled());
    QVERIFY(detail->action(QStringLiteral("claim"))->toolTip().contains(QStringLiteral("李明")));
    QVERIFY(detail->action(QStringLiteral("comment"))->isEnabled());
    QVERIFY(child<QToolButton>(detail, "claimButton")->toolTip().contains(QStringLiteral("李明")));
    QVERIFY(detail->action(QStringLiteral("claim"))->toolTip().contains(QStringLiteral("Ctrl+Shift+C")));

    // b1 is free: claim and approve are enabled; the materials, applicant and history are shown.
    m_page->openApplication(QStringLiteral("b1"));
    QTRY_COMPARE(detail->application().id, QStringLiteral("b1"));
    QVERIFY(detail->action(QStringLiteral("claim"))->isEnabled());
    QVERIFY(detail->action(QStringLiteral("approve"))->isEnabled());
    QVERIFY(child<QLabel>(detail, "applicantLink")->text().contains(QStringLiteral("陈一")));
    QVERIFY(child<QLabel>(detail, "materialsLabel")->text().contains(QStringLiteral("父母身份证")));
    QVERIFY(child<QLabel>(detail, "historyLabel")->text().contains(QStringLiteral("提交")));

    // The applicant link asks for the citizen's homepage.
    QSignalSpy citizen(m_page, &QueuePage::citizenRequested);
    emit child<QLabel>(detail, "applicantLink")->linkActivated(QStringLiteral("applicant"));
    QCOMPARE(citizen.count(), 1);
    QCOMPARE(citizen.first().at(0).toString(), QStringLiteral("c-b1"));

    // Return for supplement needs at least one material.
    bool checked = false;
    m_page->setDialogRunner([&checked](QDialog *dialog) {
        auto *list = child<QListWidget>(dialog, "materialList");
        auto *confirm = child<QPushButton>(dialog, "confirmActionButton");
        QTest::mouseClick(confirm, Qt::LeftButton);
        checked = dialog->result() != QDialog::Accepted &&
                  child<QLabel>(dialog, "actionErrorLabel")->isVisibleTo(dialog);
        list->item(1)->setCheckState(Qt::Checked);
        QTest::mouseClick(confirm, Qt::LeftButton);
        return dialog->result();
    });
    detail->action(QStringLiteral("return"))->trigger();
    QVERIFY(checked);
    QTRY_COMPARE(loadedApplication(QStringLiteral("b1")).status, QStringLiteral("supplement"));
    QTRY_VERIFY(detail->application().status == QLatin1String("supplement"));
    QVERIFY(detail->application()
                .missingMaterials.value_or(QStringList{})
                .contains(QStringLiteral("父母身份证")));
    QVERIFY(!detail->noticeText().isEmpty());
    QVERIFY(detail->action(QStringLiteral("resume"))->isEnabled());
    QVERIFY(!detail->action(QStringLiteral("approve"))->isEnabled());
}

void TestQueuePage::batchApproveAsksAndRefusesMixedSelections()
{
    QTRY_VERIFY(rowOf(QStringLiteral("b1")) >= 0 && rowOf(QStringLiteral("h1")) >= 0);
    QTableView *view = m_page->view();
    QItemSelectionModel *selection = view->selectionModel();
    const auto select = [&](const QStringList &ids) {
        selection->clearSelection();
        for (const QString &id : ids)
            selection->select(m_page->model()->index(rowOf(id), 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };
    int dialogs = 0;
    QStringList listed;
    m_page->setDialogRunner([&](QDialog *dialog) {
        ++dialogs;
        auto *list = child<QListWidget>(dialog, "batchList");
        for (int row = 0; row < list->count(); ++row)
            listed << list->item(row)->text();
        return int(QDialog::Accepted);
    });

    // A birth step and a health step: explained, nothing asked.
    select({QStringLiteral("b1"), QStringLiteral("h1")});
    QVERIFY(!m_page->approveSelected());
    QCOMPARE(dialogs, 0);
    QVERIFY(m_page->noticeText().contains(QStringLiteral("不同")));

    // Two births at the same step: the confirmation lists both, then both are approved.
    select({QStringLiteral("b1"), QStringLiteral("b2")});
    QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(dialogs, 1);
    QCOMPARE(listed.size(), 2);
    QVERIFY(listed.join(QLatin1Char('\n')).contains(QStringLiteral("2026-1124-b1")));
    QVERIFY(listed.join(QLatin1Char('\n')).contains(QStringLiteral("2026-1124-b2")));
    QTRY_VERIFY(m_page->noticeText().contains(QLatin1Char('2')));
    for (const char *id : {"b1", "b2"}) {
        const Application a = loadedApplication(QLatin1String(id));
        QCOMPARE(a.steps.at(0).status, QStringLiteral("done"));
        QCOMPARE(a.steps.at(1).status, QStringLiteral("active")); // the next stage, both parallel steps
        QCOMPARE(a.steps.at(2).status, QStringLiteral("active"));
    }
}

void TestQueuePage::keyboardOnlyClaimAndApprove()
{
    // Focus the queue from the search field (Down), move to h1 with the arrows, open it with Enter.
    QTRY_VERIFY(rowOf(QStringLiteral("h1")) >= 0);
    QLineEdit *search = child<QLineEdit>(m_page, "queueSearch");
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Down);
    QTableView *view = m_page->view();
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    const int target = rowOf(QStringLiteral("h1"));
    for (int row = view->currentIndex().row(); row < target; ++row)
        QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), target);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(m_page->detail()->application().id, QStringLiteral("h1"));
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus && m_page->detail()->isAncestorOf(focus)); // Enter moved to the actions

    // Claim (Ctrl+Shift+C): the local copy has it claimed by me, queued for the server.
    QTest::keyClick(focus, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(loadedApplication(QStringLiteral("h1")).steps.at(0).claimedBy.value_or(QString()),
                 QStringLiteral("staff-wang"));
    QTRY_COMPARE(m_page->detail()->application().steps.at(0).claimedBy.value_or(QString()),
                 QStringLiteral("staff-wang"));
    QVERIFY(!m_page->detail()->action(QStringLiteral("claim"))->isEnabled());
    QVERIFY(m_page->detail()->action(QStringLiteral("approve"))->isEnabled());

    // Approve (Ctrl+Shift+A) with the focus back in the table.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(loadedApplication(QStringLiteral("h1")).status, QStringLiteral("completed"));

    // Both actions wait in the outbox (the server cannot be reached).
    qint64 queued = -1;
    bool done = false;
    m_reader->run<qint64>(
        this, [](store::Store &s) { return s.outbox().count(); },
        [&](Result<qint64> count) {
            queued = count ? *count : -1;
            done = true;
        });
    QTRY_VERIFY(done);
    QCOMPARE(queued, 2);
    QTRY_VERIFY(m_page->detail()->noticeText().contains(QStringLiteral("同步")));

    // Comment (Ctrl+Shift+M moves to the box, Ctrl+Enter adds it) on the completed application.
    QTRY_COMPARE(m_page->detail()->application().status, QStringLiteral("completed"));
    QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_page->detail()->commentEdit()->hasFocus());
    QTest::keyClicks(m_page->detail()->commentEdit(), QStringLiteral("checked by phone"));
    QTest::keyClick(m_page->detail()->commentEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY([this] {
        const QList<ApplicationEvent> history =
            loadedApplication(QStringLiteral("h1")).history.value_or(QList<ApplicationEvent>{});
        return !history.isEmpty() && history.constLast().action == QLatin1String("comment") &&
               history.constLast().comment.value_or(QString()) == QLatin1String("checked by phone");
    }());
}

void TestQueuePage::transferAsksForTheDepartmentAndReason()
{
    QTRY_VERIFY(rowOf(QStringLiteral("b2")) >= 0);
    m_page->openApplication(QStringLiteral("b2"));
    QTRY_COMPARE(m_page->detail()->application().id, QStringLiteral("b2"));
    QStringList offered;
    m_page->setDialogRunner([&offered](QDialog *dialog) {
        auto *department = child<QComboBox>(dialog, "departmentCombo");
        for (int i = 1; i < department->count(); ++i)
            offered << department->itemData(i).toString();
        auto *confirm = child<QPushButton>(dialog, "confirmActionButton");
        department->setCurrentIndex(department->findData(QStringLiteral("gaj")));
        QTest::mouseClick(confirm, Qt::LeftButton); // no reason yet: refused in the dialog
        if (dialog->result() == QDialog::Accepted)
            return int(QDialog::Rejected);
        child<QPlainTextEdit>(dialog, "actionTextEdit")->setPlainText(QStringLiteral("属公安管辖"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        return dialog->result();
    });
    m_page->detail()->action(QStringLiteral("transfer"))->trigger();
    QVERIFY(!offered.contains(QStringLiteral("wjw"))); // not to the step's own department
    QVERIFY(offered.contains(QStringLiteral("gaj")));
    QTRY_COMPARE(loadedApplication(QStringLiteral("b2")).steps.at(0).departmentId, QStringLiteral("gaj"));
    const Application moved = loadedApplication(QStringLiteral("b2"));
    QCOMPARE(moved.steps.at(0).transferredFrom.value_or(QString()), QStringLiteral("wjw"));
    // It left the department's queue.
    QTRY_COMPARE(rowOf(QStringLiteral("b2")), -1);
}

void TestQueuePage::serverRefusalsShowOnTheApplication()
{
    // The server refused a queued claim of b1 (someone was faster): the sync engine put it in the
    // conflict queue; the application says so until it is resolved there.
    QTRY_VERIFY(rowOf(QStringLiteral("b1")) >= 0);
    m_page->openApplication(QStringLiteral("b1"));
    QTRY_COMPARE(m_page->detail()->application().id, QStringLiteral("b1"));
    QVERIFY(m_page->detail()->refusalText().isEmpty());
    {
        auto opened = store::Store::open(m_fixture.path, m_fixture.key);
        QVERIFY(opened);
        store::ConflictEntry entry;
        entry.kind = QStringLiteral("rejected");
        entry.entity = QStringLiteral("application");
        entry.entityId = QStringLiteral("b1");
        entry.method = QStringLiteral("POST");
        entry.path = QStringLiteral("/api/v1/applications/b1/actions");
        entry.errorCode = QStringLiteral("conflict");
        entry.errorMessage = QStringLiteral("claimed");
        entry.errorDetails = QJsonObject{{QStringLiteral("reason"), QStringLiteral("claimed")},
                                         {QStringLiteral("claimed_by_name"), QStringLiteral("李明")}};
        entry.summary = QStringLiteral("claim");
        entry.createdAt = test::QueuePageFixture::now();
        QVERIFY((*opened)->conflicts().add(entry));
    }
    emit m_host->conflictsChanged();
    QTRY_VERIFY(m_page->detail()->refusalText().contains(QStringLiteral("李明")));
    QVERIFY(m_page->detail()->refusalText().contains(QStringLiteral("冲突队列")));
}

void TestQueuePage::workflowDiagramStacksParallelSteps()
{
    Application a = test::QueuePageFixture::application(
        QStringLiteral("d"), test::QueuePageFixture::birthService(), 1, QStringLiteral("陈"));
    a.steps[0].claimedBy = QStringLiteral("staff-wang");
    a.steps[0].claimedByName = QStringLiteral("王芳");
    a.steps[1].transferredFrom = QStringLiteral("wjw");
    WorkflowDiagram diagram;
    diagram.setApplication(a,
                           {{QStringLiteral("wjw"), QStringLiteral("市卫健委")},
                            {QStringLiteral("gaj"), QStringLiteral("市公安局")},
                            {QStringLiteral("jyj"), QStringLiteral("市教育局")}},
                           test::QueuePageFixture::now());
    diagram.resize(diagram.sizeHint());
    QCOMPARE(diagram.stageCount(), 2);
    const QRect first = diagram.stepRect(1);
    const QRect police = diagram.stepRect(2);
    const QRect school = diagram.stepRect(3);
    // Stages left to right; the parallel steps of stage 2 stacked in one column.
    QVERIFY(first.right() < police.left());
    QCOMPARE(police.left(), school.left());
    QVERIFY(police.bottom() < school.top());
    QVERIFY(diagram.rect().contains(school));
    QVERIFY(diagram.minimumSizeHint().width() <= diagram.sizeHint().width());
    // Grows with the font (HiDPI and large fonts).
    const QSize before = diagram.sizeHint();
    QFont big = diagram.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    diagram.setFont(big);
    QVERIFY(diagram.sizeHint().height() > before.height());

    const QString description = diagram.accessibleDescription();
    for (const QString &text :
         {QStringLiteral("出生医学证明"), QStringLiteral("户口登记"), QStringLiteral("入学信息登记"),
          QStringLiteral("市卫健委"), QStringLiteral("市教育局"), QStringLiteral("王芳"),
          QStringLiteral("市卫健委 → 市公安局")})
        QVERIFY2(description.contains(text), qPrintable(text));
    QVERIFY(diagram.boxes().size() == 3);

    QImage image(diagram.size(), QImage::Format_ARGB32);
    diagram.render(&image);
    QVERIFY(!image.isNull());
}

void TestQueuePage::screenshots()
{
    // GOVDESK_SHOTS_DIR=<dir>: the page after a return for supplement (pending sync, missing materials)
    // at the main window's content size for 1280×800 and 1920×1080, light and dark.
    const QString directory = qEnvironmentVariable("GOVDESK_SHOTS_DIR");
    if (directory.isEmpty())
        QSKIP("GOVDESK_SHOTS_DIR not set");
    QTRY_VERIFY(rowOf(QStringLiteral("b1")) >= 0);
    m_page->openApplication(QStringLiteral("b1"));
    QTRY_COMPARE(m_page->detail()->application().id, QStringLiteral("b1"));
    m_page->setDialogRunner([directory](QDialog *dialog) {
        child<QListWidget>(dialog, "materialList")->item(1)->setCheckState(Qt::Checked);
        dialog->adjustSize();
        dialog->grab().save(directory + QStringLiteral("/queue-return-dialog.png"));
        QTest::mouseClick(child<QPushButton>(dialog, "confirmActionButton"), Qt::LeftButton);
        return dialog->result();
    });
    m_page->detail()->action(QStringLiteral("return"))->trigger();
    QTRY_VERIFY(m_page->model()
                    ->index(rowOf(QStringLiteral("b1")), 0)
                    .data(QueueListModel::PendingSyncRole)
                    .toBool());
    QTRY_VERIFY(m_page->detail()->application().status == QLatin1String("supplement"));
    for (const Theme::Kind kind : {Theme::Kind::Light, Theme::Kind::Dark}) {
        Theme::apply(kind);
        for (const QSize &size : {QSize(1280 - 200, 800 - 100), QSize(1920 - 200, 1080 - 100)}) {
            m_page->resize(size);
            QCoreApplication::processEvents();
            const QString name = QStringLiteral("%1/queue-%2-%3x%4.png")
                                     .arg(directory, Theme::name(kind))
                                     .arg(size.width())
                                     .arg(size.height());
            QVERIFY(m_page->grab().save(name));
        }
    }
    Theme::apply(Theme::Kind::Light);
}

QTEST_MAIN(TestQueuePage)
#include "tst_queuepage.moc"
