#include "http/recommendationroutes.h"

#include "db/entities.h"
#include "db/entityrepository.h"
#include "db/serverclock.h"
#include "reco/recommendationservice.h"

#include "domain/recommendation.h"

#include <QSet>

namespace gd::server {
namespace {

constexpr int kDefaultLimit = 10;
constexpr int kMaxLimit = 50;
constexpr qsizetype kMaxBatch = 1000;

bool isPlausibleId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'));
    });
}

Error unavailable()
{
    return makeError(ErrorCode::Unavailable,
                     QStringLiteral("recommendations are not available yet; try again"));
}

class RecommendationRoutes {
public:
    explicit RecommendationRoutes(ApiServices services)
        : m_reco(services.options.recommendations)
        , m_citizens(services.db, *entitySpec(QStringLiteral("citizen")))
    {
    }

    HttpResponse forCitizen(RequestContext &ctx)
    {
        for (const auto &kv : ctx.query) {
            if (kv.first != QLatin1String("limit"))
                return HttpResponse::error(makeError(ErrorCode::BadRequest,
                                                     kv.first + QStringLiteral(": unknown parameter"),
                                                     QJsonObject{{QStringLiteral("field"), kv.first}}));
        }
        if (ctx.hasDuplicateQueryKeys())
            return HttpResponse::error(makeError(
                ErrorCode::BadRequest, QStringLiteral("a query parameter is given more than once")));
        auto limit = ctx.queryInteger(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
        if (!limit)
            return HttpResponse::error(limit.error());
        const QString id = ctx.param(QStringLiteral("id"));
        if (!isPlausibleId(id))
            return HttpResponse::error(makeError(ErrorCode::NotFound, QStringLiteral("citizen not found")));
        // The scope of GET /citizens/{id}: NotFound outside it, as for a citizen that does not exist.
        if (auto visible = m_citizens.requireVisible(ctx.who(), id); !visible)
            return HttpResponse::error(visible.error());
        if (!m_reco || !m_reco->isReady())
            return HttpResponse::error(unavailable());
        const QDateTime now = ServerClock::now();
        RecommendationList list = m_reco->recommend(id, int(*limit), now).value_or(RecommendationList{});
        // A citizen who came after the engine's last build: nothing to go on until the next one.
        list.citizenId = id;
        list.generatedAt = now;
        return HttpResponse::jsonBytes(toJsonBytes(list));
    }

    HttpResponse batch(RequestContext &ctx)
    {
        auto request = ctx.bodyAs<RecommendationBatchRequest>();
        if (!request)
            return HttpResponse::error(request.error());
        const auto bad = [](const QString &field, const QString &message) {
            return HttpResponse::error(makeError(ErrorCode::BadRequest,
                                                 field + QStringLiteral(": ") + message,
                                                 QJsonObject{{QStringLiteral("field"), field}}));
        };
        if (request->citizenIds.isEmpty() || request->citizenIds.size() > kMaxBatch)
            return bad(QStringLiteral("citizen_ids"), QStringLiteral("give 1 to 1000 citizen ids"));
        const int limit = request->limit.value_or(kDefaultLimit);
        if (limit < 1 || limit > kMaxLimit)
            return bad(QStringLiteral("limit"), QStringLiteral("must be from 1 to 50"));
        QStringList ids;
        QSet<QString> seen;
        for (const QString &id : std::as_const(request->citizenIds)) {
            if (!isPlausibleId(id))
                return bad(QStringLiteral("citizen_ids"), QStringLiteral("not a citizen id: ") + id.left(64));
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
        if (!m_reco || !m_reco->isReady())
            return HttpResponse::error(unavailable());
        auto rows = m_citizens.byIds(ctx.who(), ids);
        if (!rows)
            return HttpResponse::error(rows.error());
        QSet<QString> visible;
        for (qsizetype i = 0; i < (*rows)->size(); ++i)
            visible.insert((*rows)->id(i));
        RecommendationBatch out;
        QStringList known;
        for (const QString &id : std::as_const(ids)) {
            if (visible.contains(id))
                known.append(id);
            else
                out.notFound.append(id);
        }
        const QDateTime now = ServerClock::now();
        const QList<RecommendationList> lists = m_reco->recommendBatch(known, limit, now);
        qsizetype next = 0;
        for (const QString &id : std::as_const(known)) {
            if (next < lists.size() && lists[next].citizenId == id) {
                out.results.append(lists[next++]);
            } else {
                RecommendationList empty;
                empty.citizenId = id;
                empty.generatedAt = now;
                out.results.append(empty);
            }
        }
        return HttpResponse::jsonBytes(toJsonBytes(out));
    }

private:
    RecommendationService *m_reco;
    EntityRepository m_citizens;
};

} // namespace

void addRecommendationRoutes(Router &router, ApiServices services)
{
    auto routes = std::make_shared<RecommendationRoutes>(services);
    router.add(
        Route{QStringLiteral("GET"),
              QStringLiteral("/api/v1/citizens/{id}/recommendations"),
              false,
              {},
              QStringLiteral("Recommended services for a citizen: match degree 0-100, signals and reason"),
              [routes](RequestContext &ctx) {
                  return routes->forCitizen(ctx);
              }});
    router.add(Route{QStringLiteral("POST"),
                     QStringLiteral("/api/v1/recommendations/batch"),
                     false,
                     {Role::Officer, Role::Supervisor, Role::Admin},
                     QStringLiteral("Recommended services for up to 1000 citizens at once (campaigns)"),
                     [routes](RequestContext &ctx) {
                         return routes->batch(ctx);
                     }});
}

void noteApplicationWritten(RequestContext &ctx, const ApiServices &services, const Application &application)
{
    RecommendationService *reco = services.options.recommendations;
    if (!reco || !ctx.write || application.applicantType != QLatin1String("citizen"))
        return;
    RecoDataset::Application row{application.applicantId, application.serviceId, application.districtCode,
                                 application.submittedAt, application.status};
    ctx.write->afterCommit([reco, row] { reco->applicationWritten(row); });
}

} // namespace gd::server
