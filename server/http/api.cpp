#include "http/api.h"

#include "auth/authservice.h"
#include "campaign/campaignstore.h"
#include "db/applicationstore.h"
#include "db/auditlog.h"
#include "db/campaignattribution.h"
#include "db/changefeed.h"
#include "db/changelog.h"
#include "db/database.h"
#include "db/entities.h"
#include "db/serverclock.h"
#include "http/analyticsroutes.h"
#include "http/audienceroutes.h"
#include "http/campaignroutes.h"
#include "http/gridroutes.h"
#include "http/idempotentwrites.h"
#include "http/recommendationroutes.h"
#include "http/workflowroutes.h"

#include "domain/casework.h"
#include "domain/catalog.h"
#include "domain/citizen.h"
#include "domain/grid.h"
#include "domain/identity.h"
#include "domain/outreach.h"
#include "domain/workflow.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>

namespace gd::server {
namespace {

constexpr int kMaxPageSize = 500;
constexpr qint64 kMaxOffset = 100'000'000;
constexpr qint64 kMaxSeq = std::numeric_limits<qint64>::max() / 2;
constexpr qsizetype kMaxRemark = 2000;
constexpr qsizetype kMaxPushMessage = 500;
constexpr qsizetype kMaxNoteText = 2000;
const QSet<Role> kOversight{Role::Supervisor, Role::Admin};
// Who may push a service to a citizen, and who starts applications at the counter.
const QSet<Role> kPushers{Role::Officer, Role::Supervisor, Role::Admin};
const QSet<Role> kCounter{Role::Officer, Role::Admin};

template <typename T> HttpResponse respond(const Result<T> &r, int status = 200)
{
    if (!r)
        return HttpResponse::error(r.error());
    if constexpr (std::is_same_v<T, QJsonObject>)
        return HttpResponse::json(*r, status);
    else if constexpr (std::is_same_v<T, QByteArray>)
        return HttpResponse::jsonBytes(*r, status);
    else
        return HttpResponse::jsonBytes(toJsonBytes(*r), status);
}

// Paging, sorting, search and filters from the query string; every other parameter is a filter, and
// EntityRepository rejects the unknown ones.
Result<ListQuery> listQuery(const RequestContext &ctx, const QStringList &ignored = {})
{
    ListQuery q;
    auto offset = ctx.queryInteger(QStringLiteral("offset"), 0, 0, kMaxOffset);
    if (!offset)
        return offset.error();
    auto limit = ctx.queryInteger(QStringLiteral("limit"), 50, 1, kMaxPageSize);
    if (!limit)
        return limit.error();
    q.offset = *offset;
    q.limit = int(*limit);
    for (const auto &[key, value] : ctx.query) {
        if (key == QLatin1String("offset") || key == QLatin1String("limit") || ignored.contains(key))
            continue;
        if (value.size() > 200)
            return makeError(ErrorCode::BadRequest, key + QStringLiteral(" is too long"),
                             QJsonObject{{QStringLiteral("field"), key}});
        if (key == QLatin1String("sort"))
            q.sort = value;
        else if (key == QLatin1String("q"))
            q.search = value.trimmed();
        else
            q.filters.insert(key, value);
    }
    return q;
}

// Rejects any query parameter outside `allowed`.
Result<void> onlyParameters(const RequestContext &ctx, const QStringList &allowed)
{
    for (const auto &kv : ctx.query) {
        if (!allowed.contains(kv.first))
            return makeError(ErrorCode::BadRequest, kv.first + QStringLiteral(": unknown parameter"),
                             QJsonObject{{QStringLiteral("field"), kv.first}});
    }
    return {};
}

bool isPlausibleId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')) || c.unicode() > 127)
            return false;
    }
    return true;
}

Error badField(const QString &field, const QString &message, QJsonObject details = {})
{
    details.insert(QStringLiteral("field"), field);
    return makeError(ErrorCode::BadRequest, field + QStringLiteral(": ") + message, details);
}

Error notFound(const QString &what)
{
    return makeError(ErrorCode::NotFound, what + QStringLiteral(" not found"));
}

// A null of the column's type, for optional values bound to statements.
QVariant orNull(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

// The id of an object the client makes: the 36-character UUID form, stored in lower case.
Result<QString> clientObjectId(const QString &raw)
{
    const QString id = raw.trimmed().toLower();
    if (id.size() != 36 || QUuid::fromString(id).isNull())
        return badField(QStringLiteral("id"), QStringLiteral("must be a UUID made by the client"));
    return id;
}

// Where a citizen or enterprise lives: the area its pushes, notes and applications are filed under.
struct Area {
    QString districtCode;
    QString gridId;
};

// Whether a SELECT with these binds finds a row.
Result<bool> exists(Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.query(sql, binds);
    if (!q)
        return q.error();
    return (*q)->next();
}

class Api {
public:
    explicit Api(ApiServices services)
        : m_s(services)
        , m_feed(services.db)
        , m_events(services.db, services.notifier, services.options.events)
    {
        for (const EntitySpec &spec : entitySpecs())
            m_repos.emplace(spec.entity, std::make_unique<EntityRepository>(services.db, spec));
        // Push campaigns have routes and a store of their own (campaignroutes.cpp); the feed sends them as
        // GET /campaigns/{id} does.
        m_feed.addSource(QStringLiteral("campaign"),
                         [&db = services.db](const Principal &who, const QStringList &ids) {
                             return CampaignStore(db).byIds(who, ids);
                         });
    }

    EntityRepository &repo(const char *entity) { return *m_repos.at(QLatin1String(entity)); }

    HttpResponse list(const char *entity, const RequestContext &ctx,
                      const QHash<QString, QString> &fixed = {})
    {
        auto q = listQuery(ctx);
        if (!q)
            return HttpResponse::error(q.error());
        for (auto it = fixed.constBegin(); it != fixed.constEnd(); ++it) {
            // A filter the endpoint fixes itself cannot be given again.
            if (q->filters.contains(it.key()))
                return HttpResponse::error(makeError(ErrorCode::BadRequest,
                                                     it.key() + QStringLiteral(": not a parameter here"),
                                                     QJsonObject{{QStringLiteral("field"), it.key()}}));
            q->filters.insert(it.key(), it.value());
        }
        auto page = repo(entity).list(ctx.who(), *q);
        if (!page)
            return HttpResponse::error(page.error());
        return HttpResponse::jsonBytes(page->toJsonBytes());
    }

    HttpResponse get(const char *entity, const RequestContext &ctx)
    {
        const QString id = ctx.param(QStringLiteral("id"));
        if (!isPlausibleId(id))
            return HttpResponse::error(
                makeError(ErrorCode::NotFound, QLatin1String(entity) + QStringLiteral(" not found")));
        return respond(repo(entity).getJson(ctx.who(), id));
    }

    // A sub-list of a citizen or an enterprise (bills, benefits, applications …): the owner must be in
    // scope.
    HttpResponse children(const char *owner, const char *entity, const char *filter,
                          const RequestContext &ctx)
    {
        const QString id = ctx.param(QStringLiteral("id"));
        if (!isPlausibleId(id))
            return HttpResponse::error(notFound(QLatin1String(owner)));
        if (auto visible = repo(owner).requireVisible(ctx.who(), id); !visible)
            return HttpResponse::error(visible.error());
        return list(entity, ctx, {{QLatin1String(filter), id}});
    }

    HttpResponse citizenChildren(const char *entity, const char *filter, const RequestContext &ctx)
    {
        return children("citizen", entity, filter, ctx);
    }

    HttpResponse viewCitizen(const RequestContext &ctx)
    {
        const QString id = ctx.param(QStringLiteral("id"));
        if (!isPlausibleId(id))
            return HttpResponse::error(makeError(ErrorCode::NotFound, QStringLiteral("citizen not found")));
        auto citizen = repo("citizen").getJson(ctx.who(), id);
        if (!citizen)
            return HttpResponse::error(citizen.error());
        // Every homepage view is audited; a failing audit write fails the read (no unaudited access).
        if (auto a =
                m_s.audit.append(ctx.who(), QStringLiteral("citizen.view"), QStringLiteral("citizen"), id);
            !a)
            return HttpResponse::error(a.error());
        return HttpResponse::jsonBytes(*citizen);
    }

    HttpResponse reveal(const char *entity, const RequestContext &ctx)
    {
        const QString id = ctx.param(QStringLiteral("id"));
        auto request = ctx.bodyAs<RevealRequest>();
        if (!request)
            return HttpResponse::error(request.error());
        const QStringList allowed = QLatin1String(entity) == QLatin1String("citizen")
                                        ? QStringList{QStringLiteral("id_number"), QStringLiteral("phone")}
                                        : QStringList{QStringLiteral("phone")};
        if (request->fields_.isEmpty())
            return HttpResponse::error(
                makeError(ErrorCode::BadRequest, QStringLiteral("fields: name at least one field"),
                          QJsonObject{{QStringLiteral("field"), QStringLiteral("fields")}}));
        for (const QString &f : request->fields_) {
            if (!allowed.contains(f))
                return HttpResponse::error(
                    makeError(ErrorCode::BadRequest, QStringLiteral("fields: cannot reveal ") + f.left(40),
                              QJsonObject{{QStringLiteral("field"), QStringLiteral("fields")},
                                          {QStringLiteral("allowed"), QJsonArray::fromStringList(allowed)}}));
        }
        const QString reason = request->reason.trimmed();
        if (reason.size() < 2 || reason.size() > 200)
            return HttpResponse::error(makeError(
                ErrorCode::BadRequest, QStringLiteral("reason: give a reason of 2 to 200 characters"),
                QJsonObject{{QStringLiteral("field"), QStringLiteral("reason")}}));
        if (!isPlausibleId(id))
            return HttpResponse::error(
                makeError(ErrorCode::NotFound, QLatin1String(entity) + QStringLiteral(" not found")));
        auto object = repo(entity).get(ctx.who(), id, true);
        if (!object)
            return HttpResponse::error(object.error());
        auto audited = m_s.audit.append(
            ctx.who(), QLatin1String(entity) + QStringLiteral(".reveal"), QLatin1String(entity), id,
            request->fields_.join(QLatin1Char(',')) + QStringLiteral(": ") + reason);
        if (!audited)
            return HttpResponse::error(audited.error());
        QJsonObject out = *object;
        // Only what was asked for leaves unmasked.
        if (!request->fields_.contains(QStringLiteral("id_number")) &&
            out.contains(QStringLiteral("id_number")))
            out.insert(QStringLiteral("id_number"),
                       identity::maskIdNumber(out.value(QStringLiteral("id_number")).toString()));
        if (!request->fields_.contains(QStringLiteral("phone")))
            out.insert(QStringLiteral("phone"),
                       identity::maskPhone(out.value(QStringLiteral("phone")).toString()));
        // "masked" stays true while any identifier is still masked.
        out.insert(QStringLiteral("masked"), !(request->fields_.contains(QStringLiteral("phone")) &&
                                               (request->fields_.contains(QStringLiteral("id_number")) ||
                                                !out.contains(QStringLiteral("id_number")))));
        out.insert(QStringLiteral("audit_seq"), audited->seq);
        return HttpResponse::json(out);
    }

    HttpResponse changes(const RequestContext &ctx)
    {
        if (auto r = onlyParameters(ctx, {QStringLiteral("since"), QStringLiteral("limit")}); !r)
            return HttpResponse::error(r.error());
        auto since = ctx.queryInteger(QStringLiteral("since"), 0, 0, kMaxSeq);
        if (!since)
            return HttpResponse::error(since.error());
        auto limit = ctx.queryInteger(QStringLiteral("limit"), 1000, 1, 5000);
        if (!limit)
            return HttpResponse::error(limit.error());
        return respond(m_feed.read(ctx.who(), *since, int(*limit)));
    }

    HttpResponse events(const RequestContext &ctx)
    {
        if (auto r = onlyParameters(ctx, {QStringLiteral("since")}); !r)
            return HttpResponse::error(r.error());
        auto since = ctx.queryInteger(QStringLiteral("since"), 0, 0, kMaxSeq);
        if (!since)
            return HttpResponse::error(since.error());
        qint64 from = *since;
        // An EventSource reconnecting sends the last id it received, which is newer than the URL's since.
        if (const auto last = ctx.header("last-event-id"); last && !last->trimmed().isEmpty()) {
            bool ok = false;
            from = last->trimmed().toLongLong(&ok);
            if (!ok || from < 0 || from > kMaxSeq)
                return HttpResponse::error(
                    badField(QStringLiteral("Last-Event-ID"), QStringLiteral("must be a sequence number")));
        }
        return m_events.open(ctx.who(), from);
    }

    // PATCH /applications/{id}: the officer's working fields, only from the current version.
    HttpResponse updateApplication(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = ctx.bodyAs<ApplicationUpdate>();
        if (!request)
            return HttpResponse::error(request.error());
        if (!request->remark && !request->priority)
            return HttpResponse::error(
                makeError(ErrorCode::BadRequest, QStringLiteral("give remark, priority or both")));
        if (request->remark && request->remark->size() > kMaxRemark)
            return HttpResponse::error(
                badField(QStringLiteral("remark"), QStringLiteral("at most 2000 characters")));
        if (request->priority && !applicationPriorities().contains(*request->priority))
            return HttpResponse::error(
                badField(QStringLiteral("priority"), QStringLiteral("must be normal or urgent"),
                         {{QStringLiteral("allowed"), QJsonArray::fromStringList(applicationPriorities())}}));
        const QString id = ctx.param(QStringLiteral("id"));
        if (!isPlausibleId(id))
            return HttpResponse::error(notFound(QStringLiteral("application")));
        EntityRepository &applications = repo("application");
        // Read inside the write transaction: nothing changes the row until the commit.
        auto current = applications.get(ctx.who(), id);
        if (!current)
            return HttpResponse::error(current.error());
        const qint64 version = current->value(QStringLiteral("version")).toInteger();
        if (request->baseVersion != version)
            return HttpResponse::error(makeError(
                ErrorCode::Conflict,
                QStringLiteral("the application was changed after base_version; details.server is the "
                               "current copy"),
                {{QStringLiteral("server"), *current}}));

        QStringList sets;
        QVariantList binds;
        if (request->remark) {
            sets.append(QStringLiteral("remark = ?"));
            binds.append(*request->remark);
        }
        if (request->priority) {
            sets.append(QStringLiteral("priority = ?"));
            binds.append(*request->priority);
        }
        sets.append(QStringLiteral("version = version + 1"));
        sets.append(QStringLiteral("updated_at = ?"));
        binds << toIsoUtc(QDateTime::currentDateTimeUtc()) << id << version;
        {
            auto q =
                m_s.db.query(QStringLiteral("UPDATE applications SET ") + sets.join(QStringLiteral(", ")) +
                                 QStringLiteral(" WHERE id = ? AND version = ?"),
                             binds);
            if (!q)
                return HttpResponse::error(q.error());
            // Only a write outside the change-log lock could get here; the client's retry sees its result.
            if ((*q)->numRowsAffected() != 1)
                return HttpResponse::error(makeError(
                    ErrorCode::Internal, QStringLiteral("the application changed during the update")));
        }
        if (auto r = appendChange(ctx, QStringLiteral("application"), id, version + 1); !r)
            return HttpResponse::error(r.error());
        return respond(applications.getJson(ctx.who(), id));
    }

    // POST /visits: a visit record of one of the caller's grids, under the client's id.
    HttpResponse createVisit(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = ctx.bodyAs<VisitCreateRequest>();
        if (!request)
            return HttpResponse::error(request.error());
        Visit v;
        v.id = request->id.trimmed().toLower();
        v.gridId = request->gridId;
        v.citizenId = request->citizenId;
        v.householdId = request->householdId;
        v.kind = request->kind;
        v.visitedAt = request->visitedAt;
        v.summary = request->summary;
        v.followUp = request->followUp;
        v.followUpDue = request->followUpDue;
        if (auto valid = normalizeVisit(v); !valid)
            return HttpResponse::error(valid.error());
        if (!v.followUp)
            v.followUpDue.reset(); // nothing to do, no date to do it by
        // Clocks of devices in the field drift; a visit more than a day ahead is a mistake.
        if (v.visitedAt > QDateTime::currentDateTimeUtc().addDays(1))
            return HttpResponse::error(
                badField(QStringLiteral("visited_at"), QStringLiteral("lies in the future")));
        const Principal &who = ctx.who();
        auto district = visitDistrict(who, *request);
        if (!district)
            return HttpResponse::error(district.error());

        // Sent again under another Idempotency-Key (an offline queue replaying): the stored visit when it
        // is this visitor's record of the same visit, a conflict otherwise.
        auto taken = answerForTakenId("visit", "visits", who, v.id, [&](const QJsonObject &stored) {
            return stored.value(QStringLiteral("staff_id")).toString() == who.staffId &&
                   stored.value(QStringLiteral("grid_id")).toString() == v.gridId &&
                   fromIsoUtc(stored.value(QStringLiteral("visited_at")).toString()) == v.visitedAt;
        });
        if (!taken)
            return HttpResponse::error(taken.error());
        if (*taken)
            return std::move(**taken);
        const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
        {
            auto q = m_s.db.query(
                QStringLiteral("INSERT INTO visits (id, grid_id, district_code, citizen_id, household_id, "
                               "staff_id, kind, visited_at, summary, follow_up, follow_up_due, version, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
                {v.id, v.gridId, *district, orNull(v.citizenId), orNull(v.householdId), who.staffId, v.kind,
                 toIsoUtc(v.visitedAt), v.summary, orNull(v.followUp),
                 v.followUpDue ? QVariant(v.followUpDue->toString(Qt::ISODate)) : orNull(std::nullopt), now});
            if (!q)
                return HttpResponse::error(q.error());
        }
        if (auto r = appendChange(ctx, QStringLiteral("visit"), v.id, 1); !r)
            return HttpResponse::error(r.error());
        if (auto a = m_s.audit.appendInTransaction(who, QStringLiteral("visit.create"),
                                                   QStringLiteral("visit"), v.id, v.kind);
            !a)
            return HttpResponse::error(a.error());
        return respond(repo("visit").getJson(who, v.id), 201);
    }

    // POST /pushes: a service pushed to a citizen in the caller's scope, delivered at once.
    HttpResponse createPush(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = ctx.bodyAs<PushCreateRequest>();
        if (!request)
            return HttpResponse::error(request.error());
        auto id = clientObjectId(request->id);
        if (!id)
            return HttpResponse::error(id.error());
        if (!pushChannels().contains(request->channel))
            return HttpResponse::error(
                badField(QStringLiteral("channel"), QStringLiteral("unknown channel"),
                         {{QStringLiteral("allowed"), QJsonArray::fromStringList(pushChannels())}}));
        const QString message = request->message.trimmed();
        if (message.isEmpty() || message.size() > kMaxPushMessage)
            return HttpResponse::error(
                badField(QStringLiteral("message"), QStringLiteral("give 1 to 500 characters")));
        auto service = serviceOf(request->serviceId);
        if (!service)
            return HttpResponse::error(service.error());
        if (service->applicantType != QLatin1String("citizen"))
            return HttpResponse::error(badField(
                QStringLiteral("service_id"), QStringLiteral("is a service for enterprises, not citizens")));
        const Principal &who = ctx.who();
        auto area = areaOf("citizen", who, request->citizenId, true);
        if (!area)
            return HttpResponse::error(area.error());

        const auto same = [&](const QJsonObject &stored) {
            return stored.value(QStringLiteral("citizen_id")).toString() == request->citizenId &&
                   stored.value(QStringLiteral("service_id")).toString() == request->serviceId &&
                   stored.value(QStringLiteral("channel")).toString() == request->channel &&
                   stored.value(QStringLiteral("message")).toString() == message &&
                   stored.value(QStringLiteral("sent_by")).toString() == who.staffId;
        };
        if (auto taken = answerForTakenId("push", "pushes", who, *id, same); !taken || *taken)
            return taken ? std::move(**taken) : HttpResponse::error(taken.error());

        const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
        {
            auto q = m_s.db.query(
                QStringLiteral(
                    "INSERT INTO pushes (id, citizen_id, service_id, campaign_id, channel, message, sent_by, "
                    "sent_at, status, responded_at, district_code, grid_id, version, updated_at) "
                    "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, 'delivered', NULL, ?, ?, 1, ?)"),
                {*id, request->citizenId, request->serviceId, request->channel, message, who.staffId, now,
                 area->districtCode, area->gridId, now});
            if (!q)
                return HttpResponse::error(q.error());
        }
        if (auto r = appendChange(ctx, QStringLiteral("push"), *id, 1); !r)
            return HttpResponse::error(r.error());
        return respond(repo("push").getJson(who, *id), 201);
    }

    // POST /notes: a note on a citizen or an enterprise the caller can see.
    HttpResponse createNote(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = ctx.bodyAs<NoteCreateRequest>();
        if (!request)
            return HttpResponse::error(request.error());
        auto id = clientObjectId(request->id);
        if (!id)
            return HttpResponse::error(id.error());
        const QStringList subjectTypes{QStringLiteral("citizen"), QStringLiteral("enterprise")};
        if (!subjectTypes.contains(request->subjectType))
            return HttpResponse::error(
                badField(QStringLiteral("subject_type"), QStringLiteral("must be citizen or enterprise"),
                         {{QStringLiteral("allowed"), QJsonArray::fromStringList(subjectTypes)}}));
        const QString text = request->text.trimmed();
        if (text.isEmpty() || text.size() > kMaxNoteText)
            return HttpResponse::error(
                badField(QStringLiteral("text"), QStringLiteral("give 1 to 2000 characters")));
        const Principal &who = ctx.who();
        const bool citizen = request->subjectType == QLatin1String("citizen");
        auto area = areaOf(citizen ? "citizen" : "enterprise", who, request->subjectId, true);
        if (!area)
            return HttpResponse::error(area.error());

        const auto same = [&](const QJsonObject &stored) {
            return stored.value(QStringLiteral("subject_type")).toString() == request->subjectType &&
                   stored.value(QStringLiteral("subject_id")).toString() == request->subjectId &&
                   stored.value(QStringLiteral("text")).toString() == text &&
                   stored.value(QStringLiteral("author_id")).toString() == who.staffId;
        };
        if (auto taken = answerForTakenId("note", "notes", who, *id, same); !taken || *taken)
            return taken ? std::move(**taken) : HttpResponse::error(taken.error());

        QString author;
        {
            auto q =
                m_s.db.query(QStringLiteral("SELECT display_name FROM staff WHERE id = ?"), {who.staffId});
            if (!q)
                return HttpResponse::error(q.error());
            author = (*q)->next() ? (*q)->value(0).toString() : who.username;
        }
        const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
        {
            auto q = m_s.db.query(
                QStringLiteral(
                    "INSERT INTO notes (id, subject_type, subject_id, author_id, author_name, text, "
                    "created_at, district_code, grid_id, version, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
                {*id, request->subjectType, request->subjectId, who.staffId, author, text, now,
                 area->districtCode, area->gridId, now});
            if (!q)
                return HttpResponse::error(q.error());
        }
        if (auto r = appendChange(ctx, QStringLiteral("note"), *id, 1); !r)
            return HttpResponse::error(r.error());
        return respond(repo("note").getJson(who, *id), 201);
    }

    // POST /applications: an application started at the counter on the applicant's behalf. Officers may
    // serve any citizen or enterprise that comes to the counter (the applicant need not be in their scope
    // yet; it is afterwards, through this application), but only for services whose workflow has a step
    // of their own department; admins for any service.
    HttpResponse createApplication(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = ctx.bodyAs<ApplicationCreateRequest>();
        if (!request)
            return HttpResponse::error(request.error());
        auto id = clientObjectId(request->id);
        if (!id)
            return HttpResponse::error(id.error());
        const QStringList applicantTypes{QStringLiteral("citizen"), QStringLiteral("enterprise")};
        if (!applicantTypes.contains(request->applicantType))
            return HttpResponse::error(
                badField(QStringLiteral("applicant_type"), QStringLiteral("must be citizen or enterprise"),
                         {{QStringLiteral("allowed"), QJsonArray::fromStringList(applicantTypes)}}));
        // '' when none: the column is NOT NULL, and a null QString binds as NULL.
        const QString remark =
            request->remark.value_or(QString()).isNull() ? QStringLiteral("") : *request->remark;
        if (remark.size() > kMaxRemark)
            return HttpResponse::error(
                badField(QStringLiteral("remark"), QStringLiteral("at most 2000 characters")));
        auto service = serviceOf(request->serviceId);
        if (!service)
            return HttpResponse::error(service.error());
        if (service->applicantType != request->applicantType)
            return HttpResponse::error(
                badField(QStringLiteral("applicant_type"),
                         QStringLiteral("the service is for %1 applicants").arg(service->applicantType)));
        if (service->steps.isEmpty())
            return HttpResponse::error(
                badField(QStringLiteral("service_id"), QStringLiteral("the service has no workflow")));
        const Principal &who = ctx.who();
        if (who.role == Role::Officer &&
            std::none_of(service->steps.cbegin(), service->steps.cend(),
                         [&who](const WorkflowStep &st) { return st.departmentId == who.departmentId; }))
            return HttpResponse::error(
                makeError(ErrorCode::Forbidden,
                          QStringLiteral("your department has no step in this service's workflow"),
                          {{QStringLiteral("field"), QStringLiteral("service_id")}}));
        const bool citizen = request->applicantType == QLatin1String("citizen");
        auto area =
            areaOf(citizen ? "citizen" : "enterprise", who, request->applicantId, who.role != Role::Officer);
        if (!area)
            return HttpResponse::error(area.error());

        if (request->campaignId) {
            if (!isPlausibleId(*request->campaignId))
                return HttpResponse::error(
                    badField(QStringLiteral("campaign_id"), QStringLiteral("no such campaign")));
            if (auto named = CampaignAttribution(m_s.db).checkNamed(*request->campaignId, request->serviceId,
                                                                    request->applicantId);
                !named)
                return HttpResponse::error(named.error());
        }
        const auto same = [&](const QJsonObject &stored) {
            return stored.value(QStringLiteral("service_id")).toString() == request->serviceId &&
                   stored.value(QStringLiteral("applicant_type")).toString() == request->applicantType &&
                   stored.value(QStringLiteral("applicant_id")).toString() == request->applicantId &&
                   stored.value(QStringLiteral("channel")).toString() == QLatin1String("counter") &&
                   stored.value(QStringLiteral("remark")).toString() == remark;
        };
        if (auto taken = answerForTakenId("application", "applications", who, *id, same); !taken || *taken)
            return taken ? std::move(**taken) : HttpResponse::error(taken.error());

        const QDateTime now = ServerClock::now();
        auto number = ApplicationStore(m_s.db).nextNumber(now);
        if (!number)
            return HttpResponse::error(number.error());
        auto catalogued = repo("service").get(ApplicationStore::system(), request->serviceId);
        if (!catalogued)
            return HttpResponse::error(catalogued.error());
        auto item = fromJson<ServiceItem>(*catalogued);
        if (!item)
            return HttpResponse::error(item.error());
        QString officerName = who.username;
        {
            auto q =
                m_s.db.query(QStringLiteral("SELECT display_name FROM staff WHERE id = ?"), {who.staffId});
            if (!q)
                return HttpResponse::error(q.error());
            if ((*q)->next())
                officerName = (*q)->value(0).toString();
        }
        Application application;
        application.id = *id;
        application.number = *number;
        application.serviceId = request->serviceId;
        application.applicantType = request->applicantType;
        application.applicantId = request->applicantId;
        application.channel = QStringLiteral("counter");
        application.submittedAt = now;
        application.districtCode = area->districtCode;
        application.gridId = area->gridId;
        application.remark = remark;
        application.priority = QStringLiteral("normal");
        application.version = 1;
        application.updatedAt = now;
        // Stages, due dates in working days, materials (handed in at the counter) and the submit event.
        startWorkflow(application, *item,
                      WorkflowActor{who.staffId, officerName, roleName(who.role), who.departmentId}, now);
        if (auto r = ApplicationStore(m_s.db).insert(application, request->campaignId); !r)
            return HttpResponse::error(r.error());
        if (auto r = appendChange(ctx, QStringLiteral("application"), *id, 1); !r)
            return HttpResponse::error(r.error());
        noteApplicationWritten(ctx, m_s, application);
        return respond(repo("application").getJson(who, *id), 201);
    }

    HttpResponse auditList(const RequestContext &ctx)
    {
        if (auto r = onlyParameters(
                ctx, {QStringLiteral("after"), QStringLiteral("limit"), QStringLiteral("target")});
            !r)
            return HttpResponse::error(r.error());
        auto after = ctx.queryInteger(QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max() / 2);
        if (!after)
            return HttpResponse::error(after.error());
        auto limit = ctx.queryInteger(QStringLiteral("limit"), 100, 1, 1000);
        if (!limit)
            return HttpResponse::error(limit.error());
        const QString target = ctx.queryValue(QStringLiteral("target")).value_or(QString());
        if (target.size() > 64)
            return HttpResponse::error(
                makeError(ErrorCode::BadRequest, QStringLiteral("target is too long"),
                          QJsonObject{{QStringLiteral("field"), QStringLiteral("target")}}));
        // A district supervisor sees the entries about citizens of the district; the city and admins all.
        const QString district = ctx.who().seesEverything() ? QString() : ctx.who().areaCode;
        auto entries = m_s.audit.list(*after, int(*limit) + 1, target, district);
        if (!entries)
            return HttpResponse::error(entries.error());
        const bool hasMore = entries->size() > *limit;
        if (hasMore)
            entries->resize(*limit);
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("items"), toJsonArray(*entries)},
                        {QStringLiteral("next"), entries->isEmpty() ? *after : entries->last().seq},
                        {QStringLiteral("has_more"), hasMore}});
    }

    HttpResponse auditVerify()
    {
        auto v = m_s.audit.verify();
        if (!v)
            return HttpResponse::error(v.error());
        return HttpResponse::json(QJsonObject{{QStringLiteral("ok"), v->ok},
                                              {QStringLiteral("entries"), v->entries},
                                              {QStringLiteral("first_bad_seq"), v->firstBadSeq},
                                              {QStringLiteral("problem"), v->problem}});
    }

    HttpResponse health()
    {
        auto conn = m_s.db.connection();
        bool dbOk = false;
        if (conn) {
            auto q = execSql(*conn, QStringLiteral("SELECT 1"));
            dbOk = q && q->next();
        }
        QJsonObject body{{QStringLiteral("status"), dbOk ? QStringLiteral("ok") : QStringLiteral("degraded")},
                         {QStringLiteral("version"), QStringLiteral(GOVDESK_VERSION)},
                         {QStringLiteral("database"), m_s.db.dialect() == Dialect::Sqlite
                                                          ? QStringLiteral("sqlite")
                                                          : QStringLiteral("postgresql")},
                         {QStringLiteral("time"), toIsoUtc(QDateTime::currentDateTimeUtc())}};
        return HttpResponse::json(body, dbOk ? 200 : 503);
    }

    HttpResponse login(const RequestContext &ctx)
    {
        auto request = ctx.bodyAs<LoginRequest>();
        if (!request)
            return HttpResponse::error(request.error());
        return respond(m_s.auth.login(*request, ctx.clientAddress));
    }

    HttpResponse refresh(const RequestContext &ctx)
    {
        auto request = ctx.bodyAs<RefreshRequest>();
        if (!request)
            return HttpResponse::error(request.error());
        return respond(m_s.auth.refresh(request->refreshToken, ctx.clientAddress));
    }

    HttpResponse logout(const RequestContext &ctx)
    {
        if (!ctx.body.isEmpty()) {
            auto body = ctx.jsonBody();
            if (!body)
                return HttpResponse::error(body.error());
            JsonReader reader(*body);
            reader.rejectUnknownFields();
            if (!reader.ok())
                return HttpResponse::error(reader.error());
        }
        if (auto r = m_s.auth.logout(ctx.who()); !r)
            return HttpResponse::error(r.error());
        return HttpResponse::noContent();
    }

    HttpResponse me(const RequestContext &ctx) { return respond(m_s.auth.profile(ctx.who())); }

private:
    // The checks of a new visit that need no database; id and summary as they will be stored.
    // The district of the visit's grid, which must be one of the caller's; the citizen and the household,
    // when named, must be of that grid. NotFound otherwise, as for anything outside the caller's scope.
    Result<QString> visitDistrict(const Principal &who, const VisitCreateRequest &request)
    {
        if (!who.gridIds.contains(request.gridId))
            return notFound(QStringLiteral("grid"));
        QString district;
        {
            auto q = m_s.db.query(
                QStringLiteral("SELECT district_code FROM regions WHERE id = ? AND level = 'grid'"),
                {request.gridId});
            if (!q)
                return q.error();
            if (!(*q)->next())
                return notFound(QStringLiteral("grid"));
            district = (*q)->value(0).toString();
        }
        const struct {
            const std::optional<QString> &id;
            const char *table;
            const char *what;
        } members[] = {{request.citizenId, "citizens", "citizen"},
                       {request.householdId, "households", "household"}};
        for (const auto &member : members) {
            if (!member.id)
                continue;
            if (!isPlausibleId(*member.id))
                return notFound(QLatin1String(member.what));
            auto found = exists(m_s.db,
                                QStringLiteral("SELECT 1 FROM ") + QLatin1String(member.table) +
                                    QStringLiteral(" WHERE id = ? AND grid_id = ?"),
                                {*member.id, request.gridId});
            if (!found)
                return found.error();
            if (!*found)
                return notFound(QLatin1String(member.what));
        }
        return district;
    }

    struct ServiceFacts {
        QString applicantType;
        int slaDays = 0;
        QList<WorkflowStep> steps;
    };

    // A service named in a request body; BadRequest (field service_id) when there is none.
    Result<ServiceFacts> serviceOf(const QString &serviceId)
    {
        const Error unknown = badField(QStringLiteral("service_id"), QStringLiteral("no such service"));
        if (!isPlausibleId(serviceId))
            return unknown;
        ServiceFacts out;
        {
            auto q = m_s.db.query(
                QStringLiteral("SELECT applicant_type, sla_days FROM services WHERE id = ?"), {serviceId});
            if (!q)
                return q.error();
            if (!(*q)->next())
                return unknown;
            out.applicantType = (*q)->value(0).toString();
            out.slaDays = (*q)->value(1).toInt();
        }
        auto q = m_s.db.query(QStringLiteral("SELECT seq, name, department_id, sla_days FROM workflow_steps "
                                             "WHERE service_id = ? ORDER BY seq"),
                              {serviceId});
        if (!q)
            return q.error();
        while ((*q)->next()) {
            WorkflowStep st;
            st.seq = (*q)->value(0).toInt();
            st.name = (*q)->value(1).toString();
            st.departmentId = (*q)->value(2).toString();
            st.slaDays = (*q)->value(3).toInt();
            out.steps.append(std::move(st));
        }
        return out;
    }

    // The area of a citizen or enterprise; NotFound when it does not exist or, with `scoped`, is outside
    // the caller's scope (the entity's own scope predicate, as for GET).
    Result<Area> areaOf(const char *entity, const Principal &who, const QString &id, bool scoped)
    {
        if (!isPlausibleId(id))
            return notFound(QLatin1String(entity));
        const EntitySpec &spec = repo(entity).spec();
        SqlFilter where{spec.alias + QStringLiteral(".id = ?"), {id}};
        if (scoped)
            where = spec.scope(who) && where;
        auto q = m_s.db.query(QStringLiteral("SELECT ") + spec.alias + QStringLiteral(".district_code, ") +
                                  spec.alias + QStringLiteral(".grid_id FROM ") + spec.table +
                                  QLatin1Char(' ') + spec.alias + QStringLiteral(" WHERE ") + where.sql,
                              where.binds);
        if (!q)
            return q.error();
        if (!(*q)->next())
            return notFound(QLatin1String(entity));
        return Area{(*q)->value(0).toString(), (*q)->value(1).toString()};
    }

    // The answer to a create whose client-made id is taken already (by a request under another
    // Idempotency-Key): the stored object with 200 when it is what this request would have made (nothing is
    // written), 409 otherwise, with the stored copy in details.server when the caller may see it. nullopt
    // when the id is free.
    Result<std::optional<HttpResponse>> answerForTakenId(const char *entity, const char *table,
                                                         const Principal &who, const QString &id,
                                                         const std::function<bool(const QJsonObject &)> &same)
    {
        auto taken = exists(
            m_s.db, QStringLiteral("SELECT 1 FROM ") + QLatin1String(table) + QStringLiteral(" WHERE id = ?"),
            {id});
        if (!taken)
            return taken.error();
        if (!*taken)
            return std::optional<HttpResponse>();
        auto existing = repo(entity).get(who, id);
        if (!existing && existing.error().code != ErrorCode::NotFound)
            return existing.error();
        if (existing && same(*existing))
            return std::optional<HttpResponse>(respond(repo(entity).getJson(who, id), 200));
        QJsonObject details;
        if (existing)
            details.insert(QStringLiteral("server"), *existing);
        return std::optional<HttpResponse>(HttpResponse::error(
            makeError(ErrorCode::Conflict,
                      QStringLiteral("a %1 with this id exists already with other content (sent with another "
                                     "Idempotency-Key)")
                          .arg(QLatin1String(entity)),
                      details)));
    }

    // Handlers of idempotent routes run inside IdempotentWrites; anything else is a wiring bug.
    static HttpResponse notInWriteScope()
    {
        return HttpResponse::error(
            makeError(ErrorCode::Internal, QStringLiteral("not in a write transaction")));
    }

    // Logs an upsert of the row just written, with the scope keys of its kind (ChangeLog::record).
    Result<void> appendChange(RequestContext &ctx, const QString &entity, const QString &id, qint64 version)
    {
        auto conn = m_s.db.connection();
        if (!conn)
            return conn.error();
        auto seq = ChangeLog::record(*conn, entity, id, QStringLiteral("upsert"), version);
        if (!seq)
            return seq.error();
        ctx.write->changed(*seq);
        return {};
    }

    ApiServices m_s;
    ChangeFeed m_feed;
    ChangeEvents m_events;
    std::map<QString, std::unique_ptr<EntityRepository>> m_repos;
};

} // namespace

Router buildApiRouter(ApiServices services)
{
    auto api = std::make_shared<Api>(services);
    Router r;
    r.setIdempotentWrites(std::make_shared<IdempotentWrites>(services.db, services.notifier));
    r.setTrustedProxies(services.options.trustedProxies);
    if (services.options.faults)
        r.setFaultInjector(std::make_shared<FaultInjector>(*services.options.faults));
    const auto get = [&r, api](const char *pattern, const char *summary, auto fn, QSet<Role> roles = {}) {
        r.add(Route{QStringLiteral("GET"), QLatin1String(pattern), false, roles, QLatin1String(summary),
                    [api, fn](RequestContext &ctx) {
                        return fn(*api, ctx);
                    }});
    };
    const auto post = [&r, api](const char *pattern, const char *summary, auto fn, bool isPublic = false) {
        r.add(Route{QStringLiteral("POST"),
                    QLatin1String(pattern),
                    isPublic,
                    {},
                    QLatin1String(summary),
                    [api, fn](RequestContext &ctx) {
                        return fn(*api, ctx);
                    }});
    };
    // A mutating route: run once per Idempotency-Key, inside one write transaction (IdempotentWrites).
    const auto write = [&r, api](const char *method, const char *pattern, const char *summary, auto fn,
                                 QSet<Role> roles) {
        Route route{QLatin1String(method),
                    QLatin1String(pattern),
                    false,
                    std::move(roles),
                    QLatin1String(summary),
                    [api, fn](RequestContext &ctx) {
                        return fn(*api, ctx);
                    }};
        route.idempotent = true;
        r.add(std::move(route));
    };
    r.add(Route{QStringLiteral("GET"),
                QStringLiteral("/api/v1/health"),
                true,
                {},
                QStringLiteral("Server and database health"),
                [api](RequestContext &) {
                    return api->health();
                }});
    post(
        "/api/v1/auth/login", "Sign in with username, password and optional TOTP",
        [](Api &a, RequestContext &c) { return a.login(c); }, true);
    post(
        "/api/v1/auth/refresh", "Exchange a refresh token for new tokens (rotates)",
        [](Api &a, RequestContext &c) { return a.refresh(c); }, true);
    post("/api/v1/auth/logout", "End this sign-in (revokes its tokens)",
         [](Api &a, RequestContext &c) { return a.logout(c); });
    get("/api/v1/auth/me", "The signed-in staff member", [](Api &a, RequestContext &c) { return a.me(c); });

    get("/api/v1/citizens", "Citizens in scope (paged, filtered, sorted)",
        [](Api &a, RequestContext &c) { return a.list("citizen", c); });
    get("/api/v1/citizens/{id}", "One citizen (masked; audited)",
        [](Api &a, RequestContext &c) { return a.viewCitizen(c); });
    post("/api/v1/citizens/{id}/reveal", "Reveal a citizen's ID number or phone with a reason (audited)",
         [](Api &a, RequestContext &c) { return a.reveal("citizen", c); });
    get("/api/v1/citizens/{id}/bills", "Bills of a citizen",
        [](Api &a, RequestContext &c) { return a.citizenChildren("bill", "citizen", c); });
    get("/api/v1/citizens/{id}/benefits", "Subsidy and tax-refund applications of a citizen",
        [](Api &a, RequestContext &c) { return a.citizenChildren("benefit", "citizen", c); });
    get("/api/v1/citizens/{id}/applications", "Applications of a citizen",
        [](Api &a, RequestContext &c) { return a.citizenChildren("application", "applicant", c); });
    get("/api/v1/citizens/{id}/messages", "Messages of a citizen",
        [](Api &a, RequestContext &c) { return a.citizenChildren("message", "citizen", c); });
    get("/api/v1/citizens/{id}/pushes", "Services pushed to a citizen",
        [](Api &a, RequestContext &c) { return a.citizenChildren("push", "citizen", c); });

    get("/api/v1/enterprises", "Enterprises in scope",
        [](Api &a, RequestContext &c) { return a.list("enterprise", c); });
    get("/api/v1/enterprises/{id}", "One enterprise",
        [](Api &a, RequestContext &c) { return a.get("enterprise", c); });
    post("/api/v1/enterprises/{id}/reveal", "Reveal an enterprise's phone with a reason (audited)",
         [](Api &a, RequestContext &c) { return a.reveal("enterprise", c); });
    get("/api/v1/enterprises/{id}/bills", "Bills of an enterprise",
        [](Api &a, RequestContext &c) { return a.children("enterprise", "bill", "enterprise", c); });
    get("/api/v1/enterprises/{id}/benefits", "Subsidy and tax-refund applications of an enterprise",
        [](Api &a, RequestContext &c) { return a.children("enterprise", "benefit", "enterprise", c); });
    get("/api/v1/enterprises/{id}/applications", "Applications of an enterprise",
        [](Api &a, RequestContext &c) { return a.children("enterprise", "application", "applicant", c); });

    get("/api/v1/services", "Service catalogue",
        [](Api &a, RequestContext &c) { return a.list("service", c); });
    get("/api/v1/services/{id}", "One service item with its workflow",
        [](Api &a, RequestContext &c) { return a.get("service", c); });
    get("/api/v1/departments", "Departments",
        [](Api &a, RequestContext &c) { return a.list("department", c); });
    get("/api/v1/tags", "Tag catalogue", [](Api &a, RequestContext &c) { return a.list("tag", c); });
    get("/api/v1/regions", "Region tree nodes (district, street, community, grid)",
        [](Api &a, RequestContext &c) { return a.list("region", c); });
    get("/api/v1/grids", "Grids", [](Api &a, RequestContext &c) {
        return a.list("region", c, {{QStringLiteral("level"), QStringLiteral("grid")}});
    });

    get("/api/v1/applications", "Applications in scope",
        [](Api &a, RequestContext &c) { return a.list("application", c); });
    get("/api/v1/applications/{id}", "One application with its steps",
        [](Api &a, RequestContext &c) { return a.get("application", c); });
    write("PATCH", "/api/v1/applications/{id}",
          "Change an application's remark or priority from a base version",
          [](Api &a, RequestContext &c) { return a.updateApplication(c); }, {Role::Officer, Role::Admin});
    write(
        "POST", "/api/v1/applications", "Start an application at the counter under the client's id",
        [](Api &a, RequestContext &c) { return a.createApplication(c); }, kCounter);
    get("/api/v1/bills", "Bills in scope", [](Api &a, RequestContext &c) { return a.list("bill", c); });
    get("/api/v1/benefits", "Subsidy and tax-refund applications in scope",
        [](Api &a, RequestContext &c) { return a.list("benefit", c); });
    get("/api/v1/messages", "Citizen messages in scope",
        [](Api &a, RequestContext &c) { return a.list("message", c); });
    get("/api/v1/messages/{id}", "One message",
        [](Api &a, RequestContext &c) { return a.get("message", c); });

    get("/api/v1/visits", "Grid visit records in scope",
        [](Api &a, RequestContext &c) { return a.list("visit", c); });
    get("/api/v1/visits/{id}", "One visit record",
        [](Api &a, RequestContext &c) { return a.get("visit", c); });
    // Grid work (issue 8): the scoped reads are the generic ones; the writes are in gridroutes.cpp.
    get("/api/v1/households", "Households in scope with their members",
        [](Api &a, RequestContext &c) { return a.list("household", c); });
    get("/api/v1/households/{id}", "One household with its members",
        [](Api &a, RequestContext &c) { return a.get("household", c); });
    get("/api/v1/incidents", "Incident reports in scope",
        [](Api &a, RequestContext &c) { return a.list("incident", c); });
    get("/api/v1/incidents/{id}", "One incident report with its photos' descriptions",
        [](Api &a, RequestContext &c) { return a.get("incident", c); });
    get("/api/v1/tasks", "Grid tasks in scope", [](Api &a, RequestContext &c) { return a.list("task", c); });
    get("/api/v1/tasks/{id}", "One grid task", [](Api &a, RequestContext &c) { return a.get("task", c); });
    write("POST", "/api/v1/visits", "Record a grid visit under the client's id",
          [](Api &a, RequestContext &c) { return a.createVisit(c); }, {Role::GridManager});

    get("/api/v1/pushes", "Pushes in scope", [](Api &a, RequestContext &c) { return a.list("push", c); });
    get("/api/v1/pushes/{id}", "One push", [](Api &a, RequestContext &c) { return a.get("push", c); });
    write(
        "POST", "/api/v1/pushes", "Push a service to a citizen under the client's id",
        [](Api &a, RequestContext &c) { return a.createPush(c); }, kPushers);
    get("/api/v1/notes", "Notes on citizens and enterprises in scope",
        [](Api &a, RequestContext &c) { return a.list("note", c); });
    get("/api/v1/notes/{id}", "One note", [](Api &a, RequestContext &c) { return a.get("note", c); });
    write("POST", "/api/v1/notes", "Write a note on a citizen or an enterprise under the client's id",
          [](Api &a, RequestContext &c) { return a.createNote(c); }, {});

    Route changes{QStringLiteral("GET"),
                  QStringLiteral("/api/v1/sync/changes"),
                  false,
                  {},
                  QStringLiteral("Scoped change feed since a sequence number"),
                  [api](RequestContext &ctx) {
                      return api->changes(ctx);
                  }};
    changes.injectFaults = true;
    r.add(std::move(changes));
    get("/api/v1/sync/events", "Live change notifications (server-sent events)",
        [](Api &a, RequestContext &c) { return a.events(c); });
    get(
        "/api/v1/audit", "Audit log entries", [](Api &a, RequestContext &c) { return a.auditList(c); },
        kOversight);
    get(
        "/api/v1/audit/verify", "Verify the audit hash chain",
        [](Api &a, RequestContext &) { return a.auditVerify(); }, kOversight);
    addWorkflowRoutes(r, services);
    addAnalyticsRoutes(r, services);
    addRecommendationRoutes(r, services);
    addAudienceRoutes(r, services);
    addCampaignRoutes(r, services);
    addGridRoutes(r, services);
    return r;
}

} // namespace gd::server
