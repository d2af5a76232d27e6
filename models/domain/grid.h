#pragma once
// Grid work (网格化管理, issue 8): the households of a grid, its special groups, the visit records and
// incident reports that grid managers write about them — often offline in the field, so the client makes
// every id and sends the record later — and the tasks supervisors push down to grids.
//
// Who sees what (the server's scope rules; the client's local copy holds what its user's feed brings):
//   households, visits, incidents, attachments, tasks — grid managers: their grids; supervisors: their
//   district (the city supervisor and admins: everything); officers: none.
//   special groups — grid managers of the grid and supervisors above it only (not officers, not admins);
//   the tags that mark the restricted groups (restrictedTagIds()) are left out of citizen objects for
//   everyone else.
//
//   Incident:  reported ──accept──▶ accepted ──resolve──▶ resolved        (supervisors act; any ──▶ resolved)
//   Task:      open ──acknowledge──▶ acknowledged ──complete──▶ done      (grid managers of the task's grid)
//              open / acknowledged ──cancel──▶ cancelled                   (supervisors)
//
// Every change of an object carries the version it was made from (base_version); a stale one gets 409
// with the server's copy, which the client shows as a conflict. Creates are keyed by the client's id:
// sending the same record again returns the stored one.

#include "domain/audience.h"
#include "domain/codec.h"
#include "domain/error.h"

namespace gd {

// ---------------------------------------------------------------------------------------------------------
// Households

struct HouseholdMember {
    QString citizenId;
    QString name;
    std::optional<QString> relationToHead; // "户主", "配偶", "子女" …
    QDate birthDate;
    QString gender;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("citizen_id", s.citizenId);
        v("name", s.name);
        v("relation_to_head", s.relationToHead);
        v("birth_date", s.birthDate);
        v("gender", s.gender);
    }
};

// GET /api/v1/households[/{id}], change-feed entity "household".
struct Household {
    QString id;
    QString address;
    QString gridId;
    QString communityId;
    QString districtCode;
    std::optional<QString> headCitizenId;
    QList<HouseholdMember> members; // the head first, then by birth date
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("address", s.address);
        v("grid_id", s.gridId);
        v("community_id", s.communityId);
        v("district_code", s.districtCode);
        v("head_citizen_id", s.headCitizenId);
        v("members", s.members);
        v("version", s.version);
        v("updated_at", s.updatedAt);
    }
};

// ---------------------------------------------------------------------------------------------------------
// Special groups (特殊人群): each is a citizen tag, narrowed by age where the group is defined by it, so a
// group is also an audience expression (a push to a grid's special group goes through the campaigns).

struct SpecialGroupRule {
    QString id;    // "living_alone_elderly" …
    QString tagId; // "t_living_alone_elderly" …
    std::optional<int> minAge;
    std::optional<int> maxAge; // inclusive
};

// In the order the UI lists them: living_alone_elderly, disabled, low_income, veteran, left_behind_child,
// community_correction.
const QList<SpecialGroupRule> &specialGroupRules();
const SpecialGroupRule *specialGroupRule(const QString &id);
QStringList specialGroupIds();
// Whether a citizen with these tags, born on birthDate, is in the group on `today`.
bool isInSpecialGroup(const SpecialGroupRule &rule, const QStringList &tagIds, QDate birthDate, QDate today);
// The groups a citizen is in, in specialGroupRules() order.
QStringList specialGroupsOf(const QStringList &tagIds, QDate birthDate, QDate today);

// Tags only grid managers (of the citizen's grid) and supervisors may see: the server leaves them out of
// citizen objects for officers and admins, and refuses them in their audiences.
const QStringList &restrictedTagIds();
// role: Principal/Staff role name ("grid_manager", "supervisor", …).
bool maySeeSpecialGroups(const QString &role);

// A notice to a grid (网格通知, pushed through the campaigns): everyone living in the grid, or — with a
// group of specialGroupIds() — the grid's members of that group: {"region": grid} alone, or the AND of the
// group's tag, its age range (when it has one) and the region, in the order the audience builder writes
// them. An unknown group id is kept as the tag id, which the server refuses as an unknown tag.
AudienceExpression gridAudience(const QString &gridId, const QString &specialGroupId = {});
// The grids of `gridIds` an expression is confined to — everyone it matches lives in one of them: a
// region node of one of them, an "or" of such region nodes, or an "and" with such an operand (the first
// one found). In the order of the expression; empty when it is not confined to them.
QStringList confiningGrids(const AudienceExpression &expression, const QStringList &gridIds);

struct SpecialGroupMembers {
    QString group; // specialGroupIds()
    QStringList citizenIds;
    qint64 count = 0;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("group", s.group);
        v("citizen_ids", s.citizenIds);
        v("count", s.count);
    }
};

// GET /api/v1/grids/{id}/special-groups: every group, also the empty ones, in specialGroupRules() order.
struct GridSpecialGroups {
    QString gridId;
    QDate asOf; // China Standard Time day the ages are computed for
    QList<SpecialGroupMembers> groups;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("grid_id", s.gridId);
        v("as_of", s.asOf);
        v("groups", s.groups);
    }
};

// ---------------------------------------------------------------------------------------------------------
// Visit records (走访记录)

// The kinds (purposes) of visit, in the order the UI offers them.
inline QStringList visitKinds()
{
    return {QStringLiteral("routine"), QStringLiteral("special_group"), QStringLiteral("incident_followup"),
            QStringLiteral("other")};
}

constexpr qsizetype kVisitMaxSummary = 2000;
constexpr qsizetype kVisitMaxFollowUp = 1000;

struct Visit {
    QString id; // a UUID made by the client, lower case
    QString gridId;
    QString districtCode; // of the grid; set by the server
    std::optional<QString> citizenId;
    std::optional<QString> householdId;
    QString staffId; // the grid manager who recorded it (the visitor); set by the server
    QString kind;    // visitKinds(): the purpose
    QDateTime visitedAt;
    QString summary;                  // the notes, 1..2000 characters
    std::optional<QString> followUp;  // what is to be done next, ≤ 1000 characters
    std::optional<QDate> followUpDue; // by when
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("grid_id", s.gridId);
        v("district_code", s.districtCode);
        v("citizen_id", s.citizenId);
        v("household_id", s.householdId);
        v("staff_id", s.staffId);
        v("kind", s.kind);
        v("visited_at", s.visitedAt);
        v("summary", s.summary);
        v("follow_up", s.followUp);
        v("follow_up_due", s.followUpDue);
        v("version", s.version);
        v("updated_at", s.updatedAt);
    }
};

// POST /api/v1/visits: a visit as the grid manager recorded it.
struct VisitCreateRequest {
    QString id;
    QString gridId;
    std::optional<QString> citizenId;
    std::optional<QString> householdId;
    QString kind;
    QDateTime visitedAt;
    QString summary;
    std::optional<QString> followUp;
    std::optional<QDate> followUpDue;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("grid_id", s.gridId);
        v("citizen_id", s.citizenId);
        v("household_id", s.householdId);
        v("kind", s.kind);
        v("visited_at", s.visitedAt);
        v("summary", s.summary);
        v("follow_up", s.followUp);
        v("follow_up_due", s.followUpDue);
    }
};

// PATCH /api/v1/visits/{id}: the grid managers of the visit's grid correct a record (only the fields
// given; follow_up "" clears it).
struct VisitUpdate {
    qint64 baseVersion = 0;
    std::optional<QString> kind;
    std::optional<QString> summary;
    std::optional<QString> followUp;
    std::optional<QDate> followUpDue;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("base_version", s.baseVersion);
        v("kind", s.kind);
        v("summary", s.summary);
        v("follow_up", s.followUp);
        v("follow_up_due", s.followUpDue);
    }
};

// The data-free checks of a visit, shared by the client (before queuing) and the server: trims the texts,
// drops an empty follow-up; BadRequest with details.field for the first bad field.
Result<void> normalizeVisit(Visit &v);

// ---------------------------------------------------------------------------------------------------------
// Incident reports (事件上报) and their photos

inline QStringList incidentCategories()
{
    return {QStringLiteral("public_safety"),
            QStringLiteral("fire_hazard"),
            QStringLiteral("environment"),
            QStringLiteral("facility_damage"),
            QStringLiteral("neighbour_dispute"),
            QStringLiteral("elderly_care"),
            QStringLiteral("other")};
}

inline QStringList incidentUrgencies()
{
    return {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
            QStringLiteral("critical")};
}

inline QStringList incidentStatuses()
{
    return {QStringLiteral("reported"), QStringLiteral("accepted"), QStringLiteral("resolved")};
}

constexpr qsizetype kIncidentMaxLocation = 200;
constexpr qsizetype kIncidentMaxDescription = 2000;
constexpr qsizetype kIncidentMaxNote = 1000;
// Photos: JPEG, PNG or WebP (checked by their first bytes, not only the declared type), at most 4 MiB
// each and 6 per incident. Sent as base64 in JSON, which stays under the server's 8 MiB body limit.
constexpr qint64 kAttachmentMaxBytes = 4 * 1024 * 1024;
constexpr int kAttachmentsPerIncident = 6;
constexpr qsizetype kAttachmentMaxFileName = 120;

// "image/jpeg", "image/png", "image/webp".
QStringList attachmentContentTypes();
// The content type the bytes are (by their signature), or "" when none of attachmentContentTypes().
QString sniffAttachmentType(QByteArrayView bytes);
// Lower-case hex SHA-256.
QString sha256Hex(QByteArrayView bytes);

// An attachment's description (in an Incident, and the change feed's "attachment"-free incident object).
struct AttachmentInfo {
    QString id; // a UUID made by the client
    QString fileName;
    QString contentType;
    qint64 size = 0;
    QString sha256; // lower-case hex of the bytes
    QDateTime createdAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("file_name", s.fileName);
        v("content_type", s.contentType);
        v("size", s.size);
        v("sha256", s.sha256);
        v("created_at", s.createdAt);
    }
};

// POST /api/v1/incidents/{id}/attachments (body) and GET /api/v1/attachments/{id} (answer): the bytes as
// standard base64 in "data". The server checks size, type (by signature) and the hash, and answers the
// POST with the incident (its version moves on, its attachments list grows).
struct AttachmentUpload {
    QString id;
    QString fileName;
    QString contentType;
    qint64 size = 0;
    QString sha256;
    QString data; // base64

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("file_name", s.fileName);
        v("content_type", s.contentType);
        v("size", s.size);
        v("sha256", s.sha256);
        v("data", s.data);
    }
};

// Checks an upload's description against its decoded bytes: name, declared type = sniffed type, size,
// hash. BadRequest with details.field for the first mismatch.
Result<void> checkAttachment(const AttachmentUpload &upload, QByteArrayView bytes);

struct Incident {
    QString id; // a UUID made by the client
    QString gridId;
    QString districtCode; // of the grid; set by the server
    std::optional<QString> householdId;
    std::optional<QString> citizenId;
    QString category; // incidentCategories()
    QString location; // the place in words, 1..200
    QString description;
    QString urgency;      // incidentUrgencies()
    QString status;       // incidentStatuses()
    QString reportedBy;   // staff id; set by the server
    QDateTime reportedAt; // when the grid manager recorded it (client time)
    std::optional<QString> handledBy;
    std::optional<QString> handlingNote; // the supervisor's note on accept / resolve
    std::optional<QDateTime> resolvedAt;
    QList<AttachmentInfo> attachments;
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("grid_id", s.gridId);
        v("district_code", s.districtCode);
        v("household_id", s.householdId);
        v("citizen_id", s.citizenId);
        v("category", s.category);
        v("location", s.location);
        v("description", s.description);
        v("urgency", s.urgency);
        v("status", s.status);
        v("reported_by", s.reportedBy);
        v("reported_at", s.reportedAt);
        v("handled_by", s.handledBy);
        v("handling_note", s.handlingNote);
        v("resolved_at", s.resolvedAt);
        v("attachments", s.attachments);
        v("version", s.version);
        v("updated_at", s.updatedAt);
    }
};

// POST /api/v1/incidents
struct IncidentCreateRequest {
    QString id;
    QString gridId;
    std::optional<QString> householdId;
    std::optional<QString> citizenId;
    QString category;
    QString location;
    QString description;
    QString urgency;
    QDateTime reportedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("grid_id", s.gridId);
        v("household_id", s.householdId);
        v("citizen_id", s.citizenId);
        v("category", s.category);
        v("location", s.location);
        v("description", s.description);
        v("urgency", s.urgency);
        v("reported_at", s.reportedAt);
    }
};

// PATCH /api/v1/incidents/{id}: the grid managers of its grid, while it is "reported".
struct IncidentUpdate {
    qint64 baseVersion = 0;
    std::optional<QString> category;
    std::optional<QString> location;
    std::optional<QString> description;
    std::optional<QString> urgency;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("base_version", s.baseVersion);
        v("category", s.category);
        v("location", s.location);
        v("description", s.description);
        v("urgency", s.urgency);
    }
};

// POST /api/v1/incidents/{id}/actions: supervisors of its area. accept: reported → accepted; resolve:
// reported / accepted → resolved (note required, 2..1000).
struct IncidentAction {
    QString action; // "accept", "resolve"
    qint64 baseVersion = 0;
    std::optional<QString> note;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("action", s.action);
        v("base_version", s.baseVersion);
        v("note", s.note);
    }
};

Result<void> normalizeIncident(Incident &i);

// ---------------------------------------------------------------------------------------------------------
// Tasks pushed down to grids (网格任务)

inline QStringList taskStates()
{
    return {QStringLiteral("open"), QStringLiteral("acknowledged"), QStringLiteral("done"),
            QStringLiteral("cancelled")};
}

constexpr qsizetype kTaskMaxTitle = 100;
constexpr qsizetype kTaskMaxDescription = 2000;
constexpr qsizetype kTaskMaxResult = 2000;

// One task for one grid. A supervisor assigning a task to several grids makes one per grid, all with the
// same batch_id; their ids are taskIdFor(batch, grid), so an offline assignment keeps its ids.
struct GridTask {
    QString id;
    QString batchId;
    QString gridId;
    QString districtCode; // of the grid; set by the server
    QString title;
    QString description;
    QDate dueOn;
    QString assignedBy; // staff id; set by the server
    QDateTime assignedAt;
    QString state; // taskStates()
    std::optional<QString> acknowledgedBy;
    std::optional<QDateTime> acknowledgedAt;
    std::optional<QString> doneBy;
    std::optional<QDateTime> doneAt;
    std::optional<QString> result;       // the grid manager's result, on complete
    std::optional<QString> cancelReason; // on cancel
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("batch_id", s.batchId);
        v("grid_id", s.gridId);
        v("district_code", s.districtCode);
        v("title", s.title);
        v("description", s.description);
        v("due_on", s.dueOn);
        v("assigned_by", s.assignedBy);
        v("assigned_at", s.assignedAt);
        v("state", s.state);
        v("acknowledged_by", s.acknowledgedBy);
        v("acknowledged_at", s.acknowledgedAt);
        v("done_by", s.doneBy);
        v("done_at", s.doneAt);
        v("result", s.result);
        v("cancel_reason", s.cancelReason);
        v("version", s.version);
        v("updated_at", s.updatedAt);
    }
};

// The id of the task of `batchId` for `gridId`: a name-based (v5) UUID, lower case.
QString taskIdFor(const QString &batchId, const QString &gridId);

// POST /api/v1/tasks: supervisors and admins; the grid must be in the supervisor's district, id must be
// taskIdFor(batch_id, grid_id).
struct TaskCreateRequest {
    QString id;
    QString batchId;
    QString gridId;
    QString title;
    QString description;
    QDate dueOn;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("batch_id", s.batchId);
        v("grid_id", s.gridId);
        v("title", s.title);
        v("description", s.description);
        v("due_on", s.dueOn);
    }
};

// PATCH /api/v1/tasks/{id}: supervisors of its area change an open or acknowledged task.
struct TaskUpdate {
    qint64 baseVersion = 0;
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QDate> dueOn;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("base_version", s.baseVersion);
        v("title", s.title);
        v("description", s.description);
        v("due_on", s.dueOn);
    }
};

inline QStringList taskActions()
{
    return {QStringLiteral("acknowledge"), QStringLiteral("complete"), QStringLiteral("cancel")};
}

// POST /api/v1/tasks/{id}/actions: acknowledge / complete (grid managers of the task's grid; complete
// needs a result of 2..2000 characters), cancel (supervisors; reason 2..500).
struct TaskAction {
    QString action;
    qint64 baseVersion = 0;
    std::optional<QString> result;
    std::optional<QString> reason;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("action", s.action);
        v("base_version", s.baseVersion);
        v("result", s.result);
        v("reason", s.reason);
    }
};

Result<void> normalizeTask(GridTask &t);
// The state a task is in after `action`, or Conflict (details.reason "state") when the action does not
// apply to its state. Data-free: the role checks are the caller's.
Result<QString> taskStateAfter(const QString &state, const QString &action);
// Same for incidents.
Result<QString> incidentStatusAfter(const QString &status, const QString &action);

} // namespace gd
