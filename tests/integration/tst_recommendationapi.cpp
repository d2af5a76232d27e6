// Integration: the recommendation engine (issue 7) behind GET /api/v1/citizens/{id}/recommendations and
// POST /api/v1/recommendations/batch on the real govdesk-server with demo data, against SQLite or
// PostgreSQL (GOVDESK_TEST_BACKEND). Scope: for every role and a sample of citizens the same answer as
// GET /citizens/{id} (200, 404 outside the scope, 403 for the portal). Limits and bad input. For every
// citizen with applications in a sample: no service of an open application or of one completed within
// the year, no enterprise service, scores 0-100 in order, signals 0..1, a reason. An application started
// at the counter takes its service out of the list at once; the batch answers the citizens in scope in
// the order asked and lists the rest as not found.
#include "apitestclient.h"
#include "serverprocess.h"
#include "staffclients.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace gd::test;

namespace {

QString recommendationsPath(const QString &citizen, const QString &query = {})
{
    return QStringLiteral("/api/v1/citizens/") + citizen + QStringLiteral("/recommendations") +
           (query.isEmpty() ? QString() : QLatin1Char('?') + query);
}

QStringList serviceIds(const ApiReply &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
        out.append(v[QStringLiteral("service_id")].toString());
    return out;
}

} // namespace

class TestRecommendationApi : public QObject {
    Q_OBJECT
private:
    ServerProcess m_server;
    StaffClients m_staff{m_server};
    QSet<QString> m_enterpriseServices;

    ApiTestClient &as(const QString &username) { return m_staff.as(username); }

    QStringList column(const QString &sql)
    {
        QStringList out;
        QSqlQuery q(m_server.sql());
        if (!q.exec(sql))
            qWarning("query failed: %s", qPrintable(sql));
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

    // The services the citizen must not be recommended: open applications, and completed ones
    // submitted within the last 364 days (a day's margin against the server's 365-day window and the
    // time passing meanwhile).
    QSet<QString> mustExclude(const QString &citizen)
    {
        const QString yearAgo = QDateTime::currentDateTimeUtc().addDays(-364).toString(Qt::ISODateWithMs);
        const QStringList ids = column(
            QStringLiteral("SELECT service_id FROM applications WHERE applicant_id = '%1' AND (status IN "
                           "('submitted', 'in_progress', 'supplement') OR (status = 'completed' AND "
                           "submitted_at >= '%2'))")
                .arg(citizen, yearAgo));
        return QSet<QString>(ids.begin(), ids.end());
    }

    void checkList(const QString &citizen, const ApiReply &r, int limit)
    {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("citizen_id")).toString(), citizen);
        QVERIFY(
            QDateTime::fromString(r.json.value(QStringLiteral("generated_at")).toString(), Qt::ISODateWithMs)
                .isValid());
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= limit);
        const QSet<QString> excluded = mustExclude(citizen);
        QSet<QString> seen;
        int previous = 101;
        for (const QJsonValue &v : items) {
            const QString service = v[QStringLiteral("service_id")].toString();
            QVERIFY2(!excluded.contains(service), qPrintable(citizen + QStringLiteral(" got ") + service));
            QVERIFY(!m_enterpriseServices.contains(service));
            QVERIFY(!seen.contains(service));
            seen.insert(service);
            const int score = v[QStringLiteral("score")].toInt(-1);
            QVERIFY(score >= 0 && score <= 100);
            QVERIFY(score <= previous);
            previous = score;
            QVERIFY(!v[QStringLiteral("reason")].toString().isEmpty());
            const QJsonObject signals_ = v[QStringLiteral("signals")].toObject();
            QCOMPARE(signals_.size(), 5);
            for (const QString &key :
                 {QStringLiteral("rules"), QStringLiteral("correlation"), QStringLiteral("similar"),
                  QStringLiteral("hot"), QStringLiteral("recent")}) {
                QVERIFY(signals_.value(key).isDouble());
                const double s = signals_.value(key).toDouble();
                QVERIFY(s >= 0 && s <= 1);
            }
        }
    }

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.citizens = 3000;
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        qInfo("backend %s, port %d", qPrintable(m_server.backend()), m_server.port());
        QVERIFY(!as(QStringLiteral("admin")).token().isEmpty());
        const QStringList enterprise =
            column(QStringLiteral("SELECT id FROM services WHERE applicant_type = 'enterprise'"));
        m_enterpriseServices = QSet<QString>(enterprise.begin(), enterprise.end());
        QVERIFY(!m_enterpriseServices.isEmpty());
    }

    void scopedLikeTheCitizen()
    {
        // A sample across districts and grids, the applicants of one department, and ids that do not exist.
        QStringList citizens = column(QStringLiteral("SELECT id FROM citizens ORDER BY id LIMIT 25"));
        citizens += column(QStringLiteral(
            "SELECT c.id FROM citizens c WHERE c.district_code = '350206' ORDER BY c.id LIMIT 10"));
        citizens +=
            column(QStringLiteral("SELECT c.id FROM citizens c JOIN staff_grids g ON g.grid_id = c.grid_id "
                                  "JOIN staff s ON s.id = g.staff_id WHERE s.username = 'grid_huli' "
                                  "ORDER BY c.id LIMIT 10"));
        citizens += column(QStringLiteral(
            "SELECT DISTINCT a.applicant_id FROM applications a JOIN application_steps st ON "
            "st.application_id "
            "= a.id WHERE st.department_id = 'wjw' AND a.applicant_type = 'citizen' ORDER BY a.applicant_id "
            "LIMIT 10"));
        citizens += {QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("not-a-citizen")};
        QVERIFY(citizens.size() >= 50);
        const QStringList users{QStringLiteral("admin"),           QStringLiteral("supervisor_city"),
                                QStringLiteral("supervisor_huli"), QStringLiteral("grid_huli"),
                                QStringLiteral("officer_wjw"),     QStringLiteral("portal")};
        for (const QString &user : users) {
            QHash<int, int> statuses;
            for (const QString &citizen : std::as_const(citizens)) {
                const int expected = as(user).get(QStringLiteral("/api/v1/citizens/") + citizen).status;
                const ApiReply r = as(user).get(recommendationsPath(citizen));
                QVERIFY2(r.status == expected, qPrintable(QStringLiteral("%1 %2: %3, the citizen %4")
                                                              .arg(user, citizen)
                                                              .arg(r.status)
                                                              .arg(expected)));
                QVERIFY(r.hasErrorShape() || r.status == 200);
                statuses[r.status] += 1;
            }
            qInfo("%s: %d seen, %d not found, %d forbidden", qPrintable(user), statuses.value(200),
                  statuses.value(404), statuses.value(403));
            if (user == QLatin1String("portal")) {
                QCOMPARE(statuses.value(403), int(citizens.size()));
            } else {
                QVERIFY(statuses.value(200) > 0);
                QVERIFY(statuses.value(404) >= 2);
            }
        }
        QVERIFY(as(QStringLiteral("supervisor_huli")).get(recommendationsPath(citizens.first())).status != 0);
        // Without a token: 401.
        ApiTestClient anonymous(m_server.port());
        QCOMPARE(anonymous.get(recommendationsPath(citizens.first())).status, 401);
    }

    void limits()
    {
        const QString citizen = column(QStringLiteral("SELECT id FROM citizens ORDER BY id LIMIT 1")).first();
        ApiTestClient &admin = as(QStringLiteral("admin"));
        const ApiReply standard = admin.get(recommendationsPath(citizen));
        checkList(citizen, standard, 10);
        QCOMPARE(serviceIds(standard).size(), 10);
        const ApiReply one = admin.get(recommendationsPath(citizen, QStringLiteral("limit=1")));
        checkList(citizen, one, 1);
        QCOMPARE(serviceIds(one), serviceIds(standard).mid(0, 1));
        const ApiReply many = admin.get(recommendationsPath(citizen, QStringLiteral("limit=50")));
        checkList(citizen, many, 50);
        QVERIFY(serviceIds(many).size() > 10);
        QCOMPARE(serviceIds(many).mid(0, 10), serviceIds(standard));
        for (const QString &bad :
             {QStringLiteral("limit=0"), QStringLiteral("limit=51"), QStringLiteral("limit=x"),
              QStringLiteral("limit=-1"), QStringLiteral("limit=5&limit=6"), QStringLiteral("offset=10"),
              QStringLiteral("sort=score")}) {
            const ApiReply r = admin.get(recommendationsPath(citizen, bad));
            QVERIFY2(r.status == 400, qPrintable(bad));
            QCOMPARE(r.errorCode(), QStringLiteral("bad_request"));
        }
    }

    void excludedServicesAreNeverRecommended()
    {
        // Citizens with applications of every kind: open, completed, rejected.
        const QStringList citizens = column(QStringLiteral(
            "SELECT applicant_id FROM applications WHERE applicant_type = 'citizen' GROUP BY applicant_id "
            "HAVING COUNT(*) >= 2 ORDER BY applicant_id LIMIT 150"));
        QVERIFY(citizens.size() >= 100);
        int open = 0;
        for (const QString &citizen : citizens) {
            const ApiReply r = as(QStringLiteral("supervisor_city"))
                                   .get(recommendationsPath(citizen, QStringLiteral("limit=50")));
            checkList(citizen, r, 50);
            open += int(mustExclude(citizen).size());
        }
        QVERIFY(open > 100);
    }

    void aNewApplicationIsExcludedAtOnce()
    {
        const QString citizen = column(QStringLiteral("SELECT id FROM citizens WHERE id NOT IN (SELECT "
                                                      "applicant_id FROM applications) ORDER BY id LIMIT 1"))
                                    .first();
        ApiTestClient &admin = as(QStringLiteral("admin"));
        const QStringList before = serviceIds(admin.get(recommendationsPath(citizen)));
        QVERIFY(!before.isEmpty());
        const QString service = before.first();
        const ApiReply started = admin.post(
            QStringLiteral("/api/v1/applications"),
            {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {QStringLiteral("service_id"), service},
             {QStringLiteral("applicant_type"), QStringLiteral("citizen")},
             {QStringLiteral("applicant_id"), citizen}},
            {{QByteArray("Idempotency-Key"), QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8()}});
        QVERIFY2(started.status == 201, started.body.constData());
        const ApiReply after = admin.get(recommendationsPath(citizen));
        checkList(citizen, after, 10);
        QVERIFY(!serviceIds(after).contains(service));
        QVERIFY(mustExclude(citizen).contains(service));
    }

    void batch()
    {
        const QStringList huli = column(
            QStringLiteral("SELECT id FROM citizens WHERE district_code = '350206' ORDER BY id LIMIT 3"));
        const QStringList siming = column(
            QStringLiteral("SELECT id FROM citizens WHERE district_code = '350203' ORDER BY id LIMIT 2"));
        QCOMPARE(huli.size(), 3);
        QCOMPARE(siming.size(), 2);
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000001");
        const QStringList asked{huli[2], siming[0], huli[0], unknown, huli[2], siming[1], huli[1]};
        const QJsonObject body{{QStringLiteral("citizen_ids"), QJsonArray::fromStringList(asked)},
                               {QStringLiteral("limit"), 5}};
        const ApiReply r =
            as(QStringLiteral("supervisor_huli")).post(QStringLiteral("/api/v1/recommendations/batch"), body);
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
        QStringList answered;
        for (const QJsonValue &v : results)
            answered.append(v[QStringLiteral("citizen_id")].toString());
        QCOMPARE(answered, (QStringList{huli[2], huli[0], huli[1]})); // in the order asked, once each
        QCOMPARE(r.json.value(QStringLiteral("not_found")).toArray().toVariantList(),
                 (QVariantList{siming[0], unknown, siming[1]}));
        // Each list equals the single citizen's.
        for (const QJsonValue &v : results) {
            const QString citizen = v[QStringLiteral("citizen_id")].toString();
            const ApiReply single = as(QStringLiteral("supervisor_huli"))
                                        .get(recommendationsPath(citizen, QStringLiteral("limit=5")));
            checkList(citizen, single, 5);
            QCOMPARE(v[QStringLiteral("items")].toArray(),
                     single.json.value(QStringLiteral("items")).toArray());
        }

        ApiTestClient &admin = as(QStringLiteral("admin"));
        const auto post = [&admin](const QJsonObject &b) {
            return admin.post(QStringLiteral("/api/v1/recommendations/batch"), b);
        };
        QCOMPARE(post({{QStringLiteral("citizen_ids"), QJsonArray()}}).status, 400);
        QStringList tooMany;
        for (int i = 0; i < 1001; ++i)
            tooMany.append(QStringLiteral("c%1").arg(i));
        QCOMPARE(post({{QStringLiteral("citizen_ids"), QJsonArray::fromStringList(tooMany)}}).status, 400);
        const ApiReply thousand =
            post({{QStringLiteral("citizen_ids"), QJsonArray::fromStringList(tooMany.mid(0, 1000))},
                  {QStringLiteral("limit"), 1}});
        QCOMPARE(thousand.status, 200);
        QCOMPARE(thousand.json.value(QStringLiteral("not_found")).toArray().size(), 1000);
        QCOMPARE(
            post({{QStringLiteral("citizen_ids"), QJsonArray{huli[0]}}, {QStringLiteral("limit"), 0}}).status,
            400);
        QCOMPARE(post({{QStringLiteral("citizen_ids"), QJsonArray{huli[0]}}, {QStringLiteral("limit"), 51}})
                     .status,
                 400);
        QCOMPARE(post({{QStringLiteral("citizen_ids"), QJsonArray{QStringLiteral("bad id!")}}}).status, 400);
        QCOMPARE(
            post({{QStringLiteral("citizen_ids"), QJsonArray{huli[0]}}, {QStringLiteral("extra"), 1}}).status,
            400);
        QCOMPARE(post({{QStringLiteral("ids"), QJsonArray{huli[0]}}}).status, 400);
        const ApiReply all =
            post({{QStringLiteral("citizen_ids"), QJsonArray::fromStringList(huli + siming)}});
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json.value(QStringLiteral("results")).toArray().size(), 5);
        for (const QString &user : {QStringLiteral("grid_huli"), QStringLiteral("portal")})
            QCOMPARE(as(user)
                         .post(QStringLiteral("/api/v1/recommendations/batch"),
                               {{QStringLiteral("citizen_ids"), QJsonArray{huli[0]}}})
                         .status,
                     403);
    }
};

QTEST_GUILESS_MAIN(TestRecommendationApi)
#include "tst_recommendationapi.moc"
