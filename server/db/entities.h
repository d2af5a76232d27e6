#pragma once
// The EntitySpecs of every syncable kind: what a row looks like in JSON, who may see it (scope), and
// which filters and sort keys the list endpoints accept.

#include "db/entityrepository.h"

namespace gd::server {

// Names as used in the change feed ("citizen", "enterprise", "application", "bill", "benefit",
// "message", "visit", "push", "note", "service", "tag", "region", "department", "household", "incident",
// "task").
const QList<EntitySpec> &entitySpecs();
const EntitySpec *entitySpec(const QString &entity);

// The citizen scope as a predicate on a citizen id column (household members …; bills and benefits, which
// an enterprise may own too, use their owner's scope instead).
SqlFilter citizenScopeOf(const Principal &who, const QString &citizenIdColumn);

} // namespace gd::server
