// CampaignResultsModels (issue 7) over a hand-made CampaignResults of 1,000 sent and 100 held out: the
// funnel's stages (the hold-out without delivered and opened), the effect rows (all members, districts,
// age bands youngest first, their intervals in percentage points, significant / not / too little data /
// no hold-out), the running totals and rates per day over the groups' members, the verdicts and the
// headline sentences (significant, not significant, not enough data, no hold-out, not sent, sending,
// cancelled) and the short ones for the campaign list. CampaignResultsLoader::decode takes a body without
// "days" (a server before the results over time) as none. The tables pass QAbstractItemModelTester.

#include "models/campaignresultsloader.h"
#include "models/campaignresultsmodels.h"

#include "domain/codec.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace gd;
using Models = CampaignResultsModels;

namespace {

CampaignFunnel sentFunnel(qint64 members, qint64 applied, qint64 delivered = -1, qint64 opened = 0,
                          qint64 completed = 0)
{
    return makeFunnel(members, delivered < 0 ? members : delivered, opened, applied, completed);
}

CampaignFunnel holdoutFunnel(qint64 members, qint64 applied, qint64 completed = 0)
{
    return makeFunnel(members, 0, 0, applied, completed);
}

CampaignSegment segment(const QString &dimension, const QString &key, const QString &name,
                        const CampaignFunnel &sent, const CampaignFunnel &holdout)
{
    CampaignSegment s;
    s.dimension = dimension;
    s.key = key;
    s.name = name;
    s.sent = sent;
    s.holdout = holdout;
    s.effect = estimateEffect(sent, holdout);
    return s;
}

CampaignDay day(QDate date, qint64 delivered, qint64 opened, qint64 appliedSent, qint64 appliedHoldout,
                qint64 completedSent, qint64 completedHoldout)
{
    CampaignDay d;
    d.day = date;
    d.delivered = delivered;
    d.opened = opened;
    d.appliedSent = appliedSent;
    d.appliedHoldout = appliedHoldout;
    d.completedSent = completedSent;
    d.completedHoldout = completedHoldout;
    return d;
}

CampaignResults resultsOf(const CampaignFunnel &sent, const CampaignFunnel &holdout,
                          const QString &state = QStringLiteral("sent"))
{
    CampaignResults r;
    r.campaignId = QStringLiteral("c1");
    r.state = state;
    r.computedAt = QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC);
    r.sent = sent;
    r.holdout = holdout;
    r.effect = estimateEffect(sent, holdout);
    return r;
}

// Sent: 1,000 members, 980 delivered, 400 opened, 84 applied (8.4%), 60 completed. Hold-out: 100 members,
// 3 applied (3.0%), 1 completed. Effect 8.4 − 3.0 = +5.4 pp; se = sqrt(.084·.916/1000 + .03·.97/100) =
// 0.0191819…, so the 95% interval is 5.4 ± 3.7596 = [1.6404, 9.1596] pp: significant.
CampaignResults sample()
{
    CampaignResults r = resultsOf(sentFunnel(1000, 84, 980, 400, 60), holdoutFunnel(100, 3, 1));
    r.skipped = 12;
    r.queued = 0;
    // 思明区: 54/600 vs 2/60 → +5.667 pp [0.580, 10.753], significant.
    // 湖里区: 30/400 vs 1/40 → +5.0 pp [−0.484, 10.484], not significant.
    // 60+: 30/300 vs 1/25 — a hold-out under 30: too little data. 18-34: 54/690 vs 2/75.
    // 0-17: 10 sent, nobody held out: no effect. Age bands arrive out of order.
    r.segments = {
        segment(QStringLiteral("district"), QStringLiteral("350203"), QStringLiteral("思明区"),
                sentFunnel(600, 54), holdoutFunnel(60, 2)),
        segment(QStringLiteral("district"), QStringLiteral("350206"), QStringLiteral("湖里区"),
                sentFunnel(400, 30), holdoutFunnel(40, 1)),
        segment(QStringLiteral("age_band"), QStringLiteral("60+"), QStringLiteral("60+"), sentFunnel(300, 30),
                holdoutFunnel(25, 1)),
        segment(QStringLiteral("age_band"), QStringLiteral("18-34"), QStringLiteral("18-34"),
                sentFunnel(690, 54), holdoutFunnel(75, 2)),
        segment(QStringLiteral("age_band"), QStringLiteral("0-17"), QStringLiteral("0-17"), sentFunnel(10, 0),
                holdoutFunnel(0, 0)),
    };
    r.days = {day(QDate(2026, 11, 20), 900, 250, 20, 1, 0, 0),
              day(QDate(2026, 11, 21), 80, 120, 40, 1, 30, 1), day(QDate(2026, 11, 22), 0, 30, 24, 1, 30, 0)};
    return r;
}

} // namespace

class TestCampaignResultsModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void funnelHasFourStagesHoldoutOnlyAppliedAndCompleted();
    void effectRowsOverallDistrictsThenAgeBands();
    void daysAreRunningTotalsOverTheGroupsMembers();
    void noDaysNoRows();
    void noHoldoutLeavesItsCellsEmpty();
    void verdicts();
    void headlines();
    void shortHeadlines();
    void textFormats();
    void decodeTakesMissingDaysAsNone();
    void notSentHasNoRows();
    void clearEmptiesEverything();

private:
    static void near(std::optional<double> actual, double expected, double tolerance = 1e-9);
};

void TestCampaignResultsModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCampaignResultsModels::near(std::optional<double> actual, double expected, double tolerance)
{
    QVERIFY2(actual.has_value(), "the cell is empty");
    QVERIFY2(std::abs(*actual - expected) <= tolerance,
             qPrintable(QStringLiteral("%1 is not %2").arg(*actual, 0, 'g', 12).arg(expected, 0, 'g', 12)));
}

void TestCampaignResultsModels::funnelHasFourStagesHoldoutOnlyAppliedAndCompleted()
{
    Models models;
    QAbstractItemModelTester tester(models.funnel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy applied(&models, &Models::applied);
    models.apply(sample());
    QCOMPARE(applied.count(), 1);
    const DashboardTable *f = models.funnel();
    QCOMPARE(f->rowCount(), 4);
    QCOMPARE(f->columnCount(), 5);
    QCOMPARE(f->keyAt(Models::Delivered), QStringLiteral("delivered"));
    QCOMPARE(f->keyAt(Models::Opened), QStringLiteral("opened"));
    QCOMPARE(f->keyAt(Models::Applied), QStringLiteral("applied"));
    QCOMPARE(f->keyAt(Models::Completed), QStringLiteral("completed"));
    QCOMPARE(f->index(0, 0).data().toString(), QStringLiteral("Delivered"));
    const auto v = [f](int row, int column) {
        return f->value(row, column - 1);
    };
    // Shares of each group's members, in percent.
    near(v(Models::Delivered, Models::kFunnelSentRate), 98.0);
    near(v(Models::Opened, Models::kFunnelSentRate), 40.0);
    near(v(Models::Applied, Models::kFunnelSentRate), 8.4);
    near(v(Models::Completed, Models::kFunnelSentRate), 6.0);
    near(v(Models::Applied, Models::kFunnelHoldoutRate), 3.0);
    near(v(Models::Completed, Models::kFunnelHoldoutRate), 1.0);
    near(v(Models::Delivered, Models::kFunnelSentCount), 980);
    near(v(Models::Opened, Models::kFunnelSentCount), 400);
    near(v(Models::Applied, Models::kFunnelSentCount), 84);
    near(v(Models::Completed, Models::kFunnelSentCount), 60);
    near(v(Models::Applied, Models::kFunnelHoldoutCount), 3);
    near(v(Models::Completed, Models::kFunnelHoldoutCount), 1);
    // The hold-out is sent nothing: no delivered or opened stage, not a zero.
    for (int stage : {Models::Delivered, Models::Opened}) {
        QVERIFY(!v(stage, Models::kFunnelHoldoutRate));
        QVERIFY(!v(stage, Models::kFunnelHoldoutCount));
        QVERIFY(!f->index(stage, Models::kFunnelHoldoutRate).data().isValid());
    }
    QCOMPARE(f->index(0, Models::kFunnelSentRate).data(DashboardTable::KindRole).toInt(),
             int(DashboardTable::ValueKind::Percent));
    QCOMPARE(f->index(0, Models::kFunnelSentCount).data(DashboardTable::KindRole).toInt(),
             int(DashboardTable::ValueKind::Count));
}

void TestCampaignResultsModels::effectRowsOverallDistrictsThenAgeBands()
{
    Models models;
    QAbstractItemModelTester tester(models.effects(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    models.apply(sample());
    const DashboardTable *e = models.effects();
    QCOMPARE(e->rowCount(), 6);
    QCOMPARE(e->columnCount(), 9);
    const QStringList keys{QStringLiteral("overall"),         QStringLiteral("district/350203"),
                           QStringLiteral("district/350206"), QStringLiteral("age_band/0-17"),
                           QStringLiteral("age_band/18-34"),  QStringLiteral("age_band/60+")};
    for (int r = 0; r < keys.size(); ++r)
        QCOMPARE(e->keyAt(r), keys.at(r));
    QCOMPARE(e->rows().at(0).label, QStringLiteral("All members"));
    QCOMPARE(e->rows().at(1).label, QStringLiteral("思明区"));
    QCOMPARE(e->rows().at(2).label, QStringLiteral("湖里区"));
    QCOMPARE(e->rows().at(3).label, QStringLiteral("Age 0-17"));
    QCOMPARE(e->rows().at(5).label, QStringLiteral("Age 60+"));
    const auto v = [e](int row, int column) {
        return e->value(row, column - 1);
    };

    // All members: 1,000 vs 100, 8.4% vs 3.0%, +5.4 pp [1.6404, 9.1596], significant.
    near(v(0, Models::kEffectSentMembers), 1000);
    near(v(0, Models::kEffectHoldoutMembers), 100);
    near(v(0, Models::kEffectSentRate), 8.4);
    near(v(0, Models::kEffectHoldoutRate), 3.0);
    near(v(0, Models::kEffectDifference), 5.4);
    near(v(0, Models::kEffectCiLow), 1.6404232627575, 1e-9);
    near(v(0, Models::kEffectCiHigh), 9.1595767372425, 1e-9);
    near(v(0, Models::kEffectSignificant), 1);
    // 思明区: 9.0% vs 3.333…%, +5.667 pp [0.5801, 10.7533], significant.
    near(v(1, Models::kEffectSentRate), 9.0);
    near(v(1, Models::kEffectHoldoutRate), 100.0 / 30.0);
    near(v(1, Models::kEffectDifference), 17.0 / 3.0);
    near(v(1, Models::kEffectCiLow), 0.5800520832820, 1e-9);
    near(v(1, Models::kEffectCiHigh), 10.7532812500513, 1e-9);
    near(v(1, Models::kEffectSignificant), 1);
    // 湖里区: 7.5% vs 2.5%, +5.0 pp [−0.4837, 10.4837], not significant.
    near(v(2, Models::kEffectDifference), 5.0);
    near(v(2, Models::kEffectCiLow), -0.4837414080850, 1e-9);
    near(v(2, Models::kEffectCiHigh), 10.4837414080850, 1e-9);
    near(v(2, Models::kEffectSignificant), 0);
    // 0-17: nobody held out — rates and effect of the missing group are empty, not zero.
    near(v(3, Models::kEffectSentMembers), 10);
    near(v(3, Models::kEffectHoldoutMembers), 0);
    near(v(3, Models::kEffectSentRate), 0);
    QVERIFY(!v(3, Models::kEffectHoldoutRate));
    QVERIFY(!v(3, Models::kEffectDifference));
    QVERIFY(!v(3, Models::kEffectCiLow));
    QVERIFY(!v(3, Models::kEffectCiHigh));
    QVERIFY(!v(3, Models::kEffectSignificant));
    // 60+: a hold-out of 25 — the interval is there, the verdict is not.
    near(v(5, Models::kEffectDifference), 6.0);
    QVERIFY(v(5, Models::kEffectCiLow));
    QVERIFY(!v(5, Models::kEffectSignificant));
    QCOMPARE(e->index(0, Models::kEffectDifference).data(DashboardTable::KindRole).toInt(),
             int(DashboardTable::ValueKind::Points));
}

void TestCampaignResultsModels::daysAreRunningTotalsOverTheGroupsMembers()
{
    Models models;
    QAbstractItemModelTester tester(models.days(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    models.apply(sample());
    const DashboardTable *d = models.days();
    QCOMPARE(d->rowCount(), 3);
    QCOMPARE(d->columnCount(), 11);
    QCOMPARE(d->keyAt(0), QStringLiteral("2026-11-20"));
    QCOMPARE(d->rows().at(2).label, QStringLiteral("11-22"));
    const auto v = [d](int row, int column) {
        return d->value(row, column - 1);
    };
    // The local midnight of each day, one day apart.
    near(v(0, Models::kDayTime), double(QDateTime(QDate(2026, 11, 20), QTime(0, 0)).toMSecsSinceEpoch()));
    near(v(1, Models::kDayTime), double(QDateTime(QDate(2026, 11, 21), QTime(0, 0)).toMSecsSinceEpoch()));
    const struct {
        double delivered, opened, appliedSent, appliedHoldout, completedSent, completedHoldout, rateSent,
            rateHoldout, difference;
    } expected[] = {
        {900, 250, 20, 1, 0, 0, 2.0, 1.0, 1.0},  // 20/1000, 1/100
        {980, 370, 60, 2, 30, 1, 6.0, 2.0, 4.0}, // 60/1000, 2/100
        {980, 400, 84, 3, 60, 1, 8.4, 3.0, 5.4}, // the funnel's own rates on the last day
    };
    for (int r = 0; r < 3; ++r) {
        near(v(r, Models::kDayDelivered), expected[r].delivered);
        near(v(r, Models::kDayOpened), expected[r].opened);
        near(v(r, Models::kDayAppliedSent), expected[r].appliedSent);
        near(v(r, Models::kDayAppliedHoldout), expected[r].appliedHoldout);
        near(v(r, Models::kDayCompletedSent), expected[r].completedSent);
        near(v(r, Models::kDayCompletedHoldout), expected[r].completedHoldout);
        near(v(r, Models::kDayRateSent), expected[r].rateSent, 1e-12);
        near(v(r, Models::kDayRateHoldout), expected[r].rateHoldout, 1e-12);
        near(v(r, Models::kDayDifference), expected[r].difference, 1e-12);
    }
    QCOMPARE(d->index(0, Models::kDayTime).data(DashboardTable::KindRole).toInt(),
             int(DashboardTable::ValueKind::Time));
}

void TestCampaignResultsModels::noDaysNoRows()
{
    Models models;
    CampaignResults r = sample();
    r.days.clear();
    models.apply(r);
    QCOMPARE(models.days()->rowCount(), 0);
    QCOMPARE(models.days()->columnCount(), 11); // the headers stay for the export
    QCOMPARE(models.funnel()->rowCount(), 4);
}

void TestCampaignResultsModels::noHoldoutLeavesItsCellsEmpty()
{
    Models models;
    CampaignResults r = resultsOf(sentFunnel(1000, 84, 980, 400, 60), holdoutFunnel(0, 0));
    r.days = {day(QDate(2026, 11, 20), 980, 400, 84, 0, 60, 0)};
    QVERIFY(!r.effect);
    models.apply(r);
    near(models.funnel()->value(Models::Applied, Models::kFunnelSentRate - 1), 8.4);
    QVERIFY(!models.funnel()->value(Models::Applied, Models::kFunnelHoldoutRate - 1));
    near(models.funnel()->value(Models::Applied, Models::kFunnelHoldoutCount - 1), 0);
    QCOMPARE(models.effects()->rowCount(), 1);
    QVERIFY(!models.effects()->value(0, Models::kEffectDifference - 1));
    near(models.days()->value(0, Models::kDayRateSent - 1), 8.4);
    QVERIFY(!models.days()->value(0, Models::kDayRateHoldout - 1));
    QVERIFY(!models.days()->value(0, Models::kDayDifference - 1));
}

void TestCampaignResultsModels::verdicts()
{
    using V = Models::Verdict;
    QCOMPARE(Models::verdict(sample()), V::Significant);
    QCOMPARE(Models::verdict(resultsOf(sentFunnel(500, 44), holdoutFunnel(500, 40))), V::NotSignificant);
    QCOMPARE(Models::verdict(resultsOf(sentFunnel(1000, 84), holdoutFunnel(0, 0))), V::NoHoldout);
    QCOMPARE(Models::verdict(resultsOf(sentFunnel(0, 0), holdoutFunnel(0, 0), QStringLiteral("draft"))),
             V::NotSent);
    // Each group needs 30 members, the two together 10 applications.
    QCOMPARE(Models::verdict(resultsOf(sentFunnel(300, 30), holdoutFunnel(29, 0))), V::NotEnoughData);
    QCOMPARE(Models::verdict(resultsOf(sentFunnel(300, 30), holdoutFunnel(30, 0))), V::Significant);
    QCOMPARE(Models::verdict(resultsOf(sentFunnel(29, 9), holdoutFunnel(300, 1))), V::NotEnoughData);
    QCOMPARE(Models::verdict(resultsOf(sentFunnel(300, 8), holdoutFunnel(300, 1))), V::NotEnoughData);
    QCOMPARE(Models::verdict(resultsOf(sentFunnel(300, 9), holdoutFunnel(300, 1))), V::Significant);
    // A significant fall is still significant.
    QCOMPARE(Models::verdict(resultsOf(sentFunnel(1000, 10), holdoutFunnel(1000, 60))), V::Significant);
}

void TestCampaignResultsModels::headlines()
{
    QCOMPARE(Models::headline(sample()),
             QStringLiteral("Application rate 8.4% vs 3.0% in the hold-out: +5.4 percentage points (95% CI "
                            "+1.6 to +9.2), significant."));
    // 44/500 vs 40/500: +0.8 pp [−2.64, 4.24].
    QCOMPARE(Models::headline(resultsOf(sentFunnel(500, 44), holdoutFunnel(500, 40))),
             QStringLiteral("Application rate 8.8% vs 8.0% in the hold-out: +0.8 percentage points (95% CI "
                            "-2.6 to +4.2), not significant."));
    QCOMPARE(Models::headline(resultsOf(sentFunnel(1000, 84), holdoutFunnel(0, 0))),
             QStringLiteral("Application rate 8.4% of 1,000 members sent. There is no hold-out group, so the "
                            "effect cannot be measured."));
    QCOMPARE(
        Models::headline(resultsOf(sentFunnel(20, 2), holdoutFunnel(5, 0))),
        QStringLiteral("Application rate 10.0% vs 0.0% in the hold-out — too few members or applications "
                       "yet to tell the effect (20 sent, 5 in the hold-out, 2 applications)."));
    QCOMPARE(Models::headline(resultsOf(sentFunnel(0, 0), holdoutFunnel(0, 0), QStringLiteral("approved"))),
             QStringLiteral("The campaign has not been sent yet; its effect shows here once it is sent."));
    QCOMPARE(Models::headline(resultsOf(sentFunnel(0, 0), holdoutFunnel(0, 0), QStringLiteral("sending"))),
             QStringLiteral("Sending has started; the results show as the members are processed."));
    QCOMPARE(Models::headline(resultsOf(sentFunnel(0, 0), holdoutFunnel(0, 0), QStringLiteral("cancelled"))),
             QStringLiteral("The campaign was cancelled before it was sent to anyone."));
}

void TestCampaignResultsModels::shortHeadlines()
{
    QCOMPARE(Models::shortHeadline(sample()), QStringLiteral("+5.4 pp ✓"));
    QCOMPARE(Models::shortHeadline(resultsOf(sentFunnel(500, 44), holdoutFunnel(500, 40))),
             QStringLiteral("+0.8 pp (not significant)"));
    QCOMPARE(Models::shortHeadline(resultsOf(sentFunnel(1000, 10), holdoutFunnel(1000, 60))),
             QStringLiteral("-5.0 pp (significant)"));
    QCOMPARE(Models::shortHeadline(resultsOf(sentFunnel(20, 2), holdoutFunnel(5, 0))),
             QStringLiteral("not enough data"));
    QCOMPARE(Models::shortHeadline(resultsOf(sentFunnel(1000, 84), holdoutFunnel(0, 0))),
             QStringLiteral("no hold-out"));
    QCOMPARE(Models::shortHeadline(resultsOf(sentFunnel(0, 0), holdoutFunnel(0, 0), QStringLiteral("draft"))),
             QStringLiteral("—"));
}

void TestCampaignResultsModels::textFormats()
{
    QCOMPARE(Models::percentText(0.084), QStringLiteral("8.4%"));
    QCOMPARE(Models::percentText(0.0), QStringLiteral("0.0%"));
    QCOMPARE(Models::pointsText(0.053), QStringLiteral("+5.3"));
    QCOMPARE(Models::pointsText(-0.012), QStringLiteral("-1.2"));
    // Rounds to one decimal before the sign: no "-0.0".
    QCOMPARE(Models::pointsText(-0.0004), QStringLiteral("0.0"));
    QCOMPARE(Models::pointsText(0.00049), QStringLiteral("0.0"));
    CampaignEffect e;
    e.ciLow = 0.041;
    e.ciHigh = 0.065;
    QCOMPARE(Models::intervalText(e), QStringLiteral("+4.1 ~ +6.5"));
}

void TestCampaignResultsModels::decodeTakesMissingDaysAsNone()
{
    QJsonObject json = toJson(sample());
    QVERIFY(json.contains(QLatin1String("days")));
    auto full = CampaignResultsLoader::decode(json);
    QVERIFY(full);
    QCOMPARE(full->days.size(), 3);
    QCOMPARE(full->days.at(1).appliedSent, 40);
    QCOMPARE(full->segments.size(), 5);
    json.remove(QStringLiteral("days"));
    auto without = CampaignResultsLoader::decode(json);
    QVERIFY(without);
    QVERIFY(without->days.isEmpty());
    QCOMPARE(without->sent.applied, 84);
    // Anything else missing is a bad reply, named.
    json.remove(QStringLiteral("sent"));
    auto bad = CampaignResultsLoader::decode(json);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::Internal);
    QVERIFY2(bad.error().message.contains(QLatin1String("sent")), qPrintable(bad.error().message));
}

void TestCampaignResultsModels::notSentHasNoRows()
{
    Models models;
    models.apply(resultsOf(sentFunnel(0, 0), holdoutFunnel(0, 0), QStringLiteral("approved")));
    QVERIFY(!models.isEmpty());
    QCOMPARE(models.funnel()->rowCount(), 0);
    QCOMPARE(models.effects()->rowCount(), 0);
    QCOMPARE(models.days()->rowCount(), 0);
    QCOMPARE(models.funnel()->columnCount(), 5);
}

void TestCampaignResultsModels::clearEmptiesEverything()
{
    Models models;
    models.apply(sample());
    QVERIFY(!models.isEmpty());
    models.clear();
    QVERIFY(models.isEmpty());
    QCOMPARE(models.funnel()->rowCount(), 0);
    QCOMPARE(models.effects()->rowCount(), 0);
    QCOMPARE(models.days()->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCampaignResultsModels)
#include "tst_campaignresultsmodels.moc"
