#pragma once
// Test support for audiences (issue 7), shared by tst_audience, tst_audienceapi and govdesk-bench's
// audience scenario: a brute-force evaluation of an AudienceExpression on one citizen (written out
// directly from the contract in domain/audience.h, ages counted by hand), seeded random expressions over
// given tags and regions, the equivalent SQL predicate on the server's citizens table, and every citizen
// with its tags read from the server's tables.

#include "audience/audienceindex.h"

#include "domain/audience.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <random>

namespace gd::test {

bool audienceMatches(const server::AudienceCitizen &citizen, const AudienceExpression &expression,
                     QDate today);

// How many of `citizens` inScope(citizen) admits and the expression matches on `today`, by brute force.
template <typename InScope>
qint64 countMatching(const QList<server::AudienceCitizen> &citizens, const AudienceExpression &expression,
                     QDate today, InScope inScope)
{
    qint64 n = 0;
    for (const server::AudienceCitizen &c : citizens)
        n += inScope(c) && audienceMatches(c, expression, today) ? 1 : 0;
    return n;
}

// The citizen with that id, or null.
const server::AudienceCitizen *findCitizen(const QList<server::AudienceCitizen> &citizens, const QString &id);

// Random expressions: and / or of 1-4 operands and not, up to `maxDepth` levels, over leaves of every kind
// (ages 0-99, life events up to `maxDays` back). Names in `tags` and `regions` are used as they are, so
// unknown ones can be mixed in on purpose.
class RandomAudienceExpressions {
public:
    RandomAudienceExpressions(quint64 seed, QStringList tags, QStringList regions, int maxDays = 420,
                              int maxDepth = 4);

    AudienceExpression next() { return make(0); }

private:
    AudienceExpression make(int depth);
    AudienceExpression leaf();
    int below(int n) { return int(m_rng() % quint64(n)); }

    std::mt19937_64 m_rng;
    QStringList m_tags;
    QStringList m_regions;
    int m_maxDays;
    int m_maxDepth;
};

// The WHERE predicate on "citizens c" that selects what `expression` matches on `today` (SQLite and
// PostgreSQL); its values are appended to `binds`.
QString audienceSqlPredicate(const AudienceExpression &expression, QDate today, QVariantList &binds);

// Every citizen of the server's tables with its tags (empty on a database error).
QList<server::AudienceCitizen> readAudienceCitizens(QSqlDatabase db);

} // namespace gd::test
