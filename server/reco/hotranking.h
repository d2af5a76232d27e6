#pragma once
// Hot ranking by district with exponential time decay: per district and service, the applications filed
// there, each weighing 2^(−age / half-life) (half-life 14 days by default), so that last week's rush
// outweighs last year's. relative() compares every service with the district's hottest one (0..1) as of
// a given time; a district with too little recent volume (under kMinVolume decayed applications) reads
// the city's ranking instead.
//
// Each district's and the city's applications of a service are kept as a time-ordered series with prefix
// sums of 2^((t − ref) / h) against a fixed reference time ref, so that the decayed count as of any time
// T is one binary search: prefix(T) · 2^((ref − T) / h). That factor is the same for every service, so
// the relative ranking needs only the prefix sums, and "as of T" sees no application after T (the
// offline evaluation asks as of the moment before a citizen's application). Adding an application is an
// append (an insert when it is older than the latest). Not thread-safe: the engine's owner serialises
// writes against reads.

#include <QtGlobal>

#include <vector>

namespace gd::server {

class HotRanking {
public:
    HotRanking(int districtCount, int serviceCount, double halfLifeDays, qint64 referenceMs);

    // An application of `service` filed in `district` (-1: unknown district, counts for the city only).
    void add(int district, int service, qint64 atMs);
    // out[s] = the service's decayed count as of `atMs` relative to the hottest service's, in the district
    // (or in the city, for an unknown or quiet district); returns whether the district's own ranking was
    // used.
    bool relative(int district, qint64 atMs, std::vector<double> &out) const;

    static constexpr double kMinVolume = 20;

private:
    struct Series {
        std::vector<qint64> times;  // ascending
        std::vector<double> prefix; // prefix[i]: the weights of times[0..i]
    };
    void append(Series &series, qint64 atMs);
    double sumAt(const Series &series, qint64 atMs) const;
    // Fills out[] with the row's sums as of atMs; returns the decayed volume as of atMs.
    double sumsAt(int row, qint64 atMs, std::vector<double> &out) const;
    void rebase(qint64 referenceMs);

    int m_districts;
    int m_services;
    double m_halfLifeMs;
    qint64 m_referenceMs;
    std::vector<Series> m_series; // row (district, then the city) × service
};

} // namespace gd::server
