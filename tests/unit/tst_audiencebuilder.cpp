// AudienceBuilder (issue 7): the exact expression JSON of every control and of their combination; the
// setters' normalisation and the node limit; builder → JSON → builder for 300 seeded random builders,
// each expression valid for the parser of domain/audience.h and meaning what the conditions say (a direct
// evaluation of the builder's conditions on 400 random citizens — with and without gender, birth date,
// level, tags — equals the brute-force evaluation of the expression and the server's AudienceIndex
// count; everyoneExpression() matches every citizen); the equivalent forms fromExpression() also reads;
// the unrepresentable and invalid expressions it refuses, with the path; describe() for fixed cases.

#include "audience/audienceindex.h"
#include "audiencetestsupport.h"

#include "models/audiencebuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace gd;
using gd::server::AudienceCitizen;
using TagMode = AudienceBuilder::TagMode;
using Gender = AudienceBuilder::Gender;

namespace {

constexpr int kRandomBuilders = 300;
constexpr int kCitizens = 400;
const QDate kToday(2026, 11, 25);

const QStringList kTags{QStringLiteral("t_pregnant"),     QStringLiteral("t_car_owner"),
                        QStringLiteral("t_unemployed"),   QStringLiteral("t_veteran"),
                        QStringLiteral("t_elderly_home"), QStringLiteral("t_newborn_family"),
                        QStringLiteral("t_disabled"),     QStringLiteral("t_low_income")};
const QStringList kDistricts{QStringLiteral("350203"), QStringLiteral("350206")};

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", text);
    return doc.object();
}

QString text(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Streets, communities and grids under the two districts: 350203-s0, 350203-s0-c1, 350203-s0-c1-g0 …
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

std::optional<int> maybe(QRandomGenerator &rng, int percent, int low, int high)
{
    if (int(rng.bounded(100)) >= percent)
        return std::nullopt;
    return low + int(rng.bounded(high - low + 1));
}

AudienceBuilder randomBuilder(QRandomGenerator &rng)
{
    AudienceBuilder b;
    const int chips = int(rng.bounded(6));
    for (int i = 0; i < chips; ++i)
        b.addTag(kTags.at(rng.bounded(kTags.size())), static_cast<TagMode>(rng.bounded(3)));
    b.setAgeRange(maybe(rng, 40, 0, 90), maybe(rng, 40, 10, 150));
    b.setGender(static_cast<Gender>(rng.bounded(3)));
    const QStringList regions = allRegions();
    const int areas = int(rng.bounded(100)) < 50 ? 0 : 1 + int(rng.bounded(3));
    for (int i = 0; i < areas; ++i)
        b.addRegion(regions.at(rng.bounded(regions.size())));
    b.setRealnameLevelRange(maybe(rng, 30, 1, 3), maybe(rng, 30, 1, 3));
    if (rng.bounded(100) < 35) {
        const int from = int(rng.bounded(200));
        b.setLifeEvent(AudienceBuilder::LifeEvent{kTags.at(rng.bounded(kTags.size())), from,
                                                  from + int(rng.bounded(200))});
    }
    return b;
}

QList<AudienceCitizen> randomCitizens(QRandomGenerator &rng)
{
    QList<AudienceCitizen> out;
    const QStringList genders{QStringLiteral("male"), QStringLiteral("female"), QString()};
    for (int i = 0; i < kCitizens; ++i) {
        AudienceCitizen c;
        c.id = QStringLiteral("c%1").arg(i);
        c.gender = genders.at(rng.bounded(3));
        if (rng.bounded(100) < 92)
            c.birthDate = kToday.addDays(-qint64(rng.bounded(100 * 366)));
        c.realnameLevel = int(rng.bounded(4)); // 0: none recorded
        const QString d = kDistricts.at(rng.bounded(2));
        c.districtCode = d;
        c.streetId = d + QStringLiteral("-s%1").arg(rng.bounded(2));
        c.communityId = c.streetId + QStringLiteral("-c%1").arg(rng.bounded(2));
        c.gridId = c.communityId + QStringLiteral("-g%1").arg(rng.bounded(2));
        for (const QString &tag : kTags) {
            if (rng.bounded(100) < 30)
                c.tags.append(
                    {tag, rng.bounded(100) < 80 ? kToday.addDays(-qint64(rng.bounded(400))) : QDate()});
        }
        out.append(c);
    }
    return out;
}

bool hasTag(const AudienceCitizen &c, const QString &tag)
{
    return std::any_of(c.tags.cbegin(), c.tags.cend(),
                       [&](const AudienceCitizen::Tag &t) { return t.tagId == tag; });
}

// What the builder's conditions say, read straight from its fields (not from its expression).
bool builderMatches(const AudienceBuilder &b, const AudienceCitizen &c)
{
    for (const QString &tag : b.tagIds(TagMode::Required)) {
        if (!hasTag(c, tag))
            return false;
    }
    const QStringList anyOf = b.tagIds(TagMode::AnyOf);
    if (!anyOf.isEmpty() &&
        std::none_of(anyOf.cbegin(), anyOf.cend(), [&](const QString &tag) { return hasTag(c, tag); }))
        return false;
    for (const QString &tag : b.tagIds(TagMode::Excluded)) {
        if (hasTag(c, tag))
            return false;
    }
    if (b.minAge() || b.maxAge()) {
        const int age = ageOn(c.birthDate, kToday);
        if (age < 0 || age < b.minAge().value_or(0) || age > b.maxAge().value_or(kAudienceMaxAge))
            return false;
    }
    if (b.gender() == Gender::Male && c.gender != QLatin1String("male"))
        return false;
    if (b.gender() == Gender::Female && c.gender != QLatin1String("female"))
        return false;
    if (!b.regions().isEmpty()) {
        const QStringList places{c.districtCode, c.streetId, c.communityId, c.gridId};
        if (std::none_of(places.cbegin(), places.cend(),
                         [&](const QString &p) { return b.regions().contains(p); }))
            return false;
    }
    if ((b.minRealnameLevel() || b.maxRealnameLevel()) &&
        (c.realnameLevel < b.minRealnameLevel().value_or(1) ||
         c.realnameLevel > b.maxRealnameLevel().value_or(3)))
        return false;
    if (const auto &life = b.lifeEvent()) {
        const bool acquired = std::any_of(c.tags.cbegin(), c.tags.cend(), [&](const AudienceCitizen::Tag &t) {
            const qint64 days = t.since.isValid() ? t.since.daysTo(kToday) : -1;
            return t.tagId == life->tagId && days >= life->fromDays && days <= life->toDays;
        });
        if (!acquired)
            return false;
    }
    return true;
}

int nodesOf(const AudienceExpression &e)
{
    int n = 1;
    for (const AudienceExpression &a : e.args)
        n += nodesOf(a);
    return n;
}

int depthOf(const AudienceExpression &e)
{
    int deepest = 0;
    for (const AudienceExpression &a : e.args)
        deepest = std::max(deepest, depthOf(a));
    return 1 + deepest;
}

AudienceNames names()
{
    AudienceNames n;
    n.tags = {{QStringLiteral("t_pregnant"), QStringLiteral("孕产妇")},
              {QStringLiteral("t_low_income"), QStringLiteral("低保户")},
              {QStringLiteral("t_car_owner"), QStringLiteral("有车族")},
              {QStringLiteral("t_veteran"), QStringLiteral("退役军人")}};
    n.regions = {{QStringLiteral("350206"), QStringLiteral("湖里区")},
                 {QStringLiteral("350203"), QStringLiteral("思明区")}};
    return n;
}

} // namespace

class TestAudienceBuilder : public QObject {
    Q_OBJECT

private slots:
    void expressionShapes_data();
    void expressionShapes();
    void normalisation();
    void tagChipsKeepTheirGroups();
    void nodeLimit();
    void randomRoundTrip();
    void everyoneMatchesEveryCitizen();
    void readsEquivalentForms_data();
    void readsEquivalentForms();
    void refusesWhatItCannotShow_data();
    void refusesWhatItCannotShow();
    void refusesInvalidExpressions();
    void describesInWords();
};

void TestAudienceBuilder::expressionShapes_data()
{
    QTest::addColumn<std::function<void(AudienceBuilder &)>>("edit");
    QTest::addColumn<QJsonObject>("expected");
    using Edit = std::function<void(AudienceBuilder &)>;

    QTest::newRow("everyone") << Edit([](AudienceBuilder &) {
    }) << json(R"({"op":"or","args":[{"gender":"male"},{"op":"not","arg":{"gender":"male"}}]})");
    QTest::newRow("required tag") << Edit([](AudienceBuilder &b) {
        b.addTag(QStringLiteral("t_pregnant"), TagMode::Required);
    }) << json(R"({"tag":"t_pregnant"})");
    QTest::newRow("one any-of tag") << Edit([](AudienceBuilder &b) {
        b.addTag(QStringLiteral("t_a"), TagMode::AnyOf);
    }) << json(R"({"op":"or","args":[{"tag":"t_a"}]})");
    QTest::newRow("two any-of tags") << Edit([](AudienceBuilder &b) {
        b.addTag(QStringLiteral("t_a"), TagMode::AnyOf);
        b.addTag(QStringLiteral("t_b"), TagMode::AnyOf);
    }) << json(R"({"op":"or","args":[{"tag":"t_a"},{"tag":"t_b"}]})");
    QTest::newRow("excluded tag") << Edit([](AudienceBuilder &b) {
        b.addTag(QStringLiteral("t_x"), TagMode::Excluded);
    }) << json(R"({"op":"not","arg":{"tag":"t_x"}})");
    QTest::newRow("minimum age") << Edit([](AudienceBuilder &b) { b.setAgeRange(18, std::nullopt); })
                                 << json(R"({"age":{"min":18}})");
    QTest::newRow("maximum age") << Edit([](AudienceBuilder &b) { b.setAgeRange(std::nullopt, 35); })
                                 << json(R"({"age":{"max":35}})");
    QTest::newRow("age range") << Edit([](AudienceBuilder &b) { b.setAgeRange(18, 35); })
                               << json(R"({"age":{"min":18,"max":35}})");
    QTest::newRow("male") << Edit([](AudienceBuilder &b) { b.setGender(Gender::Male); })
                          << json(R"({"gender":"male"})");
    QTest::newRow("female") << Edit([](AudienceBuilder &b) { b.setGender(Gender::Female); })
                            << json(R"({"gender":"female"})");
    QTest::newRow("one region") << Edit([](AudienceBuilder &b) { b.addRegion(QStringLiteral("350206")); })
                                << json(R"({"region":"350206"})");
    QTest::newRow("two regions") << Edit([](AudienceBuilder &b) {
        b.addRegion(QStringLiteral("350206"));
        b.addRegion(QStringLiteral("350203001001-01"));
    }) << json(R"({"op":"or","args":[{"region":"350206"},{"region":"350203001001-01"}]})");
    QTest::newRow("lowest level") << Edit([](AudienceBuilder &b) {
        b.setRealnameLevelRange(2, std::nullopt);
    }) << json(R"({"realname_level":{"min":2}})");
    QTest::newRow("highest level") << Edit([](AudienceBuilder &b) {
        b.setRealnameLevelRange(std::nullopt, 2);
    }) << json(R"({"realname_level":{"max":2}})");
    QTest::newRow("one level") << Edit([](AudienceBuilder &b) { b.setRealnameLevelRange(2, 2); })
                               << json(R"({"realname_level":{"min":2,"max":2}})");
    QTest::newRow("life event") << Edit([](AudienceBuilder &b) {
        b.setLifeEvent(AudienceBuilder::LifeEvent{QStringLiteral("t_pregnant"), 56, 84});
    }) << json(R"({"life_event":{"tag":"t_pregnant","from_days":56,"to_days":84}})");
    QTest::newRow("everything") << Edit([](AudienceBuilder &b) {
        b.setLifeEvent(AudienceBuilder::LifeEvent{QStringLiteral("t_pregnant"), 0, 30});
        b.addTag(QStringLiteral("t_low_income"), TagMode::Excluded);
        b.addTag(QStringLiteral("t_car_owner"), TagMode::AnyOf);
        b.addTag(QStringLiteral("t_pregnant"), TagMode::Required);
        b.setRealnameLevelRange(2, 3);
        b.addRegion(QStringLiteral("350206"));
        b.addRegion(QStringLiteral("350203"));
        b.setGender(Gender::Female);
        b.setAgeRange(18, 35);
        b.addTag(QStringLiteral("t_veteran"), TagMode::AnyOf);
        b.addTag(QStringLiteral("t_elderly_home"), TagMode::Required);
        b.addTag(QStringLiteral("t_disabled"), TagMode::Excluded);
    }) << json(R"({"op":"and","args":[
            {"tag":"t_pregnant"},{"tag":"t_elderly_home"},
            {"op":"or","args":[{"tag":"t_car_owner"},{"tag":"t_veteran"}]},
            {"op":"not","arg":{"tag":"t_low_income"}},{"op":"not","arg":{"tag":"t_disabled"}},
            {"age":{"min":18,"max":35}},{"gender":"female"},
            {"op":"or","args":[{"region":"350206"},{"region":"350203"}]},
            {"realname_level":{"min":2}},
            {"life_event":{"tag":"t_pregnant","from_days":0,"to_days":30}}]})");
}

void TestAudienceBuilder::expressionShapes()
{
    QFETCH(std::function<void(AudienceBuilder &)>, edit);
    QFETCH(QJsonObject, expected);
    AudienceBuilder b;
    edit(b);
    const QJsonObject e = b.expression();
    QVERIFY2(e == expected, qPrintable(text(e)));
    const Result<AudienceExpression> parsed = parseAudienceExpression(e);
    QVERIFY2(parsed.ok(), qPrintable(text(e)));
    QCOMPARE(b.nodeCount(), nodesOf(*parsed));
    const Result<AudienceBuilder> back = AudienceBuilder::fromExpression(e);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QVERIFY(*back == b);
}

void TestAudienceBuilder::normalisation()
{
    AudienceBuilder b;
    b.setAgeRange(0, kAudienceMaxAge);
    QVERIFY(b.isEmpty()); // 0 and 150 are the open ends
    b.setAgeRange(-5, 400);
    QVERIFY(!b.minAge() && !b.maxAge());
    b.setAgeRange(40, 30);
    QCOMPARE(b.minAge(), std::optional<int>(40));
    QCOMPARE(b.maxAge(), std::optional<int>(40)); // a minimum above the maximum raises it
    b.setAgeRange(std::nullopt, std::nullopt);

    b.setRealnameLevelRange(1, 3);
    QVERIFY(b.isEmpty());
    b.setRealnameLevelRange(3, 1);
    QCOMPARE(b.minRealnameLevel(), std::optional<int>(3));
    QCOMPARE(b.maxRealnameLevel(), std::nullopt); // 3 as the maximum is open
    b.setRealnameLevelRange(0, 9);
    QVERIFY(b.isEmpty());

    b.setLifeEvent(AudienceBuilder::LifeEvent{QStringLiteral("t_pregnant"), 90, 10});
    QCOMPARE(b.lifeEvent()->fromDays, 90);
    QCOMPARE(b.lifeEvent()->toDays, 90);
    b.setLifeEvent(AudienceBuilder::LifeEvent{QStringLiteral("t_pregnant"), -3, 99999});
    QCOMPARE(b.lifeEvent()->fromDays, 0);
    QCOMPARE(b.lifeEvent()->toDays, kAudienceMaxDays);
    b.setLifeEvent(AudienceBuilder::LifeEvent{QString(), 1, 2});
    QVERIFY(!b.lifeEvent());

    QVERIFY(!b.addTag(QString(), TagMode::Required));
    QVERIFY(!b.addTag(QString(65, QLatin1Char('t')), TagMode::Required)); // the parser's limit is 64
    QVERIFY(b.addTag(QString(64, QLatin1Char('t')), TagMode::Required));
    QVERIFY(b.removeTag(QString(64, QLatin1Char('t'))));
    QVERIFY(!b.addRegion(QString()));
    QVERIFY(!b.addRegion(QString(65, QLatin1Char('r'))));
    QVERIFY(!b.setLifeEvent(AudienceBuilder::LifeEvent{QString(65, QLatin1Char('t')), 1, 2}));
    QVERIFY(!b.lifeEvent());
    QVERIFY(b.addRegion(QStringLiteral("350206")));
    QVERIFY(!b.addRegion(QStringLiteral("350206"))); // once
    b.setRegions({QStringLiteral("a"), QString(), QStringLiteral("b"), QStringLiteral("a")});
    QCOMPARE(b.regions(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(b.removeRegion(QStringLiteral("a")));
    QVERIFY(!b.removeRegion(QStringLiteral("a")));
    QVERIFY(!b.removeTag(QStringLiteral("t_none")));
    QVERIFY(!b.setTagMode(QStringLiteral("t_none"), TagMode::AnyOf));
}

void TestAudienceBuilder::tagChipsKeepTheirGroups()
{
    AudienceBuilder b;
    QVERIFY(b.addTag(QStringLiteral("a"), TagMode::Excluded));
    QVERIFY(b.addTag(QStringLiteral("b"), TagMode::Required));
    QVERIFY(b.addTag(QStringLiteral("c"), TagMode::AnyOf));
    QVERIFY(b.addTag(QStringLiteral("d"), TagMode::Required));
    const auto ids = [&b] {
        QStringList out;
        for (const AudienceBuilder::TagCondition &t : b.tags())
            out.append(t.tagId);
        return out.join(QLatin1Char(','));
    };
    QCOMPARE(ids(), QStringLiteral("b,d,c,a"));
    // Adding a tag again changes its mode and moves it to the end of its new group.
    QVERIFY(b.addTag(QStringLiteral("b"), TagMode::Excluded));
    QCOMPARE(ids(), QStringLiteral("d,c,a,b"));
    QVERIFY(b.setTagMode(QStringLiteral("a"), TagMode::Required));
    QCOMPARE(ids(), QStringLiteral("d,a,c,b"));
    QCOMPARE(b.tagMode(QStringLiteral("a")), std::optional<TagMode>(TagMode::Required));
    QCOMPARE(b.tagIds(TagMode::Excluded), QStringList{QStringLiteral("b")});
    QVERIFY(b.removeTag(QStringLiteral("c")));
    QCOMPARE(ids(), QStringLiteral("d,a,b"));
    QCOMPARE(b.expression(),
             json(R"({"op":"and","args":[{"tag":"d"},{"tag":"a"},{"op":"not","arg":{"tag":"b"}}]})"));
}

void TestAudienceBuilder::nodeLimit()
{
    AudienceBuilder b;
    int added = 0;
    while (b.addTag(QStringLiteral("t_%1").arg(added), TagMode::Excluded))
        ++added;
    // Root and + 2 nodes per excluded tag, with room for age, gender and real-name level: 98 tags make
    // 197 nodes, 200 with those three.
    QCOMPARE(added, 98);
    QCOMPARE(b.nodeCount(), 197);
    QVERIFY(!b.addTag(QStringLiteral("t_required"), TagMode::Required));
    QVERIFY(!b.addRegion(QStringLiteral("350206")));
    QVERIFY(!b.setLifeEvent(AudienceBuilder::LifeEvent{QStringLiteral("t_pregnant"), 0, 7}));
    // not + tag becomes or + tag: as many nodes.
    QVERIFY(b.setTagMode(QStringLiteral("t_0"), TagMode::AnyOf));
    QCOMPARE(b.nodeCount(), 197);
    b.setAgeRange(18, 60);
    b.setGender(Gender::Female);
    b.setRealnameLevelRange(2, 3);
    QCOMPARE(b.nodeCount(), kAudienceMaxNodes);
    const Result<AudienceExpression> parsed = parseAudienceExpression(b.expression());
    QVERIFY(parsed.ok());
    QCOMPARE(nodesOf(*parsed), kAudienceMaxNodes);
    const Result<AudienceBuilder> back = AudienceBuilder::fromExpression(b.expression());
    QVERIFY(back.ok());
    QVERIFY(*back == b);
    // Removing one excluded tag makes room for two more nodes.
    QVERIFY(b.removeTag(QStringLiteral("t_0")));
    QVERIFY(b.addTag(QStringLiteral("t_required"), TagMode::Required));
    QVERIFY(b.addRegion(QStringLiteral("350206")));
    QVERIFY(parseAudienceExpression(b.expression()).ok());
}

void TestAudienceBuilder::randomRoundTrip()
{
    QRandomGenerator rng(20261125);
    const QList<AudienceCitizen> citizens = randomCitizens(rng);
    server::AudienceIndex index;
    server::AudienceIndex::Builder indexBuilder;
    for (const AudienceCitizen &c : citizens) {
        indexBuilder.add(c);
        for (const AudienceCitizen::Tag &t : c.tags)
            indexBuilder.addTag(c.id, t.tagId, t.since);
    }
    index.replace(indexBuilder);

    int nonEmpty = 0;
    for (int i = 0; i < kRandomBuilders; ++i) {
        const AudienceBuilder b = randomBuilder(rng);
        nonEmpty += b.isEmpty() ? 0 : 1;
        const QJsonObject e = b.expression();
        const Result<AudienceExpression> parsed = parseAudienceExpression(e);
        QVERIFY2(parsed.ok(), qPrintable(text(e)));
        QVERIFY(nodesOf(*parsed) <= kAudienceMaxNodes);
        QVERIFY(depthOf(*parsed) <= kAudienceMaxDepth);
        QCOMPARE(b.nodeCount(), nodesOf(*parsed));
        const Result<AudienceBuilder> back = AudienceBuilder::fromExpression(e);
        QVERIFY2(back.ok(),
                 qPrintable(text(e) + QStringLiteral(": ") + (back.ok() ? QString() : back.error().message)));
        QVERIFY2(*back == b,
                 qPrintable(text(e) + QStringLiteral(" read back as ") + text(back->expression())));
        QCOMPARE(back->expression(), e);

        // The expression means what the conditions say.
        qint64 matching = 0;
        for (const AudienceCitizen &c : citizens) {
            const bool direct = builderMatches(b, c);
            QVERIFY2(direct == test::audienceMatches(c, *parsed, kToday),
                     qPrintable(text(e) + QStringLiteral(" on ") + c.id));
            matching += direct ? 1 : 0;
        }
        QCOMPARE(qint64(index.evaluate(*parsed, kToday, server::AudienceScope::everything(), 0).count),
                 matching);
    }
    QVERIFY(nonEmpty > kRandomBuilders * 9 / 10);
}

void TestAudienceBuilder::everyoneMatchesEveryCitizen()
{
    AudienceCitizen nobody; // no gender, birth date, level, region or tag
    nobody.id = QStringLiteral("c-empty");
    AudienceCitizen woman;
    woman.id = QStringLiteral("c-woman");
    woman.gender = QStringLiteral("female");
    AudienceCitizen man;
    man.id = QStringLiteral("c-man");
    man.gender = QStringLiteral("male");
    const Result<AudienceExpression> everyone =
        parseAudienceExpression(AudienceBuilder::everyoneExpression());
    QVERIFY(everyone.ok());
    server::AudienceIndex index;
    server::AudienceIndex::Builder builder;
    for (const AudienceCitizen *c : {&nobody, &woman, &man}) {
        QVERIFY(test::audienceMatches(*c, *everyone, kToday));
        builder.add(*c);
    }
    index.replace(builder);
    QCOMPARE(index.evaluate(*everyone, kToday, server::AudienceScope::everything(), 0).count, quint64(3));
    QCOMPARE(AudienceBuilder().expression(), AudienceBuilder::everyoneExpression());
    const Result<AudienceBuilder> back =
        AudienceBuilder::fromExpression(AudienceBuilder::everyoneExpression());
    QVERIFY(back.ok());
    QVERIFY(back->isEmpty());
}

void TestAudienceBuilder::readsEquivalentForms_data()
{
    QTest::addColumn<QJsonObject>("given");
    QTest::addColumn<QJsonObject>("canonical");
    QTest::newRow("and of one") << json(R"({"op":"and","args":[{"tag":"t_a"}]})") << json(R"({"tag":"t_a"})");
    QTest::newRow("nested and")
        << json(R"({"op":"and","args":[{"op":"and","args":[{"gender":"female"},{"tag":"t_a"}]},
                                                             {"op":"not","arg":{"tag":"t_b"}}]})")
        << json(R"({"op":"and","args":[{"tag":"t_a"},{"op":"not","arg":{"tag":"t_b"}},
                                                             {"gender":"female"}]})");
    QTest::newRow("or of one region")
        << json(R"({"op":"or","args":[{"region":"350206"}]})") << json(R"({"region":"350206"})");
    QTest::newRow("bounds written out")
        << json(R"({"op":"and","args":[{"age":{"min":0,"max":35}},
                                                                     {"realname_level":{"min":2,"max":3}}]})")
        << json(R"({"op":"and","args":[{"age":{"max":35}},{"realname_level":{"min":2}}]})");
    QTest::newRow("life event from today")
        << json(R"({"life_event":{"tag":"t_a","to_days":7}})")
        << json(R"({"life_event":{"tag":"t_a","from_days":0,"to_days":7}})");
    QTest::newRow("a tag twice") << json(R"({"op":"and","args":[{"tag":"t_a"},{"tag":"t_a"}]})")
                                 << json(R"({"tag":"t_a"})");
    QTest::newRow("a region twice") << json(R"({"op":"or","args":[{"region":"350206"},{"region":"350206"}]})")
                                    << json(R"({"region":"350206"})");
}

void TestAudienceBuilder::readsEquivalentForms()
{
    QFETCH(QJsonObject, given);
    QFETCH(QJsonObject, canonical);
    const Result<AudienceBuilder> b = AudienceBuilder::fromExpression(given);
    QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
    QVERIFY2(b->expression() == canonical, qPrintable(text(b->expression())));
}

void TestAudienceBuilder::refusesWhatItCannotShow_data()
{
    QTest::addColumn<QJsonObject>("expression");
    QTest::addColumn<QString>("path");
    QTest::newRow("or of mixed conditions")
        << json(R"({"op":"or","args":[{"tag":"t_a"},{"region":"350206"}]})") << QStringLiteral("expression");
    QTest::newRow("or inside an and")
        << json(
               R"({"op":"and","args":[{"tag":"t_a"},{"op":"or","args":[{"gender":"male"},{"age":{"min":60}}]}]})")
        << QStringLiteral("expression.args[1]");
    QTest::newRow("not of an age") << json(R"({"op":"not","arg":{"age":{"min":60}}})")
                                   << QStringLiteral("expression");
    QTest::newRow("not of a not")
        << json(
               R"({"op":"and","args":[{"gender":"male"},{"op":"not","arg":{"op":"not","arg":{"tag":"t_a"}}}]})")
        << QStringLiteral("expression.args[1]");
    QTest::newRow("two ages") << json(R"({"op":"and","args":[{"age":{"min":20}},{"age":{"max":30}}]})")
                              << QStringLiteral("expression.args[1]");
    QTest::newRow("two genders") << json(R"({"op":"and","args":[{"gender":"male"},{"gender":"female"}]})")
                                 << QStringLiteral("expression.args[1]");
    QTest::newRow("two region conditions")
        << json(R"({"op":"and","args":[{"region":"350206"},{"op":"or","args":[{"region":"350203"}]}]})")
        << QStringLiteral("expression.args[1]");
    QTest::newRow("two ors of tags")
        << json(
               R"({"op":"and","args":[{"op":"or","args":[{"tag":"t_a"}]},{"op":"or","args":[{"tag":"t_b"}]}]})")
        << QStringLiteral("expression.args[1]");
    QTest::newRow("required and excluded")
        << json(R"({"op":"and","args":[{"tag":"t_a"},{"op":"not","arg":{"tag":"t_a"}}]})")
        << QStringLiteral("expression.args[1]");
    QTest::newRow("any-of and required")
        << json(R"({"op":"and","args":[{"op":"or","args":[{"tag":"t_b"},{"tag":"t_a"}]},{"tag":"t_a"}]})")
        << QStringLiteral("expression.args[1]");
    QTest::newRow("every age") << json(R"({"age":{"min":0,"max":150}})") << QStringLiteral("expression");
    QTest::newRow("every level") << json(R"({"realname_level":{"max":3}})") << QStringLiteral("expression");
    QTest::newRow("two life events")
        << json(
               R"({"op":"and","args":[{"life_event":{"tag":"t_a","to_days":9}},{"life_event":{"tag":"t_b","to_days":9}}]})")
        << QStringLiteral("expression.args[1]");
    QTest::newRow("everyone inside an and")
        << json(
               R"({"op":"and","args":[{"tag":"t_a"},{"op":"or","args":[{"gender":"male"},{"op":"not","arg":{"gender":"male"}}]}]})")
        << QStringLiteral("expression.args[1]");
}

void TestAudienceBuilder::refusesWhatItCannotShow()
{
    QFETCH(QJsonObject, expression);
    QFETCH(QString, path);
    QVERIFY(parseAudienceExpression(expression).ok()); // valid, only not for the editor
    const Result<AudienceBuilder> b = AudienceBuilder::fromExpression(expression);
    QVERIFY(!b.ok());
    QCOMPARE(b.error().code, ErrorCode::BadRequest);
    QCOMPARE(b.error().details.value(QStringLiteral("reason")).toString(), QStringLiteral("unrepresentable"));
    QCOMPARE(b.error().details.value(QStringLiteral("path")).toString(), path);
    QVERIFY2(b.error().message.contains(QLatin1String("read-only")), qPrintable(b.error().message));
}

void TestAudienceBuilder::refusesInvalidExpressions()
{
    for (const char *bad : {R"({})", R"({"op":"and","args":[]})", R"({"tag":""})",
                            R"({"age":{"min":40,"max":30}})", R"({"colour":"red"})"}) {
        const Result<AudienceBuilder> b = AudienceBuilder::fromExpression(json(bad));
        QVERIFY2(!b.ok(), bad);
        QCOMPARE(b.error().code, ErrorCode::BadRequest);
        QVERIFY(b.error().details.value(QStringLiteral("reason")).toString() !=
                QLatin1String("unrepresentable"));
        QVERIFY(b.error().details.contains(QStringLiteral("path")));
    }
}

void TestAudienceBuilder::describesInWords()
{
    // English: the source strings (no translator installed).
    AudienceBuilder b;
    QCOMPARE(b.describe(names()), QStringLiteral("Everyone in your scope"));
    b.addTag(QStringLiteral("t_pregnant"), TagMode::Required);
    b.addRegion(QStringLiteral("350206"));
    b.setAgeRange(18, 35);
    b.addTag(QStringLiteral("t_low_income"), TagMode::Excluded);
    QCOMPARE(b.describe(names()), QStringLiteral("孕产妇 and 湖里区 and aged 18–35, excluding 低保户"));

    AudienceBuilder c;
    c.addTag(QStringLiteral("t_car_owner"), TagMode::AnyOf);
    c.addTag(QStringLiteral("t_veteran"), TagMode::AnyOf);
    c.setLifeEvent(AudienceBuilder::LifeEvent{QStringLiteral("t_pregnant"), 56, 84});
    c.addRegion(QStringLiteral("350206"));
    c.addRegion(QStringLiteral("350203001001-01")); // no name: shown as its id
    c.setAgeRange(60, std::nullopt);
    c.setGender(Gender::Female);
    c.setRealnameLevelRange(2, std::nullopt);
    QCOMPARE(
        c.describe(names()),
        QStringLiteral("any of (有车族, 退役军人) and 孕产妇 acquired 56–84 days ago and (湖里区 or "
                       "350203001001-01) and aged 60 or over and women and real-name level Intermediate or "
                       "higher"));

    AudienceBuilder d;
    d.addTag(QStringLiteral("t_low_income"), TagMode::Excluded);
    d.setAgeRange(std::nullopt, 6);
    d.setRealnameLevelRange(std::nullopt, 1);
    QCOMPARE(d.describe(names()),
             QStringLiteral("aged 6 or under and real-name level Basic, excluding 低保户"));
}

QTEST_GUILESS_MAIN(TestAudienceBuilder)
#include "tst_audiencebuilder.moc"
