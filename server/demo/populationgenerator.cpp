#include "demo/populationgenerator.h"

#include <cmath>

namespace gd::server {
namespace {

enum Kind {
    YoungSingle,
    Couple,
    Family,
    ThreeGenerations,
    ElderlyCouple,
    ElderlyAlone,
    SingleParent,
    CoupleAdultChild
};
// Shares of households by kind; 2.7 residents per household on average, as in Xiamen's census.
constexpr double kKindWeights[] = {13, 11, 33, 13, 10, 6, 4, 11};

QString rel(const char16_t *text)
{
    return QString::fromUtf16(text);
}

int ageOn(QDate birth, QDate day)
{
    const bool hadBirthday =
        day.month() > birth.month() || (day.month() == birth.month() && day.day() >= birth.day());
    return day.year() - birth.year() - (hadBirthday ? 0 : 1);
}

} // namespace

PopulationGenerator::PopulationGenerator(DemoRandom &rng, const DemoClock &clock, NameGenerator &names,
                                         IdNumberAllocator &ids, PhoneAllocator &phones)
    : m_rng(rng)
    , m_clock(clock)
    , m_names(names)
    , m_ids(ids)
    , m_phones(phones)
    , m_kinds(kKindWeights)
    , m_portalLaunch(2017, 3, 1)
{
}

void PopulationGenerator::composeHousehold(const DemoGrid &grid, std::vector<Member> &m)
{
    static const QString head = rel(u"户主"), spouse = rel(u"配偶"), child = rel(u"子女"),
                         parent = rel(u"父母");
    m.clear();
    // Age with a skew: u^p pushes ages towards `from`.
    auto age = [this](int from, int to, double skew = 1.0) {
        return std::min(kMaxAge, from + int(std::floor((to - from + 1) * std::pow(m_rng.unit(), skew))));
    };
    auto add = [&m](int a, bool male, const QString &relation, int surnameOf = -1) {
        Member x;
        x.age = std::clamp(a, 0, kMaxAge);
        x.male = male;
        x.relation = relation;
        x.surnameOf = surnameOf;
        m.push_back(x);
        return int(m.size()) - 1;
    };
    auto addSpouse = [&](int h) {
        const bool male = !m[size_t(h)].male;
        // Husbands are a little older than wives on average.
        const int diff = male ? m_rng.between(-1, 5) : -m_rng.between(-1, 5);
        add(std::max(20, m[size_t(h)].age + diff), male, spouse);
    };
    // Children carry the father's surname (mostly).
    auto fatherOf = [&m](int h) {
        if (m[size_t(h)].male)
            return h;
        return m.size() > 1 && m[1].relation == spouse && m[1].male ? 1 : h;
    };
    auto addChildren = [&](int h, int count, int maxAge) {
        const int father = fatherOf(h);
        const int mother = father == h ? (m.size() > 1 && m[1].relation == spouse ? 1 : h) : h;
        for (int i = 0; i < count; ++i) {
            const int a = m_rng.between(0, std::max(0, maxAge));
            add(a, m_rng.chance(0.515), child, m_rng.chance(0.92) ? father : mother);
        }
    };

    switch (Kind(m_kinds.pick(m_rng))) {
    case YoungSingle:
        add(age(20, 45, 1.6), m_rng.chance(0.58), head);
        break;
    case Couple: {
        const int h = add(age(23, 45, 1.3), m_rng.chance(0.8), head);
        addSpouse(h);
        break;
    }
    case Family: {
        const int h = add(age(28, 55), m_rng.chance(0.82), head);
        addSpouse(h);
        const double r = m_rng.unit();
        addChildren(h, r < 0.55 ? 1 : (r < 0.95 ? 2 : 3), std::min(22, m[size_t(h)].age - 23));
        break;
    }
    case ThreeGenerations: {
        const int h = add(age(30, 50), m_rng.chance(0.8), head);
        addSpouse(h);
        const int parents = m_rng.chance(0.55) ? 2 : 1;
        addChildren(h, m_rng.between(1, 3 - parents), std::min(15, m[size_t(h)].age - 23));
        const int parentAge = m[size_t(h)].age + m_rng.between(24, 32);
        if (parents == 2) {
            add(parentAge + m_rng.between(0, 4), true, parent, h);
            add(parentAge, false, parent);
        } else {
            const bool male = m_rng.chance(0.4);
            add(parentAge, male, parent, male ? h : -1);
        }
        break;
    }
    case ElderlyCouple: {
        const int h = add(age(60, 88, 1.3), m_rng.chance(0.85), head);
        addSpouse(h);
        break;
    }
    case ElderlyAlone:
        add(age(65, 95, 1.5), m_rng.chance(0.35), head);
        break;
    case SingleParent: {
        const int h = add(age(28, 50), m_rng.chance(0.25), head);
        addChildren(h, 1, std::min(18, m[size_t(h)].age - 22));
        break;
    }
    case CoupleAdultChild: {
        const int h = add(age(46, 68), m_rng.chance(0.8), head);
        addSpouse(h);
        const int kids = m_rng.chance(0.3) ? 2 : 1;
        for (int i = 0; i < kids; ++i)
            add(m_rng.between(18, std::min(32, m[size_t(h)].age - 20)), m_rng.chance(0.5), child,
                fatherOf(h));
        break;
    }
    }

    // Where they are registered: Xiamen natives carry a district code, newer residents their home
    // town's; children born after the move are registered here.
    const int here = IdNumberAllocator::xiamenArea(grid.districtCode);
    const bool native = m_rng.chance(grid.rural ? 0.8 : 0.55);
    if (native) {
        const int adults = m_rng.chance(0.85) ? here : m_rng.below(IdNumberAllocator::kXiamenAreas);
        for (Member &x : m)
            x.area = (x.relation == child) ? here : adults;
    } else {
        const int origin = m_ids.pickOrigin(m_rng);
        const int spouseOrigin = m_rng.chance(0.6) ? origin : m_ids.pickOrigin(m_rng);
        const int yearsHere = 1 + int(std::floor(15 * std::pow(m_rng.unit(), 1.4)));
        const QDate arrived = m_clock.today().addYears(-yearsHere).addDays(-m_rng.between(0, 364));
        for (Member &x : m) {
            x.arrivedOn = arrived;
            if (x.relation == child && x.age < yearsHere) {
                x.area = here;
                x.arrivedOn = QDate();
            } else {
                x.area = (x.relation == spouse) ? spouseOrigin : origin;
            }
        }
    }
}

QString PopulationGenerator::address(const DemoGrid &grid)
{
    QString place = grid.places.at(m_rng.below(int(grid.places.size())));
    const QString prefix =
        QStringLiteral("厦门市") + grid.districtName + grid.streetName + grid.communityName;
    if (grid.rural)
        return prefix + place + QString::number(m_rng.between(1, 180)) + QStringLiteral("号");
    const int floor = m_rng.between(1, 32);
    const int unit = m_rng.between(1, 4);
    return prefix + place + QString::number(m_rng.between(1, 60)) + QStringLiteral("号") +
           QString::number(floor) + QString::number(unit).rightJustified(2, QLatin1Char('0')) +
           QStringLiteral("室");
}

qint64 PopulationGenerator::registrationTime(QDate birth, QDate arrived)
{
    QDate from = std::max(m_portalLaunch, birth.addDays(1));
    if (arrived.isValid())
        from = std::max(from, arrived);
    const qint64 start = DemoClock::localMs(from, 0);
    const qint64 end = m_clock.nowMs() - DemoClock::kHourMs;
    if (start >= end)
        return end - qint64(m_rng.between(1, 3600)) * 1000;
    // Sign-ups grew over the years: later dates are more likely.
    const double f = std::pow(m_rng.unit(), 0.8);
    return start + qint64(double(end - start) * f);
}

void PopulationGenerator::generate(const DemoGrid &grid, DemoBatch &batch)
{
    static const QString grandchild = rel(u"孙子女");
    std::vector<Member> members;
    int remaining = grid.residents;
    const QDate today = m_clock.today();
    while (remaining > 0) {
        composeHousehold(grid, members);
        if (int(members.size()) > remaining)
            members.resize(size_t(remaining)); // the grid's last household: fewer members
        remaining -= int(members.size());

        DemoHousehold household;
        household.id = m_rng.uuid();
        household.address = address(grid);
        const int householdIndex = int(batch.households.size());
        const size_t first = batch.citizens.size();

        std::vector<QString> surnames(members.size());
        for (size_t i = 0; i < members.size(); ++i) {
            const Member &x = members[i];
            DemoCitizen c;
            c.id = m_rng.uuid();
            c.male = x.male;
            c.birthDate = x.age == 0 ? today.addDays(-m_rng.between(1, 364))
                                     : today.addYears(-x.age).addDays(-m_rng.between(0, 364));
            c.idNumber = m_ids.allocate(x.area, c.birthDate, c.male);
            c.age = ageOn(c.birthDate, today);
            surnames[i] = (x.surnameOf >= 0 && size_t(x.surnameOf) < i) ? surnames[size_t(x.surnameOf)]
                                                                        : m_names.surname();
            c.name = surnames[i] + m_names.givenName(c.male, c.birthDate.year());
            c.phone = m_phones.mobile();
            const double level = m_rng.unit(); // 35% 初级, 45% 中级, 20% 高级
            c.realnameLevel = level < 0.35 ? 1 : (level < 0.8 ? 2 : 3);
            c.address = household.address;
            c.householdId = household.id;
            c.relation = x.relation;
            c.household = householdIndex;
            c.householdSize = int(members.size());
            c.native = x.area < IdNumberAllocator::kXiamenAreas;
            c.arrivedOn = x.arrivedOn;
            c.registeredMs = registrationTime(c.birthDate, x.arrivedOn);
            c.updatedMs = c.registeredMs;
            batch.citizens.push_back(std::move(c));
        }
        // In an elderly couple's household a grandchild may live with them.
        if (members.size() == 2 && members[0].age >= 60 && remaining > 0 && m_rng.chance(0.15)) {
            DemoCitizen c;
            c.id = m_rng.uuid();
            c.male = m_rng.chance(0.515);
            c.birthDate = today.addYears(-m_rng.between(3, 15)).addDays(-m_rng.between(0, 364));
            const int area = IdNumberAllocator::xiamenArea(grid.districtCode);
            c.idNumber = m_ids.allocate(area, c.birthDate, c.male);
            c.age = ageOn(c.birthDate, today);
            c.name = (members[0].male ? surnames[0] : m_names.surname()) +
                     m_names.givenName(c.male, c.birthDate.year());
            c.phone = m_phones.mobile();
            c.realnameLevel = 1;
            c.address = household.address;
            c.householdId = household.id;
            c.relation = grandchild;
            c.household = householdIndex;
            c.registeredMs = registrationTime(c.birthDate, QDate());
            c.updatedMs = c.registeredMs;
            batch.citizens.push_back(std::move(c));
            --remaining;
            for (size_t i = first; i < batch.citizens.size(); ++i)
                batch.citizens[i].householdSize = 3;
        }

        household.headCitizenId = batch.citizens[first].id;
        household.updatedMs = batch.citizens[first].registeredMs;
        batch.households.push_back(std::move(household));
    }
}

} // namespace gd::server
