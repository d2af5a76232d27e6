#include "demo/usagegenerator.h"

#include "demo/applicationgenerator.h"

namespace gd::server {
namespace {

constexpr double kChannelMix[] = {28, 62, 6, 4}; // pc, mobile, pad, tv
constexpr double kOfficeHours[] = {0.05, 0.02, 0.01, 0.01, 0.01, 0.02, 0.1, 0.5, 2.5, 4.5, 5,   4.5,
                                   2,    3.5,  4.5,  4.5,  4,    3,    1,   0.6, 0.6, 0.5, 0.3, 0.1};
constexpr double kEveningHours[] = {0.6, 0.3, 0.1, 0.05, 0.05, 0.1, 0.5, 1.5, 2, 2.5, 2.5, 2.5,
                                    3,   2.5, 2.2, 2.2,  2.2,  2.5, 3,   3.5, 4, 4,   3,   1.5};
constexpr double kNightHours[] = {3, 2,   1,   0.3, 0.1, 0.1, 0.3, 0.8, 1, 1.5, 1.5, 1.5,
                                  2, 1.5, 1.5, 1.5, 1.5, 1.5, 2,   2.5, 3, 3.5, 4.5, 4.5};

} // namespace

UsageGenerator::UsageGenerator(DemoRandom &rng, const DemoClock &clock, const ServiceCatalogue &services)
    : m_rng(rng)
    , m_clock(clock)
    , m_services(services)
    , m_channels(kChannelMix)
    , m_officeHours(kOfficeHours)
    , m_eveningHours(kEveningHours)
    , m_nightHours(kNightHours)
{
    const auto &all = services.services();
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].applicantType == QLatin1String("citizen")) {
            m_viewed.add(all[i].popularity);
            m_viewedIndex.push_back(int(i));
        }
    }
}

// A service of one of the citizen's audiences (by their weights), by popularity inside it.
QString UsageGenerator::viewedByAudience(const CitizenAudiences &audiences)
{
    const Audience audience = audiences.pick(m_rng);
    const auto &pool = m_services.pool(audience);
    return m_services.services()[size_t(pool[size_t(m_services.picker(audience).pick(m_rng))])].id;
}

void UsageGenerator::forCitizen(const DemoCitizen &c, const DemoApplication *applications, int count,
                                DemoBatch &batch)
{
    static const QString kLogin = QStringLiteral("login"), kView = QStringLiteral("view"),
                         kApply = QStringLiteral("apply");
    if (c.age < 12)
        return;
    const qint64 now = m_clock.nowMs();
    const qint64 from = std::max(now - qint64(kHistoryDays) * DemoClock::kDayMs, c.registeredMs);
    if (from >= now)
        return;

    int applied = 0;
    for (int i = 0; i < count; ++i) {
        const DemoApplication &a = applications[i];
        if (a.submittedMs < from || a.channel == QLatin1String("counter"))
            continue;
        DemoUsageEvent e;
        e.citizenId = c.id;
        e.kind = kApply;
        e.channel = a.channel;
        e.serviceId = a.serviceId;
        e.occurredMs = a.submittedMs;
        if (m_rng.chance(0.4)) {
            // Read the service's guide first.
            DemoUsageEvent view = e;
            view.kind = kView;
            view.occurredMs = std::max(from, a.submittedMs - qint64(m_rng.between(600, 5 * 86400)) * 1000);
            batch.usageEvents.push_back(std::move(view));
            ++applied;
        }
        batch.usageEvents.push_back(std::move(e));
        ++applied;
    }
    const CitizenAudiences audiences = ApplicationGenerator::audiencesOf(c);

    const double mean = c.age < 18 ? 1.2 : c.age < 65 ? 3.9 : 2.6;
    const int events = std::max(0, m_rng.poisson(mean) - applied);
    const bool nightOwl = c.has(CitizenTag::NightActive);
    const int days = int((now - from) / DemoClock::kDayMs);
    for (int i = 0; i < events; ++i) {
        DemoUsageEvent e;
        e.citizenId = c.id;
        const Channel channel = m_rng.chance(0.8) ? c.channel : Channel(m_channels.pick(m_rng));
        e.channel = channelName(channel);
        if (m_rng.chance(0.5)) {
            e.kind = kLogin;
        } else {
            e.kind = kView;
            e.serviceId = m_rng.chance(0.5)
                              ? viewedByAudience(audiences)
                              : m_services.services()[size_t(m_viewedIndex[size_t(m_viewed.pick(m_rng))])].id;
        }
        // PCs are used on workdays; phones every day.
        QDate day;
        for (int attempt = 0; attempt < 8; ++attempt) {
            day = DemoClock::localDate(now).addDays(-m_rng.between(1, std::max(1, days)));
            const bool weekend = day.dayOfWeek() >= 6;
            if (!weekend || m_rng.chance(channel == Channel::Pc ? 0.35 : 1.0))
                break;
        }
        const WeightedPicker &hours =
            nightOwl ? m_nightHours : (channel == Channel::Pc ? m_officeHours : m_eveningHours);
        e.occurredMs = std::clamp(DemoClock::localMs(day, hours.pick(m_rng) * 3600 + m_rng.between(0, 3599)),
                                  from, now - 1000);
        batch.usageEvents.push_back(std::move(e));
    }
}

} // namespace gd::server
