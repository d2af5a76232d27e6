#pragma once
// A staff member's role and area of work in words ("Service officer", "Health Commission",
// "2 grids", "the whole city"). Stateless.

#include "domain/staff.h"

#include <QCoreApplication>

namespace gd {

class RoleText {
    Q_DECLARE_TR_FUNCTIONS(RoleText)
public:
    // roleName() values -> "Service officer", "Grid manager", "Supervisor", "Administrator".
    static QString roleTitle(const QString &role);
    // The department, grids or area the user works for.
    static QString scope(const StaffUser &user);
};

} // namespace gd
