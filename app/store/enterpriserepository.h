#pragma once
// Enterprises in the user's scope: lists by grid, industry, stage or tag, searched by name, pinyin,
// USCC and phone fragments. Store thread.

#include "store/repository.h"

#include "domain/citizen.h"

namespace gd::store {

class EnterpriseRepository : public Repository<Enterprise> {
public:
    EnterpriseRepository(Connection &connection, SearchIndex &search);
};

} // namespace gd::store
