#include "securityrules.h"

#include "domain/grid.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

namespace gd::security {
namespace {

using Kind = SecurityRule::Kind;

// Role sets, as DESIGN.md gives them (not read from the router).
constexpr Actors kOfficers = Actor::Officer | Actor::OtherOfficer;
constexpr Actors kSupervisors = Actor::CitySupervisor | Actor::DistrictSupervisor;
constexpr Actors kStaff = kOfficers | kSupervisors | Actor::Admin | Actor::GridManager;
constexpr Actors kSignedIn = kStaff | Actor::Portal;
constexpr Actors kOfficersAdmin = kOfficers | Actor::Admin;
constexpr Actors kDeskStaff = kOfficers | kSupervisors | Actor::Admin; // no grid managers
constexpr Actors kOversight = kSupervisors | Actor::Admin;
constexpr Actors kGridStaff = kSupervisors | Actor::GridManager;
constexpr Actors kGridWork = kGridStaff | Actor::Admin;
constexpr Actors kPortal = unsigned(Actor::Portal);
constexpr Actors kGridManager = unsigned(Actor::GridManager);

// Scopes: who sees the "in" object and who the "out" one.
constexpr Actors kEverything = Actor::Admin | Actor::CitySupervisor;
// Objects of grid work (visits, households, incidents, tasks, photos): the area only; officers none.
constexpr Actors kAreaIn = kEverything | Actor::DistrictSupervisor | Actor::GridManager;
// People, applications, messages, pushes, notes, campaigns: the area, and 卫健委's officer too.
constexpr Actors kPeopleIn = kAreaIn | Actor::Officer;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString pick(Scope scope, const Fixture &f, const char *in, const char *out)
{
    return f(QLatin1String(scope == Scope::Out ? out : in));
}

SecurityRequest get(const QString &path)
{
    return {QStringLiteral("GET"), path, std::nullopt};
}

SecurityRequest send(const char *method, const QString &path, const QJsonObject &body)
{
    return {QLatin1String(method), path, body};
}

// GET <prefix><id><suffix> of the in or out object.
RequestBuilder getObject(const char *prefix, const char *in, const char *out, const char *suffix = "")
{
    const QString head = QLatin1String(prefix);
    const QString tail = QLatin1String(suffix);
    const QString inKey = QLatin1String(in);
    const QString outKey = QLatin1String(out);
    return [=](const Fixture &f, Actor, Scope s) {
        return get(head + f(s == Scope::Out ? outKey : inKey) + tail);
    };
}

RequestBuilder getPath(const char *path)
{
    const QString p = QLatin1String(path);
    return [=](const Fixture &, Actor, Scope) {
        return get(p);
    };
}

// A stale base version: the write passed the role and scope checks when it is refused as stale (409).
constexpr qint64 kStale = 999999;

RequestBuilder staleWrite(const char *method, const char *prefix, const char *in, const char *out,
                          const char *suffix, QJsonObject body)
{
    body.insert(QStringLiteral("base_version"), kStale);
    const QString verb = QLatin1String(method);
    const QString head = QLatin1String(prefix);
    const QString tail = QLatin1String(suffix);
    const QString inKey = QLatin1String(in);
    const QString outKey = QLatin1String(out);
    return [=](const Fixture &f, Actor, Scope s) {
        return SecurityRequest{verb, head + f(s == Scope::Out ? outKey : inKey) + tail, body};
    };
}

QJsonObject visitBody(const QString &grid)
{
    return {{QStringLiteral("id"), newId()},
            {QStringLiteral("grid_id"), grid},
            {QStringLiteral("kind"), QStringLiteral("routine")},
            {QStringLiteral("visited_at"), QStringLiteral("2026-11-20T03:00:00.000Z")},
            {QStringLiteral("summary"), QStringLiteral("入户走访（安全矩阵）")}};
}

QJsonObject incidentBody(const QString &grid)
{
    return {{QStringLiteral("id"), newId()},
            {QStringLiteral("grid_id"), grid},
            {QStringLiteral("category"), QStringLiteral("fire_hazard")},
            {QStringLiteral("location"), QStringLiteral("3号楼楼道")},
            {QStringLiteral("description"), QStringLiteral("楼道堆放杂物（安全矩阵）")},
            {QStringLiteral("urgency"), QStringLiteral("low")},
            {QStringLiteral("reported_at"), QStringLiteral("2026-11-20T02:00:00.000Z")}};
}

// POST /tasks: the id is named after the batch and the grid.
QJsonObject taskBody(const QString &grid)
{
    const QString batch = newId();
    return {{QStringLiteral("id"), gd::taskIdFor(batch, grid)},
            {QStringLiteral("batch_id"), batch},
            {QStringLiteral("grid_id"), grid},
            {QStringLiteral("title"), QStringLiteral("消防通道隐患排查（安全矩阵）")},
            {QStringLiteral("description"), QStringLiteral("排查楼道杂物。")},
            {QStringLiteral("due_on"), QStringLiteral("2026-12-10")}};
}

// A small photo: bytes that sniff as a PNG, with their size and digest.
QJsonObject photoBody()
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    bytes.append(QByteArray(120, 'm'));
    return {{QStringLiteral("id"), newId()},
            {QStringLiteral("file_name"), QStringLiteral("matrix.png")},
            {QStringLiteral("content_type"), QStringLiteral("image/png")},
            {QStringLiteral("size"), qint64(bytes.size())},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("data"), QString::fromLatin1(bytes.toBase64())}};
}

QString campaignIn(const Fixture &f, Actor a)
{
    switch (a) {
    case Actor::DistrictSupervisor:
        return f(QStringLiteral("campaignHuli"));
    case Actor::GridManager:
        return f(QStringLiteral("campaignGrid"));
    default:
        return f(QStringLiteral("campaignWjw"));
    }
}

QString campaignOf(const Fixture &f, Actor a, Scope s)
{
    return s == Scope::Out ? f(QStringLiteral("campaignOut")) : campaignIn(f, a);
}

SecurityRule rule(const char *route, Kind kind, Actors allowed, Actors seesIn, Actors seesOut, int ok,
                  const char *outKey, RequestBuilder request, int outOfScope = 404)
{
    SecurityRule r;
    r.route = QLatin1String(route);
    r.kind = kind;
    r.allowed = allowed;
    r.seesIn = seesIn;
    r.seesOut = seesOut;
    r.ok = ok;
    r.outOfScope = outOfScope;
    r.outKey = QLatin1String(outKey);
    r.request = std::move(request);
    return r;
}

SecurityRule unscoped(const char *route, Actors allowed, int ok, RequestBuilder request)
{
    return rule(route, Kind::Unscoped, allowed, allowed, allowed, ok, "", std::move(request));
}

SecurityRule publicRoute(const char *route, int ok, RequestBuilder request)
{
    SecurityRule r = unscoped(route, kSignedIn | Actor::Anonymous, ok, std::move(request));
    r.isPublic = true;
    return r;
}

// A list filtered to the caller's scope: `outKey` is listed exactly for `seesOut`.
SecurityRule list(const char *route, Actors allowed, Actors seesOut, const char *outKey, const char *path)
{
    return rule(route, Kind::List, allowed, allowed, seesOut, 200, outKey, getPath(path));
}

QList<SecurityRule> makeRules()
{
    QList<SecurityRule> r;
    // ---- Public and session routes.
    r << publicRoute("GET /api/v1/health", 200, getPath("/api/v1/health"));
    r << publicRoute("POST /api/v1/auth/login", 200, [](const Fixture &, Actor, Scope) {
        return send("POST", QStringLiteral("/api/v1/auth/login"),
                    {{QStringLiteral("username"), QStringLiteral("officer_jyj")},
                     {QStringLiteral("password"), QStringLiteral("GovDesk!2026")}});
    });
    // A public route: the bearer token is not consulted; the refresh token is one of a sign-in of its own
    // (kFreshRefreshToken, put in by the test).
    r << publicRoute("POST /api/v1/auth/refresh", 200, [](const Fixture &, Actor, Scope) {
        return send("POST", QStringLiteral("/api/v1/auth/refresh"),
                    {{QStringLiteral("refresh_token"), kFreshRefreshToken}});
    });
    {
        SecurityRule logout =
            unscoped("POST /api/v1/auth/logout", kSignedIn, 204, [](const Fixture &, Actor, Scope) {
                SecurityRequest req = send("POST", QStringLiteral("/api/v1/auth/logout"), {});
                req.freshSession = true;
                return req;
            });
        r << logout;
    }
    r << unscoped("GET /api/v1/auth/me", kSignedIn, 200, getPath("/api/v1/auth/me"));

    // ---- Citizens and enterprises: the applicant scope.
    r << list("GET /api/v1/citizens", kStaff, kEverything, "citizenOut", "/api/v1/citizens");
    r << rule("GET /api/v1/citizens/{id}", Kind::Object, kStaff, kPeopleIn, kEverything, 200, "citizenOut",
              getObject("/api/v1/citizens/", "citizenIn", "citizenOut"));
    r << rule("POST /api/v1/citizens/{id}/reveal", Kind::Object, kStaff, kPeopleIn, kEverything, 200,
              "citizenOut", [](const Fixture &f, Actor, Scope s) {
                  return send(
                      "POST",
                      QStringLiteral("/api/v1/citizens/%1/reveal").arg(pick(s, f, "citizenIn", "citizenOut")),
                      {{QStringLiteral("fields"), QJsonArray{QStringLiteral("phone")}},
                       {QStringLiteral("reason"), QStringLiteral("安全矩阵核实")}});
              });
    static const char *const kChildren[][2] = {
        {"GET /api/v1/citizens/{id}/bills", "/bills"},
        {"GET /api/v1/citizens/{id}/benefits", "/benefits"},
        {"GET /api/v1/citizens/{id}/applications", "/applications"},
        {"GET /api/v1/citizens/{id}/messages", "/messages"},
        {"GET /api/v1/citizens/{id}/pushes", "/pushes"},
        {"GET /api/v1/citizens/{id}/recommendations", "/recommendations"}};
    for (const auto &child : kChildren)
        r << rule(child[0], Kind::Object, kStaff, kPeopleIn, kEverything, 200, "citizenOut",
                  getObject("/api/v1/citizens/", "citizenIn", "citizenOut", child[1]));
    r << list("GET /api/v1/enterprises", kStaff, kEverything, "enterpriseOut", "/api/v1/enterprises");
    r << rule("GET /api/v1/enterprises/{id}", Kind::Object, kStaff, kPeopleIn, kEverything, 200,
              "enterpriseOut", getObject("/api/v1/enterprises/", "enterpriseIn", "enterpriseOut"));
    r << rule("POST /api/v1/enterprises/{id}/reveal", Kind::Object, kStaff, kPeopleIn, kEverything, 200,
              "enterpriseOut", [](const Fixture &f, Actor, Scope s) {
                  return send("POST",
                              QStringLiteral("/api/v1/enterprises/%1/reveal")
                                  .arg(pick(s, f, "enterpriseIn", "enterpriseOut")),
                              {{QStringLiteral("fields"), QJsonArray{QStringLiteral("phone")}},
                               {QStringLiteral("reason"), QStringLiteral("安全矩阵核实")}});
              });
    r << rule("GET /api/v1/enterprises/{id}/bills", Kind::Object, kStaff, kPeopleIn, kEverything, 200,
              "enterpriseOut", getObject("/api/v1/enterprises/", "enterpriseIn", "enterpriseOut", "/bills"));
    r << rule("GET /api/v1/enterprises/{id}/benefits", Kind::Object, kStaff, kPeopleIn, kEverything, 200,
              "enterpriseOut",
              getObject("/api/v1/enterprises/", "enterpriseIn", "enterpriseOut", "/benefits"));
    r << rule("GET /api/v1/enterprises/{id}/applications", Kind::Object, kStaff, kPeopleIn, kEverything, 200,
              "enterpriseOut",
              getObject("/api/v1/enterprises/", "enterpriseIn", "enterpriseOut", "/applications"));

    // ---- Catalogues: every staff member, no scope.
    r << unscoped("GET /api/v1/services", kStaff, 200, getPath("/api/v1/services"));
    r << unscoped("GET /api/v1/services/{id}", kStaff, 200, [](const Fixture &f, Actor, Scope) {
        return get(QStringLiteral("/api/v1/services/") + f(QStringLiteral("serviceWjw")));
    });
    r << unscoped("GET /api/v1/departments", kStaff, 200, getPath("/api/v1/departments"));
    r << unscoped("GET /api/v1/tags", kStaff, 200, getPath("/api/v1/tags"));
    r << unscoped("GET /api/v1/regions", kStaff, 200, getPath("/api/v1/regions"));
    r << unscoped("GET /api/v1/grids", kStaff, 200, getPath("/api/v1/grids"));

    // ---- Applications.
    r << list("GET /api/v1/applications", kStaff, kEverything, "appOut", "/api/v1/applications");
    r << rule("GET /api/v1/applications/{id}", Kind::Object, kStaff, kPeopleIn, kEverything, 200, "appOut",
              getObject("/api/v1/applications/", "appIn", "appOut"));
    r << rule("PATCH /api/v1/applications/{id}", Kind::Object, kOfficersAdmin, kPeopleIn, kEverything, 409,
              "appOut",
              staleWrite("PATCH", "/api/v1/applications/", "appIn", "appOut", "",
                         {{QStringLiteral("remark"), QStringLiteral("安全矩阵")}}));
    // At the counter an officer serves whoever comes: starting an application is not limited to the
    // department's applicants (it is what makes one), only to services with a step of the department
    // (each officer starts one of their own department's).
    r << unscoped("POST /api/v1/applications", kOfficersAdmin, 201, [](const Fixture &f, Actor a, Scope) {
        return send(
            "POST", QStringLiteral("/api/v1/applications"),
            {{QStringLiteral("id"), newId()},
             {QStringLiteral("service_id"),
              f(a == Actor::OtherOfficer ? QStringLiteral("serviceGaj") : QStringLiteral("serviceWjw"))},
             {QStringLiteral("applicant_type"), QStringLiteral("citizen")},
             {QStringLiteral("applicant_id"), f(QStringLiteral("citizenCounter"))}});
    });
    r << rule("POST /api/v1/applications/{id}/actions", Kind::Object, kDeskStaff, kPeopleIn, kEverything, 400,
              "appOut", [](const Fixture &f, Actor, Scope s) {
                  // A step the application does not have: refused (400) only after the application was found
                  // in the caller's scope, and nothing changes.
                  return send(
                      "POST",
                      QStringLiteral("/api/v1/applications/%1/actions").arg(pick(s, f, "appIn", "appOut")),
                      {{QStringLiteral("action"), QStringLiteral("approve")},
                       {QStringLiteral("step_seq"), 99},
                       {QStringLiteral("base_version"), 1}});
              });
    // Enrolment applications (湖里's of grid A "in", 思明's "out") have a step of 公安 (residence check) and
    // none of 卫健委: the other officer sees both, the officer neither.
    r << rule("GET /api/v1/applications/{id}/allocation", Kind::Object, kStaff, kAreaIn | Actor::OtherOfficer,
              kEverything | Actor::OtherOfficer, 200, "allocOut",
              getObject("/api/v1/applications/", "allocIn", "allocOut", "/allocation"));
    r << list("GET /api/v1/bills", kStaff, kEverything, "billOut", "/api/v1/bills");
    r << list("GET /api/v1/benefits", kStaff, kEverything, "benefitOut", "/api/v1/benefits");
    r << list("GET /api/v1/messages", kStaff, kEverything, "messageOut", "/api/v1/messages");
    r << rule("GET /api/v1/messages/{id}", Kind::Object, kStaff, kPeopleIn, kEverything, 200, "messageOut",
              getObject("/api/v1/messages/", "messageIn", "messageOut"));

    // ---- Grid work: the area only.
    r << list("GET /api/v1/visits", kStaff, kEverything, "visitOut", "/api/v1/visits");
    r << rule("GET /api/v1/visits/{id}", Kind::Object, kStaff, kAreaIn, kEverything, 200, "visitOut",
              getObject("/api/v1/visits/", "visitIn", "visitOut"));
    r << rule("POST /api/v1/visits", Kind::Object, kGridManager, kGridManager, 0, 201, "",
              [](const Fixture &f, Actor, Scope s) {
                  return send("POST", QStringLiteral("/api/v1/visits"),
                              visitBody(pick(s, f, "gridA", "gridB")));
              });
    r << rule("PATCH /api/v1/visits/{id}", Kind::Object, kGridStaff, kAreaIn, kEverything, 409, "visitOut",
              staleWrite("PATCH", "/api/v1/visits/", "visitIn", "visitOut", "",
                         {{QStringLiteral("summary"), QStringLiteral("安全矩阵")}}));
    r << list("GET /api/v1/households", kStaff, kEverything, "householdOut", "/api/v1/households");
    r << rule("GET /api/v1/households/{id}", Kind::Object, kStaff, kAreaIn, kEverything, 200, "householdOut",
              getObject("/api/v1/households/", "householdIn", "householdOut"));
    r << list("GET /api/v1/incidents", kStaff, kEverything, "incidentOut", "/api/v1/incidents");
    r << rule("GET /api/v1/incidents/{id}", Kind::Object, kStaff, kAreaIn, kEverything, 200, "incidentOut",
              getObject("/api/v1/incidents/", "incidentIn", "incidentOut"));
    r << rule("POST /api/v1/incidents", Kind::Object, kGridManager, kGridManager, 0, 201, "",
              [](const Fixture &f, Actor, Scope s) {
                  return send("POST", QStringLiteral("/api/v1/incidents"),
                              incidentBody(pick(s, f, "gridA", "gridB")));
              });
    r << rule("PATCH /api/v1/incidents/{id}", Kind::Object, kGridManager, kAreaIn, kEverything, 409,
              "incidentOut",
              staleWrite("PATCH", "/api/v1/incidents/", "incidentIn", "incidentOut", "",
                         {{QStringLiteral("description"), QStringLiteral("安全矩阵")}}));
    r << rule("POST /api/v1/incidents/{id}/actions", Kind::Object, kSupervisors, kAreaIn, kEverything, 409,
              "incidentOut",
              staleWrite("POST", "/api/v1/incidents/", "incidentIn", "incidentOut", "/actions",
                         {{QStringLiteral("action"), QStringLiteral("accept")}}));
    r << rule("POST /api/v1/incidents/{id}/attachments", Kind::Object, kGridStaff, kAreaIn, kEverything, 201,
              "incidentOut", [](const Fixture &f, Actor, Scope s) {
                  return send("POST",
                              QStringLiteral("/api/v1/incidents/%1/attachments")
                                  .arg(pick(s, f, "incidentIn", "incidentOut")),
                              photoBody());
              });
    r << rule("GET /api/v1/attachments/{id}", Kind::Object, kStaff, kAreaIn, kEverything, 200,
              "attachmentOut", getObject("/api/v1/attachments/", "attachmentIn", "attachmentOut"));
    r << list("GET /api/v1/tasks", kStaff, kEverything, "taskOut", "/api/v1/tasks");
    r << rule("GET /api/v1/tasks/{id}", Kind::Object, kStaff, kAreaIn, kEverything, 200, "taskOut",
              getObject("/api/v1/tasks/", "taskIn", "taskOut"));
    r << rule("POST /api/v1/tasks", Kind::Object, kOversight, kOversight, kEverything, 201, "",
              [](const Fixture &f, Actor, Scope s) {
                  return send("POST", QStringLiteral("/api/v1/tasks"),
                              taskBody(pick(s, f, "gridA", "gridB")));
              });
    r << rule("PATCH /api/v1/tasks/{id}", Kind::Object, kOversight, kAreaIn, kEverything, 409, "taskOut",
              staleWrite("PATCH", "/api/v1/tasks/", "taskIn", "taskOut", "",
                         {{QStringLiteral("title"), QStringLiteral("安全矩阵")}}));
    r << rule("POST /api/v1/tasks/{id}/actions", Kind::Object, kGridWork, kAreaIn, kEverything, 409,
              "taskOut", [](const Fixture &f, Actor a, Scope s) {
                  // Grid managers acknowledge, the others cancel (each is refused to the other).
                  QJsonObject body{{QStringLiteral("base_version"), kStale}};
                  if (a == Actor::GridManager) {
                      body.insert(QStringLiteral("action"), QStringLiteral("acknowledge"));
                  } else {
                      body.insert(QStringLiteral("action"), QStringLiteral("cancel"));
                      body.insert(QStringLiteral("reason"), QStringLiteral("安全矩阵"));
                  }
                  return send("POST",
                              QStringLiteral("/api/v1/tasks/%1/actions").arg(pick(s, f, "taskIn", "taskOut")),
                              body);
              });
    r << rule("GET /api/v1/grids/{id}/special-groups", Kind::Object, kGridStaff, kAreaIn, kEverything, 200,
              "gridB", getObject("/api/v1/grids/", "gridA", "gridB", "/special-groups"));

    // ---- Pushes and notes: the area, and for officers their own and their applicants'.
    r << list("GET /api/v1/pushes", kStaff, kEverything, "pushOut", "/api/v1/pushes");
    r << rule("GET /api/v1/pushes/{id}", Kind::Object, kStaff, kPeopleIn, kEverything, 200, "pushOut",
              getObject("/api/v1/pushes/", "pushIn", "pushOut"));
    r << rule("POST /api/v1/pushes", Kind::Object, kDeskStaff, kPeopleIn, kEverything, 201, "",
              [](const Fixture &f, Actor, Scope s) {
                  return send("POST", QStringLiteral("/api/v1/pushes"),
                              {{QStringLiteral("id"), newId()},
                               {QStringLiteral("citizen_id"), pick(s, f, "citizenIn", "citizenOut")},
                               {QStringLiteral("service_id"), f(QStringLiteral("serviceWjw"))},
                               {QStringLiteral("channel"), QStringLiteral("sms")},
                               {QStringLiteral("message"), QStringLiteral("安全矩阵")}});
              });
    r << list("GET /api/v1/notes", kStaff, kEverything, "noteOut", "/api/v1/notes");
    r << rule("GET /api/v1/notes/{id}", Kind::Object, kStaff, kPeopleIn, kEverything, 200, "noteOut",
              getObject("/api/v1/notes/", "noteIn", "noteOut"));
    r << rule("POST /api/v1/notes", Kind::Object, kStaff, kPeopleIn, kEverything, 201, "",
              [](const Fixture &f, Actor, Scope s) {
                  return send("POST", QStringLiteral("/api/v1/notes"),
                              {{QStringLiteral("id"), newId()},
                               {QStringLiteral("subject_type"), QStringLiteral("citizen")},
                               {QStringLiteral("subject_id"), pick(s, f, "citizenIn", "citizenOut")},
                               {QStringLiteral("text"), QStringLiteral("安全矩阵")}});
              });

    // ---- Sync and audit.
    // The change feed: no change of the out-of-scope citizen (a change of another kind may name them, e.g. a
    // message to 公安 that the other officer sees).
    {
        SecurityRule feed = list("GET /api/v1/sync/changes", kStaff, kEverything, "citizenOut",
                                 "/api/v1/sync/changes?limit=5000");
        feed.outPattern = QStringLiteral(R"("entity":"citizen","id":"%1")");
        r << feed;
    }
    // An event stream stays open: a bad `since` is refused (400) only once the caller passed the checks.
    r << unscoped("GET /api/v1/sync/events", kStaff, 400, getPath("/api/v1/sync/events?since=-1"));
    r << unscoped("GET /api/v1/audit", kOversight, 200, getPath("/api/v1/audit"));
    r << unscoped("GET /api/v1/audit/verify", kOversight, 200, getPath("/api/v1/audit/verify"));

    // ---- Workflow extras and the portal.
    r << rule("POST /api/v1/portal/applications/{id}/rating", Kind::Object, kPortal, kPortal, 0, 409, "",
              [](const Fixture &f, Actor, Scope s) {
                  // Out: a citizen who is not the applicant.
                  return send(
                      "POST",
                      QStringLiteral("/api/v1/portal/applications/%1/rating").arg(f(QStringLiteral("appIn"))),
                      {{QStringLiteral("citizen_id"), pick(s, f, "citizenIn", "citizenOut")},
                       {QStringLiteral("rating"), 5}});
              });
    // In: the application is not waiting for a supplement (400, after the applicant check); out: 404.
    r << rule(
        "POST /api/v1/portal/applications/{id}/supplement", Kind::Object, kPortal, kPortal, 0, 400, "",
        [](const Fixture &f, Actor, Scope s) {
            return send(
                "POST",
                QStringLiteral("/api/v1/portal/applications/%1/supplement").arg(f(QStringLiteral("appIn"))),
                {{QStringLiteral("citizen_id"), pick(s, f, "citizenIn", "citizenOut")},
                 {QStringLiteral("materials"), QJsonArray{QStringLiteral("补充材料")}}});
        });
    // Rounds are the education bureau's: officers of other departments are refused by the handler (403);
    // a district supervisor lists their district's rounds only.
    r << list("GET /api/v1/enrolment-rounds", kOversight, kEverything, "roundOut",
              "/api/v1/enrolment-rounds");
    r << rule(
        "POST /api/v1/enrolment-rounds/{id}/close", Kind::Object, kOversight,
        kEverything | Actor::DistrictSupervisor, kEverything, 200, "", [](const Fixture &f, Actor, Scope s) {
            return send(
                "POST",
                QStringLiteral("/api/v1/enrolment-rounds/%1/close").arg(pick(s, f, "roundIn", "roundOut")),
                {});
        });
    // Only with --test-clock; the matrix server runs without it, so an admin gets past the role check to
    // the handler's refusal.
    r << unscoped("POST /api/v1/test/clock", unsigned(Actor::Admin), 404, [](const Fixture &, Actor, Scope) {
        return send("POST", QStringLiteral("/api/v1/test/clock"),
                    {{QStringLiteral("now"), QStringLiteral("2026-11-20T03:00:00.000Z")}});
    });

    // ---- Analytics, audiences, recommendations.
    r << unscoped("GET /api/v1/analytics/usage", kDeskStaff, 200, getPath("/api/v1/analytics/usage"));
    r << unscoped("GET /api/v1/analytics/opinion", kDeskStaff, 200, getPath("/api/v1/analytics/opinion"));
    r << unscoped("POST /api/v1/portal/sign-ins", kPortal, 201, [](const Fixture &f, Actor, Scope) {
        return send("POST", QStringLiteral("/api/v1/portal/sign-ins"),
                    {{QStringLiteral("citizen_id"), f(QStringLiteral("citizenIn"))},
                     {QStringLiteral("channel"), QStringLiteral("mobile")}});
    });
    r << rule("POST /api/v1/recommendations/batch", Kind::List, kDeskStaff, kDeskStaff, kEverything, 200,
              "citizenOut", [](const Fixture &f, Actor, Scope) {
                  return send("POST", QStringLiteral("/api/v1/recommendations/batch"),
                              {{QStringLiteral("citizen_ids"),
                                QJsonArray{f(QStringLiteral("citizenIn")), f(QStringLiteral("citizenOut"))}},
                               {QStringLiteral("limit"), 3}});
              });
    r << unscoped("POST /api/v1/audiences/count", kDeskStaff, 200, [](const Fixture &, Actor, Scope) {
        return send("POST", QStringLiteral("/api/v1/audiences/count"),
                    {{QStringLiteral("expression"),
                      QJsonObject{{QStringLiteral("region"), QStringLiteral("350206")}}},
                     {QStringLiteral("sample"), 5}});
    });

    // ---- Campaigns: an officer's department, a supervisor's area, a grid manager's grids.
    r << unscoped("POST /api/v1/campaigns", kStaff, 201, [](const Fixture &f, Actor, Scope) {
        return send(
            "POST", QStringLiteral("/api/v1/campaigns"),
            {{QStringLiteral("id"), newId()},
             {QStringLiteral("title"), QStringLiteral("安全矩阵")},
             {QStringLiteral("content"), QStringLiteral("安全矩阵测试消息。")},
             {QStringLiteral("service_id"), f(QStringLiteral("serviceWjw"))},
             {QStringLiteral("audience"),
              QJsonObject{{QStringLiteral("region"), f(QStringLiteral("gridA"))}}},
             {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("now")}}},
             {QStringLiteral("channel"), QStringLiteral("app")}});
    });
    r << list("GET /api/v1/campaigns", kStaff, kEverything, "campaignOut", "/api/v1/campaigns");
    r << rule("GET /api/v1/campaigns/{id}", Kind::Object, kStaff, kPeopleIn, kEverything, 200, "campaignOut",
              [](const Fixture &f, Actor a, Scope s) {
                  return get(QStringLiteral("/api/v1/campaigns/") + campaignOf(f, a, s));
              });
    // Only its creator changes a draft: the admin and the city supervisor see every campaign but are
    // refused (403) on both; the others find only their own (404 outside).
    {
        SecurityRule patch =
            rule("PATCH /api/v1/campaigns/{id}", Kind::Object, kStaff, kPeopleIn, kEverything, 409,
                 "campaignOut", [](const Fixture &f, Actor a, Scope s) {
                     return send("PATCH", QStringLiteral("/api/v1/campaigns/") + campaignOf(f, a, s),
                                 {{QStringLiteral("base_version"), kStale},
                                  {QStringLiteral("title"), QStringLiteral("安全矩阵")}});
                 });
        patch.refusedInScope = kEverything;
        r << patch;
    }
    r << rule("POST /api/v1/campaigns/{id}/actions", Kind::Object, kStaff, kPeopleIn, kEverything, 409,
              "campaignOut", [](const Fixture &f, Actor a, Scope s) {
                  return send("POST", QStringLiteral("/api/v1/campaigns/%1/actions").arg(campaignOf(f, a, s)),
                              {{QStringLiteral("base_version"), kStale},
                               {QStringLiteral("action"), QStringLiteral("submit")}});
              });
    r << rule("GET /api/v1/campaigns/{id}/results", Kind::Object, kStaff, kPeopleIn, kEverything, 200,
              "campaignOut", [](const Fixture &f, Actor a, Scope s) {
                  return get(QStringLiteral("/api/v1/campaigns/%1/results").arg(campaignOf(f, a, s)));
              });
    r << unscoped("GET /api/v1/portal/citizens/{id}/inbox", kPortal, 200, [](const Fixture &f, Actor, Scope) {
        return get(QStringLiteral("/api/v1/portal/citizens/%1/inbox").arg(f(QStringLiteral("inboxCitizen"))));
    });
    // Out: a citizen the message was not sent to.
    r << rule("POST /api/v1/portal/inbox/{id}/opened", Kind::Object, kPortal, kPortal, 0, 200, "",
              [](const Fixture &f, Actor, Scope s) {
                  return send(
                      "POST",
                      QStringLiteral("/api/v1/portal/inbox/%1/opened").arg(f(QStringLiteral("inboxMessage"))),
                      {{QStringLiteral("citizen_id"), pick(s, f, "inboxCitizen", "citizenOut")}});
              });
    return r;
}

} // namespace

const QList<Actor> &allActors()
{
    static const QList<Actor> actors{Actor::Anonymous,
                                     Actor::Portal,
                                     Actor::Admin,
                                     Actor::Officer,
                                     Actor::OtherOfficer,
                                     Actor::CitySupervisor,
                                     Actor::DistrictSupervisor,
                                     Actor::GridManager};
    return actors;
}

QString actorName(Actor actor)
{
    switch (actor) {
    case Actor::Anonymous:
        return QStringLiteral("anonymous");
    case Actor::Portal:
        return QStringLiteral("portal");
    case Actor::Admin:
        return QStringLiteral("admin");
    case Actor::Officer:
        return QStringLiteral("officer_wjw");
    case Actor::OtherOfficer:
        return QStringLiteral("officer_gaj");
    case Actor::CitySupervisor:
        return QStringLiteral("supervisor_city");
    case Actor::DistrictSupervisor:
        return QStringLiteral("supervisor_huli");
    case Actor::GridManager:
        return QStringLiteral("grid_huli");
    }
    return {};
}

QString scopeName(Scope scope)
{
    switch (scope) {
    case Scope::All:
        return QStringLiteral("all");
    case Scope::In:
        return QStringLiteral("in");
    case Scope::Out:
        return QStringLiteral("out");
    }
    return {};
}

const QList<SecurityRule> &securityRules()
{
    static const QList<SecurityRule> rules = makeRules();
    return rules;
}

QList<Scope> scopesOf(const SecurityRule &rule)
{
    if (rule.kind == SecurityRule::Kind::Unscoped)
        return {Scope::All};
    return {Scope::In, Scope::Out};
}

int expectedStatus(const SecurityRule &rule, Actor actor, Scope scope)
{
    if (rule.isPublic)
        return rule.ok;
    if (actor == Actor::Anonymous)
        return 401;
    if (!contains(rule.allowed, actor))
        return 403;
    if (rule.kind != SecurityRule::Kind::Object || scope == Scope::All)
        return rule.ok;
    const Actors sees = scope == Scope::In ? rule.seesIn : rule.seesOut;
    if (!contains(sees, actor))
        return rule.outOfScope;
    return contains(rule.refusedInScope, actor) ? 403 : rule.ok;
}

} // namespace gd::security
