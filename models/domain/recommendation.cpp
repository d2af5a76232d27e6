#include "domain/recommendation.h"

#include <algorithm>

namespace gd {

QList<ServiceMatch> recommendServices(const QList<TagAssignment> &tags, const QList<ServiceItem> &services,
                                      const QString &applicantType, const QSet<QString> &exclude, int limit)
{
    if (limit <= 0 || tags.isEmpty())
        return {};
    QSet<QString> have;
    have.reserve(tags.size());
    for (const TagAssignment &t : tags)
        have.insert(t.tagId);

    struct Candidate {
        ServiceMatch match;
        QString code;
    };
    QList<Candidate> candidates;
    for (const ServiceItem &service : services) {
        if (service.applicantType != applicantType || exclude.contains(service.id))
            continue;
        // A tag the service lists twice counts once, on both sides of the ratio.
        QStringList wanted;
        wanted.reserve(service.tagIds.size());
        for (const QString &tagId : service.tagIds) {
            if (!tagId.isEmpty() && !wanted.contains(tagId))
                wanted.append(tagId);
        }
        QStringList matched;
        for (const QString &tagId : std::as_const(wanted)) {
            if (have.contains(tagId))
                matched.append(tagId);
        }
        if (matched.isEmpty())
            continue;
        const int score = qBound(0, qRound(100.0 * matched.size() / wanted.size()), 100);
        candidates.append(Candidate{ServiceMatch{service.id, score, matched}, service.code});
    }
    // Best first: score, then more matched tags, then the service code (and the id, so that the order
    // never depends on the catalogue's order).
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.match.score != b.match.score)
            return a.match.score > b.match.score;
        if (a.match.matchedTagIds.size() != b.match.matchedTagIds.size())
            return a.match.matchedTagIds.size() > b.match.matchedTagIds.size();
        if (a.code != b.code)
            return a.code < b.code;
        return a.match.serviceId < b.match.serviceId;
    });
    QList<ServiceMatch> out;
    out.reserve(qMin(limit, int(candidates.size())));
    for (const Candidate &c : std::as_const(candidates)) {
        if (out.size() == limit)
            break;
        out.append(c.match);
    }
    return out;
}

} // namespace gd
