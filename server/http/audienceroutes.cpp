#include "http/audienceroutes.h"

#include "audience/audienceservice.h"
#include "http/restrictedtags.h"

#include "domain/audience.h"

#include <cmath>

namespace gd::server {
namespace {

Error badAudienceField(const QString &field, const QString &message)
{
    return makeError(ErrorCode::BadRequest, field + QStringLiteral(": ") + message,
                     QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("path"), field}});
}

// POST /audiences/count: {"expression": {...}, "sample": 20}.
HttpResponse countAudience(AudienceService &audiences, RequestContext &ctx)
{
    auto body = ctx.jsonBody();
    if (!body)
        return HttpResponse::error(body.error());
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        if (it.key() != QLatin1String("expression") && it.key() != QLatin1String("sample"))
            return HttpResponse::error(badAudienceField(it.key(), QStringLiteral("is not a known field")));
    }
    if (!body->contains(QStringLiteral("expression")))
        return HttpResponse::error(
            badAudienceField(QStringLiteral("expression"), QStringLiteral("is required")));
    int sample = kAudienceDefaultSample;
    const QJsonValue sampleValue = body->value(QStringLiteral("sample"));
    if (!sampleValue.isUndefined() && !sampleValue.isNull()) {
        const double d = sampleValue.toDouble(-1);
        if (!sampleValue.isDouble() || std::floor(d) != d || d < 0 || d > kAudienceMaxSample)
            return HttpResponse::error(
                badAudienceField(QStringLiteral("sample"),
                                 QStringLiteral("must be an integer from 0 to %1").arg(kAudienceMaxSample)));
        sample = int(d);
    }
    auto expression = parseAudienceExpression(body->value(QStringLiteral("expression")));
    if (!expression)
        return HttpResponse::error(expression.error());
    if (auto r = checkRestrictedAudienceTags(ctx.who(), *expression, QStringLiteral("expression")); !r)
        return HttpResponse::error(r.error());
    auto count = audiences.count(ctx.who(), *expression, sample);
    if (!count)
        return HttpResponse::error(count.error());
    return HttpResponse::jsonBytes(toJsonBytes(*count));
}

} // namespace

void addAudienceRoutes(Router &router, ApiServices services)
{
    AudienceService *audiences = services.audiences;
    router.add(Route{QStringLiteral("POST"),
                     QStringLiteral("/api/v1/audiences/count"),
                     false,
                     {Role::Officer, Role::Supervisor, Role::Admin},
                     QStringLiteral("Count the citizens an audience expression (tags, age, gender, region, "
                                    "real-name level, life events) matches in the caller's scope, with a "
                                    "masked sample"),
                     [audiences](RequestContext &ctx) {
                         if (!audiences)
                             return HttpResponse::error(makeError(
                                 ErrorCode::Unavailable, QStringLiteral("the audience index is not loaded")));
                         return countAudience(*audiences, ctx);
                     }});
}

} // namespace gd::server
