// Integration: audiences (issue 7) on the real govdesk-server, against SQLite or PostgreSQL
// (GOVDESK_TEST_BACKEND), with demo data (GOVDESK_AUDIENCE_CITIZENS citizens, default 5000).
// POST /api/v1/audiences/count for seeded random expressions equals a brute-force evaluation over the
// server's own tables read by direct SQL, and the equivalent SQL COUNT(*); scopes (a district supervisor
// never counts another district's citizens, officers their department's applicants, grid managers and the
// portal 403); the masked, stable sample; the update path: a tag added and removed and a citizen moved to
// another district by SQL with their change-log rows (what every writer of citizens records) count in the
// next request, and an application started at the counter adds its applicant to the officer's scope;
// bad input 400 with the path of the bad node.
#include "apitestclient.h"
#include "audiencetestsupport.h"
#include "serverprocess.h"
#include "staffclients.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace gd;
using namespace gd::test;
using gd::server::AudienceCitizen;

namespace {

const QString kHuli = QStringLiteral("350206");
const QString kSiming = QStringLiteral("350203");
constexpr int kRandomExpressions = 60;

QString describe(const QJsonObject &expression)
{
    return QString::fromUtf8(QJsonDocument(expression).toJson(QJsonDocument::Compact));
}

// Everyone (every citizen has one of the two genders).
AudienceExpression everyone()
{
    return AudienceExpression::anyOf({AudienceExpression::gender(QStringLiteral("male")),
                                      AudienceExpression::gender(QStringLiteral("female"))});
}

} // namespace

class TestAudienceApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    StaffClients m_staff{m_server};
    QList<AudienceCitizen> m_citizens; // the server's tables, read by SQL
    QStringList m_tags;                // citizen tags of the catalogue
    QStringList m_regions;             // every region id
    QSet<QString> m_wjwApplicants;     // officer_wjw's scope

    ApiTestClient &as(const QString &username) { return m_staff.as(username); }

    ApiReply count(const QString &username, const QJsonObject &expression, int sample = 20)
    {
        return as(username).post(
            QStringLiteral("/api/v1/audiences/count"),
            {{QStringLiteral("expression"), expression}, {QStringLiteral("sample"), sample}});
    }

    QStringList column(const QString &sql)
    {
        QStringList out;
        QSqlQuery q(m_server.sql());
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

    bool exec(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery q(m_server.sql());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    // What a writer of citizens records with its change: the citizen's new version and a change-log row.
    bool logCitizenChange(const QString &id)
    {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        return exec(QStringLiteral("UPDATE citizens SET version = version + 1, updated_at = ? WHERE id = ?"),
                    {now, id}) &&
               exec(QStringLiteral("INSERT INTO changes (entity, entity_id, op, version, changed_at) SELECT "
                                   "'citizen', id, 'update', version, ? FROM citizens WHERE id = ?"),
                    {now, id});
    }

    qint64 sqlCount(const AudienceExpression &e, QDate day)
    {
        QVariantList binds;
        QSqlQuery q(m_server.sql());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM citizens c WHERE ") +
                  audienceSqlPredicate(e, day, binds));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next()) {
            qWarning("SQL count failed: %s", qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    template <typename InScope>
    qint64 bruteForce(const AudienceExpression &e, QDate day, InScope inScope) const
    {
        return countMatching(m_citizens, e, day, inScope);
    }

    const AudienceCitizen *citizen(const QString &id) const { return findCitizen(m_citizens, id); }

    // `expressions` random expressions counted as `username` equal the brute force within `inScope`; every
    // sampled member matches, is in scope and comes masked.
    template <typename InScope>
    void compareRandom(const QString &username, quint64 seed, int expressions, InScope inScope,
                       bool withSql = false)
    {
        RandomAudienceExpressions random(seed, m_tags, m_regions);
        for (int i = 0; i < expressions; ++i) {
            const AudienceExpression e = random.next();
            const QJsonObject text = audienceExpressionToJson(e);
            const ApiReply r = count(username, text);
            QVERIFY2(r.status == 200, r.body.constData());
            const QDate day =
                QDate::fromString(r.json.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
            QVERIFY(day.isValid());
            const qint64 expected = bruteForce(e, day, inScope);
            QVERIFY2(r.json.value(QStringLiteral("count")).toInteger() == expected,
                     qPrintable(QStringLiteral("%1: %2 counted, %3 by brute force")
                                    .arg(describe(text))
                                    .arg(r.json.value(QStringLiteral("count")).toInteger())
                                    .arg(expected)));
            if (withSql)
                QCOMPARE(sqlCount(e, day), expected);
            const QJsonArray sample = r.json.value(QStringLiteral("sample")).toArray();
            QCOMPARE(qint64(sample.size()), std::min<qint64>(20, expected));
            for (const QJsonValue &m : sample) {
                const QJsonObject member = m.toObject();
                const AudienceCitizen *c = citizen(member.value(QStringLiteral("id")).toString());
                QVERIFY(c);
                QVERIFY(audienceMatches(*c, e, day));
                QVERIFY(inScope(*c));
                QCOMPARE(member.value(QStringLiteral("district_code")).toString(), c->districtCode);
                QCOMPARE(member.value(QStringLiteral("gender")).toString(), c->gender);
                QCOMPARE(member.value(QStringLiteral("age")).toInteger(-1), qint64(ageOn(c->birthDate, day)));
            }
        }
    }

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.citizens = qEnvironmentVariableIntValue("GOVDESK_AUDIENCE_CITIZENS");
        if (options.citizens <= 0)
            options.citizens = 5000;
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        QVERIFY(m_server.serverLog().contains(
            QStringLiteral("audience index: %1 citizens").arg(options.citizens)));
        m_citizens = readAudienceCitizens(m_server.sql());
        QCOMPARE(m_citizens.size(), options.citizens);
        // The restricted special groups' tags are refused for officers and admins (tst_gridapi); the random
        // expressions use the others.
        m_tags = column(QStringLiteral("SELECT id FROM tags WHERE applies_to = 'citizen' AND id NOT IN "
                                       "('t_left_behind_child', 't_community_correction') ORDER BY id"));
        m_regions = column(QStringLiteral("SELECT id FROM regions ORDER BY id"));
        const QStringList applicants = column(
            QStringLiteral("SELECT DISTINCT a.applicant_id FROM applications a JOIN application_steps st "
                           "ON st.application_id = a.id WHERE st.department_id = 'wjw'"));
        m_wjwApplicants = QSet<QString>(applicants.cbegin(), applicants.cend());
        QVERIFY(m_tags.size() > 10);
        QVERIFY(m_regions.size() > 20);
        QVERIFY(!m_wjwApplicants.isEmpty());
    }

    void countsEqualBruteForce()
    {
        compareRandom(
            QStringLiteral("admin"), 20261125, kRandomExpressions,
            [](const AudienceCitizen &) { return true; }, true);
        // The city supervisor counts the same city.
        const QJsonObject pregnant =
            audienceExpressionToJson(AudienceExpression::tag(QStringLiteral("t_pregnant")));
        const ApiReply city = count(QStringLiteral("supervisor_city"), pregnant);
        QCOMPARE(city.status, 200);
        QCOMPARE(city.json.value(QStringLiteral("scope")).toString(), QStringLiteral("city"));
        QCOMPARE(city.json.value(QStringLiteral("count")),
                 count(QStringLiteral("admin"), pregnant).json.value(QStringLiteral("count")));
        QVERIFY(city.json.value(QStringLiteral("count")).toInteger() > 0);
        QVERIFY(city.json.value(QStringLiteral("elapsed_us")).toInteger() > 0);
    }

    void lifeEventsAndAges()
    {
        // The issue's example: pregnant, tag acquired 8-12 weeks ago; and women 20-35 without a car.
        const QList<AudienceExpression> fixed{
            AudienceExpression::lifeEvent(QStringLiteral("t_pregnant"), 56, 84),
            AudienceExpression::allOf(
                {AudienceExpression::age(20, 35), AudienceExpression::gender(QStringLiteral("female")),
                 AudienceExpression::negate(AudienceExpression::tag(QStringLiteral("t_car_owner")))}),
            AudienceExpression::allOf({AudienceExpression::age(60, 150), AudienceExpression::region(kHuli),
                                       AudienceExpression::realnameLevel(1, 1)})};
        for (const AudienceExpression &e : fixed) {
            const ApiReply r = count(QStringLiteral("admin"), audienceExpressionToJson(e));
            QCOMPARE(r.status, 200);
            const QDate day =
                QDate::fromString(r.json.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
            const qint64 expected = bruteForce(e, day, [](const AudienceCitizen &) { return true; });
            QCOMPARE(r.json.value(QStringLiteral("count")).toInteger(), expected);
            QCOMPARE(sqlCount(e, day), expected);
            QVERIFY(expected > 0);
        }
    }

    void scopes()
    {
        compareRandom(QStringLiteral("supervisor_huli"), 7, 30,
                      [](const AudienceCitizen &c) { return c.districtCode == kHuli; });
        QCOMPARE(count(QStringLiteral("supervisor_huli"), audienceExpressionToJson(everyone()))
                     .json.value(QStringLiteral("scope"))
                     .toString(),
                 kHuli);
        // Another district's citizens never count, whatever the expression asks for.
        const ApiReply siming = count(QStringLiteral("supervisor_huli"),
                                      audienceExpressionToJson(AudienceExpression::region(kSiming)));
        QCOMPARE(siming.status, 200);
        QCOMPARE(siming.json.value(QStringLiteral("count")).toInteger(), 0);
        QVERIFY(siming.json.value(QStringLiteral("sample")).toArray().isEmpty());
        QVERIFY(count(QStringLiteral("supervisor_siming"),
                      audienceExpressionToJson(AudienceExpression::region(kSiming)))
                    .json.value(QStringLiteral("count"))
                    .toInteger() > 0);

        compareRandom(QStringLiteral("officer_wjw"), 8, 20,
                      [this](const AudienceCitizen &c) { return m_wjwApplicants.contains(c.id); });
        const ApiReply officer = count(QStringLiteral("officer_wjw"), audienceExpressionToJson(everyone()));
        QCOMPARE(officer.json.value(QStringLiteral("scope")).toString(), QStringLiteral("department:wjw"));
        // Citizens with an application that has a step of the department (enterprises apply too, but are no
        // citizens).
        const auto applicants =
            std::count_if(m_citizens.cbegin(), m_citizens.cend(),
                          [this](const AudienceCitizen &c) { return m_wjwApplicants.contains(c.id); });
        QCOMPARE(officer.json.value(QStringLiteral("count")).toInteger(), qint64(applicants));

        for (const char *user : {"grid_huli", "portal"})
            QCOMPARE(count(QLatin1String(user), audienceExpressionToJson(everyone())).status, 403);
        ApiTestClient anonymous(m_server.port());
        QCOMPARE(anonymous
                     .post(QStringLiteral("/api/v1/audiences/count"),
                           {{QStringLiteral("expression"), audienceExpressionToJson(everyone())}})
                     .status,
                 401);
    }

    void sampleIsMaskedAndStable()
    {
        const QJsonObject women =
            audienceExpressionToJson(AudienceExpression::gender(QStringLiteral("female")));
        const ApiReply a = count(QStringLiteral("admin"), women);
        const ApiReply b = count(QStringLiteral("admin"), women);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("sample")), b.json.value(QStringLiteral("sample")));
        const QJsonArray sample = a.json.value(QStringLiteral("sample")).toArray();
        QCOMPARE(sample.size(), 20);
        for (const QJsonValue &v : sample) {
            const QJsonObject m = v.toObject();
            const QStringList keys = m.keys();
            QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                     (QSet<QString>{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("gender"),
                                    QStringLiteral("age"), QStringLiteral("district_code")}));
            const QString name = m.value(QStringLiteral("name")).toString();
            QVERIFY2(name.size() == 1 || name.mid(1) == QString(name.size() - 1, QLatin1Char('*')),
                     qPrintable(name));
        }
        QCOMPARE(
            count(QStringLiteral("admin"), women, 0).json.value(QStringLiteral("sample")).toArray().size(),
            0);
        QCOMPARE(
            count(QStringLiteral("admin"), women, 100).json.value(QStringLiteral("sample")).toArray().size(),
            100);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown op") << QByteArray(
                                           R"({"expression":{"op":"xor","args":[{"tag":"t_pregnant"}]}})")
                                    << QStringLiteral("expression");
        QTest::newRow("unknown key")
            << QByteArray(
                   R"({"expression":{"op":"and","args":[{"tag":"t_pregnant"},{"op":"not","arg":{"colour":1}}]}})")
            << QStringLiteral("expression.args[1].arg");
        QTest::newRow("empty and") << QByteArray(R"({"expression":{"op":"and","args":[]}})")
                                   << QStringLiteral("expression");
        QTest::newRow("wrong type") << QByteArray(
                                           R"({"expression":{"op":"or","args":[{"age":{"min":"x"}}]}})")
                                    << QStringLiteral("expression.args[0]");
        QTest::newRow("unknown tag")
            << QByteArray(R"({"expression":{"op":"or","args":[{"gender":"male"},{"tag":"t_nope"}]}})")
            << QStringLiteral("expression.args[1]");
        QTest::newRow("enterprise tag")
            << QByteArray(R"({"expression":{"tag":"t_ent_new"}})") << QStringLiteral("expression");
        QTest::newRow("unknown life event tag")
            << QByteArray(R"({"expression":{"op":"not","arg":{"life_event":{"tag":"t_nope","to_days":9}}}})")
            << QStringLiteral("expression.arg");
        QTest::newRow("unknown region")
            << QByteArray(R"({"expression":{"region":"999999"}})") << QStringLiteral("expression");
        QTest::newRow("not an object")
            << QByteArray(R"({"expression":"t_pregnant"})") << QStringLiteral("expression");
        QTest::newRow("no expression") << QByteArray(R"({"sample":3})") << QStringLiteral("expression");
        QTest::newRow("sample too big")
            << QByteArray(R"({"expression":{"tag":"t_pregnant"},"sample":101})") << QStringLiteral("sample");
        QTest::newRow("sample negative")
            << QByteArray(R"({"expression":{"tag":"t_pregnant"},"sample":-1})") << QStringLiteral("sample");
        QTest::newRow("unknown field")
            << QByteArray(R"({"expression":{"tag":"t_pregnant"},"scope":"city"})") << QStringLiteral("scope");
        QByteArray deep = R"({"tag":"t_pregnant"})";
        for (int i = 0; i < kAudienceMaxDepth; ++i)
            deep = R"({"op":"not","arg":)" + deep + "}";
        QString deepPath = QStringLiteral("expression");
        for (int i = 0; i < kAudienceMaxDepth; ++i)
            deepPath += QStringLiteral(".arg");
        QTest::newRow("too deep") << QByteArray(R"({"expression":)" + deep + "}") << deepPath;
        QTest::newRow("malformed JSON") << QByteArray(R"({"expression":{"tag":)") << QString();
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        const ApiReply r = as(QStringLiteral("admin"))
                               .send(QStringLiteral("POST"), QStringLiteral("/api/v1/audiences/count"), body);
        QCOMPARE(r.status, 400);
        QVERIFY(r.hasErrorShape());
        QCOMPARE(r.errorCode(), QStringLiteral("bad_request"));
        if (!path.isEmpty())
            QCOMPARE(r.json.value(QStringLiteral("error"))[QStringLiteral("details")][QStringLiteral("path")]
                         .toString(),
                     path);
    }

    void followsChanges()
    {
        // A Huli resident without the veteran tag gets it, acquired 60 days ago, by SQL with its change row.
        const QJsonObject veterans =
            audienceExpressionToJson(AudienceExpression::tag(QStringLiteral("t_veteran")));
        const QJsonObject recent =
            audienceExpressionToJson(AudienceExpression::lifeEvent(QStringLiteral("t_veteran"), 56, 84));
        const AudienceCitizen *pick = nullptr;
        for (const AudienceCitizen &c : std::as_const(m_citizens)) {
            if (c.districtCode == kHuli &&
                !audienceMatches(c, AudienceExpression::tag(QStringLiteral("t_veteran")), {}) &&
                !m_wjwApplicants.contains(c.id)) {
                pick = &c;
                break;
            }
        }
        QVERIFY(pick);
        const QString id = pick->id;
        const ApiReply before = count(QStringLiteral("admin"), veterans);
        const ApiReply recentBefore = count(QStringLiteral("admin"), recent);
        const qint64 huliBefore =
            count(QStringLiteral("supervisor_huli"), audienceExpressionToJson(everyone()))
                .json.value(QStringLiteral("count"))
                .toInteger();
        const QDate day =
            QDate::fromString(before.json.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
        QVERIFY(exec(
            QStringLiteral(
                "INSERT INTO citizen_tags (citizen_id, tag_id, since, source) VALUES (?, ?, ?, 'manual')"),
            {id, QStringLiteral("t_veteran"), day.addDays(-60).toString(Qt::ISODate)}));
        QVERIFY(logCitizenChange(id));
        QCOMPARE(count(QStringLiteral("admin"), veterans).json.value(QStringLiteral("count")).toInteger(),
                 before.json.value(QStringLiteral("count")).toInteger() + 1);
        QCOMPARE(count(QStringLiteral("admin"), recent).json.value(QStringLiteral("count")).toInteger(),
                 recentBefore.json.value(QStringLiteral("count")).toInteger() + 1);

        // Moved to Siming: out of the Huli supervisor's count, into Siming's.
        QSqlQuery place(m_server.sql());
        QVERIFY(place.exec(
            QStringLiteral("SELECT district_code, street_id, community_id, grid_id FROM citizens WHERE "
                           "district_code = '350203' ORDER BY id LIMIT 1")));
        QVERIFY(place.next());
        QVERIFY(
            exec(QStringLiteral(
                     "UPDATE citizens SET district_code = ?, street_id = ?, community_id = ?, grid_id = ? "
                     "WHERE id = ?"),
                 {place.value(0), place.value(1), place.value(2), place.value(3), id}));
        QVERIFY(logCitizenChange(id));
        QCOMPARE(count(QStringLiteral("supervisor_huli"), audienceExpressionToJson(everyone()))
                     .json.value(QStringLiteral("count"))
                     .toInteger(),
                 huliBefore - 1);
        const ApiReply simingVeterans = count(QStringLiteral("supervisor_siming"), veterans, 100);
        bool listed = false;
        for (const QJsonValue &m : simingVeterans.json.value(QStringLiteral("sample")).toArray())
            listed = listed || m[QStringLiteral("id")].toString() == id;
        QVERIFY(listed || simingVeterans.json.value(QStringLiteral("count")).toInteger() > 100);

        // The tag removed again.
        QVERIFY(exec(QStringLiteral("DELETE FROM citizen_tags WHERE citizen_id = ? AND tag_id = 't_veteran'"),
                     {id}));
        QVERIFY(logCitizenChange(id));
        QCOMPARE(count(QStringLiteral("admin"), veterans).json.value(QStringLiteral("count")),
                 before.json.value(QStringLiteral("count")));

        // An application started at the counter through the real route: its applicant joins the officer's
        // scope.
        const QString birthService =
            column(QStringLiteral("SELECT id FROM services WHERE name = '出生医学证明办理'")).value(0);
        QVERIFY(!birthService.isEmpty());
        const qint64 officerBefore =
            count(QStringLiteral("officer_wjw"), audienceExpressionToJson(everyone()))
                .json.value(QStringLiteral("count"))
                .toInteger();
        const ApiReply started =
            as(QStringLiteral("officer_wjw"))
                .post(
                    QStringLiteral("/api/v1/applications"),
                    {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("service_id"), birthService},
                     {QStringLiteral("applicant_type"), QStringLiteral("citizen")},
                     {QStringLiteral("applicant_id"), id}},
                    {{QByteArray("Idempotency-Key"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        QVERIFY2(started.status == 201, started.body.constData());
        QCOMPARE(count(QStringLiteral("officer_wjw"), audienceExpressionToJson(everyone()))
                     .json.value(QStringLiteral("count"))
                     .toInteger(),
                 officerBefore + 1);

        // And after all of it, random expressions still equal the brute force over the tables as they are.
        m_citizens = readAudienceCitizens(m_server.sql());
        m_wjwApplicants.insert(id);
        compareRandom(QStringLiteral("admin"), 99, 15, [](const AudienceCitizen &) { return true; });
        compareRandom(QStringLiteral("supervisor_siming"), 98, 10,
                      [](const AudienceCitizen &c) { return c.districtCode == kSiming; });
    }
};

QTEST_GUILESS_MAIN(TestAudienceApi)
#include "tst_audienceapi.moc"
