// DashboardModels (issue 6) over a small hand-made DashboardData: every day of the period with zeros for
// the missing ones, the stacked sentiment bounds, channel buckets (days, Monday weeks clipped to the
// period, months), top services and departments (ordering, limits, rows without figures dropped, on-time
// and satisfied %), topic labels with their change, the district table merging usage and opinion with
// its heat role, the headline figures, and what each click asks for (the CST day bounds as UTC times, the
// scope carried). decodeDashboard: a missing or malformed report is named, another period is refused, a
// whole bundle decodes. The tables pass QAbstractItemModelTester.

#include "models/dashboarddata.h"
#include "models/dashboardmodels.h"

#include "domain/codec.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace gd;

namespace {

const QDate kFrom(2026, 11, 1); // a Sunday
const QDate kTo(2026, 11, 10);

UsageFigures usage(const QString &key, qint64 signIns, qint64 active, qint64 submitted, qint64 completed)
{
    UsageFigures f;
    f.key = key;
    f.signIns = signIns;
    f.activeCitizens = active;
    f.submitted = submitted;
    f.completed = completed;
    return f;
}

UsageReport usageReport(const QString &group, QList<UsageFigures> rows, QDate from = kFrom, QDate to = kTo)
{
    UsageReport r;
    r.from = from;
    r.to = to;
    r.group = group;
    r.scope = QStringLiteral("city");
    r.rows = std::move(rows);
    return r;
}

OpinionFigures opinion(const QString &key, qint64 negative, qint64 neutral, qint64 positive)
{
    OpinionFigures f;
    f.key = key;
    f.negative = negative;
    f.neutral = neutral;
    f.positive = positive;
    f.messages = negative + neutral + positive;
    return f;
}

OpinionReport opinionReport(const QString &group, QList<OpinionFigures> rows, QDate from = kFrom,
                            QDate to = kTo)
{
    OpinionReport r;
    r.from = from;
    r.to = to;
    r.group = group;
    r.scope = QStringLiteral("city");
    r.rows = std::move(rows);
    return r;
}

TopicTrend topic(const QString &name, qint64 messages, qint64 previous)
{
    TopicTrend t;
    t.topic = name;
    t.messages = messages;
    t.previous = previous;
    if (previous > 0)
        t.change = double(messages - previous) / double(previous);
    return t;
}

OpinionSpike spike(QDate date, const QString &district, const QString &topicName, qint64 messages,
                   double ratio)
{
    OpinionSpike s;
    s.date = date;
    s.districtCode = district;
    s.topic = topicName;
    s.messages = messages;
    s.baselineMean = double(messages) / ratio;
    s.ratio = ratio;
    // As the server's detector says it (server/analytics), with the district's name.
    const QString name =
        district == QLatin1String("350206") ? QStringLiteral("湖里区") : QStringLiteral("思明区");
    s.description = QStringLiteral("%1 %2 类诉求 %3 件").arg(name, topicName).arg(messages);
    return s;
}

DashboardData channelData(const QHash<QString, QList<UsageFigures>> &rows, QDate from, QDate to)
{
    DashboardData d;
    d.usageByDay = usageReport(QStringLiteral("day"), {}, from, to);
    for (const QString &channel : dashboardChannels())
        d.usageByChannelDay.insert(channel,
                                   usageReport(QStringLiteral("day"), rows.value(channel), from, to));
    return d;
}

UsageFigures submittedOn(QDate day, qint64 submitted)
{
    return usage(day.toString(Qt::ISODate), 0, 0, submitted, 0);
}

// A ten-day city dashboard: usage on three of the days, messages on two, two districts with usage (one
// more with messages only), three services (one without applications), three departments (one without
// completions), four hot topics and two spikes.
DashboardData sample()
{
    DashboardData d;
    d.usageByDay = usageReport(QStringLiteral("day"), {usage(QStringLiteral("2026-11-01"), 100, 80, 10, 8),
                                                       usage(QStringLiteral("2026-11-03"), 120, 90, 12, 9),
                                                       usage(QStringLiteral("2026-11-10"), 50, 40, 5, 3)});
    UsageFigures &total = d.usageByDay.total;
    total = usage(QString(), 270, 210, 27, 20);
    total.completedOnTime = 17;
    total.slaCompliance = 0.85;
    total.ratings.count = 10;
    total.ratings.average = 4.2;
    total.handling.samples = 20;
    total.handling.medianHours = 30;
    total.handling.p90Hours = 70;

    const QHash<QString, QList<UsageFigures>> channels{
        {QStringLiteral("pc"),
         {submittedOn(QDate(2026, 10, 31), 99), // outside the period: not shown
          submittedOn(QDate(2026, 11, 1), 6), submittedOn(QDate(2026, 11, 3), 4)}},
        {QStringLiteral("mobile"), {submittedOn(QDate(2026, 11, 1), 4), submittedOn(QDate(2026, 11, 3), 8)}},
        {QStringLiteral("counter"), {submittedOn(QDate(2026, 11, 10), 5)}}};
    for (auto it = channels.cbegin(); it != channels.cend(); ++it)
        d.usageByChannelDay.insert(it.key(), usageReport(QStringLiteral("day"), it.value()));
    // pad and tv: no report rows at all (an empty report).
    d.usageByChannelDay.insert(QStringLiteral("pad"), usageReport(QStringLiteral("day"), {}));
    d.usageByChannelDay.insert(QStringLiteral("tv"), usageReport(QStringLiteral("day"), {}));

    d.usageByService = usageReport(QStringLiteral("service"), {usage(QStringLiteral("s-a"), 0, 0, 12, 10),
                                                               usage(QStringLiteral("s-b"), 0, 0, 15, 11),
                                                               usage(QStringLiteral("s-c"), 0, 0, 0, 2)});

    UsageFigures da = usage(QStringLiteral("d-a"), 0, 0, 25, 20);
    da.completedOnTime = 15;
    da.slaCompliance = 0.75;
    da.ratings = {10, 1, 0, 1, 3, 5, 4.1};
    UsageFigures db = usage(QStringLiteral("d-b"), 0, 0, 45, 40);
    db.completedOnTime = 36;
    db.slaCompliance = 0.9;
    UsageFigures dc = usage(QStringLiteral("d-c"), 0, 0, 3, 0);
    d.usageByDepartment = usageReport(QStringLiteral("department"), {da, db, dc});

    UsageFigures siming = usage(QStringLiteral("350203"), 200, 150, 20, 15);
    siming.slaCompliance = 0.8;
    siming.ratings.count = 4;
    siming.ratings.average = 4.5;
    UsageFigures huli = usage(QStringLiteral("350206"), 70, 60, 7, 5);
    huli.slaCompliance = 0.6;
    huli.ratings.count = 2;
    huli.ratings.average = 4.0;
    d.usageByDistrict = usageReport(QStringLiteral("district"), {siming, huli});

    d.opinionByDay = opinionReport(QStringLiteral("day"), {opinion(QStringLiteral("2026-11-02"), 3, 5, 2),
                                                           opinion(QStringLiteral("2026-11-03"), 1, 0, 4)});
    d.opinionByDay.total = opinion(QString(), 4, 5, 6);
    // By date, then ratio, as the server sends them.
    d.opinionByDay.spikes = {
        spike(QDate(2026, 11, 2), QStringLiteral("350203"), QStringLiteral("停车"), 21, 3.0),
        spike(QDate(2026, 11, 3), QStringLiteral("350206"), QStringLiteral("噪音"), 37, 4.1)};
    d.opinionByDistrict =
        opinionReport(QStringLiteral("district"), {opinion(QStringLiteral("350206"), 4, 4, 2),
                                                   opinion(QStringLiteral("350211"), 0, 3, 2)});
    d.opinionByTopic = opinionReport(QStringLiteral("topic"), {});
    d.opinionByTopic.topTopics = {topic(QStringLiteral("噪音"), 30, 20),
                                  topic(QStringLiteral("停车"), 10, 20), topic(QStringLiteral("学位"), 6, 0),
                                  topic(QStringLiteral("物业"), 4, 4)};
    return d;
}

DashboardNames names()
{
    DashboardNames n;
    n.districts = {{QStringLiteral("350203"), QStringLiteral("思明区")},
                   {QStringLiteral("350206"), QStringLiteral("湖里区")},
                   {QStringLiteral("350211"), QStringLiteral("集美区")}};
    n.services = {{QStringLiteral("s-a"), QStringLiteral("户口迁移")},
                  {QStringLiteral("s-b"), QStringLiteral("居住证办理")}};
    n.departments = {{QStringLiteral("d-a"), QStringLiteral("公安局")}};
    return n;
}

DashboardQuery cityQuery(QDate from = kFrom, QDate to = kTo)
{
    DashboardQuery q;
    q.from = from;
    q.to = to;
    return q;
}

double msOf(QDate day)
{
    return double(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
}

QList<double> values(const DashboardTable *table, int row)
{
    QList<double> out;
    for (int c = 0; c < table->valueColumns().size(); ++c)
        out.append(table->value(row, c).value_or(-1));
    return out;
}

QByteArray bundleOf(const DashboardData &d, const QStringList &leaveOut = {})
{
    QJsonObject o;
    o.insert(QStringLiteral("usage_day"), toJson(d.usageByDay));
    for (auto it = d.usageByChannelDay.cbegin(); it != d.usageByChannelDay.cend(); ++it)
        o.insert(QStringLiteral("usage_channel_") + it.key(), toJson(it.value()));
    o.insert(QStringLiteral("usage_service"), toJson(d.usageByService));
    o.insert(QStringLiteral("usage_department"), toJson(d.usageByDepartment));
    o.insert(QStringLiteral("usage_district"), toJson(d.usageByDistrict));
    o.insert(QStringLiteral("opinion_day"), toJson(d.opinionByDay));
    o.insert(QStringLiteral("opinion_district"), toJson(d.opinionByDistrict));
    o.insert(QStringLiteral("opinion_topic"), toJson(d.opinionByTopic));
    for (const QString &id : leaveOut)
        o.remove(id);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString item(const DrillRequest &r, const char *key)
{
    return r.filter.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

} // namespace

class TestDashboardModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyDayWithZerosForMissingDays()
    {
        DashboardModels m;
        QVERIFY(m.isEmpty());
        QAbstractItemModelTester tester(m.trend(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy applied(&m, &DashboardModels::applied);
        m.apply(sample(), cityQuery(), names());
        QCOMPARE(applied.size(), 1);
        QVERIFY(!m.isEmpty());
        const DashboardTable *t = m.trend();
        QCOMPARE(t->rowCount(), 10);
        QCOMPARE(t->columnCount(), 6);
        for (int row = 0; row < 10; ++row) {
            const QDate day = kFrom.addDays(row);
            QCOMPARE(t->keyAt(row), day.toString(Qt::ISODate));
            QCOMPARE(t->index(row, 0).data().toString(), day.toString(QStringLiteral("MM-dd")));
            QCOMPARE(t->index(row, DashboardModels::kTrendTime).data().toDouble(), msOf(day));
            QCOMPARE(t->index(row, 3).data(DashboardTable::KeyRole).toString(), day.toString(Qt::ISODate));
        }
        // Time, sign-ins, active citizens, submitted, completed.
        QCOMPARE(values(t, 0), (QList<double>{msOf(kFrom), 100, 80, 10, 8}));
        QCOMPARE(values(t, 1), (QList<double>{msOf(QDate(2026, 11, 2)), 0, 0, 0, 0}));
        QCOMPARE(values(t, 2), (QList<double>{msOf(QDate(2026, 11, 3)), 120, 90, 12, 9}));
        for (int row = 3; row < 9; ++row) {
            for (int c = DashboardModels::kTrendSignIns; c <= DashboardModels::kTrendCompleted; ++c)
                QCOMPARE(t->index(row, c).data().toDouble(), 0.0);
        }
        QCOMPARE(values(t, 9), (QList<double>{msOf(kTo), 50, 40, 5, 3}));
        QCOMPARE(t->columnMax(DashboardModels::kTrendSignIns - 1), 120.0);
        QCOMPARE(t->index(0, DashboardModels::kTrendTime).data(DashboardTable::KindRole).toInt(),
                 int(DashboardTable::ValueKind::Time));

        m.clear();
        QVERIFY(m.isEmpty());
        QCOMPARE(applied.size(), 2);
        QCOMPARE(m.trend()->rowCount(), 0);
        QCOMPARE(m.districts()->rowCount(), 0);
        QCOMPARE(m.kpis().signIns, 0);
    }

    void sentimentStacksCumulatively()
    {
        DashboardModels m;
        QAbstractItemModelTester tester(m.sentiment(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.apply(sample(), cityQuery(), names());
        const DashboardTable *s = m.sentiment();
        QCOMPARE(s->rowCount(), 10);
        QCOMPARE(s->columnCount(), 8);
        // Time, negative, neutral, positive, then the bounds negative, negative + neutral, all.
        QCOMPARE(values(s, 0), (QList<double>{msOf(kFrom), 0, 0, 0, 0, 0, 0}));
        QCOMPARE(values(s, 1), (QList<double>{msOf(QDate(2026, 11, 2)), 3, 5, 2, 3, 8, 10}));
        QCOMPARE(values(s, 2), (QList<double>{msOf(QDate(2026, 11, 3)), 1, 0, 4, 1, 1, 5}));
        QCOMPARE(values(s, 9), (QList<double>{msOf(kTo), 0, 0, 0, 0, 0, 0}));
        QCOMPARE(s->index(1, DashboardModels::kSentimentLow).data().toDouble(), 3.0);
        QCOMPARE(s->index(1, DashboardModels::kSentimentMid).data().toDouble(), 8.0);
        QCOMPARE(s->index(1, DashboardModels::kSentimentHigh).data().toDouble(), 10.0);
        QCOMPARE(s->columnMax(DashboardModels::kSentimentHigh - 1), 10.0);
    }

    void channelsByDayUpToFourteenDays()
    {
        DashboardModels m;
        QAbstractItemModelTester tester(m.channels(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.apply(sample(), cityQuery(), names());
        QCOMPARE(m.channelBucket(), DashboardModels::Bucket::Day);
        const DashboardTable *c = m.channels();
        QCOMPARE(c->rowCount(), 10);
        QCOMPARE(c->columnCount(), 1 + int(dashboardChannels().size()));
        QCOMPARE(dashboardChannels(),
                 (QStringList{QStringLiteral("pc"), QStringLiteral("mobile"), QStringLiteral("pad"),
                              QStringLiteral("tv"), QStringLiteral("counter")}));
        QCOMPARE(c->keyAt(0), QStringLiteral("2026-11-01"));
        QCOMPARE(c->index(0, 0).data().toString(), QStringLiteral("11-01"));
        // pc, mobile, pad, tv, counter; the pc row of 10-31 (outside the period) is not counted.
        QCOMPARE(values(c, 0), (QList<double>{6, 4, 0, 0, 0}));
        QCOMPARE(values(c, 1), (QList<double>{0, 0, 0, 0, 0}));
        QCOMPARE(values(c, 2), (QList<double>{4, 8, 0, 0, 0}));
        QCOMPARE(values(c, 9), (QList<double>{0, 0, 0, 0, 5}));

        // Fourteen days is still by day.
        m.apply(channelData({}, QDate(2026, 11, 1), QDate(2026, 11, 14)),
                cityQuery(kFrom, QDate(2026, 11, 14)), names());
        QCOMPARE(m.channelBucket(), DashboardModels::Bucket::Day);
        QCOMPARE(m.channels()->rowCount(), 14);
    }

    void channelsByMondayWeeksClippedToThePeriod()
    {
        // 30 days from Wednesday 2026-11-04 to Thursday 2026-12-03: weeks from Monday, the first one
        // clipped to the period's start (11-04 … 11-08), the last one ending with the period (11-30 … 12-03).
        const QDate from(2026, 11, 4);
        const QDate to(2026, 12, 3);
        QHash<QString, QList<UsageFigures>> rows;
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            rows[QStringLiteral("pc")].append(submittedOn(day, 1));
            rows[QStringLiteral("mobile")].append(submittedOn(day, 2));
        }
        rows[QStringLiteral("counter")] = {submittedOn(QDate(2026, 11, 8), 7),
                                           submittedOn(QDate(2026, 11, 9), 11), submittedOn(to, 3)};
        DashboardModels m;
        m.apply(channelData(rows, from, to), cityQuery(from, to), names());
        QCOMPARE(m.channelBucket(), DashboardModels::Bucket::Week);
        const DashboardTable *c = m.channels();
        QCOMPARE(c->rowCount(), 5);
        QCOMPARE(c->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Week from"));
        const QStringList keys{QStringLiteral("2026-11-04"), QStringLiteral("2026-11-09"),
                               QStringLiteral("2026-11-16"), QStringLiteral("2026-11-23"),
                               QStringLiteral("2026-11-30")};
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(c->keyAt(row), keys.at(row));
            QCOMPARE(c->index(row, 0).data().toString(), keys.at(row).mid(5));
        }
        QCOMPARE(values(c, 0), (QList<double>{5, 10, 0, 0, 7}));
        QCOMPARE(values(c, 1), (QList<double>{7, 14, 0, 0, 11}));
        QCOMPARE(values(c, 2), (QList<double>{7, 14, 0, 0, 0}));
        QCOMPARE(values(c, 3), (QList<double>{7, 14, 0, 0, 0}));
        QCOMPARE(values(c, 4), (QList<double>{4, 8, 0, 0, 3}));
        double pc = 0, mobile = 0, counter = 0;
        for (int row = 0; row < c->rowCount(); ++row) {
            pc += *c->value(row, 0);
            mobile += *c->value(row, 1);
            counter += *c->value(row, 4);
        }
        QCOMPARE(pc, 30.0);
        QCOMPARE(mobile, 60.0);
        QCOMPARE(counter, 21.0);

        // A click on a week asks for that week's applications through the channel, clipped likewise.
        const DrillRequest first = m.drillChannel(0, 1);
        QVERIFY(first.isValid());
        QCOMPARE(first.kind, DrillRequest::Kind::Applications);
        QCOMPARE(item(first, "channel"), QStringLiteral("mobile"));
        QCOMPARE(item(first, "submitted_since"), QStringLiteral("2026-11-03T16:00:00.000Z"));
        QCOMPARE(item(first, "submitted_until"), QStringLiteral("2026-11-08T16:00:00.000Z"));
        const DrillRequest last = m.drillChannel(4, 4);
        QCOMPARE(item(last, "channel"), QStringLiteral("counter"));
        QCOMPARE(item(last, "submitted_since"), QStringLiteral("2026-11-29T16:00:00.000Z"));
        QCOMPARE(item(last, "submitted_until"), QStringLiteral("2026-12-03T16:00:00.000Z"));
        QVERIFY(!m.drillChannel(5, 0).isValid());
        QVERIFY(!m.drillChannel(0, 5).isValid());
        QVERIFY(!m.drillChannel(0, -1).isValid());
    }

    void channelsByMonthOverLongPeriods()
    {
        // 121 days: months, the first one clipped to the period's start.
        const QDate from(2026, 8, 15);
        const QDate to(2026, 12, 13);
        QCOMPARE(from.daysTo(to) + 1, 121);
        QHash<QString, QList<UsageFigures>> rows;
        for (QDate day = from; day <= to; day = day.addDays(1))
            rows[QStringLiteral("tv")].append(submittedOn(day, 1));
        DashboardModels m;
        m.apply(channelData(rows, from, to), cityQuery(from, to), names());
        QCOMPARE(m.channelBucket(), DashboardModels::Bucket::Month);
        const DashboardTable *c = m.channels();
        QCOMPARE(c->rowCount(), 5);
        QCOMPARE(c->keyAt(0), QStringLiteral("2026-08-15"));
        QCOMPARE(c->index(0, 0).data().toString(), QStringLiteral("2026-08"));
        QCOMPARE(c->keyAt(1), QStringLiteral("2026-09-01"));
        QCOMPARE(c->keyAt(4), QStringLiteral("2026-12-01"));
        const QList<double> tv{17, 30, 31, 30, 13};
        for (int row = 0; row < 5; ++row)
            QCOMPARE(*c->value(row, 3), tv.at(row));
        const DrillRequest december = m.drillChannel(4, 3);
        QCOMPARE(item(december, "submitted_since"), QStringLiteral("2026-11-30T16:00:00.000Z"));
        QCOMPARE(item(december, "submitted_until"), QStringLiteral("2026-12-13T16:00:00.000Z"));
    }

    void topServicesOrderedLimitedWithoutEmptyRows()
    {
        DashboardModels m;
        QAbstractItemModelTester tester(m.services(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.apply(sample(), cityQuery(), names());
        const DashboardTable *s = m.services();
        QCOMPARE(s->rowCount(), 2); // s-c had no applications submitted
        QCOMPARE(s->keyAt(0), QStringLiteral("s-b"));
        QCOMPARE(s->index(0, 0).data().toString(), QStringLiteral("居住证办理"));
        QCOMPARE(values(s, 0), (QList<double>{15, 11}));
        QCOMPARE(s->keyAt(1), QStringLiteral("s-a"));
        QCOMPARE(values(s, 1), (QList<double>{12, 10}));
        QCOMPARE(s->index(1, 1).data(DashboardTable::HeatRole).toDouble(), 12.0 / 15.0);

        // Twelve services: the ten with most applications, most first; ties keep the report's order;
        // a service without a name shows its id.
        DashboardData d = sample();
        d.usageByService.rows.clear();
        const QList<qint64> submitted{5, 40, 1, 12, 7, 33, 2, 9, 18, 3, 12, 6};
        for (int i = 0; i < submitted.size(); ++i)
            d.usageByService.rows.append(usage(QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0')), 0, 0,
                                               submitted.at(i), submitted.at(i) / 2));
        m.apply(d, cityQuery(), names());
        QCOMPARE(s->rowCount(), 10);
        const QStringList order{QStringLiteral("s01"), QStringLiteral("s05"), QStringLiteral("s08"),
                                QStringLiteral("s03"), QStringLiteral("s10"), QStringLiteral("s07"),
                                QStringLiteral("s04"), QStringLiteral("s11"), QStringLiteral("s00"),
                                QStringLiteral("s09")};
        for (int row = 0; row < 10; ++row) {
            QCOMPARE(s->keyAt(row), order.at(row));
            QCOMPARE(s->index(row, 0).data().toString(), order.at(row));
        }
        QCOMPARE(values(s, 0), (QList<double>{40, 20}));
        QCOMPARE(values(s, 9), (QList<double>{3, 1}));

        const DrillRequest r = m.drillService(0);
        QCOMPARE(r.kind, DrillRequest::Kind::Applications);
        QCOMPARE(item(r, "service"), QStringLiteral("s01"));
        QCOMPARE(item(r, "submitted_since"), QStringLiteral("2026-10-31T16:00:00.000Z"));
        QCOMPARE(item(r, "submitted_until"), QStringLiteral("2026-11-10T16:00:00.000Z"));
        QVERIFY(!m.drillService(10).isValid());
        QVERIFY(!m.drillService(-1).isValid());
    }

    void departmentsOnTimeAndSatisfied()
    {
        DashboardModels m;
        QAbstractItemModelTester tester(m.departments(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.apply(sample(), cityQuery(), names());
        const DashboardTable *d = m.departments();
        QCOMPARE(d->rowCount(), 2); // d-c completed nothing
        // Most completed first: d-b (40) without ratings, d-a (20).
        QCOMPARE(d->keyAt(0), QStringLiteral("d-b"));
        QCOMPARE(d->index(0, 0).data().toString(), QStringLiteral("d-b")); // no name known
        QCOMPARE(*d->value(0, 0), 90.0);
        QVERIFY(!d->value(0, 1)); // satisfied % unknown without ratings
        QVERIFY(!d->index(0, 2).data().isValid());
        QCOMPARE(*d->value(0, 2), 40.0);
        QCOMPARE(d->keyAt(1), QStringLiteral("d-a"));
        QCOMPARE(d->index(1, 0).data().toString(), QStringLiteral("公安局"));
        // On time 15/20; satisfied (4★ 3 + 5★ 5) / 10 ratings.
        QCOMPARE(values(d, 1), (QList<double>{75, 80, 20}));
        QCOMPARE(d->index(1, 1).data(DashboardTable::KindRole).toInt(),
                 int(DashboardTable::ValueKind::Percent));

        const DrillRequest r = m.drillDepartment(1);
        QCOMPARE(r.kind, DrillRequest::Kind::Applications);
        QCOMPARE(item(r, "service_department"), QStringLiteral("d-a"));
        QCOMPARE(item(r, "status"), QStringLiteral("completed"));
        QCOMPARE(item(r, "completed_since"), QStringLiteral("2026-10-31T16:00:00.000Z"));
        QCOMPARE(item(r, "completed_until"), QStringLiteral("2026-11-10T16:00:00.000Z"));
        QVERIFY(!r.filter.hasQueryItem(QStringLiteral("submitted_since")));
        QVERIFY(!m.drillDepartment(2).isValid());
    }

    void topicsWithTheirChange()
    {
        DashboardModels m;
        QAbstractItemModelTester tester(m.topics(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.apply(sample(), cityQuery(), names());
        const DashboardTable *t = m.topics();
        QCOMPARE(t->rowCount(), 4);
        QCOMPARE(t->keyAt(0), QStringLiteral("噪音"));
        QCOMPARE(t->index(0, 0).data().toString(), QStringLiteral("Noise  ▲50%"));
        QCOMPARE(values(t, 0), (QList<double>{30, 20, 50}));
        QCOMPARE(t->index(1, 0).data().toString(), QStringLiteral("Parking  ▼50%"));
        QCOMPARE(values(t, 1), (QList<double>{10, 20, -50}));
        // Nothing in the previous period: no change, "new".
        QCOMPARE(t->index(2, 0).data().toString(), QStringLiteral("School places  new"));
        QCOMPARE(*t->value(2, 0), 6.0);
        QVERIFY(!t->value(2, 2));
        QCOMPARE(t->index(3, 0).data().toString(), QStringLiteral("Property management  ▲0%"));
        QCOMPARE(values(t, 3), (QList<double>{4, 4, 0}));
        QCOMPARE(t->index(1, 1).data(DashboardTable::HeatRole).toDouble(), 10.0 / 30.0);
        QVERIFY(!t->index(1, 2).data(DashboardTable::HeatRole).isValid()); // previous: no heat
        QCOMPARE(DashboardModels::topicName(QStringLiteral("环境卫生")), QStringLiteral("Sanitation"));
        QCOMPARE(DashboardModels::topicName(QStringLiteral("未知")), QStringLiteral("未知"));

        const DrillRequest r = m.drillTopic(0);
        QVERIFY(r.isValid());
        QCOMPARE(r.kind, DrillRequest::Kind::Messages);
        QCOMPARE(item(r, "topic"), QStringLiteral("噪音"));
        QCOMPARE(item(r, "since"), QStringLiteral("2026-10-31T16:00:00.000Z"));
        QCOMPARE(item(r, "until"), QStringLiteral("2026-11-10T16:00:00.000Z"));
        QVERIFY(!r.filter.hasQueryItem(QStringLiteral("district")));
        QVERIFY(!m.drillTopic(4).isValid());
        QVERIFY(!m.drillTopic(-1).isValid());
    }

    void districtsMergeUsageAndOpinion()
    {
        DashboardModels m;
        QAbstractItemModelTester tester(m.districts(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.apply(sample(), cityQuery(), names());
        const DashboardTable *d = m.districts();
        QCOMPARE(d->rowCount(), 3);
        QCOMPARE(d->columnCount(), 8);
        QCOMPARE(d->keyAt(0), QStringLiteral("350203"));
        QCOMPARE(d->keyAt(1), QStringLiteral("350206"));
        QCOMPARE(d->keyAt(2), QStringLiteral("350211"));
        QCOMPARE(d->index(1, 0).data().toString(), QStringLiteral("湖里区"));
        QCOMPARE(d->headerData(DashboardModels::kDistrictMessages, Qt::Horizontal).toString(),
                 QStringLiteral("Messages"));
        // Sign-ins, submitted, completed, on time %, average rating, messages, negative %.
        QCOMPARE(values(d, 0), (QList<double>{200, 20, 15, 80, 4.5, -1, -1}));
        QCOMPARE(values(d, 1), (QList<double>{70, 7, 5, 60, 4.0, 10, 40}));
        QCOMPARE(values(d, 2), (QList<double>{-1, -1, -1, -1, -1, 5, 0}));
        QVERIFY(!d->index(0, DashboardModels::kDistrictMessages).data().isValid());
        QVERIFY(!d->index(2, 1).data().isValid());

        // Heat: the value over its column's largest.
        QCOMPARE(d->index(0, 1).data(DashboardTable::HeatRole).toDouble(), 1.0);
        QCOMPARE(d->index(1, 1).data(DashboardTable::HeatRole).toDouble(), 70.0 / 200.0);
        QCOMPARE(d->index(1, 4).data(DashboardTable::HeatRole).toDouble(), 60.0 / 80.0);
        QCOMPARE(d->index(1, 5).data(DashboardTable::HeatRole).toDouble(), 4.0 / 4.5);
        QCOMPARE(d->index(1, 6).data(DashboardTable::HeatRole).toDouble(), 1.0);
        QCOMPARE(d->index(2, 6).data(DashboardTable::HeatRole).toDouble(), 0.5);
        QCOMPARE(d->index(2, 7).data(DashboardTable::HeatRole).toDouble(), 0.0);
        QVERIFY(!d->index(2, 1).data(DashboardTable::HeatRole).isValid()); // unknown: no heat
        QVERIFY(!d->index(1, 0).data(DashboardTable::HeatRole).isValid()); // the label
        QCOMPARE(d->columnMax(0), 200.0);
        QCOMPARE(d->index(1, 5).data(DashboardTable::KindRole).toInt(),
                 int(DashboardTable::ValueKind::Rating));
        QCOMPARE(d->index(1, 7).data(DashboardTable::KindRole).toInt(),
                 int(DashboardTable::ValueKind::Percent));

        // The opinion columns drill into messages, the others into applications.
        for (int column : {DashboardModels::kDistrictMessages, DashboardModels::kDistrictMessages + 1}) {
            const DrillRequest r = m.drillDistrict(1, column);
            QCOMPARE(r.kind, DrillRequest::Kind::Messages);
            QCOMPARE(r.filter.allQueryItemValues(QStringLiteral("district")),
                     QStringList{QStringLiteral("350206")});
            QCOMPARE(item(r, "since"), QStringLiteral("2026-10-31T16:00:00.000Z"));
            QCOMPARE(item(r, "until"), QStringLiteral("2026-11-10T16:00:00.000Z"));
            QVERIFY(r.title.contains(QStringLiteral("湖里区")));
        }
        for (int column : {0, 1, 5}) {
            const DrillRequest r = m.drillDistrict(0, column);
            QCOMPARE(r.kind, DrillRequest::Kind::Applications);
            QCOMPARE(item(r, "district"), QStringLiteral("350203"));
            QCOMPARE(item(r, "submitted_since"), QStringLiteral("2026-10-31T16:00:00.000Z"));
            QCOMPARE(item(r, "submitted_until"), QStringLiteral("2026-11-10T16:00:00.000Z"));
        }
        QVERIFY(!m.drillDistrict(3, 1).isValid());
        QVERIFY(!m.drillDistrict(-1, 6).isValid());
    }

    void spikesNewestFirst()
    {
        DashboardModels m;
        QAbstractItemModelTester tester(m.spikes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.apply(sample(), cityQuery(), names());
        const DashboardTable *s = m.spikes();
        QCOMPARE(s->rowCount(), 2);
        QCOMPARE(s->keyAt(0), QStringLiteral("2026-11-03|350206|噪音"));
        // The spike's sentence names the district and the count.
        const QString sentence = s->index(0, 0).data().toString();
        QVERIFY2(sentence.contains(QStringLiteral("湖里区")) && sentence.contains(QStringLiteral("37")),
                 qPrintable(sentence));
        QCOMPARE(values(s, 0), (QList<double>{37, 4.1}));
        QCOMPARE(s->keyAt(1), QStringLiteral("2026-11-02|350203|停车"));

        const DrillRequest r = m.drillSpike(0);
        QCOMPARE(r.kind, DrillRequest::Kind::Messages);
        QCOMPARE(item(r, "district"), QStringLiteral("350206"));
        QCOMPARE(item(r, "topic"), QStringLiteral("噪音"));
        QCOMPARE(item(r, "since"), QStringLiteral("2026-11-02T16:00:00.000Z"));
        QCOMPARE(item(r, "until"), QStringLiteral("2026-11-03T16:00:00.000Z"));
        QVERIFY(r.title.contains(QStringLiteral("湖里区")));
        QCOMPARE(item(m.drillSpike(1), "topic"), QStringLiteral("停车"));
        QVERIFY(!m.drillSpike(2).isValid());
        QVERIFY(!m.drillSpike(-1).isValid());
    }

    void headlineFigures()
    {
        DashboardModels m;
        m.apply(sample(), cityQuery(), names());
        const DashboardKpis &k = m.kpis();
        QCOMPARE(k.signIns, 270);
        QCOMPARE(k.activeCitizens, 210);
        QCOMPARE(k.submitted, 27);
        QCOMPARE(k.completed, 20);
        QCOMPARE(k.slaCompliance.value_or(-1), 0.85);
        QCOMPARE(k.ratingAverage.value_or(-1), 4.2);
        QCOMPARE(k.medianHours.value_or(-1), 30);
        QCOMPARE(k.p90Hours.value_or(-1), 70);
        QCOMPARE(k.messages, 15);
        QCOMPARE(k.negativeShare.value_or(-1), 4.0 / 15.0);
        QCOMPARE(k.spikes, 2);

        // Nothing at all: zeros and unknowns, no division by zero.
        DashboardData empty = channelData({}, kFrom, kTo);
        m.apply(empty, cityQuery(), names());
        QCOMPARE(m.kpis().messages, 0);
        QVERIFY(!m.kpis().negativeShare);
        QVERIFY(!m.kpis().slaCompliance);
        QVERIFY(!m.kpis().ratingAverage);
        QCOMPARE(m.trend()->rowCount(), 10);
        QCOMPARE(m.services()->rowCount(), 0);
        QCOMPARE(m.districts()->rowCount(), 0);
        QCOMPARE(m.districts()->columnMax(0), 0.0);
    }

    void drillDayIsTheLocalDayInUtc()
    {
        DashboardModels m;
        m.apply(sample(), cityQuery(), names());
        const DrillRequest r = m.drillDay(2); // 2026-11-03
        QVERIFY(r.isValid());
        QCOMPARE(r.kind, DrillRequest::Kind::Applications);
        QVERIFY(r.title.contains(QStringLiteral("2026-11-03")));
        QCOMPARE(item(r, "submitted_since"), QStringLiteral("2026-11-02T16:00:00.000Z"));
        QCOMPARE(item(r, "submitted_until"), QStringLiteral("2026-11-03T16:00:00.000Z"));
        QVERIFY(!r.filter.hasQueryItem(QStringLiteral("district")));
        QVERIFY(!r.filter.hasQueryItem(QStringLiteral("street")));
        QCOMPARE(item(m.drillDay(0), "submitted_since"), QStringLiteral("2026-10-31T16:00:00.000Z"));
        QVERIFY(!m.drillDay(-1).isValid());
        QVERIFY(!m.drillDay(10).isValid());

        const DrillRequest negative = m.drillSentiment(1, DashboardModels::Band::Negative);
        QCOMPARE(negative.kind, DrillRequest::Kind::Messages);
        QCOMPARE(item(negative, "sentiment"), QStringLiteral("negative"));
        QCOMPARE(item(negative, "since"), QStringLiteral("2026-11-01T16:00:00.000Z"));
        QCOMPARE(item(negative, "until"), QStringLiteral("2026-11-02T16:00:00.000Z"));
        QCOMPARE(item(m.drillSentiment(1, DashboardModels::Band::Positive), "sentiment"),
                 QStringLiteral("positive"));
        const DrillRequest all = m.drillSentiment(1, std::nullopt);
        QVERIFY(all.isValid());
        QVERIFY(!all.filter.hasQueryItem(QStringLiteral("sentiment")));
        QVERIFY(!m.drillSentiment(10, std::nullopt).isValid());

        const DrillRequest channel = m.drillChannel(2, 1);
        QCOMPARE(item(channel, "channel"), QStringLiteral("mobile"));
        QCOMPARE(item(channel, "submitted_since"), QStringLiteral("2026-11-02T16:00:00.000Z"));
        QCOMPARE(item(channel, "submitted_until"), QStringLiteral("2026-11-03T16:00:00.000Z"));

        // Before any figures: nothing to drill into.
        DashboardModels fresh;
        QVERIFY(!fresh.drillDay(0).isValid());
        QVERIFY(!fresh.drillSpike(0).isValid());
    }

    void drillDownsCarryTheScope()
    {
        DashboardQuery q = cityQuery();
        q.districtCode = QStringLiteral("350206");
        q.streetId = QStringLiteral("350206001");
        DashboardModels m;
        m.apply(sample(), q, names());
        QCOMPARE(m.query(), q);
        const QList<DrillRequest> requests{m.drillDay(2),
                                           m.drillChannel(0, 0),
                                           m.drillService(0),
                                           m.drillDepartment(0),
                                           m.drillSentiment(1, DashboardModels::Band::Neutral),
                                           m.drillTopic(1),
                                           m.drillDistrict(1, 1),
                                           m.drillDistrict(1, DashboardModels::kDistrictMessages),
                                           m.drillSpike(0)};
        for (const DrillRequest &r : requests) {
            QVERIFY(r.isValid());
            QCOMPARE(r.filter.allQueryItemValues(QStringLiteral("district")),
                     QStringList{QStringLiteral("350206")});
            QCOMPARE(r.filter.allQueryItemValues(QStringLiteral("street")),
                     QStringList{QStringLiteral("350206001")});
        }
        // A row of another district asks for that district (once), not the scope's.
        const DrillRequest other = m.drillDistrict(0, 1);
        QCOMPARE(other.filter.allQueryItemValues(QStringLiteral("district")),
                 QStringList{QStringLiteral("350203")});
        const DrillRequest otherSpike = m.drillSpike(1);
        QCOMPARE(otherSpike.filter.allQueryItemValues(QStringLiteral("district")),
                 QStringList{QStringLiteral("350203")});

        QUrlQuery scope;
        q.addScopeTo(scope);
        QCOMPARE(scope.toString(), QStringLiteral("district=350206&street=350206001"));
        QVERIFY(q.key() != cityQuery().key());
        QCOMPARE(q.key(), QStringLiteral("dashboard:2026-11-01:2026-11-10:350206:350206001"));
    }

    void requestsOfADashboard()
    {
        DashboardQuery q = cityQuery();
        q.districtCode = QStringLiteral("350206");
        const QList<DashboardRequest> requests = dashboardRequests(q);
        QStringList ids;
        for (const DashboardRequest &r : requests) {
            ids.append(r.id);
            QCOMPARE(r.query.queryItemValue(QStringLiteral("from")), QStringLiteral("2026-11-01"));
            QCOMPARE(r.query.queryItemValue(QStringLiteral("to")), QStringLiteral("2026-11-10"));
            QCOMPARE(r.query.queryItemValue(QStringLiteral("district")), QStringLiteral("350206"));
            QVERIFY(!r.query.hasQueryItem(QStringLiteral("street")));
        }
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("usage_day"), QStringLiteral("usage_channel_pc"),
                              QStringLiteral("usage_channel_mobile"), QStringLiteral("usage_channel_pad"),
                              QStringLiteral("usage_channel_tv"), QStringLiteral("usage_channel_counter"),
                              QStringLiteral("usage_service"), QStringLiteral("usage_department"),
                              QStringLiteral("usage_district"), QStringLiteral("opinion_day"),
                              QStringLiteral("opinion_district"), QStringLiteral("opinion_topic")}));
        QCOMPARE(requests.at(2).path, QStringLiteral("/api/v1/analytics/usage"));
        QCOMPARE(requests.at(2).query.queryItemValue(QStringLiteral("channel")), QStringLiteral("mobile"));
        QCOMPARE(requests.at(2).query.queryItemValue(QStringLiteral("group")), QStringLiteral("day"));
        QCOMPARE(requests.at(11).path, QStringLiteral("/api/v1/analytics/opinion"));
        QCOMPARE(requests.at(11).query.queryItemValue(QStringLiteral("group")), QStringLiteral("topic"));
    }

    void decodesAWholeBundle()
    {
        const DashboardData d = sample();
        auto decoded = decodeDashboard(bundleOf(d), cityQuery());
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(decoded->usageByDay.rows.size(), 3);
        QCOMPARE(decoded->usageByDay.total.slaCompliance.value_or(-1), 0.85);
        QCOMPARE(decoded->usageByChannelDay.size(), dashboardChannels().size());
        QCOMPARE(decoded->usageByChannelDay.value(QStringLiteral("mobile")).rows.size(), 2);
        QCOMPARE(decoded->usageByDepartment.rows.at(0).ratings.rating5, 5);
        QCOMPARE(decoded->opinionByDay.spikes.size(), 2);
        QCOMPARE(decoded->opinionByTopic.topTopics.at(2).change.has_value(), false);

        // The decoded bundle shows the same figures as the data it came from.
        DashboardModels direct;
        DashboardModels viaBundle;
        direct.apply(d, cityQuery(), names());
        viaBundle.apply(*decoded, cityQuery(), names());
        for (auto table : {&DashboardModels::trend, &DashboardModels::channels, &DashboardModels::services,
                           &DashboardModels::departments, &DashboardModels::sentiment,
                           &DashboardModels::topics, &DashboardModels::districts, &DashboardModels::spikes}) {
            const DashboardTable *a = (direct.*table)();
            const DashboardTable *b = (viaBundle.*table)();
            QCOMPARE(b->rowCount(), a->rowCount());
            for (int row = 0; row < a->rowCount(); ++row) {
                QCOMPARE(b->rows().at(row).key, a->rows().at(row).key);
                QCOMPARE(b->rows().at(row).label, a->rows().at(row).label);
                QCOMPARE(b->rows().at(row).values, a->rows().at(row).values);
            }
        }
    }

    void decodeNamesAMissingReport_data()
    {
        QTest::addColumn<QString>("id");
        for (const DashboardRequest &r : dashboardRequests(cityQuery()))
            QTest::newRow(qPrintable(r.id)) << r.id;
    }

    void decodeNamesAMissingReport()
    {
        QFETCH(QString, id);
        auto decoded = decodeDashboard(bundleOf(sample(), {id}), cityQuery());
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, ErrorCode::Internal);
        QCOMPARE(decoded.error().details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("bad_reply"));
        QVERIFY2(decoded.error().message.contains(id), qPrintable(decoded.error().message));
    }

    void decodeRefusesBadBundles()
    {
        // A report without a required field is named.
        QJsonObject bundle = QJsonDocument::fromJson(bundleOf(sample())).object();
        QJsonObject service = bundle.value(QStringLiteral("usage_service")).toObject();
        service.remove(QStringLiteral("rows"));
        bundle.insert(QStringLiteral("usage_service"), service);
        auto decoded = decodeDashboard(QJsonDocument(bundle).toJson(), cityQuery());
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().message.contains(QStringLiteral("usage_service")),
                 qPrintable(decoded.error().message));
        QCOMPARE(decoded.error().details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("bad_reply"));

        // A report that is not an object counts as missing.
        bundle = QJsonDocument::fromJson(bundleOf(sample())).object();
        bundle.insert(QStringLiteral("opinion_day"), QStringLiteral("nope"));
        decoded = decodeDashboard(QJsonDocument(bundle).toJson(), cityQuery());
        QVERIFY(!decoded);
        QVERIFY(decoded.error().message.contains(QStringLiteral("opinion_day")));

        // Reports of another period (a cached bundle under the wrong key) are refused.
        decoded = decodeDashboard(bundleOf(sample()), cityQuery(kFrom, kTo.addDays(1)));
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().message.contains(QStringLiteral("period")),
                 qPrintable(decoded.error().message));
        decoded = decodeDashboard(bundleOf(sample()), cityQuery(kFrom.addDays(-1), kTo));
        QVERIFY(!decoded);

        // Not JSON, not an object.
        for (const QByteArray &bytes : {QByteArray(), QByteArray("{\"usage_day\":"), QByteArray("[]")}) {
            decoded = decodeDashboard(bytes, cityQuery());
            QVERIFY(!decoded);
            QCOMPARE(decoded.error().details.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("bad_reply"));
        }
    }
};

QTEST_GUILESS_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
