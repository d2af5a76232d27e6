#include "demo/usccallocator.h"

#include "domain/identity.h"

namespace gd::server {
namespace {
constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY"; // GB 32100: no I, O, S, V, Z
constexpr quint64 kSpace = 27512614111ULL;                           // 31^7
constexpr quint64 kMultiplier = 1000003;                             // prime, does not divide 31^7
} // namespace

UsccAllocator::UsccAllocator(DemoRandom &rng)
    : m_offset(rng.below(kSpace))
{
}

QString UsccAllocator::allocate(const QString &districtCode)
{
    quint64 v = (kMultiplier * (m_next++) + m_offset) % kSpace;
    QString tail(7, Qt::Uninitialized);
    for (int i = 6; i >= 0; --i) {
        tail[i] = QChar(kAlphabet[v % 31]);
        v /= 31;
    }
    const QString first17 = QStringLiteral("91") + districtCode + QStringLiteral("MA") + tail;
    return first17 + identity::usccCheckCharacter(first17);
}

} // namespace gd::server
