#pragma once
// Subsidy and tax-refund applications (table benefits): 育儿补贴 for families with a baby, 失业保险金 /
// 失业补助金 for the unemployed, 个税退税 from the yearly income-tax settlement (March-June), 高龄津贴
// for the over-80s, 残疾人两项补贴, 最低生活保障金, 一次性创业补贴, 新就业大学生租房补贴 and the
// 退役士兵一次性经济补助. Enterprises (about 30%, from schema 3): 稳岗补贴, 研发费用补助 (technology
// firms) or 增值税留抵退税 (citizen_id '' and enterprise_id set). The state follows the age of the
// application: submitted → reviewing → approved → paid (or rejected).

#include "demo/democlock.h"
#include "demo/demorandom.h"
#include "demo/demorecords.h"

namespace gd::server {

class BenefitGenerator {
public:
    BenefitGenerator(DemoRandom &rng, const DemoClock &clock);

    void forCitizen(const DemoCitizen &citizen, DemoBatch &batch);
    // Call with a generator of its own DemoRandom (see EnterpriseProfiler): the rows of the citizens stay
    // those of earlier schemas.
    void forEnterprise(const DemoEnterprise &enterprise, DemoBatch &batch);

private:
    void add(const DemoCitizen &c, bool taxRefund, const QString &title, qint64 cents, qint64 submittedMs,
             DemoBatch &batch);
    // earliestMs: when the applicant came to be (registration, establishment).
    void add(const QString &citizenId, const QString &enterpriseId, qint64 earliestMs, bool taxRefund,
             const QString &title, qint64 cents, qint64 submittedMs, DemoBatch &batch);
    qint64 someTimeBetween(QDate from, QDate to);

    DemoRandom &m_rng;
    const DemoClock &m_clock;
};

} // namespace gd::server
