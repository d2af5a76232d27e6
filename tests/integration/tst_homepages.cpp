// The workstation's heart end to end (offscreen, Chinese): the real govdesk-server with demo data, an
// officer's-eye session as the admin (the GUI's ApiClient signed in, the sync engine filling a real
// SQLCipher file, the pages reading it through the LocalReader). The Citizens page finds people by a
// surname (张: the same count as the server's own name search), by initials (zs: every citizen whose
// name's initials contain zs) and by a phone fragment; the citizen homepage shows the server's data in
// every section; revealing the ID number with a reason shows the full number and leaves an entry with that
// reason in the server's audit trail.

#include "apitestclient.h"
#include "serverprocess.h"
#include "synctestsupport.h"
#include "workstationsession.h"

#include "core/systemclock.h"
#include "domain/identity.h"
#include "models/citizenlistmodel.h"
#include "models/datacontext.h"
#include "net/apiclient.h"
#include "store/localreader.h"
#include "store/searchtokenizer.h"
#include "sync/synchost.h"
#include "ui/citizenhomepage.h"
#include "ui/citizenspage.h"
#include "ui/homepagewidgets.h"
#include "ui/revealdialog.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gd;
using namespace gd::test;

class TestHomepages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void searchBySurnameInitialsAndPhoneFragment();
    void homepageShowsTheServersData();
    void revealIsAuditedOnTheServer();

private:
    // Searches on the page and loads every page of the answer; the ids found.
    QSet<QString> searchAll(CitizensPage &page, const QString &text);
    QJsonObject serverGet(const QString &pathAndQuery);
    // Every citizen as the server lists them (admin: the whole city of the demo).
    QList<QJsonObject> allServerCitizens();

    QTranslator m_chinese;
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<WorkstationSession> m_session = std::make_unique<WorkstationSession>();
    std::unique_ptr<ApiTestClient> m_admin;
    QString m_citizenId; // the citizen the homepage tests open
};

void TestHomepages::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    QVERIFY(m_dir.isValid());
    ServerProcess::Options options;
    options.citizens = 2000;
    QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
    QString error;
    QVERIFY2(m_session->start(m_server.port(), QStringLiteral("admin"),
                              m_dir.filePath(QStringLiteral("admin.gdcache")), &error),
             qPrintable(error));

    m_admin = std::make_unique<ApiTestClient>(m_server.port());
    m_admin->setToken(m_admin->login(QStringLiteral("admin")));
}

void TestHomepages::cleanupTestCase()
{
    m_session.reset();
    m_server.stop();
}

QJsonObject TestHomepages::serverGet(const QString &pathAndQuery)
{
    const auto reply = m_admin->get(pathAndQuery);
    if (reply.status != 200)
        qWarning("GET %s: %d", qPrintable(pathAndQuery), reply.status);
    return reply.json;
}

QList<QJsonObject> TestHomepages::allServerCitizens()
{
    QList<QJsonObject> all;
    for (int offset = 0;; offset += 500) {
        const QJsonObject page =
            serverGet(QStringLiteral("/api/v1/citizens?limit=500&offset=%1").arg(offset));
        const QJsonArray items = page.value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items)
            all.append(v.toObject());
        if (items.size() < 500)
            break;
    }
    return all;
}

QSet<QString> TestHomepages::searchAll(CitizensPage &page, const QString &text)
{
    PagedListModel *model = page.model();
    page.setSearchText(text);
    if (!QTest::qWaitFor(
            [model, &text] {
                return !model->isLoading() && model->totalCount() >= 0 && model->search() == text;
            },
            10000))
        return {};
    while (model->canFetchMore({})) {
        model->fetchMore({});
        if (!QTest::qWaitFor([model] { return !model->isLoading(); }, 10000))
            return {};
    }
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->idAt(row));
    return ids;
}

void TestHomepages::searchBySurnameInitialsAndPhoneFragment()
{
    CitizensPage page(m_session->context());
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 10000);
    const QList<QJsonObject> citizens = allServerCitizens();
    QVERIFY(citizens.size() >= 2000);

    // 张: the same citizens as the server's name search.
    const QSet<QString> zhang = searchAll(page, QStringLiteral("张"));
    QSet<QString> serverZhang;
    for (const QJsonObject &c : citizens) {
        if (c.value(QLatin1String("name")).toString().contains(QStringLiteral("张")))
            serverZhang.insert(c.value(QLatin1String("id")).toString());
    }
    QVERIFY(serverZhang.size() > 10);
    QCOMPARE(zhang, serverZhang);
    QCOMPARE(page.model()->totalCount(), qint64(serverZhang.size()));
    const qint64 serverTotal =
        serverGet(QStringLiteral("/api/v1/citizens?limit=1&q=张")).value(QLatin1String("total")).toInteger();
    QCOMPARE(serverTotal, qint64(serverZhang.size()));

    // zs: at least every citizen whose initials (primary readings) contain "zs" — 张三, 赵顺, 周淑芬 …
    const QSet<QString> zs = searchAll(page, QStringLiteral("zs"));
    store::SearchTokenizer tokenizer;
    QSet<QString> expected;
    for (const QJsonObject &c : citizens) {
        if (tokenizer.initials(c.value(QLatin1String("name")).toString()).contains(QLatin1String("zs")))
            expected.insert(c.value(QLatin1String("id")).toString());
    }
    QVERIFY(expected.size() > 5);
    QVERIFY2(zs.contains(expected), "a citizen with the initials zs was not found");

    // A phone fragment: the last four digits of one citizen's (masked) mobile number.
    const QJsonObject someone = citizens.at(citizens.size() / 2);
    const QString fragment = someone.value(QLatin1String("phone")).toString().right(4);
    const QSet<QString> byPhone = searchAll(page, fragment);
    QVERIFY(byPhone.contains(someone.value(QLatin1String("id")).toString()));
    for (const QJsonObject &c : citizens) {
        if (!byPhone.contains(c.value(QLatin1String("id")).toString()))
            continue;
        const QString digits = c.value(QLatin1String("phone")).toString() + QLatin1Char(' ') +
                               c.value(QLatin1String("id_number")).toString();
        QVERIFY2(digits.contains(fragment), "a search result without the fragment");
    }
}

void TestHomepages::homepageShowsTheServersData()
{
    // A citizen with an overdue bill and a household (the richest homepages of the demo).
    const QJsonArray overdue = serverGet(QStringLiteral("/api/v1/bills?status=overdue&limit=200"))
                                   .value(QLatin1String("items"))
                                   .toArray();
    QVERIFY(!overdue.isEmpty());
    for (const QJsonValue &bill : overdue) {
        const QString id = bill.toObject().value(QLatin1String("citizen_id")).toString();
        if (id.isEmpty())
            continue;
        const QJsonObject c = serverGet(QStringLiteral("/api/v1/citizens/") + id);
        if (!c.value(QLatin1String("household_id")).toString().isEmpty()) {
            m_citizenId = id;
            break;
        }
    }
    QVERIFY(!m_citizenId.isEmpty());
    const QJsonObject citizen = serverGet(QStringLiteral("/api/v1/citizens/") + m_citizenId);
    const auto total = [this](const QString &path) {
        return serverGet(path + QStringLiteral("?limit=1")).value(QLatin1String("total")).toInt();
    };
    const QString base = QStringLiteral("/api/v1/citizens/") + m_citizenId;
    const int bills = total(base + QStringLiteral("/bills"));
    const int benefits = total(base + QStringLiteral("/benefits"));
    const QJsonArray applications =
        serverGet(base + QStringLiteral("/applications?limit=200")).value(QLatin1String("items")).toArray();
    int open = 0;
    for (const QJsonValue &a : applications) {
        const QString status = a.toObject().value(QLatin1String("status")).toString();
        open += status == QLatin1String("submitted") || status == QLatin1String("in_progress") ||
                status == QLatin1String("supplement");
    }
    const int household = serverGet(QStringLiteral("/api/v1/citizens?limit=1&household=") +
                                    citizen.value(QLatin1String("household_id")).toString())
                              .value(QLatin1String("total"))
                              .toInt();

    CitizenHomePage home(m_session->context());
    home.resize(1280, 800);
    home.show();
    QSignalSpy loaded(&home, &CitizenHomePage::loaded);
    home.showCitizen(m_citizenId);
    QVERIFY(loaded.wait(10000));
    QVERIFY(!home.profile().fromServer); // read from the local copy

    QCOMPARE(home.findChild<QLabel *>(QStringLiteral("nameLabel"))->text(),
             citizen.value(QLatin1String("name")).toString());
    QCOMPARE(home.idNumberField()->maskedValue(), citizen.value(QLatin1String("id_number")).toString());
    QCOMPARE(home.phoneField()->maskedValue(), citizen.value(QLatin1String("phone")).toString());
    const auto section = [&home](const char *name) {
        return home.findChild<SectionCard *>(QLatin1String(name));
    };
    QCOMPARE(section("billsSection")->count(), bills);
    QCOMPARE(section("benefitsSection")->count(), benefits);
    QCOMPARE(section("pendingSection")->count(), open);
    QCOMPARE(section("householdSection")->count(), household - 1);
    QCOMPARE(section("tagsSection")->count(), citizen.value(QLatin1String("tags")).toArray().size());
    QVERIFY(section("billsSection")->summaryLabel()->isVisible()); // the unpaid total, overdue included
}

void TestHomepages::revealIsAuditedOnTheServer()
{
    QVERIFY(!m_citizenId.isEmpty());
    CitizenHomePage home(m_session->context());
    home.resize(1280, 800);
    home.show();
    QSignalSpy loaded(&home, &CitizenHomePage::loaded);
    home.showCitizen(m_citizenId);
    QVERIFY(loaded.wait(10000));
    const QString masked = home.idNumberField()->maskedValue();
    QVERIFY(masked.contains(QLatin1Char('*')));

    home.revealIdNumber();
    RevealDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = home.findChild<RevealDialog *>()) != nullptr);
    auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("revealSubmitButton"));
    QVERIFY(reason && submit);
    const QString why = QStringLiteral("核验身份以办理社保业务");
    reason->setText(why);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(home.idNumberField()->isRevealed(), 10000);

    // The audit trail on the server has the reveal of this citizen with the reason given.
    const QJsonArray entries = serverGet(QStringLiteral("/api/v1/audit?limit=1000&target=") + m_citizenId)
                                   .value(QLatin1String("items"))
                                   .toArray();
    bool found = false;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("action")).toString() == QLatin1String("citizen.reveal") &&
            e.value(QLatin1String("reason")).toString().contains(why))
            found = true;
    }
    QVERIFY2(found, "no audit entry for the reveal");
    QCOMPARE(m_admin->get(QStringLiteral("/api/v1/audit/verify")).json.value(QLatin1String("ok")).toBool(),
             true);

    // Re-masked when the time is up (shortened here), and the full number was never in the local copy.
    home.idNumberField()->remask();
    QVERIFY(!home.idNumberField()->isRevealed());
}

QTEST_MAIN(TestHomepages)
#include "tst_homepages.moc"
