#pragma once
// Similar citizens: cosine similarity over the citizens' tag vectors, served from precomputed neighbour
// lists instead of a scan of all citizens per request.
//
// A citizen's vector has one dimension per tag they carry, plus their age band and gender as two more
// "tags" (the audience builder's attributes), each weighted by its inverse document frequency
// ln(citizens / citizens with it), so that 孕产妇 (a few hundred) says more than 医保参保人 (nearly
// everyone). Citizens with the same features share a profile (20,000 demo citizens make ~6,000 profiles).
// At build each profile gets its neighbourhood: itself, then the most similar profiles (cosine ≥
// minSimilarity) until they hold enoughCitizens citizens or maxProfiles profiles. Exactly, without comparing
// every pair: the profiles sharing a rare feature (in at most an eighth of the profiles) come from an
// inverted index, with the dot product accumulated through it and the common features' part from a bit
// mask; the profiles sharing only common features are grouped by their mask and sorted by norm, so that
// each group is read only as far as it can still beat the best found (a smaller norm, a higher cosine),
// and the groups by their smallest norm, so that the reading stops at the first that cannot.
//
// shares() then reads, for every service, Σ sim·applied / Σ sim·members over the neighbourhood: the
// similarity-weighted share of similar citizens who applied for it ("同类市民中 38% 办理"). A new
// application moves its profile's count at once (addApplication); a change of tags waits for the next
// rebuild. Not thread-safe: the engine's owner serialises writes against reads.

#include <QtGlobal>

#include <vector>

namespace gd::server {

class SimilarCitizens {
public:
    struct Options {
        int maxProfiles = 50;
        qint64 enoughCitizens = 500;
        double minSimilarity = 0.3;
    };
    struct Neighbour {
        int profile = 0;
        float similarity = 0;
    };

    // features[c]: citizen c's feature ids, each in [0, featureCount) (duplicates are ignored).
    SimilarCitizens(const std::vector<std::vector<int>> &features, int featureCount, int serviceCount,
                    Options options);

    // Citizen `citizen` applied for `service` for the first time.
    void addApplication(int citizen, int service);
    // share[s] for every service s (share is resized to the service count); returns the similarity-weighted
    // number of citizens the shares are of (0 when the neighbourhood is empty).
    double shares(int citizen, std::vector<double> &share) const;

    int profileOf(int citizen) const { return m_profileOf[size_t(citizen)]; }
    int profileCount() const { return int(m_members.size()); }
    qint64 members(int profile) const { return m_members[size_t(profile)]; }
    // The profile's neighbourhood, most similar first (the profile itself first).
    std::vector<Neighbour> neighbours(int profile) const;
    // Cosine similarity of two profiles' weighted feature vectors.
    double cosine(int p, int q) const;
    double featureWeight(int feature) const { return m_weights[size_t(feature)]; }

private:
    void findNeighbours(const Options &options);

    int m_services;
    std::vector<double> m_weights;            // by feature: the IDF weight
    std::vector<int> m_profileOf;             // by citizen
    std::vector<std::vector<int>> m_profiles; // by profile: sorted feature ids
    std::vector<double> m_norms;              // by profile
    std::vector<qint64> m_members;            // by profile
    std::vector<int> m_neighbourStart;        // by profile, into m_neighbours (one past: the end)
    std::vector<Neighbour> m_neighbours;
    std::vector<std::vector<std::pair<quint16, quint32>>>
        m_applied; // by profile: (service, citizens), sorted
};

} // namespace gd::server
