// libFuzzer target: the audience expression (domain/audience.h, POST /api/v1/audiences/count and the
// campaigns' audiences). Input: JSON text of one expression node (any JSON value). Checks:
//   - parseAudienceExpression() either reads it or answers BadRequest with details.path/field inside the
//     expression;
//   - a read expression stays within the limits (depth, nodes, bounds), is written by
//     audienceExpressionToJson() and read back equal (audience.h promises it), and its references are
//     the tag/region/life-event nodes;
//   - evaluated by the server's bitmap index (AudienceIndex) over a small fixed population, on two days
//     (one of them 29 February), it counts exactly what a brute-force evaluation of the contract counts
//     (tests/common/audiencetestsupport), and its sample holds distinct matching citizens.

#include "fuzzsupport.h"

#include "audience/audienceindex.h"
#include "audiencetestsupport.h"
#include "domain/audience.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace gd;
using server::AudienceCitizen;
using server::AudienceIndex;
using server::AudienceScope;

namespace {

using Kind = AudienceExpression::Kind;

const QStringList kTags{QStringLiteral("t_pregnant"), QStringLiteral("t_elderly"),
                        QStringLiteral("t_disabled"), QStringLiteral("t_student"),
                        QStringLiteral("t_veteran")};
const QStringList kDistricts{QStringLiteral("350203"), QStringLiteral("350206")};

// A fixed population with the awkward cases: 29 February and 1 March birthdays, no or a future birth date,
// realname level 0, ids that are not UUIDs, tags without a date, tags acquired today and long ago.
QList<AudienceCitizen> makePopulation()
{
    QList<AudienceCitizen> people;
    const QDate base(2026, 11, 24);
    for (int i = 0; i < 64; ++i) {
        AudienceCitizen c;
        c.id = i % 9 == 4
                   ? QStringLiteral("citizen-%1").arg(i)
                   : QStringLiteral("00000000-0000-4000-8000-%1").arg(i * 7919, 12, 10, QLatin1Char('0'));
        c.gender = i % 3 == 0 ? QStringLiteral("female") : (i % 3 == 1 ? QStringLiteral("male") : QString());
        switch (i % 8) {
        case 0:
            c.birthDate = QDate(2000 - i % 5 * 4, 2, 29);
            break;
        case 1:
            c.birthDate = QDate(1990 + i % 7, 3, 1);
            break;
        case 2:
            c.birthDate = QDate(); // unknown
            break;
        case 3:
            c.birthDate = base.addDays(400); // born after the first day counted on
            break;
        default:
            c.birthDate = base.addDays(-(i * 811 + i * i * 97) % 40000);
        }
        c.realnameLevel = i % 4;
        c.districtCode = kDistricts.at(i % 2);
        c.streetId = QStringLiteral("st_%1").arg(i % 5);
        c.communityId = QStringLiteral("cm_%1").arg(i % 7);
        c.gridId = i % 6 == 5 ? QString() : QStringLiteral("g_%1").arg(i % 11);
        for (int t = 0; t < kTags.size(); ++t) {
            if ((i >> t) & 1) {
                QDate since;
                if ((i + t) % 3 != 0)
                    since = base.addDays(-((i * 37 + t * 101) % 500));
                c.tags.append({kTags.at(t), since});
            }
        }
        people.append(c);
    }
    return people;
}

struct Population {
    QList<AudienceCitizen> people;
    AudienceIndex index;

    Population()
    {
        const QList<AudienceCitizen> all = makePopulation();
        AudienceIndex::Builder builder;
        // Most in one build; some added, one replaced and one removed afterwards (the catch-up path).
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (i % 10 != 9)
                builder.add(all.at(i));
        }
        index.replace(builder);
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (i % 10 == 9)
                index.upsert(all.at(i));
        }
        AudienceCitizen changed = all.at(5);
        changed.tags.clear();
        changed.gender = QStringLiteral("female");
        index.upsert(changed);
        index.remove(all.at(7).id);
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (i == 7)
                continue;
            people.append(i == 5 ? changed : all.at(i));
        }
    }
};

const Population &population()
{
    static const Population p;
    return p;
}

int depthOf(const AudienceExpression &e)
{
    int deepest = 0;
    for (const AudienceExpression &a : e.args)
        deepest = std::max(deepest, depthOf(a));
    return deepest + 1;
}

int nodesOf(const AudienceExpression &e)
{
    int n = 1;
    for (const AudienceExpression &a : e.args)
        n += nodesOf(a);
    return n;
}

void checkForm(const AudienceExpression &e)
{
    switch (e.kind) {
    case Kind::And:
    case Kind::Or:
        FUZZ_CHECK(!e.args.isEmpty(), QStringLiteral("and/or without operands"));
        break;
    case Kind::Not:
        FUZZ_CHECK(e.args.size() == 1, QStringLiteral("not with %1 operands").arg(e.args.size()));
        break;
    case Kind::Tag:
    case Kind::Region:
    case Kind::LifeEvent:
        FUZZ_CHECK(!e.value.isEmpty() && e.value.size() <= 64,
                   QStringLiteral("id of %1 characters").arg(e.value.size()));
        break;
    case Kind::Gender:
        FUZZ_CHECK(e.value == QLatin1String("male") || e.value == QLatin1String("female"), e.value);
        break;
    case Kind::Age:
        FUZZ_CHECK(0 <= e.min && e.min <= e.max && e.max <= kAudienceMaxAge, QStringLiteral("age bounds"));
        break;
    case Kind::RealnameLevel:
        FUZZ_CHECK(1 <= e.min && e.min <= e.max && e.max <= 3, QStringLiteral("level bounds"));
        break;
    }
    if (e.kind == Kind::LifeEvent)
        FUZZ_CHECK(0 <= e.min && e.min <= e.max && e.max <= kAudienceMaxDays, QStringLiteral("day bounds"));
    for (const AudienceExpression &a : e.args)
        checkForm(a);
}

void checkEvaluation(const AudienceExpression &expression, QDate today, int sample)
{
    const Population &p = population();
    const server::AudienceMatch match =
        p.index.evaluate(expression, today, AudienceScope::everything(), sample);
    QSet<QString> matching;
    for (const AudienceCitizen &c : p.people) {
        if (test::audienceMatches(c, expression, today))
            matching.insert(c.id);
    }
    const QString expressionText =
        QString::fromUtf8(QJsonDocument(audienceExpressionToJson(expression)).toJson(QJsonDocument::Compact));
    FUZZ_CHECK(match.count == quint64(matching.size()),
               QStringLiteral("index counts %1, brute force %2 on %3: %4")
                   .arg(match.count)
                   .arg(matching.size())
                   .arg(today.toString(Qt::ISODate), expressionText));
    FUZZ_CHECK(match.sample.size() == std::min<qsizetype>(sample, matching.size()),
               QStringLiteral("sample of %1 for %2 matches").arg(match.sample.size()).arg(matching.size()));
    const QSet<QString> sampled(match.sample.cbegin(), match.sample.cend());
    FUZZ_CHECK(sampled.size() == match.sample.size(), QStringLiteral("sample repeats a citizen"));
    for (const QString &id : match.sample)
        FUZZ_CHECK(matching.contains(id), QStringLiteral("sampled %1 does not match").arg(id));
    const server::AudienceMatch nothing =
        p.index.evaluate(expression, today, AudienceScope::nothing(), sample);
    FUZZ_CHECK(nothing.count == 0 && nothing.sample.isEmpty(), QStringLiteral("an empty scope matched"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)population();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzz::bytesOf(data, size);
    const QJsonValue json = codec::parseRawJson(text);
    if (json.isUndefined())
        return 0;
    const Result<AudienceExpression> parsed = parseAudienceExpression(json);
    if (!parsed) {
        const Error &error = parsed.error();
        FUZZ_CHECK(error.code == ErrorCode::BadRequest, error.message);
        const QString path = error.details.value(QStringLiteral("path")).toString();
        const QString field = error.details.value(QStringLiteral("field")).toString();
        FUZZ_CHECK(path.startsWith(QLatin1String("expression")) && field.startsWith(path),
                   QStringLiteral("path '%1' field '%2'").arg(path, field));
        return 0;
    }
    const AudienceExpression &expression = *parsed;
    checkForm(expression);
    FUZZ_CHECK(depthOf(expression) <= kAudienceMaxDepth + 1,
               QStringLiteral("depth %1").arg(depthOf(expression)));
    FUZZ_CHECK(nodesOf(expression) <= kAudienceMaxNodes, QStringLiteral("%1 nodes").arg(nodesOf(expression)));

    const QJsonObject written = audienceExpressionToJson(expression);
    const Result<AudienceExpression> again = parseAudienceExpression(written);
    FUZZ_CHECK(again.ok(),
               QStringLiteral("own form refused: ") + (again ? QString() : again.error().message));
    FUZZ_CHECK(*again == expression, QStringLiteral("round trip changed the expression"));
    FUZZ_CHECK(audienceExpressionToJson(*again) == written, QStringLiteral("round trip changed the JSON"));

    for (const AudienceReference &r : audienceReferences(expression)) {
        FUZZ_CHECK(r.kind == Kind::Tag || r.kind == Kind::Region || r.kind == Kind::LifeEvent,
                   QStringLiteral("reference of another kind"));
        FUZZ_CHECK(r.path.startsWith(QLatin1String("expression")) && !r.id.isEmpty(), r.path);
    }

    const int sample = size > 0 ? data[size - 1] % (kAudienceMaxSample + 1) : kAudienceDefaultSample;
    checkEvaluation(expression, QDate(2026, 11, 24), sample);
    checkEvaluation(expression, QDate(2028, 2, 29), sample);
    return 0;
}
