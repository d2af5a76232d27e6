#include "models/audiencebuilder.h"

#include "models/hometext.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace gd {
namespace {

using Kind = AudienceExpression::Kind;

const QString kOp = QStringLiteral("op");
const QString kArgs = QStringLiteral("args");
const QString kArg = QStringLiteral("arg");
const QString kMin = QStringLiteral("min");
const QString kMax = QStringLiteral("max");

QJsonObject tagNode(const QString &tagId)
{
    return QJsonObject{{QStringLiteral("tag"), tagId}};
}

QJsonObject regionNode(const QString &regionId)
{
    return QJsonObject{{QStringLiteral("region"), regionId}};
}

QJsonObject operation(const QString &op, const QJsonArray &args)
{
    return QJsonObject{{kOp, op}, {kArgs, args}};
}

QJsonObject negation(const QJsonObject &operand)
{
    return QJsonObject{{kOp, QStringLiteral("not")}, {kArg, operand}};
}

// {"min": …, "max": …} with the unbounded ends left out.
QJsonObject boundsNode(std::optional<int> min, std::optional<int> max)
{
    QJsonObject bounds;
    if (min)
        bounds.insert(kMin, *min);
    if (max)
        bounds.insert(kMax, *max);
    return bounds;
}

int modeRank(AudienceBuilder::TagMode mode)
{
    return int(mode);
}

Error unrepresentable(const QString &path, const QString &problem)
{
    return makeError(ErrorCode::BadRequest,
                     path + QStringLiteral(": ") + problem +
                         QStringLiteral("; the audience editor cannot show this expression as conditions and "
                                        "shows it read-only"),
                     QJsonObject{{QStringLiteral("reason"), QStringLiteral("unrepresentable")},
                                 {QStringLiteral("path"), path}});
}

// The operands of the top-level AND (nested ANDs flattened) with their paths; the expression itself when
// it is no AND.
void flatten(const AudienceExpression &e, const QString &path,
             QList<std::pair<const AudienceExpression *, QString>> &out)
{
    if (e.kind != Kind::And) {
        out.append({&e, path});
        return;
    }
    for (qsizetype i = 0; i < e.args.size(); ++i)
        flatten(e.args[i], path + QStringLiteral(".args[%1]").arg(i), out);
}

// An id the expression parser takes for `key` ("tag", "region"): not empty, not too long.
bool isValidId(const char *key, const QString &id)
{
    return parseAudienceExpression(QJsonObject{{QLatin1String(key), id}}).ok();
}

bool allOfKind(const QList<AudienceExpression> &args, Kind kind)
{
    return std::all_of(args.cbegin(), args.cend(),
                       [kind](const AudienceExpression &a) { return a.kind == kind; });
}

} // namespace

QJsonObject AudienceBuilder::everyoneExpression()
{
    const QJsonObject male{{QStringLiteral("gender"), QStringLiteral("male")}};
    return operation(QStringLiteral("or"), QJsonArray{male, negation(male)});
}

bool AudienceBuilder::isEmpty() const
{
    return m_tags.isEmpty() && !m_minAge && !m_maxAge && m_gender == Gender::Any && m_regions.isEmpty() &&
           !m_minLevel && !m_maxLevel && !m_lifeEvent;
}

QStringList AudienceBuilder::tagIds(TagMode mode) const
{
    QStringList ids;
    for (const TagCondition &t : m_tags) {
        if (t.mode == mode)
            ids.append(t.tagId);
    }
    return ids;
}

std::optional<AudienceBuilder::TagMode> AudienceBuilder::tagMode(const QString &tagId) const
{
    for (const TagCondition &t : m_tags) {
        if (t.tagId == tagId)
            return t.mode;
    }
    return std::nullopt;
}

bool AudienceBuilder::addTag(const QString &tagId, TagMode mode)
{
    if (!isValidId("tag", tagId))
        return false;
    AudienceBuilder next = *this;
    next.m_tags.removeIf([&tagId](const TagCondition &t) { return t.tagId == tagId; });
    // At the end of its group: after the last chip of the same or an earlier mode.
    qsizetype at = 0;
    while (at < next.m_tags.size() && modeRank(next.m_tags[at].mode) <= modeRank(mode))
        ++at;
    next.m_tags.insert(at, TagCondition{tagId, mode});
    if (next.nodesWithEveryAttribute() > kAudienceMaxNodes)
        return false;
    *this = std::move(next);
    return true;
}

bool AudienceBuilder::setTagMode(const QString &tagId, TagMode mode)
{
    if (!tagMode(tagId))
        return false;
    return addTag(tagId, mode);
}

bool AudienceBuilder::removeTag(const QString &tagId)
{
    return m_tags.removeIf([&tagId](const TagCondition &t) { return t.tagId == tagId; }) > 0;
}

void AudienceBuilder::setAgeRange(std::optional<int> minAge, std::optional<int> maxAge)
{
    int low = std::clamp(minAge.value_or(0), 0, kAudienceMaxAge);
    int high = std::clamp(maxAge.value_or(kAudienceMaxAge), 0, kAudienceMaxAge);
    high = std::max(low, high);
    m_minAge = low == 0 ? std::nullopt : std::optional<int>(low);
    m_maxAge = high == kAudienceMaxAge ? std::nullopt : std::optional<int>(high);
}

bool AudienceBuilder::addRegion(const QString &regionId)
{
    if (m_regions.contains(regionId) || !isValidId("region", regionId))
        return false;
    AudienceBuilder next = *this;
    next.m_regions.append(regionId);
    if (next.nodesWithEveryAttribute() > kAudienceMaxNodes)
        return false;
    *this = std::move(next);
    return true;
}

bool AudienceBuilder::removeRegion(const QString &regionId)
{
    return m_regions.removeAll(regionId) > 0;
}

void AudienceBuilder::setRegions(const QStringList &regionIds)
{
    m_regions.clear();
    for (const QString &id : regionIds)
        addRegion(id);
}

void AudienceBuilder::setRealnameLevelRange(std::optional<int> minLevel, std::optional<int> maxLevel)
{
    int low = std::clamp(minLevel.value_or(kMinLevel), kMinLevel, kMaxLevel);
    int high = std::clamp(maxLevel.value_or(kMaxLevel), kMinLevel, kMaxLevel);
    high = std::max(low, high);
    m_minLevel = low == kMinLevel ? std::nullopt : std::optional<int>(low);
    m_maxLevel = high == kMaxLevel ? std::nullopt : std::optional<int>(high);
}

bool AudienceBuilder::setLifeEvent(std::optional<LifeEvent> event)
{
    if (!event || event->tagId.isEmpty()) {
        m_lifeEvent.reset();
        return true;
    }
    if (!isValidId("tag", event->tagId))
        return false;
    AudienceBuilder next = *this;
    event->fromDays = std::clamp(event->fromDays, 0, kAudienceMaxDays);
    event->toDays = std::clamp(event->toDays, event->fromDays, kAudienceMaxDays);
    next.m_lifeEvent = std::move(event);
    if (next.nodesWithEveryAttribute() > kAudienceMaxNodes)
        return false;
    *this = std::move(next);
    return true;
}

QJsonObject AudienceBuilder::expression() const
{
    if (isEmpty())
        return everyoneExpression();
    QJsonArray parts;
    QJsonArray anyOf;
    QJsonArray excluded;
    for (const TagCondition &t : m_tags) {
        switch (t.mode) {
        case TagMode::Required:
            parts.append(tagNode(t.tagId));
            break;
        case TagMode::AnyOf:
            anyOf.append(tagNode(t.tagId));
            break;
        case TagMode::Excluded:
            excluded.append(negation(tagNode(t.tagId)));
            break;
        }
    }
    if (!anyOf.isEmpty())
        parts.append(operation(QStringLiteral("or"), anyOf));
    for (const QJsonValue &e : std::as_const(excluded))
        parts.append(e);
    if (m_minAge || m_maxAge)
        parts.append(QJsonObject{{QStringLiteral("age"), boundsNode(m_minAge, m_maxAge)}});
    if (m_gender != Gender::Any)
        parts.append(
            QJsonObject{{QStringLiteral("gender"),
                         m_gender == Gender::Male ? QStringLiteral("male") : QStringLiteral("female")}});
    if (m_regions.size() == 1) {
        parts.append(regionNode(m_regions.first()));
    } else if (m_regions.size() > 1) {
        QJsonArray regions;
        for (const QString &id : m_regions)
            regions.append(regionNode(id));
        parts.append(operation(QStringLiteral("or"), regions));
    }
    if (m_minLevel || m_maxLevel)
        parts.append(QJsonObject{{QStringLiteral("realname_level"), boundsNode(m_minLevel, m_maxLevel)}});
    if (m_lifeEvent)
        parts.append(QJsonObject{
            {QStringLiteral("life_event"), QJsonObject{{QStringLiteral("tag"), m_lifeEvent->tagId},
                                                       {QStringLiteral("from_days"), m_lifeEvent->fromDays},
                                                       {QStringLiteral("to_days"), m_lifeEvent->toDays}}}});
    if (parts.size() == 1)
        return parts.first().toObject();
    return operation(QStringLiteral("and"), parts);
}

int AudienceBuilder::nodeCount() const
{
    if (isEmpty())
        return 4; // or, gender, not, gender
    int nodes = 0;
    int operands = 0;
    int anyOf = 0;
    for (const TagCondition &t : m_tags) {
        switch (t.mode) {
        case TagMode::Required:
            nodes += 1;
            ++operands;
            break;
        case TagMode::AnyOf:
            nodes += 1;
            ++anyOf;
            break;
        case TagMode::Excluded:
            nodes += 2;
            ++operands;
            break;
        }
    }
    if (anyOf > 0) {
        nodes += 1;
        ++operands;
    }
    for (bool set :
         {m_minAge || m_maxAge, m_gender != Gender::Any, m_minLevel || m_maxLevel, m_lifeEvent.has_value()}) {
        if (set) {
            nodes += 1;
            ++operands;
        }
    }
    if (!m_regions.isEmpty()) {
        nodes += int(m_regions.size()) + (m_regions.size() > 1 ? 1 : 0);
        ++operands;
    }
    return nodes + (operands > 1 ? 1 : 0);
}

int AudienceBuilder::nodesWithEveryAttribute() const
{
    AudienceBuilder full = *this;
    full.m_minAge = m_minAge.value_or(1);
    full.m_gender = m_gender == Gender::Any ? Gender::Male : m_gender;
    full.m_minLevel = m_minLevel.value_or(kMaxLevel);
    return full.nodeCount();
}

Result<AudienceBuilder> AudienceBuilder::fromExpression(const QJsonObject &expression)
{
    const QString root = QStringLiteral("expression");
    const Result<AudienceExpression> parsed = parseAudienceExpression(expression, root);
    if (!parsed)
        return parsed.error();
    static const AudienceExpression everyone = parseAudienceExpression(everyoneExpression()).value();
    if (*parsed == everyone)
        return AudienceBuilder();

    QList<std::pair<const AudienceExpression *, QString>> parts;
    flatten(*parsed, root, parts);
    AudienceBuilder b;
    bool anyOfSeen = false;
    bool regionsSeen = false;
    bool ageSeen = false;
    bool genderSeen = false;
    bool levelSeen = false;
    // A tag in one mode; the same tag again in that mode adds nothing (a ∧ a = a), in another is a
    // condition the chips cannot show.
    const auto addTag = [&b](const QString &tagId, TagMode mode,
                             const QString &path) -> std::optional<Error> {
        if (const auto existing = b.tagMode(tagId)) {
            if (*existing == mode)
                return std::nullopt;
            return unrepresentable(path, QStringLiteral("the tag %1 has two conditions").arg(tagId));
        }
        b.m_tags.append(TagCondition{tagId, mode});
        return std::nullopt;
    };
    const auto twice = [](const QString &path, const char *what) {
        return unrepresentable(path, QStringLiteral("a second %1 condition").arg(QLatin1String(what)));
    };

    for (const auto &[part, path] : std::as_const(parts)) {
        const AudienceExpression &e = *part;
        switch (e.kind) {
        case Kind::Tag:
            if (auto error = addTag(e.value, TagMode::Required, path))
                return *error;
            break;
        case Kind::Or:
            if (allOfKind(e.args, Kind::Tag)) {
                if (anyOfSeen)
                    return unrepresentable(path, QStringLiteral("a second \"or\" of tags"));
                anyOfSeen = true;
                for (qsizetype i = 0; i < e.args.size(); ++i) {
                    if (auto error = addTag(e.args[i].value, TagMode::AnyOf,
                                            path + QStringLiteral(".args[%1]").arg(i)))
                        return *error;
                }
            } else if (allOfKind(e.args, Kind::Region)) {
                if (regionsSeen)
                    return twice(path, "region");
                regionsSeen = true;
                for (const AudienceExpression &region : e.args)
                    b.addRegion(region.value);
            } else {
                return unrepresentable(path,
                                       QStringLiteral("an \"or\" of conditions other than tags alone or "
                                                      "regions alone"));
            }
            break;
        case Kind::Not:
            if (e.args.size() != 1 || e.args.first().kind != Kind::Tag)
                return unrepresentable(path, QStringLiteral("a \"not\" of something other than one tag"));
            if (auto error = addTag(e.args.first().value, TagMode::Excluded, path))
                return *error;
            break;
        case Kind::Age:
            if (ageSeen)
                return twice(path, "age");
            ageSeen = true;
            b.setAgeRange(e.min, e.max);
            if (!b.m_minAge && !b.m_maxAge)
                return unrepresentable(path, QStringLiteral("an age range of every age (0 to %1) leaves out "
                                                            "citizens without a birth date")
                                                 .arg(kAudienceMaxAge));
            break;
        case Kind::Gender:
            if (genderSeen)
                return twice(path, "gender");
            genderSeen = true;
            b.m_gender = e.value == QLatin1String("male") ? Gender::Male : Gender::Female;
            break;
        case Kind::Region:
            if (regionsSeen)
                return twice(path, "region");
            regionsSeen = true;
            b.addRegion(e.value);
            break;
        case Kind::RealnameLevel:
            if (levelSeen)
                return twice(path, "real-name level");
            levelSeen = true;
            b.setRealnameLevelRange(e.min, e.max);
            if (!b.m_minLevel && !b.m_maxLevel)
                return unrepresentable(path, QStringLiteral("a real-name level range of every level (1 to 3) "
                                                            "leaves out citizens without a level"));
            break;
        case Kind::LifeEvent:
            if (b.m_lifeEvent)
                return twice(path, "life event");
            b.setLifeEvent(LifeEvent{e.value, e.min, e.max});
            break;
        case Kind::And:
            break; // flattened
        }
    }
    // Chips grouped by mode, each group in the expression's order.
    std::stable_sort(b.m_tags.begin(), b.m_tags.end(), [](const TagCondition &x, const TagCondition &y) {
        return modeRank(x.mode) < modeRank(y.mode);
    });
    return b;
}

QString AudienceBuilder::describe(const AudienceNames &names) const
{
    const QString listSeparator = tr(", ", "between the names of a list in an audience description");
    const QString orSeparator = tr(" or ", "between alternatives in an audience description");
    QStringList positive;
    for (const QString &id : tagIds(TagMode::Required))
        positive.append(names.tag(id));
    if (const QStringList anyOf = tagIds(TagMode::AnyOf); !anyOf.isEmpty()) {
        QStringList tagNames;
        for (const QString &id : anyOf)
            tagNames.append(names.tag(id));
        positive.append(
            anyOf.size() == 1
                ? tagNames.first()
                : tr("any of (%1)", "tags: has at least one of them").arg(tagNames.join(listSeparator)));
    }
    if (m_lifeEvent) {
        const QString tag = names.tag(m_lifeEvent->tagId);
        positive.append(
            m_lifeEvent->fromDays == 0
                ? tr("%1 in the last %2 days", "life event: tag acquired").arg(tag).arg(m_lifeEvent->toDays)
                : tr("%1 acquired %2–%3 days ago", "life event")
                      .arg(tag)
                      .arg(m_lifeEvent->fromDays)
                      .arg(m_lifeEvent->toDays));
    }
    if (!m_regions.isEmpty()) {
        QStringList regionNames;
        for (const QString &id : m_regions)
            regionNames.append(names.region(id));
        positive.append(m_regions.size() == 1
                            ? regionNames.first()
                            : tr("(%1)", "regions, one of them").arg(regionNames.join(orSeparator)));
    }
    if (m_minAge && m_maxAge)
        positive.append(*m_minAge == *m_maxAge ? tr("aged %1").arg(*m_minAge)
                                               : tr("aged %1–%2").arg(*m_minAge).arg(*m_maxAge));
    else if (m_minAge)
        positive.append(tr("aged %1 or over").arg(*m_minAge));
    else if (m_maxAge)
        positive.append(tr("aged %1 or under").arg(*m_maxAge));
    if (m_gender != Gender::Any)
        positive.append(m_gender == Gender::Male ? tr("men") : tr("women"));
    const int lowLevel = m_minLevel.value_or(kMinLevel);
    const int highLevel = m_maxLevel.value_or(kMaxLevel);
    if (lowLevel == highLevel) // also 初级 or lower and 高级 or higher: one level
        positive.append(tr("real-name level %1").arg(HomeText::realnameLevel(lowLevel)));
    else if (m_minLevel && m_maxLevel)
        positive.append(tr("real-name level %1–%2")
                            .arg(HomeText::realnameLevel(lowLevel), HomeText::realnameLevel(highLevel)));
    else if (m_minLevel)
        positive.append(tr("real-name level %1 or higher").arg(HomeText::realnameLevel(lowLevel)));
    else if (m_maxLevel)
        positive.append(tr("real-name level %1 or lower").arg(HomeText::realnameLevel(highLevel)));

    QString sentence = positive.isEmpty()
                           ? tr("Everyone in your scope")
                           : positive.join(tr(" and ", "between the conditions of an audience description"));
    if (const QStringList excluded = tagIds(TagMode::Excluded); !excluded.isEmpty()) {
        QStringList tagNames;
        for (const QString &id : excluded)
            tagNames.append(names.tag(id));
        sentence = tr("%1, excluding %2", "audience description: conditions, excluded tags")
                       .arg(sentence, tagNames.join(listSeparator));
    }
    return sentence;
}

} // namespace gd
