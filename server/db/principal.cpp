#include "db/principal.h"

namespace gd::server {

QStringList Principal::changeScopes() const
{
    if (seesEverything())
        return {};
    QStringList scopes{QStringLiteral("all")};
    switch (role) {
    case Role::Officer:
        scopes.append(QStringLiteral("dept:") + departmentId);
        break;
    case Role::GridManager:
        for (const QString &g : gridIds)
            scopes.append(QStringLiteral("grid:") + g);
        break;
    case Role::Supervisor:
        scopes.append(QStringLiteral("district:") + areaCode);
        break;
    case Role::Admin:
    case Role::Portal: // reads no data; the router refuses it every other route
        break;
    }
    return scopes;
}

SqlFilter SqlFilter::operator&&(const SqlFilter &other) const
{
    SqlFilter out{QLatin1Char('(') + sql + QStringLiteral(") AND (") + other.sql + QLatin1Char(')'), binds};
    out.binds.append(other.binds);
    return out;
}

SqlFilter inList(const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return SqlFilter::never();
    QStringList marks;
    QVariantList binds;
    for (const QString &v : values) {
        marks.append(QStringLiteral("?"));
        binds.append(v);
    }
    return {column + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')'), binds};
}

SqlFilter inListPadded(const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return SqlFilter::never();
    qsizetype padded = 1;
    while (padded < values.size())
        padded *= 2;
    QStringList filled = values;
    while (filled.size() < padded)
        filled.append(values.last());
    return inList(column, filled);
}

} // namespace gd::server
