#include "models/listnames.h"

#include "store/store.h"

namespace gd {

QString ListNames::district(store::Store &store, const QString &districtCode)
{
    if (districtCode.isEmpty())
        return {};
    const auto known = m_districts.constFind(districtCode);
    if (known != m_districts.constEnd())
        return *known;
    QString name;
    store::ListQuery query;
    query.where(QStringLiteral("level"), QStringLiteral("district"))
        .where(QStringLiteral("district"), districtCode);
    query.limit = 1;
    if (auto page = store.regions().list(query); page && !page->items.isEmpty())
        name = page->items.constFirst().name;
    m_districts.insert(districtCode, name);
    return name;
}

QString ListNames::regionName(store::Store &store, const QString &id)
{
    const auto known = m_regions.constFind(id);
    if (known != m_regions.constEnd())
        return *known;
    QString name;
    if (auto region = store.regions().get(id); region && *region)
        name = (*region)->name;
    m_regions.insert(id, name);
    return name;
}

QString ListNames::grid(store::Store &store, const QString &gridId)
{
    if (gridId.isEmpty())
        return {};
    const auto known = m_grids.constFind(gridId);
    if (known != m_grids.constEnd())
        return *known;
    QString name;
    if (auto region = store.regions().get(gridId); region && *region) {
        name = (*region)->name;
        const QString community = (*region)->parentId ? regionName(store, *(*region)->parentId) : QString();
        if (!community.isEmpty())
            name = community + QStringLiteral(" · ") + name;
    }
    m_grids.insert(gridId, name);
    return name;
}

QString ListNames::tag(store::Store &store, const QString &tagId)
{
    const auto known = m_tags.constFind(tagId);
    if (known != m_tags.constEnd())
        return *known;
    QString name;
    if (auto tag = store.tags().get(tagId); tag && *tag)
        name = (*tag)->name;
    m_tags.insert(tagId, name);
    return name;
}

} // namespace gd
