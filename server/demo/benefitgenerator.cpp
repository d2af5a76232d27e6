#include "demo/benefitgenerator.h"

#include "demo/enterpriseprofiler.h"

#include <cmath>

namespace gd::server {

BenefitGenerator::BenefitGenerator(DemoRandom &rng, const DemoClock &clock)
    : m_rng(rng)
    , m_clock(clock)
{
}

qint64 BenefitGenerator::someTimeBetween(QDate from, QDate to)
{
    const QDate last = m_clock.today().addDays(-1);
    if (to > last)
        to = last;
    if (from > to)
        from = to;
    const QDate day = from.addDays(m_rng.between(0, int(from.daysTo(to))));
    return DemoClock::localMs(day, m_rng.between(8 * 3600, 22 * 3600));
}

void BenefitGenerator::add(const DemoCitizen &c, bool taxRefund, const QString &title, qint64 cents,
                           qint64 submittedMs, DemoBatch &batch)
{
    add(c.id, QString(), c.registeredMs, taxRefund, title, cents, submittedMs, batch);
}

void BenefitGenerator::add(const QString &citizenId, const QString &enterpriseId, qint64 earliestMs,
                           bool taxRefund, const QString &title, qint64 cents, qint64 submittedMs,
                           DemoBatch &batch)
{
    const qint64 now = m_clock.nowMs();
    submittedMs = std::clamp(submittedMs, earliestMs + 60000, now - 3600000);
    DemoBenefit b;
    b.id = m_rng.uuid();
    b.citizenId = citizenId;
    b.enterpriseId = enterpriseId;
    b.kind = taxRefund ? QStringLiteral("tax_refund") : QStringLiteral("subsidy");
    b.title = title;
    b.amountCents = cents;
    b.submittedMs = submittedMs;
    const double ageDays = double(now - submittedMs) / double(DemoClock::kDayMs);
    const double r = m_rng.unit();
    if (ageDays < 5) {
        b.status = r < 0.6 ? QStringLiteral("submitted") : QStringLiteral("reviewing");
    } else if (ageDays < 30) {
        b.status = r < 0.3   ? QStringLiteral("reviewing")
                   : r < 0.6 ? QStringLiteral("approved")
                   : r < 0.9 ? QStringLiteral("paid")
                             : QStringLiteral("rejected");
    } else {
        b.status = r < 0.85   ? QStringLiteral("paid")
                   : r < 0.93 ? QStringLiteral("rejected")
                              : QStringLiteral("approved");
    }
    b.updatedMs = submittedMs;
    if (b.status == QLatin1String("approved") || b.status == QLatin1String("paid") ||
        b.status == QLatin1String("rejected")) {
        const qint64 maxDelay = std::min<qint64>(25 * DemoClock::kDayMs, now - submittedMs - 60000);
        b.decidedMs = submittedMs + std::max<qint64>(60000, qint64(m_rng.unit() * double(maxDelay)));
        b.updatedMs = b.decidedMs;
    } else if (b.status == QLatin1String("reviewing")) {
        b.updatedMs = submittedMs + qint64(m_rng.unit() * double(now - submittedMs));
    }
    batch.benefits.push_back(std::move(b));
}

void BenefitGenerator::forCitizen(const DemoCitizen &c, DemoBatch &batch)
{
    const QDate today = m_clock.today();
    if (c.mainCarer && c.childBirth.isValid() && m_rng.chance(0.75))
        add(c, false, QStringLiteral("育儿补贴"), 360000,
            someTimeBetween(c.childBirth.addDays(10), c.childBirth.addDays(60)), batch);
    if (c.has(CitizenTag::Unemployed) && m_rng.chance(0.6)) {
        const bool insured = c.linkedSystems & LinkedSocialInsurance;
        const int months = m_rng.between(3, 12);
        add(c, false, insured ? QStringLiteral("失业保险金") : QStringLiteral("失业补助金"),
            qint64(months) * (insured ? m_rng.between(180000, 210000) : m_rng.between(90000, 120000)),
            someTimeBetween(today.addDays(-200), today), batch);
    }
    if (c.employed && c.age >= 22 && m_rng.chance(0.18)) {
        const int year = today.month() >= 3 ? today.year() : today.year() - 1;
        const double yuan = std::pow(10.0, m_rng.uniform(1.7, 3.7));
        add(c, true, QStringLiteral("%1年度个人所得税综合所得汇算退税").arg(year - 1),
            qint64(std::llround(yuan * 100)), someTimeBetween(QDate(year, 3, 1), QDate(year, 6, 30)), batch);
    }
    if (c.age >= 80 && m_rng.chance(0.85))
        add(c, false, QStringLiteral("高龄津贴"), c.age >= 90 ? 360000 : 120000,
            someTimeBetween(std::max(c.birthDate.addYears(80), today.addDays(-360)), today), batch);
    if (c.has(CitizenTag::Disabled) && m_rng.chance(0.65))
        add(c, false, QStringLiteral("残疾人两项补贴"), m_rng.chance(0.5) ? 288000 : 144000,
            someTimeBetween(today.addDays(-360), today), batch);
    if (c.has(CitizenTag::LowIncome) && c.relation == u"户主")
        add(c, false, QStringLiteral("最低生活保障金"), qint64(c.householdSize) * 113000 * 12,
            someTimeBetween(today.addDays(-360), today), batch);
    if (c.has(CitizenTag::FlexibleEmployment) && m_rng.chance(0.03))
        add(c, false, QStringLiteral("一次性创业补贴"), 1000000, someTimeBetween(today.addDays(-300), today),
            batch);
    if (c.has(CitizenTag::NewResident) && c.age >= 22 && c.age <= 30 && m_rng.chance(0.12))
        add(c, false, QStringLiteral("新就业大学生租房补贴"), 500000,
            someTimeBetween(today.addDays(-300), today), batch);
    if (c.has(CitizenTag::Veteran) && c.age <= 35 && m_rng.chance(0.3))
        add(c, false, QStringLiteral("自主就业退役士兵一次性经济补助"), 2000000,
            someTimeBetween(today.addDays(-360), today), batch);
}

void BenefitGenerator::forEnterprise(const DemoEnterprise &e, DemoBatch &batch)
{
    if (!m_rng.chance(0.3))
        return;
    const QDate today = m_clock.today();
    const qint64 established = DemoClock::localMs(e.establishedOn, 9 * 3600);
    const QDate from = std::max(e.establishedOn.addDays(30), today.addDays(-300));
    bool tech = false;
    for (const DemoTagAssignment &t : e.tags)
        tech |= t.tag == quint8(EnterpriseTag::HighTech) || t.tag == quint8(EnterpriseTag::Specialized);
    tech |= e.industry.contains(QStringLiteral("科学研究")) || e.industry.contains(QStringLiteral("软件"));
    const int employees = EnterpriseProfiler::employees(e);
    const double r = m_rng.unit();
    if (tech && r < 0.4) {
        const double yuan = std::pow(10.0, m_rng.uniform(4.7, 6.0)); // 5万 to 100万
        add(QString(), e.id, established, false,
            QStringLiteral("%1年度企业研发费用补助").arg(today.year() - 1),
            qint64(std::llround(yuan / 100.0)) * 100 * 100, someTimeBetween(from, today), batch);
    } else if (r < 0.7) {
        add(QString(), e.id, established, false, QStringLiteral("%1年度失业保险稳岗补贴").arg(today.year()),
            qint64(employees) * m_rng.between(500, 1500) * 100, someTimeBetween(from, today), batch);
    } else {
        const double yuan = std::pow(10.0, m_rng.uniform(4.0, 6.7)); // 1万 to 500万
        add(QString(), e.id, established, true, QStringLiteral("增值税增量留抵退税"),
            qint64(std::llround(yuan)) * 100, someTimeBetween(from, today), batch);
    }
}

} // namespace gd::server
