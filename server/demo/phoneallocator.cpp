#include "demo/phoneallocator.h"

namespace gd::server {
namespace {

constexpr int kPrefixes[] = {130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152,
                             153, 155, 156, 157, 158, 159, 166, 173, 175, 176, 177, 178, 180,
                             181, 182, 183, 185, 186, 187, 188, 189, 191, 193, 195, 198, 199};
constexpr quint64 kSuffixes = 100000000;  // 8 digits after the prefix
constexpr quint64 kMultiplier = 73856093; // odd and not a multiple of 5: coprime to 10^8
constexpr quint64 kLandlines = 1000000;   // 6 digits after "0592-5"
constexpr quint64 kLandlineMultiplier = 7919;

} // namespace

PhoneAllocator::PhoneAllocator(DemoRandom &rng)
    : m_rng(rng)
    , m_next(std::size(kPrefixes), 0)
{
    for (size_t i = 0; i < std::size(kPrefixes); ++i)
        m_offsets.push_back(rng.below(kSuffixes));
}

QString PhoneAllocator::mobile()
{
    int p = m_rng.below(int(std::size(kPrefixes)));
    // A prefix that ran out (10^8 numbers) hands over to the next one.
    while (m_next[size_t(p)] >= kSuffixes)
        p = (p + 1) % int(std::size(kPrefixes));
    const quint64 k = m_next[size_t(p)]++;
    const quint64 suffix = (kMultiplier * k + m_offsets[size_t(p)]) % kSuffixes;
    return QString::number(kPrefixes[p]) + QString::number(suffix).rightJustified(8, QLatin1Char('0'));
}

QString PhoneAllocator::landline()
{
    const quint64 k = m_landlines++ % kLandlines;
    const quint64 suffix = (kLandlineMultiplier * k + 271828) % kLandlines;
    return QStringLiteral("0592-5") + QString::number(suffix).rightJustified(6, QLatin1Char('0'));
}

} // namespace gd::server
