// EnterpriseHomePage (offscreen, fixed clock, fake network, no local copy): setProfile() renders the
// header (USCC, legal representative link, stage, capital, masked phone), licences with their expiry
// (within 30 days amber, expired red, by the clock), 12 months of social insurance, pending items,
// bills, benefits, recommended policies and notes; the legal representative's link emits
// citizenActivated; an empty profile shows every empty text; the phone is revealed through the server and
// masked again; NotFound shows "not found".
//
// With GOVDESK_SHOTS_DIR set, shots() renders the page at 1280×800 and 1920×1080 in Chinese and English.

#include "core/clock.h"
#include "domain/codec.h"
#include "fakenetworkaccessmanager.h"
#include "models/datacontext.h"
#include "models/hometext.h"
#include "net/apiclient.h"
#include "ui/enterprisehomepage.h"
#include "ui/homepagewidgets.h"
#include "ui/revealdialog.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QTranslator>

using namespace gd;
using gd::test::FakeNetworkAccessManager;
using gd::test::FakeResponse;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return m_now; }
    void setUtc(const QDateTime &utc) { m_now = utc; }
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

QDateTime at(int year, int month, int day, int hour = 10)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

Licence licence(const QString &name, const QString &number, const QString &issuer, const QDate &issued,
                const QDate &until)
{
    Licence l;
    l.name = name;
    l.number = number;
    l.issuer = issuer;
    l.issuedOn = issued;
    l.validUntil = until;
    return l;
}

ServiceItem policy(const QString &id, const QString &name, const QString &department, int sla)
{
    ServiceItem s;
    s.id = id;
    s.code = QStringLiteral("E-") + id.mid(2);
    s.name = name;
    s.departmentId = department;
    s.applicantType = QStringLiteral("enterprise");
    s.slaDays = sla;
    s.materials = {QStringLiteral("营业执照副本"), QStringLiteral("法定代表人身份证")};
    s.steps = {{1, QStringLiteral("受理"), department, 3}, {2, QStringLiteral("审核"), department, sla - 3}};
    return s;
}

store::TagView tag(const QString &id, const QString &name, const QString &tagClass, const QDate &since)
{
    store::TagView view;
    view.assignment.tagId = id;
    view.assignment.since = since;
    view.assignment.source = QStringLiteral("registry");
    view.tag.id = id;
    view.tag.name = name;
    view.tag.tagClass = tagClass;
    view.tag.appliesTo = QStringLiteral("enterprise");
    return view;
}

// Now: 2026-11-24 10:00 Xiamen time.
store::EnterpriseProfile richProfile()
{
    store::EnterpriseProfile p;
    Enterprise &e = p.enterprise;
    e.id = QStringLiteral("e-0001");
    e.name = QStringLiteral("厦门鹭岛智造科技有限公司");
    e.uscc = QStringLiteral("91350203MA2Y8K6Q3X");
    e.legalPerson = QStringLiteral("陈建国");
    e.legalPersonId = QStringLiteral("c-0002");
    e.industry = QStringLiteral("软件和信息技术服务业");
    e.stage = QStringLiteral("growing");
    e.registeredCapitalCents = 500000000;
    e.establishedOn = QDate(2019, 4, 18);
    e.address = QStringLiteral("思明区软件园二期观日路 52 号 3 层");
    e.phone = QStringLiteral("0592****6688");
    e.licences = QList<Licence>{
        licence(QStringLiteral("营业执照"), QStringLiteral("91350203MA2Y8K6Q3X"),
                QStringLiteral("思明区市场监督管理局"), QDate(2019, 4, 18), QDate()),
        licence(QStringLiteral("食品经营许可证"), QStringLiteral("JY13502030012345"),
                QStringLiteral("思明区市场监督管理局"), QDate(2021, 12, 4), QDate(2026, 12, 4)),
        licence(QStringLiteral("排污许可证"), QStringLiteral("91350203MA2Y8K6Q3X001V"),
                QStringLiteral("市生态环境局"), QDate(2021, 11, 1), QDate(2026, 10, 31)),
        licence(QStringLiteral("高新技术企业证书"), QStringLiteral("GR202335100123"),
                QStringLiteral("省科学技术厅"), QDate(2023, 12, 1), QDate(2028, 12, 1))};
    QList<InsurancePayment> months;
    for (int i = 0; i < 12; ++i) {
        InsurancePayment m;
        const QDate month = QDate(2026, 11, 1).addMonths(-i);
        m.month = month.toString(QStringLiteral("yyyy-MM"));
        m.employees = 48 - i / 3;
        m.amountCents = qint64(m.employees) * 128000;
        m.status = i == 0   ? QStringLiteral("due")
                   : i == 1 ? QStringLiteral("overdue")
                            : QStringLiteral("paid");
        months.append(m);
    }
    e.socialInsurance = months;
    p.region = {QStringLiteral("思明区"), QStringLiteral("滨海街道"), QStringLiteral("软件园社区"),
                QString()};
    p.legalPerson = Citizen{};
    p.legalPerson->id = QStringLiteral("c-0002");
    p.legalPerson->name = QStringLiteral("陈建国");
    p.tags = {tag(QStringLiteral("t-hitech"), QStringLiteral("高新技术企业"), QStringLiteral("basic"),
                  QDate(2023, 12, 1)),
              tag(QStringLiteral("t-small"), QStringLiteral("小微企业"), QStringLiteral("basic"),
                  QDate(2019, 4, 18)),
              tag(QStringLiteral("t-hiring"), QStringLiteral("扩招用工"), QStringLiteral("behaviour"),
                  QDate(2026, 3, 1)),
              tag(QStringLiteral("t-export"), QStringLiteral("出口业务"), QStringLiteral("social"),
                  QDate(2024, 6, 1))};
    p.departmentNames = {{QStringLiteral("d-sci"), QStringLiteral("市科学技术局")},
                         {QStringLiteral("d-env"), QStringLiteral("市生态环境局")},
                         {QStringLiteral("d-tax"), QStringLiteral("市税务局")},
                         {QStringLiteral("d-hrss"), QStringLiteral("市人力资源和社会保障局")},
                         {QStringLiteral("d-market"), QStringLiteral("市市场监督管理局")}};
    for (const ServiceItem &s :
         {policy(QStringLiteral("s-hitech"), QStringLiteral("高新技术企业认定"), QStringLiteral("d-sci"), 60),
          policy(QStringLiteral("s-permit"), QStringLiteral("排污许可证延续"), QStringLiteral("d-env"), 20),
          policy(QStringLiteral("s-food"), QStringLiteral("食品经营许可延续"), QStringLiteral("d-market"),
                 10),
          policy(QStringLiteral("s-jobs"), QStringLiteral("稳岗返还申领"), QStringLiteral("d-hrss"), 15),
          policy(QStringLiteral("s-rd"), QStringLiteral("研发费用加计扣除"), QStringLiteral("d-tax"), 10),
          policy(QStringLiteral("s-talent"), QStringLiteral("高层次人才引进补贴"), QStringLiteral("d-hrss"),
                 30)})
        p.services.insert(s.id, s);

    Application hitech;
    hitech.id = QStringLiteral("a-11");
    hitech.number = QStringLiteral("2026-0915-002001");
    hitech.serviceId = QStringLiteral("s-hitech");
    hitech.applicantType = QStringLiteral("enterprise");
    hitech.status = QStringLiteral("in_progress");
    hitech.channel = QStringLiteral("pc");
    hitech.submittedAt = at(2026, 9, 15);
    hitech.dueAt = at(2026, 12, 14);
    hitech.currentStep = 2;
    hitech.steps = {
        {1, QStringLiteral("受理"), QStringLiteral("d-sci"), QStringLiteral("done"), {}, {}, {}, {}},
        {2,
         QStringLiteral("专家评审"),
         QStringLiteral("d-sci"),
         QStringLiteral("active"),
         {},
         {},
         at(2026, 12, 10),
         {}}};
    Application permit = hitech;
    permit.id = QStringLiteral("a-12");
    permit.number = QStringLiteral("2026-1101-002310");
    permit.serviceId = QStringLiteral("s-permit");
    permit.status = QStringLiteral("submitted");
    permit.submittedAt = at(2026, 11, 1);
    permit.dueAt = at(2026, 11, 21);
    permit.currentStep = 1;
    permit.steps = {{1,
                     QStringLiteral("受理"),
                     QStringLiteral("d-env"),
                     QStringLiteral("active"),
                     {},
                     {},
                     at(2026, 11, 21),
                     {}}};
    Application done = hitech;
    done.id = QStringLiteral("a-13");
    done.serviceId = QStringLiteral("s-jobs");
    done.status = QStringLiteral("completed");
    done.completedAt = at(2026, 6, 1);
    p.applications = {permit, hitech, done};

    Bill tax;
    tax.id = QStringLiteral("b-11");
    tax.kind = QStringLiteral("property_tax");
    tax.title = QStringLiteral("2026 年房产税（下半年）");
    tax.amountCents = 1860000;
    tax.dueDate = QDate(2026, 11, 15);
    tax.status = QStringLiteral("overdue");
    Bill insurance = tax;
    insurance.id = QStringLiteral("b-12");
    insurance.kind = QStringLiteral("social_insurance");
    insurance.title = QStringLiteral("2026 年 11 月社会保险费");
    insurance.amountCents = 6144000;
    insurance.dueDate = QDate(2026, 11, 30);
    insurance.status = QStringLiteral("due");
    p.bills = {tax, insurance};

    BenefitApplication jobs;
    jobs.id = QStringLiteral("f-11");
    jobs.kind = QStringLiteral("subsidy");
    jobs.title = QStringLiteral("2026 年稳岗返还");
    jobs.amountCents = 2304000;
    jobs.status = QStringLiteral("approved");
    jobs.submittedAt = at(2026, 5, 10);
    jobs.decidedAt = at(2026, 6, 1);
    BenefitApplication vat = jobs;
    vat.id = QStringLiteral("f-12");
    vat.kind = QStringLiteral("tax_refund");
    vat.title = QStringLiteral("增值税留抵退税");
    vat.amountCents = 15678900;
    vat.status = QStringLiteral("reviewing");
    vat.submittedAt = at(2026, 11, 3);
    vat.decidedAt.reset();
    p.benefits = {vat, jobs};

    p.recommended = {
        {QStringLiteral("s-food"), 90, {QStringLiteral("t-small")}},
        {QStringLiteral("s-rd"), 84, {QStringLiteral("t-hitech")}},
        {QStringLiteral("s-talent"), 72, {QStringLiteral("t-hitech"), QStringLiteral("t-hiring")}},
        {QStringLiteral("s-jobs"), 66, {QStringLiteral("t-hiring")}}};

    Note note;
    note.id = QStringLiteral("n-11");
    note.subjectType = QStringLiteral("enterprise");
    note.authorName = QStringLiteral("王芳");
    note.text = QStringLiteral("企业反映排污许可证延续材料已准备，待现场核查。");
    note.createdAt = at(2026, 11, 20, 3);
    Note queued = note;
    queued.id = QStringLiteral("n-12");
    queued.authorName = QStringLiteral("李强");
    queued.text = QStringLiteral("已提醒食品经营许可证 12 月 4 日到期，需提前办理延续。");
    queued.createdAt = at(2026, 11, 24, 1);
    queued.version = 0;
    p.notes = {queued, note};
    return p;
}

store::EnterpriseProfile emptyProfile()
{
    store::EnterpriseProfile p;
    p.enterprise.id = QStringLiteral("e-0100");
    p.enterprise.name = QStringLiteral("厦门新禾餐饮管理有限公司");
    p.enterprise.uscc = QStringLiteral("91350206MA8W1XYZ7K");
    p.enterprise.legalPerson = QStringLiteral("周敏");
    p.enterprise.stage = QStringLiteral("new");
    p.enterprise.phone = QStringLiteral("0592****0101");
    return p;
}

} // namespace

class TestEnterpriseHomePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void headerShowsTheEnterprise();
    void licencesByExpiry();
    void socialInsuranceMonths();
    void sharedSections();
    void legalRepresentativeLink();
    void emptyProfileShowsEmptyStates();
    void revealPhoneThroughServer();
    void notFound();
    void shots();

private:
    template <typename T> T *child(QObject *parent, const QString &name)
    {
        T *object = parent->findChild<T *>(name);
        if (!object)
            qFatal("no child %s", qPrintable(name));
        return object;
    }
    SectionCard *section(const char *name) { return child<SectionCard>(m_page, QLatin1String(name)); }
    void shoot(const QString &dir, const QString &name, QWidget *widget, const QSize &size);

    QTranslator m_chinese;
    FixedClock m_clock;
    FakeNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    DataContext *m_context = nullptr;
    EnterpriseHomePage *m_page = nullptr;
};

void TestEnterpriseHomePage::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    Theme::apply(Theme::Kind::Light);
}

void TestEnterpriseHomePage::init()
{
    m_clock.setUtc(at(2026, 11, 24, 2));
    m_network = new FakeNetworkAccessManager(this);
    m_client = new ApiClient(m_network, this);
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
    AuthTokens tokens;
    tokens.accessToken = QStringLiteral("a1");
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.refreshToken = QStringLiteral("r1");
    tokens.user.id = QStringLiteral("u1");
    tokens.user.username = QStringLiteral("officer_sjj");
    tokens.user.displayName = QStringLiteral("王芳");
    tokens.user.role = QStringLiteral("officer");
    m_client->setTokens(tokens);
    m_context = new DataContext(m_client, m_clock, this);
    m_page = new EnterpriseHomePage(m_context);
    m_page->resize(1280, 800);
}

void TestEnterpriseHomePage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_context;
    delete m_client;
    delete m_network;
}

void TestEnterpriseHomePage::headerShowsTheEnterprise()
{
    QSignalSpy loaded(m_page, &EnterpriseHomePage::loaded);
    m_page->setProfile(richProfile());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_page->enterpriseId(), QStringLiteral("e-0001"));
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("nameLabel"))->text(),
             QStringLiteral("厦门鹭岛智造科技有限公司"));
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("usccLabel"))->text(),
             QStringLiteral("91350203MA2Y8K6Q3X"));
    QCOMPARE(child<Badge>(m_page, QStringLiteral("stageBadge"))->text(),
             HomeText::enterpriseStage(QStringLiteral("growing")));
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("industryLabel"))->text(),
             QStringLiteral("软件和信息技术服务业"));
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("capitalLabel"))->text(), QStringLiteral("¥5,000,000.00"));
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("establishedLabel"))->text(), QStringLiteral("2019-04-18"));
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("addressLabel"))->text(),
             QStringLiteral("思明区软件园二期观日路 52 号 3 层"));
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("regionLabel"))->text(),
             QStringLiteral("思明区 › 滨海街道 › 软件园社区"));
    QCOMPARE(m_page->phoneField()->displayedValue(), QStringLiteral("0592****6688"));
    auto *link = child<LinkButton>(m_page, QStringLiteral("legalPersonLink"));
    QVERIFY(link->isVisibleTo(m_page));
    QCOMPARE(link->text(), QStringLiteral("陈建国"));
    QVERIFY(!child<QLabel>(m_page, QStringLiteral("legalPersonLabel"))->isVisibleTo(m_page));
}

void TestEnterpriseHomePage::licencesByExpiry()
{
    m_page->setProfile(richProfile());
    SectionCard *licences = section("licencesSection");
    QCOMPARE(licences->count(), 4);
    const auto rows = licences->findChildren<ItemRow *>(QStringLiteral("licenceRow"));
    QCOMPARE(rows.size(), 4);
    // The expired permit first, then the one expiring in 10 days.
    QCOMPARE(rows.at(0)->findChild<QLabel *>(QStringLiteral("rowTitle"))->text(),
             QStringLiteral("排污许可证"));
    QCOMPARE(rows.at(1)->findChild<QLabel *>(QStringLiteral("rowTitle"))->text(),
             QStringLiteral("食品经营许可证"));
    const auto expired = licences->findChildren<Badge *>(QStringLiteral("expiredBadge"));
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first()->tone(), Tone::Error);
    const auto expiring = licences->findChildren<Badge *>(QStringLiteral("expiringBadge"));
    QCOMPARE(expiring.size(), 1);
    QCOMPARE(expiring.first()->tone(), Tone::Warning);
    QVERIFY2(expiring.first()->text().contains(QStringLiteral("10")), qPrintable(expiring.first()->text()));
    QCOMPARE(
        rows.at(1)->findChild<QLabel *>(QStringLiteral("expiryLabel"))->palette().color(QPalette::WindowText),
        Theme::warningColor(m_page->palette()));
    QCOMPARE(
        rows.at(0)->findChild<QLabel *>(QStringLiteral("expiryLabel"))->palette().color(QPalette::WindowText),
        Theme::errorColor(m_page->palette()));
    QVERIFY(licences->summaryLabel()->text().contains(QStringLiteral("2")));

    // The clock decides: 20 days later the food licence has expired too.
    m_clock.advance(20 * 24 * 3600);
    m_page->setProfile(richProfile());
    QCOMPARE(licences->findChildren<Badge *>(QStringLiteral("expiredBadge")).size(), 2);
    QCOMPARE(licences->findChildren<Badge *>(QStringLiteral("expiringBadge")).size(), 0);
}

void TestEnterpriseHomePage::socialInsuranceMonths()
{
    m_page->setProfile(richProfile());
    SectionCard *insurance = section("insuranceSection");
    QCOMPARE(insurance->count(), 12);
    auto *table = child<QWidget>(insurance, QStringLiteral("insuranceTable"));
    const auto statuses = table->findChildren<Badge *>(QStringLiteral("insuranceStatus"));
    QCOMPARE(statuses.size(), 12);
    QCOMPARE(statuses.at(1)->text(), HomeText::billStatus(QStringLiteral("overdue")));
    QCOMPARE(statuses.at(1)->tone(), Tone::Error);
    QStringList texts;
    for (QLabel *l : table->findChildren<QLabel *>())
        texts.append(l->text());
    QVERIFY(texts.contains(QStringLiteral("2026-11")));
    QVERIFY(texts.contains(QStringLiteral("2025-12")));
    QVERIFY(texts.contains(QStringLiteral("¥61,440.00"))); // 48 × ¥1,280
    QVERIFY(insurance->summaryLabel()->text().contains(QStringLiteral("48")));
}

void TestEnterpriseHomePage::sharedSections()
{
    m_page->setProfile(richProfile());
    QCOMPARE(section("pendingSection")->count(), 2);
    QCOMPARE(section("pendingSection")->findChildren<QLabel *>(QStringLiteral("overdueLabel")).size(), 1);
    QCOMPARE(section("billsSection")->count(), 2);
    QCOMPARE(section("billsSection")->findChildren<ItemRow *>(QStringLiteral("overdueBillRow")).size(), 1);
    QCOMPARE(section("benefitsSection")->count(), 2);
    QCOMPARE(section("recommendedSection")->count(), 4);
    const auto reasons = section("recommendedSection")->findChildren<QLabel *>(QStringLiteral("reasonLabel"));
    QVERIFY(reasons.at(2)->text().contains(QStringLiteral("扩招用工")));
    QCOMPARE(section("notesSection")->count(), 2);
    QCOMPARE(section("tagsSection")->count(), 4);
    QStringList noteTexts;
    for (QLabel *l : section("notesSection")->findChildren<QLabel *>())
        noteTexts.append(l->text());
    QVERIFY(noteTexts.contains(QStringLiteral("企业反映排污许可证延续材料已准备，待现场核查。")));
}

void TestEnterpriseHomePage::legalRepresentativeLink()
{
    m_page->setProfile(richProfile());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QSignalSpy activated(m_page, &EnterpriseHomePage::citizenActivated);
    QTest::mouseClick(child<LinkButton>(m_page, QStringLiteral("legalPersonLink")), Qt::LeftButton);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("c-0002"));

    // Without a citizen id the name is plain text.
    m_page->setProfile(emptyProfile());
    QVERIFY(!child<LinkButton>(m_page, QStringLiteral("legalPersonLink"))->isVisibleTo(m_page));
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("legalPersonLabel"))->text(), QStringLiteral("周敏"));
}

void TestEnterpriseHomePage::emptyProfileShowsEmptyStates()
{
    m_page->setProfile(richProfile());
    m_page->setProfile(emptyProfile());
    for (const char *name : {"licencesSection", "insuranceSection", "tagsSection", "pendingSection",
                             "billsSection", "benefitsSection", "recommendedSection", "notesSection"}) {
        SectionCard *card = section(name);
        QVERIFY2(card->count() == 0, name);
        QVERIFY2(card->emptyLabel()->isVisibleTo(m_page), name);
        QVERIFY2(!card->summaryLabel()->isVisibleTo(m_page), name);
    }
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("establishedLabel"))->text(), QStringLiteral("—"));
}

void TestEnterpriseHomePage::revealPhoneThroughServer()
{
    QJsonObject answer = toJson(richProfile().enterprise);
    answer.insert(QStringLiteral("phone"), QStringLiteral("0592-56786688"));
    answer.insert(QStringLiteral("masked"), false);
    answer.insert(QStringLiteral("audit_seq"), 7);
    m_network->on("POST", QStringLiteral("/api/v1/enterprises/e-0001/reveal"),
                  FakeResponse::json(200, answer));
    m_page->setProfile(richProfile());
    m_page->setRemaskDelay(std::chrono::seconds(30));
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_page->revealPhone();
    auto *dialog = m_page->findChild<RevealDialog *>();
    QVERIFY(dialog);
    dialog->reasonEdit()->setText(QStringLiteral("联系企业办理许可证延续"));
    dialog->submit();
    QTRY_VERIFY(m_page->phoneField()->isRevealed());
    QCOMPARE(m_page->phoneField()->displayedValue(), QStringLiteral("0592-56786688"));
    const QJsonObject body = m_network->requests().last().json();
    QCOMPARE(body.value(QStringLiteral("fields")).toArray().first().toString(), QStringLiteral("phone"));
    QCOMPARE(m_page->phoneField()->secondsLeft(), 30);
    m_clock.advance(31);
    m_page->phoneField()->updateCountdown();
    QCOMPARE(m_page->phoneField()->displayedValue(), QStringLiteral("0592****6688"));
}

void TestEnterpriseHomePage::notFound()
{
    m_network->on("GET", QStringLiteral("/api/v1/enterprises/e-404"),
                  FakeResponse::apiError(404, QStringLiteral("not_found")));
    QSignalSpy failed(m_page, &EnterpriseHomePage::loadFailed);
    m_page->showEnterprise(QStringLiteral("e-404"));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::NotFound);
    QVERIFY(!m_page->shell()->isShowingContent());
    QVERIFY(!m_page->shell()->retryButton()->isVisibleTo(m_page));
}

void TestEnterpriseHomePage::shoot(const QString &dir, const QString &name, QWidget *widget,
                                   const QSize &size)
{
    widget->resize(size);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    if (auto *page = qobject_cast<EnterpriseHomePage *>(widget)) {
        if (page->shell()->isShowingContent())
            QVERIFY(page->shell()->scrollArea()->widget()->grab().save(dir + QLatin1Char('/') + name +
                                                                       QStringLiteral("-full.png")));
    }
}

void TestEnterpriseHomePage::shots()
{
    const QString dir = qEnvironmentVariable("GOVDESK_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set GOVDESK_SHOTS_DIR to render screenshots");
    QDir().mkpath(dir);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    QTranslator extra;
    const QString extraQm = qEnvironmentVariable("GOVDESK_EXTRA_QM");
    for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")}) {
        if (language == QLatin1String("en")) {
            QCoreApplication::removeTranslator(&m_chinese);
            QCoreApplication::removeTranslator(&extra);
            QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        } else if (!extraQm.isEmpty() && extra.load(extraQm)) {
            QCoreApplication::installTranslator(&extra);
        }
        for (const QSize &size : {QSize(1280, 800), QSize(1920, 1080)}) {
            const QString suffix =
                QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
            auto page = std::make_unique<EnterpriseHomePage>(m_context);
            page->setProfile(richProfile());
            shoot(dir, QStringLiteral("enterprise-rich-") + suffix, page.get(), size);
            page->setProfile(emptyProfile());
            shoot(dir, QStringLiteral("enterprise-empty-") + suffix, page.get(), size);
        }
    }
    QCoreApplication::installTranslator(&m_chinese);
    if (!extraQm.isEmpty() && extra.load(extraQm))
        QCoreApplication::installTranslator(&extra);
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    Theme::apply(Theme::Kind::Dark);
    {
        auto page = std::make_unique<EnterpriseHomePage>(m_context);
        page->setProfile(richProfile());
        shoot(dir, QStringLiteral("enterprise-rich-dark-1920x1080"), page.get(), QSize(1920, 1080));
    }
    Theme::apply(Theme::Kind::Light);
    QCoreApplication::removeTranslator(&extra);
}

QTEST_MAIN(TestEnterpriseHomePage)
#include "tst_enterprisehomepage.moc"
