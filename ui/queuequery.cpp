#include "ui/queuequery.h"

namespace gd {

PagedListModel::Filters QueueQuery::filters(const QString &staffId, const QString &ownDepartment) const
{
    PagedListModel::Filters f;
    const QString dept = ownDepartment.isEmpty() ? department : ownDepartment;
    if (!dept.isEmpty())
        f.append({QStringLiteral("department"), dept});
    if (!status.isEmpty())
        f.append({QStringLiteral("status"), status});
    if (!serviceId.isEmpty())
        f.append({QStringLiteral("service"), serviceId});
    if (!step.isEmpty())
        f.append({QStringLiteral("step"), step});
    if (!sla.isEmpty())
        f.append({QStringLiteral("sla"), sla});
    if (mine && !staffId.isEmpty())
        f.append({QStringLiteral("claimed_by"), staffId});
    if (unclaimed)
        f.append({QStringLiteral("unclaimed"), QStringLiteral("1")});
    return f;
}

QJsonObject QueueQuery::toJson() const
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("status", status);
    put("service", serviceId);
    put("step", step);
    put("sla", sla);
    put("department", department);
    put("search", search);
    put("sort", sort);
    if (mine)
        o.insert(QStringLiteral("mine"), true);
    if (unclaimed)
        o.insert(QStringLiteral("unclaimed"), true);
    if (descending)
        o.insert(QStringLiteral("descending"), true);
    return o;
}

QueueQuery QueueQuery::fromJson(const QJsonObject &o)
{
    QueueQuery q;
    q.status = o.value(QStringLiteral("status")).toString();
    q.serviceId = o.value(QStringLiteral("service")).toString();
    q.step = o.value(QStringLiteral("step")).toString();
    q.sla = o.value(QStringLiteral("sla")).toString();
    q.department = o.value(QStringLiteral("department")).toString();
    q.search = o.value(QStringLiteral("search")).toString();
    q.sort = o.value(QStringLiteral("sort")).toString();
    q.mine = o.value(QStringLiteral("mine")).toBool();
    q.unclaimed = o.value(QStringLiteral("unclaimed")).toBool();
    q.descending = o.value(QStringLiteral("descending")).toBool();
    return q;
}

} // namespace gd
