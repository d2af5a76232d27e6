#pragma once
// The audience of a push campaign (issue 7) as staff edit it, and its conversion to and from the
// audience expression JSON of domain/audience.h (what POST /api/v1/audiences/count and the campaigns
// take). A value type; no Widgets, no I/O.
//
// Tag conditions are chips, each a citizen tag with a mode:
//   Required  必须有  the citizen has the tag                      → {"tag": id}
//   AnyOf     任一    the citizen has at least one of these tags   → {"op":"or","args":[{"tag": id}, …]}
//   Excluded  排除    the citizen does not have the tag            → {"op":"not","arg":{"tag": id}}
// Attribute filters: an age range, a gender, regions (a district, street, community or grid each; more
// than one are OR'ed), a real-name level range and one life event (a tag acquired from_days to to_days
// days ago). Unbounded ends are left out of the JSON ({"age":{"min":18}}).
//
// expression() is the AND of, in this order: the required tags, the OR of the any-of tags (even of one:
// it keeps the mode on the way back), a NOT per excluded tag, age, gender, the region (or the OR of the
// regions), real-name level, life event. A single operand is the expression itself, without the AND.
//
// Everyone: the server's parser has no empty expression (an "and" needs an operand), so an empty builder
// gives everyoneExpression(), {"op":"or","args":[{"gender":"male"},{"op":"not","arg":{"gender":"male"}}]}
// — true for every citizen, whatever the data (a citizen without a recorded gender too), counted by the
// server in the caller's scope. fromExpression() reads it back as an empty builder.
//
// fromExpression() reads every expression expression() gives (builder → JSON → builder is the identity)
// and the equivalent variants a hand-written or older expression may use (an "and" of one operand, nested
// "and"s, a bare condition, a one-region "or"); anything else — an "or" of mixed conditions, a "not" of
// something other than a tag, two age ranges, a tag both required and excluded, … — is an error with
// details.reason "unrepresentable": the editor then shows the JSON read-only.

#include "domain/audience.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// The names describe() shows for tag and region ids; an id without a name is shown as it is.
struct AudienceNames {
    QHash<QString, QString> tags;    // tag id -> 孕产妇
    QHash<QString, QString> regions; // region id (a district's is its code) -> 湖里区

    QString tag(const QString &id) const { return tags.value(id, id); }
    QString region(const QString &id) const { return regions.value(id, id); }
};

class AudienceBuilder {
    Q_DECLARE_TR_FUNCTIONS(AudienceBuilder)
public:
    enum class TagMode { Required, AnyOf, Excluded };
    enum class Gender { Any, Male, Female };

    struct TagCondition {
        QString tagId;
        TagMode mode = TagMode::Required;
        bool operator==(const TagCondition &other) const = default;
    };

    struct LifeEvent {
        QString tagId;
        int fromDays = 0; // 0..kAudienceMaxDays, not above toDays
        int toDays = 0;
        bool operator==(const LifeEvent &other) const = default;
    };

    static constexpr int kMinLevel = 1;
    static constexpr int kMaxLevel = 3;

    // Everyone in the caller's scope (see above).
    static QJsonObject everyoneExpression();

    bool isEmpty() const; // no condition: everyone

    // The tag chips, grouped by mode (required, any-of, excluded), each group in the order added.
    const QList<TagCondition> &tags() const { return m_tags; }
    QStringList tagIds(TagMode mode) const;
    std::optional<TagMode> tagMode(const QString &tagId) const;
    // Adds a chip at the end of its mode's group; a tag already there takes the new mode (and moves to
    // the end of that group). False (nothing changes) for an id the parser would refuse (empty, over 64
    // characters), or when the expression could grow past kAudienceMaxNodes (room is kept for age,
    // gender and real-name level).
    bool addTag(const QString &tagId, TagMode mode);
    // False when the tag is not there.
    bool setTagMode(const QString &tagId, TagMode mode);
    bool removeTag(const QString &tagId);

    // Age in whole years, both ends included; nullopt = 不限. Values are clamped to 0..kAudienceMaxAge,
    // 0 as the minimum and kAudienceMaxAge as the maximum mean unbounded, and a minimum above the
    // maximum raises the maximum to it.
    std::optional<int> minAge() const { return m_minAge; }
    std::optional<int> maxAge() const { return m_maxAge; }
    void setAgeRange(std::optional<int> minAge, std::optional<int> maxAge);

    Gender gender() const { return m_gender; }
    void setGender(Gender gender) { m_gender = gender; }

    // Region ids, OR'ed: lives in any of them. Duplicates, ids the parser would refuse and regions past
    // the node limit are left out (addRegion() false).
    const QStringList &regions() const { return m_regions; }
    bool addRegion(const QString &regionId);
    bool removeRegion(const QString &regionId);
    void setRegions(const QStringList &regionIds);

    // Real-name level, kMinLevel..kMaxLevel, both ends included; nullopt = 不限. Clamped; 1 as the
    // minimum and 3 as the maximum mean unbounded; a minimum above the maximum raises the maximum.
    std::optional<int> minRealnameLevel() const { return m_minLevel; }
    std::optional<int> maxRealnameLevel() const { return m_maxLevel; }
    void setRealnameLevelRange(std::optional<int> minLevel, std::optional<int> maxLevel);

    // Days clamped to 0..kAudienceMaxDays; fromDays above toDays raises toDays. nullopt or an empty tag id
    // clears it. False (nothing changes) for a tag id the parser would refuse or past the node limit.
    const std::optional<LifeEvent> &lifeEvent() const { return m_lifeEvent; }
    bool setLifeEvent(std::optional<LifeEvent> event);

    // The expression JSON (everyoneExpression() when empty); always valid for parseAudienceExpression().
    QJsonObject expression() const;
    // The nodes expression() has (kAudienceMaxNodes at most).
    int nodeCount() const;

    // The builder of an expression; BadRequest from the parser for an invalid one, BadRequest with
    // details.reason "unrepresentable" and details.path the node for one the builder cannot show.
    static Result<AudienceBuilder> fromExpression(const QJsonObject &expression);

    // One sentence in the UI language: "孕产妇 且 湖里区 且 18–35 岁，排除 低保户".
    QString describe(const AudienceNames &names) const;

    bool operator==(const AudienceBuilder &other) const = default;

private:
    // nodeCount() with age, gender and real-name level set: tags, regions and the life event leave room
    // for them, so that those setters never take the expression past kAudienceMaxNodes.
    int nodesWithEveryAttribute() const;

    QList<TagCondition> m_tags;
    std::optional<int> m_minAge;
    std::optional<int> m_maxAge;
    Gender m_gender = Gender::Any;
    QStringList m_regions;
    std::optional<int> m_minLevel;
    std::optional<int> m_maxLevel;
    std::optional<LifeEvent> m_lifeEvent;
};

} // namespace gd
