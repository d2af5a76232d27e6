#include "store/gridqueries.h"

#include "store/store.h"

#include "domain/codec.h"

#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace gd::store {

namespace {

using Binds = QStringList;

// Runs `sql` with text parameters and calls row(statement) for every row.
template <typename F> Result<void> each(Connection &c, const QByteArray &sql, const Binds &binds, F &&row)
{
    auto statement = c.prepare(sql);
    if (!statement)
        return statement.error();
    for (int i = 0; i < binds.size(); ++i)
        statement->bind(i + 1, binds.at(i));
    for (;;) {
        auto more = statement->step();
        if (!more)
            return more.error();
        if (!*more)
            return {};
        row(*statement);
    }
}

Result<qint64> countOf(Connection &c, const QByteArray &sql, const Binds &binds)
{
    qint64 n = 0;
    if (auto r = each(c, sql, binds, [&n](Statement &s) { n = s.int64(0); }); !r)
        return r.error();
    return n;
}

template <typename T> std::optional<T> decode(const QByteArray &json)
{
    auto value = fromJson<T>(QJsonDocument::fromJson(json).object());
    if (!value)
        return std::nullopt;
    return std::move(*value);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// The citizens of a grid with their tags (one query for the citizens, one for the tags).
Result<QList<GridResident>> readResidents(Connection &c, const QString &gridId, const QDate &today)
{
    QList<GridResident> out;
    QHash<QString, qsizetype> index;
    auto r = each(c,
                  "SELECT id, name, gender, birth_date, household_id FROM citizens WHERE grid_id = ? "
                  "ORDER BY name, id",
                  {gridId}, [&](Statement &s) {
                      GridResident g;
                      g.id = s.text(0);
                      g.name = s.text(1);
                      g.gender = s.text(2);
                      g.birthDate = QDate::fromString(s.text(3), Qt::ISODate);
                      g.householdId = s.text(4);
                      index.insert(g.id, out.size());
                      out.append(std::move(g));
                  });
    if (!r)
        return r.error();
    r = each(
        c,
        "SELECT ct.citizen_id, ct.tag_id, t.name FROM citizen_tags ct JOIN citizens c ON c.id = "
        "ct.citizen_id "
        "LEFT JOIN tags t ON t.id = ct.tag_id WHERE c.grid_id = ? ORDER BY ct.citizen_id, t.name, ct.tag_id",
        {gridId}, [&](Statement &s) {
            const auto at = index.constFind(s.text(0));
            if (at == index.constEnd())
                return;
            GridResident &g = out[*at];
            g.tagIds << s.text(1);
            g.tagNames << (s.isNull(2) ? s.text(1) : s.text(2));
        });
    if (!r)
        return r.error();
    for (GridResident &g : out)
        g.groups = specialGroupsOf(g.tagIds, g.birthDate, today);
    return out;
}

} // namespace

int GridTaskBatch::done() const
{
    return int(std::count_if(tasks.cbegin(), tasks.cend(),
                             [](const GridTaskRow &r) { return r.task.state == QLatin1String("done"); }));
}

int GridTaskBatch::active() const
{
    return int(std::count_if(tasks.cbegin(), tasks.cend(), [](const GridTaskRow &r) {
        return r.task.state != QLatin1String("cancelled");
    }));
}

GridQueries::GridQueries(Store &store)
    : m_store(store)
{
}

Result<QSet<QString>> GridQueries::pending(const QString &entity) const
{
    auto all = m_store.outbox().pendingObjects();
    if (!all)
        return all.error();
    const QString prefix = entity + QLatin1Char('/');
    QSet<QString> out;
    for (const QString &key : std::as_const(*all)) {
        if (key.startsWith(prefix))
            out.insert(key.mid(prefix.size()));
    }
    return out;
}

Result<QHash<QString, QString>> GridQueries::regionNames() const
{
    QHash<QString, QString> names;
    // "湖里社区 第一网格": grid names repeat in every community, so the community's name comes first.
    auto r = each(m_store.connection(),
                  "SELECT g.id, COALESCE(c.name || ' ', '') || g.name FROM regions g LEFT JOIN regions c ON "
                  "c.id = g.parent_id WHERE g.level = 'grid'",
                  {}, [&](Statement &s) { names.insert(s.text(0), s.text(1)); });
    if (!r)
        return r.error();
    return names;
}

Result<QList<Region>> GridQueries::gridTree(const StaffUser &user) const
{
    Connection &c = m_store.connection();
    QHash<QString, Region> regions;
    auto r = each(c, "SELECT data FROM regions", {}, [&](Statement &s) {
        if (auto region = decode<Region>(s.utf8(0)))
            regions.insert(region->id, *region);
    });
    if (!r)
        return r.error();

    QSet<QString> grids;
    if (user.role == QLatin1String("grid_manager")) {
        for (const QString &id : user.gridIds)
            grids.insert(id);
    } else {
        // Grids with local data: households, residents, tasks.
        r = each(
            c,
            "SELECT grid_id FROM households UNION SELECT grid_id FROM citizens WHERE grid_id IS NOT NULL "
            "UNION SELECT grid_id FROM tasks",
            {}, [&](Statement &s) { grids.insert(s.text(0)); });
        if (!r)
            return r.error();
        const QString area = user.areaCode.value_or(QString());
        if (user.role == QLatin1String("supervisor") && !area.isEmpty() && area != QLatin1String("city")) {
            for (auto it = grids.begin(); it != grids.end();) {
                const auto region = regions.constFind(*it);
                if (region == regions.constEnd() || region->districtCode != area)
                    it = grids.erase(it);
                else
                    ++it;
            }
        }
    }

    // The grids and every ancestor the local copy knows.
    QSet<QString> wanted;
    for (const QString &id : std::as_const(grids)) {
        QString at = id;
        int depth = 0;
        while (!at.isEmpty() && regions.contains(at) && !wanted.contains(at) && depth++ < 8) {
            wanted.insert(at);
            at = regions.value(at).parentId.value_or(QString());
        }
    }
    QHash<QString, QList<Region>> children;
    QList<Region> roots;
    for (const QString &id : std::as_const(wanted)) {
        const Region &region = regions[id];
        const QString parent = region.parentId.value_or(QString());
        if (!parent.isEmpty() && wanted.contains(parent))
            children[parent].append(region);
        else
            roots.append(region);
    }
    const auto byName = [](const Region &a, const Region &b) {
        return a.name == b.name ? a.id < b.id : a.name < b.name;
    };
    QList<Region> out;
    std::function<void(QList<Region>)> walk = [&](QList<Region> level) {
        std::sort(level.begin(), level.end(), byName);
        for (const Region &region : std::as_const(level)) {
            out.append(region);
            walk(children.value(region.id));
        }
    };
    walk(roots);
    return out;
}

Result<GridOverview> GridQueries::overview(const QString &gridId, const QDateTime &now) const
{
    Connection &c = m_store.connection();
    GridOverview o;
    o.gridId = gridId;
    const QString since30 = toIsoUtc(now.addDays(-30));
    const QString since90 = toIsoUtc(now.addDays(-90));

    auto n = countOf(c, "SELECT COUNT(*) FROM households WHERE grid_id = ?", {gridId});
    if (!n)
        return n.error();
    o.households = *n;
    n = countOf(c, "SELECT COUNT(*) FROM citizens WHERE grid_id = ?", {gridId});
    if (!n)
        return n.error();
    o.residents = *n;
    n = countOf(c, "SELECT COUNT(*) FROM tasks WHERE grid_id = ? AND state IN ('open', 'acknowledged')",
                {gridId});
    if (!n)
        return n.error();
    o.openTasks = *n;
    n = countOf(c, "SELECT COUNT(*) FROM visits WHERE grid_id = ? AND visited_at >= ?", {gridId, since30});
    if (!n)
        return n.error();
    o.visits30 = *n;
    n = countOf(c, "SELECT COUNT(*) FROM incidents WHERE grid_id = ? AND reported_at >= ?",
                {gridId, since30});
    if (!n)
        return n.error();
    o.incidents30 = *n;
    // A visit counts for a household when it names the household, or a citizen of it.
    n = countOf(c,
                "SELECT COUNT(*) FROM households h WHERE h.grid_id = ? AND h.id IN ("
                "SELECT json_extract(v.data, '$.household_id') FROM visits v WHERE v.visited_at >= ? "
                "UNION SELECT ci.household_id FROM visits v JOIN citizens ci ON ci.id = v.citizen_id "
                "WHERE v.visited_at >= ?)",
                {gridId, since90, since90});
    if (!n)
        return n.error();
    o.visitedHouseholds90 = *n;

    auto residents = readResidents(c, gridId, now.toLocalTime().date());
    if (!residents)
        return residents.error();
    for (const SpecialGroupRule &rule : specialGroupRules()) {
        SpecialGroupMembers members;
        members.group = rule.id;
        o.groups.append(members);
    }
    for (const GridResident &g : std::as_const(*residents)) {
        if (!g.groups.isEmpty())
            ++o.specialGroupMembers;
        for (SpecialGroupMembers &members : o.groups) {
            if (g.groups.contains(members.group)) {
                members.citizenIds.append(g.id);
                ++members.count;
            }
        }
    }
    return o;
}

Result<GridHouseholds> GridQueries::households(const QString &gridId) const
{
    Connection &c = m_store.connection();
    GridHouseholds out;
    auto r = each(c, "SELECT data FROM households WHERE grid_id = ? ORDER BY address, id", {gridId},
                  [&](Statement &s) {
                      if (auto h = decode<Household>(s.utf8(0)))
                          out.items.append(std::move(*h));
                  });
    if (!r)
        return r.error();
    r = each(c,
             "SELECT hid, MAX(at) FROM ("
             "SELECT json_extract(v.data, '$.household_id') AS hid, v.visited_at AS at FROM visits v "
             "WHERE v.grid_id = ?1 "
             "UNION ALL SELECT ci.household_id, v.visited_at FROM visits v JOIN citizens ci ON ci.id = "
             "v.citizen_id "
             "WHERE v.grid_id = ?1) WHERE hid IS NOT NULL GROUP BY hid",
             {gridId}, [&](Statement &s) { out.lastVisit.insert(s.text(0), fromIsoUtc(s.text(1))); });
    if (!r)
        return r.error();
    return out;
}

Result<QList<GridResident>> GridQueries::residents(const QString &gridId, const QDate &today) const
{
    return readResidents(m_store.connection(), gridId, today);
}

Result<QList<QPair<QString, QList<GridResident>>>> GridQueries::specialGroups(const QString &gridId,
                                                                              const QDate &today) const
{
    auto residents = readResidents(m_store.connection(), gridId, today);
    if (!residents)
        return residents.error();
    QList<QPair<QString, QList<GridResident>>> out;
    for (const SpecialGroupRule &rule : specialGroupRules()) {
        QList<GridResident> members;
        for (const GridResident &g : std::as_const(*residents)) {
            if (g.groups.contains(rule.id))
                members.append(g);
        }
        out.append({rule.id, members});
    }
    return out;
}

Result<QList<GridTaskRow>> GridQueries::tasks(const QStringList &gridIds) const
{
    auto names = regionNames();
    if (!names)
        return names.error();
    auto waiting = pending(QStringLiteral("task"));
    if (!waiting)
        return waiting.error();
    QByteArray sql = "SELECT data FROM tasks";
    if (!gridIds.isEmpty())
        sql += " WHERE grid_id IN (" + placeholders(gridIds.size()).toUtf8() + ')';
    sql += " ORDER BY CASE WHEN state IN ('open', 'acknowledged') THEN 0 ELSE 1 END, "
           "CASE WHEN state IN ('open', 'acknowledged') THEN due_on END, updated_at DESC, id";
    QList<GridTaskRow> out;
    auto r = each(m_store.connection(), sql, gridIds, [&](Statement &s) {
        if (auto t = decode<GridTask>(s.utf8(0))) {
            GridTaskRow row;
            row.gridName = names->value(t->gridId, t->gridId);
            row.pending = waiting->contains(t->id);
            row.task = std::move(*t);
            out.append(std::move(row));
        }
    });
    if (!r)
        return r.error();
    return out;
}

Result<QList<GridTaskBatch>> GridQueries::batches() const
{
    auto rows = tasks({});
    if (!rows)
        return rows.error();
    QList<GridTaskBatch> out;
    QHash<QString, qsizetype> index;
    for (const GridTaskRow &row : std::as_const(*rows)) {
        auto at = index.constFind(row.task.batchId);
        if (at == index.constEnd()) {
            GridTaskBatch batch;
            batch.batchId = row.task.batchId;
            batch.title = row.task.title;
            batch.dueOn = row.task.dueOn;
            batch.assignedAt = row.task.assignedAt;
            at = index.insert(row.task.batchId, out.size());
            out.append(batch);
        }
        out[*at].tasks.append(row);
    }
    for (GridTaskBatch &batch : out)
        std::sort(batch.tasks.begin(), batch.tasks.end(),
                  [](const GridTaskRow &a, const GridTaskRow &b) { return a.gridName < b.gridName; });
    std::sort(out.begin(), out.end(), [](const GridTaskBatch &a, const GridTaskBatch &b) {
        return a.assignedAt == b.assignedAt ? a.batchId < b.batchId : a.assignedAt > b.assignedAt;
    });
    return out;
}

Result<QList<GridActivity>> GridQueries::activity(const QString &gridId, int limit) const
{
    Connection &c = m_store.connection();
    auto visitsWaiting = pending(QStringLiteral("visit"));
    if (!visitsWaiting)
        return visitsWaiting.error();
    auto incidentsWaiting = pending(QStringLiteral("incident"));
    if (!incidentsWaiting)
        return incidentsWaiting.error();
    QList<GridActivity> out;
    const QByteArray max = QByteArray::number(limit);
    auto r =
        each(c,
             "SELECT v.data, ci.name, h.address FROM visits v LEFT JOIN citizens ci ON ci.id = v.citizen_id "
             "LEFT JOIN households h ON h.id = json_extract(v.data, '$.household_id') WHERE v.grid_id = ? "
             "ORDER BY v.visited_at DESC LIMIT " +
                 max,
             {gridId}, [&](Statement &s) {
                 auto v = decode<Visit>(s.utf8(0));
                 if (!v)
                     return;
                 GridActivity a;
                 a.kind = GridActivity::Kind::Visit;
                 a.id = v->id;
                 a.at = v->visitedAt;
                 a.subjectName = s.isNull(1) ? s.text(2) : s.text(1);
                 a.pending = visitsWaiting->contains(v->id);
                 a.visit = std::move(*v);
                 out.append(std::move(a));
             });
    if (!r)
        return r.error();
    r = each(c,
             "SELECT i.data, ci.name, h.address FROM incidents i LEFT JOIN citizens ci "
             "ON ci.id = json_extract(i.data, '$.citizen_id') LEFT JOIN households h "
             "ON h.id = json_extract(i.data, '$.household_id') WHERE i.grid_id = ? "
             "ORDER BY i.reported_at DESC LIMIT " +
                 max,
             {gridId}, [&](Statement &s) {
                 auto i = decode<Incident>(s.utf8(0));
                 if (!i)
                     return;
                 GridActivity a;
                 a.kind = GridActivity::Kind::Incident;
                 a.id = i->id;
                 a.at = i->reportedAt;
                 a.subjectName = s.isNull(1) ? s.text(2) : s.text(1);
                 a.pending = incidentsWaiting->contains(i->id);
                 a.incident = std::move(*i);
                 out.append(std::move(a));
             });
    if (!r)
        return r.error();
    std::stable_sort(out.begin(), out.end(),
                     [](const GridActivity &a, const GridActivity &b) { return a.at > b.at; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace gd::store
