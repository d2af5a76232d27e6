#pragma once
// Recommended services for a citizen or an enterprise from the catalogue's tag rules (until the
// recommendation issue brings the server's model): a service applies to applicants of its type and
// carries tag_ids; the more of them the applicant has, the better the match. The reason says which tags
// matched, so an officer can tell the citizen why.

#include "domain/catalog.h"
#include "domain/citizen.h"

#include <QList>
#include <QSet>

namespace gd {

struct ServiceMatch {
    QString serviceId;
    int score = 0;             // 0..100: 100 × matched / the service's distinct tag ids, rounded
    QStringList matchedTagIds; // the applicant's tags the service asks for, in the service's order
};

// Services of `applicantType` ("citizen" / "enterprise") that share at least one tag with `tags`, best
// first (score, then more matched tags, then service code), at most `limit`; services in `exclude` (e.g.
// ones the applicant already has an open or recent application for) are left out.
QList<ServiceMatch> recommendServices(const QList<TagAssignment> &tags, const QList<ServiceItem> &services,
                                      const QString &applicantType, const QSet<QString> &exclude,
                                      int limit = 8);

} // namespace gd
