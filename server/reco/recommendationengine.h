#pragma once
// The recommendation engine (issue 7): which services to recommend to a citizen, with a match degree
// 0–100 and a reason in words, built in memory from a RecoDataset (the database's citizens, tags,
// applications, services, districts and recent activity; RecoLoader) and kept current by
// applicationWritten() as applications arrive.
//
// Five signals, each 0..1, for every service a citizen may apply for:
//   rules        catalogue tag rules: the service's citizen tags (e.g. 孕产妇, 新生儿家庭) the citizen
//                carries, each weighing 0.7 + 0.3·2^(−days since acquired / 90) — a recent life event
//                counts up to 1 — combined as 1 − Π(1 − wᵢ)
//   correlation  item-to-item from co-applications (CoApplications): max over the citizen's applied
//                services a of both(a, s) / (applied(a) + 5) — divided by 0.25 and capped at 1 — times
//                0.5 + 0.5·2^(−age of a / 60 days)
//   similar      similar citizens (SimilarCitizens: cosine over IDF-weighted tag vectors, precomputed
//                neighbourhoods): the share of them who applied, divided by 0.25 and capped at 1
//   hot          the district's hot ranking with a 14-day half-life (HotRanking), relative to its
//                hottest service
//   recent       real-time preference: 2^(−age / 7 days) of the citizen's latest view of the service or
//                push of it opened (usage_events kind "view", pushes opened or applied), or half that for
//                activity (views, pushes, applications) on services of the same category; 30 days back
// combined = Σ weightᵢ·signalᵢ / Σ weightᵢ (RecoWeights), match degree = round(100·(1 − e^(−2·combined)) /
// (1 − e^(−2))).
// Services with a combined 0 are not recommended.
//
// Excluded: services not for citizens (applicant_type), and services the citizen has an application of
// that is open (submitted, in_progress, supplement) or completed within the last 365 days (rejected ones
// do not count). The catalogue has no age or gender conditions, so eligibility is the applicant type.
//
// The reason names up to three signals whose weighted share is at least a quarter of the strongest one's,
// in the order rules, correlation, recent, hot, similar: "孕产妇 · 湖里区热办 · 同类市民中 38% 办理".
//
// Threads: recommend() and the other const members may run on many threads at once; applicationWritten()
// must not run concurrently with anything (RecommendationService holds the lock).

#include "reco/coapplications.h"
#include "reco/hotranking.h"
#include "reco/recodataset.h"
#include "reco/similarcitizens.h"

#include "domain/recommendation.h"

#include <QHash>

#include <optional>

namespace gd::server {

// Chosen by leave-last-out on 20,000 demo citizens of seed 7 (govdesk-bench reco-eval --seed 7
// --weights …); reco-eval reports the default seed, which the weights were not chosen on.
struct RecoWeights {
    double rules = 0.15;
    double correlation = 0.4;
    double similar = 0.3;
    double hot = 0.05;
    double recent = 0.1;

    double total() const { return rules + correlation + similar + hot + recent; }
};

struct RecoOptions {
    RecoWeights weights;
    double lifeEventHalfLifeDays = 90;
    double correlationShrinkage = 5;
    double correlationHalfLifeDays = 60;
    double correlationFullShare = 0.25;
    double similarFullShare = 0.25;
    SimilarCitizens::Options similar;
    double hotHalfLifeDays = 14;
    double recentHalfLifeDays = 7;
    int recentWindowDays = 30;
    double categoryAffinity = 0.5;
    int excludeWindowDays = 365;
    // Offline evaluation only: fill the list with services no signal scored, by popularity, so that a
    // signal alone can be compared on ten items like the baseline.
    bool keepUnscored = false;
};

class RecommendationEngine {
public:
    // `now`: the time the hot ranking is kept against (any time near the data's end).
    RecommendationEngine(const RecoDataset &data, RecoOptions options = {},
                         const QDateTime &now = QDateTime::currentDateTimeUtc());

    bool hasCitizen(const QString &citizenId) const { return m_citizenIndex.contains(citizenId); }
    int citizenCount() const { return int(m_citizens.size()); }
    QString citizenId(int index) const { return m_citizens[size_t(index)].id; }
    int serviceCount() const { return int(m_services.size()); }
    const RecoOptions &options() const { return m_options; }

    // The best `limit` services for the citizen at `now`; nullopt for a citizen the engine does not know.
    std::optional<RecommendationList> recommend(const QString &citizenId, int limit,
                                                const QDateTime &now) const;
    RecommendationList recommendAt(int citizen, int limit, const QDateTime &now) const;
    // The services the citizen may be recommended at `now` (eligible, not excluded), by id.
    QStringList candidates(const QString &citizenId, const QDateTime &now) const;
    // Applications of the service (each citizen once), the popularity that breaks ties.
    quint32 popularity(const QString &serviceId) const;

    // A new application, or a new status of one (matched by citizen, service and submission time, so a
    // repeat changes nothing): moves the exclusions, co-application counts, the similar citizens' shares
    // and the hot ranking. Applications of unknown citizens or services are ignored until a rebuild.
    void applicationWritten(const RecoDataset::Application &application);
    // A view or an opened push: the citizen's real-time preference.
    void activityRecorded(const RecoDataset::Activity &activity);
    // Offline evaluation: other weights (and the popularity fill) on the same build.
    void setScoring(const RecoWeights &weights, bool keepUnscored);
    int profileCount() const { return m_similar ? m_similar->profileCount() : 0; }

private:
    struct ServiceInfo {
        QString id;
        QString name;
        int category = 0;
        bool forCitizens = false;
        std::vector<int> ruleTags; // citizen tags the service is meant for
    };
    struct TagState {
        int tag = 0;
        qint64 sinceDay = 0; // Julian day
    };
    struct AppState {
        int service = 0;
        qint64 atMs = 0;
        quint8 status = 0; // Status
    };
    struct ActivityState {
        int service = 0;
        qint64 atMs = 0;
        RecoDataset::ActivityKind kind = RecoDataset::ActivityKind::View;
    };
    struct CitizenState {
        QString id;
        int district = -1;
        std::vector<TagState> tags;
        std::vector<AppState> applications;
        std::vector<ActivityState> activities;
    };
    enum Status : quint8 { Open, Completed, Rejected };
    enum Signal { Rules, Correlation, Recent, Hot, Similar, SignalCount };
    // Per request: the signals of every service and what the reason needs.
    struct Scores;

    void score(int citizen, qint64 nowMs, Scores &out) const;
    QString reasonFor(int citizen, int service, const Scores &scores) const;
    void collectExclusions(const CitizenState &c, qint64 nowMs, std::vector<char> &excluded) const;
    std::vector<int> appliedServices(const CitizenState &c) const;
    static Status statusOf(const QString &status);

    RecoOptions m_options;
    std::vector<ServiceInfo> m_services;
    QHash<QString, int> m_serviceIndex;
    QStringList m_categories;
    QStringList m_tagNames; // by tag index (citizen tags)
    QHash<QString, int> m_tagIndex;
    QStringList m_districtNames;
    QHash<QString, int> m_districtIndex;
    std::vector<CitizenState> m_citizens;
    QHash<QString, int> m_citizenIndex;
    std::vector<quint32> m_popularity; // by service: citizens who applied
    CoApplications m_coApplications;
    HotRanking m_hot;
    std::optional<SimilarCitizens> m_similar;
};

} // namespace gd::server
