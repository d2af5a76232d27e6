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
    const quint64 r = next();
    quint64 lo = next();
    m_uuidPrefix = (m_uuidPrefix + 1 + (r >> 42)) & ((quint64(1) << 48) - 1); // step 1..2^22
    const quint64 hi = (m_uuidPrefix << 16) | quint64(0x4000) | (r & 0x0FFF); // version 4
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
