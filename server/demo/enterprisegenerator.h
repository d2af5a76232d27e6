#pragma once
// Enterprises of a grid: "厦门鑫达科技有限公司"-style names, a valid and unique USCC, legal person,
// industry (national classification), lifecycle stage with a matching establishment date
// (new < 1 year, growing 1-5 years, mature > 5 years, or closing), registered capital, address, phone
// and enterprise tags (stage, 高新技术企业, 小微企业, 外贸企业, 专精特新).

#include "demo/democlock.h"
#include "demo/demorecords.h"
#include "demo/namegenerator.h"
#include "demo/phoneallocator.h"
#include "demo/usccallocator.h"

namespace gd::server {

class EnterpriseGenerator {
public:
    EnterpriseGenerator(DemoRandom &rng, const DemoClock &clock, NameGenerator &names, UsccAllocator &usccs,
                        PhoneAllocator &phones);

    // Appends grid.enterprises enterprises to the batch.
    void generate(const DemoGrid &grid, DemoBatch &batch);

private:
    DemoRandom &m_rng;
    const DemoClock &m_clock;
    NameGenerator &m_names;
    UsccAllocator &m_usccs;
    PhoneAllocator &m_phones;
    WeightedPicker m_industries;
};

} // namespace gd::server
