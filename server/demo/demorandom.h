#pragma once
// The single source of randomness of the demo generator: a std::mt19937_64 seeded from
// DemoOptions::seed and consumed in one fixed order, so the same seed always gives the same rows.
// Distributions are computed here instead of with <random>'s distribution classes, whose algorithms
// differ between standard libraries. Not thread-safe; one instance per generation run.

#include <QString>
#include <QtGlobal>

#include <random>

namespace gd::server {

class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
        , m_uuidPrefix(m_engine() >> 17) // start anywhere in the lower half of the 48-bit range
    {
    }

    quint64 next() { return m_engine(); }

    // Uniform in [0, n); n > 0. Plain modulo: the bias is below 2^-40 for every n used here.
    quint64 below(quint64 n) { return next() % n; }
    int below(int n) { return int(next() % quint64(n)); }
    // Uniform in [lo, hi], both included.
    int between(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }
    // Uniform in [0, 1) with 53 random bits.
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
    bool chance(double p) { return unit() < p; }
    // Knuth's method; fine for the small means used here (< 10).
    int poisson(double mean);

    template <typename Container> const auto &pick(const Container &c) { return c[below(int(std::size(c)))]; }

    // A version-4 UUID ("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", lower case) from the seeded engine.
    // Its first 48 bits grow by a random step from one call to the next, like the timestamp of a
    // UUIDv7: ids of a table are then inserted in key order, so the primary-key B-trees append instead
    // of updating random pages. Measured: without this, 200k citizens took 3x longer and 2M thrashed.
    QString uuid();

private:
    std::mt19937_64 m_engine;
    quint64 m_uuidPrefix = 0; // 48 bits
};

} // namespace gd::server
