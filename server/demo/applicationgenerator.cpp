#include "demo/applicationgenerator.h"

#include "demo/citizenprofiler.h"

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

struct AudienceWeight {
    Audience audience;
    double weight;
};

} // namespace

ApplicationGenerator::ApplicationGenerator(DemoRandom &rng, const DemoClock &clock,
                                           const ServiceCatalogue &services, const StaffRoster &staff)
    : m_rng(rng)
    , m_clock(clock)
    , m_services(services)
    , m_staff(staff)
    , m_firstDay(clock.today().addDays(-kHistoryDays - 1))
    , m_numbers(size_t(kHistoryDays + 2), 0)
    , m_onlineHours(kOnlineHours)
    , m_nightHours(kNightHours)
    , m_ratings(kRatings)
    , m_poorRatings(kPoorRatings)
{
}

const DemoService &ApplicationGenerator::pickService(Audience audience)
{
    const auto &pool = m_services.pool(audience);
    return m_services.services()[size_t(pool[size_t(m_services.picker(audience).pick(m_rng))])];
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

    AudienceWeight candidates[16];
    int n = 0;
    auto offer = [&](bool yes, Audience a, double w) {
        if (yes)
            candidates[n++] = {a, w};
    };
    offer(true, Audience::General, 3);
    offer(c.employed, Audience::Worker, 2.5);
    offer(age >= 20 && age <= 35, Audience::YoungAdult, 1.5);
    offer(age >= 60, Audience::Elderly, 2.5);
    offer(c.has(CitizenTag::Pregnant), Audience::Pregnant, 3);
    offer(newborn, Audience::Newborn, 6);
    offer(c.has(CitizenTag::SchoolChildFamily), Audience::SchoolFamily, 3);
    offer(c.has(CitizenTag::Unemployed), Audience::Unemployed, 4);
    offer(c.has(CitizenTag::Disabled), Audience::Disabled, 3);
    offer(c.has(CitizenTag::Veteran), Audience::Veteran, 2);
    offer(c.has(CitizenTag::NewResident), Audience::NewResident, 3);
    offer(c.has(CitizenTag::CarOwner), Audience::CarOwner, 2);
    offer(c.has(CitizenTag::LowIncome), Audience::LowIncome, 3);
    double total = 0;
    for (int i = 0; i < n; ++i)
        total += candidates[i].weight;

    Applicant who;
    who.type = QStringLiteral("citizen");
    who.id = c.id;
    who.channel = c.channel;
    who.prefersCounter = c.has(CitizenTag::CounterPreferred);
    who.nightOwl = c.has(CitizenTag::NightActive);
    who.earliestMs = c.registeredMs;

    const size_t firstApplication = batch.applications.size();
    for (int k = 0; k < count; ++k) {
        double x = m_rng.unit() * total;
        Audience audience = candidates[n - 1].audience;
        for (int i = 0; i < n; ++i) {
            if (x < candidates[i].weight) {
                audience = candidates[i].audience;
                break;
            }
            x -= candidates[i].weight;
        }
        const DemoService &service = pickService(audience);
        QDate hint;
        if (audience == Audience::Newborn)
            hint = c.childBirth.addDays(m_rng.between(3, 45));
        else if (audience == Audience::Pregnant && c.pregnantSince.isValid())
            hint = c.pregnantSince.addDays(m_rng.between(0, 40));
        const QDate earliest =
            DemoClock::localDate(std::max(c.registeredMs, DemoClock::localMs(c.birthDate, 0)));
        apply(service, who, dayFor(service, earliest, hint), batch);
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
        const DemoService &service = pickService(audience);
        QDate hint;
        if (audience == Audience::EnterpriseNew)
            hint = e.establishedOn.addDays(m_rng.between(0, 20));
        apply(service, who, dayFor(service, e.establishedOn, hint), batch);
    }
}

void ApplicationGenerator::apply(const DemoService &service, const Applicant &who, QDate day,
                                 DemoBatch &batch)
{
    static const QString kWaiting = QStringLiteral("waiting"), kActive = QStringLiteral("active"),
                         kDone = QStringLiteral("done"), kReturned = QStringLiteral("returned"),
                         kRejected = QStringLiteral("rejected");
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
    a.dueMs = submitted + slaMs(service.slaDays);
    a.districtCode = batch.grid->districtCode;
    a.gridId = batch.grid->id;

    // Play the workflow forward until now.
    const int stepCount = int(service.steps.size());
    const int rejectAt = m_rng.chance(0.04) ? m_rng.below(stepCount) : -1;
    const bool stuck = m_rng.chance(0.01);
    bool overdueSomewhere = false;
    qint64 t = submitted;
    QString status;
    a.currentStep = stepCount;
    for (int i = 0; i < stepCount; ++i) {
        const DemoWorkflowStep &ws = service.steps[size_t(i)];
        DemoApplicationStep st;
        st.name = ws.name;
        st.departmentId = ws.departmentId;
        if (!status.isEmpty()) {
            st.status = kWaiting;
            a.steps.append(st);
            continue;
        }
        // Hand-over between departments takes a little while.
        if (i > 0)
            t +=
                qint64(m_rng.between(
                    5 * 60, (ws.departmentId != service.steps[size_t(i - 1)].departmentId ? 20 : 2) * 3600)) *
                1000;
        st.startedMs = t;
        st.dueMs = t + slaMs(ws.slaDays);
        double f = i == 0            ? m_rng.uniform(0.1, 1.0)
                   : ws.slaDays <= 1 ? m_rng.uniform(0.02, 0.5)
                                     : m_rng.uniform(0.1, 0.85);
        if (m_rng.chance(0.05))
            f = m_rng.uniform(1.05, 2.2);
        if (stuck)
            f = m_rng.uniform(3, 8);
        const qint64 finish = nextOfficeTime(t, m_rng) + qint64(double(slaMs(ws.slaDays)) * f);
        const QStringList &officers = m_staff.officersOf(ws.departmentId);
        if (finish <= now) {
            st.finishedMs = finish;
            st.handlerId = m_rng.pick(officers);
            overdueSomewhere |= finish > st.dueMs;
            t = finish;
            if (i == rejectAt) {
                st.status = kRejected;
                status = QStringLiteral("rejected");
                a.currentStep = i + 1;
            } else {
                st.status = kDone;
            }
        } else {
            a.currentStep = i + 1;
            if (i == 0 && m_rng.chance(0.9)) {
                st.status = kActive;
                status = QStringLiteral("submitted"); // not yet accepted (受理): no handler
            } else if (m_rng.chance(0.15)) {
                st.status = kReturned;
                st.handlerId = m_rng.pick(officers);
                status = QStringLiteral("supplement");
            } else {
                st.status = kActive;
                st.handlerId = m_rng.pick(officers);
                status = QStringLiteral("in_progress");
            }
        }
        a.steps.append(st);
    }
    if (status.isEmpty()) {
        status = QStringLiteral("completed");
        a.completedMs = t;
        if (m_rng.chance(0.7)) {
            a.rating = 1 + (overdueSomewhere ? m_poorRatings : m_ratings).pick(m_rng);
            if (m_rng.chance(0.6))
                a.ratingComment = m_rng.pick(kComments[a.rating - 1]).toString();
        }
    }
    a.status = status;
    qint64 updated = submitted;
    for (const DemoApplicationStep &st : std::as_const(a.steps))
        updated = std::max({updated, st.startedMs, st.finishedMs});
    a.updatedMs = updated;
    batch.applications.push_back(std::move(a));
}

} // namespace gd::server
