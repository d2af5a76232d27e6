// CampaignResultsView (offscreen, Chinese, fixed clock, fake network, no local copy): setResults() puts a
// hand-made CampaignResults on screen — the funnel's bar sets (the hold-out's delivered and opened bars
// empty), the forest plot's points, interval lines and zero line, one axis label per segment, the running
// application rates on the date axis, the segment table's cells and the tiles; no days → "no data yet";
// a campaign not sent yet → its empty state; loading from the server; the server unreachable with cached
// results → offline with their age, the results kept; without any → the error state; an earlier
// campaign's late answer dropped; Tab reaches the segment table; the CSV export.
//
// With GOVDESK_SHOTS_DIR set, shots() renders realistic results at 1280×800 and 1920×1080 in Chinese
// (with GOVDESK_EXTRA_QM, a .qm of strings not yet in the shipped translation) and English, plus the
// empty, offline and dark variants.

#include "core/clock.h"
#include "domain/codec.h"
#include "fakenetworkaccessmanager.h"
#include "models/datacontext.h"
#include "net/apiclient.h"
#include "ui/campaignresultsview.h"
#include "ui/dashboardvaluedelegate.h"
#include "ui/theme.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gd;
using gd::test::FakeNetworkAccessManager;
using gd::test::FakeResponse;
using Models = CampaignResultsModels;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return m_now; }
    void setUtc(const QDateTime &utc) { m_now = utc; }

private:
    QDateTime m_now;
};

const QDateTime kNow(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC); // 10:00 CST

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

CampaignDay day(QDate date, qint64 delivered, qint64 opened, qint64 appliedSent, qint64 appliedHoldout)
{
    CampaignDay d;
    d.day = date;
    d.delivered = delivered;
    d.opened = opened;
    d.appliedSent = appliedSent;
    d.appliedHoldout = appliedHoldout;
    return d;
}

CampaignResults resultsOf(const QString &id, const CampaignFunnel &sent, const CampaignFunnel &holdout)
{
    CampaignResults r;
    r.campaignId = id;
    r.state = QStringLiteral("sent");
    r.computedAt = kNow;
    r.sent = sent;
    r.holdout = holdout;
    r.effect = estimateEffect(sent, holdout);
    return r;
}

// The unit test's campaign: 1,000 sent (980 delivered, 400 opened, 84 applied, 60 completed) and 100 held
// out (3 applied, 1 completed): +5.4 pp [1.64, 9.16]. Segments: 思明区 significant, 湖里区 not, ages 0-17
// (nobody held out), 18-34 significant, 60+ too little data. Three days.
CampaignResults sample(const QString &id = QStringLiteral("c1"))
{
    CampaignResults r = resultsOf(id, makeFunnel(1000, 980, 400, 84, 60), makeFunnel(100, 0, 0, 3, 1));
    r.skipped = 12;
    r.queued = 0;
    r.segments = {segment(QStringLiteral("district"), QStringLiteral("350203"), QStringLiteral("思明区"),
                          makeFunnel(600, 600, 0, 54, 0), makeFunnel(60, 0, 0, 2, 0)),
                  segment(QStringLiteral("district"), QStringLiteral("350206"), QStringLiteral("湖里区"),
                          makeFunnel(400, 400, 0, 30, 0), makeFunnel(40, 0, 0, 1, 0)),
                  segment(QStringLiteral("age_band"), QStringLiteral("0-17"), QStringLiteral("0-17"),
                          makeFunnel(10, 10, 0, 0, 0), makeFunnel(0, 0, 0, 0, 0)),
                  segment(QStringLiteral("age_band"), QStringLiteral("18-34"), QStringLiteral("18-34"),
                          makeFunnel(690, 690, 0, 54, 0), makeFunnel(75, 0, 0, 2, 0)),
                  segment(QStringLiteral("age_band"), QStringLiteral("60+"), QStringLiteral("60+"),
                          makeFunnel(300, 300, 0, 30, 0), makeFunnel(25, 0, 0, 1, 0))};
    r.days = {day(QDate(2026, 11, 20), 900, 250, 20, 1), day(QDate(2026, 11, 21), 80, 120, 40, 1),
              day(QDate(2026, 11, 22), 0, 30, 24, 1)};
    return r;
}

// A city-wide campaign as the demo runs them: 9,180 sent and 1,020 held out over six districts and four
// age bands, three weeks of days with applications tailing off after the message.
CampaignResults realistic()
{
    const struct {
        const char *code;
        const char16_t *name;
        qint64 sent, holdout, appliedSent, appliedHoldout;
    } districts[] = {{"350203", u"思明区", 2310, 262, 214, 8}, {"350206", u"湖里区", 1980, 215, 171, 7},
                     {"350211", u"集美区", 1520, 171, 121, 6}, {"350205", u"海沧区", 1090, 118, 88, 4},
                     {"350212", u"同安区", 1240, 139, 96, 5},  {"350213", u"翔安区", 1040, 115, 81, 2}};
    const struct {
        const char *band;
        qint64 sent, holdout, appliedSent, appliedHoldout;
    } ages[] = {{"0-17", 240, 21, 3, 0},
                {"18-34", 3890, 436, 371, 13},
                {"35-59", 4110, 460, 351, 15},
                {"60+", 940, 103, 46, 4}};
    qint64 sent = 0, holdout = 0, appliedSent = 0, appliedHoldout = 0;
    CampaignResults r;
    for (const auto &d : districts) {
        sent += d.sent;
        holdout += d.holdout;
        appliedSent += d.appliedSent;
        appliedHoldout += d.appliedHoldout;
        r.segments.append(
            segment(QStringLiteral("district"), QLatin1String(d.code), QString::fromUtf16(d.name),
                    makeFunnel(d.sent, d.sent - 40, d.sent * 2 / 5, d.appliedSent, d.appliedSent * 7 / 10),
                    makeFunnel(d.holdout, 0, 0, d.appliedHoldout, d.appliedHoldout / 2)));
    }
    for (const auto &a : ages)
        r.segments.append(
            segment(QStringLiteral("age_band"), QLatin1String(a.band), QLatin1String(a.band),
                    makeFunnel(a.sent, a.sent - 30, a.sent * 2 / 5, a.appliedSent, a.appliedSent * 7 / 10),
                    makeFunnel(a.holdout, 0, 0, a.appliedHoldout, a.appliedHoldout / 2)));
    const CampaignResults overall =
        resultsOf(QStringLiteral("demo"), makeFunnel(sent, sent - 212, 3690, appliedSent, 541),
                  makeFunnel(holdout, 0, 0, appliedHoldout, 15));
    r.campaignId = overall.campaignId;
    r.state = overall.state;
    r.computedAt = overall.computedAt;
    r.sent = overall.sent;
    r.holdout = overall.holdout;
    r.effect = overall.effect;
    r.skipped = 318;
    r.queued = 0;
    // Delivered on the first two days, opened over three, applications tailing off; the hold-out's at
    // their own steady pace.
    const QDate first(2026, 11, 3);
    qint64 leftSent = appliedSent, leftHoldout = appliedHoldout, leftOpened = 3690;
    for (int i = 0; i < 22; ++i) {
        const qint64 delivered = i == 0   ? (sent - 212) * 3 / 4
                                 : i == 1 ? (sent - 212) - (sent - 212) * 3 / 4
                                          : 0;
        const qint64 opened = i < 3 ? (i == 2 ? leftOpened : 3690 * (i == 0 ? 5 : 4) / 10) : 0;
        leftOpened -= i < 3 ? opened : 0;
        const qint64 s =
            i == 21 ? leftSent
                    : std::min(leftSent, qint64(std::llround(appliedSent * 0.18 * std::pow(0.82, i))));
        const qint64 h = i == 21 ? leftHoldout : std::min<qint64>(leftHoldout, i % 3 == 0 ? 2 : 1);
        leftSent -= s;
        leftHoldout -= h;
        r.days.append(day(first.addDays(i), delivered, opened, s, h));
    }
    return r;
}

template <typename T> T *seriesNamed(QChartView *view, const QString &name)
{
    for (QAbstractSeries *series : view->chart()->series()) {
        if (series->objectName() == name)
            return qobject_cast<T *>(series);
    }
    return nullptr;
}

} // namespace

class TestCampaignResultsView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void resultsFillChartsTableAndTiles();
    void noDaysShowsNoDataYet();
    void notSentShowsTheEmptyState();
    void loadsFromTheServer();
    void offlineKeepsCachedResultsWithTheirAge();
    void errorWithoutResults();
    void earlierCampaignsLateAnswerIsDropped();
    void tabReachesTheSegmentTable();
    void exportsCsv();
    void shots();

private:
    void shoot(const QString &dir, const QString &name, QWidget *widget, const QSize &size);

    QTranslator m_chinese;
    FixedClock m_clock;
    FakeNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    DataContext *m_context = nullptr;
    CampaignResultsView *m_view = nullptr;
};

void TestCampaignResultsView::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    Theme::apply(Theme::Kind::Light);
}

void TestCampaignResultsView::init()
{
    m_clock.setUtc(kNow);
    m_network = new FakeNetworkAccessManager(this);
    m_client = new ApiClient(m_network, this);
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
    AuthTokens tokens;
    tokens.accessToken = QStringLiteral("a1");
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.refreshToken = QStringLiteral("r1");
    tokens.user.id = QStringLiteral("u1");
    tokens.user.username = QStringLiteral("supervisor_city");
    tokens.user.role = QStringLiteral("supervisor");
    m_client->setTokens(tokens);
    m_context = new DataContext(m_client, m_clock, this);
    m_view = new CampaignResultsView(m_context);
    m_view->resize(1280, 800);
}

void TestCampaignResultsView::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_context;
    delete m_client;
    delete m_network;
}

void TestCampaignResultsView::resultsFillChartsTableAndTiles()
{
    const CampaignResults results = sample();
    QSignalSpy shown(m_view, &CampaignResultsView::resultsShown);
    m_view->setResults(results);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_view->state(), CampaignResultsView::State::Results);
    QVERIFY(!m_view->isOffline());
    QCOMPARE(m_view->headlineText(), Models::headline(results));
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("resultsHeadline"))->isVisible());
    QVERIFY(m_view->findChild<QScrollArea *>(QStringLiteral("resultsScroll"))->isVisible());

    // Funnel: two bar sets over the four stages, shares of each group's members.
    auto *funnel = qobject_cast<QAbstractBarSeries *>(m_view->funnelChart()->chart()->series().value(0));
    QVERIFY(funnel);
    QCOMPARE(funnel->count(), 2);
    const QBarSet *sent = funnel->barSets().at(0);
    const QBarSet *held = funnel->barSets().at(1);
    QCOMPARE(sent->count(), 4);
    QCOMPARE(sent->at(0), 98.0);
    QCOMPARE(sent->at(1), 40.0);
    QCOMPARE(sent->at(2), 8.4);
    QCOMPARE(sent->at(3), 6.0);
    QCOMPARE(held->at(0), 0.0); // sent nothing: no bar
    QCOMPARE(held->at(1), 0.0);
    QCOMPARE(held->at(2), 3.0);
    QCOMPARE(held->at(3), 1.0);
    QCOMPARE(sent->label(), m_view->models()->funnel()->headerData(Models::kFunnelSentRate, Qt::Horizontal));
    auto *stages =
        qobject_cast<QBarCategoryAxis *>(m_view->funnelChart()->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(stages);
    QCOMPARE(stages->count(), 4);
    QCOMPARE(stages->at(2), m_view->models()->funnel()->rows().at(Models::Applied).label);

    // Forest plot: six rows from the top (all members at y 5 … 60+ at y 0); points at the differences,
    // significant ones apart; an interval line with caps for each of the five rows with an effect (not
    // 0-17, nobody held out) and a dashed line at 0 across all rows.
    QChartView *effect = m_view->effectChart();
    auto *significant = seriesNamed<QScatterSeries>(effect, QStringLiteral("significantPoints"));
    auto *other = seriesNamed<QScatterSeries>(effect, QStringLiteral("otherPoints"));
    QVERIFY(significant && other);
    const QList<QPointF> sig = significant->points();
    QCOMPARE(sig.size(), 3); // all members, 思明区, 18-34
    QVERIFY(qFuzzyCompare(sig.at(0).x(), 5.4));
    QCOMPARE(sig.at(0).y(), 5.0);
    QVERIFY(qFuzzyCompare(sig.at(1).x(), 17.0 / 3.0));
    QCOMPARE(sig.at(1).y(), 4.0);
    QCOMPARE(sig.at(2).y(), 1.0);
    const QList<QPointF> rest = other->points();
    QCOMPARE(rest.size(), 2); // 湖里区 (not significant), 60+ (too little data)
    QCOMPARE(rest.at(0), QPointF(5.0, 3.0));
    QCOMPARE(rest.at(1).y(), 0.0);
    auto *overall = seriesNamed<QLineSeries>(effect, QStringLiteral("interval/overall"));
    QVERIFY(overall);
    QCOMPARE(overall->count(), 6);
    QVERIFY(std::abs(overall->at(2).x() - 1.6404232627575) < 1e-9); // the low end …
    QVERIFY(std::abs(overall->at(3).x() - 9.1595767372425) < 1e-9); // … to the high end, on the row
    QCOMPARE(overall->at(2).y(), 5.0);
    QCOMPARE(overall->at(3).y(), 5.0);
    QVERIFY(!seriesNamed<QLineSeries>(effect, QStringLiteral("interval/age_band/0-17")));
    int intervals = 0;
    for (QAbstractSeries *series : effect->chart()->series())
        intervals += series->objectName().startsWith(QLatin1String("interval/"));
    QCOMPARE(intervals, 5);
    auto *zero = seriesNamed<QLineSeries>(effect, QStringLiteral("zeroLine"));
    QVERIFY(zero);
    QCOMPARE(zero->at(0), QPointF(0, -0.5));
    QCOMPARE(zero->at(1), QPointF(0, 5.5));
    auto *rows = qobject_cast<QCategoryAxis *>(effect->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(rows);
    const QStringList labels = rows->categoriesLabels();
    QCOMPARE(labels.size(), 6);
    QCOMPARE(labels.last(), m_view->models()->effects()->rows().at(0).label); // all members at the top
    QCOMPARE(labels.at(3), QStringLiteral("湖里区"));
    auto *x = qobject_cast<QValueAxis *>(effect->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    QVERIFY(x->min() <= 0 && x->max() >= 17.0 / 3.0 + 5.0); // zero and 思明区's high end in view

    // Over time: the running application rate of each group per day on the date axis.
    auto *sentLine = seriesNamed<QLineSeries>(m_view->daysChart(), QStringLiteral("sentRateLine"));
    auto *heldLine = seriesNamed<QLineSeries>(m_view->daysChart(), QStringLiteral("holdoutRateLine"));
    QVERIFY(sentLine && heldLine);
    QCOMPARE(sentLine->count(), 3);
    QCOMPARE(sentLine->at(0).x(), double(QDateTime(QDate(2026, 11, 20), QTime(0, 0)).toMSecsSinceEpoch()));
    QCOMPARE(sentLine->at(0).y(), 2.0);
    QCOMPARE(sentLine->at(1).y(), 6.0);
    QCOMPARE(sentLine->at(2).y(), 8.4);
    QCOMPARE(heldLine->at(0).y(), 1.0);
    QCOMPARE(heldLine->at(2).y(), 3.0);
    QVERIFY(heldLine->isVisible());
    QVERIFY(m_view->daysChart()->isVisible());
    QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("noDaysLabel"))->isVisible());

    // The table: a row per segment, the interval in one column, the verdict in words.
    QTableView *table = m_view->segmentTable();
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 6);
    QVERIFY(table->isColumnHidden(Models::kEffectCiHigh));
    QCOMPARE(model->index(0, 0).data().toString(), m_view->models()->effects()->rows().at(0).label);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("思明区"));
    QCOMPARE(model->index(0, Models::kEffectCiLow).data().toString(), QStringLiteral("+1.6 ~ +9.2"));
    QCOMPARE(model->index(0, Models::kEffectSignificant).data().toString(),
             CampaignResultsView::tr("✓ Significant"));
    QCOMPARE(model->index(2, Models::kEffectSignificant).data().toString(),
             CampaignResultsView::tr("Not significant"));
    QCOMPARE(model->index(3, Models::kEffectSignificant).data().toString(),
             CampaignResultsView::tr("No hold-out"));
    QCOMPARE(model->index(5, Models::kEffectSignificant).data().toString(),
             CampaignResultsView::tr("Too little data"));
    QVERIFY(!model->index(3, Models::kEffectCiLow).data().isValid());
    const QLocale locale;
    const auto shown_ = [&](int row, int column) {
        const QModelIndex index = model->index(row, column);
        return DashboardValueDelegate::format(
            DashboardTable::ValueKind(index.data(DashboardTable::KindRole).toInt()), index.data(), locale);
    };
    QCOMPARE(shown_(0, Models::kEffectSentMembers), QStringLiteral("1,000"));
    QCOMPARE(shown_(0, Models::kEffectSentRate), QStringLiteral("8.4%"));
    QCOMPARE(shown_(0, Models::kEffectHoldoutRate), QStringLiteral("3.0%"));
    QCOMPARE(shown_(0, Models::kEffectDifference), QStringLiteral("+5.4"));
    QCOMPARE(shown_(2, Models::kEffectDifference), QStringLiteral("+5.0"));

    // Tiles.
    QCOMPARE(m_view->tileValue(0)->text(),
             CampaignResultsView::tr("%1 · %2").arg(QStringLiteral("1,000"), QStringLiteral("100")));
    QCOMPARE(m_view->tileValue(1)->text(), QStringLiteral("980"));
    QCOMPARE(m_view->tileValue(2)->text(), Models::percentText(400.0 / 980.0));
    QCOMPARE(m_view->tileValue(3)->text(),
             CampaignResultsView::tr("%1 vs %2").arg(QStringLiteral("8.4%"), QStringLiteral("3.0%")));
    QCOMPARE(m_view->tileValue(4)->text(), CampaignResultsView::tr("%1 pp").arg(QStringLiteral("+5.4")));
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("resultDetail4"))
                ->text()
                .contains(QStringLiteral("+1.6 ~ +9.2")));
    QCOMPARE(m_view->tileValue(5)->text(), QStringLiteral("12"));
    QCOMPARE(m_view->tileValue(6)->text(), QStringLiteral("0"));
}

void TestCampaignResultsView::noDaysShowsNoDataYet()
{
    CampaignResults results = sample();
    results.days.clear();
    m_view->setResults(results);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QCOMPARE(m_view->state(), CampaignResultsView::State::Results);
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("noDaysLabel"))->isVisible());
    QVERIFY(!m_view->daysChart()->isVisible());
    QCOMPARE(seriesNamed<QLineSeries>(m_view->daysChart(), QStringLiteral("sentRateLine"))->count(), 0);
    // The rest is there.
    QCOMPARE(m_view->segmentTable()->model()->rowCount(), 6);
    QVERIFY(m_view->funnelChart()->isVisible());

    // Without a hold-out, no hold-out line (it would be a line of zeros).
    CampaignResults alone =
        resultsOf(QStringLiteral("c1"), makeFunnel(1000, 980, 400, 84, 60), makeFunnel(0, 0, 0, 0, 0));
    alone.days = sample().days;
    m_view->setResults(alone);
    QVERIFY(m_view->daysChart()->isVisible());
    QVERIFY(!seriesNamed<QLineSeries>(m_view->daysChart(), QStringLiteral("holdoutRateLine"))->isVisible());
    QCOMPARE(m_view->headlineText(), Models::headline(alone));
    QCOMPARE(m_view->segmentTable()->model()->index(0, Models::kEffectSignificant).data().toString(),
             CampaignResultsView::tr("No hold-out"));
}

void TestCampaignResultsView::notSentShowsTheEmptyState()
{
    CampaignResults results;
    results.campaignId = QStringLiteral("c1");
    results.state = QStringLiteral("approved");
    results.computedAt = kNow;
    m_view->setResults(results);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QCOMPARE(m_view->state(), CampaignResultsView::State::NotSent);
    QCOMPARE(m_view->messageText(), Models::headline(results));
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("resultsMessage"))->isVisible());
    QVERIFY(!m_view->findChild<QScrollArea *>(QStringLiteral("resultsScroll"))->isVisible());
    QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("resultsHeadline"))->isVisible());
    QVERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());
    QCOMPARE(m_view->models()->funnel()->rowCount(), 0);
}

void TestCampaignResultsView::loadsFromTheServer()
{
    const QString path = QStringLiteral("/api/v1/campaigns/c1/results");
    m_network->on("GET", path, FakeResponse::json(200, toJson(sample())).withDelay(30));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QSignalSpy shown(m_view, &CampaignResultsView::resultsShown);
    m_view->setCampaign(QStringLiteral("c1"), QStringLiteral("母子健康手册办理"));
    QCOMPARE(m_view->state(), CampaignResultsView::State::Loading);
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("resultsMessage"))->isVisible());
    QVERIFY(shown.wait(5000));
    QCOMPARE(m_view->state(), CampaignResultsView::State::Results);
    QCOMPARE(m_network->count("GET", path), 1);
    QCOMPARE(m_view->models()->results().sent.applied, 84);
    QCOMPARE(m_view->models()->days()->rowCount(), 3);
    QCOMPARE(m_view->headlineText(), Models::headline(sample()));
    QVERIFY2(m_view->statusText().contains(QStringLiteral("11-24 10:00")), qPrintable(m_view->statusText()));
    // Refresh asks again.
    m_view->refresh();
    QVERIFY(shown.wait(5000));
    QCOMPARE(m_network->count("GET", path), 2);
}

void TestCampaignResultsView::offlineKeepsCachedResultsWithTheirAge()
{
    const QString path = QStringLiteral("/api/v1/campaigns/c1/results");
    m_network->on("GET", path,
                  FakeResponse::transport(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"))
                      .withDelay(30));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QSignalSpy failed(m_view->loader(), &CampaignResultsLoader::failed);
    m_view->setCampaign(QStringLiteral("c1"));
    // What the local copy answers first: results of two hours ago.
    m_view->setResults(sample(), ReportSource{kNow.addSecs(-2 * 3600), true});
    QVERIFY(failed.wait(5000));
    QTRY_VERIFY(m_view->isOffline());
    QCOMPARE(m_view->state(), CampaignResultsView::State::Results);
    QVERIFY2(m_view->statusText().contains(QStringLiteral("11-24 08:00")), qPrintable(m_view->statusText()));
    QVERIFY2(m_view->statusText().contains(CampaignResultsView::tr("%n hour(s) ago", nullptr, 2)),
             qPrintable(m_view->statusText()));
    // The figures stay.
    QCOMPARE(m_view->headlineText(), Models::headline(sample()));
    QCOMPARE(m_view->segmentTable()->model()->rowCount(), 6);
    QCOMPARE(m_view->tileValue(1)->text(), QStringLiteral("980"));
    // Back online: the server's answer replaces them and the status says so.
    m_network->on("GET", path, FakeResponse::json(200, toJson(sample())));
    QSignalSpy shown(m_view, &CampaignResultsView::resultsShown);
    m_view->refresh();
    QVERIFY(shown.wait(5000));
    QVERIFY(!m_view->isOffline());
    QVERIFY2(m_view->statusText().contains(QStringLiteral("11-24 10:00")), qPrintable(m_view->statusText()));
}

void TestCampaignResultsView::errorWithoutResults()
{
    m_network->on(
        "GET", QStringLiteral("/api/v1/campaigns/c1/results"),
        FakeResponse::apiError(404, QStringLiteral("not_found"), QStringLiteral("no such campaign")));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setCampaign(QStringLiteral("c1"));
    QTRY_COMPARE(m_view->state(), CampaignResultsView::State::Error);
    QVERIFY(!m_view->messageText().isEmpty());
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("resultsMessage"))->isVisible());
    QVERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());
    QVERIFY(m_view->findChild<QPushButton *>(QStringLiteral("refreshButton"))->isEnabled());
}

void TestCampaignResultsView::earlierCampaignsLateAnswerIsDropped()
{
    CampaignResults second =
        resultsOf(QStringLiteral("c2"), makeFunnel(500, 500, 100, 44, 10), makeFunnel(500, 0, 0, 40, 8));
    m_network->on("GET", QStringLiteral("/api/v1/campaigns/c1/results"),
                  FakeResponse::json(200, toJson(sample())).withDelay(150));
    m_network->on("GET", QStringLiteral("/api/v1/campaigns/c2/results"),
                  FakeResponse::json(200, toJson(second)));
    QSignalSpy finished(m_network, &QNetworkAccessManager::finished);
    QSignalSpy loaded(m_view->loader(), &CampaignResultsLoader::loaded);
    m_view->setCampaign(QStringLiteral("c1"));
    m_view->setCampaign(QStringLiteral("c2"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_view->models()->results().campaignId, QStringLiteral("c2"));
    // The first campaign's request is over (answered or abandoned) and changed nothing.
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_view->models()->results().campaignId, QStringLiteral("c2"));
    QCOMPARE(m_view->headlineText(), Models::headline(second));
}

void TestCampaignResultsView::tabReachesTheSegmentTable()
{
    m_view->setResults(sample());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    // From the export button (refresh needs a campaign to ask for), Tab passes the charts by.
    auto *exportButton = m_view->findChild<QPushButton *>(QStringLiteral("exportCsvButton"));
    QVERIFY(exportButton->isEnabled());
    exportButton->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(exportButton->hasFocus());
    QTableView *table = m_view->segmentTable();
    // Then the scrolled content (arrow keys and Page Down scroll the charts), then the table.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_view->findChild<QScrollArea *>(QStringLiteral("resultsScroll")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), 0); // focus brings the first row
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("湖里区"));
}

void TestCampaignResultsView::exportsCsv()
{
    m_view->setCampaign(QString(), QStringLiteral("母子健康手册办理"));
    m_view->setResults(sample());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.csv"));
    QVERIFY(m_view->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    // Three sections: title, header and rows each, an empty line between.
    QCOMPARE(lines.count(QString()), 3); // two separators and the end
    QVERIFY(lines.at(0).startsWith(QStringLiteral("母子健康手册办理")));
    QVERIFY(text.contains(QStringLiteral("思明区,600,60,9,3.33,5.67,0.58,10.75,1")));
    QVERIFY(text.contains(QStringLiteral("\r\n11-22,980,400,84,3,0,0,8.40,3,5.40\r\n")));
}

void TestCampaignResultsView::shoot(const QString &dir, const QString &name, QWidget *widget,
                                    const QSize &size)
{
    widget->resize(size);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    if (auto *scroll = widget->findChild<QScrollArea *>(QStringLiteral("resultsScroll"));
        scroll && scroll->isVisible())
        QVERIFY(scroll->widget()->grab().save(dir + QLatin1Char('/') + name + QStringLiteral("-full.png")));
}

void TestCampaignResultsView::shots()
{
    const QString dir = qEnvironmentVariable("GOVDESK_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set GOVDESK_SHOTS_DIR to render screenshots");
    QDir().mkpath(dir);
    // GOVDESK_SHOTS_RESULTS: a results body saved from a server (e.g. the demo's) instead of realistic().
    CampaignResults shown = realistic();
    if (const QString file = qEnvironmentVariable("GOVDESK_SHOTS_RESULTS"); !file.isEmpty()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto decoded = CampaignResultsLoader::decode(QJsonDocument::fromJson(f.readAll()).object());
        QVERIFY(decoded);
        shown = *decoded;
    }
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    QTranslator extra;
    const QString extraQm = qEnvironmentVariable("GOVDESK_EXTRA_QM");
    for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")}) {
        if (language == QLatin1String("en")) {
            QCoreApplication::removeTranslator(&m_chinese);
            QCoreApplication::removeTranslator(&extra);
            QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        } else if (!extraQm.isEmpty() && extra.load(extraQm)) {
            QCoreApplication::installTranslator(&extra);
        }
        for (const QSize &size : {QSize(1280, 800), QSize(1920, 1080)}) {
            const QString suffix =
                QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
            CampaignResultsView view(m_context);
            view.setResults(shown, ReportSource{kNow.addSecs(-300), false});
            shoot(dir, QStringLiteral("results-") + suffix, &view, size);
        }
    }
    QCoreApplication::installTranslator(&m_chinese);
    if (!extraQm.isEmpty() && extra.load(extraQm))
        QCoreApplication::installTranslator(&extra);
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    {
        CampaignResultsView view(m_context);
        CampaignResults notSent;
        notSent.campaignId = QStringLiteral("c1");
        notSent.state = QStringLiteral("approved");
        view.setResults(notSent);
        shoot(dir, QStringLiteral("results-notsent-zh-1280x800"), &view, QSize(1280, 800));
    }
    {
        m_network->on("GET", QStringLiteral("/api/v1/campaigns/demo/results"),
                      FakeResponse::transport(QNetworkReply::ConnectionRefusedError));
        CampaignResultsView view(m_context);
        QSignalSpy failed(view.loader(), &CampaignResultsLoader::failed);
        view.setCampaign(QStringLiteral("demo"));
        CampaignResults noDays = shown;
        noDays.days.clear();
        view.setResults(noDays, ReportSource{kNow.addSecs(-3 * 3600), true});
        QVERIFY(failed.wait(5000));
        shoot(dir, QStringLiteral("results-offline-nodays-zh-1280x800"), &view, QSize(1280, 800));
    }
    Theme::apply(Theme::Kind::Dark);
    {
        CampaignResultsView view(m_context);
        view.setResults(shown, ReportSource{kNow.addSecs(-300), false});
        shoot(dir, QStringLiteral("results-dark-zh-1920x1080"), &view, QSize(1920, 1080));
    }
    Theme::apply(Theme::Kind::Light);
    QCoreApplication::removeTranslator(&extra);
}

QTEST_MAIN(TestCampaignResultsView)
#include "tst_campaignresultsview.moc"
