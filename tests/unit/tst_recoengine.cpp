// The recommendation engine (server/reco) on small hand-built data sets with hand-computed expectations:
// each signal's building block (co-application counts, the decayed hot ranking as of a time, similar
// citizens' cosine, neighbourhoods and shares — also against brute force on a larger random set), every
// signal and the combined match degree of the engine for three citizens, the exclusions (open, completed
// within 365 days, rejected, enterprise services), the limit and order, the reason in words, and
// incremental updates (an application written equals a rebuild with it; a repeat changes nothing; a
// rejection lifts the exclusion). And the engine over a real demo database: RecoLoader's rows against SQL
// counts, and RecommendationService rebuilding in the background while threads read and write.

#include "demo/demogenerator.h"
#include "reco/coapplications.h"
#include "reco/hotranking.h"
#include "reco/recoloader.h"
#include "reco/recommendationengine.h"
#include "reco/recommendationservice.h"
#include "reco/similarcitizens.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>
#include <random>
#include <thread>

using namespace gd;
using namespace gd::server;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
constexpr qint64 kDay = 86'400'000;

QDateTime daysAgo(double days)
{
    return kNow.addMSecs(-qint64(days * double(kDay)));
}

// The engine's match degree for a combined value (recommendationengine.h).
int scoreOf(double combined)
{
    return int(std::lround(100.0 * (1 - std::exp(-2 * combined)) / (1 - std::exp(-2.0))));
}

// Tags t_preg 孕产妇, t_car 有车族, t_old 家有老人 (citizen) and t_svc_birth (service); districts 湖里区 and
// 思明区; services A 母子健康手册办理 and B 生育登记 (生育服务, for 孕产妇), C 机动车驾驶证换证 and
// D 交通违法处理 (交通出行, for 有车族), E 高龄津贴申领 (养老服务, for 家有老人), F 食品经营许可 (for
// enterprises), G 图书馆读者证办理 (no tags, never applied for). Citizens without age or gender, so the
// similar citizens' vectors are their tags alone:
//   c1 湖里区 孕产妇 since today; viewed C 7 days ago, opened a push of E 1 day ago
//   c2 湖里区 孕产妇 since 90 days, 有车族 since 2000; A completed 10 days ago, B open 5 days ago
//   c3 思明区 有车族; C completed 30 days ago, D completed 400 days ago, E rejected 3 days ago
//   c4 思明区 no tags; A completed 100 days ago, C completed 50 days ago
RecoDataset dataset()
{
    RecoDataset d;
    d.tags = {{QStringLiteral("t_preg"), QStringLiteral("孕产妇"), QStringLiteral("citizen")},
              {QStringLiteral("t_car"), QStringLiteral("有车族"), QStringLiteral("citizen")},
              {QStringLiteral("t_old"), QStringLiteral("家有老人"), QStringLiteral("citizen")},
              {QStringLiteral("t_svc_birth"), QStringLiteral("生育服务"), QStringLiteral("service")}};
    d.districts = {{QStringLiteral("350206"), QStringLiteral("湖里区")},
                   {QStringLiteral("350203"), QStringLiteral("思明区")}};
    const auto service = [&d](const char *id, const char *name, const char *category, QStringList tags,
                              const char *type = "citizen") {
        d.services.push_back({QLatin1String(id), QString::fromUtf8(name), QString::fromUtf8(category),
                              QLatin1String(type), std::move(tags)});
    };
    service("A", "母子健康手册办理", "生育服务", {QStringLiteral("t_preg"), QStringLiteral("t_svc_birth")});
    service("B", "生育登记", "生育服务", {QStringLiteral("t_preg")});
    service("C", "机动车驾驶证换证", "交通出行", {QStringLiteral("t_car")});
    service("D", "交通违法处理", "交通出行", {QStringLiteral("t_car")});
    service("E", "高龄津贴申领", "养老服务", {QStringLiteral("t_old")});
    service("F", "食品经营许可", "经营许可", {}, "enterprise");
    service("G", "图书馆读者证办理", "文化旅游", {});
    const auto tag = [](const char *id, QDate since) {
        return TagAssignment{QLatin1String(id), since, QStringLiteral("registry")};
    };
    d.citizens = {
        {QStringLiteral("c1"), QStringLiteral("350206"), {}, {}, {tag("t_preg", kNow.date())}},
        {QStringLiteral("c2"),
         QStringLiteral("350206"),
         {},
         {},
         {tag("t_preg", kNow.date().addDays(-90)), tag("t_car", QDate(2000, 1, 1))}},
        {QStringLiteral("c3"), QStringLiteral("350203"), {}, {}, {tag("t_car", QDate(2020, 5, 1))}},
        {QStringLiteral("c4"), QStringLiteral("350203"), {}, {}, {}},
    };
    const auto apply = [&d](const char *citizen, const char *serviceId, const char *district, double ago,
                            const char *status) {
        d.applications.push_back({QLatin1String(citizen), QLatin1String(serviceId), QLatin1String(district),
                                  daysAgo(ago), QLatin1String(status)});
    };
    apply("c2", "A", "350206", 10, "completed");
    apply("c2", "B", "350206", 5, "in_progress");
    apply("c3", "C", "350203", 30, "completed");
    apply("c3", "D", "350203", 400, "completed");
    apply("c3", "E", "350203", 3, "rejected");
    apply("c4", "A", "350203", 100, "completed");
    apply("c4", "C", "350203", 50, "completed");
    d.activities = {
        {QStringLiteral("c1"), QStringLiteral("C"), daysAgo(7), RecoDataset::ActivityKind::View},
        {QStringLiteral("c1"), QStringLiteral("E"), daysAgo(1), RecoDataset::ActivityKind::PushOpened}};
    return d;
}

QStringList idsOf(const RecommendationList &list)
{
    QStringList out;
    for (const Recommendation &r : list.items)
        out.append(r.serviceId);
    return out;
}

const Recommendation *find(const RecommendationList &list, const QString &serviceId)
{
    for (const Recommendation &r : list.items) {
        if (r.serviceId == serviceId)
            return &r;
    }
    return nullptr;
}

bool near(double actual, double expected, double tolerance = 1.5e-3)
{
    return std::abs(actual - expected) <= tolerance;
}

#define COMPARE_NEAR(actual, expected)                                                                       \
    QVERIFY2(                                                                                                \
        near((actual), (expected)),                                                                          \
        qPrintable(                                                                                          \
            QStringLiteral("%1 = %2, expected %3").arg(QLatin1String(#actual)).arg(actual).arg(expected)))

// Brute force for SimilarCitizens: the neighbourhood of profile p by the documented rule.
std::vector<SimilarCitizens::Neighbour> bruteNeighbours(const SimilarCitizens &s, int p,
                                                        const SimilarCitizens::Options &o)
{
    std::vector<std::pair<float, int>> all; // compared as floats, as the neighbourhoods keep them
    for (int q = 0; q < s.profileCount(); ++q) {
        if (q == p)
            continue;
        const float sim = float(s.cosine(p, q));
        if (sim >= o.minSimilarity)
            all.emplace_back(sim, q);
    }
    std::sort(all.begin(), all.end(), [&s](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first > b.first;
        if (s.members(a.second) != s.members(b.second))
            return s.members(a.second) > s.members(b.second);
        return a.second < b.second;
    });
    std::vector<SimilarCitizens::Neighbour> out{{p, 1.0f}};
    qint64 citizens = s.members(p);
    for (const auto &[sim, q] : all) {
        if (int(out.size()) >= o.maxProfiles || citizens >= o.enoughCitizens)
            break;
        out.push_back({q, sim});
        citizens += s.members(q);
    }
    return out;
}

} // namespace

class TestRecoEngine : public QObject {
    Q_OBJECT

private slots:
    void coApplicationCounts()
    {
        CoApplications co(3);
        // X: 0 then 1; Y: 0, 1, 2.
        co.add(0, {});
        co.add(1, {0});
        co.add(0, {});
        co.add(1, {0});
        co.add(2, {0, 1});
        QCOMPARE(co.applied(0), 2u);
        QCOMPARE(co.applied(1), 2u);
        QCOMPARE(co.applied(2), 1u);
        QCOMPARE(co.both(0, 1), 2u);
        QCOMPARE(co.both(1, 0), 2u);
        QCOMPARE(co.both(0, 2), 1u);
        QCOMPARE(co.both(2, 1), 1u);
        QCOMPARE(co.both(0, 0), 0u);
        COMPARE_NEAR(co.confidence(0, 1, 5), 2.0 / 7.0);
        COMPARE_NEAR(co.confidence(2, 0, 0), 1.0);
    }

    void hotRankingDecaysAndFallsBackToTheCity()
    {
        const qint64 t = kNow.toMSecsSinceEpoch();
        HotRanking hot(3, 3, 14, t);
        // District 0: two of service 0 two weeks ago (1 together), one of service 1 now (1): volume 2.
        hot.add(0, 0, t - 14 * kDay);
        hot.add(0, 0, t - 14 * kDay);
        hot.add(0, 1, t);
        // District 1: twenty of service 2 now: volume 20, its own ranking.
        for (int i = 0; i < 20; ++i)
            hot.add(1, 2, t);
        std::vector<double> rel;
        QVERIFY(hot.relative(1, t, rel));
        QCOMPARE(rel, (std::vector<double>{0, 0, 1}));
        // District 0 is too quiet: the city's (1, 1, 20).
        QVERIFY(!hot.relative(0, t, rel));
        COMPARE_NEAR(rel[0], 0.05);
        COMPARE_NEAR(rel[1], 0.05);
        COMPARE_NEAR(rel[2], 1.0);
        QVERIFY(!hot.relative(2, t, rel)); // a district without applications
        QVERIFY(!hot.relative(-1, t, rel));
        COMPARE_NEAR(rel[2], 1.0);
        // As of a moment before "now", only the two old ones exist.
        QVERIFY(!hot.relative(1, t - 1, rel));
        QCOMPARE(rel, (std::vector<double>{1, 0, 0}));
        QVERIFY(!hot.relative(0, t - 15 * kDay, rel));
        QCOMPARE(rel, (std::vector<double>{0, 0, 0}));

        // Decay: 80 four weeks old (20) against 10 new (10); late writes land in time order.
        HotRanking decay(1, 2, 14, t);
        for (int i = 0; i < 10; ++i)
            decay.add(0, 1, t);
        for (int i = 0; i < 80; ++i)
            decay.add(0, 0, t - 28 * kDay);
        QVERIFY(decay.relative(0, t, rel));
        COMPARE_NEAR(rel[0], 1.0);
        COMPARE_NEAR(rel[1], 0.5);
        // A day earlier the new ones did not exist; the old ones still count 80 · 2^(-27/14) = 21.
        QVERIFY(decay.relative(0, t - kDay, rel));
        QCOMPARE(rel, (std::vector<double>{1, 0}));
        // Years later the reference moves; the ranking stays.
        HotRanking late(1, 2, 14, t);
        late.add(0, 0, t + 3000 * kDay);
        late.add(0, 1, t + 3000 * kDay - 14 * kDay);
        late.relative(0, t + 3000 * kDay, rel);
        COMPARE_NEAR(rel[0], 1.0);
        COMPARE_NEAR(rel[1], 0.5);
    }

    void similarCitizensByHand()
    {
        // Features: c0 {0,1}, c1 {0,1}, c2 {0}, c3 {2}, c4 {2}, c5 {1}. Weights ln(6/3), ln(6/3), ln(6/2).
        const std::vector<std::vector<int>> features{{0, 1}, {1, 0, 1}, {0}, {2}, {2}, {1}};
        SimilarCitizens s(features, 3, 3, {});
        QCOMPARE(s.profileCount(), 4);
        QCOMPARE(s.profileOf(0), 0);
        QCOMPARE(s.profileOf(1), 0); // duplicates ignored, order does not matter
        QCOMPARE(s.profileOf(2), 1);
        QCOMPARE(s.profileOf(3), 2);
        QCOMPARE(s.profileOf(5), 3);
        QCOMPARE(s.members(0), 2);
        COMPARE_NEAR(s.featureWeight(0), std::log(2.0));
        COMPARE_NEAR(s.featureWeight(2), std::log(3.0));
        COMPARE_NEAR(s.cosine(0, 1), std::sqrt(0.5));
        COMPARE_NEAR(s.cosine(0, 3), std::sqrt(0.5));
        COMPARE_NEAR(s.cosine(1, 3), 0.0);
        COMPARE_NEAR(s.cosine(2, 0), 0.0);
        const auto n0 = s.neighbours(0);
        QCOMPARE(int(n0.size()), 3);
        QCOMPARE(n0[0].profile, 0);
        QCOMPARE(n0[1].profile, 1); // a tie with profile 3 (same cosine, same size): the lower id first
        QCOMPARE(n0[2].profile, 3);
        QCOMPARE(int(s.neighbours(2).size()), 1);

        s.addApplication(0, 0);
        s.addApplication(1, 0);
        s.addApplication(1, 1);
        s.addApplication(2, 1);
        s.addApplication(5, 2);
        std::vector<double> share;
        // c0: (2 + 0.7071 + 0.7071) citizens; service 0 by 2, service 1 by 1 + 0.7071, service 2 by 0.7071.
        const double citizens = s.shares(0, share);
        COMPARE_NEAR(citizens, 2 + 2 * std::sqrt(0.5));
        COMPARE_NEAR(share[0], 2 / citizens);
        COMPARE_NEAR(share[1], 0.5);
        COMPARE_NEAR(share[2], std::sqrt(0.5) / citizens);
        s.shares(3, share); // c3: {2} alone, nobody applied
        QCOMPARE(share, (std::vector<double>{0, 0, 0}));

        // Enough citizens in the own profile: no neighbours.
        SimilarCitizens small(features, 3, 3, {50, 2, 0.3});
        QCOMPARE(int(small.neighbours(0).size()), 1);
        QCOMPARE(int(small.neighbours(1).size()), 2);
    }

    void similarCitizensAgainstBruteForce()
    {
        // 3000 citizens over 30 features, some in most vectors (the common ones go through bit masks).
        std::mt19937 rng(11);
        std::vector<std::vector<int>> features(3000);
        for (auto &f : features) {
            for (int k = 0; k < 30; ++k) {
                const double p = k < 4 ? 0.6 : k < 10 ? 0.2 : 0.04;
                if (std::uniform_real_distribution<double>(0, 1)(rng) < p)
                    f.push_back(k);
            }
        }
        const SimilarCitizens::Options options{20, 150, 0.3};
        SimilarCitizens s(features, 30, 1, options);
        QVERIFY(s.profileCount() > 800); // more than 64 · 8: common features exist
        for (int p = 0; p < s.profileCount(); ++p) {
            const auto got = s.neighbours(p);
            const auto want = bruteNeighbours(s, p, options);
            QCOMPARE(got.size(), want.size());
            for (size_t i = 0; i < got.size(); ++i) {
                QVERIFY2(near(got[i].similarity, want[i].similarity, 1e-5),
                         qPrintable(QStringLiteral("profile %1 neighbour %2").arg(p).arg(i)));
                if (got[i].profile != want[i].profile) // equal similarity may only swap equal-sized profiles
                    QCOMPARE(s.members(got[i].profile), s.members(want[i].profile));
            }
        }
    }

    void signalsAndScoresOfAPregnantCitizen()
    {
        const RecommendationEngine engine(dataset(), {}, kNow);
        const auto list = engine.recommend(QStringLiteral("c1"), 10, kNow);
        QVERIFY(list);
        QCOMPARE(list->citizenId, QStringLiteral("c1"));
        QCOMPARE(list->generatedAt, kNow);
        // G has no signal at all; F is for enterprises.
        QCOMPARE(idsOf(*list), (QStringList{QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("E"),
                                            QStringLiteral("C"), QStringLiteral("D")}));
        // 湖里区 has too little volume: the city's ranking. Decayed (14 days): A 2^(-10/14) + 2^(-100/14),
        // B 2^(-5/14), C 2^(-30/14) + 2^(-50/14), D 2^(-400/14), E 2^(-3/14), the hottest.
        const double hotA = 0.71532, hotB = 0.90572, hotC = 0.36028;
        const Recommendation *b = find(*list, QStringLiteral("B"));
        QVERIFY(b);
        // Rules: 孕产妇 since today weighs 1. Similar: c2 (cosine 0.7071) applied, c1 not: 0.7071 / 1.7071
        // = 0.414 of similar citizens, over 0.25 = full.
        COMPARE_NEAR(b->signals_.rules, 1.0);
        COMPARE_NEAR(b->signals_.correlation, 0.0);
        COMPARE_NEAR(b->signals_.similar, 1.0);
        COMPARE_NEAR(b->signals_.hot, hotB);
        COMPARE_NEAR(b->signals_.recent, 0.0);
        QCOMPARE(b->score, scoreOf(0.15 + 0.3 + 0.05 * hotB));
        QCOMPARE(b->score, 73);
        const Recommendation *a = find(*list, QStringLiteral("A"));
        QVERIFY(a);
        COMPARE_NEAR(a->signals_.hot, hotA);
        QCOMPARE(a->score, 72);
        // E: a push opened a day ago (2^(-1/7)) and the city's hottest.
        const Recommendation *e = find(*list, QStringLiteral("E"));
        QVERIFY(e);
        COMPARE_NEAR(e->signals_.recent, 0.90572);
        COMPARE_NEAR(e->signals_.hot, 1.0);
        COMPARE_NEAR(e->signals_.rules, 0.0);
        QCOMPARE(e->score, 28);
        // C: viewed a week ago (0.5); D: the same category (交通出行), half of that.
        const Recommendation *c = find(*list, QStringLiteral("C"));
        QVERIFY(c);
        COMPARE_NEAR(c->signals_.recent, 0.5);
        COMPARE_NEAR(c->signals_.hot, hotC);
        QCOMPARE(c->score, 15);
        const Recommendation *d = find(*list, QStringLiteral("D"));
        QVERIFY(d);
        COMPARE_NEAR(d->signals_.recent, 0.25);
        QCOMPARE(d->score, 6);
        for (const Recommendation &r : list->items) {
            QVERIFY(r.score >= 0 && r.score <= 100);
            for (double v : {r.signals_.rules, r.signals_.correlation, r.signals_.similar, r.signals_.hot,
                             r.signals_.recent})
                QVERIFY(v >= 0 && v <= 1);
        }
    }

    void correlationAndExclusionsOfAnApplicant()
    {
        const RecommendationEngine engine(dataset(), {}, kNow);
        const auto list = engine.recommend(QStringLiteral("c2"), 10, kNow);
        QVERIFY(list);
        // A (completed 10 days ago) and B (open) are excluded.
        QCOMPARE(idsOf(*list), (QStringList{QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E")}));
        const Recommendation *c = find(*list, QStringLiteral("C"));
        QVERIFY(c);
        // Of the 2 who applied for A, 1 (c4) applied for C: 1 / (2 + 5) / 0.25 = 0.5714, pulled by an
        // application 10 days old: 0.5 + 0.5 · 2^(-10/60) = 0.9454.
        COMPARE_NEAR(c->signals_.correlation, 0.54026);
        COMPARE_NEAR(c->signals_.rules, 0.7); // 有车族 since 2000
        // Similar: c1 and c3 (cosine 0.7071 each); c3 applied C: 0.7071 / 2.4142 = 0.293, over 0.25: full.
        COMPARE_NEAR(c->signals_.similar, 1.0);
        QCOMPARE(c->score, scoreOf(0.15 * 0.7 + 0.4 * 0.54026 + 0.3 + 0.05 * 0.36028));
        QCOMPARE(c->score, 83);
        QCOMPARE(find(*list, QStringLiteral("D"))->score, 64);
        QCOMPARE(find(*list, QStringLiteral("E"))->score, 58);

        // c3: C completed 30 days ago is excluded, D completed 400 days ago and the rejected E are not.
        QCOMPARE(engine.candidates(QStringLiteral("c3"), kNow),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D"),
                              QStringLiteral("E"), QStringLiteral("G")}));
        // A day before C, it was not.
        QVERIFY(engine.candidates(QStringLiteral("c3"), daysAgo(31)).contains(QStringLiteral("C")));
        QCOMPARE(engine.candidates(QStringLiteral("c4"), kNow),
                 (QStringList{QStringLiteral("B"), QStringLiteral("D"), QStringLiteral("E"),
                              QStringLiteral("G")}));
        for (const QString &citizen :
             {QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"), QStringLiteral("c4")}) {
            const auto l = engine.recommend(citizen, 50, kNow);
            QVERIFY(l);
            const QStringList allowed = engine.candidates(citizen, kNow);
            for (const Recommendation &r : l->items) {
                QVERIFY2(allowed.contains(r.serviceId), qPrintable(citizen + u' ' + r.serviceId));
                QVERIFY(r.serviceId != QLatin1String("F"));
            }
            for (qsizetype i = 1; i < l->items.size(); ++i)
                QVERIFY(l->items[i - 1].score >= l->items[i].score);
        }
        QVERIFY(!engine.recommend(QStringLiteral("nobody"), 10, kNow));
        QVERIFY(engine.candidates(QStringLiteral("nobody"), kNow).isEmpty());
    }

    void limitAndUnscored()
    {
        RecommendationEngine engine(dataset(), {}, kNow);
        QCOMPARE(idsOf(*engine.recommend(QStringLiteral("c1"), 2, kNow)),
                 (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
        QVERIFY(engine.recommend(QStringLiteral("c1"), 0, kNow)->items.isEmpty());
        // The evaluation's fill: G (no signal, never applied for) comes last.
        engine.setScoring(RecoWeights{}, true);
        const QStringList all = idsOf(*engine.recommend(QStringLiteral("c1"), 10, kNow));
        QCOMPARE(all.size(), 6);
        QCOMPARE(all.last(), QStringLiteral("G"));
        QCOMPARE(engine.recommend(QStringLiteral("c1"), 10, kNow)->items.last().score, 0);
    }

    void reasons()
    {
        const RecommendationEngine engine(dataset(), {}, kNow);
        const auto c1 = *engine.recommend(QStringLiteral("c1"), 10, kNow);
        // Shares of the strongest: B rules 0.15, similar 0.3, hot 0.045 (under a quarter of 0.3).
        QCOMPARE(find(c1, QStringLiteral("B"))->reason, QStringLiteral("孕产妇 · 同类市民中 41% 办理"));
        QCOMPARE(find(c1, QStringLiteral("E"))->reason, QStringLiteral("近期打开过推送 · 全市热办"));
        QCOMPARE(find(c1, QStringLiteral("C"))->reason, QStringLiteral("近期浏览过 · 全市热办"));
        QCOMPARE(find(c1, QStringLiteral("D"))->reason, QStringLiteral("近期关注交通出行"));
        const auto c2 = *engine.recommend(QStringLiteral("c2"), 10, kNow);
        QCOMPARE(find(c2, QStringLiteral("C"))->reason,
                 QStringLiteral("有车族 · 办过“母子健康手册办理”的市民 50% 也办理 · 同类市民中 29% 办理"));

        // A busy district names itself: 25 neighbours of 湖里区 applied for A today.
        RecoDataset d = dataset();
        for (int i = 0; i < 25; ++i) {
            const QString id = QStringLiteral("n%1").arg(i);
            d.citizens.push_back({id, QStringLiteral("350206"), {}, {}, {}});
            d.applications.push_back({id, QStringLiteral("A"), QStringLiteral("350206"), daysAgo(0.5),
                                      QStringLiteral("completed")});
        }
        RecoOptions hotOnly;
        hotOnly.weights = RecoWeights{0, 0, 0, 1, 0};
        const RecommendationEngine busy(d, hotOnly, kNow);
        const auto l = *busy.recommend(QStringLiteral("c1"), 1, kNow);
        QCOMPARE(idsOf(l), QStringList{QStringLiteral("A")});
        QCOMPARE(l.items.first().reason, QStringLiteral("湖里区热办"));
        QCOMPARE(l.items.first().score, 100);
    }

    void incrementalUpdatesEqualARebuild()
    {
        RecommendationEngine engine(dataset(), {}, kNow);
        const RecoDataset::Application applied{QStringLiteral("c1"), QStringLiteral("C"),
                                               QStringLiteral("350206"), daysAgo(1.0 / 24),
                                               QStringLiteral("submitted")};
        engine.applicationWritten(applied);
        RecoDataset with = dataset();
        with.applications.push_back(applied);
        const RecommendationEngine rebuilt(with, {}, kNow);
        QCOMPARE(engine.popularity(QStringLiteral("C")), 3u);
        for (const QString &citizen :
             {QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"), QStringLiteral("c4")})
            QCOMPARE(toJson(*engine.recommend(citizen, 10, kNow)),
                     toJson(*rebuilt.recommend(citizen, 10, kNow)));
        QVERIFY(!engine.candidates(QStringLiteral("c1"), kNow).contains(QStringLiteral("C")));

        // The same application again changes nothing; its rejection lifts the exclusion.
        const QJsonObject before = toJson(*engine.recommend(QStringLiteral("c3"), 10, kNow));
        engine.applicationWritten(applied);
        QCOMPARE(engine.popularity(QStringLiteral("C")), 3u);
        QCOMPARE(toJson(*engine.recommend(QStringLiteral("c3"), 10, kNow)), before);
        RecoDataset::Application rejected = applied;
        rejected.status = QStringLiteral("rejected");
        engine.applicationWritten(rejected);
        QVERIFY(engine.candidates(QStringLiteral("c1"), kNow).contains(QStringLiteral("C")));
        QCOMPARE(engine.popularity(QStringLiteral("C")), 3u);

        // Unknown citizens and services are ignored.
        engine.applicationWritten(
            {QStringLiteral("nobody"), QStringLiteral("C"), {}, kNow, QStringLiteral("submitted")});
        engine.applicationWritten(
            {QStringLiteral("c1"), QStringLiteral("Z"), {}, kNow, QStringLiteral("submitted")});
        QCOMPARE(engine.popularity(QStringLiteral("C")), 3u);
        QCOMPARE(engine.popularity(QStringLiteral("Z")), 0u);
    }

    void loadsAndRebuildsFromTheDatabase()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db(DatabaseConfig::sqliteInDirectory(dir.path()));
        QVERIFY(db.migrate().ok());
        DemoOptions options;
        options.citizens = 600;
        options.today = kNow.date();
        QVERIFY(DemoGenerator(db, options).run({}).ok());
        const auto count = [&db](const QString &sql) {
            auto q = db.query(sql);
            return q && (*q)->next() ? (*q)->value(0).toLongLong() : -1;
        };

        const QDateTime since = kNow.addDays(-30);
        const auto data = RecoLoader(db).load(since);
        QVERIFY(data);
        QCOMPARE(qint64(data->citizens.size()), count(QStringLiteral("SELECT COUNT(*) FROM citizens")));
        QCOMPARE(qint64(data->services.size()), count(QStringLiteral("SELECT COUNT(*) FROM services")));
        QCOMPARE(qint64(data->districts.size()), 6);
        QCOMPARE(qint64(data->applications.size()),
                 count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE applicant_type = 'citizen'")));
        qint64 tags = 0, views = 0, pushes = 0;
        for (const RecoDataset::Citizen &c : data->citizens)
            tags += c.tags.size();
        for (const RecoDataset::Activity &a : data->activities) {
            QVERIFY(a.at >= since);
            (a.kind == RecoDataset::ActivityKind::View ? views : pushes) += 1;
        }
        QCOMPARE(tags, count(QStringLiteral("SELECT COUNT(*) FROM citizen_tags")));
        const QString from = toIsoUtc(since);
        QCOMPARE(views, count(QStringLiteral("SELECT COUNT(*) FROM usage_events WHERE kind = 'view' AND "
                                             "service_id IS NOT NULL AND occurred_at >= '%1'")
                                  .arg(from)));
        QCOMPARE(pushes, count(QStringLiteral("SELECT COUNT(*) FROM pushes WHERE status IN ('opened', "
                                              "'applied') AND responded_at >= '%1'")
                                   .arg(from)));
        QVERIFY(views > 0 && pushes > 0);

        // The service: nothing before the first build; then readers, a writer and rebuilds every 20 ms.
        RecommendationService service(db);
        QVERIFY(!service.isReady());
        QVERIFY(!service.recommend(data->citizens.front().id, 10, kNow));
        const auto built = service.rebuild();
        QVERIFY(built);
        QCOMPARE(built->citizens, qint64(data->citizens.size()));
        QVERIFY(service.isReady());
        QCOMPARE(service.builds(), 1);
        service.startPeriodicRebuild(std::chrono::milliseconds(20));
        std::atomic<bool> done{false};
        std::atomic<int> answered{0}, bad{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 2; ++t) {
            threads.emplace_back([&, t] {
                size_t i = size_t(t);
                while (!done) {
                    const auto list = service.recommend(data->citizens[i % data->citizens.size()].id, 10,
                                                        QDateTime::currentDateTimeUtc());
                    if (!list || list->items.size() > 10)
                        bad += 1;
                    answered += 1;
                    i += 7;
                }
            });
        }
        threads.emplace_back([&] {
            int i = 0;
            while (!done) {
                const RecoDataset::Citizen &c = data->citizens[size_t(i) % data->citizens.size()];
                service.applicationWritten({c.id, data->services[size_t(i) % data->services.size()].id,
                                            c.districtCode, QDateTime::currentDateTimeUtc(),
                                            QStringLiteral("submitted")});
                ++i;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
        QTest::qWait(400);
        // A rebuild takes ~0.25 s under ASan (./govdesk.sh sanitize): wait for the third, not a fixed time.
        (void)QTest::qWaitFor([&] { return service.builds() >= 3; }, 60000);
        done = true;
        for (std::thread &t : threads)
            t.join();
        service.stop();
        QCOMPARE(bad.load(), 0);
        QVERIFY(answered > 100);
        QVERIFY(service.isReady());
        QVERIFY2(service.builds() >= 3, qPrintable(QString::number(service.builds())));
    }
};

QTEST_GUILESS_MAIN(TestRecoEngine)
#include "tst_recoengine.moc"
