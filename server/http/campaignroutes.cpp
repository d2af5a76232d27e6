#include "http/campaignroutes.h"

#include "campaign/audienceresolver.h"
#include "campaign/campaigndispatcher.h"
#include "campaign/campaignreport.h"
#include "campaign/campaignstore.h"
#include "db/auditlog.h"
#include "db/changelog.h"
#include "db/database.h"
#include "db/rowreader.h"
#include "db/serverclock.h"
#include "http/restrictedtags.h"
#include "http/routechecks.h"

#include "domain/campaign.h"
#include "domain/grid.h"

#include <QJsonArray>

#include <algorithm>
#include <memory>

namespace gd::server {
namespace {

constexpr qint64 kMaxOffset = 100'000'000;
constexpr qint64 kMaxPage = 500;

// A refusal of the campaign's workflow: 409 with details.reason, the state and the current campaign.
Error refusal(const QString &reason, const QString &message, const Campaign &current)
{
    return gd::server::refusal(reason, message, toJson(current), {{QStringLiteral("state"), current.state}});
}

// Rejects query parameters outside `allowed` and repeated ones.
Result<void> onlyParameters(const RequestContext &ctx, const QStringList &allowed)
{
    if (ctx.hasDuplicateQueryKeys())
        return makeError(ErrorCode::BadRequest, QStringLiteral("a query parameter is given more than once"));
    for (const auto &kv : ctx.query) {
        if (!allowed.contains(kv.first))
            return badField(kv.first, QStringLiteral("unknown parameter"));
    }
    return {};
}

// A request body of type T, decoded strictly; its schedule object, if any, may only have the schedule's
// keys too (the codec reads nested objects leniently).
template <typename T> Result<T> requestBody(const RequestContext &ctx)
{
    auto body = ctx.jsonBody();
    if (!body)
        return body.error();
    const QJsonValue schedule = body->value(QStringLiteral("schedule"));
    if (schedule.isObject()) {
        static const QStringList known{QStringLiteral("kind"), QStringLiteral("at"),
                                       QStringLiteral("trigger_tag"), QStringLiteral("offset_days")};
        const QJsonObject object = schedule.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return badField(QStringLiteral("schedule.") + it.key(),
                                QStringLiteral("is not a known field"));
        }
    }
    return fromJson<T>(*body, true);
}

// A reason of 2..500 characters, trimmed; `required` or absent.
Result<QString> reasonOf(const CampaignAction &action, bool required)
{
    const QString reason = action.reason.value_or(QString()).trimmed();
    if ((required || !reason.isEmpty()) &&
        (reason.size() < kCampaignMinReason || reason.size() > kCampaignMaxReason))
        return badField(QStringLiteral("reason"), QStringLiteral("give a reason of 2 to 500 characters"));
    return reason;
}

class CampaignRoutes {
public:
    explicit CampaignRoutes(ApiServices services)
        : m_s(services)
        , m_store(services.db)
        , m_audience(services.audiences ? indexedAudience(*services.audiences)
                                        : SqlAudience::resolver(services.db))
    {
    }

    // POST /campaigns: a new draft under the client's id.
    HttpResponse create(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = requestBody<CampaignCreateRequest>(ctx);
        if (!request)
            return HttpResponse::error(request.error());
        auto clientMade = clientId(request->id);
        if (!clientMade)
            return HttpResponse::error(clientMade.error());
        const QString id = *clientMade;
        const Principal &who = ctx.who();
        const QDateTime now = ServerClock::now();
        Campaign c;
        c.id = id;
        c.title = request->title;
        c.content = request->content;
        c.serviceId = request->serviceId;
        c.policy = request->policy;
        c.audience = request->audience;
        c.schedule = request->schedule;
        c.frequencyCapDays = request->frequencyCapDays.value_or(kCampaignDefaultCapDays);
        c.channel = request->channel;
        c.holdoutPercent = request->holdoutPercent.value_or(kCampaignDefaultHoldoutPercent);
        c.state = QStringLiteral("draft");
        c.createdBy = who.staffId;
        if (who.role == Role::Officer)
            c.departmentId = who.departmentId;
        c.areaCode = CampaignStore::areaOf(who);
        c.createdAt = now;
        c.updatedAt = now;
        if (auto valid = check(who, c, now); !valid)
            return HttpResponse::error(valid.error());

        auto taken = m_store.find(id);
        if (!taken)
            return HttpResponse::error(taken.error());
        if (*taken) {
            // Sent again under another Idempotency-Key: the same draft by the same creator is answered
            // as it is; anything else is a conflict.
            const Campaign &stored = **taken;
            if (stored.createdBy == who.staffId && stored.title == c.title && stored.content == c.content &&
                stored.audience == c.audience)
                return respond(m_store.load(who, id));
            return HttpResponse::error(makeError(
                ErrorCode::Conflict,
                QStringLiteral("a campaign with this id exists already with other content (sent with "
                               "another Idempotency-Key)"),
                QJsonObject{{QStringLiteral("reason"), QStringLiteral("id_taken")}}));
        }
        if (auto r = m_store.insert(c); !r)
            return HttpResponse::error(r.error());
        if (auto r = logChange(ctx, c.id, c.version); !r)
            return HttpResponse::error(r.error());
        if (auto a = m_s.audit.appendInTransaction(who, QStringLiteral("campaign.create"),
                                                   QStringLiteral("campaign"), id, c.title);
            !a)
            return HttpResponse::error(a.error());
        return respond(m_store.load(who, id), 201);
    }

    // PATCH /campaigns/{id}: the creator changes the draft from its current version.
    HttpResponse update(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = requestBody<CampaignUpdate>(ctx);
        if (!request)
            return HttpResponse::error(request.error());
        const Principal &who = ctx.who();
        auto before = load(who, ctx.param(QStringLiteral("id")));
        if (!before)
            return HttpResponse::error(before.error());
        if (before->createdBy != who.staffId)
            return HttpResponse::error(
                makeError(ErrorCode::Forbidden, QStringLiteral("only the campaign's creator may change it")));
        if (before->state != QLatin1String("draft"))
            return HttpResponse::error(
                refusal(QStringLiteral("not_draft"), QStringLiteral("only a draft can be changed"), *before));
        if (request->baseVersion != before->version)
            return HttpResponse::error(refusal(
                QStringLiteral("stale"), QStringLiteral("the campaign was changed meanwhile"), *before));
        Campaign after = *before;
        const auto take = [](auto &target, const auto &value) {
            if (value)
                target = *value;
        };
        take(after.title, request->title);
        take(after.content, request->content);
        if (request->serviceId)
            after.serviceId = request->serviceId;
        if (request->policy)
            after.policy = request->policy;
        take(after.audience, request->audience);
        take(after.schedule, request->schedule);
        take(after.frequencyCapDays, request->frequencyCapDays);
        take(after.channel, request->channel);
        take(after.holdoutPercent, request->holdoutPercent);
        const QDateTime now = ServerClock::now();
        if (auto valid = check(who, after, now); !valid)
            return HttpResponse::error(valid.error());
        after.version += 1;
        after.updatedAt = now;
        return persist(ctx, *before, after, QStringLiteral("campaign.update"), after.title);
    }

    // POST /campaigns/{id}/actions
    HttpResponse act(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto action = ctx.bodyAs<CampaignAction>();
        if (!action)
            return HttpResponse::error(action.error());
        if (!campaignActions().contains(action->action))
            return HttpResponse::error(
                badField(QStringLiteral("action"), QStringLiteral("unknown action"),
                         {{QStringLiteral("allowed"), QJsonArray::fromStringList(campaignActions())}}));
        const bool needsReason =
            action->action == QLatin1String("reject") || action->action == QLatin1String("cancel");
        auto reason = reasonOf(*action, needsReason);
        if (!reason)
            return HttpResponse::error(reason.error());
        const Principal &who = ctx.who();
        auto before = load(who, ctx.param(QStringLiteral("id")));
        if (!before)
            return HttpResponse::error(before.error());
        if (action->baseVersion && *action->baseVersion != before->version)
            return HttpResponse::error(refusal(
                QStringLiteral("stale"), QStringLiteral("the campaign was changed meanwhile"), *before));
        const QDateTime now = ServerClock::now();
        Campaign after = *before;
        QString auditReason = *reason;
        Result<void> taken = action->action == QLatin1String("submit") ? submit(who, after, now, &auditReason)
                             : action->action == QLatin1String("approve") ? decide(who, after, now, {})
                             : action->action == QLatin1String("reject")  ? decide(who, after, now, *reason)
                                                                          : cancel(who, after, now, *reason);
        if (!taken)
            return HttpResponse::error(taken.error());
        after.version += 1;
        after.updatedAt = now;
        if (after.state == QLatin1String("cancelled")) {
            auto q =
                m_s.db.query(QStringLiteral("UPDATE campaign_members SET state = 'cancelled', processed_at = "
                                            "? WHERE campaign_id = ? AND state = 'queued'"),
                             {toIsoUtc(now), after.id});
            if (!q)
                return HttpResponse::error(q.error());
        }
        HttpResponse out =
            persist(ctx, *before, after, QStringLiteral("campaign.") + action->action, auditReason);
        if (out.status == 200 && after.state == QLatin1String("approved") && m_s.options.campaignDispatcher)
            m_s.options.campaignDispatcher->wake();
        return out;
    }

    // GET /campaigns
    HttpResponse list(const RequestContext &ctx)
    {
        if (auto r = onlyParameters(
                ctx, {QStringLiteral("state"), QStringLiteral("offset"), QStringLiteral("limit")});
            !r)
            return HttpResponse::error(r.error());
        const QString state = ctx.queryValue(QStringLiteral("state")).value_or(QString());
        if (!state.isEmpty() && !campaignStates().contains(state))
            return HttpResponse::error(
                badField(QStringLiteral("state"), QStringLiteral("unknown state"),
                         {{QStringLiteral("allowed"), QJsonArray::fromStringList(campaignStates())}}));
        auto offset = ctx.queryInteger(QStringLiteral("offset"), 0, 0, kMaxOffset);
        if (!offset)
            return HttpResponse::error(offset.error());
        auto limit = ctx.queryInteger(QStringLiteral("limit"), 50, 1, kMaxPage);
        if (!limit)
            return HttpResponse::error(limit.error());
        auto page = m_store.list(ctx.who(), state, *offset, int(*limit));
        if (!page)
            return HttpResponse::error(page.error());
        return HttpResponse::json(QJsonObject{{QStringLiteral("items"), toJsonArray(page->items)},
                                              {QStringLiteral("total"), page->total},
                                              {QStringLiteral("offset"), *offset},
                                              {QStringLiteral("limit"), *limit}});
    }

    // GET /campaigns/{id}
    HttpResponse get(const RequestContext &ctx)
    {
        return respond(load(ctx.who(), ctx.param(QStringLiteral("id"))));
    }

    // GET /campaigns/{id}/results
    HttpResponse results(const RequestContext &ctx)
    {
        auto campaign = load(ctx.who(), ctx.param(QStringLiteral("id")));
        if (!campaign)
            return HttpResponse::error(campaign.error());
        auto out = CampaignReport(m_s.db).results(*campaign);
        if (!out)
            return HttpResponse::error(out.error());
        return HttpResponse::jsonBytes(toJsonBytes(*out));
    }

    // GET /portal/citizens/{id}/inbox: the citizen's messages, newest first.
    HttpResponse inbox(const RequestContext &ctx)
    {
        if (auto r = onlyParameters(ctx, {QStringLiteral("offset"), QStringLiteral("limit")}); !r)
            return HttpResponse::error(r.error());
        auto offset = ctx.queryInteger(QStringLiteral("offset"), 0, 0, kMaxOffset);
        if (!offset)
            return HttpResponse::error(offset.error());
        auto limit = ctx.queryInteger(QStringLiteral("limit"), 50, 1, kMaxPage);
        if (!limit)
            return HttpResponse::error(limit.error());
        const QString citizen = ctx.param(QStringLiteral("id"));
        if (!isPlausibleId(citizen))
            return HttpResponse::error(notFound(QStringLiteral("citizen")));
        qint64 total = 0;
        {
            auto q =
                m_s.db.query(QStringLiteral("SELECT (SELECT COUNT(*) FROM citizens WHERE id = ?), (SELECT "
                                            "COUNT(*) FROM citizen_inbox WHERE citizen_id = ?)"),
                             {citizen, citizen});
            if (!q)
                return HttpResponse::error(q.error());
            if (!(*q)->next() || (*q)->value(0).toLongLong() == 0)
                return HttpResponse::error(notFound(QStringLiteral("citizen")));
            total = (*q)->value(1).toLongLong();
        }
        auto q =
            m_s.db.query(QStringLiteral("SELECT ") + kInboxColumns +
                             QStringLiteral(" FROM citizen_inbox WHERE citizen_id = ? ORDER BY delivered_at "
                                            "DESC, id LIMIT ? OFFSET ?"),
                         {citizen, *limit, *offset});
        if (!q)
            return HttpResponse::error(q.error());
        const QList<InboxMessage> items = RowReader<InboxMessage>::readAll(**q);
        return HttpResponse::json(QJsonObject{{QStringLiteral("items"), toJsonArray(items)},
                                              {QStringLiteral("total"), total},
                                              {QStringLiteral("offset"), *offset},
                                              {QStringLiteral("limit"), *limit}});
    }

    // POST /portal/inbox/{id}/opened: the first opening counts; later ones answer with it.
    HttpResponse opened(RequestContext &ctx)
    {
        if (!ctx.write)
            return notInWriteScope();
        auto request = ctx.bodyAs<InboxOpenedRequest>();
        if (!request)
            return HttpResponse::error(request.error());
        const QString id = ctx.param(QStringLiteral("id"));
        auto message = inboxMessage(id);
        if (!message)
            return HttpResponse::error(message.error());
        if (!*message || (*message)->citizenId != request->citizenId)
            return HttpResponse::error(notFound(QStringLiteral("message")));
        InboxMessage m = **message;
        if (!m.openedAt) {
            const QDateTime now = ServerClock::now();
            for (const auto &[sql, binds] :
                 {std::pair{QStringLiteral(
                                "UPDATE citizen_inbox SET opened_at = ? WHERE id = ? AND opened_at IS NULL"),
                            QVariantList{toIsoUtc(now), m.id}},
                  std::pair{
                      QStringLiteral("UPDATE campaign_members SET opened_at = ? WHERE campaign_id = ? AND "
                                     "citizen_id = ? AND opened_at IS NULL"),
                      QVariantList{toIsoUtc(now), m.campaignId, m.citizenId}}}) {
                if (auto q = m_s.db.query(sql, binds); !q)
                    return HttpResponse::error(q.error());
            }
            m.openedAt = now;
        }
        return HttpResponse::jsonBytes(toJsonBytes(m));
    }

private:
    static inline const QString kInboxColumns = QStringLiteral(
        "id, campaign_id, citizen_id, title, content, service_id, policy, channel, delivered_at, opened_at");

    static HttpResponse respond(const Result<Campaign> &c, int status = 200)
    {
        if (!c)
            return HttpResponse::error(c.error());
        return HttpResponse::jsonBytes(toJsonBytes(*c), status);
    }

    Result<Campaign> load(const Principal &who, const QString &id)
    {
        if (!isPlausibleId(id))
            return notFound(QStringLiteral("campaign"));
        return m_store.load(who, id);
    }

    Result<std::optional<InboxMessage>> inboxMessage(const QString &id)
    {
        if (!isPlausibleId(id))
            return std::optional<InboxMessage>();
        auto q = m_s.db.query(QStringLiteral("SELECT ") + kInboxColumns +
                                  QStringLiteral(" FROM citizen_inbox WHERE id = ?"),
                              {id});
        if (!q)
            return q.error();
        const QList<InboxMessage> rows = RowReader<InboxMessage>::readAll(**q);
        if (rows.isEmpty())
            return std::optional<InboxMessage>();
        return std::optional<InboxMessage>(rows.first());
    }

    // Checks and normalises a campaign as its creator wrote it, and counts its audience in its area. The
    // checks that need no data are normalizeCampaign()'s, the client's offline checks too; what only the
    // database knows comes after them: the service exists and is for citizens, the trigger tag exists and
    // applies to citizens, and the audience's tags and regions exist (m_audience refuses unknown ones with
    // details.path under "audience", as normalizeCampaign() does for a malformed expression).
    Result<void> check(const Principal &who, Campaign &c, const QDateTime &now)
    {
        if (auto valid = normalizeCampaign(c, now); !valid)
            return valid;
        if (auto parsed = parseAudienceExpression(c.audience, QStringLiteral("audience")); parsed) {
            if (auto r = checkRestrictedAudienceTags(who, *parsed, QStringLiteral("audience")); !r)
                return r;
            if (who.role == Role::GridManager) {
                if (auto r = placeInGrid(who, *parsed, c); !r)
                    return r;
            }
        }
        if (c.serviceId) {
            auto service = serviceApplicantType(*c.serviceId);
            if (!service)
                return service.error();
            if (*service != QLatin1String("citizen"))
                return badField(QStringLiteral("service_id"),
                                service->isEmpty()
                                    ? QStringLiteral("no such service")
                                    : QStringLiteral("is a service for enterprises, not citizens"));
        }
        if (c.schedule.kind == QLatin1String("trigger")) {
            auto q =
                m_s.db.query(QStringLiteral("SELECT 1 FROM tags WHERE id = ? AND applies_to = 'citizen'"),
                             {c.schedule.triggerTag.value_or(QString())});
            if (!q)
                return q.error();
            if (!(*q)->next())
                return badField(QStringLiteral("schedule.trigger_tag"),
                                QStringLiteral("no such citizen tag"));
        }
        auto members = m_audience(c.areaCode, c.audience);
        if (!members)
            return members.error();
        c.audienceSize = members->size();
        return {};
    }

    // A grid manager's campaign is a notice to his grids: its audience must be confined to them
    // (confiningGrids()); it belongs to the (first) grid and to that grid's district.
    Result<void> placeInGrid(const Principal &who, const AudienceExpression &audience, Campaign &c)
    {
        const QStringList grids = confiningGrids(audience, who.gridIds);
        if (grids.isEmpty())
            return badField(QStringLiteral("audience"),
                            QStringLiteral("a grid manager's audience must be limited to his grids (a region "
                                           "node of one of them, or an \"and\" with one)"),
                            {{QStringLiteral("reason"), QStringLiteral("outside_grids")}});
        auto q =
            m_s.db.query(QStringLiteral("SELECT district_code FROM regions WHERE id = ?"), {grids.first()});
        if (!q)
            return q.error();
        if (!(*q)->next())
            return badField(QStringLiteral("audience"), QStringLiteral("no such grid"));
        c.gridId = grids.first();
        c.areaCode = (*q)->value(0).toString();
        c.departmentId.reset();
        return {};
    }

    // The applicant type of a service; "" when there is none.
    Result<QString> serviceApplicantType(const QString &serviceId)
    {
        if (!isPlausibleId(serviceId))
            return QString();
        auto q =
            m_s.db.query(QStringLiteral("SELECT applicant_type FROM services WHERE id = ?"), {serviceId});
        if (!q)
            return q.error();
        return (*q)->next() ? (*q)->value(0).toString() : QString();
    }

    // submit: the creator sends the draft on; its audience is counted again, and a large one — or any
    // grid manager's notice — waits for a supervisor.
    Result<void> submit(const Principal &who, Campaign &c, const QDateTime &now, QString *auditReason)
    {
        if (c.createdBy != who.staffId)
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("only the campaign's creator may submit it"));
        if (c.state != QLatin1String("draft"))
            return refusal(QStringLiteral("not_draft"), QStringLiteral("only a draft can be submitted"), c);
        if (auto valid = check(who, c, now); !valid)
            return valid;
        c.submittedAt = now;
        const qint64 threshold = m_s.options.campaignApprovalThreshold;
        if (c.audienceSize > threshold || c.gridId) {
            c.state = QStringLiteral("pending_approval");
        } else {
            c.state = QStringLiteral("approved");
            c.approvedBy = QStringLiteral("system");
            c.approvedAt = now;
        }
        *auditReason =
            c.gridId
                ? QStringLiteral("audience %1, a grid notice (always waits for approval)").arg(c.audienceSize)
                : QStringLiteral("audience %1, approval threshold %2").arg(c.audienceSize).arg(threshold);
        return {};
    }

    // approve (no reason) or reject (with one): a supervisor other than the creator decides a pending
    // campaign.
    Result<void> decide(const Principal &who, Campaign &c, const QDateTime &now, const QString &rejection)
    {
        if (who.role != Role::Supervisor)
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("only supervisors approve or reject campaigns"));
        if (c.createdBy == who.staffId)
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("a campaign cannot be approved or rejected by its creator"),
                             QJsonObject{{QStringLiteral("reason"), QStringLiteral("own_campaign")}});
        if (c.state != QLatin1String("pending_approval"))
            return refusal(QStringLiteral("not_pending"),
                           QStringLiteral("the campaign is not waiting for approval"), c);
        if (rejection.isEmpty()) {
            c.state = QStringLiteral("approved");
            c.approvedBy = who.staffId;
            c.approvedAt = now;
        } else {
            c.state = QStringLiteral("draft");
            c.rejectionReason = rejection;
        }
        return {};
    }

    // cancel: the creator, a supervisor of the campaign's area or an admin, before it is sent.
    Result<void> cancel(const Principal &who, Campaign &c, const QDateTime &now, const QString &reason)
    {
        if ((who.role == Role::Officer || who.role == Role::GridManager) && c.createdBy != who.staffId)
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("only the creator, supervisors and admins cancel campaigns"));
        if (c.state == QLatin1String("sent") || c.state == QLatin1String("cancelled"))
            return refusal(QStringLiteral("finished"), QStringLiteral("the campaign is finished"), c);
        c.state = QStringLiteral("cancelled");
        c.cancelReason = reason;
        c.finishedAt = now;
        return {};
    }

    // Writes the change and its audit entry in the route's transaction; a lost race on the version is a
    // conflict with the current copy.
    HttpResponse persist(RequestContext &ctx, const Campaign &before, const Campaign &after,
                         const QString &auditAction, const QString &auditReason)
    {
        if (auto saved = m_store.update(before, after); !saved) {
            auto current = m_store.load(ctx.who(), after.id);
            return HttpResponse::error(
                current ? refusal(QStringLiteral("stale"), saved.error().message, *current) : saved.error());
        }
        if (auto r = logChange(ctx, after.id, after.version); !r)
            return HttpResponse::error(r.error());
        if (auto a = m_s.audit.appendInTransaction(ctx.who(), auditAction, QStringLiteral("campaign"),
                                                   after.id, auditReason.left(500));
            !a)
            return HttpResponse::error(a.error());
        return respond(m_store.load(ctx.who(), after.id));
    }

    // Logs an upsert of the campaign just written (ChangeLog::record: the keys of its department and
    // district), so that the change feed brings it to the staff who see it.
    Result<void> logChange(RequestContext &ctx, const QString &id, qint64 version)
    {
        auto conn = m_s.db.connection();
        if (!conn)
            return conn.error();
        auto seq =
            ChangeLog::record(*conn, QStringLiteral("campaign"), id, QStringLiteral("upsert"), version);
        if (!seq)
            return seq.error();
        ctx.write->changed(*seq);
        return {};
    }

    ApiServices m_s;
    CampaignStore m_store;
    AudienceResolver m_audience;
};

} // namespace

void addCampaignRoutes(Router &router, ApiServices services)
{
    auto routes = std::make_shared<CampaignRoutes>(services);
    const auto add = [&router, &routes](const char *method, const char *pattern, const char *summary,
                                        QSet<Role> roles, bool idempotent, auto fn) {
        addOwnedRoute(router, routes, method, pattern, summary, std::move(roles), idempotent, fn);
    };
    const QSet<Role> staff{Role::Officer, Role::GridManager, Role::Supervisor, Role::Admin};
    add("POST", "/api/v1/campaigns", "Make a push campaign (a draft) under the client's id", staff, true,
        &CampaignRoutes::create);
    add("GET", "/api/v1/campaigns", "Push campaigns in scope, newest first", staff, false,
        &CampaignRoutes::list);
    add("GET", "/api/v1/campaigns/{id}", "One push campaign with its dispatch progress", staff, false,
        &CampaignRoutes::get);
    add("PATCH", "/api/v1/campaigns/{id}", "Change a draft campaign from a base version", staff, true,
        &CampaignRoutes::update);
    add("POST", "/api/v1/campaigns/{id}/actions", "Submit, approve, reject or cancel a campaign", staff, true,
        &CampaignRoutes::act);
    add("GET", "/api/v1/campaigns/{id}/results",
        "A campaign's funnel and effect against its hold-out, by district and age band", staff, false,
        &CampaignRoutes::results);
    add("GET", "/api/v1/portal/citizens/{id}/inbox", "The citizen portal reads a citizen's campaign messages",
        {Role::Portal}, false, &CampaignRoutes::inbox);
    add("POST", "/api/v1/portal/inbox/{id}/opened",
        "The citizen portal reports that a citizen opened a message", {Role::Portal}, true,
        &CampaignRoutes::opened);
}

} // namespace gd::server
