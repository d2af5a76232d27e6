#include "store/profiles.h"

#include "store/store.h"

#include <algorithm>

namespace gd::store {

namespace {

// The tag classes in the order the catalogue presents them; other classes follow by name.
int classRank(const QString &tagClass)
{
    static const QStringList order{QStringLiteral("basic"), QStringLiteral("social"),
                                   QStringLiteral("behaviour"), QStringLiteral("preference")};
    const qsizetype i = order.indexOf(tagClass);
    return i < 0 ? int(order.size()) : int(i);
}

ListQuery sectionQuery(const QString &filter, const QString &value, const QString &sort, bool descending)
{
    ListQuery q;
    q.where(filter, value);
    q.sort = sort;
    q.descending = descending;
    q.limit = kProfileSectionLimit;
    return q;
}

// One section: the subject's rows of one repository, `limit` at most.
template <typename Repo, typename T>
Result<void> readSection(const Repo &repo, QList<T> &out, const QString &filter, const QString &value,
                         const QString &sort, bool descending = true)
{
    auto rows = repo.items(sectionQuery(filter, value, sort, descending));
    if (!rows)
        return rows.error();
    out = std::move(*rows);
    return {};
}

template <typename T, typename Key> void newestFirst(QList<T> &list, Key key)
{
    std::stable_sort(list.begin(), list.end(), [&key](const T &a, const T &b) { return key(a) > key(b); });
}

void sortBills(QList<Bill> &bills)
{
    std::stable_sort(bills.begin(), bills.end(), [](const Bill &a, const Bill &b) {
        const bool aPaid = a.status == QLatin1String("paid");
        const bool bPaid = b.status == QLatin1String("paid");
        if (aPaid != bPaid)
            return !aPaid;
        if (a.dueDate != b.dueDate)
            return aPaid ? a.dueDate > b.dueDate : a.dueDate < b.dueDate;
        return a.id < b.id;
    });
}

RegionPath regionPath(const QList<Region> &regions, const QString &districtCode, const QString &streetId,
                      const QString &communityId, const QString &gridId)
{
    RegionPath path;
    for (const Region &r : regions) {
        if (r.level == QLatin1String("district") && !districtCode.isEmpty() && r.districtCode == districtCode)
            path.district = r.name;
        else if (!streetId.isEmpty() && r.id == streetId)
            path.street = r.name;
        else if (!communityId.isEmpty() && r.id == communityId)
            path.community = r.name;
        else if (!gridId.isEmpty() && r.id == gridId)
            path.grid = r.name;
    }
    return path;
}

QList<TagView> tagViews(const QList<TagAssignment> &assignments, const QHash<QString, Tag> &catalogue)
{
    QList<TagView> views;
    views.reserve(assignments.size());
    for (const TagAssignment &a : assignments)
        views.append(TagView{a, catalogue.value(a.tagId)});
    // Catalogue order; tags the catalogue lacks go last, by id.
    std::stable_sort(views.begin(), views.end(), [](const TagView &a, const TagView &b) {
        const bool aKnown = !a.tag.id.isEmpty();
        const bool bKnown = !b.tag.id.isEmpty();
        if (aKnown != bKnown)
            return aKnown;
        if (!aKnown)
            return a.assignment.tagId < b.assignment.tagId;
        const int ra = classRank(a.tag.tagClass);
        const int rb = classRank(b.tag.tagClass);
        if (ra != rb)
            return ra < rb;
        if (a.tag.tagClass != b.tag.tagClass)
            return a.tag.tagClass < b.tag.tagClass;
        if (a.tag.name != b.tag.name)
            return a.tag.name < b.tag.name;
        return a.tag.id < b.tag.id;
    });
    return views;
}

// Services the subject has applied for recently and not been refused: not recommended again.
QSet<QString> recentlyApplied(const QList<Application> &applications, const QDateTime &now)
{
    const QDateTime since = now.addDays(-365);
    QSet<QString> ids;
    for (const Application &a : applications) {
        if (a.status != QLatin1String("rejected") && a.submittedAt >= since)
            ids.insert(a.serviceId);
    }
    return ids;
}

QList<ServiceMatch> recommend(const QList<TagAssignment> &tags, const QList<ServiceItem> &services,
                              const QString &type, const QList<Application> &applications,
                              const QDateTime &now)
{
    return recommendServices(tags, services, type, recentlyApplied(applications, now),
                             kProfileRecommendations);
}

// The catalogue entries of every service the sections and the recommendations refer to.
QHash<QString, ServiceItem> referencedServices(const QList<ServiceItem> &catalogue, const QSet<QString> &ids)
{
    QHash<QString, ServiceItem> out;
    for (const ServiceItem &s : catalogue) {
        if (ids.contains(s.id))
            out.insert(s.id, s);
    }
    return out;
}

QDateTime effectiveNow(const QDateTime &now)
{
    return now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
}

} // namespace

Result<ProfileCatalogue> loadProfileCatalogue(Store &store, const QList<TagAssignment> &tags,
                                              const QString &districtCode, const QStringList &regionIds)
{
    ProfileCatalogue catalogue;
    for (const TagAssignment &a : tags) {
        auto tag = store.tags().get(a.tagId);
        if (!tag)
            return tag.error();
        if (*tag)
            catalogue.tags.insert(a.tagId, **tag);
    }
    ListQuery all;
    all.limit = 1000;
    auto services = store.services().items(all);
    if (!services)
        return services.error();
    catalogue.services = std::move(*services);
    auto departments = store.departments().items(all);
    if (!departments)
        return departments.error();
    for (const Department &d : std::as_const(*departments))
        catalogue.departmentNames.insert(d.id, d.name);
    if (!districtCode.isEmpty()) {
        ListQuery district;
        district.where(QStringLiteral("level"), QStringLiteral("district"))
            .where(QStringLiteral("district"), districtCode);
        district.limit = 1;
        auto found = store.regions().items(district);
        if (!found)
            return found.error();
        catalogue.regions += *found;
    }
    for (const QString &id : regionIds) {
        if (id.isEmpty())
            continue;
        auto region = store.regions().get(id);
        if (!region)
            return region.error();
        if (*region)
            catalogue.regions.append(**region);
    }
    return catalogue;
}

void completeProfile(CitizenProfile &p, const ProfileCatalogue &catalogue, const QDateTime &now)
{
    const QDateTime at = effectiveNow(now);
    const Citizen &c = p.citizen;
    p.region = regionPath(catalogue.regions, c.districtCode, c.streetId, c.communityId, c.gridId);
    p.tags = tagViews(c.tags, catalogue.tags);
    newestFirst(p.applications, [](const Application &a) { return a.submittedAt; });
    newestFirst(p.pushes, [](const Push &x) { return x.sentAt; });
    newestFirst(p.messages, [](const Message &x) { return x.createdAt; });
    newestFirst(p.visits, [](const Visit &x) { return x.visitedAt; });
    newestFirst(p.notes, [](const Note &x) { return x.createdAt; });
    newestFirst(p.benefits, [](const BenefitApplication &x) { return x.submittedAt; });
    sortBills(p.bills);
    p.household.removeIf([&c](const Citizen &member) { return member.id == c.id; });
    std::stable_sort(p.household.begin(), p.household.end(), [](const Citizen &a, const Citizen &b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    p.recommended = recommend(c.tags, catalogue.services, QStringLiteral("citizen"), p.applications, at);

    QSet<QString> ids;
    for (const Application &a : std::as_const(p.applications))
        ids.insert(a.serviceId);
    for (const Push &x : std::as_const(p.pushes))
        ids.insert(x.serviceId);
    for (const ServiceMatch &m : std::as_const(p.recommended))
        ids.insert(m.serviceId);
    p.services = referencedServices(catalogue.services, ids);
    p.departmentNames = catalogue.departmentNames;
}

void completeProfile(EnterpriseProfile &p, const ProfileCatalogue &catalogue, const QDateTime &now)
{
    const QDateTime at = effectiveNow(now);
    const Enterprise &e = p.enterprise;
    p.region = regionPath(catalogue.regions, e.districtCode, e.streetId, e.communityId, e.gridId);
    p.tags = tagViews(e.tags, catalogue.tags);
    newestFirst(p.applications, [](const Application &a) { return a.submittedAt; });
    newestFirst(p.notes, [](const Note &x) { return x.createdAt; });
    newestFirst(p.benefits, [](const BenefitApplication &x) { return x.submittedAt; });
    sortBills(p.bills);
    p.recommended = recommend(e.tags, catalogue.services, QStringLiteral("enterprise"), p.applications, at);

    QSet<QString> ids;
    for (const Application &a : std::as_const(p.applications))
        ids.insert(a.serviceId);
    for (const ServiceMatch &m : std::as_const(p.recommended))
        ids.insert(m.serviceId);
    p.services = referencedServices(catalogue.services, ids);
    p.departmentNames = catalogue.departmentNames;
}

Result<std::optional<CitizenProfile>> loadCitizenProfile(Store &store, const QString &citizenId,
                                                         const QDateTime &now)
{
    auto citizen = store.citizens().get(citizenId);
    if (!citizen)
        return citizen.error();
    if (!*citizen)
        return std::optional<CitizenProfile>{};
    CitizenProfile p;
    p.citizen = std::move(**citizen);
    const QString &id = p.citizen.id;
    const QString citizenFilter = QStringLiteral("citizen");
    Result<void> r = readSection(store.applications(), p.applications, QStringLiteral("applicant"), id,
                                 QStringLiteral("submitted_at"));
    if (r)
        r = readSection(store.pushes(), p.pushes, citizenFilter, id, QStringLiteral("sent_at"));
    if (r)
        r = readSection(store.messages(), p.messages, citizenFilter, id, QStringLiteral("created_at"));
    if (r)
        r = readSection(store.visits(), p.visits, citizenFilter, id, QStringLiteral("visited_at"));
    if (r)
        r = readSection(store.notes(), p.notes, QStringLiteral("subject"), id, QStringLiteral("created_at"));
    if (r)
        r = readSection(store.bills(), p.bills, citizenFilter, id, QStringLiteral("due_date"));
    if (r)
        r = readSection(store.benefits(), p.benefits, citizenFilter, id, QStringLiteral("submitted_at"));
    if (r && p.citizen.householdId && !p.citizen.householdId->isEmpty())
        r = readSection(store.citizens(), p.household, QStringLiteral("household"), *p.citizen.householdId,
                        QStringLiteral("name"), false);
    if (!r)
        return r.error();
    const Citizen &c = p.citizen;
    auto catalogue =
        loadProfileCatalogue(store, c.tags, c.districtCode, {c.streetId, c.communityId, c.gridId});
    if (!catalogue)
        return catalogue.error();
    completeProfile(p, *catalogue, now);
    return std::optional<CitizenProfile>(std::move(p));
}

Result<std::optional<EnterpriseProfile>> loadEnterpriseProfile(Store &store, const QString &enterpriseId,
                                                               const QDateTime &now)
{
    auto enterprise = store.enterprises().get(enterpriseId);
    if (!enterprise)
        return enterprise.error();
    if (!*enterprise)
        return std::optional<EnterpriseProfile>{};
    EnterpriseProfile p;
    p.enterprise = std::move(**enterprise);
    const QString &id = p.enterprise.id;
    const QString enterpriseFilter = QStringLiteral("enterprise");
    if (p.enterprise.legalPersonId && !p.enterprise.legalPersonId->isEmpty()) {
        auto person = store.citizens().get(*p.enterprise.legalPersonId);
        if (!person)
            return person.error();
        p.legalPerson = std::move(*person);
    }
    Result<void> r = readSection(store.applications(), p.applications, QStringLiteral("applicant"), id,
                                 QStringLiteral("submitted_at"));
    if (r)
        r = readSection(store.bills(), p.bills, enterpriseFilter, id, QStringLiteral("due_date"));
    if (r)
        r = readSection(store.benefits(), p.benefits, enterpriseFilter, id, QStringLiteral("submitted_at"));
    if (r)
        r = readSection(store.notes(), p.notes, QStringLiteral("subject"), id, QStringLiteral("created_at"));
    if (!r)
        return r.error();
    const Enterprise &e = p.enterprise;
    auto catalogue =
        loadProfileCatalogue(store, e.tags, e.districtCode, {e.streetId, e.communityId, e.gridId});
    if (!catalogue)
        return catalogue.error();
    completeProfile(p, *catalogue, now);
    return std::optional<EnterpriseProfile>(std::move(p));
}

} // namespace gd::store
