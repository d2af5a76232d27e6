#pragma once
// Citizens in the user's scope: lists by grid, community, household, tag or real-name level, sorted by
// name, birth date or last change, and searched by name, pinyin, initials and ID/phone fragments.
// Store thread.

#include "store/repository.h"

#include "domain/citizen.h"

namespace gd::store {

class CitizenRepository : public Repository<Citizen> {
public:
    CitizenRepository(Connection &connection, SearchIndex &search);
};

} // namespace gd::store
