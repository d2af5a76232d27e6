#include "campaign/holdoutsplit.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace gd::server {
namespace {

constexpr quint64 kFnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 kFnvPrime = 0x100000001b3ULL;

quint64 fnv1a(quint64 hash, const QByteArray &bytes)
{
    for (const char c : bytes) {
        hash ^= quint64(quint8(c));
        hash *= kFnvPrime;
    }
    return hash;
}

quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

quint64 HoldoutSplit::memberHash(const QString &campaignId, const QString &citizenId)
{
    quint64 h = fnv1a(kFnvOffset, campaignId.toUtf8());
    h = fnv1a(h, QByteArrayLiteral("\x1f"));
    return splitmix64(fnv1a(h, citizenId.toUtf8()));
}

qint64 HoldoutSplit::target(qint64 members, int percent)
{
    return (members * qint64(percent) + 50) / 100;
}

QSet<QString> HoldoutSplit::choose(const QString &campaignId, const QStringList &candidates, int percent,
                                   qint64 members, qint64 heldOut)
{
    std::vector<std::pair<quint64, const QString *>> order;
    order.reserve(size_t(candidates.size()));
    for (const QString &id : candidates)
        order.emplace_back(memberHash(campaignId, id), &id);
    // Ties (practically never) fall back to the id, so the order is total.
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : *a.second < *b.second;
    });
    QSet<QString> out;
    for (const auto &[hash, id] : order) {
        ++members;
        if (heldOut < target(members, percent)) {
            ++heldOut;
            out.insert(*id);
        }
    }
    return out;
}

} // namespace gd::server
