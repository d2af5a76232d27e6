#include "store/taskrepository.h"

#include "store/clientid.h"

namespace gd::store {

namespace {

const QString kEntity = QStringLiteral("task");
constexpr qsizetype kMinText = 2;
constexpr qsizetype kMaxReason = 500;

bool isSupervisor(const StaffUser &actor)
{
    return actor.role == QLatin1String("supervisor");
}

// Supervisors act on tasks of their district (the city supervisor: every district); admins everywhere.
bool oversees(const StaffUser &actor, const QString &districtCode)
{
    if (actor.role == QLatin1String("admin"))
        return true;
    if (!isSupervisor(actor))
        return false;
    const QString area = actor.areaCode.value_or(QString());
    return area == QLatin1String("city") || (!area.isEmpty() && area == districtCode);
}

} // namespace

TaskRepository::TaskRepository(Connection &connection, SearchIndex &search, LocalWriter &writer,
                               const RegionRepository &regions)
    : Repository(
          connection, search, kEntity,
          ListSpec{{{QStringLiteral("grid"), "grid_id = ?"},
                    {QStringLiteral("batch"), "batch_id = ?"},
                    {QStringLiteral("state"), "state = ?"},
                    {QStringLiteral("assigned_by"), "assigned_by = ?"}},
                   {{QStringLiteral("due_on"), "due_on"}, {QStringLiteral("updated_at"), "updated_at"}},
                   "due_on"})
    , m_writer(writer)
    , m_regions(regions)
{
}

Result<GridTask> TaskRepository::load(const QString &id) const
{
    auto found = get(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such task in the local copy"));
    return std::move(**found);
}

Result<QList<OutboxItem>> TaskRepository::assign(TaskCreateRequest batch, const QStringList &gridIds,
                                                 const StaffUser &actor, const QDateTime &now)
{
    if (!isSupervisor(actor) && actor.role != QLatin1String("admin"))
        return makeError(ErrorCode::Forbidden, QStringLiteral("only supervisors and admins assign tasks"));
    if (gridIds.isEmpty())
        return fieldError(QStringLiteral("grid_id"), QStringLiteral("choose at least one grid"));
    auto batchId = clientObjectId(batch.batchId);
    if (!batchId)
        return fieldError(QStringLiteral("batch_id"), QStringLiteral("must be a UUID"));
    const QDateTime at = now.toUTC();
    QList<QPair<QJsonObject, OutboxItem>> writes;
    for (const QString &gridId : gridIds) {
        auto region = m_regions.get(gridId);
        if (!region)
            return region.error();
        if (!*region || (*region)->level != QLatin1String("grid"))
            return fieldError(QStringLiteral("grid_id"), QStringLiteral("no such grid in the local copy"));
        if (!oversees(actor, (*region)->districtCode))
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("a supervisor assigns tasks to the grids of their district"));
        GridTask t;
        t.batchId = *batchId;
        t.gridId = gridId;
        t.id = taskIdFor(t.batchId, gridId);
        t.districtCode = (*region)->districtCode;
        t.title = batch.title;
        t.description = batch.description;
        t.dueOn = batch.dueOn;
        t.assignedBy = actor.id;
        t.assignedAt = at;
        t.state = QStringLiteral("open");
        t.version = 0; // not on the server yet
        t.updatedAt = at;
        if (auto r = normalizeTask(t); !r)
            return r.error();
        TaskCreateRequest request{t.id, t.batchId, t.gridId, t.title, t.description, t.dueOn};
        OutboxItem item;
        item.method = QStringLiteral("POST");
        item.path = QStringLiteral("/api/v1/tasks");
        item.body = toJson(request);
        item.entity = kEntity;
        item.entityId = t.id;
        item.summary = t.title;
        writes.append({toJson(t), item});
    }
    return m_writer.writeMany(m_reader.table(), writes);
}

Result<OutboxItem> TaskRepository::update(const QString &id, const TaskUpdate &changes,
                                          const StaffUser &actor, const QDateTime &now)
{
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    const GridTask before = std::move(*loaded);
    if (!oversees(actor, before.districtCode))
        return makeError(ErrorCode::Forbidden, QStringLiteral("only supervisors of its area change a task"));
    if (before.state != QLatin1String("open") && before.state != QLatin1String("acknowledged"))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("only an open or acknowledged task can be changed"),
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("state")}});
    GridTask t = before;
    if (changes.title)
        t.title = *changes.title;
    if (changes.description)
        t.description = *changes.description;
    if (changes.dueOn)
        t.dueOn = *changes.dueOn;
    if (auto r = normalizeTask(t); !r)
        return r.error();
    auto confirmed = m_writer.outbox().confirmedBase(kEntity, id, before.version);
    if (!confirmed)
        return confirmed.error();
    QJsonObject body{{QStringLiteral("base_version"), *confirmed}};
    if (t.title != before.title)
        body.insert(QStringLiteral("title"), t.title);
    if (t.description != before.description)
        body.insert(QStringLiteral("description"), t.description);
    if (t.dueOn != before.dueOn)
        body.insert(QStringLiteral("due_on"), t.dueOn.toString(Qt::ISODate));
    if (body.size() == 1)
        return makeError(ErrorCode::BadRequest, QStringLiteral("nothing to change"));
    t.updatedAt = now.toUTC();

    OutboxItem item;
    item.method = QStringLiteral("PATCH");
    item.path = QStringLiteral("/api/v1/tasks/") + id;
    item.body = body;
    item.entity = kEntity;
    item.entityId = id;
    item.baseVersion = *confirmed;
    item.summary = t.title;
    return m_writer.write(m_reader.table(), toJson(t), std::move(item));
}

Result<OutboxItem> TaskRepository::act(const QString &id, const QString &action, const QString &text,
                                       const StaffUser &actor, const QDateTime &now)
{
    if (!taskActions().contains(action))
        return fieldError(QStringLiteral("action"),
                          QStringLiteral("must be one of ") + taskActions().join(QStringLiteral(", ")));
    const QString given = text.trimmed();
    const bool completing = action == QLatin1String("complete");
    const bool cancelling = action == QLatin1String("cancel");
    if (completing && (given.size() < kMinText || given.size() > kTaskMaxResult))
        return fieldError(QStringLiteral("result"),
                          QStringLiteral("give a result of 2 to %1 characters").arg(kTaskMaxResult));
    if (cancelling && (given.size() < kMinText || given.size() > kMaxReason))
        return fieldError(QStringLiteral("reason"),
                          QStringLiteral("give a reason of 2 to %1 characters").arg(kMaxReason));
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    GridTask t = std::move(*loaded);
    if (cancelling) {
        if (!isSupervisor(actor) || !oversees(actor, t.districtCode))
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("only supervisors of its area cancel a task"));
    } else if (actor.role != QLatin1String("grid_manager") || !actor.gridIds.contains(t.gridId)) {
        return makeError(
            ErrorCode::Forbidden,
            QStringLiteral("only the grid managers of the task's grid acknowledge or complete it"));
    }
    auto state = taskStateAfter(t.state, action);
    if (!state)
        return state.error();
    const QDateTime at = now.toUTC();
    if (action == QLatin1String("acknowledge") || (completing && !t.acknowledgedAt)) {
        t.acknowledgedBy = actor.id;
        t.acknowledgedAt = at;
    }
    if (completing) {
        t.doneBy = actor.id;
        t.doneAt = at;
        t.result = given;
    }
    if (cancelling)
        t.cancelReason = given;
    t.state = *state;
    t.updatedAt = at;

    auto confirmed = m_writer.outbox().confirmedBase(kEntity, id, t.version);
    if (!confirmed)
        return confirmed.error();
    TaskAction wire;
    wire.action = action;
    wire.baseVersion = *confirmed;
    if (completing)
        wire.result = given;
    if (cancelling)
        wire.reason = given;
    OutboxItem item;
    item.method = QStringLiteral("POST");
    item.path = QStringLiteral("/api/v1/tasks/") + id + QStringLiteral("/actions");
    item.body = toJson(wire);
    for (const QString &key : item.body.keys()) {
        if (item.body.value(key).isNull())
            item.body.remove(key);
    }
    item.entity = kEntity;
    item.entityId = id;
    item.baseVersion = *confirmed;
    item.summary = t.title;
    return m_writer.write(m_reader.table(), toJson(t), std::move(item));
}

Result<bool> TaskRepository::hasPendingWrites(const QString &id) const
{
    return m_writer.outbox().hasPending(kEntity, id);
}

} // namespace gd::store
