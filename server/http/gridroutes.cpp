#include "http/gridroutes.h"

#include "db/auditlog.h"
#include "db/changelog.h"
#include "db/database.h"
#include "db/entities.h"
#include "db/serverclock.h"
#include "db/sqlvalues.h"
#include "http/routechecks.h"

#include "domain/grid.h"
#include "domain/worktime.h"

#include <QJsonArray>

#include <algorithm>
#include <map>
#include <memory>

namespace gd::server {
namespace {

constexpr qsizetype kMinNote = 2;
constexpr qsizetype kMaxReason = 500;

using sqlvalue::nullText;
using sqlvalue::text;

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

QVariant date(const std::optional<QDate> &d)
{
    return d && d->isValid() ? QVariant(isoDate(*d)) : nullText();
}

Error stale(const QString &what, const QJsonObject &current)
{
    return refusal(
        QStringLiteral("stale"),
        QStringLiteral("the %1 was changed after base_version; details.server is the current copy").arg(what),
        current);
}

// A Conflict from taskStateAfter() / incidentStatusAfter() with the current object added.
Error withServer(Error e, const QJsonObject &current)
{
    if (e.code == ErrorCode::Conflict)
        e.details.insert(QStringLiteral("server"), current);
    return e;
}

Error forbidden(const QString &message)
{
    return makeError(ErrorCode::Forbidden, message);
}

// A text of min..max characters after trimming; absent is allowed unless `required`.
Result<std::optional<QString>> boundedText(const std::optional<QString> &value, const char *field,
                                           qsizetype min, qsizetype max, bool required)
{
    const QString t = value.value_or(QString()).trimmed();
    if (t.isEmpty() && !required)
        return std::optional<QString>();
    if (t.size() < min || t.size() > max)
        return badField(QLatin1String(field), QStringLiteral("give %1 to %2 characters").arg(min).arg(max));
    return std::optional<QString>(t);
}

bool isGridManagerOf(const Principal &who, const QString &gridId)
{
    return who.role == Role::GridManager && who.gridIds.contains(gridId);
}

bool supervises(const Principal &who, const QString &districtCode)
{
    return who.role == Role::Supervisor &&
           (who.areaCode == QLatin1String("city") || who.areaCode == districtCode);
}

// Sets of "column = ?" with their values, for an UPDATE … WHERE id = ? AND version = ?.
struct Assignments {
    QStringList sets;
    QVariantList binds;

    void set(const char *column, const QVariant &value)
    {
        sets.append(QLatin1String(column) + QStringLiteral(" = ?"));
        binds.append(value);
    }
};

class GridRoutes {
public:
    explicit GridRoutes(ApiServices services)
        : m_s(services)
    {
        for (const char *entity : {"household", "incident", "task", "visit", "citizen"})
            m_repos.emplace(QLatin1String(entity), std::make_unique<EntityRepository>(
                                                       services.db, *entitySpec(QLatin1String(entity))));
    }

    // ------------------------------------------------------------------------------------------------
    // Reads

    // GET /grids/{id}/special-groups: grid managers of the grid and supervisors above it.
    HttpResponse specialGroups(const RequestContext &ctx)
    {
        const Principal &who = ctx.who();
        const QString gridId = ctx.param(QStringLiteral("id"));
        auto district = gridDistrict(gridId);
        if (!district)
            return HttpResponse::error(district.error());
        if (!isGridManagerOf(who, gridId) && !supervises(who, *district))
            return HttpResponse::error(notFound(QStringLiteral("grid")));
        QStringList tagIds;
        for (const SpecialGroupRule &rule : specialGroupRules()) {
            if (!tagIds.contains(rule.tagId))
                tagIds.append(rule.tagId);
        }
        const SqlFilter tags = inList(QStringLiteral("ct.tag_id"), tagIds);
        QVariantList binds{gridId};
        binds.append(tags.binds);
        auto q =
            m_s.db.query(QStringLiteral("SELECT c.id, c.birth_date, ct.tag_id FROM citizens c JOIN "
                                        "citizen_tags ct ON ct.citizen_id = c.id WHERE c.grid_id = ? AND ") +
                             tags.sql,
                         binds);
        if (!q)
            return HttpResponse::error(q.error());
        struct Person {
            QDate birth;
            QStringList tags;
        };
        std::map<QString, Person> people; // by id, so every group's ids come out sorted
        while ((*q)->next()) {
            Person &p = people[(*q)->value(0).toString()];
            p.birth = QDate::fromString((*q)->value(1).toString(), Qt::ISODate);
            p.tags.append((*q)->value(2).toString());
        }
        GridSpecialGroups out;
        out.gridId = gridId;
        out.asOf = worktime::localDate(ServerClock::now());
        for (const SpecialGroupRule &rule : specialGroupRules()) {
            SpecialGroupMembers members;
            members.group = rule.id;
            for (const auto &[id, p] : people) {
                if (isInSpecialGroup(rule, p.tags, p.birth, out.asOf))
                    members.citizenIds.append(id);
            }
            members.count = members.citizenIds.size();
            out.groups.append(std::move(members));
        }
        return HttpResponse::jsonBytes(toJsonBytes(out));
    }

    // GET /attachments/{id}: the photo with its bytes, for whoever sees its incident.
    HttpResponse getAttachment(const RequestContext &ctx)
    {
        const QString id = ctx.param(QStringLiteral("id"));
        if (!isPlausibleId(id))
            return HttpResponse::error(notFound(QStringLiteral("attachment")));
        auto q = m_s.db.query(QStringLiteral("SELECT incident_id, id, file_name, content_type, size, sha256, "
                                             "data FROM incident_attachments WHERE id = ?"),
                              {id});
        if (!q)
            return HttpResponse::error(q.error());
        if (!(*q)->next())
            return HttpResponse::error(notFound(QStringLiteral("attachment")));
        const QString incidentId = (*q)->value(0).toString();
        AttachmentUpload out;
        out.id = (*q)->value(1).toString();
        out.fileName = (*q)->value(2).toString();
        out.contentType = (*q)->value(3).toString();
        out.size = (*q)->value(4).toLongLong();
        out.sha256 = (*q)->value(5).toString();
        out.data = (*q)->value(6).toString();
        if (auto visible = repo("incident").requireVisible(ctx.who(), incidentId); !visible)
            return HttpResponse::error(notFound(QStringLiteral("attachment")));
        return HttpResponse::jsonBytes(toJsonBytes(out));
    }

    // ------------------------------------------------------------------------------------------------
    // Visits

    // PATCH /visits/{id}: the grid managers of its grid and the supervisors of its area correct a record.
    HttpResponse updateVisit(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = ctx.bodyAs<VisitUpdate>();
        if (!request)
            return HttpResponse::error(request.error());
        auto current = load<Visit>("visit", ctx);
        if (!current)
            return HttpResponse::error(current.error());
        const auto &[json, before] = *current;
        const Principal &who = ctx.who();
        if (!isGridManagerOf(who, before.gridId) && !supervises(who, before.districtCode))
            return HttpResponse::error(forbidden(
                QStringLiteral("only the grid managers of the visit's grid and supervisors change it")));
        if (request->baseVersion != before.version)
            return HttpResponse::error(stale(QStringLiteral("visit"), json));
        Visit after = before;
        if (request->kind)
            after.kind = *request->kind;
        if (request->summary)
            after.summary = *request->summary;
        if (request->followUp)
            after.followUp = *request->followUp; // "" clears it (normalizeVisit drops it)
        if (request->followUpDue)
            after.followUpDue = *request->followUpDue;
        if (auto valid = normalizeVisit(after); !valid)
            return HttpResponse::error(valid.error());
        if (!after.followUp)
            after.followUpDue.reset(); // nothing to do, no date to do it by
        Assignments a;
        a.set("kind", after.kind);
        a.set("summary", after.summary);
        a.set("follow_up", text(after.followUp));
        a.set("follow_up_due", date(after.followUpDue));
        return persist(ctx, "visit", "visits", before.id, before.version, json, a,
                       QStringLiteral("visit.update"), {});
    }

    // ------------------------------------------------------------------------------------------------
    // Incidents

    // POST /incidents: a grid manager reports an incident in one of their grids, under the client's id.
    HttpResponse createIncident(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = ctx.bodyAs<IncidentCreateRequest>();
        if (!request)
            return HttpResponse::error(request.error());
        auto id = clientId(request->id);
        if (!id)
            return HttpResponse::error(id.error());
        const Principal &who = ctx.who();
        const QDateTime now = ServerClock::now();
        Incident i;
        i.id = *id;
        i.gridId = request->gridId;
        i.householdId = request->householdId;
        i.citizenId = request->citizenId;
        i.category = request->category;
        i.location = request->location;
        i.description = request->description;
        i.urgency = request->urgency;
        i.status = QStringLiteral("reported");
        i.reportedBy = who.staffId;
        i.reportedAt = request->reportedAt;
        i.updatedAt = now;
        if (auto valid = normalizeIncident(i); !valid)
            return HttpResponse::error(valid.error());
        // Clocks of devices in the field drift; a report more than a day ahead is a mistake.
        if (i.reportedAt > now.addDays(1))
            return HttpResponse::error(
                badField(QStringLiteral("reported_at"), QStringLiteral("lies in the future")));
        if (!who.gridIds.contains(i.gridId))
            return HttpResponse::error(notFound(QStringLiteral("grid")));
        auto district = gridDistrict(i.gridId);
        if (!district)
            return HttpResponse::error(district.error());
        i.districtCode = *district;
        if (auto r = membersOfGrid(i.gridId, i.citizenId, i.householdId); !r)
            return HttpResponse::error(r.error());

        auto taken = takenId("incidents", i.id);
        if (!taken)
            return HttpResponse::error(taken.error());
        if (*taken) {
            // Sent again under another Idempotency-Key (an offline queue replaying): the stored incident
            // when it is this reporter's in this grid, a conflict otherwise.
            auto stored = repo("incident").get(who, i.id);
            if (stored && stored->value(QStringLiteral("reported_by")).toString() == who.staffId &&
                stored->value(QStringLiteral("grid_id")).toString() == i.gridId)
                return HttpResponse::json(*stored);
            return HttpResponse::error(idTaken(QStringLiteral("incident")));
        }
        auto q = m_s.db.query(
            QStringLiteral("INSERT INTO incidents (id, grid_id, district_code, household_id, citizen_id, "
                           "category, location, description, urgency, status, reported_by, reported_at, "
                           "version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
            {i.id, i.gridId, i.districtCode, text(i.householdId), text(i.citizenId), i.category, i.location,
             i.description, i.urgency, i.status, i.reportedBy, toIsoUtc(i.reportedAt), toIsoUtc(now)});
        if (!q)
            return HttpResponse::error(q.error());
        return written(ctx, "incident", i.id, 1, QStringLiteral("incident.create"), i.category, 201);
    }

    // PATCH /incidents/{id}: the grid managers of its grid, while it is reported.
    HttpResponse updateIncident(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = ctx.bodyAs<IncidentUpdate>();
        if (!request)
            return HttpResponse::error(request.error());
        auto current = load<Incident>("incident", ctx);
        if (!current)
            return HttpResponse::error(current.error());
        const auto &[json, before] = *current;
        if (!isGridManagerOf(ctx.who(), before.gridId))
            return HttpResponse::error(
                forbidden(QStringLiteral("only the grid managers of the incident's grid change it")));
        if (before.status != QLatin1String("reported"))
            return HttpResponse::error(refusal(
                QStringLiteral("state"), QStringLiteral("only a reported incident can be changed"), json));
        if (request->baseVersion != before.version)
            return HttpResponse::error(stale(QStringLiteral("incident"), json));
        Incident after = before;
        if (request->category)
            after.category = *request->category;
        if (request->location)
            after.location = *request->location;
        if (request->description)
            after.description = *request->description;
        if (request->urgency)
            after.urgency = *request->urgency;
        if (auto valid = normalizeIncident(after); !valid)
            return HttpResponse::error(valid.error());
        Assignments a;
        a.set("category", after.category);
        a.set("location", after.location);
        a.set("description", after.description);
        a.set("urgency", after.urgency);
        return persist(ctx, "incident", "incidents", before.id, before.version, json, a,
                       QStringLiteral("incident.update"), {});
    }

    // POST /incidents/{id}/actions: accept / resolve by the supervisors of its area.
    HttpResponse actOnIncident(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto action = ctx.bodyAs<IncidentAction>();
        if (!action)
            return HttpResponse::error(action.error());
        if (action->action != QLatin1String("accept") && action->action != QLatin1String("resolve"))
            return HttpResponse::error(
                badField(QStringLiteral("action"), QStringLiteral("must be accept or resolve")));
        if (action->baseVersion < 1)
            return HttpResponse::error(
                badField(QStringLiteral("base_version"), QStringLiteral("is required")));
        const bool resolving = action->action == QLatin1String("resolve");
        auto note = boundedText(action->note, "note", kMinNote, kIncidentMaxNote, resolving);
        if (!note)
            return HttpResponse::error(note.error());
        auto current = load<Incident>("incident", ctx);
        if (!current)
            return HttpResponse::error(current.error());
        const auto &[json, before] = *current;
        const Principal &who = ctx.who();
        if (!supervises(who, before.districtCode))
            return HttpResponse::error(
                forbidden(QStringLiteral("only supervisors of its area act on an incident")));
        if (action->baseVersion != before.version)
            return HttpResponse::error(stale(QStringLiteral("incident"), json));
        auto status = incidentStatusAfter(before.status, action->action);
        if (!status)
            return HttpResponse::error(withServer(status.error(), json));
        const QDateTime now = ServerClock::now();
        Assignments a;
        a.set("status", *status);
        a.set("handled_by", who.staffId);
        if (*note)
            a.set("handling_note", **note);
        if (resolving)
            a.set("resolved_at", toIsoUtc(now));
        return persist(ctx, "incident", "incidents", before.id, before.version, json, a,
                       QStringLiteral("incident.") + action->action, {});
    }

    // POST /incidents/{id}/attachments: a photo of the incident (base64 in JSON).
    HttpResponse uploadAttachment(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto upload = ctx.bodyAs<AttachmentUpload>();
        if (!upload)
            return HttpResponse::error(upload.error());
        upload->id = upload->id.trimmed().toLower();
        auto current = load<Incident>("incident", ctx);
        if (!current)
            return HttpResponse::error(current.error());
        const auto &[json, incident] = *current;
        const Principal &who = ctx.who();
        if (!isGridManagerOf(who, incident.gridId) && !supervises(who, incident.districtCode))
            return HttpResponse::error(forbidden(
                QStringLiteral("only the grid managers of the incident's grid and supervisors add photos")));
        // The decoded size is at most 3/4 of the text's; anything longer cannot be a photo within the limit.
        if (upload->data.size() > (kAttachmentMaxBytes / 3 + 1) * 4 + 4)
            return HttpResponse::error(
                badField(QStringLiteral("data"),
                         QStringLiteral("a photo must have at most %1 MiB").arg(kAttachmentMaxBytes >> 20),
                         {{QStringLiteral("max_bytes"), kAttachmentMaxBytes}}));
        const auto decoded =
            QByteArray::fromBase64Encoding(upload->data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || upload->data.isEmpty() || upload->data.size() % 4 != 0)
            return HttpResponse::error(
                badField(QStringLiteral("data"), QStringLiteral("is not standard base64")));
        if (auto valid = checkAttachment(*upload, *decoded); !valid)
            return HttpResponse::error(valid.error());

        {
            auto q = m_s.db.query(
                QStringLiteral("SELECT incident_id, sha256 FROM incident_attachments WHERE id = ?"),
                {upload->id});
            if (!q)
                return HttpResponse::error(q.error());
            if ((*q)->next()) {
                // Sent again (another key): the incident as it is when it is the same photo.
                if ((*q)->value(0).toString() == incident.id && (*q)->value(1).toString() == upload->sha256)
                    return HttpResponse::json(json);
                return HttpResponse::error(
                    makeError(ErrorCode::Conflict,
                              QStringLiteral("an attachment with this id exists already with other content"),
                              QJsonObject{{QStringLiteral("reason"), QStringLiteral("id_taken")}}));
            }
        }
        if (incident.attachments.size() >= kAttachmentsPerIncident)
            return HttpResponse::error(refusal(
                QStringLiteral("too_many_attachments"),
                QStringLiteral("an incident has at most %1 photos").arg(kAttachmentsPerIncident), json));
        const QDateTime now = ServerClock::now();
        auto q = m_s.db.query(
            QStringLiteral(
                "INSERT INTO incident_attachments (id, incident_id, file_name, content_type, size, "
                "sha256, data, created_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {upload->id, incident.id, upload->fileName.trimmed(), upload->contentType, upload->size,
             upload->sha256, upload->data, toIsoUtc(now), who.staffId});
        if (!q)
            return HttpResponse::error(q.error());
        // The incident's version moves on, so that every copy learns of the new photo.
        return persist(ctx, "incident", "incidents", incident.id, incident.version, json, {},
                       QStringLiteral("incident.attach"), upload->contentType, 201);
    }

    // ------------------------------------------------------------------------------------------------
    // Tasks

    // POST /tasks: a supervisor (or an admin) gives a grid a task, under the id of its batch and grid.
    HttpResponse createTask(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = ctx.bodyAs<TaskCreateRequest>();
        if (!request)
            return HttpResponse::error(request.error());
        const Principal &who = ctx.who();
        const QDateTime now = ServerClock::now();
        GridTask t;
        t.id = request->id.trimmed().toLower();
        t.batchId = request->batchId.trimmed().toLower();
        t.gridId = request->gridId;
        t.title = request->title;
        t.description = request->description;
        t.dueOn = request->dueOn;
        t.assignedBy = who.staffId;
        t.assignedAt = now;
        t.state = QStringLiteral("open");
        t.updatedAt = now;
        if (auto valid = normalizeTask(t); !valid)
            return HttpResponse::error(valid.error());
        auto district = gridDistrict(t.gridId);
        if (!district)
            return HttpResponse::error(district.error());
        if (who.role == Role::Supervisor && !supervises(who, *district))
            return HttpResponse::error(notFound(QStringLiteral("grid")));
        t.districtCode = *district;

        auto taken = takenId("grid_tasks", t.id);
        if (!taken)
            return HttpResponse::error(taken.error());
        if (*taken) {
            auto stored = repo("task").get(who, t.id);
            if (stored && stored->value(QStringLiteral("title")).toString() == t.title &&
                stored->value(QStringLiteral("description")).toString() == t.description &&
                stored->value(QStringLiteral("due_on")).toString() == isoDate(t.dueOn))
                return HttpResponse::json(*stored);
            return HttpResponse::error(idTaken(QStringLiteral("task")));
        }
        auto q = m_s.db.query(
            QStringLiteral(
                "INSERT INTO grid_tasks (id, batch_id, grid_id, district_code, title, description, "
                "due_on, assigned_by, assigned_at, state, version, updated_at) VALUES (?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, 1, ?)"),
            {t.id, t.batchId, t.gridId, t.districtCode, t.title, t.description, isoDate(t.dueOn),
             t.assignedBy, toIsoUtc(now), t.state, toIsoUtc(now)});
        if (!q)
            return HttpResponse::error(q.error());
        return written(ctx, "task", t.id, 1, QStringLiteral("task.create"), t.title.left(100), 201);
    }

    // PATCH /tasks/{id}: supervisors of its area (and admins) change an open or acknowledged task.
    HttpResponse updateTask(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = ctx.bodyAs<TaskUpdate>();
        if (!request)
            return HttpResponse::error(request.error());
        auto current = load<GridTask>("task", ctx);
        if (!current)
            return HttpResponse::error(current.error());
        const auto &[json, before] = *current;
        const Principal &who = ctx.who();
        if (who.role != Role::Admin && !supervises(who, before.districtCode))
            return HttpResponse::error(
                forbidden(QStringLiteral("only supervisors of its area change a task")));
        if (before.state != QLatin1String("open") && before.state != QLatin1String("acknowledged"))
            return HttpResponse::error(
                refusal(QStringLiteral("state"), QStringLiteral("the task is finished"), json));
        if (request->baseVersion != before.version)
            return HttpResponse::error(stale(QStringLiteral("task"), json));
        GridTask after = before;
        if (request->title)
            after.title = *request->title;
        if (request->description)
            after.description = *request->description;
        if (request->dueOn)
            after.dueOn = *request->dueOn;
        if (auto valid = normalizeTask(after); !valid)
            return HttpResponse::error(valid.error());
        Assignments a;
        a.set("title", after.title);
        a.set("description", after.description);
        a.set("due_on", isoDate(after.dueOn));
        return persist(ctx, "task", "grid_tasks", before.id, before.version, json, a,
                       QStringLiteral("task.update"), after.title.left(100));
    }

    // POST /tasks/{id}/actions: acknowledge / complete (grid managers of its grid), cancel (supervisors).
    HttpResponse actOnTask(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto action = ctx.bodyAs<TaskAction>();
        if (!action)
            return HttpResponse::error(action.error());
        if (!taskActions().contains(action->action))
            return HttpResponse::error(
                badField(QStringLiteral("action"), QStringLiteral("unknown action"),
                         {{QStringLiteral("allowed"), QJsonArray::fromStringList(taskActions())}}));
        if (action->baseVersion < 1)
            return HttpResponse::error(
                badField(QStringLiteral("base_version"), QStringLiteral("is required")));
        const bool completing = action->action == QLatin1String("complete");
        const bool cancelling = action->action == QLatin1String("cancel");
        auto result = boundedText(action->result, "result", kMinNote, kTaskMaxResult, completing);
        if (!result)
            return HttpResponse::error(result.error());
        auto reason = boundedText(action->reason, "reason", kMinNote, kMaxReason, cancelling);
        if (!reason)
            return HttpResponse::error(reason.error());
        auto current = load<GridTask>("task", ctx);
        if (!current)
            return HttpResponse::error(current.error());
        const auto &[json, before] = *current;
        const Principal &who = ctx.who();
        if (cancelling ? (who.role != Role::Admin && !supervises(who, before.districtCode))
                       : !isGridManagerOf(who, before.gridId))
            return HttpResponse::error(
                forbidden(cancelling ? QStringLiteral("only supervisors cancel a task")
                                     : QStringLiteral("only the grid managers of the task's grid do this")));
        if (action->baseVersion != before.version)
            return HttpResponse::error(stale(QStringLiteral("task"), json));
        auto state = taskStateAfter(before.state, action->action);
        if (!state)
            return HttpResponse::error(withServer(state.error(), json));
        const QString now = toIsoUtc(ServerClock::now());
        Assignments a;
        a.set("state", *state);
        if (action->action == QLatin1String("acknowledge")) {
            a.set("acknowledged_by", who.staffId);
            a.set("acknowledged_at", now);
        } else if (completing) {
            if (!before.acknowledgedBy) {
                // Completing an open task acknowledges it too.
                a.set("acknowledged_by", who.staffId);
                a.set("acknowledged_at", now);
            }
            a.set("done_by", who.staffId);
            a.set("done_at", now);
            a.set("result", **result);
        } else {
            a.set("cancel_reason", **reason);
        }
        return persist(ctx, "task", "grid_tasks", before.id, before.version, json, a,
                       QStringLiteral("task.") + action->action, reason->value_or(QString()));
    }

private:
    EntityRepository &repo(const char *entity) { return *m_repos.at(QLatin1String(entity)); }

    // The object of the path's id in the caller's scope, as JSON and typed (NotFound otherwise).
    template <typename T>
    Result<std::pair<QJsonObject, T>> load(const char *entity, const RequestContext &ctx)
    {
        const QString id = ctx.param(QStringLiteral("id"));
        if (!isPlausibleId(id))
            return notFound(QLatin1String(entity));
        auto json = repo(entity).get(ctx.who(), id);
        if (!json)
            return json.error();
        auto typed = fromJson<T>(*json);
        if (!typed)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("a stored %1 does not read back").arg(QLatin1String(entity)));
        return std::pair<QJsonObject, T>{*json, std::move(*typed)};
    }

    // The district of a grid; NotFound when there is no such grid.
    Result<QString> gridDistrict(const QString &gridId)
    {
        if (!isPlausibleId(gridId))
            return notFound(QStringLiteral("grid"));
        auto q = m_s.db.query(
            QStringLiteral("SELECT district_code FROM regions WHERE id = ? AND level = 'grid'"), {gridId});
        if (!q)
            return q.error();
        if (!(*q)->next())
            return notFound(QStringLiteral("grid"));
        return (*q)->value(0).toString();
    }

    // The citizen and the household an object names must be of its grid.
    Result<void> membersOfGrid(const QString &gridId, const std::optional<QString> &citizenId,
                               const std::optional<QString> &householdId)
    {
        const struct {
            const std::optional<QString> &id;
            const char *table;
            const char *what;
        } members[] = {{citizenId, "citizens", "citizen"}, {householdId, "households", "household"}};
        for (const auto &member : members) {
            if (!member.id)
                continue;
            if (!isPlausibleId(*member.id))
                return notFound(QLatin1String(member.what));
            auto q = m_s.db.query(QStringLiteral("SELECT 1 FROM ") + QLatin1String(member.table) +
                                      QStringLiteral(" WHERE id = ? AND grid_id = ?"),
                                  {*member.id, gridId});
            if (!q)
                return q.error();
            if (!(*q)->next())
                return notFound(QLatin1String(member.what));
        }
        return {};
    }

    Result<bool> takenId(const char *table, const QString &id)
    {
        auto q = m_s.db.query(
            QStringLiteral("SELECT 1 FROM ") + QLatin1String(table) + QStringLiteral(" WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return (*q)->next();
    }

    static Error idTaken(const QString &what)
    {
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("a %1 with this id exists already with other content (sent with another "
                           "Idempotency-Key)")
                .arg(what),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("id_taken")}});
    }

    // Applies `a` to the row from its version `from` (the version moves on), then logs, audits and answers
    // the object. A lost race on the version is a conflict with the current copy.
    HttpResponse persist(RequestContext &ctx, const char *entity, const char *table, const QString &id,
                         qint64 from, const QJsonObject &before, Assignments a, const QString &auditAction,
                         const QString &auditReason, int status = 200)
    {
        a.set("version", from + 1);
        a.set("updated_at", toIsoUtc(ServerClock::now()));
        QVariantList binds = a.binds;
        binds << id << from;
        auto q = m_s.db.query(QStringLiteral("UPDATE ") + QLatin1String(table) + QStringLiteral(" SET ") +
                                  a.sets.join(QStringLiteral(", ")) +
                                  QStringLiteral(" WHERE id = ? AND version = ?"),
                              binds);
        if (!q)
            return HttpResponse::error(q.error());
        if ((*q)->numRowsAffected() != 1)
            return HttpResponse::error(stale(QLatin1String(entity), before));
        return written(ctx, entity, id, from + 1, auditAction, auditReason, status);
    }

    // Logs the change of the object just written, audits it and answers it.
    HttpResponse written(RequestContext &ctx, const char *entity, const QString &id, qint64 version,
                         const QString &auditAction, const QString &auditReason, int status)
    {
        auto conn = m_s.db.connection();
        if (!conn)
            return HttpResponse::error(conn.error());
        auto seq = ChangeLog::record(*conn, QLatin1String(entity), id, QStringLiteral("upsert"), version);
        if (!seq)
            return HttpResponse::error(seq.error());
        ctx.write->changed(*seq);
        if (auto r = m_s.audit.appendInTransaction(ctx.who(), auditAction, QLatin1String(entity), id,
                                                   auditReason.left(500));
            !r)
            return HttpResponse::error(r.error());
        auto json = repo(entity).getJson(ctx.who(), id);
        if (!json)
            return HttpResponse::error(json.error());
        return HttpResponse::jsonBytes(*json, status);
    }

    ApiServices m_s;
    std::map<QString, std::unique_ptr<EntityRepository>> m_repos;
};

} // namespace

void addGridRoutes(Router &router, ApiServices services)
{
    auto routes = std::make_shared<GridRoutes>(services);
    const auto add = [&router, &routes](const char *method, const char *pattern, const char *summary,
                                        QSet<Role> roles, bool idempotent, auto fn) {
        addOwnedRoute(router, routes, method, pattern, summary, std::move(roles), idempotent, fn);
    };
    const QSet<Role> staff{}; // every staff role (the router keeps the portal out)
    const QSet<Role> gridManagers{Role::GridManager};
    const QSet<Role> supervisors{Role::Supervisor};
    const QSet<Role> gridStaff{Role::GridManager, Role::Supervisor};
    add("GET", "/api/v1/grids/{id}/special-groups",
        "The citizens of a grid in each special group (grid managers of the grid and supervisors above it)",
        gridStaff, false, &GridRoutes::specialGroups);
    add("PATCH", "/api/v1/visits/{id}", "Correct a visit record from a base version", gridStaff, true,
        &GridRoutes::updateVisit);
    add("POST", "/api/v1/incidents", "Report an incident in one of the caller's grids under the client's id",
        gridManagers, true, &GridRoutes::createIncident);
    add("PATCH", "/api/v1/incidents/{id}", "Change a reported incident from a base version", gridManagers,
        true, &GridRoutes::updateIncident);
    add("POST", "/api/v1/incidents/{id}/actions", "Accept or resolve an incident", supervisors, true,
        &GridRoutes::actOnIncident);
    add("POST", "/api/v1/incidents/{id}/attachments", "Add a photo (base64) to an incident", gridStaff, true,
        &GridRoutes::uploadAttachment);
    add("GET", "/api/v1/attachments/{id}", "One incident photo with its bytes (base64)", staff, false,
        &GridRoutes::getAttachment);
    add("POST", "/api/v1/tasks", "Give a grid a task under the id of its batch and grid",
        {Role::Supervisor, Role::Admin}, true, &GridRoutes::createTask);
    add("PATCH", "/api/v1/tasks/{id}", "Change an open or acknowledged task from a base version",
        {Role::Supervisor, Role::Admin}, true, &GridRoutes::updateTask);
    add("POST", "/api/v1/tasks/{id}/actions", "Acknowledge, complete or cancel a grid task",
        {Role::GridManager, Role::Supervisor, Role::Admin}, true, &GridRoutes::actOnTask);
}

} // namespace gd::server
