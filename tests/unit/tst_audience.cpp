// Audiences (issue 7): the expression parser of domain/audience.h (forms, defaults, every 400 with the path
// of the bad node), ages on 29 February, and AudienceIndex against a brute-force evaluation over the same
// in-memory citizens: hundreds of seeded random expressions on several days (leap days included), in every
// kind of scope, before and after updates (tags added and removed, attributes changed, citizens added and
// removed), the sample's determinism and spread, and counts while another thread writes.

#include "audience/audienceindex.h"
#include "audiencetestsupport.h"

#include "domain/audience.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <random>
#include <thread>

using namespace gd;
using namespace gd::server;
using gd::test::audienceMatches;
using gd::test::RandomAudienceExpressions;

namespace {

using Kind = AudienceExpression::Kind;

const QStringList kTags{QStringLiteral("t_pregnant"),     QStringLiteral("t_car_owner"),
                        QStringLiteral("t_unemployed"),   QStringLiteral("t_veteran"),
                        QStringLiteral("t_elderly_home"), QStringLiteral("t_newborn_family"),
                        QStringLiteral("t_disabled"),     QStringLiteral("t_interest_jobs")};
const QStringList kDistricts{QStringLiteral("350203"), QStringLiteral("350206"), QStringLiteral("350211")};

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// The regions of district d: 2 streets, each with 2 communities, each with 2 grids.
struct Place {
    QString district, street, community, grid;
};

Place placeOf(std::mt19937_64 &rng)
{
    const int d = int(rng() % 3), s = int(rng() % 2), c = int(rng() % 2), g = int(rng() % 2);
    const QString street = kDistricts[d] + QStringLiteral("-s%1").arg(s);
    const QString community = street + QStringLiteral("-c%1").arg(c);
    return {kDistricts[d], street, community, community + QStringLiteral("-g%1").arg(g)};
}

QStringList allRegions()
{
    QStringList out;
    for (const QString &d : kDistricts) {
        out.append(d);
        for (int s = 0; s < 2; ++s) {
            const QString street = d + QStringLiteral("-s%1").arg(s);
            out.append(street);
            for (int c = 0; c < 2; ++c) {
                const QString community = street + QStringLiteral("-c%1").arg(c);
                out.append(community);
                for (int g = 0; g < 2; ++g)
                    out.append(community + QStringLiteral("-g%1").arg(g));
            }
        }
    }
    return out;
}

// The days the tests count on: leap days and their neighbours, a year's end, an ordinary day.
const QList<QDate> kDays{QDate(2027, 2, 28), QDate(2028, 2, 28),  QDate(2028, 2, 29),
                         QDate(2028, 3, 1),  QDate(2026, 11, 25), QDate(2027, 12, 31)};

QDate randomBirth(std::mt19937_64 &rng)
{
    switch (rng() % 6) {
    case 0: // a leap day
        return QDate(1932 + 4 * int(rng() % 24), 2, 29);
    case 1: // right around one of the test days, some years back
    {
        const QDate day = kDays[qsizetype(rng() % quint64(kDays.size()))];
        return day.addYears(-int(rng() % 90)).addDays(int(rng() % 5) - 2);
    }
    default:
        return QDate(1930, 1, 1).addDays(qint64(rng() % 36000));
    }
}

AudienceCitizen randomCitizen(std::mt19937_64 &rng, QString id)
{
    AudienceCitizen c;
    c.id = std::move(id);
    c.gender = rng() % 2 ? QStringLiteral("female") : QStringLiteral("male");
    c.birthDate = rng() % 200 == 0 ? QDate() : randomBirth(rng);
    c.realnameLevel = 1 + int(rng() % 3);
    const Place p = placeOf(rng);
    c.districtCode = p.district;
    c.streetId = p.street;
    c.communityId = p.community;
    c.gridId = p.grid;
    for (const QString &tag : kTags) {
        if (rng() % 4 != 0)
            continue;
        QDate since = kDays[qsizetype(rng() % quint64(kDays.size()))].addDays(-qint64(rng() % 400));
        if (rng() % 50 == 0)
            since = QDate();
        c.tags.append({tag, since});
    }
    return c;
}

QString randomId(std::mt19937_64 &rng, int n)
{
    // Mostly canonical UUIDs; a few other ids (upper-case UUIDs, plain names) take the extra rows.
    if (n % 97 == 0)
        return QStringLiteral("citizen-%1").arg(n);
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(rng());
    const QString uuid = QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    return n % 89 == 0 ? uuid.toUpper() : uuid;
}

bool inScope(const AudienceCitizen &c, const AudienceScope &scope, const QSet<QString> &members)
{
    switch (scope.kind) {
    case AudienceScope::Kind::Everything:
        return true;
    case AudienceScope::Kind::Regions:
        return std::any_of(scope.keys.cbegin(), scope.keys.cend(), [&](const QString &r) {
            return audienceMatches(c, AudienceExpression::region(r), QDate());
        });
    case AudienceScope::Kind::Members:
        return scope.keys.value(0) == QLatin1String("dept:wjw") && members.contains(c.id);
    case AudienceScope::Kind::Nothing:
        return false;
    }
    return false;
}

// Random expressions over the test's tags and regions, an unknown one of each among them.
RandomAudienceExpressions randomExpressions(quint64 seed)
{
    return RandomAudienceExpressions(seed, kTags + QStringList{QStringLiteral("t_unknown")},
                                     allRegions() + QStringList{QStringLiteral("nowhere")});
}

// The citizens of a test, their index, and the member set of an "officer".
struct Population {
    QList<AudienceCitizen> citizens;
    QSet<QString> members;
    AudienceIndex index;

    explicit Population(int n, quint64 seed)
    {
        std::mt19937_64 rng(seed);
        AudienceIndex::Builder builder;
        for (int i = 0; i < n; ++i) {
            const AudienceCitizen &c = citizens.emplace_back(randomCitizen(rng, randomId(rng, i)));
            if (i % 3 != 0) {
                builder.add(c);
            } else {
                // The tags of every third citizen come as a table read on its own would give them: before
                // the citizen, some twice.
                for (const AudienceCitizen::Tag &t : c.tags)
                    builder.addTag(c.id, t.tagId, t.since);
                if (i % 6 == 0 && !c.tags.isEmpty())
                    builder.addTag(c.id, c.tags.first().tagId, c.tags.first().since);
                AudienceCitizen bare = c;
                bare.tags.clear();
                builder.add(bare);
            }
            if (rng() % 5 == 0) {
                members.insert(citizens.last().id);
                builder.addMember(QStringLiteral("dept:wjw"), citizens.last().id);
            }
        }
        builder.addMember(QStringLiteral("dept:wjw"), QStringLiteral("not-a-citizen"));
        builder.addTag(QStringLiteral("not-a-citizen"), kTags.first(), kDays.first());
        index.replace(builder);
    }

    quint64 bruteForce(const AudienceExpression &e, QDate today, const AudienceScope &scope) const
    {
        return quint64(gd::test::countMatching(
            citizens, e, today, [&](const AudienceCitizen &c) { return inScope(c, scope, members); }));
    }

    const AudienceCitizen *find(const QString &id) const { return gd::test::findCitizen(citizens, id); }
};

QString describe(const AudienceExpression &e)
{
    return QString::fromUtf8(QJsonDocument(audienceExpressionToJson(e)).toJson(QJsonDocument::Compact));
}

const QList<AudienceScope> &scopes()
{
    static const QList<AudienceScope> list{
        AudienceScope::everything(),
        AudienceScope::regions({QStringLiteral("350206")}),
        AudienceScope::regions({QStringLiteral("350203-s0-c1-g0"), QStringLiteral("350211-s1-c0-g1")}),
        AudienceScope::members(QStringLiteral("dept:wjw")),
        AudienceScope::members(QStringLiteral("dept:none")),
        AudienceScope::nothing()};
    return list;
}

} // namespace

class TestAudience : public QObject {
    Q_OBJECT

private:
    // Counts of `expressions` random expressions (seeded) equal the brute force on every day and scope;
    // every sampled member matches and is in scope. The number of expressions compared.
    int compareRandom(const Population &p, quint64 seed, int expressions)
    {
        RandomAudienceExpressions maker = randomExpressions(seed);
        int compared = 0;
        for (int i = 0; i < expressions; ++i) {
            const AudienceExpression e = maker.next();
            const QDate today = kDays[i % kDays.size()];
            const AudienceScope &scope = scopes()[i % scopes().size()];
            const AudienceMatch m = p.index.evaluate(e, today, scope, 20);
            const quint64 expected = p.bruteForce(e, today, scope);
            if (m.count != expected)
                qWarning("expression %d on %s: %s", i, qPrintable(today.toString(Qt::ISODate)),
                         qPrintable(describe(e)));
            [&] {
                QCOMPARE(m.count, expected);
            }();
            if (QTest::currentTestFailed())
                return compared;
            [&] {
                QCOMPARE(quint64(m.sample.size()), std::min<quint64>(20, expected));
            }();
            for (const QString &id : m.sample) {
                const AudienceCitizen *c = p.find(id);
                [&] {
                    QVERIFY2(c, qPrintable(id));
                    QVERIFY(audienceMatches(*c, e, today));
                    QVERIFY(inScope(*c, scope, p.members));
                }();
            }
            ++compared;
        }
        return compared;
    }

private slots:
    void parsesEveryForm()
    {
        const QJsonObject text = json(R"({"op":"and","args":[
            {"tag":"t_pregnant"},
            {"op":"or","args":[{"age":{"min":20,"max":35}},{"age":{"min":60}},{"age":{"max":3}}]},
            {"op":"not","arg":{"gender":"male"}},
            {"region":"350206"},
            {"realname_level":{"min":2}},
            {"life_event":{"tag":"t_pregnant","from_days":56,"to_days":84}},
            {"life_event":{"tag":"t_newborn_family","to_days":30}}]})");
        auto e = parseAudienceExpression(text);
        QVERIFY2(e, qPrintable(e.ok() ? QString() : e.error().message));
        const auto expected = AudienceExpression::allOf(
            {AudienceExpression::tag(QStringLiteral("t_pregnant")),
             AudienceExpression::anyOf({AudienceExpression::age(20, 35), AudienceExpression::age(60, 150),
                                        AudienceExpression::age(0, 3)}),
             AudienceExpression::negate(AudienceExpression::gender(QStringLiteral("male"))),
             AudienceExpression::region(QStringLiteral("350206")), AudienceExpression::realnameLevel(2, 3),
             AudienceExpression::lifeEvent(QStringLiteral("t_pregnant"), 56, 84),
             AudienceExpression::lifeEvent(QStringLiteral("t_newborn_family"), 0, 30)});
        QVERIFY(*e == expected);
        // The JSON form reads back equal.
        auto again = parseAudienceExpression(audienceExpressionToJson(*e));
        QVERIFY(again);
        QVERIFY(*again == expected);
        const QList<AudienceReference> refs = audienceReferences(*e);
        QCOMPARE(refs.size(), 4);
        QCOMPARE(refs[0].path, QStringLiteral("expression.args[0]"));
        QCOMPARE(refs[1].path, QStringLiteral("expression.args[3]"));
        QCOMPARE(refs[1].kind, Kind::Region);
        QCOMPARE(refs[3].id, QStringLiteral("t_newborn_family"));
    }

    void rejectsBadExpressions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const char *text, const char *path, const char *field) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(path)
                                << QString::fromUtf8(field);
        };
        row("not an object", R"(["tag"])", "expression", "expression");
        row("unknown op", R"({"op":"xor","args":[{"tag":"a"}]})", "expression", "expression.op");
        row("op not a string", R"({"op":1,"args":[{"tag":"a"}]})", "expression", "expression.op");
        row("empty and", R"({"op":"and","args":[]})", "expression", "expression.args");
        row("empty or", R"({"op":"or","args":[]})", "expression", "expression.args");
        row("args not an array", R"({"op":"or","args":{"tag":"a"}})", "expression", "expression.args");
        row("not without arg", R"({"op":"not"})", "expression", "expression.arg");
        row("not with args", R"({"op":"not","args":[{"tag":"a"}]})", "expression", "expression.args");
        row("empty node", R"({"op":"and","args":[{"tag":"a"},{}]})", "expression.args[1]",
            "expression.args[1]");
        row("unknown key", R"({"op":"and","args":[{"tag":"a"},{"op":"not","arg":{"colour":"red"}}]})",
            "expression.args[1].arg", "expression.args[1].arg.colour");
        row("two conditions", R"({"tag":"a","gender":"male"})", "expression", "expression");
        row("tag not a string", R"({"op":"or","args":[{"tag":7}]})", "expression.args[0]",
            "expression.args[0].tag");
        row("empty tag", R"({"tag":""})", "expression", "expression.tag");
        row("bad gender", R"({"gender":"other"})", "expression", "expression.gender");
        row("age not an object", R"({"age":30})", "expression", "expression.age");
        row("age min a string", R"({"age":{"min":"20"}})", "expression", "expression.age.min");
        row("age fraction", R"({"age":{"min":20.5}})", "expression", "expression.age.min");
        row("age too high", R"({"age":{"max":151}})", "expression", "expression.age.max");
        row("age negative", R"({"age":{"min":-1}})", "expression", "expression.age.min");
        row("age no bounds", R"({"age":{}})", "expression", "expression.age");
        row("age min above max", R"({"age":{"min":40,"max":30}})", "expression", "expression.age");
        row("age unknown bound", R"({"age":{"from":3}})", "expression", "expression.age.from");
        row("level zero", R"({"realname_level":{"min":0}})", "expression", "expression.realname_level.min");
        row("level four", R"({"realname_level":{"max":4}})", "expression", "expression.realname_level.max");
        row("life event no tag", R"({"life_event":{"to_days":3}})", "expression",
            "expression.life_event.tag");
        row("life event no to", R"({"life_event":{"tag":"a","from_days":3}})", "expression",
            "expression.life_event.to_days");
        row("life event backwards", R"({"life_event":{"tag":"a","from_days":9,"to_days":3}})", "expression",
            "expression.life_event");
        row("life event too far", R"({"life_event":{"tag":"a","to_days":36601}})", "expression",
            "expression.life_event.to_days");
        row("life event extra", R"({"life_event":{"tag":"a","to_days":3,"since":1}})", "expression",
            "expression.life_event.since");
        row("region object", R"({"region":{"id":"x"}})", "expression", "expression.region");
    }

    void rejectsBadExpressions()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QFETCH(QString, field);
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        auto e = parseAudienceExpression(value);
        QVERIFY(!e);
        QCOMPARE(e.error().code, ErrorCode::BadRequest);
        QCOMPARE(e.error().details.value(QStringLiteral("path")).toString(), path);
        QCOMPARE(e.error().details.value(QStringLiteral("field")).toString(), field);
        QVERIFY2(e.error().message.startsWith(field + QStringLiteral(": ")), qPrintable(e.error().message));
    }

    void limitsDepthAndSize()
    {
        // 16 levels are fine, 17 are not; the path names the node that is too deep.
        QJsonObject node{{QStringLiteral("tag"), QStringLiteral("a")}};
        for (int i = 1; i < kAudienceMaxDepth; ++i)
            node = QJsonObject{{QStringLiteral("op"), QStringLiteral("not")}, {QStringLiteral("arg"), node}};
        QVERIFY(parseAudienceExpression(node));
        node = QJsonObject{{QStringLiteral("op"), QStringLiteral("not")}, {QStringLiteral("arg"), node}};
        auto deep = parseAudienceExpression(node);
        QVERIFY(!deep);
        QString path = QStringLiteral("expression");
        for (int i = 1; i < kAudienceMaxDepth + 1; ++i)
            path += QStringLiteral(".arg");
        QCOMPARE(deep.error().details.value(QStringLiteral("path")).toString(), path);

        // 200 nodes are fine (the and + 199 operands), 201 are not.
        QJsonArray args;
        for (int i = 0; i < kAudienceMaxNodes - 1; ++i)
            args.append(QJsonObject{{QStringLiteral("tag"), QStringLiteral("a")}});
        QJsonObject wide{{QStringLiteral("op"), QStringLiteral("or")}, {QStringLiteral("args"), args}};
        QVERIFY(parseAudienceExpression(wide));
        args.append(QJsonObject{{QStringLiteral("tag"), QStringLiteral("a")}});
        wide.insert(QStringLiteral("args"), args);
        auto big = parseAudienceExpression(wide);
        QVERIFY(!big);
        QCOMPARE(big.error().details.value(QStringLiteral("path")).toString(),
                 QStringLiteral("expression.args[199]"));
    }

    void agesOnLeapDays()
    {
        const QDate leap(2000, 2, 29);
        QCOMPARE(ageOn(leap, QDate(2001, 2, 28)), 0);
        QCOMPARE(ageOn(leap, QDate(2001, 3, 1)), 1);
        QCOMPARE(ageOn(leap, QDate(2004, 2, 29)), 4);
        QCOMPARE(ageOn(QDate(2000, 3, 1), QDate(2004, 2, 29)), 3);
        QCOMPARE(ageOn(QDate(2000, 2, 28), QDate(2001, 2, 28)), 1);
        QCOMPARE(ageOn(QDate(2001, 1, 1), QDate(2000, 12, 31)), -1);
        QCOMPARE(ageOn(QDate(), QDate(2000, 12, 31)), -1);

        // Aged exactly 20 on 28 Feb 2021: born 29 Feb 2000 (who turns 21 only on 1 March) .. 28 Feb 2001.
        auto r = birthDatesForAges(20, 20, QDate(2021, 2, 28));
        QVERIFY(r);
        QCOMPARE(r->first, QDate(2000, 2, 29));
        QCOMPARE(r->second, QDate(2001, 2, 28));
        // On 29 Feb 2024, those born on 29 Feb 2004 turn 20.
        r = birthDatesForAges(20, 20, QDate(2024, 2, 29));
        QVERIFY(r);
        QCOMPARE(r->first, QDate(2003, 3, 1));
        QCOMPARE(r->second, QDate(2004, 2, 29));
        // Newborns: born today counts as 0.
        r = birthDatesForAges(0, 0, QDate(2026, 11, 25));
        QVERIFY(r);
        QCOMPARE(r->second, QDate(2026, 11, 25));
        QCOMPARE(r->first, QDate(2025, 11, 26));
        // Every date of every range has the right age, and its neighbours do not.
        for (const QDate &day : kDays) {
            for (int min = 0; min < 100; min += 7) {
                const auto range = birthDatesForAges(min, min + 3, day);
                QVERIFY(range);
                QVERIFY(ageOn(range->first, day) <= min + 3 &&
                        ageOn(range->first.addDays(-1), day) > min + 3);
                QVERIFY(ageOn(range->second, day) >= min && ageOn(range->second.addDays(1), day) < min);
            }
        }
    }

    void countsEqualBruteForce()
    {
        const Population p(4000, 20261125);
        QCOMPARE(qint64(p.index.stats().citizens), qint64(p.citizens.size()));
        const int compared = compareRandom(p, 7, 300);
        QCOMPARE(compared, 300);
        // A few fixed ones, as a push page would send them.
        const QDate today(2028, 2, 29);
        const QList<AudienceExpression> fixed{
            AudienceExpression::tag(QStringLiteral("t_pregnant")),
            AudienceExpression::lifeEvent(QStringLiteral("t_pregnant"), 56, 84),
            AudienceExpression::allOf(
                {AudienceExpression::age(20, 35), AudienceExpression::gender(QStringLiteral("female")),
                 AudienceExpression::negate(AudienceExpression::tag(QStringLiteral("t_car_owner")))}),
            AudienceExpression::negate(AudienceExpression::age(0, 150)), // unknown birth dates only
            AudienceExpression::allOf(
                {AudienceExpression::negate(AudienceExpression::region(QStringLiteral("350206"))),
                 AudienceExpression::negate(AudienceExpression::gender(QStringLiteral("male")))})};
        for (const AudienceExpression &e : fixed) {
            for (const AudienceScope &scope : scopes())
                QCOMPARE(p.index.evaluate(e, today, scope, 0).count, p.bruteForce(e, today, scope));
        }
        QVERIFY(p.index.evaluate(fixed[3], today, AudienceScope::everything(), 0).count > 0);
    }

    void sampleIsDeterministicAndSpread()
    {
        const Population p(3000, 99);
        const auto e = AudienceExpression::gender(QStringLiteral("female"));
        const AudienceMatch a = p.index.evaluate(e, kDays[0], AudienceScope::everything(), 20);
        const AudienceMatch b = p.index.evaluate(e, kDays[0], AudienceScope::everything(), 20);
        QCOMPARE(a.sample, b.sample);
        QCOMPARE(a.sample.size(), 20);
        QCOMPARE(QSet<QString>(a.sample.cbegin(), a.sample.cend()).size(), 20);
        // Spread over the matches: the first is the first match, the others far apart.
        const AudienceMatch all =
            p.index.evaluate(e, kDays[0], AudienceScope::everything(), kAudienceMaxSample);
        QCOMPARE(all.sample.first(), a.sample.first());
        QCOMPARE(p.index.evaluate(e, kDays[0], AudienceScope::everything(), 0).sample.size(), 0);
        const auto few =
            AudienceExpression::allOf({e, AudienceExpression::lifeEvent(QStringLiteral("t_pregnant"), 0, 2)});
        const AudienceMatch small = p.index.evaluate(few, kDays[0], AudienceScope::everything(), 20);
        QCOMPARE(quint64(small.sample.size()), small.count);
    }

    void updatesKeepCountsExact()
    {
        Population p(3000, 4242);
        std::mt19937_64 rng(5);
        // Changed attributes and tags, tags removed, new citizens (with and without UUIDs), removals, and a
        // removed citizen coming back.
        for (int i = 0; i < 600; ++i) {
            const int what = int(rng() % 5);
            const qsizetype at = qsizetype(rng() % quint64(p.citizens.size()));
            if (what == 0) {
                AudienceCitizen fresh = randomCitizen(rng, p.citizens[at].id);
                p.citizens[at] = fresh;
                p.index.upsert(fresh);
            } else if (what == 1) {
                AudienceCitizen &c = p.citizens[at];
                if (!c.tags.isEmpty())
                    c.tags.removeAt(qsizetype(rng() % quint64(c.tags.size())));
                // A tag acquired again (one row per tag, as citizen_tags' key allows).
                const QString tag = kTags[qsizetype(rng() % 8)];
                c.tags.removeIf([&tag](const AudienceCitizen::Tag &t) { return t.tagId == tag; });
                c.tags.append({tag, kDays[0].addDays(-70)});
                p.index.upsert(c);
            } else if (what == 2) {
                const AudienceCitizen c = randomCitizen(rng, randomId(rng, 100000 + i));
                p.citizens.append(c);
                p.index.upsert(c);
                if (rng() % 2) {
                    p.members.insert(c.id);
                    p.index.addMembers(QStringLiteral("dept:wjw"), {c.id});
                }
            } else if (what == 3) {
                p.index.remove(p.citizens[at].id);
                p.members.remove(p.citizens[at].id);
                p.citizens.removeAt(at);
            } else {
                // The same tag twice counts once, as the table's key allows.
                AudienceCitizen &c = p.citizens[at];
                c.tags = {{QStringLiteral("t_veteran"), kDays[1].addDays(-10)}};
                AudienceCitizen twice = c;
                twice.tags.append({QStringLiteral("t_veteran"), kDays[1].addDays(-10)});
                p.index.upsert(twice);
            }
        }
        p.index.remove(QStringLiteral("no-such-citizen"));
        QCOMPARE(qint64(p.index.stats().citizens), qint64(p.citizens.size()));
        QCOMPARE(compareRandom(p, 11, 200), 200);
    }

    void countsWhileWriting()
    {
        Population p(2000, 77);
        const auto e = AudienceExpression::anyOf(
            {AudienceExpression::tag(QStringLiteral("t_veteran")), AudienceExpression::age(30, 40)});
        std::atomic<bool> done{false};
        std::atomic<int> counts{0};
        std::vector<std::thread> readers;
        for (int t = 0; t < 3; ++t) {
            readers.emplace_back([&] {
                while (!done) {
                    (void)p.index.evaluate(e, kDays[4], AudienceScope::everything(), 20);
                    ++counts;
                }
            });
        }
        std::mt19937_64 rng(1);
        for (int i = 0; i < 2000; ++i) {
            const qsizetype at = qsizetype(rng() % quint64(p.citizens.size()));
            p.citizens[at] = randomCitizen(rng, p.citizens[at].id);
            p.index.upsert(p.citizens[at]);
        }
        done = true;
        for (std::thread &t : readers)
            t.join();
        QVERIFY(counts > 0);
        QCOMPARE(p.index.evaluate(e, kDays[4], AudienceScope::everything(), 0).count,
                 p.bruteForce(e, kDays[4], AudienceScope::everything()));
    }
};

QTEST_GUILESS_MAIN(TestAudience)
#include "tst_audience.moc"
