#pragma once
// Tasks pushed down to grids (网格任务, issue 8) in the local copy: lists by grid, batch or state, and the
// writes, which all work offline — applied to the local copy at once and queued in the outbox in the same
// transaction:
//   assign()  a supervisor (or admin) gives one task to several grids: one task per grid with the id
//             taskIdFor(batch, grid), one POST /api/v1/tasks each (version 0 until the server answers)
//   update()  a supervisor changes an open or acknowledged task (PATCH with the changed fields, base version)
//   act()     acknowledge / complete (grid managers of the task's grid) and cancel (supervisors): the
//             state taskStateAfter() gives, shown at once; POST /api/v1/tasks/{id}/actions, base version
// The checks are the server's that need no server data (normalizeTask(), taskStateAfter(), texts, roles),
// so a write refused here would be refused there; a task changed on the server meanwhile comes back as a
// conflict entry. Store thread.

#include "store/catalogrepository.h"
#include "store/localwriter.h"
#include "store/repository.h"

#include "domain/grid.h"
#include "domain/staff.h"

namespace gd::store {

class TaskRepository : public Repository<GridTask> {
public:
    TaskRepository(Connection &connection, SearchIndex &search, LocalWriter &writer,
                   const RegionRepository &regions);

    // The task `batch` (title, description, dueOn; batchId empty: a new UUID; its id and gridId are
    // ignored) for each of `gridIds`, by a supervisor of the grids' district (or the city) or an admin.
    // Forbidden for other roles or a grid outside the supervisor's district, BadRequest (field) for an
    // invalid field or a grid the local copy does not know. All or nothing; one item per grid.
    Result<QList<OutboxItem>> assign(TaskCreateRequest batch, const QStringList &gridIds,
                                     const StaffUser &actor,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Changes of an open or acknowledged task (Conflict, details.reason "state", otherwise) by a
    // supervisor of its area (or an admin). Only the fields that differ are sent.
    Result<OutboxItem> update(const QString &id, const TaskUpdate &changes, const StaffUser &actor,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "acknowledge", "complete" (text = the result, 2..2000 characters) by a grid manager of the task's
    // grid; "cancel" (text = the reason, 2..500) by a supervisor of its area. Conflict (details.reason
    // "state") when the action does not apply to the task's state.
    Result<OutboxItem> act(const QString &id, const QString &action, const QString &text,
                           const StaffUser &actor, const QDateTime &now = QDateTime::currentDateTimeUtc());

    Result<bool> hasPendingWrites(const QString &id) const;

private:
    Result<GridTask> load(const QString &id) const;

    LocalWriter &m_writer;
    const RegionRepository &m_regions;
};

} // namespace gd::store
