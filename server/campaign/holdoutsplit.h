#pragma once
// Which members of a push campaign are held out (not sent the message; domain/campaign.h). The members
// are ordered by a 64-bit hash of the campaign id and the citizen id (FNV-1a over their UTF-8 with a
// separator, then the splitmix64 finaliser: fixed arithmetic, so the order is the same on every machine
// and version), and walked in that order: a member is held out while the hold-out is below its target
// round(members so far × percent / 100). So the hold-out has exactly round(members × percent / 100)
// members, at fixed places of a pseudo-random order (a random subset of that size), reproducible from the
// two ids alone. Members added later (trigger campaigns) continue the count from the members before them.
// Pure functions; thread-safe.

#include <QSet>
#include <QStringList>

namespace gd::server {

class HoldoutSplit {
public:
    // The member's hash for `campaignId`.
    static quint64 memberHash(const QString &campaignId, const QString &citizenId);

    // The hold-out size for `members` members: round(members × percent / 100), halves up.
    static qint64 target(qint64 members, int percent);

    // Of the new members `candidates` (distinct, in any order), those held out, given `members` members
    // before them of which `heldOut` were held out.
    static QSet<QString> choose(const QString &campaignId, const QStringList &candidates, int percent,
                                qint64 members = 0, qint64 heldOut = 0);
};

} // namespace gd::server
