// The Push page end to end (offscreen): the real govdesk-server with demo data, an officer's and a
// city supervisor's workstation (each the GUI's ApiClient signed in, a sync engine filling its own real
// SQLCipher file). Drafts and approvals work offline through the outbox: with the server killed, the
// officer saves a draft with the keyboard and submits it, the list says "not synced"; the server comes
// back and the campaign is on it exactly once, waiting for approval. The supervisor's sync brings it;
// approved while the server is down again, it is sent once the server is back, and both workstations
// show the server's state, counters and results. A rejection returns the draft with its reason to the
// creator's editor; invalid input is refused at its field and nothing is queued. A grid manager opens a
// notice to a special group of his grid (PushPage::startNotice), saves and submits it offline; it reaches
// the server waiting for approval with an audience confined to his grid (one to another grid is refused
// locally).
#include "apitestclient.h"
#include "serverprocess.h"
#include "synctestsupport.h"
#include "workstationsession.h"

#include "domain/grid.h"
#include "models/audiencebuilder.h"
#include "models/campaignlistmodel.h"
#include "models/datacontext.h"
#include "net/apiclient.h"
#include "sync/synchost.h"
#include "ui/audiencebuilderwidget.h"
#include "ui/campaigndetailpanel.h"
#include "ui/campaigneditor.h"
#include "ui/campaignresultsview.h"
#include "ui/homepagewidgets.h"
#include "ui/pushpage.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace gd;
using namespace gd::test;

namespace {

// Every campaign with anyone in it waits for a supervisor; the dispatcher works in small batches.
QStringList serverArgs()
{
    return {QStringLiteral("--campaign-approval-threshold"),
            QStringLiteral("0"),
            QStringLiteral("--dispatch-batch"),
            QStringLiteral("50"),
            QStringLiteral("--dispatch-interval-ms"),
            QStringLiteral("20")};
}

} // namespace

class TestPushPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newCampaignAboutAServiceStartsFromItsCitizens();
    void invalidDraftIsRefusedAtItsField();
    void offlineDraftAndSubmitReachTheServerOnce();
    void offlineApprovalIsSentWhenTheServerIsBack();
    void rejectionReturnsTheDraftWithItsReason();
    void gridManagerNoticeToASpecialGroup();

private:
    std::unique_ptr<PushPage> openPage(WorkstationSession &session);
    // The campaign as the server has it (as the admin sees it).
    QJsonObject serverCampaign(const QString &id);
    // Fills the editor of `page` with a draft about `title` to everyone in the officer's scope.
    void fillDraft(PushPage &page, const QString &title);
    bool restartServer();

    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<WorkstationSession> m_officer = std::make_unique<WorkstationSession>();
    std::unique_ptr<WorkstationSession> m_supervisor = std::make_unique<WorkstationSession>();
    std::unique_ptr<ApiTestClient> m_admin;
    std::unique_ptr<PushPage> m_officerPage;
    std::unique_ptr<PushPage> m_supervisorPage;
    QString m_campaignId; // made offline by the officer
};

void TestPushPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ServerProcess::Options options;
    options.citizens = 2000;
    options.extraArgs = serverArgs();
    QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
    QString error;
    QVERIFY2(m_officer->start(m_server.port(), QStringLiteral("officer_wjw"),
                              m_dir.filePath(QStringLiteral("o.gdcache")), &error),
             qPrintable(error));
    QVERIFY2(m_supervisor->start(m_server.port(), QStringLiteral("supervisor_city"),
                                 m_dir.filePath(QStringLiteral("s.gdcache")), &error),
             qPrintable(error));
    m_admin = std::make_unique<ApiTestClient>(m_server.port());
    m_admin->setToken(m_admin->login(QStringLiteral("admin")));
    m_officerPage = openPage(*m_officer);
    QVERIFY(m_officerPage);
    m_supervisorPage = openPage(*m_supervisor);
    QVERIFY(m_supervisorPage);
}

void TestPushPage::cleanupTestCase()
{
    m_officerPage.reset();
    m_supervisorPage.reset();
    m_officer.reset();
    m_supervisor.reset();
    m_server.stop();
}

std::unique_ptr<PushPage> TestPushPage::openPage(WorkstationSession &session)
{
    auto page = std::make_unique<PushPage>(session.context());
    page->setUser(session.client()->user());
    page->resize(1600, 1000);
    QSignalSpy loaded(page.get(), &PushPage::loaded);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    if (!loaded.wait(30000) && !page->isLoaded())
        return nullptr;
    // The catalogue (services for the editor) is read with the first listing.
    if (!QTest::qWaitFor([&] { return page->editor()->hasCatalog(); }, 30000))
        return nullptr;
    return page;
}

QJsonObject TestPushPage::serverCampaign(const QString &id)
{
    const ApiReply reply = m_admin->get(QStringLiteral("/api/v1/campaigns/") + id);
    return reply.status == 200 ? reply.json : QJsonObject();
}

bool TestPushPage::restartServer()
{
    return m_server.restart(serverArgs());
}

void TestPushPage::fillDraft(PushPage &page, const QString &title)
{
    page.newCampaign();
    CampaignEditor *editor = page.editor();
    QVERIFY(editor->isVisible());
    CampaignCreateRequest fields;
    fields.title = title;
    fields.content = QStringLiteral("您已建立孕产妇档案，可在线办理母子健康手册，免跑窗口。");
    fields.serviceId = editor->serviceIdByName(QStringLiteral("母子健康手册办理"));
    QVERIFY(fields.serviceId && !fields.serviceId->isEmpty());
    fields.audience = AudienceBuilder::everyoneExpression();
    fields.schedule.kind = QStringLiteral("now");
    fields.channel = QStringLiteral("app");
    fields.holdoutPercent = 20;
    editor->setFields(fields);
}

void TestPushPage::newCampaignAboutAServiceStartsFromItsCitizens()
{
    // Choosing the service of a new campaign starts the audience from the citizens the catalogue aims
    // it at (any of its citizen tags); a campaign given its fields keeps its own audience.
    PushPage &page = *m_officerPage;
    const QString service = page.editor()->serviceIdByName(QStringLiteral("母子健康手册办理"));
    QVERIFY(!service.isEmpty());
    page.newCampaign(service);
    const AudienceBuilder &builder = page.editor()->audienceBuilder()->builder();
    QCOMPARE(builder.tagIds(AudienceBuilder::TagMode::AnyOf), QStringList{QStringLiteral("t_pregnant")});
    QCOMPARE(page.editor()->createRequest().serviceId, std::optional<QString>(service));
    fillDraft(page, QStringLiteral("给定受众"));
    QVERIFY(page.editor()->audienceBuilder()->builder().isEmpty()); // everyone, as given
    page.editor()->findChild<QPushButton *>(QStringLiteral("campaignClose"))->click();
    QVERIFY(!page.isEditing());
}

void TestPushPage::invalidDraftIsRefusedAtItsField()
{
    PushPage &page = *m_officerPage;
    fillDraft(page, QStringLiteral("无效草稿"));
    auto *title = page.editor()->findChild<QLineEdit *>(QStringLiteral("campaignTitle"));
    QVERIFY(title);
    title->clear();
    QSignalSpy written(&page, &PushPage::writeFinished);
    page.editor()->findChild<QPushButton *>(QStringLiteral("campaignSave"))->click();
    QVERIFY(written.wait(10000));
    QCOMPARE(written.takeFirst().at(0).toBool(), false);
    // The editor stays open with the error at the title, and nothing was queued.
    QVERIFY(page.isEditing());
    QTRY_COMPARE(page.focusWidget(), title);
    QCOMPARE(m_officer->sync()->status().outboxCount, 0);
    for (const Campaign &c : page.model()->all())
        QVERIFY(c.title != QLatin1String("无效草稿"));
    page.editor()->findChild<QPushButton *>(QStringLiteral("campaignClose"))->click();
    QVERIFY(!page.isEditing());
}

void TestPushPage::offlineDraftAndSubmitReachTheServerOnce()
{
    PushPage &page = *m_officerPage;
    m_server.kill();
    const QString title = QStringLiteral("孕期服务提醒（离线草稿）");
    fillDraft(page, title);
    const QString id = page.editor()->campaignId();
    QSignalSpy written(&page, &PushPage::writeFinished);
    // Ctrl+S saves the draft into the outbox, offline (keyboard shortcuts need the active window).
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(page.editor()->findChild<QLineEdit *>(QStringLiteral("campaignTitle")), Qt::Key_S,
                    Qt::ControlModifier);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.takeFirst().at(0).toBool(), true);
    QVERIFY(!page.isEditing());
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(id) >= 0, 10000);
    QVERIFY(page.model()->isPending(id));
    QTRY_COMPARE(page.selectedCampaign(), id);
    const QModelIndex state = page.model()->index(page.model()->rowOf(id), CampaignListModel::State);
    QVERIFY2(state.data().toString().contains(QStringLiteral("not synced")),
             qPrintable(state.data().toString()));

    // Submit from the detail panel, still offline: shown as waiting for approval.
    QVERIFY(page.detail()->canSubmit());
    page.act(id, QStringLiteral("submit"));
    QVERIFY(written.wait(10000));
    QCOMPARE(written.takeFirst().at(0).toBool(), true);
    QTRY_COMPARE(page.detail()->campaign().state, QStringLiteral("pending_approval"));
    QCOMPARE(m_officer->sync()->status().outboxCount, 2);
    QCOMPARE(page.model()->count(QStringLiteral("pending_approval"), m_officer->client()->user().id), 1);

    // The server comes back: the create and the submit arrive once each, in order.
    QVERIFY2(restartServer(), qPrintable(m_server.error()));
    m_officer->sync()->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_officer->sync()->status().outboxCount, 0, 60000);
    const QJsonObject onServer = serverCampaign(id);
    QCOMPARE(onServer.value(QStringLiteral("state")).toString(), QStringLiteral("pending_approval"));
    QCOMPARE(onServer.value(QStringLiteral("title")).toString(), title);
    QCOMPARE(onServer.value(QStringLiteral("holdout_percent")).toInt(), 20);
    QCOMPARE(onServer.value(QStringLiteral("version")).toInteger(), 2); // created, submitted
    QVERIFY(onServer.value(QStringLiteral("audience_size")).toInteger() > 0);
    const ApiReply all = m_admin->get(QStringLiteral("/api/v1/campaigns?limit=500"));
    int sameTitle = 0;
    for (const QJsonValue &c : all.json.value(QStringLiteral("items")).toArray())
        sameTitle += c[QLatin1String("title")].toString() == title ? 1 : 0;
    QCOMPARE(sameTitle, 1);
    // The list shows the server's campaign: synced, with the audience the server counted.
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isPending(id), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(page.detail()->campaign().audienceSize,
                              onServer.value(QStringLiteral("audience_size")).toInteger(), 30000);
    m_campaignId = id;
}

void TestPushPage::offlineApprovalIsSentWhenTheServerIsBack()
{
    QVERIFY(!m_campaignId.isEmpty());
    PushPage &page = *m_supervisorPage;
    m_supervisor->sync()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(m_campaignId) >= 0, 60000);
    const QString supervisorId = m_supervisor->client()->user().id;
    QVERIFY(page.model()->count(QStringLiteral("pending_approval"), supervisorId) >= 1);
    page.setFilter(QStringLiteral("pending_approval"));
    page.selectCampaign(m_campaignId);
    QCOMPARE(page.detail()->campaign().id, m_campaignId);
    QVERIFY(page.detail()->canDecide());
    QVERIFY(!m_officerPage->detail()->canDecide()); // officers do not approve

    m_server.kill();
    QSignalSpy written(&page, &PushPage::writeFinished);
    page.act(m_campaignId, QStringLiteral("approve"));
    QVERIFY(written.wait(10000));
    QCOMPARE(written.takeFirst().at(0).toBool(), true);
    QTRY_COMPARE(page.detail()->campaign().state, QStringLiteral("approved"));
    QVERIFY(page.model()->isPending(m_campaignId));

    QVERIFY2(restartServer(), qPrintable(m_server.error()));
    m_supervisor->sync()->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(serverCampaign(m_campaignId).value(QStringLiteral("state")).toString(),
                              QStringLiteral("sent"), 120000);
    const QJsonObject sent = serverCampaign(m_campaignId);
    QCOMPARE(sent.value(QStringLiteral("approved_by")).toString(), supervisorId);
    const qint64 members = sent.value(QStringLiteral("members")).toInteger();
    QVERIFY(members > 0);
    QCOMPARE(sent.value(QStringLiteral("sent")).toInteger() +
                 sent.value(QStringLiteral("holdout")).toInteger(),
             members);

    // Both workstations come to show the server's final campaign through their feeds.
    for (auto [session, shown] : {std::pair{m_officer.get(), m_officerPage.get()},
                                  std::pair{m_supervisor.get(), m_supervisorPage.get()}}) {
        session->sync()->syncNow();
        shown->selectCampaign(m_campaignId);
        QTRY_COMPARE_WITH_TIMEOUT(shown->detail()->campaign().state, QStringLiteral("sent"), 60000);
        QCOMPARE(shown->detail()->campaign().delivered, sent.value(QStringLiteral("delivered")).toInteger());
        QCOMPARE(shown->detail()->campaign().members, members);
        QVERIFY(!shown->model()->isPending(m_campaignId));
    }
    // The results tab shows the server's figures.
    m_officerPage->detail()->showResults();
    CampaignResultsView *results = m_officerPage->detail()->resultsView();
    QTRY_COMPARE_WITH_TIMEOUT(results->state(), CampaignResultsView::State::Results, 30000);
    QCOMPARE(results->models()->results().campaignId, m_campaignId);
    QCOMPARE(results->models()->results().sent.members + results->models()->results().holdout.members,
             members - results->models()->results().skipped);
}

void TestPushPage::rejectionReturnsTheDraftWithItsReason()
{
    PushPage &officer = *m_officerPage;
    const QString title = QStringLiteral("失业保险金申领指引（待退回）");
    fillDraft(officer, title);
    const QString id = officer.editor()->campaignId();
    QSignalSpy written(&officer, &PushPage::writeFinished);
    officer.editor()->findChild<QPushButton *>(QStringLiteral("campaignSubmit"))->click();
    QVERIFY(written.wait(10000));
    QCOMPARE(written.takeFirst().at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(serverCampaign(id).value(QStringLiteral("state")).toString(),
                              QStringLiteral("pending_approval"), 60000);

    PushPage &supervisor = *m_supervisorPage;
    m_supervisor->sync()->syncNow();
    const auto listed = [&] {
        const QList<Campaign> &all = supervisor.model()->all();
        return std::any_of(all.cbegin(), all.cend(), [&](const Campaign &c) { return c.id == id; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(listed(), 60000);
    QSignalSpy decided(&supervisor, &PushPage::writeFinished);
    // A rejection without a reason is refused locally.
    supervisor.act(id, QStringLiteral("reject"), QStringLiteral(" x"));
    QVERIFY(decided.wait(10000));
    QCOMPARE(decided.takeFirst().at(0).toBool(), false);
    QVERIFY(supervisor.notice()->isVisible());
    supervisor.act(id, QStringLiteral("reject"), QStringLiteral("受众范围过大，请限定到湖里区"));
    QVERIFY(decided.wait(10000));
    QCOMPARE(decided.takeFirst().at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(serverCampaign(id).value(QStringLiteral("state")).toString(),
                              QStringLiteral("draft"), 60000);
    QCOMPARE(serverCampaign(id).value(QStringLiteral("rejection_reason")).toString(),
             QStringLiteral("受众范围过大，请限定到湖里区"));

    // The officer's feed brings it back as a draft with the reason; the editor says why.
    m_officer->sync()->syncNow();
    officer.selectCampaign(id);
    QTRY_COMPARE_WITH_TIMEOUT(officer.detail()->campaign().state, QStringLiteral("draft"), 60000);
    QVERIFY(officer.detail()->canEdit());
    officer.editCampaign(id);
    QVERIFY(officer.isEditing());
    QCOMPARE(officer.editor()->findChild<QLineEdit *>(QStringLiteral("campaignTitle"))->text(), title);
    const auto notices = officer.editor()->findChildren<NoticeBar *>();
    QVERIFY(std::any_of(notices.cbegin(), notices.cend(), [](const NoticeBar *n) {
        return n->isVisible() && n->text().contains(QStringLiteral("受众范围过大"));
    }));
    // Changing the returned draft goes to the server as a PATCH from its version.
    auto *content = officer.editor()->findChild<QPlainTextEdit *>(QStringLiteral("campaignContent"));
    content->setPlainText(QStringLiteral("湖里区的孕产妇可在线办理母子健康手册。"));
    officer.saveEditor(false);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.takeFirst().at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(serverCampaign(id).value(QStringLiteral("content")).toString(),
                              QStringLiteral("湖里区的孕产妇可在线办理母子健康手册。"), 60000);
}

void TestPushPage::gridManagerNoticeToASpecialGroup()
{
    // A grid manager's workstation: the Push page is his too.
    WorkstationSession grid;
    QString error;
    QVERIFY2(grid.start(m_server.port(), QStringLiteral("grid_huli"),
                        m_dir.filePath(QStringLiteral("g.gdcache")), &error),
             qPrintable(error));
    const StaffUser user = grid.client()->user();
    QCOMPARE(user.role, QStringLiteral("grid_manager"));
    QVERIFY(!user.gridIds.isEmpty());
    std::unique_ptr<PushPage> page = openPage(grid);
    QVERIFY(page);
    const QString gridId = user.gridIds.first();
    const QString group = QStringLiteral("living_alone_elderly");
    const SpecialGroupRule *rule = specialGroupRule(group);
    QVERIFY(rule);
    QSignalSpy written(page.get(), &PushPage::writeFinished);

    // Offline, a notice to another grid is refused locally at the audience, and nothing is queued.
    m_server.kill();
    page->startNotice(QStringLiteral("g_not_his_grid"), group);
    QVERIFY(page->isEditing());
    page->findChild<QPlainTextEdit *>(QStringLiteral("campaignContent"))
        ->setPlainText(QStringLiteral("本周六上午九点，社区卫生服务站为独居老人上门体检。"));
    page->editor()->findChild<QPushButton *>(QStringLiteral("campaignSubmit"))->click();
    QVERIFY(written.wait(10000));
    QCOMPARE(written.takeFirst().at(0).toBool(), false);
    QVERIFY(page->isEditing());
    QCOMPARE(grid.sync()->status().outboxCount, 0);
    page->editor()->findChild<QPushButton *>(QStringLiteral("campaignClose"))->click();

    // His own grid's living-alone elderly: the editor shows the grid, the group's tag and its ages, a
    // policy notice with its title; he writes the message, saves and submits — offline.
    page->startNotice(gridId, group);
    QVERIFY(page->isEditing());
    CampaignEditor *editor = page->editor();
    const AudienceBuilder &builder = editor->audienceBuilder()->builder();
    QVERIFY(!editor->audienceBuilder()->isReadOnly());
    QCOMPARE(builder.tagIds(AudienceBuilder::TagMode::Required), QStringList{rule->tagId});
    QCOMPARE(builder.regions(), QStringList{gridId});
    QCOMPARE(builder.minAge(), rule->minAge);
    QCOMPARE(builder.maxAge(), rule->maxAge);
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("campaignTitle"))->text(),
             QStringLiteral("Grid notice"));
    QCOMPARE(editor->createRequest().serviceId, std::optional<QString>());
    QCOMPARE(editor->createRequest().policy, std::optional<QString>(QStringLiteral("Grid notice")));
    const QString id = editor->campaignId();
    editor->findChild<QPlainTextEdit *>(QStringLiteral("campaignContent"))
        ->setPlainText(QStringLiteral("本周六上午九点，社区卫生服务站为独居老人上门体检。"));
    editor->findChild<QPushButton *>(QStringLiteral("campaignSubmit"))->click();
    QVERIFY(written.wait(10000));
    QCOMPARE(written.takeFirst().at(0).toBool(), true);
    QVERIFY(!page->isEditing());
    QCOMPARE(grid.sync()->status().outboxCount, 2); // the create and the submit
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(id) >= 0, 10000);
    QVERIFY(page->model()->isPending(id));

    // The server comes back: the notice arrives once, waiting for approval, in his grid and its district,
    // to an audience confined to that grid.
    QVERIFY2(restartServer(), qPrintable(m_server.error()));
    grid.sync()->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(grid.sync()->status().outboxCount, 0, 60000);
    const QJsonObject onServer = serverCampaign(id);
    QCOMPARE(onServer.value(QStringLiteral("state")).toString(), QStringLiteral("pending_approval"));
    QCOMPARE(onServer.value(QStringLiteral("created_by")).toString(), user.id);
    QCOMPARE(onServer.value(QStringLiteral("grid_id")).toString(), gridId);
    QCOMPARE(onServer.value(QStringLiteral("area_code")).toString(), QStringLiteral("350206"));
    QCOMPARE(onServer.value(QStringLiteral("policy")).toString(), QStringLiteral("Grid notice"));
    const auto audience =
        parseAudienceExpression(onServer.value(QStringLiteral("audience")), QStringLiteral("audience"));
    QVERIFY(audience);
    QCOMPARE(confiningGrids(*audience, user.gridIds), QStringList{gridId});
    QCOMPARE(AudienceBuilder::fromExpression(onServer.value(QStringLiteral("audience")).toObject())
                 ->tagIds(AudienceBuilder::TagMode::Required),
             QStringList{rule->tagId});
    // His list shows the server's notice, synced.
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isPending(id), 30000);
    page.reset();
}

QTEST_MAIN(TestPushPage)
#include "tst_pushpage.moc"
