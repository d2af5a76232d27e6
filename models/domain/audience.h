#pragma once
// Audiences (issue 7, proactive push): which citizens a push would reach, as an expression over their
// tags and attributes, and what POST /api/v1/audiences/count answers. Shared by the client (which builds
// expressions) and the server (which parses and evaluates them). An expression node is one JSON object:
//
//   {"op":"and","args":[node, …]}   all of them (at least one operand)
//   {"op":"or","args":[node, …]}    any of them (at least one operand)
//   {"op":"not","arg":node}         not that one
//   {"tag":"t_pregnant"}            has the tag now
//   {"age":{"min":20,"max":35}}     age in whole years on the server's today (China Standard Time), both
//                                   bounds included; either bound may be left out (0 and 150)
//   {"gender":"female"}             "male" or "female"
//   {"region":"350206"}             lives in that district (code), street, community or grid (region id)
//   {"realname_level":{"min":2,"max":3}}   real-name level 1 初级, 2 中级, 3 高级; either bound may be left
//   out
//   {"life_event":{"tag":"t_pregnant","from_days":56,"to_days":84}}
//                                   has the tag, acquired (citizen_tags.since) from_days to to_days days
//                                   before today, both included; from_days may be left out (0)
//
// At most kAudienceMaxDepth levels and kAudienceMaxNodes nodes. Whether a tag or region id exists is the
// server's to check; the parser checks the form only.

#include "domain/codec.h"

#include <optional>
#include <utility>

namespace gd {

inline constexpr int kAudienceMaxDepth = 16;
inline constexpr int kAudienceMaxNodes = 200;
inline constexpr int kAudienceMaxAge = 150;
inline constexpr int kAudienceMaxDays = 36600; // life events: about a hundred years back
inline constexpr int kAudienceMaxSample = 100;
inline constexpr int kAudienceDefaultSample = 20;

struct AudienceExpression {
    enum class Kind { And, Or, Not, Tag, Age, Gender, Region, RealnameLevel, LifeEvent };

    Kind kind = Kind::And;
    QList<AudienceExpression> args; // And / Or: the operands; Not: its one operand
    QString value;                  // Tag and LifeEvent: the tag id; Gender: "male"/"female"; Region: id
    int min = 0;                    // Age: years; RealnameLevel: level; LifeEvent: from_days
    int max = 0;                    // Age: years; RealnameLevel: level; LifeEvent: to_days

    static AudienceExpression allOf(QList<AudienceExpression> operands);
    static AudienceExpression anyOf(QList<AudienceExpression> operands);
    static AudienceExpression negate(AudienceExpression operand);
    static AudienceExpression tag(QString tagId);
    static AudienceExpression age(int minYears, int maxYears);
    static AudienceExpression gender(QString gender);
    static AudienceExpression region(QString regionId);
    static AudienceExpression realnameLevel(int minLevel, int maxLevel);
    static AudienceExpression lifeEvent(QString tagId, int fromDays, int toDays);

    bool operator==(const AudienceExpression &other) const = default;
};

// Reads an expression; BadRequest naming the bad node otherwise: details.path is its place from `path`
// ("expression.args[1].arg") and details.field the offending key's ("expression.args[1].arg.age.min").
Result<AudienceExpression> parseAudienceExpression(const QJsonValue &json,
                                                   const QString &path = QStringLiteral("expression"));
// The JSON form (bounds always written); parseAudienceExpression() reads it back equal.
QJsonObject audienceExpressionToJson(const AudienceExpression &expression);

// A tag or region an expression names, with the path of its node, for the server to check.
struct AudienceReference {
    QString path;
    AudienceExpression::Kind kind = AudienceExpression::Kind::Tag; // Tag, LifeEvent or Region
    QString id;
};
QList<AudienceReference> audienceReferences(const AudienceExpression &expression,
                                            const QString &path = QStringLiteral("expression"));

// Age in whole years on `day` of someone born on `birth`: the birthday of a 29 February child falls on
// 1 March in other years. -1 when either date is invalid or `day` is before `birth`.
int ageOn(QDate birth, QDate day);
// The birth dates of everyone aged minAge..maxAge (both included) on `day`, as the first and last date;
// nullopt when there are none.
std::optional<std::pair<QDate, QDate>> birthDatesForAges(int minAge, int maxAge, QDate day);

// POST /api/v1/audiences/count.
struct AudienceCountRequest {
    QJsonObject expression;
    std::optional<qint64> sample; // members to return, 0..kAudienceMaxSample; default 20

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("expression", s.expression);
        v("sample", s.sample);
    }
};

// One member of an audience's sample, masked: no ID number, no phone, only the surname of the name.
struct AudienceMember {
    QString id;
    QString name; // identity::maskName
    QString gender;
    std::optional<qint64> age; // on as_of; null without a valid birth date
    QString districtCode;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("name", s.name);
        v("gender", s.gender);
        v("age", s.age);
        v("district_code", s.districtCode);
    }
};

// The answer: how many citizens in the caller's scope the expression matches, a deterministic spread of
// up to `sample` of them (in the index's order), the day ages and life events were counted on, the scope
// ("city", a district code, "grids", "department:<id>") and the server-side time of the count.
struct AudienceCount {
    qint64 count = 0;
    QList<AudienceMember> sample;
    qint64 elapsedUs = 0;
    QDate asOf;
    QString scope;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("count", s.count);
        v("sample", s.sample);
        v("elapsed_us", s.elapsedUs);
        v("as_of", s.asOf);
        v("scope", s.scope);
    }
};

} // namespace gd
