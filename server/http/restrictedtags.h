#pragma once
// The restricted special-group tags (domain/grid.h restrictedTagIds()) in audience expressions: only
// grid managers and supervisors may aim at them; for anyone else an expression naming one is a bad
// request on that tag's field, as an unknown tag would be.

#include "db/principal.h"
#include "http/routechecks.h"

#include "domain/audience.h"
#include "domain/grid.h"

namespace gd::server {

inline Result<void> checkRestrictedAudienceTags(const Principal &who, const AudienceExpression &expression,
                                                const QString &path)
{
    if (maySeeSpecialGroups(roleName(who.role)))
        return {};
    for (const AudienceReference &ref : audienceReferences(expression, path)) {
        if (ref.kind == AudienceExpression::Kind::Region || !restrictedTagIds().contains(ref.id))
            continue;
        const QString field =
            ref.path + (ref.kind == AudienceExpression::Kind::LifeEvent ? QStringLiteral(".life_event.tag")
                                                                        : QStringLiteral(".tag"));
        return badField(field, QStringLiteral("this tag is only for grid managers and supervisors"),
                        {{QStringLiteral("path"), ref.path}});
    }
    return {};
}

} // namespace gd::server
