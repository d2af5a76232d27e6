// Integration: public opinion of citizen messages (issue 6) on the real govdesk-server, against SQLite or
// PostgreSQL (GOVDESK_TEST_BACKEND). Every figure of GET /api/v1/analytics/opinion against a count over the
// messages table of the demo data (GOVDESK_OPINION_CITIZENS citizens, default 20000; each message analysed
// when written); a spike planted by SQL after the demo data flagged with its sentence; scopes; bad input.
#include "apitestclient.h"
#include "serverprocess.h"
#include "staffclients.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace gd::test;

namespace {
const QString kHuli = QStringLiteral("350206");
const QString kSiming = QStringLiteral("350203");
const QString kNoise = QStringLiteral("噪音");
// The planted spike: long after the demo data (no other messages near it).
const QDate kSpikeDay(2027, 6, 15);
// A message without topic and sentiment, long after the spike.
const QDate kLegacyDay(2027, 9, 1);

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// The start of a local (CST) day as UTC text, for the list filters.
QString localDayStart(QDate day)
{
    return QDateTime(day.addDays(-1), QTime(16, 0), Qt::UTC).toString(Qt::ISODateWithMs);
}

QDate localDay(const QString &isoTime)
{
    static const QTimeZone cst("Asia/Shanghai");
    return QDateTime::fromString(isoTime, Qt::ISODateWithMs).toTimeZone(cst).date();
}

struct Expected {
    qint64 messages = 0, negative = 0, neutral = 0, positive = 0;
    double scoreSum = 0;

    void add(const QString &sentiment, double score)
    {
        ++messages;
        scoreSum += score;
        if (sentiment == QLatin1String("negative"))
            ++negative;
        else if (sentiment == QLatin1String("positive"))
            ++positive;
        else
            ++neutral;
    }
};
} // namespace

class TestOpinionApi : public QObject {
    Q_OBJECT
private:
    ServerProcess m_server;
    StaffClients m_staff{m_server};
    QDate m_today;

    ApiTestClient &as(const QString &username) { return m_staff.as(username); }

    ApiReply opinion(const QString &query, const QString &who = QStringLiteral("supervisor_city"))
    {
        return as(who).get(QStringLiteral("/api/v1/analytics/opinion?") + query);
    }

    // The total of GET /messages?query; -1 on an error.
    qint64 messageCount(const QString &query, const QString &who = QStringLiteral("supervisor_city"))
    {
        const ApiReply r = as(who).get(QStringLiteral("/api/v1/messages?limit=1&") + query);
        if (r.status != 200) {
            qWarning("messages failed: %d %s", r.status, r.body.constData());
            return -1;
        }
        return r.json[QStringLiteral("total")].toInteger();
    }

    // Two reports' figures, the mean score to rounding (PostgreSQL may sum in another order).
    static void compareSums(const QJsonValue &a, const QJsonValue &b)
    {
        for (const char *count : {"key", "messages", "negative", "neutral", "positive"})
            QCOMPARE(a[QLatin1String(count)], b[QLatin1String(count)]);
        QVERIFY(qAbs(a[QStringLiteral("average_score")].toDouble() -
                     b[QStringLiteral("average_score")].toDouble()) < 1e-9);
    }

    static void compareFigures(const QJsonValue &got, const Expected &e)
    {
        QCOMPARE(got[QStringLiteral("messages")].toInteger(), e.messages);
        QCOMPARE(got[QStringLiteral("negative")].toInteger(), e.negative);
        QCOMPARE(got[QStringLiteral("neutral")].toInteger(), e.neutral);
        QCOMPARE(got[QStringLiteral("positive")].toInteger(), e.positive);
        if (e.messages == 0) {
            QVERIFY(got[QStringLiteral("average_score")].isNull());
        } else {
            QVERIFY(qAbs(got[QStringLiteral("average_score")].toDouble() - e.scoreSum / double(e.messages)) <
                    1e-9);
        }
    }

    // The report against a count over the messages table (department "" = no department filter; street
    // "" = every street, else the report is asked for that street).
    void compareWithMessages(QDate from, QDate to, const QString &group, const QString &who,
                             const QString &department, const QString &street = {})
    {
        QMap<QString, Expected> rows;
        Expected total;
        QMap<QString, qint64> topics, previous;
        const QDate previousFrom = from.addDays(-(from.daysTo(to) + 1));
        QSqlQuery q(m_server.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT created_at, district_code, topic, sentiment, sentiment_score, "
                                      "department_id, street_id FROM messages")));
        while (q.next()) {
            if ((!department.isEmpty() && q.value(5).toString() != department) ||
                (!street.isEmpty() && q.value(6).toString() != street))
                continue;
            const QDate day = localDay(q.value(0).toString());
            const QString topic = q.value(2).toString();
            if (day >= previousFrom && day < from)
                previous[topic] += 1;
            if (day < from || day > to)
                continue;
            const QString key = group == QLatin1String("district") ? q.value(1).toString()
                                : group == QLatin1String("topic")  ? topic
                                                                   : iso(day);
            rows[key].add(q.value(3).toString(), q.value(4).toDouble());
            total.add(q.value(3).toString(), q.value(4).toDouble());
            topics[topic] += 1;
        }
        const ApiReply r = opinion(QStringLiteral("from=%1&to=%2&group=%3").arg(iso(from), iso(to), group) +
                                       (street.isEmpty() ? QString() : QStringLiteral("&street=") + street),
                                   who);
        QCOMPARE(r.status, 200);
        QVERIFY(total.messages > 0);
        compareFigures(r.json[QStringLiteral("total")], total);
        const QJsonArray got = r.json[QStringLiteral("rows")].toArray();
        QCOMPARE(got.size(), rows.size());
        qsizetype i = 0;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it, ++i) {
            QCOMPARE(got[i][QStringLiteral("key")].toString(), it.key());
            compareFigures(got[i], it.value());
        }
        const QJsonArray top = r.json[QStringLiteral("top_topics")].toArray();
        QCOMPARE(top.size(), std::min<qsizetype>(10, topics.size()));
        qint64 last = std::numeric_limits<qint64>::max();
        for (const QJsonValue &t : top) {
            const QString topic = t[QStringLiteral("topic")].toString();
            QCOMPARE(t[QStringLiteral("messages")].toInteger(), topics.value(topic));
            QCOMPARE(t[QStringLiteral("previous")].toInteger(), previous.value(topic));
            QVERIFY(t[QStringLiteral("messages")].toInteger() <= last);
            last = t[QStringLiteral("messages")].toInteger();
        }
    }

    // A message of 湖里区 at 10:mm CST on `day`, negative (-0.5); a null topic = a message from before
    // schema 6 (no topic, sentiment or score).
    bool insertMessage(const QString &id, QDate day, int minute, const QString &topic)
    {
        const QString at =
            QDateTime(day, QTime(10, minute), QTimeZone("Asia/Shanghai")).toUTC().toString(Qt::ISODateWithMs);
        const bool analysed = !topic.isNull();
        QSqlQuery q(m_server.sql());
        q.prepare(QStringLiteral(
            "INSERT INTO messages (id, citizen_id, kind, channel, title, content, district_code, street_id, "
            "grid_id, department_id, status, created_at, version, updated_at, topic, sentiment, "
            "sentiment_score) VALUES (?, 'c-spike', 'complaint', 'mobile', '夜间施工噪音', '夜里施工太吵', "
            "?, "
            "'s', 'g', NULL, 'new', ?, 1, ?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(id), QVariant(kHuli), QVariant(at), QVariant(at),
              analysed ? QVariant(topic) : QVariant(QMetaType::fromType<QString>()),
              analysed ? QVariant(QStringLiteral("negative")) : QVariant(QMetaType::fromType<QString>()),
              analysed ? QVariant(-0.5) : QVariant(QMetaType::fromType<double>())})
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("insert failed: %s", qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.citizens = qEnvironmentVariableIntValue("GOVDESK_OPINION_CITIZENS");
        if (options.citizens <= 0)
            options.citizens = 20000;
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        qInfo("backend %s, port %d", qPrintable(m_server.backend()), m_server.port());
        QSqlQuery q(m_server.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'demo_today'")));
        QVERIFY(q.next());
        m_today = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        QVERIFY(m_today.isValid());
        QVERIFY(m_today.addDays(60) < kSpikeDay);
    }

    void everyDemoMessageAnalysed()
    {
        QSqlQuery q(m_server.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN topic IS NULL OR sentiment IS NULL OR "
                                      "sentiment_score IS NULL THEN 1 ELSE 0 END) FROM messages")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
        QCOMPARE(q.value(1).toLongLong(), 0);
        // The message JSON carries them.
        const ApiReply r = as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/messages?limit=1"));
        QCOMPARE(r.status, 200);
        const QJsonValue m = r.json[QStringLiteral("items")].toArray().first();
        QVERIFY(!m[QStringLiteral("topic")].toString().isEmpty());
        QVERIFY(!m[QStringLiteral("sentiment")].toString().isEmpty());
        QVERIFY(m[QStringLiteral("sentiment_score")].isDouble());
    }

    void matchesMessages_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("group");
        QTest::newRow("30 days by day") << 30 << "day";
        QTest::newRow("90 days by district") << 90 << "district";
        QTest::newRow("365 days by topic") << 365 << "topic";
    }

    void matchesMessages()
    {
        QFETCH(int, days);
        QFETCH(QString, group);
        compareWithMessages(m_today.addDays(1 - days), m_today, group, QStringLiteral("supervisor_city"), {});
    }

    void scopes()
    {
        const QString period =
            QStringLiteral("from=%1&to=%2&group=district").arg(iso(m_today.addDays(-364)), iso(m_today));
        const ApiReply city = opinion(period);
        QCOMPARE(city.status, 200);
        QCOMPARE(city.json[QStringLiteral("scope")].toString(), QStringLiteral("city"));
        QCOMPARE(opinion(period, QStringLiteral("admin")).json, city.json);
        // A district supervisor: their district only, whatever they filter.
        const ApiReply huli = opinion(period, QStringLiteral("supervisor_huli"));
        QCOMPARE(huli.status, 200);
        QCOMPARE(huli.json[QStringLiteral("scope")].toString(), kHuli);
        for (const QJsonValue &row : huli.json[QStringLiteral("rows")].toArray())
            QCOMPARE(row[QStringLiteral("key")].toString(), kHuli);
        const ApiReply cityHuli = opinion(period + QStringLiteral("&district=") + kHuli);
        QCOMPARE(cityHuli.json[QStringLiteral("total")], huli.json[QStringLiteral("total")]);
        const ApiReply other =
            opinion(period + QStringLiteral("&district=350203"), QStringLiteral("supervisor_huli"));
        QCOMPARE(other.status, 200);
        QCOMPARE(other.json[QStringLiteral("total")][QStringLiteral("messages")].toInteger(), 0);
        // Officers: the messages assigned to their department.
        const ApiReply gaj = opinion(period, QStringLiteral("officer_gaj"));
        QCOMPARE(gaj.status, 200);
        const QString department = gaj.json[QStringLiteral("scope")].toString().section(u':', 1);
        QVERIFY(!department.isEmpty());
        compareWithMessages(m_today.addDays(-364), m_today, QStringLiteral("topic"),
                            QStringLiteral("officer_gaj"), department);
        // Grid managers and the portal: none.
        QCOMPARE(opinion(period, QStringLiteral("grid_huli")).status, 403);
        QCOMPARE(opinion(period, QStringLiteral("portal")).status, 403);
        QCOMPARE(ApiTestClient(m_server.port()).get(QStringLiteral("/api/v1/analytics/opinion")).status, 401);
    }

    // One street: every figure against the street's messages; with a district that is not the street's a
    // 400; a district supervisor reads nothing of another district's street.
    void streetFilter()
    {
        QSqlQuery q(m_server.sql());
        const auto busiestStreet = [&q](const QString &district) {
            q.exec(QStringLiteral("SELECT street_id, COUNT(*) AS n FROM messages WHERE district_code = '%1' "
                                  "GROUP BY street_id ORDER BY n DESC, street_id LIMIT 1")
                       .arg(district));
            return q.next() ? q.value(0).toString() : QString();
        };
        const QString huliStreet = busiestStreet(kHuli), simingStreet = busiestStreet(kSiming);
        QVERIFY(!huliStreet.isEmpty() && !simingStreet.isEmpty());
        compareWithMessages(m_today.addDays(-364), m_today, QStringLiteral("topic"),
                            QStringLiteral("supervisor_city"), {}, huliStreet);
        compareWithMessages(m_today.addDays(-89), m_today, QStringLiteral("day"), QStringLiteral("admin"), {},
                            simingStreet);
        const QString period =
            QStringLiteral("from=%1&to=%2&group=district").arg(iso(m_today.addDays(-364)), iso(m_today));
        const ApiReply street = opinion(period + QStringLiteral("&street=") + huliStreet);
        QCOMPARE(street.json[QStringLiteral("rows")].toArray().size(), 1);
        QCOMPARE(street.json[QStringLiteral("rows")][0][QStringLiteral("key")].toString(), kHuli);
        const ApiReply both =
            opinion(period + QStringLiteral("&district=%1&street=%2").arg(kHuli, huliStreet));
        QCOMPARE(both.status, 200);
        compareSums(both.json[QStringLiteral("total")], street.json[QStringLiteral("total")]);
        compareSums(both.json[QStringLiteral("rows")][0], street.json[QStringLiteral("rows")][0]);
        const ApiReply disagree =
            opinion(period + QStringLiteral("&district=%1&street=%2").arg(kSiming, huliStreet));
        QCOMPARE(disagree.status, 400);
        QCOMPARE(disagree.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")]
                     .toString(),
                 QStringLiteral("street"));
        // Scope: the Huli supervisor reads their street as the city does, and nothing of a Siming street.
        compareSums(
            opinion(period + QStringLiteral("&street=") + huliStreet, QStringLiteral("supervisor_huli"))
                .json[QStringLiteral("total")],
            street.json[QStringLiteral("total")]);
        QVERIFY(opinion(period + QStringLiteral("&street=") + simingStreet)
                    .json[QStringLiteral("total")][QStringLiteral("messages")]
                    .toInteger() > 0);
        const ApiReply other =
            opinion(period + QStringLiteral("&street=") + simingStreet, QStringLiteral("supervisor_huli"));
        QCOMPARE(other.status, 200);
        QCOMPARE(other.json[QStringLiteral("total")][QStringLiteral("messages")].toInteger(), 0);
        QCOMPARE(other.json[QStringLiteral("rows")].toArray().size(), 0);
        // The message list in the same scope: nothing of another district's street.
        QCOMPARE(messageCount(QStringLiteral("street=") + simingStreet, QStringLiteral("supervisor_huli")),
                 0);
        QVERIFY(messageCount(QStringLiteral("street=") + simingStreet, QStringLiteral("admin")) > 0);
    }

    // The messages behind the figures (the dashboard's drill-down): GET /messages with topic, sentiment,
    // district, since and until counts exactly what the report counts.
    void messagesBehindFigures()
    {
        const QDate from = m_today.addDays(-29);
        const ApiReply r = opinion(
            QStringLiteral("from=%1&to=%2&group=topic&district=%3").arg(iso(from), iso(m_today), kHuli));
        QCOMPARE(r.status, 200);
        const QString topic = r.json[QStringLiteral("top_topics")][0][QStringLiteral("topic")].toString();
        QVERIFY(!topic.isEmpty());
        QJsonObject row;
        for (const QJsonValue &v : r.json[QStringLiteral("rows")].toArray()) {
            if (v[QStringLiteral("key")].toString() == topic)
                row = v.toObject();
        }
        QVERIFY(row[QStringLiteral("messages")].toInteger() > 0);
        const QString cell = QStringLiteral("district=%1&since=%2&until=%3&topic=%4")
                                 .arg(kHuli, localDayStart(from), localDayStart(m_today.addDays(1)), topic);
        QCOMPARE(messageCount(cell), row[QStringLiteral("messages")].toInteger());
        for (const char *sentiment : {"negative", "neutral", "positive"})
            QCOMPARE(messageCount(cell + QStringLiteral("&sentiment=") + QLatin1String(sentiment)),
                     row[QLatin1String(sentiment)].toInteger());
        // since and until split the messages.
        const QString at = QStringLiteral("&district=") + kHuli;
        QCOMPARE(messageCount(QStringLiteral("until=") + localDayStart(from) + at) +
                     messageCount(QStringLiteral("since=") + localDayStart(from) + at),
                 messageCount(at.mid(1)));
        // Officers: only the messages assigned to their department.
        const ApiReply gaj = as(QStringLiteral("officer_gaj"))
                                 .get(QStringLiteral("/api/v1/messages?limit=500&sentiment=negative"));
        QCOMPARE(gaj.status, 200);
        QVERIFY(!gaj.json[QStringLiteral("items")].toArray().isEmpty());
        for (const QJsonValue &m : gaj.json[QStringLiteral("items")].toArray()) {
            QCOMPARE(m[QStringLiteral("department_id")].toString(), QStringLiteral("gaj"));
            QCOMPARE(m[QStringLiteral("sentiment")].toString(), QStringLiteral("negative"));
        }
        // Bad values.
        const ApiReply bad =
            as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/messages?sentiment=angry"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(
            bad.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")].toString(),
            QStringLiteral("sentiment"));
        QCOMPARE(as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/messages?until=soon")).status, 400);
    }

    // A message from before schema 6 (no topic or sentiment) is 其他 and neutral in the report and in the
    // list filters alike.
    void unanalysedMessageFiltersAsOther()
    {
        QVERIFY(insertMessage(QStringLiteral("legacy-1"), kLegacyDay, 5, QString()));
        const QString day = QStringLiteral("since=%1&until=%2&")
                                .arg(localDayStart(kLegacyDay), localDayStart(kLegacyDay.addDays(1)));
        const QString other = QStringLiteral("其他");
        QCOMPARE(messageCount(day + QStringLiteral("topic=") + other), 1);
        QCOMPARE(messageCount(day + QStringLiteral("sentiment=neutral")), 1);
        QCOMPARE(messageCount(day + QStringLiteral("sentiment=negative")), 0);
        QCOMPARE(messageCount(day + QStringLiteral("topic=") + other + QStringLiteral("&sentiment=neutral")),
                 1);
        QCOMPARE(messageCount(day + QStringLiteral("topic=") + kNoise), 0);
        const ApiReply r = opinion(QStringLiteral("from=%1&to=%1&group=topic").arg(iso(kLegacyDay)));
        QCOMPARE(r.json[QStringLiteral("rows")].toArray().size(), 1);
        QCOMPARE(r.json[QStringLiteral("rows")][0][QStringLiteral("key")].toString(), QStringLiteral("其他"));
        QCOMPARE(r.json[QStringLiteral("rows")][0][QStringLiteral("neutral")].toInteger(), 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad date") << "from=2027-13-01&to=2027-12-31"
                                  << "from";
        QTest::newRow("from after to") << "from=2027-02-01&to=2027-01-31"
                                       << "from";
        QTest::newRow("401 days") << "from=2026-01-01&to=2027-02-05"
                                  << "to";
        QTest::newRow("unknown group") << "from=2027-01-01&to=2027-01-31&group=department"
                                       << "group";
        QTest::newRow("unknown parameter") << "from=2027-01-01&to=2027-01-31&service=x"
                                           << "service";
        QTest::newRow("bad filter") << "from=2027-01-01&to=2027-01-31&district=350%27%20OR"
                                    << "district";
        QTest::newRow("twice") << "group=day&group=topic"
                               << "";
    }

    void badInput()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const ApiReply r = opinion(query);
        QCOMPARE(r.status, 400);
        const QJsonObject error = r.json[QStringLiteral("error")].toObject();
        QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("bad_request"));
        if (!field.isEmpty())
            QCOMPARE(error[QStringLiteral("details")][QStringLiteral("field")].toString(), field);
    }

    // Two 噪音 messages a day in 湖里区 for the 28 days before kSpikeDay, then 15 on it: flagged (mean 2,
    // σ 0 floored to 1, so above 5); 4 of another topic on the day are below the minimum volume.
    void plantedSpikeFlagged()
    {
        int n = 0;
        for (int d = 28; d >= 1; --d) {
            for (int i = 0; i < 2; ++i)
                QVERIFY(insertMessage(QStringLiteral("spike-%1").arg(++n), kSpikeDay.addDays(-d), i, kNoise));
        }
        for (int i = 0; i < 15; ++i)
            QVERIFY(insertMessage(QStringLiteral("spike-%1").arg(++n), kSpikeDay, i, kNoise));
        for (int i = 0; i < 4; ++i)
            QVERIFY(insertMessage(QStringLiteral("spike-%1").arg(++n), kSpikeDay, 30 + i,
                                  QStringLiteral("停车")));
        const ApiReply r = opinion(QStringLiteral("from=%1&to=%1&group=topic").arg(iso(kSpikeDay)));
        QCOMPARE(r.status, 200);
        const QJsonArray spikes = r.json[QStringLiteral("spikes")].toArray();
        QCOMPARE(spikes.size(), 1);
        const QJsonValue s = spikes.first();
        QCOMPARE(s[QStringLiteral("date")].toString(), iso(kSpikeDay));
        QCOMPARE(s[QStringLiteral("district_code")].toString(), kHuli);
        QCOMPARE(s[QStringLiteral("topic")].toString(), kNoise);
        QCOMPARE(s[QStringLiteral("messages")].toInteger(), 15);
        QCOMPARE(s[QStringLiteral("baseline_mean")].toDouble(), 2.0);
        QCOMPARE(s[QStringLiteral("ratio")].toDouble(), 7.5);
        const QString sentence = s[QStringLiteral("description")].toString();
        QVERIFY2(sentence.contains(QStringLiteral("湖里区")) && sentence.contains(kNoise) &&
                     sentence.contains(QStringLiteral("15")),
                 qPrintable(sentence));
        // The topic's change against the previous day (2 messages).
        const QJsonArray top = r.json[QStringLiteral("top_topics")].toArray();
        QCOMPARE(top.first()[QStringLiteral("topic")].toString(), kNoise);
        QCOMPARE(top.first()[QStringLiteral("previous")].toInteger(), 2);
        QCOMPARE(top.first()[QStringLiteral("change")].toDouble(), 6.5);
        // By day, the same spike; filtered to another district, none.
        const ApiReply byDay =
            opinion(QStringLiteral("from=%1&to=%1").arg(iso(kSpikeDay)), QStringLiteral("admin"));
        QCOMPARE(byDay.json[QStringLiteral("spikes")].toArray().size(), 1);
        QCOMPARE(opinion(QStringLiteral("from=%1&to=%1&district=350203").arg(iso(kSpikeDay)))
                     .json[QStringLiteral("spikes")]
                     .toArray()
                     .size(),
                 0);
    }

    void cleanupTestCase()
    {
        m_staff.disconnectAll();
        QVERIFY(m_server.stop());
    }
};

QTEST_GUILESS_MAIN(TestOpinionApi)
#include "tst_opinionapi.moc"
