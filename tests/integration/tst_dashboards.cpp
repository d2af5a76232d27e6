// The dashboards end to end (offscreen, Chinese): the real govdesk-server with demo data, a city-wide
// supervisor's session (the GUI's ApiClient signed in, the sync engine filling a real SQLCipher file, the
// page reading names and last-known figures through the LocalReader). The figures on the page are the
// server's; a real mouse click on the hottest topic's bar opens the messages behind it (all of that topic,
// as many as the server counts), Enter on the first opens its citizen's homepage; a district row opens
// that district's applications; with the server unreachable the page keeps the last-known figures and
// says how old they are; the export writes a PNG of the whole dashboard and a CSV Excel reads as UTF-8;
// an officer sees their department's figures, a grid manager none.

#include "apitestclient.h"
#include "serverprocess.h"
#include "synctestsupport.h"
#include "workstationsession.h"

#include "core/systemclock.h"
#include "models/datacontext.h"
#include "models/drilldownmodel.h"
#include "net/apiclient.h"
#include "store/localreader.h"
#include "sync/synchost.h"
#include "ui/dashboardcharts.h"
#include "ui/dashboardpage.h"
#include "ui/drilldowndialog.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

#include "ui/messagebox.h"

using namespace gd;
using namespace gd::test;

class TestDashboards : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void figuresAreTheServers();
    void clickOnTopicBarDrillsToMessagesAndCitizen();
    void districtRowDrillsToItsApplications();
    void departmentBarDrillsToItsCompletedApplications();
    void exportWritesPngAndExcelCsv();
    void customPeriodAndDistrictScopeAreTheServers();
    void syncedApplicationRefreshesTheFigures();
    void offlineKeepsLastKnownFiguresWithTheirAge();
    void officerSeesTheDepartmentGridManagerNothing();

private:
    // A shown dashboard page on `client`, its first server answer in (or false).
    std::unique_ptr<DashboardPage> openPage(ApiClient *client, DataContext *context,
                                            bool waitForServer = true);
    QJsonObject serverGet(const QString &pathAndQuery);

    QTranslator m_chinese;
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<WorkstationSession> m_session = std::make_unique<WorkstationSession>();
    ApiClient *m_client = nullptr;    // the session's
    DataContext *m_context = nullptr; // the session's
    std::unique_ptr<ApiTestClient> m_supervisor;
    std::unique_ptr<DashboardPage> m_page;
};

void TestDashboards::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    QVERIFY(m_dir.isValid());
    ServerProcess::Options options;
    options.citizens = 2000;
    QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
    QString error;
    QVERIFY2(m_session->start(m_server.port(), QStringLiteral("supervisor_city"),
                              m_dir.filePath(QStringLiteral("supervisor.gdcache")), &error),
             qPrintable(error));
    m_client = m_session->client();
    m_context = m_session->context();

    m_supervisor = std::make_unique<ApiTestClient>(m_server.port());
    m_supervisor->setToken(m_supervisor->login(QStringLiteral("supervisor_city")));

    m_page = openPage(m_client, m_context);
    QVERIFY(m_page);
}

void TestDashboards::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
    m_server.stop();
}

std::unique_ptr<DashboardPage> TestDashboards::openPage(ApiClient *client, DataContext *context,
                                                        bool waitForServer)
{
    auto page = std::make_unique<DashboardPage>(context);
    page->setUser(client->user());
    page->resize(1600, 1000);
    QSignalSpy shown(page.get(), &DashboardPage::dataShown);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    if (waitForServer) {
        // The cached figures may come first; wait for the server's.
        if (!QTest::qWaitFor([&] { return !page->loader()->isLoading() && shown.count() > 0; }, 60000))
            return nullptr;
    }
    return page;
}

QJsonObject TestDashboards::serverGet(const QString &pathAndQuery)
{
    const auto reply = m_supervisor->get(pathAndQuery);
    if (reply.status != 200)
        qWarning("GET %s: %d %s", qPrintable(pathAndQuery), reply.status, reply.body.constData());
    return reply.json;
}

void TestDashboards::figuresAreTheServers()
{
    const DashboardQuery q = m_page->query();
    QCOMPARE(q.days(), 30);
    const QString period =
        QStringLiteral("from=%1&to=%2").arg(q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate));
    const QJsonObject usage = serverGet(QStringLiteral("/api/v1/analytics/usage?group=day&") + period);
    const QJsonObject total = usage.value(QLatin1String("total")).toObject();
    const DashboardKpis &k = m_page->models()->kpis();
    QVERIFY(total.value(QLatin1String("submitted")).toInteger() > 0);
    QCOMPARE(k.submitted, total.value(QLatin1String("submitted")).toInteger());
    QCOMPARE(k.completed, total.value(QLatin1String("completed")).toInteger());
    QCOMPARE(k.signIns, total.value(QLatin1String("sign_ins")).toInteger());
    // The tile shows it, grouped the Chinese way.
    auto *tile = m_page->findChild<QLabel *>(QStringLiteral("kpiValue2"));
    QVERIFY(tile);
    QCOMPARE(tile->text(), QLocale().toString(k.submitted));
    // Handling time: the server's median and p90 hours of the period's completed applications.
    const QJsonObject handling = total.value(QLatin1String("handling")).toObject();
    QVERIFY(handling.value(QLatin1String("median_hours")).isDouble());
    QCOMPARE(k.medianHours.value_or(-1), handling.value(QLatin1String("median_hours")).toInteger());
    QCOMPARE(k.p90Hours.value_or(-1), handling.value(QLatin1String("p90_hours")).toInteger());
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("kpiValue4"))->text(),
             QStringLiteral("%1 小时 · %2 小时").arg(*k.medianHours).arg(*k.p90Hours));

    const QJsonObject opinion = serverGet(QStringLiteral("/api/v1/analytics/opinion?group=topic&") + period);
    const QJsonArray top = opinion.value(QLatin1String("top_topics")).toArray();
    QVERIFY(!top.isEmpty());
    const DashboardTable *topics = m_page->models()->topics();
    QCOMPARE(topics->rowCount(), int(top.size()));
    QCOMPARE(topics->keyAt(0), top.at(0).toObject().value(QLatin1String("topic")).toString());
    QCOMPARE(*topics->value(0, 0), top.at(0).toObject().value(QLatin1String("messages")).toDouble());
    // One trend point per day of the period.
    QCOMPARE(m_page->models()->trend()->rowCount(), 30);
    QVERIFY(m_page->statusText().startsWith(QStringLiteral("更新于")));
}

void TestDashboards::clickOnTopicBarDrillsToMessagesAndCitizen()
{
    QChartView *view = m_page->charts()->topics();
    QChart *chart = view->chart();
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    QVERIFY(series);
    const DashboardTable *topics = m_page->models()->topics();
    const QString topic = topics->keyAt(0);
    const double messages = *topics->value(0, 0);
    // Scroll the chart into view and click on the hottest topic's bar (this period's set), a little
    // inside the bar's length and off the category's centre line where the two sets meet.
    auto *scroll = m_page->findChild<QAbstractScrollArea *>(QStringLiteral("dashboardScroll"));
    QVERIFY(scroll);
    static_cast<QScrollArea *>(scroll)->ensureWidgetVisible(view);
    QDialog *dialog = m_page->drillDialog();
    for (const double offset : {-0.12, 0.12}) {
        // Ranked from the top: the hottest is the last category of the axis.
        const double category = topics->rowCount() - 1 + offset;
        const QPointF inChart = chart->mapToPosition(QPointF(messages * 0.3, category), series);
        const QPoint at = view->mapFromScene(chart->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        if (dialog->isVisible())
            break;
    }
    QTRY_VERIFY(dialog->isVisible());
    DrillDownModel *model = m_page->drillDialog()->model();
    QCOMPARE(model->request().kind, DrillRequest::Kind::Messages);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 30000);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->messageAt(row)->topic.value_or(QString()), topic);
    // As many as the chart said (the list is capped at 200).
    QCOMPARE(double(model->total()), messages);
    // Masked by default: the list shows no author; the detail no ID number.
    const QString citizenId = model->messageAt(0)->citizenId;
    QVERIFY(!citizenId.isEmpty());

    QSignalSpy citizen(m_page.get(), &DashboardPage::citizenRequested);
    QTableView *table = m_page->drillDialog()->table();
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(citizen.count(), 1);
    QCOMPARE(citizen.at(0).at(0).toString(), citizenId);
    QVERIFY(!dialog->isVisible());
}

void TestDashboards::districtRowDrillsToItsApplications()
{
    const DashboardTable *districts = m_page->models()->districts();
    QVERIFY(districts->rowCount() > 0);
    const QString code = districts->keyAt(0);
    QTableView *table = m_page->districtTable();
    // Enter on the row's "submitted" cell.
    table->setFocus();
    table->setCurrentIndex(districts->index(0, 2));
    QTest::keyClick(table, Qt::Key_Return);
    DrillDownModel *model = m_page->drillDialog()->model();
    QTRY_VERIFY(m_page->drillDialog()->isVisible());
    QCOMPARE(model->request().kind, DrillRequest::Kind::Applications);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 30000);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->applicationAt(row)->districtCode, code);
    QCOMPARE(double(model->total()), *districts->value(0, 1)); // = the row's submitted figure
    // Applicants are masked: 张** · 3502**********1234.
    const QString applicant = model->data(model->index(0, 2)).toString();
    QVERIFY2(applicant.contains(QLatin1Char('*')), qPrintable(applicant));
    m_page->drillDialog()->reject();
}

void TestDashboards::departmentBarDrillsToItsCompletedApplications()
{
    // The department's "completed" figure and the applications behind its bar are the same set.
    const DashboardTable *departments = m_page->models()->departments();
    QVERIFY(departments->rowCount() > 0);
    const DrillRequest request = m_page->models()->drillDepartment(0);
    QVERIFY(request.isValid());
    m_page->openDrill(request);
    DrillDownModel *model = m_page->drillDialog()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 30000);
    QCOMPARE(double(model->total()), *departments->value(0, 2));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->applicationAt(row)->status, QStringLiteral("completed"));
    m_page->drillDialog()->reject();
}

void TestDashboards::exportWritesPngAndExcelCsv()
{
    const QString png = m_dir.filePath(QStringLiteral("dashboard.png"));
    const QString csv = m_dir.filePath(QStringLiteral("dashboard.csv"));
    QVERIFY(m_page->exportPng(png));
    QVERIFY(m_page->exportCsv(csv));
    const QImage image(png);
    QCOMPARE(image.size(), m_page->content()->size());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.contains(QStringLiteral("受理件数")));
    QVERIFY(text.contains(QStringLiteral("\r\n")));
    // Every day of the trend is a line of the first section.
    QVERIFY(text.contains(m_page->models()->trend()->rows().constFirst().label));
    if (const QString shots = qEnvironmentVariable("GOVDESK_SHOTS_DIR"); !shots.isEmpty())
        QVERIFY(m_page->exportPng(shots + QStringLiteral("/dashboard-full-zh_CN.png")));
}

void TestDashboards::customPeriodAndDistrictScopeAreTheServers()
{
    const QDate to = m_page->query().to;
    QSignalSpy shown(m_page.get(), &DashboardPage::dataShown);
    m_page->setCustomPeriod(to.addDays(-9), to);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !m_page->loader()->isLoading(), 30000);
    QCOMPARE(m_page->query().days(), 10);
    QCOMPARE(m_page->models()->trend()->rowCount(), 10);
    const QString code = m_page->models()->districts()->keyAt(1);
    shown.clear();
    m_page->setScope(code);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !m_page->loader()->isLoading(), 30000);
    const QJsonObject usage =
        serverGet(QStringLiteral("/api/v1/analytics/usage?group=day&from=%1&to=%2&district=%3")
                      .arg(to.addDays(-9).toString(Qt::ISODate), to.toString(Qt::ISODate), code));
    QCOMPARE(m_page->models()->kpis().submitted,
             usage.value(QLatin1String("total")).toObject().value(QLatin1String("submitted")).toInteger());
    QCOMPARE(m_page->models()->districts()->rowCount(), 1);
    QCOMPARE(m_page->models()->districts()->keyAt(0), code);
    // One of its streets (the scope choice lists them once a district is chosen).
    auto *streets = m_page->findChild<QComboBox *>(QStringLiteral("streetCombo"));
    QVERIFY(streets && streets->isEnabled());
    QVERIFY(streets->count() > 1);
    const QString street = streets->itemData(1).toString();
    shown.clear();
    m_page->setScope(code, street);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !m_page->loader()->isLoading(), 30000);
    const QJsonObject streetUsage =
        serverGet(QStringLiteral("/api/v1/analytics/usage?group=day&from=%1&to=%2&district=%3&street=%4")
                      .arg(to.addDays(-9).toString(Qt::ISODate), to.toString(Qt::ISODate), code, street));
    const qint64 streetSubmitted =
        streetUsage.value(QLatin1String("total")).toObject().value(QLatin1String("submitted")).toInteger();
    QCOMPARE(m_page->models()->kpis().submitted, streetSubmitted);
    QVERIFY(streetSubmitted <=
            usage.value(QLatin1String("total")).toObject().value(QLatin1String("submitted")).toInteger());
    // A range longer than 400 days is refused with a message; the figures stay.
    MessageBox::setNextAnswer(MessageBox::Ok);
    m_page->setCustomPeriod(to.addDays(-500), to);
    QCOMPARE(MessageBox::lastMessage()->objectName, QStringLiteral("periodTooLongBox"));
    QCOMPARE(m_page->query().days(), 10);

    shown.clear();
    m_page->setScope(QString());
    m_page->setPeriodDays(30);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !m_page->loader()->isLoading(), 30000);
    QCOMPARE(m_page->query().days(), 30);
}

void TestDashboards::syncedApplicationRefreshesTheFigures()
{
    m_page->setSyncRefreshDelay(200);
    const qint64 before = m_page->models()->kpis().submitted;
    // An officer starts an application at the counter; the supervisor's sync brings it, the page asks
    // the server again.
    ApiTestClient officer(m_server.port());
    officer.setToken(officer.login(QStringLiteral("officer_wjw")));
    QString service;
    for (const QJsonValue &v :
         officer.get(QStringLiteral("/api/v1/services?limit=500")).json[QLatin1String("items")].toArray()) {
        if (v[QLatin1String("name")].toString() == QStringLiteral("出生医学证明办理"))
            service = v[QLatin1String("id")].toString();
    }
    QVERIFY(!service.isEmpty());
    const QString citizen = serverGet(QStringLiteral("/api/v1/citizens?limit=1"))
                                .value(QLatin1String("items"))
                                .toArray()
                                .at(0)[QLatin1String("id")]
                                .toString();
    const auto key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const ApiReply created =
        officer.post(QStringLiteral("/api/v1/applications"),
                     {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {QStringLiteral("service_id"), service},
                      {QStringLiteral("applicant_type"), QStringLiteral("citizen")},
                      {QStringLiteral("applicant_id"), citizen}},
                     {{QByteArray("Idempotency-Key"), key.toUtf8()}});
    QCOMPARE(created.status, 201);
    m_session->sync()->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->models()->kpis().submitted, before + 1, 30000);
}

void TestDashboards::offlineKeepsLastKnownFiguresWithTheirAge()
{
    // Same local copy, a client pointed at a port nobody listens on.
    QNetworkAccessManager network;
    ApiClient offline(&network);
    offline.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    offline.setTokens(m_client->tokens());
    DataContext context(&offline, m_session->clock());
    context.setLocalData(m_session->reader(), m_session->sync());
    auto page = openPage(&offline, &context, false);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->statusText().startsWith(QStringLiteral("离线")), 30000);
    QCOMPARE(page->models()->kpis().submitted, m_page->models()->kpis().submitted);
    QCOMPARE(page->models()->topics()->keyAt(0), m_page->models()->topics()->keyAt(0));
    QVERIFY2(page->statusText().contains(QStringLiteral("刚刚")) ||
                 page->statusText().contains(QStringLiteral("分钟前")),
             qPrintable(page->statusText()));
}

void TestDashboards::officerSeesTheDepartmentGridManagerNothing()
{
    const AuthTokens tokens = signIn(m_server.port(), QStringLiteral("officer_wjw"));
    QNetworkAccessManager network;
    ApiClient officer(&network);
    officer.setBaseUrl(QUrl(m_server.baseUrl()));
    officer.setTokens(tokens);
    DataContext context(&officer, m_session->clock());
    auto page = openPage(&officer, &context);
    QVERIFY(page);
    ApiTestClient direct(m_server.port());
    direct.setToken(direct.login(QStringLiteral("officer_wjw")));
    const DashboardQuery q = page->query();
    const auto reply = direct.get(QStringLiteral("/api/v1/analytics/usage?group=day&from=%1&to=%2")
                                      .arg(q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate)));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.value(QLatin1String("scope")).toString().startsWith(QStringLiteral("department:")));
    QCOMPARE(
        page->models()->kpis().submitted,
        reply.json.value(QLatin1String("total")).toObject().value(QLatin1String("submitted")).toInteger());
    QVERIFY(page->models()->kpis().submitted < m_page->models()->kpis().submitted);
    auto *scope = page->findChild<QLabel *>(QStringLiteral("scopeLabel"));
    QVERIFY(scope->text().contains(QStringLiteral("本部门")));

    StaffUser gridManager;
    gridManager.id = QStringLiteral("g1");
    gridManager.role = QStringLiteral("grid_manager");
    DashboardPage none(&context);
    none.setUser(gridManager);
    none.show();
    QVERIFY(QTest::qWaitForWindowExposed(&none));
    QVERIFY(!none.isAvailable());
    QVERIFY(!none.loader()->isLoading());
    QVERIFY(none.findChild<QLabel *>(QStringLiteral("dashboardNotice"))->isVisible());
    QVERIFY(none.models()->isEmpty());
}

QTEST_MAIN(TestDashboards)
#include "tst_dashboards.moc"
