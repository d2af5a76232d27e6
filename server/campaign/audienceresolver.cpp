#include "campaign/audienceresolver.h"

#include "audience/audienceservice.h"
#include "db/principal.h"
#include "db/serverclock.h"

#include "domain/audience.h"
#include "domain/worktime.h"

#include <algorithm>

namespace gd::server {
namespace {

using Kind = AudienceExpression::Kind;

// The principal whose audience scope is the campaign's area.
Principal areaPrincipal(const QString &areaCode)
{
    Principal p;
    p.staffId = QStringLiteral("system");
    p.role = Role::Supervisor;
    p.areaCode = areaCode;
    return p;
}

QString isoDate(QDate day)
{
    return day.toString(Qt::ISODate);
}

// The expression as a predicate on citizens "c".
SqlFilter compile(const AudienceExpression &e, QDate today)
{
    switch (e.kind) {
    case Kind::And:
    case Kind::Or: {
        QStringList parts;
        QVariantList binds;
        for (const AudienceExpression &arg : e.args) {
            const SqlFilter part = compile(arg, today);
            parts.append(QLatin1Char('(') + part.sql + QLatin1Char(')'));
            binds.append(part.binds);
        }
        return {parts.join(e.kind == Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR ")), binds};
    }
    case Kind::Not: {
        const SqlFilter inner = compile(e.args.value(0), today);
        return {QStringLiteral("NOT (") + inner.sql + QLatin1Char(')'), inner.binds};
    }
    case Kind::Tag:
        return {QStringLiteral("c.id IN (SELECT ct.citizen_id FROM citizen_tags ct WHERE ct.tag_id = ?)"),
                {e.value}};
    case Kind::Age: {
        const auto births = birthDatesForAges(e.min, e.max, today);
        if (!births)
            return SqlFilter::never();
        return {QStringLiteral("c.birth_date >= ? AND c.birth_date <= ?"),
                {isoDate(births->first), isoDate(births->second)}};
    }
    case Kind::Gender:
        return {QStringLiteral("c.gender = ?"), {e.value}};
    case Kind::Region:
        return {
            QStringLiteral("c.district_code = ? OR c.street_id = ? OR c.community_id = ? OR c.grid_id = ?"),
            {e.value, e.value, e.value, e.value}};
    case Kind::RealnameLevel:
        return {QStringLiteral("c.realname_level >= ? AND c.realname_level <= ?"), {e.min, e.max}};
    case Kind::LifeEvent:
        return {QStringLiteral("c.id IN (SELECT ct.citizen_id FROM citizen_tags ct WHERE ct.tag_id = ? AND "
                               "ct.since >= ? AND ct.since <= ?)"),
                {e.value, isoDate(today.addDays(-e.max)), isoDate(today.addDays(-e.min))}};
    }
    return SqlFilter::never();
}

} // namespace

AudienceResolver indexedAudience(AudienceService &service)
{
    return [&service](const QString &areaCode, const QJsonObject &json) -> Result<QStringList> {
        auto expression = parseAudienceExpression(json, QStringLiteral("audience"));
        if (!expression)
            return expression.error();
        // The count checks the tags and regions named and brings the index up to date; then every match.
        const Principal area = areaPrincipal(areaCode);
        auto counted = service.count(area, *expression, 0);
        if (!counted)
            return counted.error();
        const AudienceMatch all =
            service.index().evaluate(*expression, counted->asOf, AudienceService::scopeOf(area),
                                     int(std::min<qint64>(counted->count, INT_MAX)));
        QStringList ids = all.sample;
        std::sort(ids.begin(), ids.end());
        return ids;
    };
}

SqlAudience::SqlAudience(Database &db)
    : m_db(db)
{
}

Result<QStringList> SqlAudience::members(const QString &areaCode, const QJsonObject &json)
{
    auto expression = parseAudienceExpression(json, QStringLiteral("audience"));
    if (!expression)
        return expression.error();
    SqlFilter where = compile(*expression, worktime::localDate(ServerClock::now()));
    if (areaCode != QLatin1String("city"))
        where = SqlFilter{QStringLiteral("c.district_code = ?"), {areaCode}} && where;
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    // A text of its own per expression: not worth a place in the statement cache.
    auto q = execSql(*conn,
                     QStringLiteral("SELECT c.id FROM citizens c WHERE ") + where.sql +
                         QStringLiteral(" ORDER BY c.id"),
                     where.binds);
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

AudienceResolver SqlAudience::resolver(Database &db)
{
    return [&db](const QString &areaCode, const QJsonObject &expression) {
        return SqlAudience(db).members(areaCode, expression);
    };
}

} // namespace gd::server
