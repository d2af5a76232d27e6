#include "reco/similarcitizens.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>

namespace gd::server {
namespace {

// A feature every citizen has still weighs a little (ln(1) would be 0).
constexpr double kMinWeight = 0.05;

} // namespace

SimilarCitizens::SimilarCitizens(const std::vector<std::vector<int>> &features, int featureCount,
                                 int serviceCount, Options options)
    : m_services(serviceCount)
    , m_weights(size_t(std::max(0, featureCount)), kMinWeight)
    , m_profileOf(features.size(), 0)
{
    // Profiles: the distinct sorted feature sets.
    std::map<std::vector<int>, int> profileIds;
    std::vector<qint64> df(m_weights.size(), 0);
    for (size_t c = 0; c < features.size(); ++c) {
        std::vector<int> key;
        key.reserve(features[c].size());
        for (int f : features[c]) {
            if (f >= 0 && f < featureCount)
                key.push_back(f);
        }
        std::sort(key.begin(), key.end());
        key.erase(std::unique(key.begin(), key.end()), key.end());
        for (int f : key)
            df[size_t(f)] += 1;
        const auto [it, inserted] = profileIds.try_emplace(std::move(key), int(m_profiles.size()));
        if (inserted) {
            m_profiles.push_back(it->first);
            m_members.push_back(0);
        }
        m_profileOf[c] = it->second;
        m_members[size_t(it->second)] += 1;
    }
    const double n = double(std::max<size_t>(1, features.size()));
    for (size_t f = 0; f < m_weights.size(); ++f) {
        if (df[f] > 0)
            m_weights[f] = std::max(kMinWeight, std::log(n / double(df[f])));
    }
    m_norms.reserve(m_profiles.size());
    for (const std::vector<int> &p : m_profiles) {
        double sum = 0;
        for (int f : p)
            sum += m_weights[size_t(f)] * m_weights[size_t(f)];
        m_norms.push_back(std::sqrt(sum));
    }
    m_applied.resize(m_profiles.size());
    findNeighbours(options);
}

double SimilarCitizens::cosine(int p, int q) const
{
    if (p == q)
        return 1;
    const std::vector<int> &a = m_profiles[size_t(p)];
    const std::vector<int> &b = m_profiles[size_t(q)];
    const double norms = m_norms[size_t(p)] * m_norms[size_t(q)];
    if (norms <= 0)
        return 0;
    double dot = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            dot += m_weights[size_t(*i)] * m_weights[size_t(*i)];
            ++i;
            ++j;
        }
    }
    return dot / norms;
}

void SimilarCitizens::findNeighbours(const Options &options)
{
    const int profiles = int(m_profiles.size());
    const size_t wanted = size_t(std::max(0, options.maxProfiles - 1)); // besides the profile itself
    // Inverted index: feature -> the profiles that have it.
    std::vector<std::vector<int>> withFeature(m_weights.size());
    for (int p = 0; p < profiles; ++p) {
        for (int f : m_profiles[size_t(p)])
            withFeature[size_t(f)].push_back(p);
    }
    // Common features (in more than an eighth of the profiles; at most 64 of them, the commonest) go into
    // a bit mask per profile; the dot product over the rare ones is accumulated through the index.
    const size_t rare = size_t(std::max(64, profiles / 8));
    std::vector<int> byFrequency(m_weights.size());
    for (size_t f = 0; f < byFrequency.size(); ++f)
        byFrequency[f] = int(f);
    std::stable_sort(byFrequency.begin(), byFrequency.end(), [&withFeature](int a, int b) {
        return withFeature[size_t(a)].size() > withFeature[size_t(b)].size();
    });
    std::vector<int> bitOf(m_weights.size(), -1);
    std::vector<double> bitWeight;
    for (int f : byFrequency) {
        if (withFeature[size_t(f)].size() <= rare || bitWeight.size() == 64)
            break;
        bitOf[size_t(f)] = int(bitWeight.size());
        bitWeight.push_back(m_weights[size_t(f)] * m_weights[size_t(f)]);
    }
    std::vector<quint64> masks(size_t(profiles), 0);
    for (int p = 0; p < profiles; ++p) {
        for (int f : m_profiles[size_t(p)]) {
            if (bitOf[size_t(f)] >= 0)
                masks[size_t(p)] |= quint64(1) << bitOf[size_t(f)];
        }
    }
    const auto commonDot = [&bitWeight](quint64 shared) {
        double dot = 0;
        while (shared) {
            dot += bitWeight[size_t(std::countr_zero(shared))];
            shared &= shared - 1;
        }
        return dot;
    };
    // The order of a neighbourhood: most similar first; of equals, the bigger profile (more evidence),
    // then the lower id. Similarities are compared as floats, as they are kept.
    const auto before = [this](const std::pair<float, int> &a, const std::pair<float, int> &b) {
        if (a.first != b.first)
            return a.first > b.first;
        if (m_members[size_t(a.second)] != m_members[size_t(b.second)])
            return m_members[size_t(a.second)] > m_members[size_t(b.second)];
        return a.second < b.second;
    };
    // Profiles grouped by their common features, each group by norm (the smaller, the more similar to any
    // profile that shares only those features), so that the profiles sharing no rare feature with a
    // profile need not all be looked at.
    struct Group {
        quint64 mask = 0;
        std::vector<int> profiles;
        double minNorm = 0;
    };
    std::vector<Group> groups;
    {
        std::map<quint64, size_t> groupOf;
        for (int p = 0; p < profiles; ++p) {
            const auto [it, inserted] = groupOf.try_emplace(masks[size_t(p)], groups.size());
            if (inserted)
                groups.push_back({masks[size_t(p)], {}, 0});
            groups[it->second].profiles.push_back(p);
        }
        for (Group &g : groups) {
            std::sort(g.profiles.begin(), g.profiles.end(), [this](int a, int b) {
                if (m_norms[size_t(a)] != m_norms[size_t(b)])
                    return m_norms[size_t(a)] < m_norms[size_t(b)];
                if (m_members[size_t(a)] != m_members[size_t(b)])
                    return m_members[size_t(a)] > m_members[size_t(b)];
                return a < b;
            });
            g.minNorm = m_norms[size_t(g.profiles.front())];
        }
        // Smallest norms first: once a group cannot reach the threshold even with all of a profile's
        // common features, none after it can.
        std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
            return a.minNorm != b.minNorm ? a.minNorm < b.minNorm : a.mask < b.mask;
        });
    }

    std::vector<double> rareDot(size_t(profiles), 0.0);
    std::vector<char> seen(size_t(profiles), 0);
    std::vector<int> candidates;
    std::vector<std::pair<float, int>> ranked;
    m_neighbourStart.assign(size_t(profiles) + 1, 0);
    for (int p = 0; p < profiles; ++p) {
        const double normP = m_norms[size_t(p)];
        ranked.clear();
        candidates.clear();
        // 1. The profiles sharing a rare feature, exactly.
        for (int f : m_profiles[size_t(p)]) {
            if (bitOf[size_t(f)] >= 0)
                continue;
            const double w2 = m_weights[size_t(f)] * m_weights[size_t(f)];
            for (int q : withFeature[size_t(f)]) {
                if (!seen[size_t(q)]) {
                    seen[size_t(q)] = 1;
                    candidates.push_back(q);
                }
                rareDot[size_t(q)] += w2;
            }
        }
        for (int q : candidates) {
            const double norms = normP * m_norms[size_t(q)];
            if (q == p || norms <= 0)
                continue;
            const float sim =
                float((rareDot[size_t(q)] + commonDot(masks[size_t(p)] & masks[size_t(q)])) / norms);
            if (sim >= options.minSimilarity)
                ranked.emplace_back(sim, q);
        }
        // 2. The others share common features only: per group, the first `wanted` by norm that reach the
        //    threshold (the wanted-th best so far can only rise, so this one is safe).
        float threshold = float(options.minSimilarity);
        if (ranked.size() >= wanted && wanted > 0) {
            std::nth_element(ranked.begin(), ranked.begin() + qsizetype(wanted) - 1, ranked.end(), before);
            threshold = std::max(threshold, ranked[wanted - 1].first);
        }
        const double ownCommon = commonDot(masks[size_t(p)]);
        for (const Group &g : groups) {
            if (normP <= 0 || ownCommon <= 0 || float(ownCommon / (normP * g.minNorm)) < threshold)
                break;
            const double dot = commonDot(masks[size_t(p)] & g.mask);
            if (dot <= 0 || float(dot / (normP * g.minNorm)) < threshold)
                continue;
            size_t taken = 0;
            for (int q : g.profiles) {
                if (taken >= wanted)
                    break;
                const float sim = float(dot / (normP * m_norms[size_t(q)]));
                if (sim < threshold)
                    break;
                if (q == p || seen[size_t(q)])
                    continue;
                ranked.emplace_back(sim, q);
                ++taken;
            }
        }
        for (int q : candidates) {
            seen[size_t(q)] = 0;
            rareDot[size_t(q)] = 0;
        }
        // 3. The neighbourhood: the profile, then the best until enough citizens or profiles.
        const auto kept = ranked.begin() + std::min<qsizetype>(qsizetype(ranked.size()), qsizetype(wanted));
        std::partial_sort(ranked.begin(), kept, ranked.end(), before);
        m_neighbours.push_back({p, 1.0f});
        qint64 citizens = m_members[size_t(p)];
        int taken = 1;
        for (auto it = ranked.begin(); it != kept; ++it) {
            if (taken >= options.maxProfiles || citizens >= options.enoughCitizens)
                break;
            m_neighbours.push_back({it->second, it->first});
            citizens += m_members[size_t(it->second)];
            ++taken;
        }
        m_neighbourStart[size_t(p) + 1] = int(m_neighbours.size());
    }
}

std::vector<SimilarCitizens::Neighbour> SimilarCitizens::neighbours(int profile) const
{
    return {m_neighbours.begin() + m_neighbourStart[size_t(profile)],
            m_neighbours.begin() + m_neighbourStart[size_t(profile) + 1]};
}

void SimilarCitizens::addApplication(int citizen, int service)
{
    if (citizen < 0 || citizen >= int(m_profileOf.size()) || service < 0 || service >= m_services)
        return;
    auto &applied = m_applied[size_t(m_profileOf[size_t(citizen)])];
    const auto it = std::lower_bound(applied.begin(), applied.end(), quint16(service),
                                     [](const auto &entry, quint16 s) { return entry.first < s; });
    if (it != applied.end() && it->first == service)
        it->second += 1;
    else
        applied.insert(it, {quint16(service), 1});
}

double SimilarCitizens::shares(int citizen, std::vector<double> &share) const
{
    share.assign(size_t(m_services), 0.0);
    if (citizen < 0 || citizen >= int(m_profileOf.size()))
        return 0;
    const int p = m_profileOf[size_t(citizen)];
    double citizens = 0;
    for (int i = m_neighbourStart[size_t(p)]; i < m_neighbourStart[size_t(p) + 1]; ++i) {
        const Neighbour &n = m_neighbours[size_t(i)];
        const double sim = n.similarity;
        citizens += sim * double(m_members[size_t(n.profile)]);
        for (const auto &[service, count] : m_applied[size_t(n.profile)])
            share[service] += sim * double(count);
    }
    if (citizens > 0) {
        for (double &v : share)
            v /= citizens;
    }
    return citizens;
}

} // namespace gd::server
