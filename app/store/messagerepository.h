#pragma once
// Citizen messages (complaints, suggestions, consultations) in scope, by citizen, grid, department, kind
// or status, newest first by default. Store thread.

#include "store/repository.h"

#include "domain/casework.h"

namespace gd::store {

class MessageRepository : public Repository<Message> {
public:
    MessageRepository(Connection &connection, SearchIndex &search);
};

} // namespace gd::store
