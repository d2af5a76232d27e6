// govdesk_route_coverage: the build-time half of the security matrix. Builds govdesk-server's route table
// in process (buildApiRouter against an empty SQLite database, as tst_openapi does) and compares it with
// the hand-written rules of tests/security/securityrules.cpp: a route without a rule, a rule without a
// route, or a rule that disagrees with the route about being public fails the build (exit 1) and names it.

#include "securityrules.h"

#include "auth/authservice.h"
#include "db/auditlog.h"
#include "db/changenotifier.h"
#include "db/database.h"
#include "http/api.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>

using namespace gd::server;
using namespace gd::security;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false")); // (migration notes)
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "route coverage: no temporary directory\n");
        return 2;
    }
    Database db(DatabaseConfig::sqliteInDirectory(dir.path()));
    if (auto migrated = db.migrate(); !migrated.ok()) {
        std::fprintf(stderr, "route coverage: %s\n", qPrintable(migrated.error().message));
        return 2;
    }
    AuditLog audit(db);
    AuthService auth(db, audit);
    ChangeNotifier notifier;
    const Router router = buildApiRouter({db, auth, audit, notifier});

    QStringList problems;
    QSet<QString> routes;
    for (const Route &route : router.routes()) {
        const QString key = route.method + QLatin1Char(' ') + route.pattern;
        routes.insert(key);
        const SecurityRule *found = nullptr;
        for (const SecurityRule &rule : securityRules()) {
            if (rule.route == key)
                found = &rule;
        }
        if (!found) {
            problems.append(key + QStringLiteral(": route has no security rule — add one to "
                                                 "tests/security/securityrules.cpp"));
            continue;
        }
        if (found->isPublic != route.isPublic)
            problems.append(key + (route.isPublic
                                       ? QStringLiteral(": the route is public but its rule is not")
                                       : QStringLiteral(": the rule says public but the route "
                                                        "needs a token")));
    }
    QSet<QString> ruled;
    for (const SecurityRule &rule : securityRules()) {
        if (ruled.contains(rule.route))
            problems.append(rule.route + QStringLiteral(": two security rules"));
        ruled.insert(rule.route);
        if (!routes.contains(rule.route))
            problems.append(rule.route +
                            QStringLiteral(": security rule for a route the server no longer has "
                                           "— remove it from tests/security/securityrules.cpp"));
        if (!rule.request)
            problems.append(rule.route + QStringLiteral(": security rule without a request"));
    }
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            std::fprintf(stderr, "security matrix: %s\n", qPrintable(p));
        std::fprintf(stderr,
                     "security matrix: %lld problem(s); every route of buildApiRouter() needs exactly "
                     "one rule\n",
                     qlonglong(problems.size()));
        return 1;
    }
    std::printf("security matrix: %lld routes, each with a rule\n", qlonglong(routes.size()));
    return 0;
}
