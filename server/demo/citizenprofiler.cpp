#include "demo/citizenprofiler.h"

#include <array>

namespace gd::server {
namespace {

using T = CitizenTag;

// Preferred channels: older people use the TV service (IPTV 政务频道) and tablets more.
constexpr double kChannelsWorkingAge[] = {30, 64, 5.5, 0.5}; // Pc, Mobile, Pad, Tv
constexpr double kChannelsElderly[] = {12, 43, 10, 35};

const QStringList &officerDepartments()
{
    static const QStringList list{QStringLiteral("wjw"), QStringLiteral("gaj"), QStringLiteral("jyj"),
                                  QStringLiteral("rsj"), QStringLiteral("mzj"), QStringLiteral("ybj")};
    return list;
}

// A number in [0, 1) fixed by the citizen's id and `salt` (FNV-1a). The restricted groups are drawn from
// it rather than from the generator's stream, so adding them left every other demo row as it was.
double idFraction(const QString &id, quint64 salt)
{
    quint64 h = 14695981039346656037ULL ^ salt;
    for (const QChar ch : id) {
        h ^= ch.unicode();
        h *= 1099511628211ULL;
    }
    h ^= h >> 29;
    return double(h >> 11) / double(quint64(1) << 53);
}

} // namespace

CitizenProfiler::CitizenProfiler(DemoRandom &rng, const DemoClock &clock, const StaffRoster &staff)
    : m_rng(rng)
    , m_clock(clock)
    , m_staff(staff)
{
}

void CitizenProfiler::addTag(DemoCitizen &c, CitizenTag tag, QDate since, TagSource source)
{
    const quint64 bit = quint64(1) << int(tag);
    if (c.tagBits & bit)
        return;
    c.tagBits |= bit;
    // Nobody is tagged before birth or before arriving in the city.
    if (since < c.birthDate)
        since = c.birthDate;
    if (c.arrivedOn.isValid() && since < c.arrivedOn)
        since = c.arrivedOn;
    c.tags.append({quint8(tag), since, source});
}

QDate CitizenProfiler::randomPast(int minDays, int maxDays)
{
    return m_clock.today().addDays(-m_rng.between(minDays, maxDays));
}

void CitizenProfiler::profile(DemoBatch &batch)
{
    const bool rural = batch.grid && batch.grid->rural;
    size_t first = 0;
    while (first < batch.citizens.size()) {
        size_t end = first + 1;
        while (end < batch.citizens.size() &&
               batch.citizens[end].household == batch.citizens[first].household)
            ++end;
        profileHousehold(batch, first, end, rural);
        first = end;
    }
}

void CitizenProfiler::profileHousehold(DemoBatch &batch, size_t first, size_t end, bool ruralGrid)
{
    const QDate today = m_clock.today();
    static const WeightedPicker workingAgeChannels(kChannelsWorkingAge);
    static const WeightedPicker elderlyChannels(kChannelsElderly);

    // What the household looks like.
    const DemoCitizen *baby = nullptr;
    const DemoCitizen *schoolChild = nullptr;
    const DemoCitizen *elder = nullptr;
    for (size_t i = first; i < end; ++i) {
        const DemoCitizen &c = batch.citizens[i];
        if (c.age == 0 && (!baby || c.birthDate > baby->birthDate))
            baby = &c;
        if (c.age >= 6 && c.age <= 15 && !schoolChild)
            schoolChild = &c;
        if (c.age >= 65 && (!elder || c.age > elder->age))
            elder = &c;
    }
    bool workingParents = false; // an adult of 20 to 59 lives here
    for (size_t i = first; i < end; ++i)
        workingParents = workingParents || (batch.citizens[i].age >= 20 && batch.citizens[i].age <= 59);
    const bool lowIncome = m_rng.chance(ruralGrid ? 0.025 : 0.012);
    const QDate lowIncomeSince = randomPast(60, 1800);
    const size_t size = end - first;

    // The main carer of a baby: its mother if she lives here, otherwise the head.
    size_t carer = first;
    for (size_t i = first; i < end; ++i) {
        const DemoCitizen &c = batch.citizens[i];
        if (!c.male && c.age >= 18 && c.age <= 50 && c.relation != u"子女") {
            carer = i;
            break;
        }
    }

    for (size_t i = first; i < end; ++i) {
        DemoCitizen &c = batch.citizens[i];
        const int age = c.age;
        const bool adult = age >= 18;
        const bool workingAge = age >= 18 && age <= 60;
        const bool student = age >= 18 && age <= 22 && m_rng.chance(0.6);

        // Work and the systems that know the person.
        bool unemployed = false;
        bool flexible = false;
        if (workingAge && !student) {
            unemployed = m_rng.chance(0.045);
            c.employed = !unemployed && m_rng.chance(0.9);
            flexible = c.employed && m_rng.chance(0.1);
        }
        quint16 linked = 0;
        if (m_rng.chance(0.96)) {
            linked |= LinkedMedicalInsurance;
            addTag(c, T::MedicalInsured,
                   std::max(c.birthDate.addDays(m_rng.between(10, 60)), randomPast(30, 3650)),
                   TagSource::Registry);
        }
        if (c.employed || (age >= 60 && m_rng.chance(0.85)) || unemployed)
            linked |= LinkedSocialInsurance;
        if (c.employed && !flexible && age >= 21 && m_rng.chance(0.68)) {
            linked |= LinkedHousingFund;
            addTag(c, T::HousingFund, randomPast(30, std::max(31, (age - 21) * 365)), TagSource::Registry);
        }
        if (age >= 28 && m_rng.chance(c.native ? 0.5 : 0.22))
            linked |= LinkedRealEstate;
        if (c.employed && m_rng.chance(0.7))
            linked |= LinkedTax;
        if (age >= 6 && age <= 18)
            linked |= LinkedEducation;
        if (c.native && m_rng.chance(0.6))
            linked |= LinkedHouseholdRegister;

        if (unemployed)
            addTag(c, T::Unemployed, randomPast(7, 300), TagSource::Application);
        if (flexible)
            addTag(c, T::FlexibleEmployment, randomPast(60, 2000), TagSource::Registry);

        // Life events and family situation.
        const bool partnered = size >= 2 && (c.relation == u"户主" || c.relation == u"配偶");
        if (!c.male && partnered && age >= 20 && age <= 40 && !baby) {
            const double p = (age >= 22 && age <= 35) ? 0.07 : 0.025;
            if (m_rng.chance(p)) {
                c.pregnantSince = randomPast(20, 250);
                addTag(c, T::Pregnant, c.pregnantSince,
                       m_rng.chance(0.6) ? TagSource::Registry : TagSource::Application);
            }
        }
        if (baby && adult) {
            addTag(c, T::NewbornFamily, baby->birthDate, TagSource::Registry);
            if (i == carer) {
                c.mainCarer = true;
                c.childBirth = baby->birthDate;
            }
        }
        if (schoolChild && adult && c.relation != u"子女")
            addTag(c, T::SchoolChildFamily, schoolChild->birthDate.addYears(6), TagSource::Registry);
        if (elder && adult && age < 60 && elder != &c)
            addTag(c, T::ElderlyAtHome, elder->birthDate.addYears(65), TagSource::Registry);
        if (age >= 70 && size == 1)
            addTag(c, T::LivingAloneElderly, randomPast(30, 1500), TagSource::GridVisit);
        if (age >= 80)
            addTag(c, T::SeniorEighty, c.birthDate.addYears(80), TagSource::Registry);
        const double disabledP = age < 18 ? 0.01 : (age < 60 ? 0.02 : (age < 80 ? 0.05 : 0.1));
        if (m_rng.chance(disabledP))
            addTag(c, T::Disabled, randomPast(90, 4000), TagSource::Registry);
        if (age >= 22 && age <= 80 && m_rng.chance(c.male ? 0.03 : 0.003))
            addTag(c, T::Veteran, randomPast(200, 5000), TagSource::Registry);
        if (lowIncome)
            addTag(c, T::LowIncome, lowIncomeSince, TagSource::Application);
        if (!c.native && adult && c.arrivedOn.isValid() && c.arrivedOn >= today.addYears(-8))
            addTag(c, T::NewResident, c.arrivedOn, TagSource::Registry);
        if ((age >= 25 && age <= 65 && m_rng.chance(0.38)) || (age > 65 && age <= 75 && m_rng.chance(0.12))) {
            linked |= LinkedTraffic;
            addTag(c, T::CarOwner, randomPast(60, 3000), TagSource::Registry);
        }
        c.linkedSystems = linked;

        // The restricted special groups: left-behind children (mostly where no adult of working age lives
        // with them) and people under community correction.
        if (age < 16 && idFraction(c.id, 1) < (workingParents ? 0.025 : 0.3))
            addTag(c, T::LeftBehindChild, today.addDays(-30 - qint64(idFraction(c.id, 2) * 1500)),
                   TagSource::GridVisit);
        if (age >= 18 && age <= 60 && idFraction(c.id, 3) < 0.001)
            addTag(c, T::CommunityCorrection, today.addDays(-30 - qint64(idFraction(c.id, 4) * 900)),
                   TagSource::Registry);

        // Behaviour: how they reach the government online.
        const bool elderly = age >= 65;
        c.channel = Channel(std::array<Channel, 4>{
            Channel::Pc, Channel::Mobile, Channel::Pad,
            Channel::Tv}[size_t((elderly ? elderlyChannels : workingAgeChannels).pick(m_rng))]);
        if (age >= 16) {
            if (c.channel == Channel::Mobile && m_rng.chance(0.8))
                addTag(c, T::MobileUser, randomPast(5, 90), TagSource::Model);
            if (age <= 45 && m_rng.chance(0.14))
                addTag(c, T::NightActive, randomPast(5, 90), TagSource::Model);
            if (m_rng.chance(elderly ? 0.4 : 0.08))
                addTag(c, T::CounterPreferred, randomPast(5, 180), TagSource::Model);
        }

        // Preferences.
        if (age >= 18) {
            auto prefer = [&](CitizenTag tag, double p) {
                if (m_rng.chance(p))
                    addTag(c, tag, randomPast(5, 180), TagSource::Model);
            };
            prefer(T::InterestEducation, c.has(T::SchoolChildFamily) ? 0.7 : (age <= 45 ? 0.05 : 0.01));
            prefer(T::InterestHealth, (c.has(T::Pregnant) || age >= 60) ? 0.5 : 0.1);
            prefer(T::InterestHousing, c.has(T::NewResident) ? 0.35 : (age >= 22 && age <= 35 ? 0.2 : 0.04));
            prefer(T::InterestJobs, unemployed ? 0.85 : (age <= 30 ? 0.18 : 0.03));
            prefer(T::InterestTraffic, c.has(T::CarOwner) ? 0.35 : 0.04);
            prefer(T::InterestEldercare, (c.has(T::ElderlyAtHome) || age >= 60) ? 0.28 : 0.02);
        }

        // The assigned officer: people in need of care have one.
        if (c.has(T::LowIncome) || c.has(T::Disabled) || c.has(T::LivingAloneElderly)) {
            c.officerId = m_rng.pick(m_staff.officersOf(QStringLiteral("mzj")));
        } else if (unemployed) {
            c.officerId = m_rng.pick(m_staff.officersOf(QStringLiteral("rsj")));
        } else if (c.has(T::Veteran)) {
            c.officerId = m_rng.pick(m_staff.officersOf(QStringLiteral("tyjrj")));
        } else if (m_rng.chance(0.04)) {
            c.officerId = m_rng.pick(m_staff.officersOf(m_rng.pick(officerDepartments())));
        }

        // No tag starts in the future; the row changed last when its newest tag arrived.
        for (DemoTagAssignment &t : c.tags)
            t.since = std::min(t.since, today);
        qint64 updated = c.registeredMs;
        for (const DemoTagAssignment &t : std::as_const(c.tags))
            updated = std::max(updated, DemoClock::localMs(t.since, 9 * 3600 + m_rng.between(0, 8 * 3600)));
        c.updatedMs = std::min(updated, m_clock.nowMs() - DemoClock::kHourMs);
    }
}

} // namespace gd::server
