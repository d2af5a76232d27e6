#include "ui/roletext.h"

namespace gd {

QString RoleText::roleTitle(const QString &role)
{
    const std::optional<Role> parsed = roleFromName(role);
    if (!parsed)
        return tr("Staff member");
    switch (*parsed) {
    case Role::Officer:
        return tr("Service officer");
    case Role::GridManager:
        return tr("Grid manager");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Admin:
        return tr("Administrator");
    case Role::Portal:
        return tr("Citizen portal");
    }
    return tr("Staff member");
}

QString RoleText::scope(const StaffUser &user)
{
    const std::optional<Role> role = roleFromName(user.role);
    if (role == Role::Officer)
        return user.departmentName.value_or(tr("no department assigned"));
    if (role == Role::GridManager) {
        if (user.gridIds.isEmpty())
            return tr("no grid assigned");
        return tr("responsible for %n grid(s)", nullptr, int(user.gridIds.size()));
    }
    if (role == Role::Supervisor) {
        if (user.areaName && !user.areaName->isEmpty())
            return *user.areaName;
        if (user.areaCode == QStringLiteral("city"))
            return tr("the whole city");
        return user.areaCode.value_or(tr("no area assigned"));
    }
    if (role == Role::Admin)
        return tr("all departments and areas");
    return {};
}

} // namespace gd
