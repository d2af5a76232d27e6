#pragma once
// The server-side security matrix (issue 9): for every "METHOD pattern" of govdesk-server, who may call it
// and what each caller must get for an object inside and outside their scope. Written by hand, from the
// design (DESIGN.md "Security and privacy") and not from Route::roles, so that the matrix test
// (tests/integration/tst_securitymatrix.cpp) really checks the server; govdesk_route_coverage compares the
// rules with the router's table at build time, so a new endpoint without a rule fails the build.
//
// The callers (Actor) are fixed demo accounts: the officer is 卫健委 (wjw), the other officer 公安 (gaj),
// the district supervisor 湖里 (350206), the grid manager grid A of 湖里. "In" objects are in 湖里, in
// grid A and (for people and applications) applicants of 卫健委 but not of 公安; "out" objects are in
// 思明 (350203), grid B, and no applicants of either department.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace gd::security {

enum class Actor : unsigned {
    Anonymous = 1u << 0,          // no token
    Portal = 1u << 1,             // portal
    Admin = 1u << 2,              // admin
    Officer = 1u << 3,            // officer_wjw
    OtherOfficer = 1u << 4,       // officer_gaj
    CitySupervisor = 1u << 5,     // supervisor_city
    DistrictSupervisor = 1u << 6, // supervisor_huli
    GridManager = 1u << 7,        // grid_huli
};
using Actors = unsigned;
constexpr Actors operator|(Actor a, Actor b)
{
    return unsigned(a) | unsigned(b);
}
constexpr Actors operator|(Actors a, Actor b)
{
    return a | unsigned(b);
}
inline bool contains(Actors set, Actor a)
{
    return (set & unsigned(a)) != 0;
}

// Every actor in matrix order.
const QList<Actor> &allActors();
// The demo username ("anonymous" for no token).
QString actorName(Actor actor);

enum class Scope { All, In, Out };
QString scopeName(Scope scope); // "all", "in", "out"

// Ids the matrix test made or found (citizenIn, citizenOut, gridA, ...). A missing key gives a path that
// names it, so the row fails visibly.
class Fixture {
public:
    void set(const QString &key, const QString &value) { m_ids.insert(key, value); }
    QString operator()(const QString &key) const
    {
        return m_ids.value(key, QStringLiteral("missing-fixture-") + key);
    }
    bool has(const QString &key) const { return m_ids.contains(key); }

private:
    QHash<QString, QString> m_ids;
};

struct SecurityRequest {
    QString method;
    QString path; // with the query
    std::optional<QJsonObject> body;
    bool freshSession = false; // use a sign-in of its own (POST /auth/logout ends it)
};

// A body value the matrix test replaces with the refresh token of a new sign-in (POST /auth/refresh).
inline const QString kFreshRefreshToken = QStringLiteral("$fresh-refresh-token");

using RequestBuilder = std::function<SecurityRequest(const Fixture &, Actor, Scope)>;

struct SecurityRule {
    enum class Kind {
        Unscoped, // no object of a scope: one row per actor ("all")
        Object,   // an object in the path or the body: "in" and "out" rows
        List,     // a list: "in" = the first page, "out" = every page; out-of-scope objects filtered
    };
    QString route; // "GET /api/v1/citizens/{id}"
    Kind kind = Kind::Unscoped;
    bool isPublic = false;
    Actors allowed = 0;   // actors whose role passes (anonymous never, unless public)
    Actors seesIn = 0;    // allowed actors for which the "in" object is in scope
    Actors seesOut = 0;   // allowed actors for which the "out" object is in scope (lists: listed)
    int ok = 200;         // an allowed caller, in scope: the exact status that proves the checks passed
    int outOfScope = 404; // an allowed caller, object out of scope
    // Allowed by role, but refused by the handler (403) for what they ask once the object is in scope (e.g.
    // only a campaign's creator may change it).
    Actors refusedInScope = 0;
    QString outKey; // Object/List: the fixture key of the out-of-scope object (never in a 2xx body)
    // How the out-of-scope object shows in an answer: %1 is its id ("%1" by default; the change feed
    // names the entity, since a change of another kind may rightly mention the id).
    QString outPattern = QStringLiteral("%1");
    RequestBuilder request;
};

// The rules, one per route of buildApiRouter().
const QList<SecurityRule> &securityRules();

// The status the rule promises for `actor` and `scope`.
int expectedStatus(const SecurityRule &rule, Actor actor, Scope scope);
// The rows of a rule: All for Unscoped, In and Out otherwise.
QList<Scope> scopesOf(const SecurityRule &rule);

} // namespace gd::security
