// Integration: the dashboards' usage analytics (issue 6) on the real govdesk-server with --test-clock,
// against SQLite or PostgreSQL (GOVDESK_TEST_BACKEND). A small fixed data set made through the real
// routes in days after the demo data (applications started at the counter, completed through
// POST /applications/{id}/actions, rated through the portal) against hand-computed figures, including that
// a completion moves the aggregates at once; scopes by role; bad input; and every figure against a
// brute-force count over the raw tables of the demo data (GOVDESK_ANALYTICS_CITIZENS citizens, default
// 20000) for a few periods and groups.
#include "apitestclient.h"
#include "serverprocess.h"
#include "staffclients.h"

#include <QJsonArray>
#include <QMap>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

using namespace gd::test;

namespace {
// Monday 1 March 2027, 10:00 China Standard Time: after all the demo data.
const QDate kDay1(2027, 3, 1);
const QDateTime kStart = QDateTime(kDay1, QTime(2, 0), Qt::UTC);
// The days of the sign-in and street tests (10:00 CST), apart from the others' and from each other.
const QDate kSignInDay = kDay1.addDays(100);
const QDate kStreetDay = kDay1.addDays(110);
const QString kHuli = QStringLiteral("350206");
const QString kSiming = QStringLiteral("350203");

QDateTime tenOClock(QDate day)
{
    return QDateTime(day, QTime(2, 0), Qt::UTC);
}

// The UTC bounds of a local (CST) day, for the list filters.
QString localDayStart(QDate day)
{
    return QDateTime(day.addDays(-1), QTime(16, 0), Qt::UTC).toString(Qt::ISODateWithMs);
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HeaderList keyed()
{
    return {{QByteArray("Idempotency-Key"), newKey().toUtf8()}};
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString localDay(const QString &isoTime)
{
    static const QTimeZone cst("Asia/Shanghai");
    return QDateTime::fromString(isoTime, Qt::ISODateWithMs).toTimeZone(cst).date().toString(Qt::ISODate);
}

// One row of the brute-force count.
struct Expected {
    qint64 signIns = 0, active = 0, submitted = 0, completed = 0, onTime = 0;
    qint64 ratings[5] = {0, 0, 0, 0, 0};
    QList<qint64> hours;
};

std::optional<qint64> nearestRank(QList<qint64> hours, qint64 rank)
{
    if (hours.isEmpty())
        return std::nullopt;
    std::sort(hours.begin(), hours.end());
    return hours[qsizetype(rank - 1)];
}
} // namespace

class TestAnalyticsApi : public QObject {
    Q_OBJECT
private:
    ServerProcess m_server;
    StaffClients m_staff{m_server};
    QString m_birthService; // 出生医学证明办理: wjw → gaj → jyj
    QString m_birthDepartment;
    QString m_citizen;
    QString m_district; // the citizen's
    // Residents of 湖里区: A and B in one street, C in another; E lives in 思明区.
    struct Resident {
        QString id;
        QString street;
    };
    Resident m_a, m_b, m_c, m_e;
    QStringList m_streetApplications; // streetScope's: A's two (the first completed), C's, E's

    ApiTestClient &as(const QString &username) { return m_staff.as(username); }

    void setClock(const QDateTime &now)
    {
        const ApiReply r = as(QStringLiteral("admin"))
                               .post(QStringLiteral("/api/v1/test/clock"),
                                     {{QStringLiteral("now"), now.toString(Qt::ISODateWithMs)}});
        QCOMPARE(r.status, 200);
    }

    // Starts an application of the birth service at the counter for `applicant` (default m_citizen).
    QString start(const QString &applicant = {})
    {
        const ApiReply r =
            as(QStringLiteral("officer_wjw"))
                .post(QStringLiteral("/api/v1/applications"),
                      {{QStringLiteral("id"), newKey()},
                       {QStringLiteral("service_id"), m_birthService},
                       {QStringLiteral("applicant_type"), QStringLiteral("citizen")},
                       {QStringLiteral("applicant_id"), applicant.isEmpty() ? m_citizen : applicant}},
                      keyed());
        if (r.status != 201)
            qWarning("start failed: %d %s", r.status, r.body.constData());
        return r.json.value(QStringLiteral("id")).toString();
    }

    // Approves the three steps at the current test clock.
    bool complete(const QString &id)
    {
        const QStringList officers{QStringLiteral("officer_wjw"), QStringLiteral("officer_gaj"),
                                   QStringLiteral("officer_jyj")};
        qint64 v = as(QStringLiteral("admin"))
                       .get(QStringLiteral("/api/v1/applications/") + id)
                       .json.value(QStringLiteral("version"))
                       .toInteger();
        for (int seq = 1; seq <= 3; ++seq) {
            const ApiReply a =
                as(officers[seq - 1])
                    .post(QStringLiteral("/api/v1/applications/") + id + QStringLiteral("/actions"),
                          {{QStringLiteral("action"), QStringLiteral("approve")},
                           {QStringLiteral("step_seq"), seq},
                           {QStringLiteral("base_version"), v}},
                          keyed());
            if (a.status != 200) {
                qWarning("approve failed: %d %s", a.status, a.body.constData());
                return false;
            }
            v = a.json.value(QStringLiteral("version")).toInteger();
        }
        return true;
    }

    int rate(const QString &id, int rating)
    {
        return as(QStringLiteral("portal"))
            .post(QStringLiteral("/api/v1/portal/applications/") + id + QStringLiteral("/rating"),
                  {{QStringLiteral("citizen_id"), m_citizen}, {QStringLiteral("rating"), rating}}, keyed())
            .status;
    }

    ApiReply usage(const QString &query, const QString &who = QStringLiteral("supervisor_city"))
    {
        return as(who).get(QStringLiteral("/api/v1/analytics/usage?") + query);
    }

    // The total of a one-day usage report.
    QJsonObject dayTotal(QDate day, const QString &filters,
                         const QString &who = QStringLiteral("supervisor_city"))
    {
        const ApiReply r = usage(QStringLiteral("from=%1&to=%1&").arg(iso(day)) + filters, who);
        if (r.status != 200)
            qWarning("usage failed: %d %s", r.status, r.body.constData());
        return r.json[QStringLiteral("total")].toObject();
    }

    ApiReply signIn(const QString &citizen, const QString &channel, const std::optional<QDateTime> &at = {},
                    const HeaderList &headers = keyed())
    {
        QJsonObject body{{QStringLiteral("citizen_id"), citizen}, {QStringLiteral("channel"), channel}};
        if (at)
            body.insert(QStringLiteral("at"), at->toString(Qt::ISODateWithMs));
        return as(QStringLiteral("portal")).post(QStringLiteral("/api/v1/portal/sign-ins"), body, headers);
    }

    // The ids of GET /applications?query (one page of up to 500).
    QSet<QString> applicationIds(const QString &query, const QString &who = QStringLiteral("supervisor_city"))
    {
        const ApiReply r = as(who).get(QStringLiteral("/api/v1/applications?limit=500&") + query);
        if (r.status != 200)
            qWarning("list failed: %d %s", r.status, r.body.constData());
        QSet<QString> ids;
        for (const QJsonValue &v : r.json[QStringLiteral("items")].toArray())
            ids.insert(v[QStringLiteral("id")].toString());
        return ids;
    }

    static void compareCounts(const QJsonObject &figures, qint64 signIns, qint64 active, qint64 submitted,
                              qint64 completed)
    {
        QCOMPARE(figures[QStringLiteral("sign_ins")].toInteger(), signIns);
        QCOMPARE(figures[QStringLiteral("active_citizens")].toInteger(), active);
        QCOMPARE(figures[QStringLiteral("submitted")].toInteger(), submitted);
        QCOMPARE(figures[QStringLiteral("completed")].toInteger(), completed);
    }

    QString birthFilter(QDate from, QDate to, const QString &group = QStringLiteral("day"))
    {
        return QStringLiteral("from=%1&to=%2&group=%3&service=%4")
            .arg(iso(from), iso(to), group, m_birthService);
    }

    // Every figure of the aggregates against a count over the raw tables, for one period and group, and
    // when `street` is given for that street only: applications by the street of their grid (grid ->
    // community -> street in regions), usage events by the street their citizen lives in.
    void compareWithRawTables(QDate from, QDate to, const QString &group, const QString &street = {})
    {
        QSqlDatabase db = m_server.sql();
        QMap<QString, Expected> expected;
        Expected total;
        const auto inPeriod = [&](const QString &day) {
            return day >= iso(from) && day <= iso(to);
        };
        QHash<QString, QString> departmentOf;
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT id, department_id FROM services")));
            while (q.next())
                departmentOf.insert(q.value(0).toString(), q.value(1).toString());
        }
        QHash<QString, QString> parentOf, streetOfCitizen;
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT id, parent_id FROM regions")));
            while (q.next())
                parentOf.insert(q.value(0).toString(), q.value(1).toString());
            QVERIFY(q.exec(QStringLiteral("SELECT id, street_id FROM citizens")));
            while (q.next())
                streetOfCitizen.insert(q.value(0).toString(), q.value(1).toString());
        }
        const auto keyOf = [&](const QString &day, const QString &district, const QString &department,
                               const QString &service, const QString &channel) {
            if (group == QLatin1String("day"))
                return day;
            if (group == QLatin1String("district"))
                return district;
            if (group == QLatin1String("department"))
                return department;
            if (group == QLatin1String("service"))
                return service;
            return channel;
        };
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT service_id, district_code, channel, submitted_at, due_at, "
                                          "completed_at, rating, status, grid_id FROM applications")));
            while (q.next()) {
                if (!street.isEmpty() && parentOf.value(parentOf.value(q.value(8).toString())) != street)
                    continue;
                const QString service = q.value(0).toString();
                const QString district = q.value(1).toString();
                const QString channel = q.value(2).toString();
                const QString dept = departmentOf.value(service);
                const QString submittedDay = localDay(q.value(3).toString());
                if (inPeriod(submittedDay)) {
                    expected[keyOf(submittedDay, district, dept, service, channel)].submitted += 1;
                    total.submitted += 1;
                }
                if (q.value(7).toString() != QLatin1String("completed") || q.value(5).isNull())
                    continue;
                const QString doneDay = localDay(q.value(5).toString());
                if (!inPeriod(doneDay))
                    continue;
                const QDateTime submitted = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
                const QDateTime done = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
                const QDateTime due = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
                const qint64 hours = std::min<qint64>(submitted.secsTo(done) / 3600, 24 * 60);
                for (Expected *e : {&expected[keyOf(doneDay, district, dept, service, channel)], &total}) {
                    e->completed += 1;
                    e->onTime += done <= due ? 1 : 0;
                    if (!q.value(6).isNull())
                        e->ratings[q.value(6).toInt() - 1] += 1;
                    e->hours.append(hours);
                }
            }
        }
        {
            QSet<QString> seen;
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT citizen_id, kind, channel, district_code, occurred_at FROM usage_events")));
            while (q.next()) {
                const QString day = localDay(q.value(4).toString());
                if (!inPeriod(day) ||
                    (!street.isEmpty() && streetOfCitizen.value(q.value(0).toString()) != street))
                    continue;
                const QString district = q.value(3).toString();
                const QString channel = q.value(2).toString();
                const QString key = keyOf(day, district, QString(), QString(), channel);
                const bool perGroup =
                    group != QLatin1String("department") && group != QLatin1String("service");
                const bool login = q.value(1).toString() == QLatin1String("login");
                const bool first =
                    !q.value(0).isNull() &&
                    !seen.contains(day + u'|' + district + u'|' + channel + u'|' + q.value(0).toString());
                if (first)
                    seen.insert(day + u'|' + district + u'|' + channel + u'|' + q.value(0).toString());
                if (perGroup) {
                    expected[key].signIns += login ? 1 : 0;
                    expected[key].active += first ? 1 : 0;
                }
                total.signIns += login ? 1 : 0;
                total.active += first ? 1 : 0;
            }
        }
        const ApiReply r = usage(QStringLiteral("from=%1&to=%2&group=%3").arg(iso(from), iso(to), group) +
                                 (street.isEmpty() ? QString() : QStringLiteral("&street=") + street));
        QCOMPARE(r.status, 200);
        const auto check = [](const QJsonObject &row, const Expected &e) {
            QCOMPARE(row[QStringLiteral("sign_ins")].toInteger(), e.signIns);
            QCOMPARE(row[QStringLiteral("active_citizens")].toInteger(), e.active);
            QCOMPARE(row[QStringLiteral("submitted")].toInteger(), e.submitted);
            QCOMPARE(row[QStringLiteral("completed")].toInteger(), e.completed);
            QCOMPARE(row[QStringLiteral("completed_on_time")].toInteger(), e.onTime);
            const QJsonObject ratings = row[QStringLiteral("ratings")].toObject();
            for (int i = 0; i < 5; ++i)
                QCOMPARE(ratings[QStringLiteral("rating_%1").arg(i + 1)].toInteger(), e.ratings[i]);
            const QJsonObject handling = row[QStringLiteral("handling")].toObject();
            const qint64 n = e.hours.size();
            QCOMPARE(handling[QStringLiteral("samples")].toInteger(), n);
            const auto median = nearestRank(e.hours, (n + 1) / 2);
            const auto p90 = nearestRank(e.hours, (9 * n + 9) / 10);
            QCOMPARE(handling[QStringLiteral("median_hours")].toInteger(-1), median.value_or(-1));
            QCOMPARE(handling[QStringLiteral("p90_hours")].toInteger(-1), p90.value_or(-1));
        };
        check(r.json[QStringLiteral("total")].toObject(), total);
        if (QTest::currentTestFailed())
            return;
        qsizetype nonEmpty = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (it.value().signIns || it.value().active || it.value().submitted || it.value().completed)
                ++nonEmpty;
        }
        const QJsonArray rows = r.json[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), nonEmpty);
        for (const QJsonValue &row : rows) {
            const QString key = row[QStringLiteral("key")].toString();
            QVERIFY2(expected.contains(key), qPrintable(key));
            check(row.toObject(), expected.value(key));
            if (QTest::currentTestFailed())
                return;
        }
    }

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.citizens = qEnvironmentVariableIntValue("GOVDESK_ANALYTICS_CITIZENS");
        if (options.citizens <= 0)
            options.citizens = 20000;
        options.extraArgs = {QStringLiteral("--test-clock")};
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        qInfo("backend %s, port %d", qPrintable(m_server.backend()), m_server.port());
        QVERIFY(!as(QStringLiteral("admin")).token().isEmpty());
        const ApiReply services =
            as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/services?limit=500"));
        for (const QJsonValue &v : services.json[QStringLiteral("items")].toArray()) {
            if (v[QStringLiteral("name")].toString() == QStringLiteral("出生医学证明办理")) {
                m_birthService = v[QStringLiteral("id")].toString();
                m_birthDepartment = v[QStringLiteral("department_id")].toString();
            }
        }
        QVERIFY(!m_birthService.isEmpty());
        const ApiReply citizens = as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/citizens?limit=1"));
        const QJsonObject citizen = citizens.json[QStringLiteral("items")].toArray().first().toObject();
        m_citizen = citizen[QStringLiteral("id")].toString();
        m_district = citizen[QStringLiteral("district_code")].toString();
        QVERIFY(!m_citizen.isEmpty());
        QVERIFY(!m_district.isEmpty());
        QSqlQuery q(m_server.sql());
        QVERIFY(
            q.exec(QStringLiteral("SELECT id, street_id FROM citizens WHERE district_code = '%1' ORDER BY "
                                  "street_id, id")
                       .arg(kHuli)));
        while (q.next()) {
            const Resident r{q.value(0).toString(), q.value(1).toString()};
            if (m_a.id.isEmpty())
                m_a = r;
            else if (m_b.id.isEmpty() && r.street == m_a.street)
                m_b = r;
            else if (m_c.id.isEmpty() && r.street != m_a.street)
                m_c = r;
        }
        QVERIFY(
            q.exec(QStringLiteral("SELECT id, street_id FROM citizens WHERE district_code = '%1' ORDER BY id")
                       .arg(kSiming)));
        QVERIFY(q.next());
        m_e = Resident{q.value(0).toString(), q.value(1).toString()};
        QVERIFY(!m_b.id.isEmpty() && !m_c.id.isEmpty() && !m_e.street.isEmpty());
    }

    // Three applications on day 1 (10:00): one completed at 15:30 (5 h) and rated 5, one completed on day 2
    // at 12:30 (26 h) and rated 3, one completed 60 days later, after its due time, and not rated.
    void handComputedFigures()
    {
        setClock(kStart);
        const QString a1 = start(), a2 = start(), a3 = start();
        QVERIFY(!a1.isEmpty() && !a2.isEmpty() && !a3.isEmpty());
        ApiReply r = usage(birthFilter(kDay1, kDay1));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("total")][QStringLiteral("submitted")].toInteger(), 3);
        QCOMPARE(r.json[QStringLiteral("total")][QStringLiteral("completed")].toInteger(), 0);
        QVERIFY(r.json[QStringLiteral("total")][QStringLiteral("sla_compliance")].isNull());

        setClock(kStart.addSecs(5 * 3600 + 1800)); // the test clock runs on: half an hour's margin
        QVERIFY(complete(a1));
        // The completion is in the aggregates at once.
        r = usage(birthFilter(kDay1, kDay1));
        QCOMPARE(r.json[QStringLiteral("total")][QStringLiteral("completed")].toInteger(), 1);
        QCOMPARE(r.json[QStringLiteral("total")][QStringLiteral("completed_on_time")].toInteger(), 1);
        QCOMPARE(r.json[QStringLiteral("total")][QStringLiteral("handling")][QStringLiteral("median_hours")]
                     .toInteger(),
                 5);
        QCOMPARE(rate(a1, 5), 200);
        r = usage(birthFilter(kDay1, kDay1));
        QCOMPARE(r.json[QStringLiteral("total")][QStringLiteral("ratings")][QStringLiteral("rating_5")]
                     .toInteger(),
                 1);

        setClock(kStart.addSecs(26 * 3600 + 1800));
        QVERIFY(complete(a2));
        QCOMPARE(rate(a2, 3), 200);
        setClock(kStart.addDays(60).addSecs(1800)); // over the 1440-hour cap
        QVERIFY(complete(a3));

        const QDate day2 = kDay1.addDays(1), day61 = kDay1.addDays(60);
        r = usage(birthFilter(kDay1, day61));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("from")].toString(), iso(kDay1));
        QCOMPARE(r.json[QStringLiteral("to")].toString(), iso(day61));
        QCOMPARE(r.json[QStringLiteral("group")].toString(), QStringLiteral("day"));
        QCOMPARE(r.json[QStringLiteral("scope")].toString(), QStringLiteral("city"));
        const QJsonArray rows = r.json[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0][QStringLiteral("key")].toString(), iso(kDay1));
        QCOMPARE(rows[0][QStringLiteral("submitted")].toInteger(), 3);
        QCOMPARE(rows[0][QStringLiteral("completed")].toInteger(), 1);
        QCOMPARE(rows[0][QStringLiteral("handling")][QStringLiteral("median_hours")].toInteger(), 5);
        QCOMPARE(rows[1][QStringLiteral("key")].toString(), iso(day2));
        QCOMPARE(rows[1][QStringLiteral("submitted")].toInteger(), 0);
        QCOMPARE(rows[1][QStringLiteral("completed")].toInteger(), 1);
        QCOMPARE(rows[1][QStringLiteral("ratings")][QStringLiteral("rating_3")].toInteger(), 1);
        QCOMPARE(rows[1][QStringLiteral("ratings")][QStringLiteral("average")].toDouble(), 3.0);
        QCOMPARE(rows[1][QStringLiteral("handling")][QStringLiteral("p90_hours")].toInteger(), 26);
        QCOMPARE(rows[2][QStringLiteral("key")].toString(), iso(day61));
        QCOMPARE(rows[2][QStringLiteral("completed")].toInteger(), 1);
        QCOMPARE(rows[2][QStringLiteral("completed_on_time")].toInteger(), 0);
        QCOMPARE(rows[2][QStringLiteral("sla_compliance")].toDouble(), 0.0);
        QCOMPARE(rows[2][QStringLiteral("ratings")][QStringLiteral("count")].toInteger(), 0);
        QVERIFY(rows[2][QStringLiteral("ratings")][QStringLiteral("average")].isNull());
        QCOMPARE(rows[2][QStringLiteral("handling")][QStringLiteral("median_hours")].toInteger(), 24 * 60);

        const QJsonObject total = r.json[QStringLiteral("total")].toObject();
        QCOMPARE(total[QStringLiteral("key")].toString(), QString());
        QCOMPARE(total[QStringLiteral("submitted")].toInteger(), 3);
        QCOMPARE(total[QStringLiteral("completed")].toInteger(), 3);
        QCOMPARE(total[QStringLiteral("completed_on_time")].toInteger(), 2);
        QCOMPARE(total[QStringLiteral("sla_compliance")].toDouble(), 2.0 / 3.0);
        QCOMPARE(total[QStringLiteral("ratings")][QStringLiteral("count")].toInteger(), 2);
        QCOMPARE(total[QStringLiteral("ratings")][QStringLiteral("average")].toDouble(), 4.0);
        QCOMPARE(total[QStringLiteral("handling")][QStringLiteral("samples")].toInteger(), 3);
        QCOMPARE(total[QStringLiteral("handling")][QStringLiteral("median_hours")].toInteger(), 26);
        QCOMPARE(total[QStringLiteral("handling")][QStringLiteral("p90_hours")].toInteger(), 24 * 60);
        QCOMPARE(total[QStringLiteral("sign_ins")].toInteger(), 0);

        // By district and channel: one row each, the applicant's district and the counter.
        r = usage(birthFilter(kDay1, day61, QStringLiteral("district")));
        QCOMPARE(r.json[QStringLiteral("rows")].toArray().size(), 1);
        QCOMPARE(r.json[QStringLiteral("rows")][0][QStringLiteral("key")].toString(), m_district);
        r = usage(birthFilter(kDay1, day61, QStringLiteral("department")));
        QCOMPARE(r.json[QStringLiteral("rows")].toArray().size(), 1);
        QCOMPARE(r.json[QStringLiteral("rows")][0][QStringLiteral("key")].toString(), m_birthDepartment);
        QCOMPARE(r.json[QStringLiteral("rows")][0][QStringLiteral("completed")].toInteger(), 3);
    }

    void scopes()
    {
        const QDate to = kDay1.addDays(60);
        const QString period = QStringLiteral("from=%1&to=%2&group=district").arg(iso(kDay1), iso(to));
        // City supervisors and admins: the whole city.
        const ApiReply city = usage(period);
        QCOMPARE(city.status, 200);
        QCOMPARE(usage(period, QStringLiteral("admin")).json, city.json);
        // A district supervisor: their district only, whatever they filter.
        const ApiReply huli = usage(period, QStringLiteral("supervisor_huli"));
        QCOMPARE(huli.status, 200);
        QCOMPARE(huli.json[QStringLiteral("scope")].toString(), QStringLiteral("350206"));
        for (const QJsonValue &row : huli.json[QStringLiteral("rows")].toArray())
            QCOMPARE(row[QStringLiteral("key")].toString(), QStringLiteral("350206"));
        const ApiReply other =
            usage(period + QStringLiteral("&district=350203"), QStringLiteral("supervisor_huli"));
        QCOMPARE(other.status, 200);
        QCOMPARE(other.json[QStringLiteral("rows")].toArray().size(), 0);
        QCOMPARE(other.json[QStringLiteral("total")][QStringLiteral("submitted")].toInteger(), 0);
        const ApiReply cityHuli = usage(period + QStringLiteral("&district=350206"));
        QCOMPARE(cityHuli.json[QStringLiteral("total")], huli.json[QStringLiteral("total")]);
        // Officers: their department's services.
        const ApiReply wjw = usage(QStringLiteral("from=%1&to=%2&group=department").arg(iso(kDay1), iso(to)),
                                   QStringLiteral("officer_wjw"));
        QCOMPARE(wjw.status, 200);
        const QString ownDepartment = wjw.json[QStringLiteral("scope")].toString().section(u':', 1);
        QVERIFY(!ownDepartment.isEmpty());
        for (const QJsonValue &row : wjw.json[QStringLiteral("rows")].toArray())
            QCOMPARE(row[QStringLiteral("key")].toString(), ownDepartment);
        QCOMPARE(wjw.json[QStringLiteral("total")][QStringLiteral("sign_ins")].toInteger(), 0);
        // Grid managers and the portal: none.
        QCOMPARE(usage(period, QStringLiteral("grid_huli")).status, 403);
        QCOMPARE(usage(period, QStringLiteral("portal")).status, 403);
        QCOMPARE(ApiTestClient(m_server.port()).get(QStringLiteral("/api/v1/analytics/usage")).status, 401);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad date") << "from=2027-13-01&to=2027-12-31"
                                  << "from";
        QTest::newRow("not a date") << "from=yesterday&to=2027-01-01"
                                    << "from";
        QTest::newRow("short date") << "from=2027-1-1&to=2027-01-31"
                                    << "from";
        QTest::newRow("from after to") << "from=2027-02-01&to=2027-01-31"
                                       << "from";
        QTest::newRow("401 days") << "from=2026-01-01&to=2027-02-05"
                                  << "to";
        QTest::newRow("unknown group") << "from=2027-01-01&to=2027-01-31&group=week"
                                       << "group";
        QTest::newRow("unknown parameter") << "from=2027-01-01&to=2027-01-31&citizen=x"
                                           << "citizen";
        QTest::newRow("bad filter") << "from=2027-01-01&to=2027-01-31&district=350%27%20OR"
                                    << "district";
        QTest::newRow("twice") << "from=2027-01-01&from=2027-01-02"
                               << "";
    }

    void badInput()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const ApiReply r = usage(query);
        QCOMPARE(r.status, 400);
        const QJsonObject error = r.json[QStringLiteral("error")].toObject();
        QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("bad_request"));
        QVERIFY(!error[QStringLiteral("message")].toString().isEmpty());
        if (!field.isEmpty())
            QCOMPARE(error[QStringLiteral("details")][QStringLiteral("field")].toString(), field);
    }

    void periodLimits()
    {
        // 400 days is the longest period; the defaults are the 30 days up to today.
        QCOMPARE(usage(QStringLiteral("from=2026-01-01&to=2027-02-04")).status, 200);
        const ApiReply r = usage(QString());
        QCOMPARE(r.status, 200);
        const QDate from = QDate::fromString(r.json[QStringLiteral("from")].toString(), Qt::ISODate);
        const QDate to = QDate::fromString(r.json[QStringLiteral("to")].toString(), Qt::ISODate);
        QCOMPARE(from.daysTo(to), 29);
    }

    // POST /portal/sign-ins: A twice and B once on one day on the same channel are 3 sign-ins and 2 active
    // citizens in their street, at once; a retry counts once; days before today count the same way,
    // yesterday through its citizen set, older days through their events.
    void signInsCounted()
    {
        setClock(tenOClock(kSignInDay));
        QCOMPARE(signIn(m_a.id, QStringLiteral("mobile")).status, 201);
        QCOMPARE(signIn(m_a.id, QStringLiteral("mobile")).status, 201);
        const ApiReply third = signIn(m_b.id, QStringLiteral("mobile"));
        QCOMPARE(third.status, 201);
        QCOMPARE(third.json[QStringLiteral("citizen_id")].toString(), m_b.id);
        QCOMPARE(third.json[QStringLiteral("channel")].toString(), QStringLiteral("mobile"));
        QCOMPARE(third.json[QStringLiteral("day")].toString(), iso(kSignInDay));
        QVERIFY(third.json[QStringLiteral("at")].toString().endsWith(u'Z'));

        const QString cell = QStringLiteral("district=%1&street=%2&channel=mobile").arg(kHuli, m_a.street);
        ApiReply r = usage(QStringLiteral("from=%1&to=%1&group=day&").arg(iso(kSignInDay)) + cell);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("rows")].toArray().size(), 1);
        const QJsonObject row = r.json[QStringLiteral("rows")][0].toObject();
        QCOMPARE(row[QStringLiteral("key")].toString(), iso(kSignInDay));
        compareCounts(row, 3, 2, 0, 0);
        compareCounts(r.json[QStringLiteral("total")].toObject(), 3, 2, 0, 0);

        // A retry with the same key is answered from the store and counted once.
        const HeaderList key = keyed();
        QCOMPARE(signIn(m_c.id, QStringLiteral("pc"), {}, key).status, 201);
        const ApiReply retry = signIn(m_c.id, QStringLiteral("pc"), {}, key);
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
        compareCounts(dayTotal(kSignInDay, QStringLiteral("street=") + m_c.street), 1, 1, 0, 0);
        // The district: A, A, B on mobile and C on pc.
        r = usage(QStringLiteral("from=%1&to=%1&group=channel&district=%2").arg(iso(kSignInDay), kHuli));
        QCOMPARE(r.json[QStringLiteral("rows")].toArray().size(), 2);
        QCOMPARE(r.json[QStringLiteral("rows")][0][QStringLiteral("key")].toString(),
                 QStringLiteral("mobile"));
        compareCounts(r.json[QStringLiteral("rows")][0].toObject(), 3, 2, 0, 0);
        QCOMPARE(r.json[QStringLiteral("rows")][1][QStringLiteral("key")].toString(), QStringLiteral("pc"));
        compareCounts(r.json[QStringLiteral("rows")][1].toObject(), 1, 1, 0, 0);
        compareCounts(r.json[QStringLiteral("total")].toObject(), 4, 3, 0, 0);

        // Earlier days: yesterday (still open) and three days back (closed), on the pad.
        for (const int back : {1, 3}) {
            const QDateTime at = tenOClock(kSignInDay).addDays(-back);
            QCOMPARE(signIn(m_a.id, QStringLiteral("pad"), at.addSecs(60)).status, 201);
            QCOMPARE(signIn(m_a.id, QStringLiteral("pad"), at.addSecs(120)).status, 201);
            QCOMPARE(signIn(m_b.id, QStringLiteral("pad"), at).status, 201);
            compareCounts(dayTotal(kSignInDay.addDays(-back),
                                   cell.section(u'&', 0, 1) + QStringLiteral("&channel=pad")),
                          3, 2, 0, 0);
        }
        // Over the four days: active citizens are summed per day.
        r = usage(QStringLiteral("from=%1&to=%2&group=channel&street=%3")
                      .arg(iso(kSignInDay.addDays(-3)), iso(kSignInDay), m_a.street));
        QCOMPARE(r.json[QStringLiteral("rows")].toArray().size(), 2);
        compareCounts(r.json[QStringLiteral("rows")][0].toObject(), 3, 2, 0, 0); // mobile
        compareCounts(r.json[QStringLiteral("rows")][1].toObject(), 6, 4, 0, 0); // pad
    }

    void signInBadInput()
    {
        setClock(tenOClock(kSignInDay));
        const QString path = QStringLiteral("/api/v1/portal/sign-ins");
        const auto field = [](const ApiReply &r) {
            return r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")]
                .toString();
        };
        const QJsonObject before = dayTotal(kSignInDay, QString());
        ApiReply r = signIn(QStringLiteral("no-such-citizen"), QStringLiteral("pc"));
        QCOMPARE(r.status, 404);
        QVERIFY(r.hasErrorShape());
        r = signIn(m_a.id, QStringLiteral("counter")); // not a portal channel
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), QStringLiteral("channel"));
        r = signIn(m_a.id, QStringLiteral("pc"), tenOClock(kSignInDay).addSecs(3600));
        QCOMPARE(r.status, 400);
        QCOMPARE(field(r), QStringLiteral("at"));
        auto &portal = as(QStringLiteral("portal"));
        const QByteArray citizen = "{\"citizen_id\": \"" + m_a.id.toUtf8() + "\", \"channel\": \"pc\"";
        // Malformed JSON, a bad time, an unknown field, no citizen, not an object.
        const QList<QByteArray> bodies{citizen, citizen + ", \"at\": \"yesterday\"}",
                                       citizen + ", \"device\": \"x\"}", "{\"channel\": \"pc\"}", "[\"pc\"]"};
        for (const QByteArray &body : bodies) {
            r = portal.send(QStringLiteral("POST"), path, body, "application/json", {}, keyed());
            QVERIFY2(r.status == 400 && r.hasErrorShape(), body.constData());
        }
        r = portal.send(QStringLiteral("POST"), path, QByteArray(9 * 1024 * 1024, 'x'), "application/json",
                        {}, keyed());
        QCOMPARE(r.status, 413);
        // An Idempotency-Key is required; only the portal reports sign-ins.
        QCOMPARE(signIn(m_a.id, QStringLiteral("pc"), {}, {}).status, 400);
        const QJsonObject body{{QStringLiteral("citizen_id"), m_a.id},
                               {QStringLiteral("channel"), QStringLiteral("pc")}};
        QCOMPARE(as(QStringLiteral("officer_wjw")).post(path, body, keyed()).status, 403);
        QCOMPARE(ApiTestClient(m_server.port()).post(path, body, keyed()).status, 401);
        // Nothing was counted.
        QCOMPARE(dayTotal(kSignInDay, QString()), before);
    }

    // The street filter on a day of its own: applications by the street of their grid, sign-ins by the
    // citizen's street; scoped like the district filter; a street outside the district given is a 400.
    void streetScope()
    {
        setClock(tenOClock(kStreetDay));
        const QString a1 = start(m_a.id), a2 = start(m_a.id), c1 = start(m_c.id), e1 = start(m_e.id);
        QVERIFY(!a1.isEmpty() && !a2.isEmpty() && !c1.isEmpty() && !e1.isEmpty());
        m_streetApplications = {a1, a2, c1, e1};
        for (const Resident *r : {&m_a, &m_b, &m_e})
            QCOMPARE(signIn(r->id, QStringLiteral("mobile")).status, 201);
        QCOMPARE(signIn(m_c.id, QStringLiteral("pc")).status, 201);
        setClock(tenOClock(kStreetDay).addSecs(5 * 3600 + 1800));
        QVERIFY(complete(a1));

        const QString s1 = QStringLiteral("street=") + m_a.street;
        compareCounts(dayTotal(kStreetDay, s1), 2, 2, 2, 1);
        compareCounts(dayTotal(kStreetDay, QStringLiteral("street=") + m_c.street), 1, 1, 1, 0);
        compareCounts(dayTotal(kStreetDay, QStringLiteral("district=") + kHuli), 3, 3, 3, 1);
        compareCounts(dayTotal(kStreetDay, QStringLiteral("district=%1&").arg(kHuli) + s1), 2, 2, 2, 1);
        compareCounts(dayTotal(kStreetDay, QStringLiteral("street=") + m_e.street), 1, 1, 1, 0);
        ApiReply r = usage(QStringLiteral("from=%1&to=%1&group=channel&").arg(iso(kStreetDay)) + s1);
        QCOMPARE(r.json[QStringLiteral("rows")].toArray().size(), 2);
        QCOMPARE(r.json[QStringLiteral("rows")][0][QStringLiteral("key")].toString(),
                 QStringLiteral("counter"));
        compareCounts(r.json[QStringLiteral("rows")][0].toObject(), 0, 0, 2, 1);
        QCOMPARE(r.json[QStringLiteral("rows")][1][QStringLiteral("key")].toString(),
                 QStringLiteral("mobile"));
        compareCounts(r.json[QStringLiteral("rows")][1].toObject(), 2, 2, 0, 0);
        r = usage(QStringLiteral("from=%1&to=%1&group=district&").arg(iso(kStreetDay)) + s1);
        QCOMPARE(r.json[QStringLiteral("rows")].toArray().size(), 1);
        QCOMPARE(r.json[QStringLiteral("rows")][0][QStringLiteral("key")].toString(), kHuli);

        // A street and a district that disagree.
        r = usage(QStringLiteral("from=%1&to=%1&district=%2&").arg(iso(kStreetDay), kSiming) + s1);
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")].toString(),
            QStringLiteral("street"));
        QCOMPARE(r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("street_district")]
                     .toString(),
                 kHuli);
        QVERIFY(r.json[QStringLiteral("error")][QStringLiteral("message")].toString().contains(m_a.street));
        // Scopes: the district supervisor sees their streets, and nothing of another district's street.
        const QJsonObject huli = dayTotal(kStreetDay, s1, QStringLiteral("supervisor_huli"));
        QCOMPARE(huli, dayTotal(kStreetDay, s1));
        compareCounts(
            dayTotal(kStreetDay, QStringLiteral("street=") + m_e.street, QStringLiteral("supervisor_huli")),
            0, 0, 0, 0);
        // Officers: their department's applications in the street, no sign-ins.
        compareCounts(dayTotal(kStreetDay, s1, QStringLiteral("officer_wjw")), 0, 0, 2, 1);
        compareCounts(dayTotal(kStreetDay, s1, QStringLiteral("officer_rsj")), 0, 0, 0, 0);
    }

    // The applications behind streetScope's figures (the dashboard's drill-down): by street, submission
    // and completion time, in the caller's scope.
    void applicationsBehindFigures()
    {
        QCOMPARE(m_streetApplications.size(), 4);
        const QString a1 = m_streetApplications[0], a2 = m_streetApplications[1],
                      c1 = m_streetApplications[2], e1 = m_streetApplications[3];
        const QString s1 = QStringLiteral("street=") + m_a.street;
        const QString submitted = QStringLiteral("submitted_since=%1&submitted_until=%2&")
                                      .arg(localDayStart(kStreetDay), localDayStart(kStreetDay.addDays(1)));
        const QString completed = QStringLiteral("status=completed&completed_since=%1&completed_until=%2&")
                                      .arg(localDayStart(kStreetDay), localDayStart(kStreetDay.addDays(1)));
        QCOMPARE(applicationIds(submitted + s1), (QSet<QString>{a1, a2}));
        QCOMPARE(applicationIds(completed + s1), (QSet<QString>{a1}));
        QCOMPARE(applicationIds(submitted + QStringLiteral("street=") + m_c.street), (QSet<QString>{c1}));
        QCOMPARE(applicationIds(submitted + QStringLiteral("street=") + m_e.street), (QSet<QString>{e1}));
        QCOMPARE(applicationIds(submitted + QStringLiteral("district=%1&").arg(kHuli) + s1),
                 (QSet<QString>{a1, a2}));
        QVERIFY(applicationIds(QStringLiteral("submitted_until=%1&").arg(localDayStart(kStreetDay)) + s1)
                    .intersect({a1, a2})
                    .isEmpty());
        QVERIFY(applicationIds(QStringLiteral("completed_until=%1&").arg(localDayStart(kStreetDay)) + s1)
                    .intersect({a1, a2})
                    .isEmpty());
        // Scopes of the lists: a district supervisor filtering by another district's street gets nothing;
        // officers only their department's applications.
        QCOMPARE(applicationIds(submitted + s1, QStringLiteral("supervisor_huli")), (QSet<QString>{a1, a2}));
        QCOMPARE(applicationIds(submitted + QStringLiteral("street=") + m_e.street,
                                QStringLiteral("supervisor_huli")),
                 QSet<QString>());
        QCOMPARE(applicationIds(submitted + s1, QStringLiteral("officer_wjw")), (QSet<QString>{a1, a2}));
        QCOMPARE(applicationIds(submitted + s1, QStringLiteral("officer_rsj")), QSet<QString>());
        QCOMPARE(
            as(QStringLiteral("admin")).get(QStringLiteral("/api/v1/applications?submitted_since=x")).status,
            400);
        QCOMPARE(as(QStringLiteral("admin"))
                     .get(QStringLiteral("/api/v1/applications?completed_until=2027-13-01"))
                     .status,
                 400);
    }

    void matchesRawTables_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("group");
        QTest::addColumn<bool>("oneStreet");
        QTest::newRow("30 days by day") << 30 << "day" << false;
        QTest::newRow("90 days by district") << 90 << "district" << false;
        QTest::newRow("365 days by service") << 365 << "service" << false;
        QTest::newRow("400 days by department") << 400 << "department" << false;
        QTest::newRow("120 days by channel") << 120 << "channel" << false;
        QTest::newRow("90 days by day, one street") << 90 << "day" << true;
        QTest::newRow("400 days by service, one street") << 400 << "service" << true;
    }

    void matchesRawTables()
    {
        QFETCH(int, days);
        QFETCH(QString, group);
        QFETCH(bool, oneStreet);
        QSqlQuery q(m_server.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'demo_today'")));
        QVERIFY(q.next());
        const QDate today = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        QVERIFY(today.isValid());
        QString street;
        if (oneStreet) {
            // The street with the most citizens.
            QVERIFY(q.exec(QStringLiteral("SELECT street_id, COUNT(*) AS n FROM citizens GROUP BY street_id "
                                          "ORDER BY n DESC, street_id LIMIT 1")));
            QVERIFY(q.next());
            street = q.value(0).toString();
        }
        compareWithRawTables(today.addDays(1 - days), today, group, street);
    }

    // The aggregates kept step by step (completions, ratings, sign-ins, streets) equal those rebuilt
    // from the raw tables when the server starts without them.
    void rebuildMatchesIncremental()
    {
        const QString period = QStringLiteral("from=%1&to=%2").arg(iso(kDay1), iso(kStreetDay));
        const QStringList queries{
            period + QStringLiteral("&group=day"),
            period + QStringLiteral("&group=channel&street=") + m_a.street,
            period + QStringLiteral("&group=service&street=") + m_c.street,
            period + QStringLiteral("&group=day&district=") + kHuli,
            period + QStringLiteral("&group=district"),
        };
        QList<QJsonObject> before;
        for (const QString &q : queries) {
            const ApiReply r = usage(q);
            QCOMPARE(r.status, 200);
            before.append(r.json);
        }
        QVERIFY(QSqlQuery(m_server.sql())
                    .exec(QStringLiteral("DELETE FROM meta WHERE key = 'usage_aggregates_built'")));
        m_staff.disconnectAll();
        m_staff.clear();
        QVERIFY2(m_server.restart({QStringLiteral("--test-clock")}), qPrintable(m_server.error()));
        QSqlQuery built(m_server.sql());
        QVERIFY(built.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'usage_aggregates_built'")));
        QVERIFY(built.next()); // rebuilt at start-up
        for (qsizetype i = 0; i < queries.size(); ++i)
            QVERIFY2(usage(queries[i]).json == before[i], qPrintable(queries[i]));
    }

    void cleanupTestCase()
    {
        m_staff.disconnectAll();
        QVERIFY(m_server.stop());
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsApi)
#include "tst_analyticsapi.moc"
