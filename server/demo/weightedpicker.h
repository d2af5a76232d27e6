#pragma once
// Picks an index with probability proportional to its weight (cumulative table + binary search), for
// the weighted lists of the demo generator: surnames, household kinds, services by popularity, days.

#include "demo/demorandom.h"

#include <algorithm>
#include <vector>

namespace gd::server {

class WeightedPicker {
public:
    WeightedPicker() = default;
    template <typename Range> explicit WeightedPicker(const Range &weights)
    {
        for (const auto w : weights)
            add(double(w));
    }

    void add(double weight) { m_cumulative.push_back(total() + std::max(0.0, weight)); }
    double total() const { return m_cumulative.empty() ? 0.0 : m_cumulative.back(); }
    int size() const { return int(m_cumulative.size()); }
    bool isEmpty() const { return m_cumulative.empty() || total() <= 0; }

    // Index in [0, size()); the picker must not be empty.
    int pick(DemoRandom &rng) const
    {
        const double x = rng.unit() * total();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return int(
            std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ptrdiff_t(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

} // namespace gd::server
