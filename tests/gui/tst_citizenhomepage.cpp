// CitizenHomePage (offscreen, fixed clock, fake network, no local copy): setProfile() renders every
// section with the profile's values; a household member's link emits citizenActivated; an empty profile
// shows every section's empty text; the reveal dialog refuses an empty or short reason, works online only
// and hands the server's value to the page, which masks it again when its time is up (clock-driven, the
// delay settable); the push, note and start-application dialogs build the right requests; loading
// through ProfileLoader shows "not found" and errors with Retry; two columns from 1600 px.
//
// With GOVDESK_SHOTS_DIR set, shots() renders the page (rich, empty, error) at 1280×800 and 1920×1080 in
// Chinese and English, light and dark, into that directory for a person to look at.

#include "core/clock.h"
#include "domain/codec.h"
#include "fakenetworkaccessmanager.h"
#include "models/datacontext.h"
#include "models/hometext.h"
#include "models/timelinemodel.h"
#include "net/apiclient.h"
#include "ui/citizenhomepage.h"
#include "ui/homepagewidgets.h"
#include "ui/notedialog.h"
#include "ui/pushservicedialog.h"
#include "ui/revealdialog.h"
#include "ui/startapplicationdialog.h"
#include "ui/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QTranslator>
#include <QUuid>

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

QDateTime at(int year, int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

Citizen person(const QString &id, const QString &name, const QString &gender, const QDate &birth, int level,
               const QString &relation)
{
    Citizen c;
    c.id = id;
    c.name = name;
    c.gender = gender;
    c.birthDate = birth;
    c.realnameLevel = level;
    c.relationToHead = relation;
    c.householdId = QStringLiteral("h-1");
    c.idNumber = QStringLiteral("3502**********%1").arg(id.right(4));
    c.phone = QStringLiteral("139****%1").arg(id.right(4));
    return c;
}

ServiceItem service(const QString &id, const QString &name, const QString &department, int sla,
                    QList<WorkflowStep> steps = {}, QStringList materials = {})
{
    ServiceItem s;
    s.id = id;
    s.code = QStringLiteral("C-") + id.mid(2);
    s.name = name;
    s.departmentId = department;
    s.applicantType = QStringLiteral("citizen");
    s.slaDays = sla;
    s.steps = steps;
    s.materials = materials;
    s.description = QStringLiteral("为符合条件的市民办理%1。").arg(name);
    return s;
}

store::TagView tag(const QString &id, const QString &name, const QString &tagClass, const QDate &since,
                   const QString &source, const QString &description = {})
{
    store::TagView view;
    view.assignment.tagId = id;
    view.assignment.since = since;
    view.assignment.source = source;
    view.tag.id = id;
    view.tag.name = name;
    view.tag.tagClass = tagClass;
    view.tag.appliesTo = QStringLiteral("citizen");
    view.tag.description = description;
    return view;
}

ApplicationStep step(int seq, const QString &name, const QString &department, const QString &status,
                     std::optional<QDateTime> due = std::nullopt)
{
    ApplicationStep s;
    s.seq = seq;
    s.name = name;
    s.departmentId = department;
    s.status = status;
    s.dueAt = due;
    return s;
}

// A citizen with something in every section (now: 2026-11-24 10:00 UTC).
store::CitizenProfile richProfile()
{
    store::CitizenProfile p;
    Citizen &c = p.citizen;
    c.id = QStringLiteral("c-0001");
    c.name = QStringLiteral("林晓梅");
    c.gender = QStringLiteral("female");
    c.birthDate = QDate(1992, 6, 15);
    c.idNumber = QStringLiteral("3502**********2046");
    c.phone = QStringLiteral("138****6621");
    c.realnameLevel = 2;
    c.districtCode = QStringLiteral("350203");
    c.gridId = QStringLiteral("g-hb-3");
    c.address = QStringLiteral("思明区湖滨南路 388 号 5 栋 1203 室");
    c.householdId = QStringLiteral("h-1");
    c.relationToHead = QStringLiteral("户主");
    c.officerId = QStringLiteral("S-20931");
    c.linkedSystems = {QStringLiteral("社保"), QStringLiteral("医保"), QStringLiteral("公积金"),
                       QStringLiteral("公安户籍"), QStringLiteral("教育")};
    p.region = {QStringLiteral("思明区"), QStringLiteral("筼筜街道"), QStringLiteral("湖滨社区"),
                QStringLiteral("湖滨第三网格")};

    p.tags = {tag(QStringLiteral("t-female"), QStringLiteral("育龄妇女"), QStringLiteral("basic"),
                  QDate(2010, 6, 15), QStringLiteral("registry"), QStringLiteral("18–49 岁女性")),
              tag(QStringLiteral("t-local"), QStringLiteral("本市户籍"), QStringLiteral("basic"),
                  QDate(2010, 3, 1), QStringLiteral("registry")),
              tag(QStringLiteral("t-newborn"), QStringLiteral("新生儿家庭"), QStringLiteral("social"),
                  QDate(2026, 7, 20), QStringLiteral("application"), QStringLiteral("家中有 1 周岁以下婴儿")),
              tag(QStringLiteral("t-flex"), QStringLiteral("灵活就业"), QStringLiteral("social"),
                  QDate(2025, 4, 1), QStringLiteral("model")),
              tag(QStringLiteral("t-elder"), QStringLiteral("家有老人"), QStringLiteral("social"),
                  QDate(2024, 1, 10), QStringLiteral("grid_visit")),
              tag(QStringLiteral("t-mobile"), QStringLiteral("移动端活跃"), QStringLiteral("behaviour"),
                  QDate(2026, 9, 1), QStringLiteral("model")),
              tag(QStringLiteral("t-online"), QStringLiteral("偏好线上办理"), QStringLiteral("preference"),
                  QDate(2026, 2, 14), QStringLiteral("model"))};

    p.departmentNames = {{QStringLiteral("d-wjw"), QStringLiteral("市卫生健康委员会")},
                         {QStringLiteral("d-police"), QStringLiteral("市公安局")},
                         {QStringLiteral("d-hrss"), QStringLiteral("市人力资源和社会保障局")},
                         {QStringLiteral("d-medical"), QStringLiteral("市医疗保障局")},
                         {QStringLiteral("d-civil"), QStringLiteral("市民政局")},
                         {QStringLiteral("d-housing"), QStringLiteral("市住房公积金中心")},
                         {QStringLiteral("d-edu"), QStringLiteral("市教育局")}};
    const QList<ServiceItem> services{
        service(QStringLiteral("s-birth"), QStringLiteral("出生医学证明办理"), QStringLiteral("d-wjw"), 15,
                {{1, QStringLiteral("医学证明签发"), QStringLiteral("d-wjw"), 5},
                 {2, QStringLiteral("户籍登记"), QStringLiteral("d-police"), 5},
                 {3, QStringLiteral("学籍预登记"), QStringLiteral("d-edu"), 5}},
                {QStringLiteral("父母双方身份证"), QStringLiteral("出生医学记录"), QStringLiteral("户口簿")}),
        service(QStringLiteral("s-childcare"), QStringLiteral("育儿补贴申领"), QStringLiteral("d-civil"), 20,
                {{1, QStringLiteral("材料审核"), QStringLiteral("d-civil"), 10},
                 {2, QStringLiteral("补贴发放"), QStringLiteral("d-civil"), 10}},
                {QStringLiteral("申请人身份证"), QStringLiteral("婴儿出生医学证明")}),
        service(QStringLiteral("s-medins"), QStringLiteral("城乡居民医保参保登记"),
                QStringLiteral("d-medical"), 5),
        service(QStringLiteral("s-flexins"), QStringLiteral("灵活就业人员社保参保"), QStringLiteral("d-hrss"),
                5),
        service(QStringLiteral("s-housing"), QStringLiteral("住房公积金提取"), QStringLiteral("d-housing"),
                3),
        service(QStringLiteral("s-vaccine"), QStringLiteral("儿童预防接种证办理"), QStringLiteral("d-wjw"),
                3),
        service(QStringLiteral("s-elder"), QStringLiteral("老年人优待证办理"), QStringLiteral("d-civil"), 7),
        service(QStringLiteral("s-school"), QStringLiteral("积分入学申请"), QStringLiteral("d-edu"), 30),
        service(QStringLiteral("s-hukou"), QStringLiteral("新生儿落户"), QStringLiteral("d-police"), 5)};
    for (const ServiceItem &s : services)
        p.services.insert(s.id, s);

    Application birth;
    birth.id = QStringLiteral("a-1");
    birth.number = QStringLiteral("2026-1110-000123");
    birth.serviceId = QStringLiteral("s-birth");
    birth.status = QStringLiteral("in_progress");
    birth.channel = QStringLiteral("mobile");
    birth.submittedAt = at(2026, 11, 10);
    birth.dueAt = at(2026, 11, 30);
    birth.currentStep = 2;
    birth.steps = {step(1, QStringLiteral("医学证明签发"), QStringLiteral("d-wjw"), QStringLiteral("done")),
                   step(2, QStringLiteral("户籍登记"), QStringLiteral("d-police"), QStringLiteral("active"),
                        at(2026, 11, 20, 9)),
                   step(3, QStringLiteral("学籍预登记"), QStringLiteral("d-edu"), QStringLiteral("waiting"))};
    Application childcare;
    childcare.id = QStringLiteral("a-2");
    childcare.number = QStringLiteral("2026-1118-000456");
    childcare.serviceId = QStringLiteral("s-childcare");
    childcare.status = QStringLiteral("supplement");
    childcare.channel = QStringLiteral("counter");
    childcare.submittedAt = at(2026, 11, 18);
    childcare.dueAt = at(2026, 12, 8);
    childcare.currentStep = 1;
    childcare.steps = {
        step(1, QStringLiteral("材料审核"), QStringLiteral("d-civil"), QStringLiteral("returned"),
             at(2026, 12, 5)),
        step(2, QStringLiteral("补贴发放"), QStringLiteral("d-civil"), QStringLiteral("waiting"))};
    Application medins;
    medins.id = QStringLiteral("a-3");
    medins.number = QStringLiteral("2026-0812-000077");
    medins.serviceId = QStringLiteral("s-medins");
    medins.status = QStringLiteral("completed");
    medins.channel = QStringLiteral("pc");
    medins.submittedAt = at(2026, 8, 12);
    medins.completedAt = at(2026, 8, 20);
    medins.rating = 5;
    Application flexins = medins;
    flexins.id = QStringLiteral("a-4");
    flexins.number = QStringLiteral("2025-0402-000310");
    flexins.serviceId = QStringLiteral("s-flexins");
    flexins.submittedAt = at(2025, 4, 2);
    flexins.completedAt = at(2025, 4, 10);
    flexins.rating = 4;
    Application housing = medins;
    housing.id = QStringLiteral("a-5");
    housing.number = QStringLiteral("2026-0225-000901");
    housing.serviceId = QStringLiteral("s-housing");
    housing.status = QStringLiteral("rejected");
    housing.submittedAt = at(2026, 2, 25);
    housing.completedAt = at(2026, 3, 2);
    housing.rating.reset();
    p.applications = {childcare, birth, medins, housing, flexins};

    const auto push = [](const char *id, const char *serviceId, const char *channel, const char *status,
                         const QDateTime &sent, std::optional<QDateTime> responded) {
        Push x;
        x.id = QLatin1String(id);
        x.citizenId = QStringLiteral("c-0001");
        x.serviceId = QLatin1String(serviceId);
        x.channel = QLatin1String(channel);
        x.status = QLatin1String(status);
        x.sentAt = sent;
        x.respondedAt = responded;
        x.message = QStringLiteral("您好！");
        return x;
    };
    p.pushes = {push("p-5", "s-hukou", "app", "queued", at(2026, 11, 24, 1, 30), std::nullopt),
                push("p-4", "s-school", "wechat", "delivered", at(2026, 11, 20), std::nullopt),
                push("p-1", "s-childcare", "sms", "applied", at(2026, 11, 15), at(2026, 11, 16, 3)),
                push("p-2", "s-vaccine", "app", "opened", at(2026, 10, 2), at(2026, 10, 2, 12)),
                push("p-3", "s-elder", "sms", "ignored", at(2026, 9, 1), std::nullopt)};

    Message consult;
    consult.id = QStringLiteral("m-1");
    consult.kind = QStringLiteral("consultation");
    consult.channel = QStringLiteral("mobile");
    consult.title = QStringLiteral("新生儿医保参保需要哪些材料？");
    consult.content = QStringLiteral("孩子刚出生，想了解城乡居民医保的参保流程和材料。");
    consult.status = QStringLiteral("replied");
    consult.createdAt = at(2026, 8, 5);
    Message complaint;
    complaint.id = QStringLiteral("m-2");
    complaint.kind = QStringLiteral("complaint");
    complaint.channel = QStringLiteral("hotline");
    complaint.title = QStringLiteral("小区夜间施工噪音扰民");
    complaint.content = QStringLiteral("晚上十点以后仍在施工，影响婴儿休息。");
    complaint.status = QStringLiteral("assigned");
    complaint.createdAt = at(2026, 10, 30);
    p.messages = {complaint, consult};

    Visit routine;
    routine.id = QStringLiteral("v-1");
    routine.kind = QStringLiteral("routine");
    routine.visitedAt = at(2026, 10, 12, 7);
    routine.summary = QStringLiteral("入户走访，了解新生儿家庭情况，母婴健康，告知育儿补贴政策。");
    routine.staffId = QStringLiteral("S-31002");
    Visit special = routine;
    special.id = QStringLiteral("v-2");
    special.kind = QStringLiteral("special_group");
    special.visitedAt = at(2026, 6, 3, 2);
    special.summary = QStringLiteral("走访家中老人林秀英，身体状况良好，已登记高龄津贴需求。");
    p.visits = {routine, special};

    Note n1;
    n1.id = QStringLiteral("n-1");
    n1.authorName = QStringLiteral("李强");
    n1.text = QStringLiteral("出生医学证明在公安环节等待户籍信息核对，已电话催办。");
    n1.createdAt = at(2026, 11, 22, 6);
    Note n2 = n1;
    n2.id = QStringLiteral("n-2");
    n2.authorName = QStringLiteral("王芳");
    n2.text = QStringLiteral("群众咨询积分入学政策，已告知明年开放申请时间。");
    n2.createdAt = at(2026, 11, 18, 8);
    p.notes = {n1, n2};

    const auto bill = [](const char *id, const char *kind, const QString &title, qint64 cents,
                         const QDate &due, const char *status) {
        Bill b;
        b.id = QLatin1String(id);
        b.citizenId = QStringLiteral("c-0001");
        b.kind = QLatin1String(kind);
        b.title = title;
        b.amountCents = cents;
        b.dueDate = due;
        b.status = QLatin1String(status);
        if (b.status == QLatin1String("paid"))
            b.paidAt = QDateTime(due.addDays(-3), QTime(9, 0), Qt::UTC);
        return b;
    };
    p.bills = {
        bill("b-1", "traffic_fine", QStringLiteral("交通违法罚款（闯红灯）"), 20000, QDate(2026, 10, 15),
             "overdue"),
        bill("b-2", "water", QStringLiteral("2026 年 10 月水费"), 8640, QDate(2026, 11, 10), "overdue"),
        bill("b-3", "social_insurance", QStringLiteral("灵活就业社保费 2026 年 11 月"), 124730,
             QDate(2026, 11, 30), "due"),
        bill("b-4", "electricity", QStringLiteral("2026 年 10 月电费"), 31255, QDate(2026, 11, 5), "paid"),
        bill("b-5", "gas", QStringLiteral("2026 年 10 月燃气费"), 6820, QDate(2026, 11, 5), "paid")};

    BenefitApplication subsidy;
    subsidy.id = QStringLiteral("e-1");
    subsidy.kind = QStringLiteral("subsidy");
    subsidy.title = QStringLiteral("育儿补贴（0–3 岁）");
    subsidy.amountCents = 360000;
    subsidy.status = QStringLiteral("reviewing");
    subsidy.submittedAt = at(2026, 11, 18);
    BenefitApplication refund;
    refund.id = QStringLiteral("e-2");
    refund.kind = QStringLiteral("tax_refund");
    refund.title = QStringLiteral("2025 年度个人所得税汇算退税");
    refund.amountCents = 128456;
    refund.status = QStringLiteral("paid");
    refund.submittedAt = at(2026, 4, 2);
    refund.decidedAt = at(2026, 5, 12);
    p.benefits = {subsidy, refund};

    p.household = {person(QStringLiteral("c-0002"), QStringLiteral("陈建国"), QStringLiteral("male"),
                          QDate(1990, 3, 8), 3, QStringLiteral("配偶")),
                   person(QStringLiteral("c-0003"), QStringLiteral("陈思远"), QStringLiteral("male"),
                          QDate(2026, 7, 20), 1, QStringLiteral("子女")),
                   person(QStringLiteral("c-0004"), QStringLiteral("林秀英"), QStringLiteral("female"),
                          QDate(1958, 11, 2), 2, QStringLiteral("母亲"))};

    p.recommended = {
        {QStringLiteral("s-childcare"), 92, {QStringLiteral("t-newborn")}},
        {QStringLiteral("s-vaccine"), 86, {QStringLiteral("t-newborn"), QStringLiteral("t-online")}},
        {QStringLiteral("s-hukou"), 80, {QStringLiteral("t-newborn"), QStringLiteral("t-local")}},
        {QStringLiteral("s-flexins"), 64, {QStringLiteral("t-flex")}},
        {QStringLiteral("s-elder"), 58, {QStringLiteral("t-elder")}}};
    return p;
}

// A citizen who just registered: nothing but the identity.
store::CitizenProfile emptyProfile()
{
    store::CitizenProfile p;
    p.citizen.id = QStringLiteral("c-0100");
    p.citizen.name = QStringLiteral("赵一");
    p.citizen.gender = QStringLiteral("male");
    p.citizen.birthDate = QDate(2001, 1, 9);
    p.citizen.idNumber = QStringLiteral("3502**********0019");
    p.citizen.phone = QStringLiteral("137****0019");
    p.citizen.realnameLevel = 1;
    return p;
}

} // namespace

class TestCitizenHomePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void headerShowsTheCitizen();
    void tagsGroupedByClass();
    void pendingItemsWithOverdue();
    void billsOverdueFirstWithTotals();
    void benefitsHouseholdRecommendations();
    void engineRecommendationsReplaceTheTagRules();
    void timelineListsEverything();
    void householdClickOpensMember();
    void emptyProfileShowsEmptyStates();
    void fromServerNote();
    void revealDialogRefusesEmptyReason();
    void revealDialogOfflineSaysSo();
    void revealedNumberIsMaskedAgain();
    void revealFromThePageAsksTheServer();
    void pushDialogBuildsRequest();
    void pushWithoutLocalCopySaysNotSaved();
    void noteDialogKinds();
    void startApplicationDialogShowsWorkflow();
    void notFoundAndErrorStates();
    void twoColumnsWhenWide();
    void actionsHaveShortcutsAndNames();
    void tabOrderFollowsTheLayout();
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
    QStringList rowTitles(SectionCard *card, const char *rowName);
    void shoot(const QString &dir, const QString &name, QWidget *widget, const QSize &size);

    QTranslator m_chinese;
    FixedClock m_clock;
    FakeNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    DataContext *m_context = nullptr;
    CitizenHomePage *m_page = nullptr;
};

void TestCitizenHomePage::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    Theme::apply(Theme::Kind::Light);
}

void TestCitizenHomePage::init()
{
    m_clock.setUtc(at(2026, 11, 24, 2)); // 10:00 in Xiamen
    m_network = new FakeNetworkAccessManager(this);
    m_client = new ApiClient(m_network, this);
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
    AuthTokens tokens;
    tokens.accessToken = QStringLiteral("a1");
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.refreshToken = QStringLiteral("r1");
    tokens.user.id = QStringLiteral("u1");
    tokens.user.username = QStringLiteral("officer_wjw");
    tokens.user.displayName = QStringLiteral("王芳");
    tokens.user.role = QStringLiteral("officer");
    m_client->setTokens(tokens);
    m_context = new DataContext(m_client, m_clock, this);
    m_page = new CitizenHomePage(m_context);
    m_page->resize(1280, 800);
}

void TestCitizenHomePage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_context;
    delete m_client;
    delete m_network;
}

QStringList TestCitizenHomePage::rowTitles(SectionCard *card, const char *rowName)
{
    QStringList titles;
    const auto rows = card->findChildren<ItemRow *>(QLatin1String(rowName));
    for (ItemRow *row : rows) {
        if (auto *title = row->findChild<QLabel *>(QStringLiteral("rowTitle")))
            titles.append(title->text());
        else if (auto *link = row->findChild<LinkButton *>())
            titles.append(link->text());
    }
    return titles;
}

void TestCitizenHomePage::headerShowsTheCitizen()
{
    QSignalSpy loaded(m_page, &CitizenHomePage::loaded);
    m_page->setProfile(richProfile());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_page->citizenId(), QStringLiteral("c-0001"));
    QVERIFY(m_page->shell()->isShowingContent());
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("nameLabel"))->text(), QStringLiteral("林晓梅"));
    QCOMPARE(m_page->idNumberField()->displayedValue(), QStringLiteral("3502**********2046"));
    QCOMPARE(m_page->phoneField()->displayedValue(), QStringLiteral("138****6621"));
    const QString subtitle = child<QLabel>(m_page, QStringLiteral("subtitleLabel"))->text();
    QVERIFY2(subtitle.contains(HomeText::gender(QStringLiteral("female"))), qPrintable(subtitle));
    QVERIFY2(subtitle.contains(QStringLiteral("34")), qPrintable(subtitle));
    QCOMPARE(child<Badge>(m_page, QStringLiteral("realnameBadge"))->text(), HomeText::realnameLevel(2));
    const QString level = child<QLabel>(m_page, QStringLiteral("realnameLabel"))->text();
    QVERIFY(level.contains(HomeText::realnameDescription(2)));
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("regionLabel"))->text(),
             QStringLiteral("思明区 › 筼筜街道 › 湖滨社区 › 湖滨第三网格"));
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("addressLabel"))->text(),
             QStringLiteral("思明区湖滨南路 388 号 5 栋 1203 室"));
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("officerLabel"))->text(), QStringLiteral("S-20931"));
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("relationLabel"))->text(), QStringLiteral("户主"));
    QStringList systems;
    for (Badge *b : child<QWidget>(m_page, QStringLiteral("linkedSystems"))->findChildren<Badge *>())
        systems.append(b->text());
    QCOMPARE(systems.size(), 5);
    QVERIFY(systems.contains(QStringLiteral("公安户籍")));
    QVERIFY(!child<NoticeBar>(m_page, QStringLiteral("fromServerNotice"))->isVisibleTo(m_page));
}

void TestCitizenHomePage::tagsGroupedByClass()
{
    m_page->setProfile(richProfile());
    SectionCard *tags = section("tagsSection");
    QCOMPARE(tags->count(), 7);
    QCOMPARE(tags->findChildren<Badge *>(QStringLiteral("tagChip")).size(), 7);
    for (const QString &tagClass : HomeText::tagClasses()) {
        auto *group = child<QWidget>(tags, QStringLiteral("tagGroup_") + tagClass);
        QCOMPARE(child<QLabel>(group, QStringLiteral("tagClassCaption"))->text(),
                 HomeText::tagClass(tagClass));
    }
    const auto social = child<QWidget>(tags, QStringLiteral("tagGroup_social"))->findChildren<Badge *>();
    QCOMPARE(social.size(), 3);
    Badge *newborn = nullptr;
    for (Badge *b : social) {
        if (b->text().contains(QStringLiteral("新生儿家庭")))
            newborn = b;
    }
    QVERIFY(newborn);
    QVERIFY(newborn->text().contains(QStringLiteral("2026-07")));
    QVERIFY(newborn->toolTip().contains(QStringLiteral("家中有 1 周岁以下婴儿")));
    QVERIFY(newborn->toolTip().contains(HomeText::tagSource(QStringLiteral("application"))));
    QVERIFY(newborn->toolTip().contains(QStringLiteral("2026-07-20")));
}

void TestCitizenHomePage::pendingItemsWithOverdue()
{
    m_page->setProfile(richProfile());
    SectionCard *pending = section("pendingSection");
    QCOMPARE(pending->count(), 2);
    // The overdue one (due 20 Nov) first.
    QCOMPARE(rowTitles(pending, "pendingRow"),
             (QStringList{QStringLiteral("出生医学证明办理"), QStringLiteral("育儿补贴申领")}));
    const auto overdue = pending->findChildren<QLabel *>(QStringLiteral("overdueLabel"));
    QCOMPARE(overdue.size(), 1);
    QVERIFY(overdue.first()->text().contains(QStringLiteral("2026-11-20")));
    QCOMPARE(overdue.first()->palette().color(QPalette::WindowText), Theme::errorColor(m_page->palette()));
    const auto rows = pending->findChildren<ItemRow *>(QStringLiteral("pendingRow"));
    QStringList details;
    for (QLabel *l : rows.first()->findChildren<QLabel *>())
        details.append(l->text());
    const QString all = details.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("户籍登记")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("市公安局")));
    QVERIFY(all.contains(QStringLiteral("2026-1110-000123")));
    QVERIFY(all.contains(HomeText::applicationStatus(QStringLiteral("in_progress"))));
    QVERIFY(!pending->emptyLabel()->isVisibleTo(m_page));
}

void TestCitizenHomePage::billsOverdueFirstWithTotals()
{
    m_page->setProfile(richProfile());
    SectionCard *bills = section("billsSection");
    QCOMPARE(bills->count(), 5);
    QCOMPARE(bills->findChildren<ItemRow *>(QStringLiteral("overdueBillRow")).size(), 2);
    const QStringList titles = rowTitles(bills, "overdueBillRow") + rowTitles(bills, "billRow");
    QCOMPARE(titles.first(), QStringLiteral("交通违法罚款（闯红灯）"));
    QVERIFY(titles.contains(QStringLiteral("2026 年 10 月燃气费")));
    QStringList amounts;
    for (QLabel *l : bills->findChildren<QLabel *>(QStringLiteral("billAmount")))
        amounts.append(l->text());
    QVERIFY2(amounts.contains(QStringLiteral("¥200.00")), qPrintable(amounts.join(u' ')));
    QVERIFY(amounts.contains(QStringLiteral("¥1,247.30")));
    const QString summary = bills->summaryLabel()->text();
    // Unpaid: 200 + 86.40 + 1247.30; overdue: 286.40.
    QVERIFY2(summary.contains(QStringLiteral("¥1,533.70")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("¥286.40")));
}

void TestCitizenHomePage::benefitsHouseholdRecommendations()
{
    m_page->setProfile(richProfile());
    SectionCard *benefits = section("benefitsSection");
    QCOMPARE(benefits->count(), 2);
    QCOMPARE(rowTitles(benefits, "benefitRow").first(), QStringLiteral("育儿补贴（0–3 岁）"));
    QStringList badges;
    for (Badge *b : benefits->findChildren<Badge *>())
        badges.append(b->text());
    QVERIFY(badges.contains(HomeText::benefitStatus(QStringLiteral("reviewing"))));
    QVERIFY(badges.contains(HomeText::benefitKind(QStringLiteral("tax_refund"))));

    SectionCard *household = section("householdSection");
    QCOMPARE(household->count(), 3);
    QCOMPARE(rowTitles(household, "householdRow"),
             (QStringList{QStringLiteral("陈建国"), QStringLiteral("陈思远"), QStringLiteral("林秀英")}));

    SectionCard *recommended = section("recommendedSection");
    QCOMPARE(recommended->count(), 5);
    const auto matches = recommended->findChildren<Badge *>(QStringLiteral("matchBadge"));
    QCOMPARE(matches.size(), 5);
    QVERIFY(matches.at(1)->text().contains(QStringLiteral("86")));
    const auto reasons = recommended->findChildren<QLabel *>(QStringLiteral("reasonLabel"));
    QCOMPARE(reasons.size(), 5);
    QVERIFY(reasons.at(1)->text().contains(QStringLiteral("新生儿家庭")));
    QVERIFY(reasons.at(1)->text().contains(QStringLiteral("偏好线上办理")));
    QCOMPARE(recommended->findChildren<QPushButton *>(QStringLiteral("recommendedAction")).size(), 5);
}

void TestCitizenHomePage::engineRecommendationsReplaceTheTagRules()
{
    // Online, the server's engine answers: its order, match degrees and reasons replace the local
    // tag-rule matches; unknown to the server (404 here before the route is faked), the tag rules stay.
    const store::CitizenProfile profile = richProfile();
    const QString path = QStringLiteral("/api/v1/citizens/%1/recommendations").arg(profile.citizen.id);
    const QJsonObject reply{
        {QStringLiteral("citizen_id"), profile.citizen.id},
        {QStringLiteral("generated_at"), QStringLiteral("2026-11-24T02:00:00.000Z")},
        {QStringLiteral("items"),
         QJsonArray{QJsonObject{{QStringLiteral("service_id"), QStringLiteral("s-hukou")},
                                {QStringLiteral("score"), 91},
                                {QStringLiteral("reason"),
                                 QStringLiteral("新生儿家庭 · 湖里区热办 · 同类市民中 38% 办理")},
                                {QStringLiteral("signals"), QJsonObject{{QStringLiteral("rules"), 0.9},
                                                                        {QStringLiteral("correlation"), 0.4},
                                                                        {QStringLiteral("similar"), 0.38},
                                                                        {QStringLiteral("hot"), 0.7},
                                                                        {QStringLiteral("recent"), 0.0}}}},
                    QJsonObject{{QStringLiteral("service_id"), QStringLiteral("s-vaccine")},
                                {QStringLiteral("score"), 77},
                                {QStringLiteral("reason"), QStringLiteral("新生儿家庭")},
                                {QStringLiteral("signals"), QJsonObject{{QStringLiteral("rules"), 0.8},
                                                                        {QStringLiteral("correlation"), 0.0},
                                                                        {QStringLiteral("similar"), 0.1},
                                                                        {QStringLiteral("hot"), 0.2},
                                                                        {QStringLiteral("recent"), 0.0}}}}}}};
    m_network->on("GET", path, FakeResponse::json(200, reply));
    m_page->setProfile(profile);
    SectionCard *recommended = m_page->findChild<SectionCard *>(QStringLiteral("recommendedSection"));
    QVERIFY(recommended);
    QTRY_COMPARE(recommended->count(), 2);
    QCOMPARE(m_network->count("GET", path), 1);
    QCOMPARE(rowTitles(recommended, "recommendedRow").first(), QStringLiteral("新生儿落户"));
    const auto badges = recommended->findChildren<Badge *>(QStringLiteral("matchBadge"));
    QVERIFY(badges.at(0)->text().contains(QStringLiteral("91")));
    const auto reasons = recommended->findChildren<QLabel *>(QStringLiteral("reasonLabel"));
    QCOMPARE(reasons.at(0)->text(), QStringLiteral("新生儿家庭 · 湖里区热办 · 同类市民中 38% 办理"));
    // Reloading the same citizen (sync touched it) keeps the engine's list without asking again.
    m_page->setProfile(profile);
    QCOMPARE(recommended->count(), 2);
    QCOMPARE(m_network->count("GET", path), 1);
}

void TestCitizenHomePage::timelineListsEverything()
{
    m_page->setProfile(richProfile());
    TimelineModel *model = m_page->timelineModel();
    QCOMPARE(model->rowCount(), 5 + 5 + 2 + 2 + 2);
    QCOMPARE(section("timelineSection")->count(), 16);
    // Newest first: the queued push of 24 Nov 01:30.
    QCOMPARE(model->index(0, 0).data(TimelineModel::IdRole).toString(), QStringLiteral("p-5"));
    auto *view = child<QListView>(m_page, QStringLiteral("timelineView"));
    QCOMPARE(view->model(), model);
    QVERIFY(view->height() > 0);
}

void TestCitizenHomePage::householdClickOpensMember()
{
    m_page->setProfile(richProfile());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QSignalSpy activated(m_page, &CitizenHomePage::citizenActivated);
    const auto links =
        section("householdSection")->findChildren<LinkButton *>(QStringLiteral("householdLink"));
    QCOMPARE(links.size(), 3);
    QTest::mouseClick(links.at(2), Qt::LeftButton);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("c-0004"));
    // By keyboard too.
    links.at(0)->setFocus();
    QTest::keyClick(links.at(0), Qt::Key_Space);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().first().toString(), QStringLiteral("c-0002"));
    QVERIFY(!links.at(0)->accessibleName().isEmpty());
}

void TestCitizenHomePage::emptyProfileShowsEmptyStates()
{
    m_page->setProfile(richProfile());
    m_page->setProfile(emptyProfile());
    for (const char *name : {"tagsSection", "pendingSection", "billsSection", "benefitsSection",
                             "householdSection", "recommendedSection", "timelineSection"}) {
        SectionCard *card = section(name);
        QVERIFY2(card->count() == 0, name);
        QVERIFY2(card->emptyLabel()->isVisibleTo(m_page), name);
        QVERIFY2(!card->emptyLabel()->text().isEmpty(), name);
        QVERIFY2(card->rowCount() == 0, name);
    }
    QCOMPARE(section("billsSection")->summaryLabel()->isVisibleTo(m_page), false);
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("officerLabel"))->text(),
             CitizenHomePage::tr("None assigned"));
    QCOMPARE(child<QLabel>(m_page, QStringLiteral("regionLabel"))->text(), QStringLiteral("—"));
    QCOMPARE(m_page->timelineModel()->rowCount(), 0);
}

void TestCitizenHomePage::fromServerNote()
{
    store::CitizenProfile p = richProfile();
    p.fromServer = true;
    m_page->setProfile(p);
    auto *note = child<NoticeBar>(m_page, QStringLiteral("fromServerNotice"));
    QVERIFY(note->isVisibleTo(m_page));
    QVERIFY(!note->text().isEmpty());
}

void TestCitizenHomePage::revealDialogRefusesEmptyReason()
{
    int calls = 0;
    QString sentReason;
    std::function<void(const Result<QString> &)> pending;
    RevealDialog dialog(
        QStringLiteral("身份证号"), QStringLiteral("3502**********2046"), true, 60,
        [&](const QString &reason, QObject *, std::function<void(const Result<QString> &)> done) {
            ++calls;
            sentReason = reason;
            pending = std::move(done);
        });
    dialog.show();
    QVERIFY(!dialog.errorLabel()->isVisible());
    QTest::mouseClick(dialog.revealButton(), Qt::LeftButton);
    QCOMPARE(calls, 0);
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());

    dialog.reasonEdit()->setText(QStringLiteral(" 核对 "));
    dialog.submit();
    QCOMPARE(calls, 0); // "核对" is 2 characters: still too short
    QVERIFY(dialog.errorLabel()->text().contains(QString::number(RevealDialog::kMinimumReason)));

    dialog.reasonEdit()->setText(QStringLiteral("核对身份  办理业务"));
    QVERIFY(!dialog.errorLabel()->isVisible()); // a long enough reason clears the message
    dialog.submit();
    QCOMPARE(calls, 1);
    QCOMPARE(sentReason, QStringLiteral("核对身份 办理业务"));
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.revealButton()->isEnabled());
    dialog.submit();
    QCOMPARE(calls, 1); // not twice while waiting

    pending(makeError(ErrorCode::Forbidden, QStringLiteral("forbidden")));
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(dialog.isVisible());

    dialog.submit();
    QCOMPARE(calls, 2);
    pending(QStringLiteral("350203199206152046"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.revealedValue(), QStringLiteral("350203199206152046"));
}

void TestCitizenHomePage::revealDialogOfflineSaysSo()
{
    int calls = 0;
    RevealDialog dialog(
        QStringLiteral("手机号"), QStringLiteral("138****6621"), false, 60,
        [&](const QString &, QObject *, std::function<void(const Result<QString> &)>) { ++calls; });
    QVERIFY(dialog.findChild<NoticeBar *>(QStringLiteral("revealOfflineNotice")));
    QVERIFY(!dialog.revealButton()->isEnabled());
    dialog.reasonEdit()->setText(QStringLiteral("电话联系办事群众"));
    dialog.submit();
    QCOMPARE(calls, 0);
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
}

void TestCitizenHomePage::revealedNumberIsMaskedAgain()
{
    m_page->setProfile(richProfile());
    RevealableField *field = m_page->idNumberField();
    QCOMPARE(field->remaskDelay(), RevealableField::kDefaultRemaskDelay);
    QSignalSpy remasked(field, &RevealableField::remasked);

    field->showRevealed(QStringLiteral("350203199206152046"));
    QVERIFY(field->isRevealed());
    QCOMPARE(field->displayedValue(), QStringLiteral("350203199206152046"));
    QVERIFY2(field->countdownLabel()->text().contains(QStringLiteral("60")),
             qPrintable(field->countdownLabel()->text()));
    m_clock.advance(2);
    field->updateCountdown();
    QVERIFY(field->countdownLabel()->text().contains(QStringLiteral("58")));
    // A quiet reload of the same citizen keeps it shown.
    m_page->setProfile(richProfile());
    QVERIFY(field->isRevealed());
    m_clock.advance(58);
    field->updateCountdown();
    QVERIFY(!field->isRevealed());
    QCOMPARE(field->displayedValue(), QStringLiteral("3502**********2046"));
    QCOMPARE(remasked.count(), 1);
    QVERIFY(!field->countdownLabel()->isVisibleTo(m_page));

    // The delay is a property; another citizen masks at once.
    QVERIFY(field->setProperty("remaskDelayMs", 5000));
    field->showRevealed(QStringLiteral("350203199206152046"));
    QCOMPARE(field->secondsLeft(), 5);
    m_page->setProfile(emptyProfile());
    QVERIFY(!field->isRevealed());
    QCOMPARE(field->displayedValue(), QStringLiteral("3502**********0019"));

    // The backstop timer masks even when the clock stands still.
    m_page->setRemaskDelay(std::chrono::milliseconds(30));
    field->showRevealed(QStringLiteral("350203200101090019"));
    QTRY_VERIFY_WITH_TIMEOUT(!field->isRevealed(), 2000);
}

void TestCitizenHomePage::revealFromThePageAsksTheServer()
{
    QJsonObject revealed = toJson(richProfile().citizen);
    revealed.insert(QStringLiteral("id_number"), QStringLiteral("350203199206152046"));
    revealed.insert(QStringLiteral("masked"), false);
    revealed.insert(QStringLiteral("audit_seq"), 42);
    m_network->on("POST", QStringLiteral("/api/v1/citizens/c-0001/reveal"),
                  FakeResponse::json(200, revealed));
    m_page->setProfile(richProfile());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));

    QTest::mouseClick(m_page->idNumberField()->revealButton(), Qt::LeftButton);
    auto *dialog = m_page->findChild<RevealDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->findChildren<LinkButton *>(QStringLiteral("reasonSuggestion")).size() >= 2);
    QTest::mouseClick(dialog->findChildren<LinkButton *>(QStringLiteral("reasonSuggestion")).first(),
                      Qt::LeftButton);
    QVERIFY(dialog->reason().size() >= RevealDialog::kMinimumReason);
    QTest::mouseClick(dialog->revealButton(), Qt::LeftButton);
    QTRY_VERIFY(m_page->idNumberField()->isRevealed());
    QCOMPARE(m_page->idNumberField()->displayedValue(), QStringLiteral("350203199206152046"));
    QCOMPARE(m_network->count("POST", QStringLiteral("/api/v1/citizens/c-0001/reveal")), 1);
    const QJsonObject body = m_network->requests().last().json();
    QCOMPARE(body.value(QStringLiteral("fields")).toArray().first().toString(), QStringLiteral("id_number"));
    QCOMPARE(body.value(QStringLiteral("reason")).toString(), dialog->reason());
    QTRY_VERIFY(!m_page->findChild<RevealDialog *>()); // closed and deleted
    // The phone stays masked.
    QCOMPARE(m_page->phoneField()->displayedValue(), QStringLiteral("138****6621"));
}

void TestCitizenHomePage::pushDialogBuildsRequest()
{
    const store::CitizenProfile p = richProfile();
    QList<PushServiceDialog::Candidate> candidates{
        {p.services.value(QStringLiteral("s-childcare")), 92, QStringLiteral("因为标签：新生儿家庭")},
        {p.services.value(QStringLiteral("s-vaccine")), 86, QString()},
        {p.services.value(QStringLiteral("s-school")), -1, QString()}};
    PushServiceDialog dialog(QStringLiteral("c-0001"), candidates);
    QCOMPARE(dialog.selectedServiceId(), QStringLiteral("s-childcare"));
    QVERIFY(dialog.messageEdit()->toPlainText().contains(QStringLiteral("育儿补贴申领")));
    QVERIFY(dialog.serviceCombo()->itemText(0).contains(QStringLiteral("92")));
    // The message follows the service until it is edited.
    dialog.selectService(QStringLiteral("s-school"));
    QVERIFY(dialog.messageEdit()->toPlainText().contains(QStringLiteral("积分入学申请")));
    dialog.channelCombo()->setCurrentIndex(dialog.channelCombo()->findData(QStringLiteral("sms")));
    dialog.messageEdit()->setPlainText(QStringLiteral("  您好，明年积分入学申请将于 3 月开放。  "));
    dialog.selectService(QStringLiteral("s-vaccine"));
    QCOMPARE(dialog.messageEdit()->toPlainText(),
             QStringLiteral("  您好，明年积分入学申请将于 3 月开放。  "));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.submit();
    QCOMPARE(accepted.count(), 1);
    const PushCreateRequest request = dialog.request();
    QCOMPARE(request.citizenId, QStringLiteral("c-0001"));
    QCOMPARE(request.serviceId, QStringLiteral("s-vaccine"));
    QCOMPARE(request.channel, QStringLiteral("sms"));
    QCOMPARE(request.message, QStringLiteral("您好，明年积分入学申请将于 3 月开放。"));
    QCOMPARE(QUuid::fromString(request.id).isNull(), false);
    QCOMPARE(dialog.request().id, request.id); // one id per dialog: a retry is the same push

    PushServiceDialog empty(QStringLiteral("c-0001"), candidates);
    empty.messageEdit()->setPlainText(QStringLiteral("   "));
    QSignalSpy emptyAccepted(&empty, &QDialog::accepted);
    empty.submit();
    QCOMPARE(emptyAccepted.count(), 0);
    QVERIFY(!empty.errorLabel()->isHidden());
    empty.messageEdit()->setPlainText(QString(PushServiceDialog::kMaximumMessage + 1, QLatin1Char('x')));
    empty.submit();
    QCOMPARE(emptyAccepted.count(), 0);
}

void TestCitizenHomePage::pushWithoutLocalCopySaysNotSaved()
{
    m_page->setProfile(richProfile());
    // Without a local copy the actions are disabled, but a recommendation's button still reaches the
    // dialog through the slot; the write is refused with a message rather than lost silently.
    QVERIFY(!child<QPushButton>(m_page, QStringLiteral("pushServiceButton"))->isEnabled());
    m_page->pushService(QStringLiteral("s-vaccine"));
    auto *dialog = m_page->findChild<PushServiceDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->selectedServiceId(), QStringLiteral("s-vaccine"));
    QVERIFY(dialog->serviceCombo()->count() >= 5);
    dialog->submit();
    NoticeBar *notice = m_page->shell()->notice();
    QVERIFY(notice->isVisibleTo(m_page));
    QCOMPARE(notice->tone(), Tone::Error);
}

void TestCitizenHomePage::noteDialogKinds()
{
    const QDateTime now = m_clock.nowLocal();
    NoteDialog officer(NoteDialog::VisitOption::Disabled, now);
    QVERIFY(!officer.visitRadio()->isEnabled());
    QVERIFY(!officer.visitRadio()->toolTip().isEmpty());
    officer.setKind(NoteDialog::Kind::Visit);
    QCOMPARE(officer.kind(), NoteDialog::Kind::Note);
    QSignalSpy refused(&officer, &QDialog::accepted);
    officer.submit();
    QCOMPARE(refused.count(), 0);
    QVERIFY(!officer.errorLabel()->isHidden());
    officer.textEdit()->setPlainText(QStringLiteral("  已电话联系，下周一补交材料。 "));
    officer.submit();
    QCOMPARE(refused.count(), 1);
    const NoteCreateRequest note = officer.noteRequest(QStringLiteral("citizen"), QStringLiteral("c-0001"));
    QCOMPARE(note.subjectType, QStringLiteral("citizen"));
    QCOMPARE(note.subjectId, QStringLiteral("c-0001"));
    QCOMPARE(note.text, QStringLiteral("已电话联系，下周一补交材料。"));
    QVERIFY(!QUuid::fromString(note.id).isNull());

    NoteDialog gridManager(NoteDialog::VisitOption::Enabled, now);
    QVERIFY(gridManager.visitRadio()->isEnabled());
    QVERIFY(!gridManager.visitKindCombo()->isVisibleTo(&gridManager));
    gridManager.setKind(NoteDialog::Kind::Visit);
    QCOMPARE(gridManager.kind(), NoteDialog::Kind::Visit);
    QVERIFY(gridManager.visitKindCombo()->isVisibleTo(&gridManager));
    gridManager.visitKindCombo()->setCurrentIndex(1);
    QCOMPARE(gridManager.visitKind(), QStringLiteral("special_group"));
    QCOMPARE(gridManager.visitedAtUtc(), m_clock.nowUtc());

    NoteDialog enterprise(NoteDialog::VisitOption::Hidden, now);
    QVERIFY(!enterprise.visitRadio()->isVisibleTo(&enterprise));
}

void TestCitizenHomePage::startApplicationDialogShowsWorkflow()
{
    const store::CitizenProfile p = richProfile();
    ServiceItem enterpriseOnly = p.services.value(QStringLiteral("s-birth"));
    enterpriseOnly.id = QStringLiteral("s-licence");
    enterpriseOnly.name = QStringLiteral("食品经营许可");
    enterpriseOnly.applicantType = QStringLiteral("enterprise");
    QList<ServiceItem> services = p.services.values();
    services.append(enterpriseOnly);
    StartApplicationDialog dialog(QStringLiteral("citizen"), QStringLiteral("c-0001"),
                                  QStringLiteral("林晓梅"), services, p.departmentNames);
    QCOMPARE(dialog.serviceList()->count(), 9); // citizen services only
    dialog.selectService(QStringLiteral("s-birth"));
    QCOMPARE(dialog.selectedServiceId(), QStringLiteral("s-birth"));
    const QString steps = dialog.stepsLabel()->text();
    QVERIFY2(steps.contains(QStringLiteral("户籍登记")), qPrintable(steps));
    QVERIFY(steps.contains(QStringLiteral("市公安局")));
    QCOMPARE(steps.split(QLatin1Char('\n')).size(), 3);
    QVERIFY(dialog.materialsLabel()->text().contains(QStringLiteral("出生医学记录")));

    dialog.filterEdit()->setText(QStringLiteral("补贴"));
    QCOMPARE(dialog.selectedServiceId(), QStringLiteral("s-childcare"));
    dialog.filterEdit()->setText(QStringLiteral("不存在的事项"));
    QVERIFY(dialog.selectedServiceId().isEmpty());
    QVERIFY(!dialog.startButton()->isEnabled());
    dialog.filterEdit()->clear();
    dialog.selectService(QStringLiteral("s-childcare"));
    dialog.remarkEdit()->setText(QStringLiteral("窗口代办，材料已核验"));
    const ApplicationCreateRequest request = dialog.request();
    QCOMPARE(request.serviceId, QStringLiteral("s-childcare"));
    QCOMPARE(request.applicantType, QStringLiteral("citizen"));
    QCOMPARE(request.applicantId, QStringLiteral("c-0001"));
    QCOMPARE(request.remark.value_or(QString()), QStringLiteral("窗口代办，材料已核验"));
    QVERIFY(!QUuid::fromString(request.id).isNull());
}

void TestCitizenHomePage::notFoundAndErrorStates()
{
    // No local copy: the loader asks the server.
    m_network->on("GET", QStringLiteral("/api/v1/citizens/c-404"),
                  FakeResponse::apiError(404, QStringLiteral("not_found")));
    QSignalSpy failed(m_page, &CitizenHomePage::loadFailed);
    m_page->showCitizen(QStringLiteral("c-404"));
    QCOMPARE(m_page->citizenId(), QStringLiteral("c-404"));
    QVERIFY(!m_page->shell()->isShowingContent());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::NotFound);
    QVERIFY(!m_page->shell()->retryButton()->isVisibleTo(m_page));
    QVERIFY(!m_page->shell()->messageTitle()->text().isEmpty());

    m_network->on("GET", QStringLiteral("/api/v1/citizens/c-500"),
                  FakeResponse::apiError(503, QStringLiteral("unavailable")));
    m_page->showCitizen(QStringLiteral("c-500"));
    QTRY_COMPARE(failed.count(), 2);
    QVERIFY(m_page->shell()->retryButton()->isVisibleTo(m_page));
    QVERIFY(!m_page->shell()->messageText()->text().isEmpty());
    const int before = m_network->count("GET", QStringLiteral("/api/v1/citizens/c-500"));
    m_page->shell()->retryButton()->click();
    QTRY_COMPARE(failed.count(), 3);
    QCOMPARE(m_network->count("GET", QStringLiteral("/api/v1/citizens/c-500")), before + 1);
}

void TestCitizenHomePage::twoColumnsWhenWide()
{
    m_page->setProfile(richProfile());
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QVERIFY(!m_page->shell()->isTwoColumn());
    m_page->resize(1920, 1080);
    QTRY_VERIFY(m_page->shell()->isTwoColumn());
    // Left column: pending items; right column: tags — side by side.
    QWidget *pending = section("pendingSection");
    QWidget *tags = section("tagsSection");
    QTRY_VERIFY(tags->mapTo(m_page, QPoint()).x() >
                pending->mapTo(m_page, QPoint()).x() + pending->width() - 1);
    m_page->resize(1500, 900);
    QTRY_VERIFY(!m_page->shell()->isTwoColumn());
}

void TestCitizenHomePage::actionsHaveShortcutsAndNames()
{
    m_page->setProfile(richProfile());
    for (const char *name : {"pushServiceButton", "addNoteButton", "startApplicationButton"}) {
        auto *button = child<QPushButton>(m_page, QLatin1String(name));
        QVERIFY2(!button->accessibleName().isEmpty(), name);
        QVERIFY2(button->toolTip().contains(QStringLiteral("Ctrl+Shift+")), qPrintable(button->toolTip()));
    }
    QVERIFY(m_page->idNumberField()->revealButton()->toolTip().contains(QStringLiteral("Ctrl+Shift+I")));
    QVERIFY(!m_page->phoneField()->revealButton()->accessibleName().isEmpty());
    QVERIFY(!child<QListView>(m_page, QStringLiteral("timelineView"))->accessibleName().isEmpty());
}

void TestCitizenHomePage::tabOrderFollowsTheLayout()
{
    m_page->setProfile(richProfile());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    // A page that is not yet wide: one column.
    QStringList order;
    QWidget *w = m_page;
    for (int i = 0; i < 500; ++i) {
        w = w->nextInFocusChain();
        if (w == m_page)
            break;
        if (w->isVisibleTo(m_page) && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled())
            order.append(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                   : w->objectName());
    }
    // No local copy here, so the header's actions are disabled; the rest in reading order.
    QCOMPARE(order, (QStringList{QStringLiteral("homeScrollArea"), QStringLiteral("revealButton"),
                                 QStringLiteral("revealButton"), QStringLiteral("recommendedAction"),
                                 QStringLiteral("recommendedAction"), QStringLiteral("recommendedAction"),
                                 QStringLiteral("recommendedAction"), QStringLiteral("recommendedAction"),
                                 QStringLiteral("householdLink"), QStringLiteral("householdLink"),
                                 QStringLiteral("householdLink"), QStringLiteral("timelineView")}));
    // The header's actions come first once they are enabled.
    for (const char *name : {"pushServiceButton", "addNoteButton", "startApplicationButton"})
        child<QPushButton>(m_page, QLatin1String(name))->setEnabled(true);
    QWidget *next = child<QWidget>(m_page, QStringLiteral("homeScrollArea"))->nextInFocusChain();
    while (!(next->focusPolicy() & Qt::TabFocus))
        next = next->nextInFocusChain();
    QCOMPARE(next->objectName(), QStringLiteral("pushServiceButton"));
}

void TestCitizenHomePage::shoot(const QString &dir, const QString &name, QWidget *widget, const QSize &size)
{
    widget->resize(size);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    if (auto *page = qobject_cast<CitizenHomePage *>(widget)) {
        QWidget *content = page->shell()->scrollArea()->widget();
        if (page->shell()->isShowingContent())
            QVERIFY(content->grab().save(dir + QLatin1Char('/') + name + QStringLiteral("-full.png")));
    }
}

void TestCitizenHomePage::shots()
{
    const QString dir = qEnvironmentVariable("GOVDESK_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set GOVDESK_SHOTS_DIR to render screenshots");
    QDir().mkpath(dir);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    QTranslator extra; // strings not yet merged into the project's .qm (GOVDESK_EXTRA_QM)
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
            auto page = std::make_unique<CitizenHomePage>(m_context);
            page->setProfile(richProfile());
            shoot(dir, QStringLiteral("citizen-rich-") + suffix, page.get(), size);
            page->idNumberField()->showRevealed(QStringLiteral("350203199206152046"));
            page->shell()->showNotice(
                CitizenHomePage::tr("The push of “%1” by %2 is queued and goes out as soon as "
                                    "the server can be reached.")
                    .arg(QStringLiteral("育儿补贴申领"), HomeText::pushChannel(QStringLiteral("sms"))),
                Tone::Success);
            shoot(dir, QStringLiteral("citizen-revealed-") + suffix, page.get(), size);
            page->setProfile(emptyProfile());
            page->shell()->showNotice(QString(), Tone::Neutral);
            shoot(dir, QStringLiteral("citizen-empty-") + suffix, page.get(), size);
        }
        auto page = std::make_unique<CitizenHomePage>(m_context);
        m_network->on("GET", QStringLiteral("/api/v1/citizens/c-500"),
                      FakeResponse::apiError(503, QStringLiteral("unavailable")));
        QSignalSpy failed(page.get(), &CitizenHomePage::loadFailed);
        page->showCitizen(QStringLiteral("c-500"));
        shoot(dir, QStringLiteral("citizen-loading-") + language, page.get(), QSize(1280, 800));
        QTRY_COMPARE(failed.count(), 1);
        shoot(dir, QStringLiteral("citizen-error-") + language, page.get(), QSize(1280, 800));
        m_network->on("GET", QStringLiteral("/api/v1/citizens/c-404"),
                      FakeResponse::apiError(404, QStringLiteral("not_found")));
        page->showCitizen(QStringLiteral("c-404"));
        QTRY_COMPARE(failed.count(), 2);
        shoot(dir, QStringLiteral("citizen-notfound-") + language, page.get(), QSize(1280, 800));

        // Dialogs.
        page->setProfile(richProfile());
        page->show();
        page->pushService(QStringLiteral("s-vaccine"));
        if (auto *d = page->findChild<PushServiceDialog *>()) {
            shoot(dir, QStringLiteral("dialog-push-") + language, d, d->size());
            d->reject();
        }
        page->startApplication(QStringLiteral("s-birth"));
        if (auto *d = page->findChild<StartApplicationDialog *>()) {
            shoot(dir, QStringLiteral("dialog-start-") + language, d, d->size());
            d->reject();
        }
        NoteDialog note(NoteDialog::VisitOption::Enabled, m_clock.nowLocal());
        note.setKind(NoteDialog::Kind::Visit);
        shoot(dir, QStringLiteral("dialog-note-") + language, &note, note.size());
        RevealDialog reveal(QStringLiteral("ID number"), QStringLiteral("3502**********2046"), true, 60, {});
        reveal.setSuggestedReasons({CitizenHomePage::tr("Verify identity for an application"),
                                    CitizenHomePage::tr("Call the citizen back"),
                                    CitizenHomePage::tr("Verify during a grid visit")});
        reveal.submit();
        shoot(dir, QStringLiteral("dialog-reveal-") + language, &reveal, reveal.sizeHint());
    }
    // Dark palette, Chinese.
    QCoreApplication::installTranslator(&m_chinese);
    if (!extraQm.isEmpty() && extra.load(extraQm))
        QCoreApplication::installTranslator(&extra);
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    Theme::apply(Theme::Kind::Dark);
    {
        auto page = std::make_unique<CitizenHomePage>(m_context);
        page->setProfile(richProfile());
        shoot(dir, QStringLiteral("citizen-rich-dark-1920x1080"), page.get(), QSize(1920, 1080));
        shoot(dir, QStringLiteral("citizen-rich-dark-1280x800"), page.get(), QSize(1280, 800));
    }
    Theme::apply(Theme::Kind::Light);
    QCoreApplication::removeTranslator(&extra);
}

QTEST_MAIN(TestCitizenHomePage)
#include "tst_citizenhomepage.moc"
