#include "audiencetestsupport.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace gd::test {
namespace {

using Kind = AudienceExpression::Kind;
using server::AudienceCitizen;

bool inRegion(const AudienceCitizen &c, const QString &id)
{
    return c.districtCode == id || c.streetId == id || c.communityId == id || c.gridId == id;
}

// Whole years from `birth` to `today`: one less while this year's birthday is still ahead (a 29 February
// birthday is ahead on 28 February of other years).
std::optional<int> ageOf(QDate birth, QDate today)
{
    if (!birth.isValid() || birth > today)
        return std::nullopt;
    const bool ahead =
        today.month() < birth.month() || (today.month() == birth.month() && today.day() < birth.day());
    return today.year() - birth.year() - (ahead ? 1 : 0);
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace

bool audienceMatches(const AudienceCitizen &c, const AudienceExpression &e, QDate today)
{
    const auto any = [&](auto predicate) {
        return std::any_of(c.tags.cbegin(), c.tags.cend(), predicate);
    };
    switch (e.kind) {
    case Kind::And:
        return std::all_of(e.args.cbegin(), e.args.cend(),
                           [&](const AudienceExpression &a) { return audienceMatches(c, a, today); });
    case Kind::Or:
        return std::any_of(e.args.cbegin(), e.args.cend(),
                           [&](const AudienceExpression &a) { return audienceMatches(c, a, today); });
    case Kind::Not:
        return !audienceMatches(c, e.args.value(0), today);
    case Kind::Tag:
        return any([&](const AudienceCitizen::Tag &t) { return t.tagId == e.value; });
    case Kind::Age: {
        const auto age = ageOf(c.birthDate, today);
        return age && *age >= e.min && *age <= e.max;
    }
    case Kind::Gender:
        return c.gender == e.value;
    case Kind::Region:
        return inRegion(c, e.value);
    case Kind::RealnameLevel:
        return c.realnameLevel >= e.min && c.realnameLevel <= e.max;
    case Kind::LifeEvent:
        return any([&](const AudienceCitizen::Tag &t) {
            const qint64 days = t.since.isValid() ? t.since.daysTo(today) : -1;
            return t.tagId == e.value && days >= e.min && days <= e.max;
        });
    }
    return false;
}

const AudienceCitizen *findCitizen(const QList<AudienceCitizen> &citizens, const QString &id)
{
    const auto it = std::find_if(citizens.cbegin(), citizens.cend(),
                                 [&id](const AudienceCitizen &c) { return c.id == id; });
    return it == citizens.cend() ? nullptr : &*it;
}

RandomAudienceExpressions::RandomAudienceExpressions(quint64 seed, QStringList tags, QStringList regions,
                                                     int maxDays, int maxDepth)
    : m_rng(seed)
    , m_tags(std::move(tags))
    , m_regions(std::move(regions))
    , m_maxDays(maxDays)
    , m_maxDepth(maxDepth)
{
}

AudienceExpression RandomAudienceExpressions::make(int depth)
{
    const int pick = below(14);
    if (depth < m_maxDepth && pick < 5) {
        QList<AudienceExpression> args;
        const int n = 1 + below(4);
        for (int i = 0; i < n; ++i)
            args.append(make(depth + 1));
        return pick < 3 ? AudienceExpression::allOf(args) : AudienceExpression::anyOf(args);
    }
    if (depth < m_maxDepth && pick < 7)
        return AudienceExpression::negate(make(depth + 1));
    return leaf();
}

AudienceExpression RandomAudienceExpressions::leaf()
{
    switch (below(6)) {
    case 0:
        return AudienceExpression::tag(m_tags[below(int(m_tags.size()))]);
    case 1: {
        const int a = below(100), b = below(100);
        return AudienceExpression::age(std::min(a, b), below(5) == 0 ? kAudienceMaxAge : std::max(a, b));
    }
    case 2:
        return AudienceExpression::gender(below(2) ? QStringLiteral("female") : QStringLiteral("male"));
    case 3:
        return AudienceExpression::region(m_regions[below(int(m_regions.size()))]);
    case 4: {
        const int a = 1 + below(3), b = 1 + below(3);
        return AudienceExpression::realnameLevel(std::min(a, b), std::max(a, b));
    }
    default: {
        const int a = below(m_maxDays), b = below(m_maxDays);
        return AudienceExpression::lifeEvent(m_tags[below(int(m_tags.size()))], std::min(a, b),
                                             std::max(a, b));
    }
    }
}

QString audienceSqlPredicate(const AudienceExpression &e, QDate today, QVariantList &binds)
{
    const auto iso = [](QDate d) {
        return d.toString(Qt::ISODate);
    };
    switch (e.kind) {
    case Kind::And:
    case Kind::Or: {
        QStringList parts;
        for (const AudienceExpression &a : e.args)
            parts.append(QLatin1Char('(') + audienceSqlPredicate(a, today, binds) + QLatin1Char(')'));
        return parts.join(e.kind == Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
    }
    case Kind::Not:
        return QStringLiteral("NOT (") + audienceSqlPredicate(e.args.value(0), today, binds) +
               QLatin1Char(')');
    case Kind::Tag:
        binds << e.value;
        return QStringLiteral(
            "EXISTS (SELECT 1 FROM citizen_tags t WHERE t.citizen_id = c.id AND t.tag_id = ?)");
    case Kind::Age: {
        const auto range = birthDatesForAges(e.min, e.max, today);
        if (!range)
            return QStringLiteral("1 = 0");
        binds << iso(range->first) << iso(range->second);
        return QStringLiteral("c.birth_date BETWEEN ? AND ?");
    }
    case Kind::Gender:
        binds << e.value;
        return QStringLiteral("c.gender = ?");
    case Kind::Region:
        binds << e.value << e.value << e.value << e.value;
        return QStringLiteral(
            "(c.district_code = ? OR c.street_id = ? OR c.community_id = ? OR c.grid_id = ?)");
    case Kind::RealnameLevel:
        binds << e.min << e.max;
        return QStringLiteral("c.realname_level BETWEEN ? AND ?");
    case Kind::LifeEvent:
        binds << e.value << iso(today.addDays(-e.max)) << iso(today.addDays(-e.min));
        return QStringLiteral(
            "EXISTS (SELECT 1 FROM citizen_tags t WHERE t.citizen_id = c.id AND t.tag_id = ? "
            "AND t.since BETWEEN ? AND ?)");
    }
    return QStringLiteral("1 = 0");
}

QList<AudienceCitizen> readAudienceCitizens(QSqlDatabase db)
{
    QList<AudienceCitizen> out;
    QHash<QString, qsizetype> at;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, gender, birth_date, realname_level, district_code, street_id, "
                               "community_id, grid_id FROM citizens")))
        return {};
    while (q.next()) {
        AudienceCitizen c;
        c.id = q.value(0).toString();
        c.gender = q.value(1).toString();
        c.birthDate = dateOf(q.value(2));
        c.realnameLevel = q.value(3).toInt();
        c.districtCode = q.value(4).toString();
        c.streetId = q.value(5).toString();
        c.communityId = q.value(6).toString();
        c.gridId = q.value(7).toString();
        at.insert(c.id, out.size());
        out.append(std::move(c));
    }
    if (!q.exec(QStringLiteral("SELECT citizen_id, tag_id, since FROM citizen_tags")))
        return {};
    while (q.next()) {
        const qsizetype owner = at.value(q.value(0).toString(), -1);
        if (owner >= 0)
            out[owner].tags.append({q.value(1).toString(), dateOf(q.value(2))});
    }
    return out;
}

} // namespace gd::test
