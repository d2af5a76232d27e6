#include "demo/demorandom.h"

#include <cmath>

namespace gd::server {

int DemoRandom::poisson(double mean)
{
    if (mean <= 0)
        return 0;
    const double limit = std::exp(-mean);
    int k = 0;
    double p = unit();
    while (p > limit) {
        ++k;
        p *= unit();
    }
    return k;
}

QString DemoRandom::uuid()
{
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    quint64 hi = next();
    quint64 lo = next();
    hi = (hi & ~quint64(0xF000)) | quint64(0x4000);                          // version 4
    lo = (lo & ~(quint64(0xC) << 60)) | (quint64(0x8) << 60);                 // variant 10xx
    QString out(36, Qt::Uninitialized);
    QChar *d = out.data();
    int pos = 0;
    auto put = [&](quint64 v, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            d[pos++] = QChar(kHex[(v >> (i * 4)) & 0xF]);
    };
    put(hi >> 32, 8);
    d[pos++] = QLatin1Char('-');
    put(hi >> 16, 4);
    d[pos++] = QLatin1Char('-');
    put(hi, 4);
    d[pos++] = QLatin1Char('-');
    put(lo >> 48, 4);
    d[pos++] = QLatin1Char('-');
    put(lo, 12);
    return out;
}

} // namespace gd::server
