// recommendServices: the catalogue's tag rules — which services match, the score (share of the
// service's tags the applicant has), the order (score, matched tags, code), the limit and exclusions.

#include "domain/recommendation.h"

#include <QTest>

using namespace gd;

namespace {

ServiceItem service(const QString &id, const QString &code, const QStringList &tagIds,
                    const QString &type = QStringLiteral("citizen"))
{
    ServiceItem s;
    s.id = id;
    s.code = code;
    s.name = id;
    s.applicantType = type;
    s.tagIds = tagIds;
    return s;
}

QList<TagAssignment> tags(const QStringList &ids)
{
    QList<TagAssignment> out;
    for (const QString &id : ids)
        out.append(TagAssignment{id, QDate(2026, 1, 1), QStringLiteral("registry")});
    return out;
}

QStringList idsOf(const QList<ServiceMatch> &matches)
{
    QStringList ids;
    for (const ServiceMatch &m : matches)
        ids.append(m.serviceId);
    return ids;
}

} // namespace

class TestRecommendation : public QObject {
    Q_OBJECT

private slots:
    void scoresAreTheShareOfTheServicesTags()
    {
        const QList<ServiceItem> catalogue{
            service(QStringLiteral("one_of_three"), QStringLiteral("S03"),
                    {QStringLiteral("elderly"), QStringLiteral("disabled"), QStringLiteral("veteran")}),
            service(QStringLiteral("three_tags"), QStringLiteral("S02"),
                    {QStringLiteral("pregnant"), QStringLiteral("newborn"), QStringLiteral("elderly")}),
            service(QStringLiteral("all"), QStringLiteral("S01"), {QStringLiteral("pregnant")}),
            service(QStringLiteral("none"), QStringLiteral("S04"), {QStringLiteral("car_owner")}),
            service(QStringLiteral("untagged"), QStringLiteral("S05"), {}),
        };
        const auto matches = recommendServices(
            tags({QStringLiteral("pregnant"), QStringLiteral("elderly"), QStringLiteral("newborn")}),
            catalogue, QStringLiteral("citizen"), {});
        // Both 100: three matched tags before one.
        QCOMPARE(idsOf(matches), (QStringList{QStringLiteral("three_tags"), QStringLiteral("all"),
                                              QStringLiteral("one_of_three")}));
        QCOMPARE(matches.at(0).score, 100); // 3 of 3: pregnant, newborn, elderly
        QCOMPARE(matches.at(1).score, 100);
        QCOMPARE(matches.at(2).score, 33); // 1 of 3, rounded
        // Matched tags in the service's order, not the applicant's.
        QCOMPARE(
            matches.at(0).matchedTagIds,
            (QStringList{QStringLiteral("pregnant"), QStringLiteral("newborn"), QStringLiteral("elderly")}));
    }

    void roundingAndCap()
    {
        const QList<ServiceItem> catalogue{
            service(QStringLiteral("a"), QStringLiteral("A"),
                    {QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")}),
            // A tag listed twice counts once: 1 of 1, not 2 of 2 or 2 of 1.
            service(QStringLiteral("b"), QStringLiteral("B"), {QStringLiteral("t1"), QStringLiteral("t1")}),
        };
        const auto matches = recommendServices(tags({QStringLiteral("t1"), QStringLiteral("t2")}), catalogue,
                                               QStringLiteral("citizen"), {});
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.at(0).serviceId, QStringLiteral("b"));
        QCOMPARE(matches.at(0).score, 100);
        QCOMPARE(matches.at(0).matchedTagIds, QStringList{QStringLiteral("t1")});
        QCOMPARE(matches.at(1).score, 67); // 2 of 3, rounded up
    }

    void tiesGoToMoreMatchedTagsThenCode()
    {
        const QList<ServiceItem> catalogue{
            service(QStringLiteral("half_of_two"), QStringLiteral("S1"),
                    {QStringLiteral("t1"), QStringLiteral("x")}),
            service(QStringLiteral("half_of_four"), QStringLiteral("S9"),
                    {QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("x"), QStringLiteral("y")}),
            service(QStringLiteral("half_of_two_b"), QStringLiteral("S0"),
                    {QStringLiteral("t2"), QStringLiteral("z")}),
        };
        const auto matches = recommendServices(tags({QStringLiteral("t1"), QStringLiteral("t2")}), catalogue,
                                               QStringLiteral("citizen"), {});
        // All score 50: two matched tags first, then the one-tag matches by code.
        QCOMPARE(idsOf(matches), (QStringList{QStringLiteral("half_of_four"), QStringLiteral("half_of_two_b"),
                                              QStringLiteral("half_of_two")}));
        for (const ServiceMatch &m : matches)
            QCOMPARE(m.score, 50);
    }

    void applicantTypeExclusionsAndLimit()
    {
        QList<ServiceItem> catalogue;
        for (int i = 0; i < 12; ++i)
            catalogue.append(service(QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0')),
                                     QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0')),
                                     {QStringLiteral("t")}));
        catalogue.append(service(QStringLiteral("e1"), QStringLiteral("A00"), {QStringLiteral("t")},
                                 QStringLiteral("enterprise")));
        const auto citizen =
            recommendServices(tags({QStringLiteral("t")}), catalogue, QStringLiteral("citizen"),
                              {QStringLiteral("c00"), QStringLiteral("c03")});
        QCOMPARE(citizen.size(), 8); // the default limit
        QCOMPARE(citizen.first().serviceId, QStringLiteral("c01"));
        QVERIFY(!idsOf(citizen).contains(QStringLiteral("c03")));
        QVERIFY(!idsOf(citizen).contains(QStringLiteral("e1")));

        const auto enterprise =
            recommendServices(tags({QStringLiteral("t")}), catalogue, QStringLiteral("enterprise"), {});
        QCOMPARE(idsOf(enterprise), QStringList{QStringLiteral("e1")});

        QCOMPARE(recommendServices(tags({QStringLiteral("t")}), catalogue, QStringLiteral("citizen"), {}, 3)
                     .size(),
                 3);
        QVERIFY(recommendServices(tags({QStringLiteral("t")}), catalogue, QStringLiteral("citizen"), {}, 0)
                    .isEmpty());
        QVERIFY(recommendServices({}, catalogue, QStringLiteral("citizen"), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecommendation)
#include "tst_recommendation.moc"
