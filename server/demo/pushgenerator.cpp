#include "demo/pushgenerator.h"

namespace gd::server {
namespace {

enum Status { Queued, Delivered, Opened, Applied, Ignored, StatusCount };
constexpr double kStatusWeights[StatusCount] = {5, 30, 30, 15, 20};
const QString &statusName(int s)
{
    static const QString names[StatusCount] = {QStringLiteral("queued"), QStringLiteral("delivered"),
                                               QStringLiteral("opened"), QStringLiteral("applied"),
                                               QStringLiteral("ignored")};
    return names[s];
}

constexpr double kChannelWeights[] = {55, 30, 15};
const QString &channelNameOf(int c)
{
    static const QString names[] = {QStringLiteral("app"), QStringLiteral("sms"), QStringLiteral("wechat")};
    return names[c];
}

// Residents of 16 and over get pushes; about 80% of residents are, so this gives one per eight citizens.
constexpr double kPushShare = 0.155;

// Why the service is recommended, by the audience it was matched on.
QString reasonFor(Audience a)
{
    switch (a) {
    case Audience::Pregnant:
        return QStringLiteral("您已在母子健康手册建档");
    case Audience::Newborn:
        return QStringLiteral("恭喜您家添了宝宝");
    case Audience::SchoolFamily:
        return QStringLiteral("您家有学龄儿童");
    case Audience::Unemployed:
        return QStringLiteral("您已办理失业登记");
    case Audience::Disabled:
        return QStringLiteral("您持有残疾人证");
    case Audience::Veteran:
        return QStringLiteral("感谢您曾经的服役");
    case Audience::NewResident:
        return QStringLiteral("欢迎您来厦工作生活");
    case Audience::CarOwner:
        return QStringLiteral("您名下登记有机动车");
    case Audience::LowIncome:
        return QStringLiteral("您的家庭享受最低生活保障");
    case Audience::Elderly:
        return QStringLiteral("关爱长者");
    default:
        return QStringLiteral("根据您的办事记录");
    }
}

} // namespace

PushGenerator::PushGenerator(DemoRandom &rng, const DemoClock &clock, const ServiceCatalogue &services,
                             const StaffRoster &staff)
    : m_rng(rng)
    , m_clock(clock)
    , m_services(services)
    , m_staff(staff)
    , m_statuses(kStatusWeights)
    , m_channels(kChannelWeights)
{
}

void PushGenerator::forCitizen(const DemoCitizen &c, DemoBatch &batch)
{
    if (c.age < 16 || !m_rng.chance(kPushShare))
        return;

    // The audiences the citizen's tags match; most pushes use one of them.
    Audience matches[12];
    int n = 0;
    auto offer = [&](bool yes, Audience a) {
        if (yes && !m_services.pool(a).empty())
            matches[n++] = a;
    };
    offer(c.has(CitizenTag::Pregnant), Audience::Pregnant);
    offer(c.mainCarer && c.childBirth.isValid(), Audience::Newborn);
    offer(c.has(CitizenTag::SchoolChildFamily), Audience::SchoolFamily);
    offer(c.has(CitizenTag::Unemployed), Audience::Unemployed);
    offer(c.has(CitizenTag::Disabled), Audience::Disabled);
    offer(c.has(CitizenTag::Veteran), Audience::Veteran);
    offer(c.has(CitizenTag::NewResident), Audience::NewResident);
    offer(c.has(CitizenTag::CarOwner), Audience::CarOwner);
    offer(c.has(CitizenTag::LowIncome), Audience::LowIncome);
    offer(c.age >= 60, Audience::Elderly);
    Audience audience = Audience::General;
    if (n > 0 && m_rng.chance(0.85))
        audience = matches[m_rng.below(n)];
    else if (c.employed && m_rng.chance(0.5))
        audience = Audience::Worker;
    else if (c.age >= 20 && c.age <= 35 && m_rng.chance(0.5))
        audience = Audience::YoungAdult;
    if (m_services.pool(audience).empty())
        audience = Audience::General;
    const auto &pool = m_services.pool(audience);
    const DemoService &service =
        m_services.services()[size_t(pool[size_t(m_services.picker(audience).pick(m_rng))])];

    DemoPush p;
    p.id = m_rng.uuid();
    p.citizenId = c.id;
    p.serviceId = service.id;
    p.channel = channelNameOf(m_channels.pick(m_rng));
    p.message =
        QStringLiteral("【i厦门】") + c.name + QStringLiteral("您好，") + reasonFor(audience) +
        QStringLiteral("，为您推荐“") + service.name + QStringLiteral("”，") +
        (service.online ? QStringLiteral("可在i厦门全程网上办理") : QStringLiteral("可预约到窗口办理")) +
        QStringLiteral("，承诺%1个工作日办结。").arg(service.slaDays);
    p.sentBy = m_rng.pick(m_staff.officersOf(service.departmentId));

    // The send day fits the response: no response yet within 14 days, ignored after them.
    const int status = m_statuses.pick(m_rng);
    p.status = statusName(status);
    int daysBack = 1;
    switch (status) {
    case Queued:
        daysBack = 1;
        break;
    case Delivered:
        daysBack = m_rng.between(1, 13);
        break;
    case Ignored:
        daysBack = m_rng.between(15, kHistoryDays - 1);
        break;
    default:
        daysBack = m_rng.between(1, kHistoryDays - 1);
        break;
    }
    const QDate day = m_clock.today().addDays(-daysBack);
    p.sentMs = DemoClock::localMs(day, m_rng.between(9 * 3600, 17 * 3600 + 1800));
    p.updatedMs = p.sentMs;
    const qint64 latest = m_clock.nowMs() - 60000;
    if (status == Opened || status == Applied) {
        const qint64 delay = status == Opened ? qint64(m_rng.between(2 * 60, 3 * 86400)) * 1000
                                              : qint64(m_rng.between(30 * 60, 7 * 86400)) * 1000;
        p.respondedMs = std::min(p.sentMs + delay, latest);
        p.updatedMs = p.respondedMs;
    } else if (status == Ignored) {
        p.updatedMs = p.sentMs + 14 * DemoClock::kDayMs;
    }
    batch.pushes.push_back(std::move(p));
}

} // namespace gd::server
