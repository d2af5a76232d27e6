#include "demo/billgenerator.h"

#include "demo/enterpriseprofiler.h"

namespace gd::server {

BillGenerator::BillGenerator(DemoRandom &rng, const DemoClock &clock)
    : m_rng(rng)
    , m_clock(clock)
{
}

void BillGenerator::add(const DemoCitizen &c, const QString &kind, const QString &title, qint64 cents,
                        QDate issued, QDate due, double paidShare, DemoBatch &batch)
{
    add(c.id, QString(), kind, title, cents, issued, due, paidShare, batch);
}

void BillGenerator::add(const QString &citizenId, const QString &enterpriseId, const QString &kind,
                        const QString &title, qint64 cents, QDate issued, QDate due, double paidShare,
                        DemoBatch &batch)
{
    const QDate today = m_clock.today();
    if (issued >= today)
        return; // not issued yet
    DemoBill b;
    b.id = m_rng.uuid();
    b.citizenId = citizenId;
    b.enterpriseId = enterpriseId;
    b.kind = kind;
    b.title = title;
    b.amountCents = cents;
    b.dueDate = due;
    const qint64 issuedMs = DemoClock::localMs(issued, 6 * 3600);
    b.updatedMs = issuedMs;
    const bool pastDue = due < today;
    if (m_rng.chance(pastDue ? paidShare : paidShare * 0.5)) {
        const QDate lastPayDay = std::min(today.addDays(-1), pastDue ? due : today.addDays(-1));
        const int span = std::max(0, int(issued.daysTo(lastPayDay)));
        b.paidMs =
            DemoClock::localMs(issued.addDays(m_rng.between(0, span)), m_rng.between(7 * 3600, 23 * 3600));
        b.paidMs = std::clamp(b.paidMs, issuedMs + 60000, m_clock.nowMs() - 60000);
        b.status = QStringLiteral("paid");
        b.updatedMs = b.paidMs;
    } else {
        b.status = pastDue ? QStringLiteral("overdue") : QStringLiteral("due");
        if (pastDue)
            b.updatedMs = std::min(DemoClock::localMs(due.addDays(1), 3600), m_clock.nowMs() - 60000);
    }
    batch.bills.push_back(std::move(b));
}

void BillGenerator::forCitizen(const DemoCitizen &c, bool householdHead, DemoBatch &batch)
{
    static const QString water = QStringLiteral("water"), electricity = QStringLiteral("electricity"),
                         gas = QStringLiteral("gas"), social = QStringLiteral("social_insurance"),
                         medical = QStringLiteral("medical_insurance"), fine = QStringLiteral("traffic_fine"),
                         property = QStringLiteral("property_tax");
    const QDate today = m_clock.today();
    const QDate thisMonth(today.year(), today.month(), 1);
    auto yuan = [this](int lo, int hi) {
        return qint64(m_rng.between(lo * 100, hi * 100));
    };

    const bool hasGas = householdHead && c.householdSize >= 2 && !batch.grid->rural && m_rng.chance(0.6);
    for (int back = 2; back >= 1; --back) {
        const QDate month = thisMonth.addMonths(-back);
        const QDate issued = month.addMonths(1).addDays(4); // the 5th of the next month
        const QDate due = issued.addMonths(1);              // payable within a month
        const QString label = QStringLiteral("%1年%2月").arg(month.year()).arg(month.month());
        if (householdHead) {
            const double size = std::max(1, c.householdSize);
            const bool summer = month.month() >= 6 && month.month() <= 9;
            add(c, water, label + QStringLiteral("水费"), yuan(10, 30) * qint64(size + 1) / 2, issued, due,
                0.94, batch);
            add(c, electricity, label + QStringLiteral("电费"),
                yuan(40, 160) * qint64(size + 1) / 2 * (summer ? 8 : 5) / 5, issued, due, 0.95, batch);
            if (hasGas)
                add(c, gas, label + QStringLiteral("燃气费"), yuan(20, 90) * qint64(size + 1) / 2, issued,
                    due, 0.93, batch);
        }
        if (c.has(CitizenTag::FlexibleEmployment))
            add(c, social, label + QStringLiteral("灵活就业人员社会保险费"), yuan(1050, 1420), issued, due,
                0.9, batch);
    }

    // Urban-rural resident medical insurance: paid once a year, collected September to December.
    if (c.has(CitizenTag::MedicalInsured) && !c.employed && !c.has(CitizenTag::FlexibleEmployment) &&
        m_rng.chance(0.9)) {
        const int year = today.month() >= 9 ? today.year() : today.year() - 1;
        const qint64 cents = c.age < 18 ? 33000 : 45000;
        add(c, medical, QStringLiteral("%1年度城乡居民基本医疗保险费").arg(year + 1), cents,
            QDate(year, 9, 1), QDate(year, 12, 31), 0.95, batch);
    }
    if (c.has(CitizenTag::CarOwner) && m_rng.chance(0.18)) {
        static const QStringView kinds[] = {u"违停", u"超速", u"闯红灯", u"不按规定车道行驶", u"未礼让行人"};
        static const int amounts[] = {150, 200, 200, 100, 200};
        const int k = m_rng.below(5);
        const QDate issued = today.addDays(-m_rng.between(2, 120));
        add(c, fine, QStringLiteral("交通违法罚款（") + kinds[k].toString() + QStringLiteral("）"),
            qint64(amounts[k]) * 100, issued, issued.addDays(15), 0.85, batch);
    }
    if (c.age >= 40 && (c.linkedSystems & LinkedRealEstate) && m_rng.chance(0.03)) {
        const int year = today.month() >= 11 ? today.year() : today.year() - 1;
        add(c, property, QStringLiteral("%1年度个人出租房屋房产税").arg(year), yuan(300, 3000),
            QDate(year, 10, 1), QDate(year, 11, 30), 0.9, batch);
    }
}

void BillGenerator::forEnterprise(const DemoEnterprise &e, DemoBatch &batch)
{
    enum Kind { Electricity, Water, SocialInsurance, PropertyTax, KindCount };
    static const double weights[KindCount] = {4, 3, 2, 1};
    const QDate today = m_clock.today();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate lastMonth = thisMonth.addMonths(-1);
    const QString label = QStringLiteral("%1年%2月").arg(lastMonth.year()).arg(lastMonth.month());
    const int employees = EnterpriseProfiler::employees(e);
    auto yuan = [this](int lo, int hi) {
        return qint64(m_rng.between(lo * 100, hi * 100));
    };

    // 1-3 different kinds, the common ones more often.
    bool chosen[KindCount] = {};
    const int count = m_rng.between(1, 3);
    for (int n = 0; n < count; ++n) {
        double total = 0;
        for (int k = 0; k < KindCount; ++k)
            total += chosen[k] ? 0 : weights[k];
        double x = m_rng.unit() * total;
        int pick = KindCount - 1;
        for (int k = 0; k < KindCount; ++k) {
            if (chosen[k])
                continue;
            if (x < weights[k]) {
                pick = k;
                break;
            }
            x -= weights[k];
        }
        while (chosen[pick]) // rounding at the end of the table
            pick = (pick + 1) % KindCount;
        chosen[pick] = true;
    }
    const QDate issued = thisMonth.addDays(4); // last month's utilities, on the 5th
    if (chosen[Electricity])
        add(QString(), e.id, QStringLiteral("electricity"), label + QStringLiteral("电费（工商业用电）"),
            yuan(150, 600) * employees, issued, issued.addMonths(1), 0.93, batch);
    if (chosen[Water])
        add(QString(), e.id, QStringLiteral("water"), label + QStringLiteral("水费（非居民用水）"),
            yuan(20, 60) * employees, issued, issued.addMonths(1), 0.93, batch);
    if (chosen[SocialInsurance] && !e.insurance.empty()) {
        // This month's contributions, due as in the enterprise's insurance record (payable within the
        // month, not paid yet).
        const DemoInsuranceMonth &m = e.insurance.front();
        add(QString(), e.id, QStringLiteral("social_insurance"),
            QStringLiteral("%1年%2月单位社会保险费").arg(thisMonth.year()).arg(thisMonth.month()),
            m.amountCents, thisMonth, thisMonth.addMonths(1).addDays(-1), 0, batch);
    }
    if (chosen[PropertyTax]) {
        const int year = today.month() >= 11 ? today.year() : today.year() - 1;
        add(QString(), e.id, QStringLiteral("property_tax"),
            QStringLiteral("%1年度房产税（从价计征）").arg(year), yuan(2000, 60000), QDate(year, 10, 1),
            QDate(year, 11, 30), 0.9, batch);
    }
}

} // namespace gd::server
