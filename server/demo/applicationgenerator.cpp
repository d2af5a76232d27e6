#include "demo/applicationgenerator.h"

#include "demo/citizenprofiler.h"

#include "domain/worktime.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace gd::server {
namespace {

// Hour of submission (local time) of online applications, and the same for night owls.
constexpr double kOnlineHours[] = {0.5, 0.3, 0.1, 0.05, 0.05, 0.1, 0.4, 1.2, 2.5, 4,   4.5, 4,
                                   2.5, 3,   4,   4.2,  4,    3.5, 2.5, 3,   3.5, 3.2, 2.2, 1.2};
constexpr double kNightHours[] = {2.5, 1.5, 0.6, 0.2, 0.1, 0.1, 0.3, 0.8, 1.5, 2.5, 3, 3,
                                  2,   2.5, 2.5, 2.5, 2.5, 2.5, 2,   2.5, 3,   3.5, 4, 3.5};
constexpr double kRatings[] = {4, 4, 8, 22, 62};        // 1..5 stars
constexpr double kPoorRatings[] = {13, 12, 20, 25, 30}; // after an overdue step

const QStringView kComments[5][6] = {
    {u"超过承诺时限还没办好，体验很差", u"多次被要求补充材料，非常不满意", u"窗口人员态度生硬",
     u"进度一直不更新，电话也打不通", u"说好的一次办结，结果跑了三趟", u"网上提交后没人处理，只能到现场"},
    {u"来回补了两次材料，希望一次性告知", u"办理时间超出预期", u"咨询电话很难打通",
     u"系统老是提示材料不合格，却不说哪里不合格", u"各部门之间信息不共享，重复提交", u"等了很久才有人受理"},
    {u"一般，材料要求说明不够清楚", u"排队时间较长", u"进度查询不太方便", u"办是办好了，但流程还可以再简化",
     u"网上填报页面有点复杂", u"现场指引不够清楚"},
    {u"整体满意，就是等待时间稍长", u"办理顺利，希望进度通知更及时", u"服务不错，网上填报页面可以再简化",
     u"工作人员很专业，就是材料有点多", u"比以前方便多了", u"基本满意，短信提醒很及时"},
    {u"办理速度很快，工作人员很耐心", u"全程网上办理，不用跑腿，点赞", u"一次就办好了，非常方便",
     u"窗口人员服务热情，讲解清楚", u"材料一次性告知，效率高", u"比预想的快很多，满意"},
};

qint64 slaMs(int workingDays)
{
    // Working days to calendar time: five working days a week.
    return qint64(workingDays) * DemoClock::kDayMs * 7 / 5;
}

// When an SLA of `days` working days started at `startMs` is due, in UTC ms: the end (24:00 CST) of the
// days-th working day after the start's local date, as worktime::dueAfter() says. Memoised by start day
// and SLA, since the generator asks for the same few hundred combinations tens of thousands of times.
qint64 dueAfterMs(qint64 startMs, int days)
{
    static thread_local QHash<qint64, qint64> memo;
    const QDate day = DemoClock::localDate(startMs);
    const qint64 key = day.toJulianDay() * 1024 + std::clamp(days, 0, 1023);
    const auto found = memo.constFind(key);
    if (found != memo.constEnd())
        return *found;
    const qint64 due = DemoClock::localMs(worktime::addWorkingDays(day, days).addDays(1), 0);
    memo.insert(key, due);
    return due;
}

// Officers work 9:00-17:30 on weekdays: work that arrives outside those hours waits for the next
// working morning.
qint64 nextOfficeTime(qint64 t, DemoRandom &rng)
{
    QDate day = DemoClock::localDate(t);
    const int second = int((t - DemoClock::localMs(day, 0)) / 1000);
    auto workday = [](QDate d) {
        return d.dayOfWeek() <= 5;
    };
    constexpr int opens = 9 * 3600, closes = 17 * 3600 + 1800;
    if (workday(day) && second >= opens && second < closes)
        return t;
    if (!workday(day) || second >= closes) {
        do {
            day = day.addDays(1);
        } while (!workday(day));
    }
    return DemoClock::localMs(day, opens + rng.between(0, 5400));
}

// One service leading to another: `chance` that a citizen who applied for `from` applies for `to`
// between minDays and maxDays later (if that day has come). Followed up to three links deep.
struct FollowUpData {
    QStringView from;
    QStringView to;
    double chance;
    int minDays;
    int maxDays;
};

constexpr FollowUpData kFollowUps[] = {
    // A birth: certificate, household registration, medical insurance, vaccination, the allowance.
    {u"出生医学证明办理", u"出生户口登记", 0.7, 2, 20},
    {u"出生医学证明办理", u"预防接种证办理", 0.4, 5, 40},
    {u"出生户口登记", u"新生儿医保参保登记", 0.6, 1, 20},
    {u"新生儿医保参保登记", u"社会保障卡申领", 0.4, 3, 30},
    {u"新生儿出生一件事", u"生育津贴申领", 0.5, 10, 60},
    {u"新生儿出生一件事", u"预防接种证办理", 0.3, 5, 40},
    // Pregnancy and marriage.
    {u"生育登记", u"母子健康手册办理", 0.5, 3, 30},
    {u"母子健康手册办理", u"生育医疗费用报销", 0.35, 30, 120},
    {u"婚前医学检查预约", u"结婚登记", 0.6, 7, 60},
    {u"结婚登记", u"生育登记", 0.15, 60, 300},
    // Losing a job: registration, benefit, training, support.
    {u"失业登记", u"失业保险金申领", 0.7, 1, 14},
    {u"失业登记", u"就业困难人员认定", 0.3, 7, 45},
    {u"失业保险金申领", u"职业技能培训补贴申领", 0.3, 20, 90},
    // Moving to Xiamen.
    {u"住房租赁合同登记备案", u"居住证办理", 0.5, 3, 30},
    {u"居住证办理", u"医保关系转移接续", 0.3, 10, 60},
    {u"居住证办理", u"公积金账户转移接续", 0.25, 10, 60},
    {u"居住证办理", u"保障性租赁住房申请", 0.2, 15, 90},
    {u"户籍迁入", u"养老保险关系转移接续", 0.3, 10, 60},
    {u"户籍迁入", u"居民身份证换领", 0.3, 5, 40},
    // Buying a home or a car.
    {u"商品房买卖合同网签备案", u"契税申报", 0.6, 7, 60},
    {u"契税申报", u"不动产转移登记", 0.5, 1, 20},
    {u"不动产转移登记", u"公积金提取（购房）", 0.4, 5, 60},
    {u"不动产转移登记", u"管道燃气报装", 0.25, 10, 60},
    {u"不动产转移登记", u"城市供水报装", 0.2, 10, 60},
    {u"公积金贷款申请", u"不动产抵押登记", 0.5, 10, 40},
    {u"机动车注册登记", u"车船税缴纳", 0.6, 0, 10},
    // Old age, disability, veterans, hardship.
    {u"退休一件事", u"领取养老金资格认证", 0.5, 30, 200},
    {u"退休一件事", u"老年人优待证办理", 0.3, 10, 90},
    {u"老年人优待证办理", u"老年人公交乘车卡办理", 0.5, 1, 30},
    {u"家庭医生签约服务", u"门诊特殊病种待遇认定", 0.2, 10, 90},
    {u"残疾人证办理", u"残疾人两项补贴申请", 0.6, 10, 60},
    {u"残疾人证办理", u"残疾人辅助器具适配补贴", 0.3, 20, 120},
    {u"退役军人信息采集", u"退役军人优待证申领", 0.6, 5, 40},
    {u"最低生活保障申请", u"临时救助申请", 0.3, 10, 90},
    {u"最低生活保障申请", u"公共租赁住房申请", 0.25, 20, 120},
    {u"最低生活保障申请", u"家庭经济困难学生资助", 0.25, 20, 120},
    // School, work, travel.
    {u"积分入学申请", u"义务教育新生入学登记", 0.4, 20, 60},
    {u"个体工商户设立登记", u"灵活就业人员社保参保登记", 0.4, 5, 40},
    {u"个体工商户设立登记", u"小餐饮经营备案", 0.3, 3, 30},
    {u"普通护照签发", u"往来港澳通行证及签注", 0.25, 1, 60},
};

// How much a district asks for a service relative to the city: between 1/2 and 2, log-uniform, fixed by
// the two codes (FNV-1a over their UTF-16 units, so that every platform makes the same demo world).
double districtDemand(const QString &districtCode, const QString &serviceCode)
{
    quint64 h = 14695981039346656037ULL;
    for (const QString *text : {&districtCode, &serviceCode}) {
        for (QChar c : *text) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
        h ^= 0xff;
        h *= 1099511628211ULL;
    }
    const double u = double(h >> 11) * 0x1.0p-53;
    return std::exp2(2 * u - 1);
}

} // namespace

Audience CitizenAudiences::pick(DemoRandom &rng) const
{
    double x = rng.unit() * total;
    for (int i = 0; i < count; ++i) {
        if (x < items[i].weight)
            return items[i].audience;
        x -= items[i].weight;
    }
    return items[count - 1].audience;
}

CitizenAudiences ApplicationGenerator::audiencesOf(const DemoCitizen &c)
{
    const int age = c.age;
    CitizenAudiences out;
    auto offer = [&out](bool yes, Audience a, double w) {
        if (yes) {
            out.items[out.count++] = {a, w};
            out.total += w;
        }
    };
    offer(true, Audience::General, 3);
    offer(c.employed, Audience::Worker, 2.5);
    offer(age >= 20 && age <= 35, Audience::YoungAdult, 1.5);
    offer(age >= 60, Audience::Elderly, 2.5);
    offer(c.has(CitizenTag::Pregnant), Audience::Pregnant, 3);
    offer(c.mainCarer && c.childBirth.isValid(), Audience::Newborn, 6);
    offer(c.has(CitizenTag::SchoolChildFamily), Audience::SchoolFamily, 3);
    offer(c.has(CitizenTag::Unemployed), Audience::Unemployed, 4);
    offer(c.has(CitizenTag::Disabled), Audience::Disabled, 3);
    offer(c.has(CitizenTag::Veteran), Audience::Veteran, 2);
    offer(c.has(CitizenTag::NewResident), Audience::NewResident, 3);
    offer(c.has(CitizenTag::CarOwner), Audience::CarOwner, 2);
    offer(c.has(CitizenTag::LowIncome), Audience::LowIncome, 3);
    return out;
}

ApplicationGenerator::ApplicationGenerator(DemoRandom &rng, const DemoClock &clock,
                                           const ServiceCatalogue &services, const StaffRoster &staff,
                                           quint64 workflowSeed)
    : m_rng(rng)
    , m_wf(workflowSeed)
    , m_clock(clock)
    , m_services(services)
    , m_staff(staff)
    , m_firstDay(clock.today().addDays(-kHistoryDays - 1))
    , m_numbers(size_t(kHistoryDays + 2), 0)
    , m_onlineHours(kOnlineHours)
    , m_nightHours(kNightHours)
    , m_ratings(kRatings)
    , m_poorRatings(kPoorRatings)
    , m_followUps(services.services().size())
{
    const auto indexOf = [&services](QStringView name) {
        const DemoService *s = services.findByName(name.toString());
        Q_ASSERT(s);
        return s ? int(s - services.services().data()) : -1;
    };
    for (const FollowUpData &f : kFollowUps) {
        const int from = indexOf(f.from);
        const int to = indexOf(f.to);
        if (from >= 0 && to >= 0)
            m_followUps[size_t(from)].push_back({to, f.chance, f.minDays, f.maxDays});
    }
}

const DemoService &ApplicationGenerator::pickService(Audience audience, const QString &districtCode)
{
    const auto &all = m_services.services();
    auto found = m_districtPickers.find(districtCode);
    if (found == m_districtPickers.end()) {
        std::vector<WeightedPicker> pickers(static_cast<size_t>(Audience::Count));
        for (size_t a = 0; a < pickers.size(); ++a) {
            for (int index : m_services.pool(Audience(a)))
                pickers[a].add(all[size_t(index)].popularity *
                               districtDemand(districtCode, all[size_t(index)].code));
        }
        found = m_districtPickers.emplace(districtCode, std::move(pickers));
    }
    const auto &pool = m_services.pool(audience);
    return all[size_t(pool[size_t((*found)[size_t(audience)].pick(m_rng))])];
}

QString ApplicationGenerator::nextNumber(QDate day)
{
    const qint64 index = std::clamp<qint64>(m_firstDay.daysTo(day), 0, qint64(m_numbers.size()) - 1);
    const int n = ++m_numbers[size_t(index)];
    return DemoClock::compactDate(day) + QLatin1Char('-') +
           QString::number(n).rightJustified(6, QLatin1Char('0'));
}

QDate ApplicationGenerator::randomWorkday(QDate from, QDate to, bool counter)
{
    const int span = int(from.daysTo(to));
    if (span <= 0)
        return from;
    // Fewer applications at weekends, hardly any at the counters on Sundays.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QDate d = from.addDays(m_rng.between(0, span));
        const int dow = d.dayOfWeek();
        const double keep = dow <= 5 ? 1.0 : (counter ? (dow == 6 ? 0.2 : 0.03) : 0.5);
        if (m_rng.chance(keep))
            return d;
    }
    return from.addDays(m_rng.between(0, span));
}

// The day an application is submitted: near the hint (a birth, a pregnancy) when there is one, inside
// the service's yearly window when it has one, otherwise any day of the past year.
QDate ApplicationGenerator::dayFor(const DemoService &service, QDate earliest, QDate hint)
{
    const QDate today = m_clock.today();
    const QDate last = today.addDays(-1);
    QDate from = std::max(today.addDays(-kHistoryDays), earliest);
    if (from > last)
        from = last;
    if (hint.isValid() && hint <= last)
        return std::min(last, std::max(from, hint));
    if (service.monthFrom > 0) {
        for (int year = today.year(); year >= today.year() - 1; --year) {
            const QDate start(year, service.monthFrom, 1);
            const QDate end = QDate(year, service.monthTo, 1).addMonths(1).addDays(-1);
            const QDate a = std::max(start, from);
            const QDate b = std::min(end, last);
            if (a <= b)
                return randomWorkday(a, b, false);
        }
    }
    return randomWorkday(from, last, false);
}

void ApplicationGenerator::forCitizen(DemoCitizen &c, DemoBatch &batch)
{
    const int age = c.age;
    const double mean = age < 16 ? 0.08 : age <= 22 ? 1.0 : age < 65 ? 1.95 : 1.4;
    int count = m_rng.poisson(mean);
    // Life events make an application very likely.
    const bool newborn = c.mainCarer && c.childBirth.isValid();
    if (newborn && count == 0 && m_rng.chance(0.8))
        count = 1;
    if (count == 0)
        return;

    const CitizenAudiences audiences = audiencesOf(c);

    Applicant who;
    who.type = QStringLiteral("citizen");
    who.id = c.id;
    who.channel = c.channel;
    who.prefersCounter = c.has(CitizenTag::CounterPreferred);
    who.nightOwl = c.has(CitizenTag::NightActive);
    who.earliestMs = c.registeredMs;

    const size_t firstApplication = batch.applications.size();
    for (int k = 0; k < count; ++k) {
        const Audience audience = audiences.pick(m_rng);
        const DemoService &service = pickService(audience, batch.grid->districtCode);
        QDate hint;
        if (audience == Audience::Newborn)
            hint = c.childBirth.addDays(m_rng.between(3, 45));
        else if (audience == Audience::Pregnant && c.pregnantSince.isValid())
            hint = c.pregnantSince.addDays(m_rng.between(0, 40));
        const QDate earliest =
            DemoClock::localDate(std::max(c.registeredMs, DemoClock::localMs(c.birthDate, 0)));
        const QDate day = apply(service, who, dayFor(service, earliest, hint), batch);
        followUp(service, who, day, 3, batch);
    }

    const size_t made = batch.applications.size() - firstApplication;
    if (made >= 3) {
        qint64 third = 0;
        std::vector<qint64> times;
        for (size_t i = firstApplication; i < batch.applications.size(); ++i)
            times.push_back(batch.applications[i].submittedMs);
        std::sort(times.begin(), times.end());
        third = times[2];
        CitizenProfiler::addTag(c, CitizenTag::FrequentApplicant, DemoClock::localDate(third),
                                TagSource::Model);
    }
}

void ApplicationGenerator::forEnterprise(const DemoEnterprise &e, DemoBatch &batch)
{
    const int count = m_rng.poisson(1.6);
    Applicant who;
    who.type = QStringLiteral("enterprise");
    who.id = e.id;
    who.channel = m_rng.chance(0.8) ? Channel::Pc : Channel::Mobile;
    who.prefersCounter = m_rng.chance(0.1);
    who.earliestMs = DemoClock::localMs(e.establishedOn, 9 * 3600);
    for (int k = 0; k < count; ++k) {
        Audience audience = Audience::Enterprise;
        if (e.stage == QLatin1String("new") && m_rng.chance(0.6))
            audience = Audience::EnterpriseNew;
        else if (e.stage == QLatin1String("closing") && m_rng.chance(0.6))
            audience = Audience::EnterpriseClosing;
        const DemoService &service = pickService(audience, batch.grid->districtCode);
        QDate hint;
        if (audience == Audience::EnterpriseNew)
            hint = e.establishedOn.addDays(m_rng.between(0, 20));
        apply(service, who, dayFor(service, e.establishedOn, hint), batch);
    }
}

void ApplicationGenerator::followUp(const DemoService &service, const Applicant &who, QDate day, int depth,
                                    DemoBatch &batch)
{
    if (depth <= 0)
        return;
    const QDate last = m_clock.today().addDays(-1);
    const auto &all = m_services.services();
    for (const FollowUp &f : m_followUps[size_t(&service - all.data())]) {
        if (!m_rng.chance(f.chance))
            continue;
        const QDate next = day.addDays(m_rng.between(f.minDays, f.maxDays));
        if (next > last)
            continue; // not yet
        const DemoService &to = all[size_t(f.service)];
        followUp(to, who, apply(to, who, next, batch), depth - 1, batch);
    }
}

QDate ApplicationGenerator::apply(const DemoService &service, const Applicant &who, QDate day,
                                  DemoBatch &batch)
{
    const qint64 now = m_clock.nowMs();

    // Channel and time of day.
    Channel channel = who.channel;
    const double counterShare = who.prefersCounter ? 0.6 : 0.12;
    if (!service.online || m_rng.chance(counterShare))
        channel = Channel::Counter;
    else if (channel == Channel::Tv && m_rng.chance(0.6))
        channel = Channel::Mobile; // TV portals mostly browse; applying is easier on a phone
    int second = 0;
    if (channel == Channel::Counter) {
        second = m_rng.chance(0.55) ? m_rng.between(9 * 3600, 11 * 3600 + 1800)
                                    : m_rng.between(14 * 3600, 17 * 3600 + 1800);
    } else {
        const int hour = (who.nightOwl ? m_nightHours : m_onlineHours).pick(m_rng);
        second = hour * 3600 + m_rng.between(0, 3599);
    }
    qint64 submitted = DemoClock::localMs(day, second);
    if (submitted < who.earliestMs)
        submitted = who.earliestMs + qint64(m_rng.between(60, 7200)) * 1000;
    if (submitted >= now - 60000)
        submitted = now - qint64(m_rng.between(60, 6 * 3600)) * 1000;
    day = DemoClock::localDate(submitted);

    DemoApplication a;
    a.id = m_rng.uuid();
    a.number = nextNumber(day);
    a.serviceId = service.id;
    a.applicantType = who.type;
    a.applicantId = who.id;
    a.channel = channelName(channel);
    a.submittedMs = submitted;
    a.districtCode = batch.grid->districtCode;
    a.gridId = batch.grid->id;

    playWorkflow(service, a);
    batch.applications.push_back(std::move(a));
    return day;
}

QString ApplicationGenerator::officerName(const QString &staffId) const
{
    const DemoStaff *s = m_staff.find(staffId);
    return s ? s->displayName : staffId;
}

void ApplicationGenerator::playWorkflow(const DemoService &service, DemoApplication &a)
{
    static const QString kWaiting = QStringLiteral("waiting"), kActive = QStringLiteral("active"),
                         kDone = QStringLiteral("done"), kRejected = QStringLiteral("rejected"),
                         kCancelled = QStringLiteral("cancelled");
    const qint64 now = m_clock.nowMs();
    const qint64 submitted = a.submittedMs;
    a.dueMs = dueAfterMs(submitted, service.slaDays);

    const int stepCount = int(service.steps.size());
    for (const DemoWorkflowStep &ws : service.steps) {
        DemoApplicationStep st;
        st.name = ws.name;
        st.departmentId = ws.departmentId;
        st.stage = ws.stage;
        st.slaDays = ws.slaDays;
        st.status = kWaiting;
        a.steps.append(st);
    }
    const int stageCount = service.steps.empty() ? 0 : service.steps.back().stage;
    const int rejectStage = m_rng.chance(0.04) ? 1 + m_rng.below(std::max(1, stageCount)) : 0;
    const bool stuck = m_rng.chance(0.01);
    bool overdueSomewhere = false;
    qint64 t = submitted;
    QString status;
    int rejectedSeq = 0;
    a.currentStep = stepCount;
    for (int stage = 1; stage <= stageCount && status.isEmpty(); ++stage) {
        // Hand-over between stages (and departments) takes a little while.
        if (stage > 1)
            t += qint64(m_rng.between(5 * 60, 20 * 3600)) * 1000;
        qint64 stageEnd = t;
        bool open = false;
        int firstOfStage = -1;
        for (int i = 0; i < stepCount; ++i) {
            DemoApplicationStep &st = a.steps[i];
            if (st.stage != stage)
                continue;
            if (firstOfStage < 0)
                firstOfStage = i;
            st.startedMs = t;
            st.dueMs = dueAfterMs(t, st.slaDays);
            double f = stage == 1        ? m_rng.uniform(0.1, 1.0)
                       : st.slaDays <= 1 ? m_rng.uniform(0.02, 0.5)
                                         : m_rng.uniform(0.1, 0.85);
            if (m_rng.chance(0.05))
                f = m_rng.uniform(1.05, 2.2);
            if (stuck)
                f = m_rng.uniform(3, 8);
            const qint64 opens = nextOfficeTime(t, m_rng);
            const qint64 finish = opens + qint64(double(slaMs(st.slaDays)) * f);
            const QStringList &officers = m_staff.officersOf(st.departmentId);
            // Claimed (受理) soon after the office opens.
            const qint64 claimed = opens + qint64(m_wf.between(5 * 60, 3 * 3600)) * 1000;
            if (finish <= now) {
                st.finishedMs = finish;
                st.handlerId = m_rng.pick(officers);
                st.claimedBy = st.handlerId;
                st.claimedMs = std::min(claimed, finish);
                st.status = kDone;
                overdueSomewhere |= finish > st.dueMs;
                stageEnd = std::max(stageEnd, finish);
            } else {
                open = true;
                st.status = kActive;
                if (claimed < now && m_wf.chance(0.75)) {
                    st.claimedBy = m_rng.pick(officers);
                    st.claimedMs = claimed;
                }
            }
        }
        if (stage == rejectStage && a.steps[firstOfStage].status == kDone) {
            // Rejected at the first step of the stage: the rest of the application is called off.
            DemoApplicationStep &st = a.steps[firstOfStage];
            st.status = kRejected;
            rejectedSeq = firstOfStage + 1;
            for (DemoApplicationStep &other : a.steps) {
                if (other.status == kActive || other.status == kWaiting) {
                    other.status = kCancelled;
                    other.claimedBy.clear();
                    other.claimedMs = kNoTime;
                }
            }
            status = QStringLiteral("rejected");
            a.currentStep = firstOfStage + 1;
            a.completedMs = st.finishedMs;
            break;
        }
        if (open) {
            status = QStringLiteral("in_progress");
            for (int i = 0; i < stepCount; ++i) {
                if (a.steps[i].status == kActive) {
                    a.currentStep = i + 1;
                    break;
                }
            }
            break;
        }
        t = stageEnd;
    }
    if (status.isEmpty()) {
        status = QStringLiteral("completed");
        a.completedMs = t;
        if (m_rng.chance(0.7)) {
            a.rating = 1 + (overdueSomewhere ? m_poorRatings : m_ratings).pick(m_rng);
            if (m_wf.chance(0.85))
                a.ratingComment = m_rng.pick(kComments[a.rating - 1]).toString();
        }
    }
    a.status = status;
    addHistory(service, a, rejectedSeq);
    if (service.name == QStringLiteral("积分入学申请"))
        addPoints(a);
    qint64 updated = submitted;
    for (const DemoApplicationStep &st : std::as_const(a.steps))
        updated = std::max({updated, st.startedMs, st.finishedMs, st.claimedMs});
    for (const DemoApplicationEvent &e : a.events)
        updated = std::max(updated, e.atMs);
    a.updatedMs = updated;
}

// Events of the application in time order, with the versions they made; the open ones' returns,
// resumes, transfers and comments are decided here too (they change steps and due dates).
void ApplicationGenerator::addHistory(const DemoService &service, DemoApplication &a, int rejectedSeq)
{
    const qint64 now = m_clock.nowMs();
    const bool isOpen = a.status == QLatin1String("in_progress");
    const bool detailed = isOpen || a.submittedMs >= now - qint64(kDetailedDays) * DemoClock::kDayMs;
    std::vector<DemoApplicationEvent> events;
    const auto event = [&](qint64 at, const QString &actor, const QString &action, int stepSeq) {
        DemoApplicationEvent e;
        e.atMs = at;
        e.actorId = actor;
        e.actorName = actor.isEmpty() ? QStringLiteral("申请人") : officerName(actor);
        e.action = action;
        e.stepSeq = stepSeq;
        if (stepSeq > 0)
            e.departmentId = a.steps[stepSeq - 1].departmentId;
        return e;
    };

    // The open application's current step: returned for supplement (and waiting, or resumed since),
    // transferred, or simply in hand.
    if (isOpen) {
        DemoApplicationStep *current = nullptr;
        int currentSeq = 0;
        for (int i = 0; i < a.steps.size(); ++i) {
            if (a.steps[i].status == QLatin1String("active") && !a.steps[i].claimedBy.isEmpty()) {
                current = &a.steps[i];
                currentSeq = i + 1;
                break;
            }
        }
        const QStringList materials =
            QJsonDocument::fromJson(service.materialsJson.toUtf8()).toVariant().toStringList();
        const double roll = m_wf.unit();
        if (current && !materials.isEmpty() && roll < 0.25) {
            // Returned for supplement after the claim; some are still waiting, the others came back.
            const qint64 returned =
                current->claimedMs + qint64(double(now - current->claimedMs) * m_wf.uniform(0.1, 0.7));
            QStringList missing{m_wf.pick(materials)};
            if (materials.size() > 2 && m_wf.chance(0.3) && !missing.contains(materials.last()))
                missing.append(materials.last());
            const QString missingJson = QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(missing)).toJson(QJsonDocument::Compact));
            DemoApplicationEvent ret =
                event(returned, current->claimedBy, QStringLiteral("return"), currentSeq);
            ret.materialsJson = missingJson;
            ret.reason = QStringLiteral("请补充：") + missing.join(QStringLiteral("、"));
            events.push_back(ret);
            for (const QString &m : materials)
                a.materials.push_back({m, !missing.contains(m)});
            if (roll < 0.15) {
                a.status = QStringLiteral("supplement");
                a.pausedMs = returned;
                a.missingMaterialsJson = missingJson;
            } else {
                const qint64 resumed = returned + qint64(double(now - returned) * m_wf.uniform(0.2, 0.9));
                DemoApplicationEvent res =
                    event(resumed, current->claimedBy, QStringLiteral("resume"), currentSeq);
                res.materialsJson = missingJson;
                events.push_back(res);
                for (DemoApplicationMaterial &m : a.materials)
                    m.received = true;
                // Every open clock moves by the working days paused.
                const QDateTime from = QDateTime::fromMSecsSinceEpoch(returned, Qt::UTC);
                const QDateTime to = QDateTime::fromMSecsSinceEpoch(resumed, Qt::UTC);
                for (DemoApplicationStep &st : a.steps) {
                    if (st.status == QLatin1String("active") && st.dueMs != kNoTime)
                        st.dueMs = worktime::dueAfterPause(QDateTime::fromMSecsSinceEpoch(st.dueMs, Qt::UTC),
                                                           from, to)
                                       .toMSecsSinceEpoch();
                }
                a.dueMs = worktime::dueAfterPause(QDateTime::fromMSecsSinceEpoch(a.dueMs, Qt::UTC), from, to)
                              .toMSecsSinceEpoch();
            }
        } else if (current && roll < 0.31) {
            // Transferred to another department of the workflow; nobody there has claimed it yet.
            QString target;
            for (const DemoApplicationStep &st : a.steps) {
                if (st.departmentId != current->departmentId) {
                    target = st.departmentId;
                    break;
                }
            }
            if (!target.isEmpty()) {
                const qint64 at =
                    current->claimedMs + qint64(double(now - current->claimedMs) * m_wf.uniform(0.1, 0.9));
                DemoApplicationEvent tr =
                    event(at, current->claimedBy, QStringLiteral("transfer"), currentSeq);
                tr.toDepartmentId = target;
                tr.reason = QStringLiteral("该事项涉及%1职责，转交办理").arg(target);
                // The claim event comes before the transfer (added below from the step), then the step moves.
                DemoApplicationEvent claim =
                    event(current->claimedMs, current->claimedBy, QStringLiteral("claim"), currentSeq);
                events.push_back(claim);
                events.push_back(tr);
                current->transferredFrom = current->departmentId;
                current->departmentId = target;
                current->claimedBy.clear();
                current->claimedMs = kNoTime;
            }
        }
    }
    if (!detailed) {
        a.materials.clear();
        return;
    }

    // Submission: at the counter by an officer of the first department, online by the applicant.
    {
        QString submitter;
        if (a.channel == QLatin1String("counter") && !a.steps.isEmpty())
            submitter = m_wf.pick(m_staff.officersOf(service.steps.front().departmentId));
        DemoApplicationEvent sub = event(a.submittedMs, submitter, QStringLiteral("submit"), 0);
        events.push_back(sub);
    }
    static const QStringView kNotes[] = {u"已电话联系申请人核实信息", u"材料齐全，按时限办理",
                                         u"已与相关部门沟通协调", u"申请人来电询问进度，已答复"};
    for (int i = 0; i < a.steps.size(); ++i) {
        DemoApplicationStep &st = a.steps[i];
        const int seq = i + 1;
        // Most finished steps were approved at once, which claims them implicitly (no claim event);
        // the others, and every open claim, were claimed (受理) first.
        const bool finished = st.finishedMs != kNoTime;
        if (finished && !m_wf.chance(0.3))
            st.claimedMs = st.finishedMs;
        else if (!st.claimedBy.isEmpty() && st.claimedMs != kNoTime)
            events.push_back(event(st.claimedMs, st.claimedBy, QStringLiteral("claim"), seq));
        if (st.finishedMs != kNoTime && !st.handlerId.isEmpty()) {
            if (m_wf.chance(0.06)) {
                DemoApplicationEvent c = event(st.startedMs + (st.finishedMs - st.startedMs) / 2,
                                               st.handlerId, QStringLiteral("comment"), seq);
                c.comment = m_wf.pick(kNotes).toString();
                events.push_back(c);
            }
            DemoApplicationEvent done =
                event(st.finishedMs, st.handlerId,
                      seq == rejectedSeq ? QStringLiteral("reject") : QStringLiteral("approve"), seq);
            if (seq == rejectedSeq)
                done.reason = QStringLiteral("申请材料不符合办理条件");
            events.push_back(done);
        }
    }
    std::stable_sort(
        events.begin(), events.end(),
        [](const DemoApplicationEvent &x, const DemoApplicationEvent &y) { return x.atMs < y.atMs; });
    qint64 version = 0;
    for (DemoApplicationEvent &e : events)
        e.version = ++version;
    if (a.status == QLatin1String("completed")) {
        DemoApplicationEvent done;
        done.atMs = a.completedMs;
        done.actorName = QStringLiteral("系统");
        done.action = QStringLiteral("complete");
        done.version = version; // the last approve's
        events.push_back(done);
        if (a.rating > 0) {
            const qint64 at =
                std::min(now - 60 * 1000, a.completedMs + qint64(m_wf.between(600, 3 * 86400)) * 1000);
            DemoApplicationEvent rate =
                event(std::max(at, a.completedMs), QString(), QStringLiteral("rate"), 0);
            rate.comment = a.ratingComment;
            rate.version = ++version;
            events.push_back(rate);
        }
    }
    a.version = std::max<qint64>(1, version);
    a.events = std::move(events);
}

// Points of a points-based enrolment application (积分入学): residence, social insurance, housing, family
// planning, as Xiamen's rules count them.
void ApplicationGenerator::addPoints(DemoApplication &a)
{
    const int residence = m_wf.between(1, 10);
    const int insurance = m_wf.between(1, residence);
    a.points.push_back({QStringLiteral("居住年限"), residence * 2.0});
    a.points.push_back({QStringLiteral("社保缴纳年限"), insurance * 3.0});
    if (m_wf.chance(0.45))
        a.points.push_back({QStringLiteral("房产（自有住房）"), 20.0});
    else
        a.points.push_back({QStringLiteral("租赁（备案满一年）"), 10.0});
    if (m_wf.chance(0.8))
        a.points.push_back({QStringLiteral("计划生育（符合政策）"), 5.0});
    if (m_wf.chance(0.1))
        a.points.push_back({QStringLiteral("志愿服务"), double(m_wf.between(1, 4))});
}

} // namespace gd::server
