#pragma once
// Unique, valid mainland mobile numbers (1[3-9]x prefixes of the three carriers) and Xiamen landlines.
// Each prefix walks its 10^8 suffixes through an affine permutation (a·k + b mod 10^8 with a coprime to
// 10), so the k-th number of a prefix never repeats an earlier one and no set of issued numbers is kept.

#include "demo/demorandom.h"

#include <QString>

#include <vector>

namespace gd::server {

class PhoneAllocator {
public:
    explicit PhoneAllocator(DemoRandom &rng);

    QString mobile();
    QString landline(); // "0592-5xxxxxx"

private:
    DemoRandom &m_rng;
    std::vector<quint64> m_next;    // per prefix
    std::vector<quint64> m_offsets; // per prefix
    quint64 m_landlines = 0;
};

} // namespace gd::server
