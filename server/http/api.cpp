#include "http/api.h"

#include "auth/authservice.h"
#include "db/auditlog.h"
#include "db/changefeed.h"
#include "db/database.h"
#include "db/entities.h"

#include "domain/citizen.h"
#include "domain/identity.h"

#include <QJsonArray>

#include <memory>

namespace gd::server {
namespace {

constexpr int kMaxPageSize = 500;
constexpr qint64 kMaxOffset = 100'000'000;
const QSet<Role> kOversight{Role::Supervisor, Role::Admin};

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

class Api {
public:
    explicit Api(ApiServices services)
        : m_s(services)
        , m_feed(services.db)
    {
        for (const EntitySpec &spec : entitySpecs())
            m_repos.emplace(spec.entity, std::make_unique<EntityRepository>(services.db, spec));
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

    // A sub-list of a citizen (bills, benefits, applications …): the citizen must be in scope.
    HttpResponse citizenChildren(const char *entity, const char *filter, const RequestContext &ctx)
    {
        const QString id = ctx.param(QStringLiteral("id"));
        if (!isPlausibleId(id))
            return HttpResponse::error(makeError(ErrorCode::NotFound, QStringLiteral("citizen not found")));
        if (auto visible = repo("citizen").requireVisible(ctx.who(), id); !visible)
            return HttpResponse::error(visible.error());
        return list(entity, ctx, {{QLatin1String(filter), id}});
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
        auto since = ctx.queryInteger(QStringLiteral("since"), 0, 0, std::numeric_limits<qint64>::max() / 2);
        if (!since)
            return HttpResponse::error(since.error());
        auto limit = ctx.queryInteger(QStringLiteral("limit"), 1000, 1, 5000);
        if (!limit)
            return HttpResponse::error(limit.error());
        return respond(m_feed.read(ctx.who(), *since, int(*limit)));
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
    ApiServices m_s;
    ChangeFeed m_feed;
    std::map<QString, std::unique_ptr<EntityRepository>> m_repos;
};

} // namespace

Router buildApiRouter(ApiServices services)
{
    auto api = std::make_shared<Api>(services);
    Router r;
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

    get("/api/v1/enterprises", "Enterprises in scope",
        [](Api &a, RequestContext &c) { return a.list("enterprise", c); });
    get("/api/v1/enterprises/{id}", "One enterprise",
        [](Api &a, RequestContext &c) { return a.get("enterprise", c); });
    post("/api/v1/enterprises/{id}/reveal", "Reveal an enterprise's phone with a reason (audited)",
         [](Api &a, RequestContext &c) { return a.reveal("enterprise", c); });

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
    get("/api/v1/bills", "Bills in scope", [](Api &a, RequestContext &c) { return a.list("bill", c); });
    get("/api/v1/benefits", "Subsidy and tax-refund applications in scope",
        [](Api &a, RequestContext &c) { return a.list("benefit", c); });
    get("/api/v1/messages", "Citizen messages in scope",
        [](Api &a, RequestContext &c) { return a.list("message", c); });
    get("/api/v1/messages/{id}", "One message",
        [](Api &a, RequestContext &c) { return a.get("message", c); });

    get("/api/v1/sync/changes", "Scoped change feed since a sequence number",
        [](Api &a, RequestContext &c) { return a.changes(c); });
    get(
        "/api/v1/audit", "Audit log entries", [](Api &a, RequestContext &c) { return a.auditList(c); },
        kOversight);
    get(
        "/api/v1/audit/verify", "Verify the audit hash chain",
        [](Api &a, RequestContext &) { return a.auditVerify(); }, kOversight);
    return r;
}

} // namespace gd::server
