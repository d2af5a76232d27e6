#pragma once
// Recommended services for a citizen.
//
// The server's recommendation engine (server/reco, GET /api/v1/citizens/{id}/recommendations) answers
// with a RecommendationList: services the citizen may apply for and has not applied for, best first, each
// with a match degree 0–100, the five signals it was combined from (each 0..1) and a reason in words that
// names the strongest of them, e.g. "孕产妇 · 湖里区热办 · 同类市民中 38% 办理".
//
// recommendServices() below is the client's own offline matcher from the catalogue's tag rules (used on
// the homepage until the client shows the server's list): a service applies to applicants of its type and
// carries tag_ids; the more of them the applicant has, the better the match.

#include "domain/catalog.h"
#include "domain/citizen.h"

#include <QList>
#include <QSet>

namespace gd {

// The signals a recommendation combines, each 0..1 (server/reco/recommendationengine.h says how each is
// computed and weighted):
//   rules        the citizen's tags the service is meant for (catalogue tag rules), a recent life event
//                (a tag acquired lately, e.g. 新生儿家庭 since last week) counting more
//   correlation  citizens who applied for one of the citizen's services also applied for this one
//   similar      the share of similar citizens (cosine over tag vectors) who applied for it
//   hot          how much it is applied for in the citizen's district lately (time-decayed)
//   recent       the citizen's own recent activity: viewed it, opened a push of it, or applied for or
//                viewed services of its category
struct RecommendationSignals {
    double rules = 0;
    double correlation = 0;
    double similar = 0;
    double hot = 0;
    double recent = 0;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("rules", s.rules);
        v("correlation", s.correlation);
        v("similar", s.similar);
        v("hot", s.hot);
        v("recent", s.recent);
    }
};

struct Recommendation {
    QString serviceId;
    int score = 0;  // match degree 0..100
    QString reason; // Chinese words naming the strongest signals, joined by " · "
    RecommendationSignals signals_;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("service_id", s.serviceId);
        v("score", s.score);
        v("reason", s.reason);
        v("signals", s.signals_);
    }
};

// GET /api/v1/citizens/{id}/recommendations: best first (score, then the service's popularity).
struct RecommendationList {
    QString citizenId;
    QDateTime generatedAt;
    QList<Recommendation> items;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("citizen_id", s.citizenId);
        v("generated_at", s.generatedAt);
        v("items", s.items);
    }
};

// POST /api/v1/recommendations/batch: up to 1000 citizens at once (campaigns).
struct RecommendationBatchRequest {
    QStringList citizenIds;
    std::optional<int> limit; // per citizen, 1..50, default 10

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("citizen_ids", s.citizenIds);
        v("limit", s.limit);
    }
};

// The lists of the citizens the caller may see, in the order asked; the others (unknown or out of
// scope, which are not told apart) in notFound.
struct RecommendationBatch {
    QList<RecommendationList> results;
    QStringList notFound;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("results", s.results);
        v("not_found", s.notFound);
    }
};

struct ServiceMatch {
    QString serviceId;
    int score = 0;             // 0..100: 100 × matched / the service's distinct tag ids, rounded
    QStringList matchedTagIds; // the applicant's tags the service asks for, in the service's order
};

// Services of `applicantType` ("citizen" / "enterprise") that share at least one tag with `tags`, best
// first (score, then more matched tags, then service code), at most `limit`; services in `exclude` (e.g.
// ones the applicant already has an open or recent application for) are left out.
QList<ServiceMatch> recommendServices(const QList<TagAssignment> &tags, const QList<ServiceItem> &services,
                                      const QString &applicantType, const QSet<QString> &exclude,
                                      int limit = 8);

} // namespace gd
