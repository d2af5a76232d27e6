#include "reco/hotranking.h"

#include <algorithm>
#include <cmath>

namespace gd::server {
namespace {

// Beyond 2^200 the sums are rebased on a later reference (doubles reach 2^1023).
constexpr double kRebaseExponent = 200;

} // namespace

HotRanking::HotRanking(int districtCount, int serviceCount, double halfLifeDays, qint64 referenceMs)
    : m_districts(std::max(0, districtCount))
    , m_services(std::max(0, serviceCount))
    , m_halfLifeMs(halfLifeDays * 86'400'000.0)
    , m_referenceMs(referenceMs)
    , m_series(size_t(m_districts + 1) * size_t(m_services))
{
}

void HotRanking::append(Series &series, qint64 atMs)
{
    const double weight = std::exp2(double(atMs - m_referenceMs) / m_halfLifeMs);
    if (series.times.empty() || series.times.back() <= atMs) {
        series.times.push_back(atMs);
        series.prefix.push_back((series.prefix.empty() ? 0.0 : series.prefix.back()) + weight);
        return;
    }
    // Older than the latest (a late write): insert, and move the prefix sums after it.
    const size_t at =
        size_t(std::upper_bound(series.times.begin(), series.times.end(), atMs) - series.times.begin());
    series.times.insert(series.times.begin() + qsizetype(at), atMs);
    series.prefix.insert(series.prefix.begin() + qsizetype(at),
                         (at == 0 ? 0.0 : series.prefix[at - 1]) + weight);
    for (size_t i = at + 1; i < series.prefix.size(); ++i)
        series.prefix[i] += weight;
}

void HotRanking::add(int district, int service, qint64 atMs)
{
    if (service < 0 || service >= m_services)
        return;
    if (double(atMs - m_referenceMs) / m_halfLifeMs > kRebaseExponent)
        rebase(atMs);
    if (district >= 0 && district < m_districts)
        append(m_series[size_t(district) * size_t(m_services) + size_t(service)], atMs);
    append(m_series[size_t(m_districts) * size_t(m_services) + size_t(service)], atMs);
}

void HotRanking::rebase(qint64 referenceMs)
{
    const double factor = std::exp2(double(m_referenceMs - referenceMs) / m_halfLifeMs);
    for (Series &series : m_series) {
        for (double &v : series.prefix)
            v *= factor;
    }
    m_referenceMs = referenceMs;
}

double HotRanking::sumAt(const Series &series, qint64 atMs) const
{
    const auto end = std::upper_bound(series.times.begin(), series.times.end(), atMs);
    return end == series.times.begin() ? 0.0 : series.prefix[size_t(end - series.times.begin()) - 1];
}

double HotRanking::sumsAt(int row, qint64 atMs, std::vector<double> &out) const
{
    out.assign(size_t(m_services), 0.0);
    double total = 0;
    for (int s = 0; s < m_services; ++s) {
        out[size_t(s)] = sumAt(m_series[size_t(row) * size_t(m_services) + size_t(s)], atMs);
        total += out[size_t(s)];
    }
    return total * std::exp2(double(m_referenceMs - atMs) / m_halfLifeMs);
}

bool HotRanking::relative(int district, qint64 atMs, std::vector<double> &out) const
{
    bool own = district >= 0 && district < m_districts && sumsAt(district, atMs, out) >= kMinVolume;
    if (!own)
        sumsAt(m_districts, atMs, out);
    const double max = out.empty() ? 0.0 : *std::max_element(out.begin(), out.end());
    for (double &v : out)
        v = max > 0 ? v / max : 0.0;
    return own;
}

} // namespace gd::server
