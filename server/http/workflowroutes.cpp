#include "http/workflowroutes.h"

#include "db/applicationstore.h"
#include "db/auditlog.h"
#include "db/changelog.h"
#include "db/database.h"
#include "db/rowreader.h"
#include "db/serverclock.h"
#include "http/recommendationroutes.h"
#include "http/routechecks.h"

#include "domain/casework.h"
#include "domain/workflow.h"

#include <QJsonArray>

#include <algorithm>
#include <memory>

namespace gd::server {
namespace {

constexpr int kMaxRatingComment = 500;
constexpr int kMaxSupplementMaterials = 50;

// POST /portal/applications/{id}/supplement: the citizen's supplement, passed on by the portal.
struct SupplementRequest {
    QString citizenId;
    QStringList materials;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("citizen_id", s.citizenId);
        v("materials", s.materials);
    }
};

// POST /test/clock.
struct ClockRequest {
    QDateTime now;

    template <typename S, typename V> static void fields(S &s, V &&v) { v("now", s.now); }
};

template <typename T> HttpResponse respond(const Result<T> &r, int status = 200)
{
    if (!r)
        return HttpResponse::error(r.error());
    if constexpr (std::is_same_v<T, QByteArray>)
        return HttpResponse::jsonBytes(*r, status);
    else
        return HttpResponse::json(*r, status);
}

class WorkflowRoutes {
public:
    explicit WorkflowRoutes(ApiServices services)
        : m_s(services)
        , m_store(services.db)
    {
    }

    // POST /applications/{id}/actions
    HttpResponse act(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto action = ctx.bodyAs<ApplicationAction>();
        if (!action)
            return HttpResponse::error(action.error());
        const QString id = ctx.param(QStringLiteral("id"));
        if (!isPlausibleId(id))
            return HttpResponse::error(notFound(QStringLiteral("application")));
        const Principal &who = ctx.who();
        auto before = m_store.load(who, id);
        if (!before)
            return HttpResponse::error(before.error());
        if (action->action == QLatin1String("transfer") && action->toDepartmentId) {
            auto known = departmentExists(*action->toDepartmentId);
            if (!known)
                return HttpResponse::error(known.error());
            if (!*known)
                return HttpResponse::error(
                    badField(QStringLiteral("to_department_id"), QStringLiteral("no such department")));
        }
        auto actor = actorOf(who);
        if (!actor)
            return HttpResponse::error(actor.error());
        Application after = *before;
        if (auto taken = applyAction(after, *action, *actor, ServerClock::now()); !taken)
            return refusal(taken.error(), who, id);
        QString reason = action->reason.value_or(action->comment.value_or(QString()));
        if (action->materials && !action->materials->isEmpty())
            reason = (reason.isEmpty() ? QString() : reason + QStringLiteral("; ")) +
                     action->materials->join(QStringLiteral("、"));
        return persist(ctx, *before, after, QStringLiteral("application.") + action->action,
                       QStringLiteral("step %1").arg(action->stepSeq) +
                           (reason.isEmpty() ? QString() : QStringLiteral(": ") + reason),
                       [&] { return respond(m_store.json(who, id)); });
    }

    // POST /portal/applications/{id}/rating: 好差评 of a completed application, once, by its applicant.
    HttpResponse rate(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = ctx.bodyAs<ApplicationRating>();
        if (!request)
            return HttpResponse::error(request.error());
        if (request->rating < 1 || request->rating > 5)
            return HttpResponse::error(badField(QStringLiteral("rating"), QStringLiteral("must be 1 to 5")));
        const QString comment = request->comment.value_or(QString()).trimmed();
        if (comment.size() > kMaxRatingComment)
            return HttpResponse::error(
                badField(QStringLiteral("comment"), QStringLiteral("at most 500 characters")));
        auto before = applicantsApplication(ctx.param(QStringLiteral("id")), request->citizenId);
        if (!before)
            return HttpResponse::error(before.error());
        if (before->status != QLatin1String("completed"))
            return HttpResponse::error(
                makeError(ErrorCode::Conflict, QStringLiteral("only a completed application can be rated"),
                          QJsonObject{{QStringLiteral("reason"), QStringLiteral("not_completed")},
                                      {QStringLiteral("status"), before->status}}));
        if (before->rating)
            return HttpResponse::error(
                makeError(ErrorCode::Conflict, QStringLiteral("the application has been rated already"),
                          QJsonObject{{QStringLiteral("reason"), QStringLiteral("rated")},
                                      {QStringLiteral("rating"), *before->rating}}));
        const QDateTime now = ServerClock::now();
        Application after = *before;
        after.rating = request->rating;
        if (!comment.isEmpty())
            after.ratingComment = comment;
        after.version += 1;
        after.updatedAt = now;
        ApplicationEvent e;
        e.seq = lastEventSeq(after) + 1;
        e.at = now;
        e.actorName = QStringLiteral("申请人");
        e.action = QStringLiteral("rate");
        if (!comment.isEmpty())
            e.comment = comment;
        e.version = after.version;
        after.history->append(std::move(e));
        return persist(ctx, *before, after, QStringLiteral("application.rate"),
                       QStringLiteral("rating %1").arg(request->rating), [&] {
                           return HttpResponse::json(
                               QJsonObject{{QStringLiteral("id"), after.id},
                                           {QStringLiteral("rating"), request->rating},
                                           {QStringLiteral("rating_comment"),
                                            comment.isEmpty() ? QJsonValue() : QJsonValue(comment)},
                                           {QStringLiteral("version"), after.version}});
                       });
    }

    // POST /portal/applications/{id}/supplement: the citizen's supplement resumes the application.
    HttpResponse supplement(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = ctx.bodyAs<SupplementRequest>();
        if (!request)
            return HttpResponse::error(request.error());
        if (request->materials.size() > kMaxSupplementMaterials)
            return HttpResponse::error(
                badField(QStringLiteral("materials"), QStringLiteral("at most 50 materials")));
        auto before = applicantsApplication(ctx.param(QStringLiteral("id")), request->citizenId);
        if (!before)
            return HttpResponse::error(before.error());
        // The step the last return came from.
        int stepSeq = before->currentStep;
        for (const ApplicationEvent &e : before->history.value_or(QList<ApplicationEvent>{})) {
            if (e.action == QLatin1String("return") && e.stepSeq)
                stepSeq = *e.stepSeq;
        }
        ApplicationAction action;
        action.action = QStringLiteral("resume");
        action.stepSeq = stepSeq;
        action.baseVersion = before->version;
        action.materials = request->materials;
        const WorkflowActor portal{QString(), QStringLiteral("申请人"), roleName(Role::Portal), QString()};
        Application after = *before;
        if (auto taken = applyAction(after, action, portal, ServerClock::now()); !taken) {
            Error refused = taken.error();
            refused.details.remove(QStringLiteral("server")); // the portal sees no staff data
            return HttpResponse::error(refused);
        }
        return persist(
            ctx, *before, after, QStringLiteral("application.resume"),
            QStringLiteral("portal supplement: ") + request->materials.join(QStringLiteral("、")), [&] {
                return HttpResponse::json(QJsonObject{{QStringLiteral("id"), after.id},
                                                      {QStringLiteral("status"), after.status},
                                                      {QStringLiteral("due_at"), toIsoUtc(after.dueAt)},
                                                      {QStringLiteral("version"), after.version}});
            });
    }

    // GET /applications/{id}/allocation
    HttpResponse allocation(const RequestContext &ctx)
    {
        const QString id = ctx.param(QStringLiteral("id"));
        if (!isPlausibleId(id))
            return HttpResponse::error(notFound(QStringLiteral("application")));
        auto object = m_store.jsonObject(ctx.who(), id);
        if (!object)
            return HttpResponse::error(object.error());
        const QJsonValue allocation = object->value(QStringLiteral("allocation"));
        if (!allocation.isObject())
            return HttpResponse::error(notFound(QStringLiteral("allocation")));
        return HttpResponse::json(allocation.toObject());
    }

    // GET /enrolment-rounds: supervisors (of their district) and admins; officers of education (jyj).
    HttpResponse rounds(const RequestContext &ctx)
    {
        const Principal &who = ctx.who();
        if (who.role == Role::Officer && who.departmentId != QLatin1String("jyj"))
            return HttpResponse::error(makeError(
                ErrorCode::Forbidden, QStringLiteral("enrolment rounds are for the education bureau")));
        QString sql = QStringLiteral("SELECT id, service_id, name, school, district_code, seats, closes_at, "
                                     "status, applicants, admitted, version FROM enrolment_rounds");
        QVariantList binds;
        if (who.role == Role::Supervisor && !who.seesEverything()) {
            sql += QStringLiteral(" WHERE district_code = ?");
            binds.append(who.areaCode);
        }
        sql += QStringLiteral(" ORDER BY closes_at DESC, id");
        auto q = m_s.db.query(sql, binds);
        if (!q)
            return HttpResponse::error(q.error());
        const QList<EnrolmentRound> rows = RowReader<EnrolmentRound>::readAll(**q);
        return HttpResponse::json(QJsonObject{{QStringLiteral("items"), toJsonArray(rows)}});
    }

    // POST /enrolment-rounds/{id}/close: ranks the round's applications and allocates its seats. Closing a
    // closed round answers with it as it is.
    HttpResponse closeRound(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        if (!ctx.body.isEmpty()) {
            if (auto body = ctx.jsonBody(); !body)
                return HttpResponse::error(body.error());
        }
        const Principal &who = ctx.who();
        auto round = loadRound(who, ctx.param(QStringLiteral("id")));
        if (!round)
            return HttpResponse::error(round.error());
        if (round->status == QLatin1String("closed"))
            return HttpResponse::json(toJson(*round));
        auto ranked = rankRound(*round);
        if (!ranked)
            return HttpResponse::error(ranked.error());
        const QDateTime now = ServerClock::now();
        auto actor = actorOf(who);
        if (!actor)
            return HttpResponse::error(actor.error());
        int rank = 0;
        int admitted = 0;
        for (const auto &[applicationId, total] : std::as_const(*ranked)) {
            ++rank;
            const bool in = rank <= round->seats;
            admitted += in ? 1 : 0;
            if (auto r = allocate(ctx, *round, applicationId, rank, total, in, *actor, now); !r)
                return HttpResponse::error(r.error());
        }
        round->status = QStringLiteral("closed");
        round->applicants = rank;
        round->admitted = admitted;
        round->version += 1;
        {
            auto q =
                m_s.db.query(QStringLiteral("UPDATE enrolment_rounds SET status = 'closed', applicants = ?, "
                                            "admitted = ?, version = ?, updated_at = ? WHERE id = ?"),
                             {rank, admitted, round->version, toIsoUtc(now), round->id});
            if (!q)
                return HttpResponse::error(q.error());
        }
        if (auto a = m_s.audit.appendInTransaction(
                who, QStringLiteral("enrolment_round.close"), QStringLiteral("enrolment_round"), round->id,
                QStringLiteral("%1 applicants, %2 admitted").arg(rank).arg(admitted));
            !a)
            return HttpResponse::error(a.error());
        return HttpResponse::json(toJson(*round));
    }

    // POST /test/clock (admins, --test-clock only).
    HttpResponse setClock(const RequestContext &ctx)
    {
        if (!ServerClock::isTestClockEnabled())
            return HttpResponse::error(notFound(QStringLiteral("route")));
        auto request = ctx.bodyAs<ClockRequest>();
        if (!request)
            return HttpResponse::error(request.error());
        if (!request->now.isValid())
            return HttpResponse::error(
                badField(QStringLiteral("now"), QStringLiteral("must be an ISO 8601 time")));
        ServerClock::setTestNow(request->now);
        return HttpResponse::json(QJsonObject{{QStringLiteral("now"), toIsoUtc(ServerClock::now())}});
    }

private:
    // The acting staff member as the state machine sees them.
    Result<WorkflowActor> actorOf(const Principal &who)
    {
        auto q = m_s.db.query(QStringLiteral("SELECT display_name FROM staff WHERE id = ?"), {who.staffId});
        if (!q)
            return q.error();
        const QString name = (*q)->next() ? (*q)->value(0).toString() : who.username;
        return WorkflowActor{who.staffId, name, roleName(who.role), who.departmentId};
    }

    Result<bool> departmentExists(const QString &id)
    {
        auto q = m_s.db.query(QStringLiteral("SELECT 1 FROM departments WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return (*q)->next();
    }

    // A refusal of the state machine; conflicts carry the server's copy (details.server).
    HttpResponse refusal(Error error, const Principal &who, const QString &id)
    {
        if (error.code == ErrorCode::Conflict) {
            if (auto current = m_store.jsonObject(who, id))
                error.details.insert(QStringLiteral("server"), *current);
        }
        return HttpResponse::error(error);
    }

    // A citizen's own application, for the portal; NotFound when it is not theirs.
    Result<Application> applicantsApplication(const QString &id, const QString &citizenId)
    {
        if (!isPlausibleId(id))
            return notFound(QStringLiteral("application"));
        auto application = m_store.loadAny(id);
        if (!application)
            return application.error();
        if (application->applicantType != QLatin1String("citizen") || citizenId.isEmpty() ||
            application->applicantId != citizenId)
            return notFound(QStringLiteral("application"));
        return application;
    }

    static qint64 lastEventSeq(const Application &a)
    {
        qint64 seq = 0;
        for (const ApplicationEvent &e : a.history.value_or(QList<ApplicationEvent>{}))
            seq = std::max(seq, e.seq);
        return seq;
    }

    // Writes the change, its audit entry and its change-log entry in the route's transaction; a lost
    // race on the version is a conflict with the current copy.
    template <typename Answer>
    HttpResponse persist(RequestContext &ctx, const Application &before, const Application &after,
                         const QString &auditAction, const QString &auditReason, Answer answer)
    {
        if (auto saved = m_store.update(before, after); !saved)
            return refusal(saved.error(), ctx.who(), after.id);
        if (auto a = m_s.audit.appendInTransaction(ctx.who(), auditAction, QStringLiteral("application"),
                                                   after.id, auditReason.left(500));
            !a)
            return HttpResponse::error(a.error());
        if (auto r = logChange(ctx, after.id, after.version); !r)
            return HttpResponse::error(r.error());
        if (after.status != before.status)
            noteApplicationWritten(ctx, m_s, after); // completed or rejected: the exclusions move
        return answer();
    }

    Result<void> logChange(RequestContext &ctx, const QString &id, qint64 version)
    {
        auto conn = m_s.db.connection();
        if (!conn)
            return conn.error();
        auto seq =
            ChangeLog::record(*conn, QStringLiteral("application"), id, QStringLiteral("upsert"), version);
        if (!seq)
            return seq.error();
        ctx.write->changed(*seq);
        return {};
    }

    Result<EnrolmentRound> loadRound(const Principal &who, const QString &id)
    {
        if (!isPlausibleId(id))
            return notFound(QStringLiteral("enrolment round"));
        auto q = m_s.db.query(QStringLiteral("SELECT id, service_id, name, school, district_code, seats, "
                                             "closes_at, status, applicants, admitted, version FROM "
                                             "enrolment_rounds WHERE id = ?"),
                              {id});
        if (!q)
            return q.error();
        const QList<EnrolmentRound> rows = RowReader<EnrolmentRound>::readAll(**q);
        if (rows.isEmpty() || (who.role == Role::Supervisor && !who.seesEverything() &&
                               rows.first().districtCode != who.areaCode))
            return notFound(QStringLiteral("enrolment round"));
        return rows.first();
    }

    // The round's applications by total points (desc), earlier submission first on a tie.
    Result<QList<std::pair<QString, double>>> rankRound(const EnrolmentRound &round)
    {
        auto q = m_s.db.query(
            QStringLiteral("SELECT a.id, COALESCE((SELECT SUM(p.points) FROM application_points p WHERE "
                           "p.application_id = a.id), 0) AS total, a.submitted_at FROM applications a WHERE "
                           "a.service_id = ? AND a.district_code = ? AND a.submitted_at < ? AND a.status <> "
                           "'rejected' ORDER BY total DESC, a.submitted_at, a.id"),
            {round.serviceId, round.districtCode, toIsoUtc(round.closesAt)});
        if (!q)
            return q.error();
        QList<std::pair<QString, double>> out;
        while ((*q)->next())
            out.append({(*q)->value(0).toString(), (*q)->value(1).toDouble()});
        return out;
    }

    Result<void> allocate(RequestContext &ctx, const EnrolmentRound &round, const QString &applicationId,
                          int rank, double total, bool admitted, const WorkflowActor &actor,
                          const QDateTime &now)
    {
        const QString result = admitted ? QStringLiteral("admitted") : QStringLiteral("waitlisted");
        auto ins = m_s.db.query(
            QStringLiteral("INSERT INTO allocations (round_id, application_id, rank, total_points, result, "
                           "school, allocated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {round.id, applicationId, rank, total, result,
             admitted ? QVariant(round.school) : QVariant(QMetaType::fromType<QString>()), toIsoUtc(now)});
        if (!ins)
            return ins.error();
        auto before = m_store.loadAny(applicationId);
        if (!before)
            return before.error();
        Application after = *before;
        after.version += 1;
        after.updatedAt = now;
        ApplicationEvent e;
        e.seq = lastEventSeq(after) + 1;
        e.at = now;
        e.actorId = actor.staffId;
        e.actorName = actor.name;
        e.action = QStringLiteral("allocate");
        e.comment = admitted
                        ? QStringLiteral("第%1名，总积分%2，录取：%3").arg(rank).arg(total).arg(round.school)
                        : QStringLiteral("第%1名，总积分%2，候补").arg(rank).arg(total);
        e.version = after.version;
        after.history->append(std::move(e));
        if (auto saved = m_store.update(*before, after); !saved)
            return saved.error();
        return logChange(ctx, applicationId, after.version);
    }

    ApiServices m_s;
    ApplicationStore m_store;
};

} // namespace

void addWorkflowRoutes(Router &router, ApiServices services)
{
    auto routes = std::make_shared<WorkflowRoutes>(services);
    const auto add = [&router, &routes](const char *method, const char *pattern, const char *summary,
                                        QSet<Role> roles, bool idempotent, auto fn) {
        addOwnedRoute(router, routes, method, pattern, summary, std::move(roles), idempotent, fn);
    };
    add("POST", "/api/v1/applications/{id}/actions",
        "Take an action on a step of an application (claim, release, approve, return, resume, reject, "
        "transfer, comment)",
        {Role::Officer, Role::Supervisor, Role::Admin}, true,
        [](WorkflowRoutes &w, RequestContext &c) { return w.act(c); });
    add("GET", "/api/v1/applications/{id}/allocation",
        "The enrolment allocation of a points-based application", {}, false,
        [](WorkflowRoutes &w, RequestContext &c) { return w.allocation(c); });
    add("POST", "/api/v1/portal/applications/{id}/rating",
        "The citizen portal passes on the applicant's rating (好差评) of a completed application",
        {Role::Portal}, true, [](WorkflowRoutes &w, RequestContext &c) { return w.rate(c); });
    add("POST", "/api/v1/portal/applications/{id}/supplement",
        "The citizen portal passes on the applicant's supplement; the application resumes", {Role::Portal},
        true, [](WorkflowRoutes &w, RequestContext &c) { return w.supplement(c); });
    add("GET", "/api/v1/enrolment-rounds", "Points-based enrolment rounds",
        {Role::Supervisor, Role::Admin, Role::Officer}, false,
        [](WorkflowRoutes &w, RequestContext &c) { return w.rounds(c); });
    add("POST", "/api/v1/enrolment-rounds/{id}/close",
        "Close an enrolment round: rank its applications by points and allocate the seats",
        {Role::Supervisor, Role::Admin}, true,
        [](WorkflowRoutes &w, RequestContext &c) { return w.closeRound(c); });
    add("POST", "/api/v1/test/clock", "Set the server's clock (only with --test-clock; tests)", {Role::Admin},
        false, [](WorkflowRoutes &w, RequestContext &c) { return w.setClock(c); });
}

} // namespace gd::server
