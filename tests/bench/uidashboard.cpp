// govdesk-bench dashboard: see uibench.h.

#include "uibench.h"
#include "uibenchsupport.h"

#include "scenario.h"
#include "syncbenchsupport.h"

#include "core/systemclock.h"
#include "domain/codec.h"
#include "domain/worktime.h"
#include "models/datacontext.h"
#include "net/apiclient.h"
#include "ui/dashboardcharts.h"
#include "ui/dashboardpage.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QRandomGenerator>
#include <QWindow>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <iterator>
#include <numbers>
#include <vector>

namespace gd::bench {

namespace {

// Xiamen's six districts with their share of the population.
const std::pair<const char *, double> kDistricts[] = {{"350203", 0.21}, {"350205", 0.11}, {"350206", 0.20},
                                                      {"350211", 0.20}, {"350212", 0.09}, {"350213", 0.19}};
const char *const kTopics[] = {"噪音",     "停车", "物业", "学位", "医保", "交通",
                               "环境卫生", "社保", "户籍", "养老", "其他"};
const double kTopicShare[] = {0.17, 0.14, 0.13, 0.08, 0.07, 0.09, 0.08, 0.06, 0.05, 0.05, 0.08};
// pc, mobile, pad, tv, counter (dashboardChannels() order).
const double kChannelShare[] = {0.27, 0.53, 0.04, 0.01, 0.15};
constexpr int kServices = 150;
constexpr int kDepartments = 30;
constexpr int kSpikes = 30;

// Generated reports of one dashboard for a city of `citizens`, as the server would answer them: per day a
// weekly rhythm (weekends quieter), a yearly swell and noise; applications, ratings and handling times
// in proportion; services and departments with long-tailed (Zipf-like) shares.
class ReportGenerator {
public:
    ReportGenerator(qint64 citizens, const DashboardQuery &query, quint32 seed)
        : m_citizens(citizens)
        , m_query(query)
        , m_random(seed)
    {
    }

    QByteArray bundle()
    {
        generateDays();
        QByteArray out("{");
        bool first = true;
        const auto append = [&](const QString &id, const QByteArray &json) {
            if (!first)
                out += ',';
            first = false;
            out += '"' + id.toUtf8() + "\":" + json;
        };
        // The loader's bundle: {request id: the server's JSON of that report}.
        for (const DashboardRequest &request : dashboardRequests(m_query)) {
            const QString &id = request.id;
            if (id == QLatin1String("usage_day"))
                append(id, toJsonBytes(m_usageDay));
            else if (id.startsWith(QLatin1String("usage_channel_")))
                append(id, toJsonBytes(m_channels.value(id.mid(14))));
            else if (id == QLatin1String("usage_service"))
                append(id, toJsonBytes(
                               shares(QStringLiteral("service"), kServices, QStringLiteral("s-%1"), 0.9)));
            else if (id == QLatin1String("usage_department"))
                append(id, toJsonBytes(shares(QStringLiteral("department"), kDepartments,
                                              QStringLiteral("d-%1"), 0.8)));
            else if (id == QLatin1String("usage_district"))
                append(id, toJsonBytes(districts()));
            else if (id == QLatin1String("opinion_day"))
                append(id, toJsonBytes(m_opinionDay));
            else if (id == QLatin1String("opinion_district"))
                append(id, toJsonBytes(opinionBy(QStringLiteral("district"))));
            else if (id == QLatin1String("opinion_topic"))
                append(id, toJsonBytes(opinionBy(QStringLiteral("topic"))));
        }
        out += '}';
        return out;
    }

private:
    double uniform(double low, double high) { return low + (high - low) * m_random.generateDouble(); }
    qint64 jitter(double value, double spread)
    {
        return std::llround(value * uniform(1 - spread, 1 + spread));
    }

    // Completed applications of `submitted` with their on-time count, ratings and handling time.
    void complete(UsageFigures &f, qint64 completed)
    {
        f.completed = completed;
        f.completedOnTime = std::llround(double(completed) * uniform(0.86, 0.97));
        if (completed > 0)
            f.slaCompliance = double(f.completedOnTime) / double(completed);
        RatingFigures &r = f.ratings;
        r.count = std::llround(double(completed) * uniform(0.3, 0.4));
        r.rating1 = std::llround(double(r.count) * uniform(0.01, 0.03));
        r.rating2 = std::llround(double(r.count) * uniform(0.02, 0.04));
        r.rating3 = std::llround(double(r.count) * uniform(0.06, 0.10));
        r.rating4 = std::llround(double(r.count) * uniform(0.24, 0.30));
        r.rating5 = std::max<qint64>(0, r.count - r.rating1 - r.rating2 - r.rating3 - r.rating4);
        if (r.count > 0)
            r.average = double(r.rating1 + 2 * r.rating2 + 3 * r.rating3 + 4 * r.rating4 + 5 * r.rating5) /
                        double(r.count);
        f.handling.samples = completed;
        if (completed > 0) {
            f.handling.medianHours = std::llround(uniform(22, 40));
            f.handling.p90Hours = *f.handling.medianHours * 4 + std::llround(uniform(0, 20));
        }
    }

    static void add(UsageFigures &total, const UsageFigures &f)
    {
        total.signIns += f.signIns;
        total.activeCitizens += f.activeCitizens;
        total.submitted += f.submitted;
        total.completed += f.completed;
        total.completedOnTime += f.completedOnTime;
        total.ratings.count += f.ratings.count;
        total.ratings.rating1 += f.ratings.rating1;
        total.ratings.rating2 += f.ratings.rating2;
        total.ratings.rating3 += f.ratings.rating3;
        total.ratings.rating4 += f.ratings.rating4;
        total.ratings.rating5 += f.ratings.rating5;
        total.handling.samples += f.handling.samples;
    }

    static void finish(UsageFigures &total)
    {
        if (total.completed > 0)
            total.slaCompliance = double(total.completedOnTime) / double(total.completed);
        const RatingFigures &r = total.ratings;
        if (r.count > 0)
            total.ratings.average =
                double(r.rating1 + 2 * r.rating2 + 3 * r.rating3 + 4 * r.rating4 + 5 * r.rating5) /
                double(r.count);
        if (total.handling.samples > 0) {
            total.handling.medianHours = 31;
            total.handling.p90Hours = 136;
        }
    }

    UsageReport usageReport(const QString &group) const
    {
        UsageReport r;
        r.from = m_query.from;
        r.to = m_query.to;
        r.group = group;
        r.scope = QStringLiteral("city");
        return r;
    }

    OpinionReport opinionReport(const QString &group) const
    {
        OpinionReport r;
        r.from = m_query.from;
        r.to = m_query.to;
        r.group = group;
        r.scope = QStringLiteral("city");
        r.total = m_opinionDay.total;
        r.topTopics = m_opinionDay.topTopics;
        r.spikes = m_opinionDay.spikes;
        return r;
    }

    static OpinionFigures opinionFigures(const QString &key, qint64 messages, double negative,
                                         double positive)
    {
        OpinionFigures f;
        f.key = key;
        f.messages = messages;
        f.negative = std::llround(double(messages) * negative);
        f.positive = std::llround(double(messages) * positive);
        f.neutral = messages - f.negative - f.positive;
        if (messages > 0)
            f.averageScore = (double(f.positive) - double(f.negative)) / double(messages) * 0.6;
        return f;
    }

    void generateDays()
    {
        const double signInsPerDay = double(m_citizens) * 0.06;     // 120k for 2M citizens
        const double submittedPerDay = double(m_citizens) * 0.0125; // 25k
        const double messagesPerDay = double(m_citizens) * 0.005;   // 10k
        m_usageDay = usageReport(QStringLiteral("day"));
        const QStringList channels = dashboardChannels();
        for (const QString &channel : channels)
            m_channels.insert(channel, usageReport(QStringLiteral("day")));
        m_opinionDay = opinionReport(QStringLiteral("day"));
        qint64 negative = 0, neutral = 0, positive = 0;
        for (QDate day = m_query.from; day <= m_query.to; day = day.addDays(1)) {
            const int weekday = day.dayOfWeek();
            const double week = weekday == 6 ? 0.55 : weekday == 7 ? 0.45 : weekday == 1 ? 1.12 : 1.0;
            const double season =
                1.0 + 0.12 * std::sin(2 * std::numbers::pi * double(day.dayOfYear()) / 365.0);
            UsageFigures f;
            f.key = day.toString(Qt::ISODate);
            f.signIns = jitter(signInsPerDay * (0.6 + 0.4 * week) * season, 0.06);
            f.activeCitizens = std::llround(double(f.signIns) * uniform(0.68, 0.76));
            f.submitted = jitter(submittedPerDay * week * season, 0.08);
            complete(f, std::llround(double(f.submitted) * uniform(0.9, 1.02)));
            m_usageDay.rows.append(f);
            add(m_usageDay.total, f);
            for (int c = 0; c < channels.size(); ++c) {
                UsageFigures share;
                share.key = f.key;
                share.submitted = jitter(double(f.submitted) * kChannelShare[c], 0.05);
                complete(share, std::llround(double(share.submitted) * uniform(0.9, 1.02)));
                UsageReport &report = m_channels[channels.at(c)];
                report.rows.append(share);
                add(report.total, share);
            }
            OpinionFigures o = opinionFigures(f.key, jitter(messagesPerDay * (0.7 + 0.3 * week), 0.1),
                                              uniform(0.3, 0.4), uniform(0.15, 0.25));
            m_opinionDay.rows.append(o);
            negative += o.negative;
            neutral += o.neutral;
            positive += o.positive;
        }
        finish(m_usageDay.total);
        for (UsageReport &report : m_channels)
            finish(report.total);
        OpinionFigures &total = m_opinionDay.total;
        total.messages = negative + neutral + positive;
        total.negative = negative;
        total.neutral = neutral;
        total.positive = positive;
        total.averageScore = (double(positive) - double(negative)) / double(total.messages) * 0.6;

        // Hot topics against the previous period; the spike detector's findings.
        QList<TopicTrend> topics;
        for (int t = 0; t < int(std::size(kTopics)); ++t) {
            TopicTrend trend;
            trend.topic = QString::fromUtf8(kTopics[t]);
            trend.messages = std::llround(double(total.messages) * kTopicShare[t]);
            trend.previous = jitter(double(trend.messages), 0.3);
            if (trend.previous > 0)
                trend.change = double(trend.messages - trend.previous) / double(trend.previous);
            topics.append(trend);
        }
        std::stable_sort(topics.begin(), topics.end(),
                         [](const TopicTrend &a, const TopicTrend &b) { return a.messages > b.messages; });
        m_opinionDay.topTopics = topics.mid(0, 10);
        const qint64 days = m_query.days();
        QList<OpinionSpike> spikes;
        for (int i = 0; i < kSpikes; ++i) {
            OpinionSpike s;
            s.date = m_query.from.addDays(qint64(m_random.bounded(quint32(days))));
            s.districtCode = QLatin1String(kDistricts[m_random.bounded(6)].first);
            s.topic = QString::fromUtf8(kTopics[m_random.bounded(int(std::size(kTopics)))]);
            s.baselineMean = uniform(6, 60);
            s.ratio = uniform(3, 8);
            s.messages = std::llround(s.baselineMean * s.ratio);
            s.description = QStringLiteral("%1 %2 类诉求 %3 %4 件，为近28天均值 %5 件的 %6 倍")
                                .arg(s.districtCode, s.topic, s.date.toString(QStringLiteral("M月d日")))
                                .arg(s.messages)
                                .arg(s.baselineMean, 0, 'f', 1)
                                .arg(s.ratio, 0, 'f', 1);
            spikes.append(s);
        }
        std::stable_sort(spikes.begin(), spikes.end(), [](const OpinionSpike &a, const OpinionSpike &b) {
            return a.date != b.date ? a.date < b.date : a.ratio > b.ratio;
        });
        m_opinionDay.spikes = spikes;
    }

    // The period's applications split over `count` keys with Zipf-like shares (exponent `skew`), ordered
    // by key as the server orders rows.
    UsageReport shares(const QString &group, int count, const QString &keyPattern, double skew)
    {
        UsageReport report = usageReport(group);
        std::vector<double> weights(static_cast<size_t>(count), 0.0);
        double sum = 0;
        for (int i = 0; i < count; ++i)
            sum += weights[size_t(i)] = uniform(0.7, 1.3) / std::pow(double(i + 1), skew);
        const UsageFigures &total = m_usageDay.total;
        for (int i = 0; i < count; ++i) {
            const double w = weights[size_t(i)] / sum;
            UsageFigures f;
            f.key = keyPattern.arg(i + 1, 3, 10, QLatin1Char('0'));
            f.submitted = std::llround(double(total.submitted) * w);
            complete(f, std::llround(double(total.completed) * w));
            report.rows.append(f);
        }
        report.total = total;
        return report;
    }

    UsageReport districts()
    {
        UsageReport report = usageReport(QStringLiteral("district"));
        const UsageFigures &total = m_usageDay.total;
        for (const auto &[code, share] : kDistricts) {
            UsageFigures f;
            f.key = QLatin1String(code);
            f.signIns = jitter(double(total.signIns) * share, 0.03);
            f.activeCitizens = jitter(double(total.activeCitizens) * share, 0.03);
            f.submitted = jitter(double(total.submitted) * share, 0.03);
            complete(f, jitter(double(total.completed) * share, 0.03));
            report.rows.append(f);
        }
        report.total = total;
        return report;
    }

    OpinionReport opinionBy(const QString &group)
    {
        OpinionReport report = opinionReport(group);
        const qint64 messages = m_opinionDay.total.messages;
        if (group == QLatin1String("district")) {
            for (const auto &[code, share] : kDistricts)
                report.rows.append(opinionFigures(QLatin1String(code), jitter(double(messages) * share, 0.05),
                                                  uniform(0.28, 0.42), uniform(0.15, 0.25)));
        } else {
            for (int t = 0; t < int(std::size(kTopics)); ++t)
                report.rows.append(opinionFigures(QString::fromUtf8(kTopics[t]),
                                                  std::llround(double(messages) * kTopicShare[t]),
                                                  uniform(0.2, 0.6), uniform(0.05, 0.3)));
            std::sort(report.rows.begin(), report.rows.end(),
                      [](const OpinionFigures &a, const OpinionFigures &b) { return a.key < b.key; });
        }
        return report;
    }

    qint64 m_citizens;
    DashboardQuery m_query;
    QRandomGenerator m_random;
    UsageReport m_usageDay;
    QHash<QString, UsageReport> m_channels;
    OpinionReport m_opinionDay;
};

struct Timings {
    std::vector<double> decode, apply, render, total;
};

// From the bundle's bytes to the whole dashboard painted: decodeDashboard, DashboardPage::showData (the
// models, tiles and chart mappers), then the layouts the change requested (widgets, charts' graphics
// layouts) and a paint of the whole scrollable content into an image, as a PNG export would. Between runs
// the event loop turns (not timed) so that the window repaints what is on screen and nothing is pending.
bool measure(DashboardPage &page, const QByteArray &bundle, Timings &t, QString &error)
{
    QCoreApplication::processEvents();
    QElapsedTimer clock;
    clock.start();
    auto data = decodeDashboard(bundle, page.query());
    const double decoded = double(clock.nsecsElapsed()) / 1e6;
    if (!data) {
        error = data.error().message;
        return false;
    }
    page.showData(*data, DashboardSource{QDateTime::currentDateTimeUtc(), false});
    const double applied = double(clock.nsecsElapsed()) / 1e6;
    for (int i = 0; i < 3; ++i) // a layout that activates can ask for its parent's
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QWidget *content = page.content();
    QImage image(content->size(), QImage::Format_ARGB32_Premultiplied);
    content->render(&image);
    const double rendered = double(clock.nsecsElapsed()) / 1e6;
    t.decode.push_back(decoded);
    t.apply.push_back(applied - decoded);
    t.render.push_back(rendered - applied);
    t.total.push_back(rendered);
    return true;
}

QJsonObject p50max(const std::vector<double> &ms)
{
    return QJsonObject{{QStringLiteral("p50"), round2(percentile(ms, 0.5))},
                       {QStringLiteral("max"), round2(percentile(ms, 1.0))}};
}

QJsonObject p50p95max(const std::vector<double> &ms)
{
    return QJsonObject{{QStringLiteral("p50"), round2(percentile(ms, 0.5))},
                       {QStringLiteral("p95"), round2(percentile(ms, 0.95))},
                       {QStringLiteral("max"), round2(percentile(ms, 1.0))}};
}

// Runs `runs` measurements over two generated bundles of the page's period in turn (a refresh brings
// other figures); the first, cold one is returned apart.
bool runPeriod(DashboardPage &page, qint64 citizens, int runs, Timings &t, double &firstMs, qint64 &bytes,
               QString &error)
{
    const QByteArray bundles[] = {ReportGenerator(citizens, page.query(), 20261124).bundle(),
                                  ReportGenerator(citizens, page.query(), 20261125).bundle()};
    bytes = bundles[0].size();
    Timings cold;
    if (!measure(page, bundles[1], cold, error))
        return false;
    firstMs = cold.total.front();
    for (int i = 0; i < runs; ++i) {
        if (!measure(page, bundles[i % 2], t, error))
            return false;
    }
    return true;
}

} // namespace

int runUiDashboard(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("govdesk-bench dashboard: see tests/bench/uibench.h"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Measured runs (default 20)."),
                                     QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption daysOpt(QStringLiteral("days"),
                                     QStringLiteral("Days of the long dashboard, up to today (default 365)."),
                                     QStringLiteral("D"), QStringLiteral("365"));
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Citizens of the city the figures are made for "
                                                        "(default 2000000)."),
                                         QStringLiteral("N"), QStringLiteral("2000000"));
    const QCommandLineOption pngOpt(QStringLiteral("png"),
                                    QStringLiteral("Also save the year's dashboard as painted to FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption helpOpt(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                     QStringLiteral("Show these options."));
    parser.addOptions({runsOpt, daysOpt, citizensOpt, pngOpt, helpOpt});
    if (!parser.parse(QStringList{QStringLiteral("dashboard")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return 2;
    }
    if (parser.isSet(helpOpt)) {
        std::cout << parser.helpText().toStdString();
        return 0;
    }
    const int runs = parser.value(runsOpt).toInt();
    const int days = parser.value(daysOpt).toInt();
    const qint64 citizens = parser.value(citizensOpt).toLongLong();
    if (runs < 1 || runs > 1000 || days < 7 || days > 400 || citizens < 1000 || citizens > 50'000'000) {
        std::cerr << "--runs 1…1000, --days 7…400, --citizens 1000…50000000" << std::endl;
        return 2;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        std::cerr << "dashboard needs the GUI application (run through govdesk-bench)" << std::endl;
        return 1;
    }

    // The page as a signed-in admin sees it, full-HD; no server (the loader's own requests fail at once:
    // not signed in) and no local copy. The figures go in through showData(), as the loader's do.
    SystemClock clock;
    QNetworkAccessManager network;
    ApiClient client(&network);
    DataContext context(&client, clock);
    DashboardPage page(&context);
    StaffUser admin;
    admin.id = QStringLiteral("u-admin");
    admin.username = QStringLiteral("admin");
    admin.role = QStringLiteral("admin");
    admin.areaCode = QStringLiteral("city");
    page.setUser(admin);
    page.resize(1920, 1080);
    page.show();
    QElapsedTimer wait;
    wait.start();
    while ((!page.windowHandle() || !page.windowHandle()->isExposed()) && wait.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const QDate today = worktime::localDate(clock.nowUtc());
    page.setCustomPeriod(today.addDays(1 - days), today);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    if (page.query().days() != days) {
        std::cerr << "dashboard: the page did not take the period" << std::endl;
        return 1;
    }

    QElapsedTimer all;
    all.start();
    Timings year;
    double yearFirst = 0;
    qint64 yearBytes = 0;
    QString error;
    std::cerr << "dashboard: " << days << " days, " << runs << " runs" << std::endl;
    if (!runPeriod(page, citizens, runs, year, yearFirst, yearBytes, error)) {
        std::cerr << "dashboard: " << error.toStdString() << std::endl;
        return 1;
    }
    const QSize contentSize = page.content()->size();
    if (parser.isSet(pngOpt) && !page.exportPng(parser.value(pngOpt))) {
        std::cerr << "dashboard: could not write " << parser.value(pngOpt).toStdString() << std::endl;
        return 1;
    }
    const int trendRows = page.models()->trend()->rowCount();
    // What was painted: every day a point of each trend line.
    for (QAbstractSeries *series : page.charts()->trend()->chart()->series()) {
        auto *line = qobject_cast<QXYSeries *>(series);
        if (!line || line->count() != days) {
            std::cerr << "dashboard: a trend line has " << (line ? line->count() : -1) << " points"
                      << std::endl;
            return 1;
        }
    }
    const qint64 submitted = page.models()->kpis().submitted;

    // The same for the default 30-day dashboard.
    page.setPeriodDays(30);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    Timings month;
    double monthFirst = 0;
    qint64 monthBytes = 0;
    std::cerr << "dashboard: 30 days, " << runs << " runs" << std::endl;
    if (!runPeriod(page, citizens, runs, month, monthFirst, monthBytes, error)) {
        std::cerr << "dashboard: " << error.toStdString() << std::endl;
        return 1;
    }

    constexpr double kGoalMs = 200;
    const double p95 = percentile(year.total, 0.95);
    printResult(QStringLiteral("dashboard"),
                QJsonObject{{QStringLiteral("citizens"), citizens},
                            {QStringLiteral("days"), days},
                            {QStringLiteral("runs"), runs},
                            {QStringLiteral("bundle_bytes"), yearBytes},
                            {QStringLiteral("trend_rows"), trendRows},
                            {QStringLiteral("submitted"), submitted},
                            {QStringLiteral("content_px"),
                             QStringLiteral("%1x%2").arg(contentSize.width()).arg(contentSize.height())},
                            {QStringLiteral("decode_ms"), p50max(year.decode)},
                            {QStringLiteral("apply_ms"), p50max(year.apply)},
                            {QStringLiteral("render_ms"), p50max(year.render)},
                            {QStringLiteral("total_ms"), p50p95max(year.total)},
                            {QStringLiteral("first_total_ms"), round2(yearFirst)},
                            {QStringLiteral("bundle_30d_bytes"), monthBytes},
                            {QStringLiteral("decode_30d_ms"), p50max(month.decode)},
                            {QStringLiteral("apply_30d_ms"), p50max(month.apply)},
                            {QStringLiteral("render_30d_ms"), p50max(month.render)},
                            {QStringLiteral("total_30d_ms"), p50p95max(month.total)},
                            {QStringLiteral("first_total_30d_ms"), round2(monthFirst)},
                            {QStringLiteral("goal_ms"), kGoalMs},
                            {QStringLiteral("within_goal"), p95 <= kGoalMs},
                            {QStringLiteral("seconds"), round2(double(all.elapsed()) / 1000.0)}});
    return 0;
}

} // namespace gd::bench
