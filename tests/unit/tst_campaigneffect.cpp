// The effect of a push campaign against its hold-out (domain/campaign.h): funnel rates, the difference of
// application rates with its 95% interval (two independent proportions, normal approximation, unpooled)
// against values worked out by hand, the degenerate groups, and the age bands of the results' segments.
#include "domain/campaign.h"

#include <QTest>

#include <cmath>

using namespace gd;

class TestCampaignEffect : public QObject {
    Q_OBJECT
private slots:
    void funnelRates()
    {
        const CampaignFunnel f = makeFunnel(200, 180, 90, 30, 12);
        QCOMPARE(f.members, 200);
        QCOMPARE(f.openRate, 0.5);         // of delivered
        QCOMPARE(f.applicationRate, 0.15); // of members
        QCOMPARE(f.completionRate, 0.06);  // of members
        const CampaignFunnel holdout = makeFunnel(20, 0, 0, 2, 1);
        QCOMPARE(holdout.openRate, 0.0); // nothing delivered: 0, not NaN
        QCOMPARE(holdout.applicationRate, 0.1);
        const CampaignFunnel empty = makeFunnel(0, 0, 0, 0, 0);
        QCOMPARE(empty.applicationRate, 0.0);
        QCOMPARE(empty.completionRate, 0.0);
    }

    // 60 of 400 sent applied (15%), 8 of 100 held out (8%):
    //   d = 0.07, se = sqrt(0.15·0.85/400 + 0.08·0.92/100) = sqrt(0.00031875 + 0.000736) = 0.0324769…,
    //   interval 0.07 ± 1.959964 · 0.0324769 = [0.006346, 0.133654]: excludes 0.
    void effectByHand()
    {
        const auto e = estimateEffect(makeFunnel(400, 400, 0, 60, 0), makeFunnel(100, 0, 0, 8, 0));
        QVERIFY(e);
        QVERIFY(std::abs(e->difference - 0.07) < 1e-12);
        QVERIFY(std::abs(e->standardError - std::sqrt(0.00031875 + 0.000736)) < 1e-12);
        QVERIFY(std::abs(e->standardError - 0.03247691487810996) < 1e-12);
        QVERIFY(std::abs(e->ciLow - 0.006346416509931424) < 1e-12);
        QVERIFY(std::abs(e->ciHigh - 0.13365358349006856) < 1e-12);
        QCOMPARE(e->confidence, 0.95);
        QVERIFY(e->significant);
    }

    // 45 of 900 (5%) against 9 of 100 (9%): d = -0.04, se = 0.0295259, interval [-0.097870, 0.017870]
    // contains 0: not significant.
    void negativeAndNotSignificant()
    {
        const auto e = estimateEffect(makeFunnel(900, 900, 300, 45, 40), makeFunnel(100, 0, 0, 9, 9));
        QVERIFY(e);
        QVERIFY(std::abs(e->difference + 0.04) < 1e-12);
        QVERIFY(std::abs(e->standardError - 0.02952588318370473) < 1e-12);
        QVERIFY(std::abs(e->ciLow + 0.0978696676517981) < 1e-12);
        QVERIFY(std::abs(e->ciHigh - 0.017869667651798107) < 1e-12);
        QVERIFY(!e->significant);
    }

    void degenerateGroups()
    {
        // Nobody held out (or nobody sent): no effect to speak of.
        QVERIFY(!estimateEffect(makeFunnel(100, 100, 0, 10, 0), makeFunnel(0, 0, 0, 0, 0)));
        QVERIFY(!estimateEffect(makeFunnel(0, 0, 0, 0, 0), makeFunnel(10, 0, 0, 1, 0)));
        // Nobody applied anywhere: a zero interval, not significant.
        auto e = estimateEffect(makeFunnel(90, 90, 10, 0, 0), makeFunnel(10, 0, 0, 0, 0));
        QVERIFY(e);
        QCOMPARE(e->difference, 0.0);
        QCOMPARE(e->standardError, 0.0);
        QVERIFY(!e->significant);
        // Everyone sent applied, nobody held out did: se 0, a certain difference of 1.
        e = estimateEffect(makeFunnel(90, 90, 90, 90, 0), makeFunnel(10, 0, 0, 0, 0));
        QVERIFY(e);
        QCOMPARE(e->difference, 1.0);
        QCOMPARE(e->ciLow, 1.0);
        QVERIFY(e->significant);
        // Another z (e.g. 99%: 2.575829) widens the interval around the same difference.
        const auto wide =
            estimateEffect(makeFunnel(400, 400, 0, 60, 0), makeFunnel(100, 0, 0, 8, 0), 2.575829, 0.99);
        QVERIFY(wide);
        QCOMPARE(wide->confidence, 0.99);
        QVERIFY(wide->ciLow < 0.006346416509931424 && wide->ciHigh > 0.13365358349006856);
    }

    void ageBands()
    {
        const QDate day(2026, 11, 24);
        QCOMPARE(campaignAgeBands(), QStringList({QStringLiteral("0-17"), QStringLiteral("18-34"),
                                                  QStringLiteral("35-59"), QStringLiteral("60+")}));
        QCOMPARE(campaignAgeBand(QDate(2026, 1, 1), day), QStringLiteral("0-17"));
        QCOMPARE(campaignAgeBand(QDate(2008, 11, 25), day), QStringLiteral("0-17"));  // 18 tomorrow
        QCOMPARE(campaignAgeBand(QDate(2008, 11, 24), day), QStringLiteral("18-34")); // 18 today
        QCOMPARE(campaignAgeBand(QDate(1991, 11, 25), day), QStringLiteral("18-34")); // 34
        QCOMPARE(campaignAgeBand(QDate(1991, 11, 24), day), QStringLiteral("35-59"));
        QCOMPARE(campaignAgeBand(QDate(1966, 11, 25), day), QStringLiteral("35-59"));
        QCOMPARE(campaignAgeBand(QDate(1966, 11, 24), day), QStringLiteral("60+"));
        QCOMPARE(campaignAgeBand(QDate(1920, 2, 29), day), QStringLiteral("60+"));
    }
};

QTEST_GUILESS_MAIN(TestCampaignEffect)
#include "tst_campaigneffect.moc"
