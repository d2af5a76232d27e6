#include "domain/staff.h"

namespace gd {

QString roleName(Role role)
{
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::GridManager:
        return QStringLiteral("grid_manager");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Portal:
        return QStringLiteral("portal");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : {Role::Officer, Role::GridManager, Role::Supervisor, Role::Admin, Role::Portal}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

} // namespace gd
