#pragma once
// Unique, valid unified social credit codes (GB 32100) for enterprises registered in Xiamen:
//   "9" (registered by market regulation) "1" (enterprise), the 6-digit district code (35020x),
//   a 9-character organisation code "MA" + 7 characters, and the MOD 31 check character
//   (gd::identity::usccCheckCharacter).
// The 7 characters are an affine permutation of a counter in base 31 (the code alphabet), so codes
// look random but never repeat.

#include "demo/demorandom.h"

#include <QString>

namespace gd::server {

class UsccAllocator {
public:
    explicit UsccAllocator(DemoRandom &rng);
    QString allocate(const QString &districtCode);

private:
    quint64 m_next = 0;
    quint64 m_offset = 0;
};

} // namespace gd::server
