#pragma once
// Bills of the citizens and enterprises in scope (per citizen or enterprise, by status or kind, sorted by
// due date). Store thread.

#include "store/repository.h"

#include "domain/casework.h"

namespace gd::store {

class BillRepository : public Repository<Bill> {
public:
    BillRepository(Connection &connection, SearchIndex &search);
};

// Subsidy and tax-refund applications of the citizens and enterprises in scope (per citizen or
// enterprise, by status or kind, sorted by submission). Store thread.
class BenefitRepository : public Repository<BenefitApplication> {
public:
    BenefitRepository(Connection &connection, SearchIndex &search);
};

} // namespace gd::store
