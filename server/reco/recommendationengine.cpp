#include "reco/recommendationengine.h"

#include <algorithm>
#include <cmath>

namespace gd::server {
namespace {

constexpr qint64 kDayMs = 86'400'000;
// The match degree's curve: 100·(1 − e^(−k·combined)) / (1 − e^(−k)).
constexpr double kScoreCurve = 2.0;
// A signal is named in the reason when its weighted share is at least this part of the strongest one's.
constexpr double kReasonShare = 0.25;
constexpr int kReasonParts = 3;
// Age bands of the similar-citizen vectors: under 18, 18-29, 30-44, 45-59, 60-69, 70 and over.
constexpr int kAgeBands = 6;
constexpr int kGenders = 2;

int ageBand(const QDate &birth, const QDate &today)
{
    int age = today.year() - birth.year();
    if (today.month() < birth.month() || (today.month() == birth.month() && today.day() < birth.day()))
        --age;
    return age < 18 ? 0 : age < 30 ? 1 : age < 45 ? 2 : age < 60 ? 3 : age < 70 ? 4 : 5;
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

int percent(double share)
{
    return std::max(1, int(std::lround(100.0 * share)));
}

} // namespace

struct RecommendationEngine::Scores {
    std::vector<double> signal[SignalCount];
    std::vector<double> combined;
    std::vector<char> excluded;
    std::vector<int> correlationSource; // the applied service that pulled most, -1 for none
    std::vector<double> share;          // similar citizens who applied, 0..1
    std::vector<quint8> recentKind;     // 0 none, 1 viewed, 2 push opened, 3 the category
    std::vector<double> tagWeight;      // by tag: the citizen's rule weight, 0 when absent
    std::vector<double> categoryActivity;
    bool hotInDistrict = false; // the hot ranking is the district's own (not the city's)
};

RecommendationEngine::RecommendationEngine(const RecoDataset &data, RecoOptions options, const QDateTime &now)
    : m_options(options)
    , m_coApplications(0)
    , m_hot(0, 0, options.hotHalfLifeDays, now.toMSecsSinceEpoch())
{
    // The catalogue: citizen tags (the rules' and the similar citizens' vocabulary), services, districts.
    for (const RecoDataset::Tag &t : data.tags) {
        if (t.appliesTo != QLatin1String("citizen") || m_tagIndex.contains(t.id))
            continue;
        m_tagIndex.insert(t.id, int(m_tagNames.size()));
        m_tagNames.append(t.name);
    }
    const auto tagOf = [this](const QString &id) {
        return m_tagIndex.value(id, -1);
    };
    for (const RecoDataset::Service &s : data.services) {
        if (m_serviceIndex.contains(s.id) || m_services.size() >= 0xffff)
            continue;
        ServiceInfo info;
        info.id = s.id;
        info.name = s.name;
        info.forCitizens = s.applicantType == QLatin1String("citizen");
        qsizetype category = m_categories.indexOf(s.category);
        if (category < 0) {
            category = m_categories.size();
            m_categories.append(s.category);
        }
        info.category = int(category);
        for (const QString &tagId : s.tagIds) {
            const int tag = tagOf(tagId);
            if (tag >= 0 && std::find(info.ruleTags.begin(), info.ruleTags.end(), tag) == info.ruleTags.end())
                info.ruleTags.push_back(tag);
        }
        m_serviceIndex.insert(s.id, int(m_services.size()));
        m_services.push_back(std::move(info));
    }
    for (const RecoDataset::District &d : data.districts) {
        if (m_districtIndex.contains(d.code))
            continue;
        m_districtIndex.insert(d.code, int(m_districtNames.size()));
        m_districtNames.append(d.name);
    }

    // Citizens, and their vectors for the similar citizens: tags, then the age band, then the gender.
    const int tagCount = int(m_tagNames.size());
    const QDate today = now.toUTC().date();
    std::vector<std::vector<int>> features;
    features.reserve(data.citizens.size());
    m_citizens.reserve(data.citizens.size());
    m_citizenIndex.reserve(qsizetype(data.citizens.size()));
    for (const RecoDataset::Citizen &c : data.citizens) {
        if (m_citizenIndex.contains(c.id))
            continue;
        CitizenState state;
        state.id = c.id;
        state.district = m_districtIndex.value(c.districtCode, -1);
        std::vector<int> f;
        for (const TagAssignment &t : c.tags) {
            const int tag = tagOf(t.tagId);
            if (tag < 0)
                continue;
            state.tags.push_back({tag, t.since.isValid() ? t.since.toJulianDay() : 0});
            f.push_back(tag);
        }
        if (c.birthDate.isValid())
            f.push_back(tagCount + ageBand(c.birthDate, today));
        if (c.gender == QLatin1String("male") || c.gender == QLatin1String("female"))
            f.push_back(tagCount + kAgeBands + (c.gender == QLatin1String("male") ? 0 : 1));
        features.push_back(std::move(f));
        m_citizenIndex.insert(c.id, int(m_citizens.size()));
        m_citizens.push_back(std::move(state));
    }
    const int serviceCount = int(m_services.size());
    m_similar.emplace(features, tagCount + kAgeBands + kGenders, serviceCount, m_options.similar);
    features = {};
    m_coApplications = CoApplications(serviceCount);
    m_hot = HotRanking(int(m_districtNames.size()), serviceCount, m_options.hotHalfLifeDays,
                       now.toMSecsSinceEpoch());
    m_popularity.assign(size_t(serviceCount), 0);

    for (const RecoDataset::Application &a : data.applications)
        applicationWritten(a);
    for (const RecoDataset::Activity &a : data.activities)
        activityRecorded(a);
}

RecommendationEngine::Status RecommendationEngine::statusOf(const QString &status)
{
    if (status == QLatin1String("completed"))
        return Completed;
    if (status == QLatin1String("rejected"))
        return Rejected;
    return Open;
}

std::vector<int> RecommendationEngine::appliedServices(const CitizenState &c) const
{
    std::vector<int> out;
    for (const AppState &a : c.applications) {
        if (std::find(out.begin(), out.end(), a.service) == out.end())
            out.push_back(a.service);
    }
    return out;
}

void RecommendationEngine::applicationWritten(const RecoDataset::Application &a)
{
    const int citizen = m_citizenIndex.value(a.citizenId, -1);
    const int service = m_serviceIndex.value(a.serviceId, -1);
    if (citizen < 0 || service < 0 || !a.submittedAt.isValid())
        return;
    CitizenState &c = m_citizens[size_t(citizen)];
    const qint64 atMs = a.submittedAt.toMSecsSinceEpoch();
    const Status status = statusOf(a.status);
    bool first = true;
    for (AppState &known : c.applications) {
        if (known.service != service)
            continue;
        if (known.atMs == atMs) {
            known.status = status; // the same application again: only its status may have moved
            return;
        }
        first = false;
    }
    if (first) {
        m_coApplications.add(service, appliedServices(c));
        m_similar->addApplication(citizen, service);
        m_popularity[size_t(service)] += 1;
    }
    c.applications.push_back({service, atMs, quint8(status)});
    m_hot.add(m_districtIndex.value(a.districtCode, c.district), service, atMs);
}

void RecommendationEngine::activityRecorded(const RecoDataset::Activity &a)
{
    const int citizen = m_citizenIndex.value(a.citizenId, -1);
    const int service = m_serviceIndex.value(a.serviceId, -1);
    if (citizen < 0 || service < 0 || !a.at.isValid())
        return;
    m_citizens[size_t(citizen)].activities.push_back({service, a.at.toMSecsSinceEpoch(), a.kind});
}

void RecommendationEngine::collectExclusions(const CitizenState &c, qint64 nowMs,
                                             std::vector<char> &excluded) const
{
    excluded.assign(m_services.size(), 0);
    for (size_t s = 0; s < m_services.size(); ++s)
        excluded[s] = m_services[s].forCitizens ? 0 : 1;
    const qint64 windowMs = qint64(m_options.excludeWindowDays) * kDayMs;
    for (const AppState &a : c.applications) {
        if (a.atMs > nowMs)
            continue;
        if (a.status == Open || (a.status == Completed && nowMs - a.atMs <= windowMs))
            excluded[size_t(a.service)] = 1;
    }
}

void RecommendationEngine::score(int citizen, qint64 nowMs, Scores &out) const
{
    const CitizenState &c = m_citizens[size_t(citizen)];
    const size_t serviceCount = m_services.size();
    for (std::vector<double> &v : out.signal)
        v.assign(serviceCount, 0.0);
    out.combined.assign(serviceCount, 0.0);
    out.correlationSource.assign(serviceCount, -1);
    out.recentKind.assign(serviceCount, 0);
    collectExclusions(c, nowMs, out.excluded);
    const qint64 nowDay = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date().toJulianDay();
    const auto ageDays = [nowMs](qint64 atMs) {
        return double(std::max<qint64>(0, nowMs - atMs)) / double(kDayMs);
    };

    // Rules: the citizen's tags the service is meant for; a recently acquired one weighs more.
    out.tagWeight.assign(size_t(m_tagNames.size()), 0.0);
    for (const TagState &t : c.tags) {
        if (t.sinceDay > nowDay)
            continue; // not yet
        out.tagWeight[size_t(t.tag)] =
            0.7 + 0.3 * std::exp2(-double(nowDay - t.sinceDay) / m_options.lifeEventHalfLifeDays);
    }
    std::vector<double> &rules = out.signal[Rules];
    for (size_t s = 0; s < serviceCount; ++s) {
        if (out.excluded[s])
            continue;
        double keep = 1;
        for (int tag : m_services[s].ruleTags)
            keep *= 1 - out.tagWeight[size_t(tag)];
        rules[s] = 1 - keep;
    }

    // Correlation: what the citizens who applied for the citizen's services also applied for.
    std::vector<std::pair<int, qint64>> applied; // service, latest submission
    for (const AppState &a : c.applications) {
        if (a.atMs > nowMs)
            continue;
        auto it = std::find_if(applied.begin(), applied.end(),
                               [&a](const auto &e) { return e.first == a.service; });
        if (it == applied.end())
            applied.emplace_back(a.service, a.atMs);
        else
            it->second = std::max(it->second, a.atMs);
    }
    std::vector<double> &correlation = out.signal[Correlation];
    for (const auto &[source, atMs] : applied) {
        const double pull = 0.5 + 0.5 * std::exp2(-ageDays(atMs) / m_options.correlationHalfLifeDays);
        for (size_t s = 0; s < serviceCount; ++s) {
            if (out.excluded[s])
                continue;
            const double v =
                std::min(1.0, m_coApplications.confidence(source, int(s), m_options.correlationShrinkage) /
                                  m_options.correlationFullShare) *
                pull;
            if (v > correlation[s]) {
                correlation[s] = v;
                out.correlationSource[s] = source;
            }
        }
    }

    // Similar citizens, and the district's hot ranking as of now.
    m_similar->shares(citizen, out.share);
    std::vector<double> &similar = out.signal[Similar];
    std::vector<double> &hot = out.signal[Hot];
    out.hotInDistrict = m_hot.relative(c.district, nowMs, hot);
    for (size_t s = 0; s < serviceCount; ++s) {
        if (out.excluded[s])
            hot[s] = 0;
        else
            similar[s] = std::min(1.0, out.share[s] / m_options.similarFullShare);
    }

    // Real-time preference: the citizen's own views and opened pushes, and activity in the category.
    const qint64 windowMs = qint64(m_options.recentWindowDays) * kDayMs;
    const auto decay = [&](qint64 atMs) {
        return std::exp2(-ageDays(atMs) / m_options.recentHalfLifeDays);
    };
    std::vector<double> &recent = out.signal[Recent];
    out.categoryActivity.assign(size_t(m_categories.size()), 0.0);
    for (const ActivityState &a : c.activities) {
        if (a.atMs > nowMs || nowMs - a.atMs > windowMs)
            continue;
        const double d = decay(a.atMs);
        if (d > recent[size_t(a.service)]) {
            recent[size_t(a.service)] = d;
            out.recentKind[size_t(a.service)] = a.kind == RecoDataset::ActivityKind::View ? 1 : 2;
        }
        double &category = out.categoryActivity[size_t(m_services[size_t(a.service)].category)];
        category = std::max(category, d);
    }
    for (const AppState &a : c.applications) {
        if (a.atMs > nowMs || nowMs - a.atMs > windowMs)
            continue;
        double &category = out.categoryActivity[size_t(m_services[size_t(a.service)].category)];
        category = std::max(category, decay(a.atMs));
    }
    const RecoWeights &w = m_options.weights;
    const double total = w.total() > 0 ? w.total() : 1;
    for (size_t s = 0; s < serviceCount; ++s) {
        if (out.excluded[s]) {
            recent[s] = 0;
            continue;
        }
        const double byCategory =
            m_options.categoryAffinity * out.categoryActivity[size_t(m_services[s].category)];
        if (byCategory > recent[s]) {
            recent[s] = byCategory;
            out.recentKind[s] = 3;
        }
        out.combined[s] = (w.rules * rules[s] + w.correlation * correlation[s] + w.recent * recent[s] +
                           w.hot * hot[s] + w.similar * similar[s]) /
                          total;
    }
}

QString RecommendationEngine::reasonFor(int citizen, int service, const Scores &scores) const
{
    const RecoWeights &w = m_options.weights;
    const double weights[SignalCount] = {w.rules, w.correlation, w.recent, w.hot, w.similar};
    std::pair<double, int> contributions[SignalCount];
    double strongest = 0;
    for (int k = 0; k < SignalCount; ++k) {
        contributions[k] = {weights[k] * scores.signal[k][size_t(service)], k};
        strongest = std::max(strongest, contributions[k].first);
    }
    if (strongest <= 0)
        return {};
    std::sort(std::begin(contributions), std::end(contributions), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    bool named[SignalCount] = {};
    for (int i = 0; i < kReasonParts; ++i) {
        if (contributions[i].first > 0 && contributions[i].first >= kReasonShare * strongest)
            named[contributions[i].second] = true;
    }

    const CitizenState &c = m_citizens[size_t(citizen)];
    QStringList parts;
    if (named[Rules]) {
        std::vector<int> matched;
        for (int tag : m_services[size_t(service)].ruleTags) {
            if (scores.tagWeight[size_t(tag)] > 0)
                matched.push_back(tag);
        }
        std::stable_sort(matched.begin(), matched.end(), [&scores](int a, int b) {
            return scores.tagWeight[size_t(a)] > scores.tagWeight[size_t(b)];
        });
        QStringList names;
        for (size_t i = 0; i < matched.size() && i < 2; ++i)
            names.append(m_tagNames[matched[i]]);
        parts.append(names.join(u'、'));
    }
    if (named[Correlation]) {
        const int source = scores.correlationSource[size_t(service)];
        if (source >= 0 && m_coApplications.applied(source) > 0)
            parts.append(QStringLiteral("办过“%1”的市民 %2% 也办理")
                             .arg(m_services[size_t(source)].name)
                             .arg(percent(double(m_coApplications.both(source, service)) /
                                          double(m_coApplications.applied(source)))));
    }
    if (named[Recent]) {
        switch (scores.recentKind[size_t(service)]) {
        case 1:
            parts.append(QStringLiteral("近期浏览过"));
            break;
        case 2:
            parts.append(QStringLiteral("近期打开过推送"));
            break;
        default:
            parts.append(QStringLiteral("近期关注") + m_categories[m_services[size_t(service)].category]);
            break;
        }
    }
    if (named[Hot])
        parts.append(scores.hotInDistrict ? m_districtNames[c.district] + QStringLiteral("热办")
                                          : QStringLiteral("全市热办"));
    if (named[Similar])
        parts.append(QStringLiteral("同类市民中 %1% 办理").arg(percent(scores.share[size_t(service)])));
    return parts.join(QStringLiteral(" · "));
}

RecommendationList RecommendationEngine::recommendAt(int citizen, int limit, const QDateTime &now) const
{
    RecommendationList list;
    list.citizenId = m_citizens[size_t(citizen)].id;
    list.generatedAt = now;
    if (limit <= 0)
        return list;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    Scores scores;
    score(citizen, nowMs, scores);
    std::vector<int> candidates;
    candidates.reserve(m_services.size());
    for (size_t s = 0; s < m_services.size(); ++s) {
        if (!scores.excluded[s] && (scores.combined[s] > 0 || m_options.keepUnscored))
            candidates.push_back(int(s));
    }
    const auto better = [&](int a, int b) {
        if (scores.combined[size_t(a)] != scores.combined[size_t(b)])
            return scores.combined[size_t(a)] > scores.combined[size_t(b)];
        if (m_popularity[size_t(a)] != m_popularity[size_t(b)])
            return m_popularity[size_t(a)] > m_popularity[size_t(b)];
        return m_services[size_t(a)].id < m_services[size_t(b)].id;
    };
    const size_t n = std::min(candidates.size(), size_t(limit));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(n), candidates.end(), better);
    const double curve = 1 - std::exp(-kScoreCurve);
    list.items.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i) {
        const size_t s = size_t(candidates[i]);
        Recommendation r;
        r.serviceId = m_services[s].id;
        r.score = std::clamp(
            int(std::lround(100.0 * (1 - std::exp(-kScoreCurve * scores.combined[s])) / curve)), 0, 100);
        r.signals_.rules = round3(scores.signal[Rules][s]);
        r.signals_.correlation = round3(scores.signal[Correlation][s]);
        r.signals_.similar = round3(scores.signal[Similar][s]);
        r.signals_.hot = round3(scores.signal[Hot][s]);
        r.signals_.recent = round3(scores.signal[Recent][s]);
        r.reason = reasonFor(citizen, int(s), scores);
        list.items.append(std::move(r));
    }
    return list;
}

std::optional<RecommendationList> RecommendationEngine::recommend(const QString &citizenId, int limit,
                                                                  const QDateTime &now) const
{
    const int citizen = m_citizenIndex.value(citizenId, -1);
    if (citizen < 0)
        return std::nullopt;
    return recommendAt(citizen, limit, now);
}

QStringList RecommendationEngine::candidates(const QString &citizenId, const QDateTime &now) const
{
    const int citizen = m_citizenIndex.value(citizenId, -1);
    if (citizen < 0)
        return {};
    std::vector<char> excluded;
    collectExclusions(m_citizens[size_t(citizen)], now.toMSecsSinceEpoch(), excluded);
    QStringList out;
    for (size_t s = 0; s < m_services.size(); ++s) {
        if (!excluded[s])
            out.append(m_services[s].id);
    }
    return out;
}

void RecommendationEngine::setScoring(const RecoWeights &weights, bool keepUnscored)
{
    m_options.weights = weights;
    m_options.keepUnscored = keepUnscored;
}

quint32 RecommendationEngine::popularity(const QString &serviceId) const
{
    const int service = m_serviceIndex.value(serviceId, -1);
    return service < 0 ? 0 : m_popularity[size_t(service)];
}

} // namespace gd::server
