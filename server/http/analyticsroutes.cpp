#include "http/analyticsroutes.h"

#include "db/opinionreport.h"
#include "db/serverclock.h"
#include "db/usagereport.h"

#include "domain/worktime.h"

#include <algorithm>

namespace gd::server {
namespace {

constexpr qint64 kMaxPeriodDays = 400;
constexpr qint64 kDefaultPeriodDays = 30;
constexpr int kMaxFilterLength = 64;

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

// The query of GET /analytics/usage, checked: known parameters once each, dates, a period of at most
// 400 days (default: the 30 days up to today), a known group.
Result<UsageQuery> parseUsageQuery(const RequestContext &ctx)
{
    static const QStringList kKnown{QStringLiteral("from"),     QStringLiteral("to"),
                                    QStringLiteral("district"), QStringLiteral("department"),
                                    QStringLiteral("service"),  QStringLiteral("channel"),
                                    QStringLiteral("group")};
    if (ctx.hasDuplicateQueryKeys())
        return makeError(ErrorCode::BadRequest, QStringLiteral("a query parameter is given more than once"));
    for (const auto &[key, value] : ctx.query) {
        if (!kKnown.contains(key))
            return badParameter(key, QStringLiteral("unknown query parameter"));
    }
    UsageQuery q;
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
    q.from = *from;
    q.to = *to;
    q.group = ctx.queryValue(QStringLiteral("group")).value_or(QStringLiteral("day"));
    if (!usageGroups().contains(q.group))
        return badParameter(QStringLiteral("group"),
                            QStringLiteral("must be one of ") + usageGroups().join(QStringLiteral(", ")));
    const std::pair<const char *, QString *> filters[] = {{"district", &q.districtCode},
                                                          {"department", &q.departmentId},
                                                          {"service", &q.serviceId},
                                                          {"channel", &q.channel}};
    for (const auto &[name, target] : filters) {
        auto value = filterParameter(ctx, QLatin1String(name));
        if (!value)
            return value.error();
        *target = *value;
    }
    return q;
}

// The period of a query: from/to, default the 30 days up to today, at most 400 days.
Result<std::pair<QDate, QDate>> periodOf(const RequestContext &ctx)
{
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
    return std::pair{*from, *to};
}

// The query of GET /analytics/opinion, checked like the usage one.
Result<OpinionQuery> parseOpinionQuery(const RequestContext &ctx)
{
    static const QStringList kKnown{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("district"),
                                    QStringLiteral("group")};
    if (ctx.hasDuplicateQueryKeys())
        return makeError(ErrorCode::BadRequest, QStringLiteral("a query parameter is given more than once"));
    for (const auto &[key, value] : ctx.query) {
        if (!kKnown.contains(key))
            return badParameter(key, QStringLiteral("unknown query parameter"));
    }
    auto period = periodOf(ctx);
    if (!period)
        return period.error();
    OpinionQuery q;
    q.from = period->first;
    q.to = period->second;
    q.group = ctx.queryValue(QStringLiteral("group")).value_or(QStringLiteral("day"));
    if (!opinionGroups().contains(q.group))
        return badParameter(QStringLiteral("group"),
                            QStringLiteral("must be one of ") + opinionGroups().join(QStringLiteral(", ")));
    auto district = filterParameter(ctx, QStringLiteral("district"));
    if (!district)
        return district.error();
    q.districtCode = *district;
    return q;
}

} // namespace

void addAnalyticsRoutes(Router &router, ApiServices services)
{
    auto reports = std::make_shared<UsageReports>(services.db);
    router.add(
        Route{QStringLiteral("GET"),
              QStringLiteral("/api/v1/analytics/usage"),
              false,
              {Role::Supervisor, Role::Admin, Role::Officer},
              QStringLiteral("Usage figures (sign-ins, active citizens, applications, handling time, SLA "
                             "compliance, 好差评) by day, district, department, service or channel"),
              [reports](RequestContext &ctx) {
                  auto query = parseUsageQuery(ctx);
                  if (!query)
                      return HttpResponse::error(query.error());
                  auto report = reports->report(ctx.who(), *query);
                  if (!report)
                      return HttpResponse::error(report.error());
                  return HttpResponse::jsonBytes(toJsonBytes(*report));
              }});
    auto opinions = std::make_shared<OpinionReports>(services.db);
    router.add(Route{QStringLiteral("GET"),
                     QStringLiteral("/api/v1/analytics/opinion"),
                     false,
                     {Role::Supervisor, Role::Admin, Role::Officer},
                     QStringLiteral("Public opinion of citizen messages (volume, sentiment, hot topics with "
                                    "change vs the previous period, spikes per topic and district) by day, "
                                    "district or topic; officers see their department's messages"),
                     [opinions](RequestContext &ctx) {
                         auto query = parseOpinionQuery(ctx);
                         if (!query)
                             return HttpResponse::error(query.error());
                         auto report = opinions->report(ctx.who(), *query);
                         if (!report)
                             return HttpResponse::error(report.error());
                         return HttpResponse::jsonBytes(toJsonBytes(*report));
                     }});
}

} // namespace gd::server
