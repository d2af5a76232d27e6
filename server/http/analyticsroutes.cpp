#include "http/analyticsroutes.h"

#include "db/database.h"
#include "db/opinionreport.h"
#include "db/serverclock.h"
#include "db/usageaggregates.h"
#include "db/usagereport.h"

#include "domain/worktime.h"

#include <algorithm>

namespace gd::server {
namespace {

constexpr qint64 kMaxPeriodDays = 400;
constexpr qint64 kDefaultPeriodDays = 30;
constexpr int kMaxFilterLength = 64;
// How far ahead of the server's clock a sign-in may be dated (the portal's clock may run a little fast).
constexpr qint64 kSignInLeewaySeconds = 300;

const QStringList &signInChannels()
{
    static const QStringList channels{QStringLiteral("pc"), QStringLiteral("mobile"), QStringLiteral("pad"),
                                      QStringLiteral("tv")};
    return channels;
}

// POST /portal/sign-ins.
struct SignInRequest {
    QString citizenId;
    QString channel;
    std::optional<QDateTime> at;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("citizen_id", s.citizenId);
        v("channel", s.channel);
        v("at", s.at);
    }
};

Error badParameter(const QString &name, const QString &message)
{
    return makeError(ErrorCode::BadRequest, name + QStringLiteral(": ") + message,
                     QJsonObject{{QStringLiteral("field"), name}});
}

// A "yyyy-MM-dd" query parameter; `fallback` when absent.
Result<QDate> dateParameter(const RequestContext &ctx, const QString &name, QDate fallback)
{
    const auto text = ctx.queryValue(name);
    if (!text)
        return fallback;
    const QDate date = QDate::fromString(*text, QStringLiteral("yyyy-MM-dd"));
    if (text->size() != 10 || !date.isValid())
        return badParameter(name, QStringLiteral("must be a date yyyy-MM-dd"));
    return date;
}

// An id-like filter: letters, digits, '-', '_' and '.', at most 64 characters; "" when absent.
Result<QString> filterParameter(const RequestContext &ctx, const QString &name)
{
    const QString value = ctx.queryValue(name).value_or(QString());
    const bool plausible =
        value.size() <= kMaxFilterLength && std::all_of(value.cbegin(), value.cend(), [](QChar c) {
            return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-') ||
                                         c == QLatin1Char('_') || c == QLatin1Char('.'));
        });
    if (!plausible)
        return badParameter(name, QStringLiteral("not a valid id"));
    return value;
}

// What the report queries share: from/to (default the 30 days up to today, at most 400 days) and a group
// of `groups` (default day).
struct ReportPeriod {
    QDate from;
    QDate to;
    QString group;
};

// Checks a report's query: the parameters in `known` only, once each; the period; the group.
Result<ReportPeriod> parseReportQuery(const RequestContext &ctx, const QStringList &known,
                                      const QStringList &groups)
{
    if (ctx.hasDuplicateQueryKeys())
        return makeError(ErrorCode::BadRequest, QStringLiteral("a query parameter is given more than once"));
    for (const auto &[key, value] : ctx.query) {
        if (!known.contains(key))
            return badParameter(key, QStringLiteral("unknown query parameter"));
    }
    auto to = dateParameter(ctx, QStringLiteral("to"), worktime::localDate(ServerClock::now()));
    if (!to)
        return to.error();
    auto from = dateParameter(ctx, QStringLiteral("from"), to->addDays(1 - kDefaultPeriodDays));
    if (!from)
        return from.error();
    if (*from > *to)
        return badParameter(QStringLiteral("from"), QStringLiteral("must not be after to"));
    if (from->daysTo(*to) + 1 > kMaxPeriodDays)
        return badParameter(QStringLiteral("to"), QStringLiteral("the period is longer than 400 days"));
    const QString group = ctx.queryValue(QStringLiteral("group")).value_or(QStringLiteral("day"));
    if (!groups.contains(group))
        return badParameter(QStringLiteral("group"),
                            QStringLiteral("must be one of ") + groups.join(QStringLiteral(", ")));
    return ReportPeriod{*from, *to, group};
}

// Reads the id-like filters named into their targets.
Result<void> readFilters(const RequestContext &ctx,
                         std::initializer_list<std::pair<const char *, QString *>> filters)
{
    for (const auto &[name, target] : filters) {
        auto value = filterParameter(ctx, QLatin1String(name));
        if (!value)
            return value.error();
        *target = *value;
    }
    return {};
}

// The query of GET /analytics/usage, checked.
Result<UsageQuery> parseUsageQuery(const RequestContext &ctx)
{
    static const QStringList kKnown{QStringLiteral("from"),       QStringLiteral("to"),
                                    QStringLiteral("district"),   QStringLiteral("street"),
                                    QStringLiteral("department"), QStringLiteral("service"),
                                    QStringLiteral("channel"),    QStringLiteral("group")};
    auto period = parseReportQuery(ctx, kKnown, usageGroups());
    if (!period)
        return period.error();
    UsageQuery q;
    q.from = period->from;
    q.to = period->to;
    q.group = period->group;
    if (auto r = readFilters(ctx, {{"district", &q.districtCode},
                                   {"street", &q.streetId},
                                   {"department", &q.departmentId},
                                   {"service", &q.serviceId},
                                   {"channel", &q.channel}});
        !r)
        return r.error();
    return q;
}

// The query of GET /analytics/opinion, checked like the usage one.
Result<OpinionQuery> parseOpinionQuery(const RequestContext &ctx)
{
    static const QStringList kKnown{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("district"),
                                    QStringLiteral("street"), QStringLiteral("group")};
    auto period = parseReportQuery(ctx, kKnown, opinionGroups());
    if (!period)
        return period.error();
    OpinionQuery q;
    q.from = period->from;
    q.to = period->to;
    q.group = period->group;
    if (auto r = readFilters(ctx, {{"district", &q.districtCode}, {"street", &q.streetId}}); !r)
        return r.error();
    return q;
}

// A `street` filter with a `district` filter must name a street of that district. Otherwise, like a
// district, a street outside the caller's scope (or no street at all) reads empty: the report's scope
// applies to both.
Result<void> checkStreet(Database &db, const QString &streetId, const QString &districtCode)
{
    if (streetId.isEmpty() || districtCode.isEmpty())
        return {};
    auto q = db.query(QStringLiteral("SELECT district_code FROM regions WHERE id = ? AND level = 'street'"),
                      {streetId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return {};
    const QString streetDistrict = (*q)->value(0).toString();
    if (districtCode != streetDistrict)
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("street: street %1 is in district %2, not in district %3")
                             .arg(streetId, streetDistrict, districtCode),
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("street")},
                                     {QStringLiteral("street_district"), streetDistrict}});
    return {};
}

// POST /portal/sign-ins: a citizen signed in to the portal; the event and the usage figures move in the
// route's write transaction.
HttpResponse signIn(Database &db, RequestContext &ctx)
{
    if (!ctx.write)
        return HttpResponse::error(
            makeError(ErrorCode::Internal, QStringLiteral("not in a write transaction")));
    auto request = ctx.bodyAs<SignInRequest>();
    if (!request)
        return HttpResponse::error(request.error());
    if (!signInChannels().contains(request->channel))
        return HttpResponse::error(badParameter(QStringLiteral("channel"), QStringLiteral("must be one of ") +
                                                                               signInChannels().join(u", ")));
    const QDateTime now = ServerClock::now();
    const QDateTime at = request->at.value_or(now);
    if (at > now.addSecs(kSignInLeewaySeconds))
        return HttpResponse::error(
            badParameter(QStringLiteral("at"), QStringLiteral("must not be in the future")));
    auto citizen = db.query(QStringLiteral("SELECT district_code, street_id FROM citizens WHERE id = ?"),
                            {request->citizenId});
    if (!citizen)
        return HttpResponse::error(citizen.error());
    if (!(*citizen)->next())
        return HttpResponse::error(makeError(ErrorCode::NotFound, QStringLiteral("citizen not found")));
    const SignInEvent event{request->citizenId, (*citizen)->value(0).toString(),
                            (*citizen)->value(1).toString(), request->channel, at};
    if (auto r = UsageAggregates(db).signIn(event); !r)
        return HttpResponse::error(r.error());
    return HttpResponse::json(QJsonObject{{QStringLiteral("citizen_id"), event.citizenId},
                                          {QStringLiteral("channel"), event.channel},
                                          {QStringLiteral("at"), toIsoUtc(at)},
                                          {QStringLiteral("day"), UsageTally::dayOf(at)}},
                              201);
}

} // namespace

void addAnalyticsRoutes(Router &router, ApiServices services)
{
    Database *db = &services.db;
    auto reports = std::make_shared<UsageReports>(*db);
    router.add(
        Route{QStringLiteral("GET"),
              QStringLiteral("/api/v1/analytics/usage"),
              false,
              {Role::Supervisor, Role::Admin, Role::Officer},
              QStringLiteral("Usage figures (sign-ins, active citizens, applications, handling time, SLA "
                             "compliance, 好差评) by day, district, department, service or channel"),
              [reports, db](RequestContext &ctx) {
                  auto query = parseUsageQuery(ctx);
                  if (!query)
                      return HttpResponse::error(query.error());
                  if (auto street = checkStreet(*db, query->streetId, query->districtCode); !street)
                      return HttpResponse::error(street.error());
                  auto report = reports->report(ctx.who(), *query);
                  if (!report)
                      return HttpResponse::error(report.error());
                  return HttpResponse::jsonBytes(toJsonBytes(*report));
              }});
    auto opinions = std::make_shared<OpinionReports>(*db);
    router.add(Route{QStringLiteral("GET"),
                     QStringLiteral("/api/v1/analytics/opinion"),
                     false,
                     {Role::Supervisor, Role::Admin, Role::Officer},
                     QStringLiteral("Public opinion of citizen messages (volume, sentiment, hot topics with "
                                    "change vs the previous period, spikes per topic and district) by day, "
                                    "district or topic; officers see their department's messages"),
                     [opinions, db](RequestContext &ctx) {
                         auto query = parseOpinionQuery(ctx);
                         if (!query)
                             return HttpResponse::error(query.error());
                         if (auto street = checkStreet(*db, query->streetId, query->districtCode); !street)
                             return HttpResponse::error(street.error());
                         auto report = opinions->report(ctx.who(), *query);
                         if (!report)
                             return HttpResponse::error(report.error());
                         return HttpResponse::jsonBytes(toJsonBytes(*report));
                     }});
    Route signIns{QStringLiteral("POST"),
                  QStringLiteral("/api/v1/portal/sign-ins"),
                  false,
                  {Role::Portal},
                  QStringLiteral("The citizen portal reports a citizen's sign-in (usage figures: sign-ins, "
                                 "active citizens)"),
                  [db](RequestContext &ctx) {
                      return signIn(*db, ctx);
                  }};
    signIns.idempotent = true;
    router.add(std::move(signIns));
}

} // namespace gd::server
