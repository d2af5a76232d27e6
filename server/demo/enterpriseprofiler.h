#pragma once
// What an enterprise's homepage shows beyond its registration (schema 3): the legal representative as a
// registered citizen, the licences it holds and twelve months of social-insurance contributions.
//   legal person   ~70% of enterprises: an adult resident of the enterprise's grid (so of its district);
//                  legal_person becomes that citizen's name. The others keep a name of someone not
//                  registered here (legal_person_id NULL).
//   licences       1-4: 营业执照 always (number = the USCC, issued by the district's market regulator,
//                  valid 20-30 years and renewed at expiry), plus licences of the industry (食品经营许可证,
//                  卫生许可证, 建筑业企业资质证书, 排污许可证 …) valid 3-5 years. About 8% of enterprises
//                  have a licence expiring within 30 days of the demo's today, about 3% one already
//                  expired.
//   insurance      one row per month from the enterprise's first month, at most the 12 newest: employees
//                  around the enterprise's size (from its registered capital and stage), the amount from a
//                  per-capita contribution; paid, except the current month (due) and, for a few enterprises
//                  (more of those closing down), one or two recent months overdue.
// Uses its own DemoRandom (not the one of the rows of schema 1-2), so adding these rows left every older
// row of a seed unchanged.

#include "demo/democlock.h"
#include "demo/demorandom.h"
#include "demo/demorecords.h"

namespace gd::server {

class EnterpriseProfiler {
public:
    EnterpriseProfiler(DemoRandom &rng, const DemoClock &clock);

    // Profiles the batch's enterprises; its citizens must be generated already (legal representatives).
    void profile(DemoBatch &batch);

    // Employees in the newest insurance month (1 when there is none).
    static int employees(const DemoEnterprise &e);

private:
    void pickLegalPerson(DemoEnterprise &e, const DemoBatch &batch);
    void addLicences(DemoEnterprise &e, const DemoGrid &grid);
    void addInsurance(DemoEnterprise &e);
    QString digits(int count);

    DemoRandom &m_rng;
    const DemoClock &m_clock;
};

} // namespace gd::server
