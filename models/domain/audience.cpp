#include "domain/audience.h"

#include <cmath>

namespace gd {
namespace {

using Kind = AudienceExpression::Kind;

constexpr qsizetype kMaxIdLength = 64;

const QString kOp = QStringLiteral("op");
const QString kArgs = QStringLiteral("args");
const QString kArg = QStringLiteral("arg");
const QString kMin = QStringLiteral("min");
const QString kMax = QStringLiteral("max");
const QString kTagKey = QStringLiteral("tag");
const QString kFromDays = QStringLiteral("from_days");
const QString kToDays = QStringLiteral("to_days");

// The keys of a condition node, by kind.
const QList<std::pair<QString, Kind>> &conditionKeys()
{
    static const QList<std::pair<QString, Kind>> keys{
        {QStringLiteral("tag"), Kind::Tag},
        {QStringLiteral("age"), Kind::Age},
        {QStringLiteral("gender"), Kind::Gender},
        {QStringLiteral("region"), Kind::Region},
        {QStringLiteral("realname_level"), Kind::RealnameLevel},
        {QStringLiteral("life_event"), Kind::LifeEvent},
    };
    return keys;
}

QString conditionKey(Kind kind)
{
    for (const auto &[key, k] : conditionKeys()) {
        if (k == kind)
            return key;
    }
    return {};
}

std::optional<Kind> conditionKind(const QString &key)
{
    for (const auto &[k, kind] : conditionKeys()) {
        if (k == key)
            return kind;
    }
    return std::nullopt;
}

QString allowedNodeKeys()
{
    QStringList keys{kOp};
    for (const auto &entry : conditionKeys())
        keys.append(entry.first);
    return keys.join(QStringLiteral(", "));
}

bool isIntegral(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

// Reads one expression tree, counting nodes; the first problem ends it.
class Parser {
public:
    std::optional<Error> error;

    bool node(const QJsonValue &json, const QString &path, int depth, AudienceExpression &out)
    {
        if (depth > kAudienceMaxDepth)
            return fail(path, path, QStringLiteral("nested deeper than %1 levels").arg(kAudienceMaxDepth));
        if (++m_nodes > kAudienceMaxNodes)
            return fail(path, path, QStringLiteral("more than %1 nodes").arg(kAudienceMaxNodes));
        if (!json.isObject())
            return fail(path, path, QStringLiteral("must be an object"));
        const QJsonObject object = json.toObject();
        if (object.contains(kOp))
            return operation(object, path, depth, out);
        if (object.isEmpty())
            return fail(path, path, QStringLiteral("empty node: give op or one of ") + conditionKeyList());
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!conditionKind(it.key()))
                return fail(path, path + QLatin1Char('.') + it.key(),
                            QStringLiteral("unknown key (one of ") + allowedNodeKeys() + QLatin1Char(')'));
        }
        if (object.size() > 1)
            return fail(
                path, path,
                QStringLiteral("one condition per node (%1); combine conditions with {\"op\":\"and\"}")
                    .arg(object.keys().join(QStringLiteral(", "))));
        const QString key = object.constBegin().key();
        return condition(*conditionKind(key), object.constBegin().value(), path,
                         path + QLatin1Char('.') + key, out);
    }

private:
    int m_nodes = 0;

    static QString conditionKeyList()
    {
        QStringList keys;
        for (const auto &entry : conditionKeys())
            keys.append(entry.first);
        return keys.join(QStringLiteral(", "));
    }

    bool fail(const QString &path, const QString &field, const QString &problem)
    {
        if (!error)
            error = makeError(ErrorCode::BadRequest, field + QStringLiteral(": ") + problem,
                              QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("field"), field}});
        return false;
    }

    bool onlyKeys(const QJsonObject &object, const QStringList &keys, const QString &path,
                  const QString &base)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                return fail(path, base + QLatin1Char('.') + it.key(),
                            QStringLiteral("unknown key (one of ") + keys.join(QStringLiteral(", ")) +
                                QLatin1Char(')'));
        }
        return true;
    }

    bool operation(const QJsonObject &object, const QString &path, int depth, AudienceExpression &out)
    {
        const QJsonValue op = object.value(kOp);
        const QString opField = path + QStringLiteral(".op");
        if (!op.isString())
            return fail(path, opField, QStringLiteral("must be a string: and, or or not"));
        const QString name = op.toString();
        if (name == QLatin1String("and") || name == QLatin1String("or")) {
            if (!onlyKeys(object, {kOp, kArgs}, path, path))
                return false;
            const QJsonValue args = object.value(kArgs);
            const QString argsField = path + QStringLiteral(".args");
            if (!args.isArray())
                return fail(path, argsField, QStringLiteral("must be an array of nodes"));
            const QJsonArray array = args.toArray();
            if (array.isEmpty())
                return fail(path, argsField, name + QStringLiteral(" needs at least one operand"));
            out.kind = name == QLatin1String("and") ? Kind::And : Kind::Or;
            out.args.clear();
            out.args.reserve(array.size());
            for (qsizetype i = 0; i < array.size(); ++i) {
                AudienceExpression child;
                if (!node(array.at(i), argsField + QStringLiteral("[%1]").arg(i), depth + 1, child))
                    return false;
                out.args.append(std::move(child));
            }
            return true;
        }
        if (name == QLatin1String("not")) {
            if (!onlyKeys(object, {kOp, kArg}, path, path))
                return false;
            if (!object.contains(kArg))
                return fail(path, path + QStringLiteral(".arg"), QStringLiteral("is required"));
            AudienceExpression child;
            if (!node(object.value(kArg), path + QStringLiteral(".arg"), depth + 1, child))
                return false;
            out.kind = Kind::Not;
            out.args = {std::move(child)};
            return true;
        }
        return fail(path, opField, QStringLiteral("unknown op '%1' (and, or, not)").arg(name));
    }

    bool id(const QJsonValue &json, const QString &path, const QString &field, QString &out)
    {
        if (!json.isString())
            return fail(path, field, QStringLiteral("must be a string"));
        out = json.toString();
        if (out.isEmpty() || out.size() > kMaxIdLength)
            return fail(path, field, QStringLiteral("must be 1 to %1 characters").arg(kMaxIdLength));
        return true;
    }

    bool integer(const QJsonObject &object, const QString &key, int lowest, int highest, const QString &path,
                 const QString &base, std::optional<int> &out)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        const QString field = base + QLatin1Char('.') + key;
        if (!isIntegral(v))
            return fail(path, field, QStringLiteral("must be an integer"));
        const double d = v.toDouble();
        if (d < lowest || d > highest)
            return fail(path, field, QStringLiteral("must be from %1 to %2").arg(lowest).arg(highest));
        out = int(d);
        return true;
    }

    // {"min": …, "max": …}, either left out (then `lowest` / `highest`), not both.
    bool bounds(const QJsonValue &json, int lowest, int highest, const QString &path, const QString &base,
                AudienceExpression &out)
    {
        if (!json.isObject())
            return fail(path, base, QStringLiteral("must be an object {\"min\": …, \"max\": …}"));
        const QJsonObject object = json.toObject();
        if (!onlyKeys(object, {kMin, kMax}, path, base))
            return false;
        std::optional<int> min;
        std::optional<int> max;
        if (!integer(object, kMin, lowest, highest, path, base, min) ||
            !integer(object, kMax, lowest, highest, path, base, max))
            return false;
        if (!min && !max)
            return fail(path, base, QStringLiteral("give min, max or both"));
        out.min = min.value_or(lowest);
        out.max = max.value_or(highest);
        if (out.min > out.max)
            return fail(path, base, QStringLiteral("min must not be greater than max"));
        return true;
    }

    bool condition(Kind kind, const QJsonValue &json, const QString &path, const QString &field,
                   AudienceExpression &out)
    {
        out.kind = kind;
        switch (kind) {
        case Kind::Tag:
        case Kind::Region:
            return id(json, path, field, out.value);
        case Kind::Gender:
            if (json != QJsonValue(QStringLiteral("male")) && json != QJsonValue(QStringLiteral("female")))
                return fail(path, field, QStringLiteral("must be \"male\" or \"female\""));
            out.value = json.toString();
            return true;
        case Kind::Age:
            return bounds(json, 0, kAudienceMaxAge, path, field, out);
        case Kind::RealnameLevel:
            return bounds(json, 1, 3, path, field, out);
        case Kind::LifeEvent: {
            if (!json.isObject())
                return fail(
                    path, field,
                    QStringLiteral("must be an object {\"tag\": …, \"from_days\": …, \"to_days\": …}"));
            const QJsonObject object = json.toObject();
            if (!onlyKeys(object, {kTagKey, kFromDays, kToDays}, path, field))
                return false;
            if (!object.contains(kTagKey))
                return fail(path, field + QStringLiteral(".tag"), QStringLiteral("is required"));
            if (!id(object.value(kTagKey), path, field + QStringLiteral(".tag"), out.value))
                return false;
            std::optional<int> from;
            std::optional<int> to;
            if (!integer(object, kFromDays, 0, kAudienceMaxDays, path, field, from) ||
                !integer(object, kToDays, 0, kAudienceMaxDays, path, field, to))
                return false;
            if (!to)
                return fail(path, field + QStringLiteral(".to_days"), QStringLiteral("is required"));
            out.min = from.value_or(0);
            out.max = *to;
            if (out.min > out.max)
                return fail(path, field, QStringLiteral("from_days must not be greater than to_days"));
            return true;
        }
        case Kind::And:
        case Kind::Or:
        case Kind::Not:
            break;
        }
        return fail(path, field, QStringLiteral("not a condition"));
    }
};

QJsonObject boundsJson(int min, int max)
{
    return QJsonObject{{kMin, min}, {kMax, max}};
}

void collectReferences(const AudienceExpression &e, const QString &path, QList<AudienceReference> &out)
{
    switch (e.kind) {
    case Kind::And:
    case Kind::Or:
        for (qsizetype i = 0; i < e.args.size(); ++i)
            collectReferences(e.args[i], path + QStringLiteral(".args[%1]").arg(i), out);
        return;
    case Kind::Not:
        if (!e.args.isEmpty())
            collectReferences(e.args.first(), path + QStringLiteral(".arg"), out);
        return;
    case Kind::Tag:
    case Kind::Region:
    case Kind::LifeEvent:
        out.append({path, e.kind, e.value});
        return;
    case Kind::Age:
    case Kind::Gender:
    case Kind::RealnameLevel:
        return;
    }
}

// The latest birth date of someone at least `years` old on `day`.
QDate latestBirthForAge(int years, QDate day)
{
    QDate d = day.addYears(-years);
    while (ageOn(d.addDays(1), day) >= years)
        d = d.addDays(1);
    while (d.isValid() && ageOn(d, day) < years)
        d = d.addDays(-1);
    return d;
}

} // namespace

AudienceExpression AudienceExpression::allOf(QList<AudienceExpression> operands)
{
    return {Kind::And, std::move(operands), {}, 0, 0};
}

AudienceExpression AudienceExpression::anyOf(QList<AudienceExpression> operands)
{
    return {Kind::Or, std::move(operands), {}, 0, 0};
}

AudienceExpression AudienceExpression::negate(AudienceExpression operand)
{
    return {Kind::Not, {std::move(operand)}, {}, 0, 0};
}

AudienceExpression AudienceExpression::tag(QString tagId)
{
    return {Kind::Tag, {}, std::move(tagId), 0, 0};
}

AudienceExpression AudienceExpression::age(int minYears, int maxYears)
{
    return {Kind::Age, {}, {}, minYears, maxYears};
}

AudienceExpression AudienceExpression::gender(QString gender)
{
    return {Kind::Gender, {}, std::move(gender), 0, 0};
}

AudienceExpression AudienceExpression::region(QString regionId)
{
    return {Kind::Region, {}, std::move(regionId), 0, 0};
}

AudienceExpression AudienceExpression::realnameLevel(int minLevel, int maxLevel)
{
    return {Kind::RealnameLevel, {}, {}, minLevel, maxLevel};
}

AudienceExpression AudienceExpression::lifeEvent(QString tagId, int fromDays, int toDays)
{
    return {Kind::LifeEvent, {}, std::move(tagId), fromDays, toDays};
}

Result<AudienceExpression> parseAudienceExpression(const QJsonValue &json, const QString &path)
{
    Parser parser;
    AudienceExpression out;
    if (!parser.node(json, path, 1, out))
        return *parser.error;
    return out;
}

QJsonObject audienceExpressionToJson(const AudienceExpression &e)
{
    switch (e.kind) {
    case Kind::And:
    case Kind::Or: {
        QJsonArray args;
        for (const AudienceExpression &a : e.args)
            args.append(audienceExpressionToJson(a));
        return QJsonObject{{kOp, e.kind == Kind::And ? QStringLiteral("and") : QStringLiteral("or")},
                           {kArgs, args}};
    }
    case Kind::Not:
        return QJsonObject{
            {kOp, QStringLiteral("not")},
            {kArg, e.args.isEmpty() ? QJsonObject() : audienceExpressionToJson(e.args.first())}};
    case Kind::Tag:
    case Kind::Gender:
    case Kind::Region:
        return QJsonObject{{conditionKey(e.kind), e.value}};
    case Kind::Age:
    case Kind::RealnameLevel:
        return QJsonObject{{conditionKey(e.kind), boundsJson(e.min, e.max)}};
    case Kind::LifeEvent:
        return QJsonObject{
            {conditionKey(e.kind), QJsonObject{{kTagKey, e.value}, {kFromDays, e.min}, {kToDays, e.max}}}};
    }
    return {};
}

QList<AudienceReference> audienceReferences(const AudienceExpression &expression, const QString &path)
{
    QList<AudienceReference> out;
    collectReferences(expression, path, out);
    return out;
}

int ageOn(QDate birth, QDate day)
{
    if (!birth.isValid() || !day.isValid() || day < birth)
        return -1;
    int years = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --years;
    return years;
}

std::optional<std::pair<QDate, QDate>> birthDatesForAges(int minAge, int maxAge, QDate day)
{
    if (!day.isValid() || minAge < 0 || maxAge < minAge)
        return std::nullopt;
    const QDate last = latestBirthForAge(minAge, day);
    const QDate first = latestBirthForAge(maxAge + 1, day).addDays(1);
    if (!first.isValid() || !last.isValid() || first > last)
        return std::nullopt;
    return std::pair{first, last};
}

} // namespace gd
