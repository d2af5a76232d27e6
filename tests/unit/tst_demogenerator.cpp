// The demo data generator on real SQLite databases (2000 citizens): determinism, valid and unique
// identifiers, the catalogues and multi-department workflows, the named staff accounts, believable tag
// correlations, the region tree, the 湖里 noise spike, enterprises' legal persons, licences and social
// insurance, enterprise bills and benefits, pushes and notes, and the change log built at the end.
#include "auth/passwordhasher.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "demo/messagegenerator.h"

#include "domain/identity.h"

#include "domain/codec.h"
#include "domain/worktime.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gd::server;

namespace {
const QDate kToday(2026, 11, 24); // a Tuesday
constexpr int kCitizens = 2000;
constexpr quint64 kSeed = 1234;
} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT
private:
    struct Run {
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<Database> db;
        DemoReport report;
    };
    Run m_a; // seed kSeed
    Run m_b; // seed kSeed again
    Run m_c; // another seed

    static bool generate(Run &run, quint64 seed)
    {
        run.dir = std::make_unique<QTemporaryDir>();
        run.db = std::make_unique<Database>(DatabaseConfig::sqliteInDirectory(run.dir->path()));
        if (!run.db->migrate().ok())
            return false;
        DemoOptions options;
        options.citizens = kCitizens;
        options.seed = seed;
        options.today = kToday;
        int lastPercent = -1;
        bool monotonic = true;
        auto report = DemoGenerator(*run.db, options).run([&](int p) {
            monotonic &= p >= lastPercent;
            lastPercent = p;
        });
        if (!report.ok()) {
            qWarning("generation failed: %s", qPrintable(report.error().message));
            return false;
        }
        run.report = *report;
        return monotonic && lastPercent == 100;
    }

    QSqlDatabase sql(Run &run)
    {
        auto conn = run.db->connection();
        return conn.ok() ? *conn : QSqlDatabase();
    }

    // All rows of a query, each row's columns joined with '|'.
    QStringList rows(Run &run, const QString &query)
    {
        QSqlQuery q(sql(run));
        if (!q.exec(query)) {
            qWarning("query failed: %s", qPrintable(query));
            return {};
        }
        QStringList out;
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols.append(q.value(i).toString());
            out.append(cols.join(QLatin1Char('|')));
        }
        return out;
    }

    qint64 count(Run &run, const QString &query)
    {
        const QStringList r = rows(run, query);
        return r.isEmpty() ? -1 : r.first().toLongLong();
    }

    // A digest of the generated rows, leaving out what is not reproducible by design
    // (password hashes, demo_generated_at, and the change log's changed_at).
    QByteArray digest(Run &run)
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const char *query :
             {"SELECT * FROM regions ORDER BY id",
              "SELECT * FROM departments ORDER BY id",
              "SELECT * FROM tags ORDER BY id",
              "SELECT * FROM services ORDER BY id",
              "SELECT * FROM workflow_steps ORDER BY service_id, seq",
              "SELECT id, username, display_name, role, department_id, area_code, totp_secret, created_at "
              "FROM staff ORDER BY id",
              "SELECT * FROM staff_grids ORDER BY staff_id, grid_id",
              "SELECT * FROM households ORDER BY id",
              "SELECT * FROM citizens ORDER BY id",
              "SELECT * FROM citizen_tags ORDER BY citizen_id, tag_id",
              "SELECT * FROM enterprises ORDER BY id",
              "SELECT * FROM enterprise_tags ORDER BY enterprise_id, tag_id",
              "SELECT * FROM applications ORDER BY id",
              "SELECT * FROM application_steps ORDER BY application_id, seq",
              "SELECT * FROM bills ORDER BY id",
              "SELECT * FROM benefits ORDER BY id",
              "SELECT * FROM messages ORDER BY id",
              "SELECT * FROM usage_events ORDER BY id",
              "SELECT * FROM enterprise_licences ORDER BY enterprise_id, seq",
              "SELECT * FROM enterprise_insurance ORDER BY enterprise_id, month",
              "SELECT * FROM pushes ORDER BY id",
              "SELECT * FROM notes ORDER BY id",
              "SELECT entity, entity_id, op, version FROM changes ORDER BY seq",
              "SELECT * FROM campaigns ORDER BY id",
              "SELECT * FROM campaign_members ORDER BY campaign_id, citizen_id",
              "SELECT * FROM citizen_inbox ORDER BY id"}) {
            for (const QString &row : rows(run, QString::fromLatin1(query)))
                h.addData(row.toUtf8());
        }
        return h.result();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(generate(m_a, kSeed));
        QVERIFY(generate(m_b, kSeed));
        QVERIFY(generate(m_c, kSeed + 1));
    }

    void reportCountsTheRows()
    {
        const DemoReport &r = m_a.report;
        QCOMPARE(r.citizens, kCitizens);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM citizens")), kCitizens);
        QCOMPARE(r.enterprises, count(m_a, QStringLiteral("SELECT COUNT(*) FROM enterprises")));
        QVERIFY(r.enterprises >= 100); // citizens / 20
        QCOMPARE(r.households, count(m_a, QStringLiteral("SELECT COUNT(*) FROM households")));
        QCOMPARE(r.applications, count(m_a, QStringLiteral("SELECT COUNT(*) FROM applications")));
        QCOMPARE(r.messages, count(m_a, QStringLiteral("SELECT COUNT(*) FROM messages")));
        QCOMPARE(r.usageEvents, count(m_a, QStringLiteral("SELECT COUNT(*) FROM usage_events")));
        QCOMPARE(r.staff, count(m_a, QStringLiteral("SELECT COUNT(*) FROM staff")));
        // Volumes per citizen as specified: ~1.5 applications, ~0.3 messages, ~3 usage events.
        const double citizenApps = double(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM applications WHERE applicant_type = 'citizen'")));
        QVERIFY2(citizenApps / kCitizens > 1.2 && citizenApps / kCitizens < 1.8,
                 qPrintable(QString::number(citizenApps)));
        QVERIFY(double(r.messages) / kCitizens > 0.2 && double(r.messages) / kCitizens < 0.45);
        QVERIFY(double(r.usageEvents) / kCitizens > 2.4 && double(r.usageEvents) / kCitizens < 3.6);
        QVERIFY(r.bills > kCitizens / 2);
        QVERIFY(r.benefits > 0);
        QCOMPARE(r.pushes, count(m_a, QStringLiteral("SELECT COUNT(*) FROM pushes")));
        QCOMPARE(r.notes, count(m_a, QStringLiteral("SELECT COUNT(*) FROM notes")));
        QCOMPARE(r.licences, count(m_a, QStringLiteral("SELECT COUNT(*) FROM enterprise_licences")));
        QCOMPARE(r.insuranceMonths, count(m_a, QStringLiteral("SELECT COUNT(*) FROM enterprise_insurance")));
        // About one push per 8 citizens and one note per 40.
        QVERIFY2(double(r.pushes) / kCitizens > 0.09 && double(r.pushes) / kCitizens < 0.16,
                 qPrintable(QString::number(r.pushes)));
        QVERIFY2(double(r.notes) / kCitizens > 0.015 && double(r.notes) / kCitizens < 0.04,
                 qPrintable(QString::number(r.notes)));
        QCOMPARE(r.accounts.size(), demoAccounts().size());
    }

    void sameSeedSameRows()
    {
        const QString q = QStringLiteral("SELECT id, name, id_number FROM citizens ORDER BY id");
        const QStringList a = rows(m_a, q);
        QCOMPARE(a.size(), kCitizens);
        QCOMPARE(rows(m_b, q), a);
        QCOMPARE(digest(m_b), digest(m_a));
    }

    void otherSeedOtherRows()
    {
        const QString q = QStringLiteral("SELECT id, name, id_number FROM citizens ORDER BY id");
        const QStringList a = rows(m_a, q);
        const QStringList c = rows(m_c, q);
        QCOMPARE(c.size(), kCitizens);
        const QSet<QString> ids(a.begin(), a.end());
        int same = 0;
        for (const QString &row : c)
            same += ids.contains(row);
        QCOMPARE(same, 0);
        QVERIFY(rows(m_a, QStringLiteral("SELECT name FROM citizens ORDER BY id")) !=
                rows(m_c, QStringLiteral("SELECT name FROM citizens ORDER BY id")));
        QVERIFY(digest(m_c) != digest(m_a));
    }

    void uuidsAreVersion4()
    {
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        for (const char *table : {"citizens", "households", "enterprises", "applications", "bills",
                                  "benefits", "messages", "services", "pushes", "notes"}) {
            const QStringList ids = rows(m_a, QStringLiteral("SELECT id FROM ") + QLatin1String(table));
            QVERIFY(!ids.isEmpty());
            for (const QString &id : ids)
                QVERIFY2(uuid.match(id).hasMatch(), qPrintable(QLatin1String(table) + QLatin1Char(' ') + id));
            QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        }
    }

    void idNumbersAreValidAndUnique()
    {
        const QStringList list =
            rows(m_a, QStringLiteral("SELECT id_number, birth_date, gender, district_code FROM citizens"));
        QSet<QString> seen;
        int native = 0, fromQuanzhouOrZhangzhou = 0;
        for (const QString &row : list) {
            const QStringList f = row.split(QLatin1Char('|'));
            const QString &id = f[0];
            QVERIFY2(gd::identity::isValidIdNumber(id), qPrintable(id));
            QVERIFY2(!seen.contains(id), "duplicate ID number");
            seen.insert(id);
            QCOMPARE(gd::identity::birthDateFromIdNumber(id), QDate::fromString(f[1], Qt::ISODate));
            QCOMPARE(id.at(16).digitValue() % 2 == 1, f[2] == QLatin1String("male")); // odd sequence: male
            native += id.startsWith(f[3]);
            fromQuanzhouOrZhangzhou +=
                id.startsWith(QLatin1String("3505")) || id.startsWith(QLatin1String("3506"));
        }
        QCOMPARE(seen.size(), kCitizens);
        QVERIFY(native > kCitizens / 3);                   // most carry the code of their district
        QVERIFY(fromQuanzhouOrZhangzhou > kCitizens / 50); // newer residents from elsewhere
        // Ages 0..95.
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(*) FROM citizens WHERE birth_date > '2025-11-24'")) >
                0);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM citizens WHERE birth_date < '1930-11-24' OR "
                                           "birth_date >= '2026-11-24'")),
                 0);
    }

    void phonesAreValidAndUnique()
    {
        const QStringList phones = rows(m_a, QStringLiteral("SELECT phone FROM citizens"));
        for (const QString &p : phones)
            QVERIFY2(gd::identity::isValidMobile(p), qPrintable(p));
        QCOMPARE(QSet<QString>(phones.begin(), phones.end()).size(), phones.size());
    }

    void usccsAreValidAndUnique()
    {
        const QStringList list = rows(m_a, QStringLiteral("SELECT uscc, district_code FROM enterprises"));
        QVERIFY(list.size() >= 100);
        QSet<QString> seen;
        for (const QString &row : list) {
            const QStringList f = row.split(QLatin1Char('|'));
            QVERIFY2(gd::identity::isValidUscc(f[0]), qPrintable(f[0]));
            QVERIFY(f[0].startsWith(QLatin1String("91") + f[1] + QLatin1String("MA")));
            seen.insert(f[0]);
        }
        QCOMPARE(seen.size(), list.size());
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(DISTINCT stage) FROM enterprises")) == 4);
    }

    void catalogues()
    {
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(*) FROM services")) >= 200);
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(*) FROM departments")) >= 14);
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(DISTINCT department_id) FROM services")) >= 12);
        const QStringList expected{
            QStringLiteral("wjw|卫健委"),   QStringLiteral("gaj|公安"), QStringLiteral("jyj|教育"),
            QStringLiteral("rsj|人社"),     QStringLiteral("mzj|民政"), QStringLiteral("scjg|市场监管"),
            QStringLiteral("swj|税务"),     QStringLiteral("sfj|司法"), QStringLiteral("ybj|医保"),
            QStringLiteral("zjj|住建"),     QStringLiteral("jtj|交通"), QStringLiteral("gjj|公积金"),
            QStringLiteral("hbj|生态环境"), QStringLiteral("cgj|城管")};
        const QStringList departments = rows(m_a, QStringLiteral("SELECT id, short_name FROM departments"));
        for (const QString &d : expected)
            QVERIFY2(departments.contains(d), qPrintable(d));
        // Every service has steps whose SLAs add up to its own (stage by stage, the longest step of each
        // stage of parallel steps), materials as a JSON array, and tags.
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(*) FROM services s WHERE sla_days != (SELECT SUM(longest) FROM "
                                "(SELECT MAX(sla_days) AS longest FROM workflow_steps w WHERE w.service_id = "
                                "s.id GROUP BY stage) stages)")),
                 0);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM workflow_steps WHERE stage IS NULL")), 0);
        // 失业人员一条龙服务: after 失业登记, legal aid, training and job matching in parallel.
        QCOMPARE(rows(m_a, QStringLiteral("SELECT w.stage, w.name FROM workflow_steps w JOIN services s ON "
                                          "s.id = w.service_id WHERE s.name = '失业人员一条龙服务' ORDER BY "
                                          "w.seq")),
                 (QStringList{QStringLiteral("1|失业登记"), QStringLiteral("2|法律援助咨询"),
                              QStringLiteral("2|职业技能培训报名"), QStringLiteral("2|就业岗位推荐")}));
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM services WHERE materials NOT LIKE '[\"%\"]'")),
            0);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM services s WHERE NOT EXISTS "
                                           "(SELECT 1 FROM service_tags t WHERE t.service_id = s.id)")),
                 0);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM service_tags st LEFT JOIN tags t ON t.id = "
                                           "st.tag_id WHERE t.id IS NULL")),
                 0);
        QVERIFY(count(m_a, QStringLiteral(
                               "SELECT COUNT(*) FROM services WHERE applicant_type = 'enterprise'")) >= 40);
        // The tag catalogue: four classes, citizen and enterprise tags.
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(DISTINCT class) FROM tags WHERE applies_to = 'citizen'")),
            4);
        for (const char *tag :
             {"t_pregnant", "t_car_owner", "t_elderly_home", "t_unemployed", "t_newborn_family",
              "t_school_child_family", "t_living_alone_elderly", "t_disabled", "t_veteran", "t_ent_new",
              "t_ent_growing", "t_ent_mature", "t_ent_closing"})
            QCOMPARE(
                count(m_a,
                      QStringLiteral("SELECT COUNT(*) FROM tags WHERE id = '%1'").arg(QLatin1String(tag))),
                1);
    }

    void multiDepartmentChains_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QStringList>("departments"); // must all take part
        QTest::newRow("birth") << QStringLiteral("新生儿出生一件事")
                               << QStringList{QStringLiteral("wjw"), QStringLiteral("gaj"),
                                              QStringLiteral("ybj")};
        QTest::newRow("marriage") << QStringLiteral("结婚登记")
                                  << QStringList{QStringLiteral("mzj"), QStringLiteral("gaj")};
        QTest::newRow("school points")
            << QStringLiteral("积分入学申请")
            << QStringList{QStringLiteral("jyj"), QStringLiteral("gaj"), QStringLiteral("rsj")};
        QTest::newRow("unemployed") << QStringLiteral("失业人员一条龙服务")
                                    << QStringList{QStringLiteral("rsj"), QStringLiteral("sfj")};
    }

    void multiDepartmentChains()
    {
        QFETCH(QString, service);
        QFETCH(QStringList, departments);
        const QStringList steps = rows(
            m_a, QStringLiteral(
                     "SELECT w.department_id FROM workflow_steps w JOIN services s ON s.id = w.service_id "
                     "WHERE s.name = '%1' ORDER BY w.seq")
                     .arg(service));
        QVERIFY2(steps.size() >= 3, qPrintable(service));
        QVERIFY(QSet<QString>(steps.begin(), steps.end()).size() >= 2);
        for (const QString &d : departments)
            QVERIFY2(steps.contains(d), qPrintable(service + QLatin1Char(' ') + d));
        QCOMPARE(steps.first(), departments.first()); // the lead department starts
        // And people use it.
        QVERIFY(count(m_a, QStringLiteral(
                               "SELECT COUNT(*) FROM applications a JOIN services s ON s.id = a.service_id "
                               "WHERE s.name = '%1'")
                               .arg(service)) > 0);
    }

    void gajOnlyServiceHasApplications()
    {
        const QString gajOnly =
            QStringLiteral("SELECT s.id FROM services s WHERE NOT EXISTS (SELECT 1 FROM workflow_steps w "
                           "WHERE w.service_id = s.id AND w.department_id != 'gaj')");
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(*) FROM (%1) x").arg(gajOnly)) > 0);
        QVERIFY(
            count(m_a,
                  QStringLiteral("SELECT COUNT(*) FROM applications WHERE service_id IN (%1)").arg(gajOnly)) >
            10);
        // 居住证办理 is one of them, with more than one step.
        QVERIFY(count(m_a, QStringLiteral(
                               "SELECT COUNT(*) FROM workflow_steps w JOIN services s ON s.id = w.service_id "
                               "WHERE s.name = '居住证办理' AND w.department_id = 'gaj'")) >= 2);
    }

    void applicationsCoverEveryState()
    {
        for (const char *status : {"in_progress", "supplement", "completed", "rejected"})
            QVERIFY2(count(m_a, QStringLiteral("SELECT COUNT(*) FROM applications WHERE status = '%1'")
                                    .arg(QLatin1String(status))) > 0,
                     status);
        static const QRegularExpression number(QStringLiteral("^20\\d{6}-\\d{6}$"));
        const QStringList numbers =
            rows(m_a, QStringLiteral("SELECT number, submitted_at FROM applications"));
        for (const QString &row : numbers) {
            const QStringList f = row.split(QLatin1Char('|'));
            QVERIFY2(number.match(f[0]).hasMatch(), qPrintable(f[0]));
            QVERIFY(f[1] < QLatin1String("2026-11-24T00:00:00.000Z"));
        }
        // Consistent steps: completed ones have every step done; open ones at least one active step (the
        // steps of a stage run in parallel).
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM applications a WHERE status = 'completed' "
                                           "AND (completed_at IS NULL "
                                           "OR EXISTS (SELECT 1 FROM application_steps s WHERE "
                                           "s.application_id = a.id AND s.status != 'done'))")),
                 0);
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(*) FROM applications a WHERE status IN ('submitted', "
                                "'in_progress', 'supplement') "
                                "AND (SELECT COUNT(*) FROM application_steps s WHERE s.application_id = a.id "
                                "AND s.status = 'active') < 1")),
                 0);
        QCOMPARE(
            count(m_a,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM application_steps WHERE status = 'done' AND (finished_at IS NULL "
                      "OR finished_at < started_at OR handler_id IS NULL)")),
            0);
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(*) FROM applications a JOIN services s ON s.id = a.service_id "
                                "WHERE a.applicant_type != s.applicant_type")),
                 0);
        // Ratings on about 70% of completed applications.
        const double rated =
            double(count(m_a,
                         QStringLiteral("SELECT COUNT(*) FROM applications WHERE rating BETWEEN 1 AND 5"))) /
            double(
                count(m_a, QStringLiteral("SELECT COUNT(*) FROM applications WHERE status = 'completed'")));
        QVERIFY2(rated > 0.6 && rated < 0.8, qPrintable(QString::number(rated)));
        // District and grid copied from the applicant.
        QCOMPARE(
            count(m_a, QStringLiteral(
                           "SELECT COUNT(*) FROM applications a JOIN citizens c ON c.id = a.applicant_id "
                           "WHERE a.grid_id != c.grid_id OR a.district_code != c.district_code")),
            0);
    }

    // Workflows as the state machine (domain/workflow.h) leaves them: claims by officers of the step's
    // department, histories whose versions end at the application's, paused supplements, point items and
    // the enrolment rounds.
    void workflowsAreConsistent()
    {
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM application_steps st JOIN staff s ON s.id = "
                                           "st.claimed_by WHERE s.department_id != st.department_id AND "
                                           "st.status = 'active'")),
                 0);
        QVERIFY(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM application_steps WHERE status = 'active' AND "
                                      "claimed_by IS NOT NULL")) > 0);
        QVERIFY(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM application_steps WHERE status = 'active' AND "
                                      "claimed_by IS NULL")) > 0);
        // Due dates count working days (worktime.h) from the start of the step.
        const QStringList due =
            rows(m_a, QStringLiteral("SELECT started_at, sla_days, due_at FROM application_steps "
                                     "WHERE status = 'done' ORDER BY application_id LIMIT 500"));
        QVERIFY(!due.isEmpty());
        for (const QString &row : due) {
            const QStringList f = row.split(QLatin1Char('|'));
            QCOMPARE(gd::toIsoUtc(gd::worktime::dueAfter(gd::fromIsoUtc(f[0]), f[1].toInt())), f[2]);
        }
        // Every open application has its history, whose last version is the application's.
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM applications a WHERE status IN ('in_progress', "
                                      "'supplement') AND NOT EXISTS (SELECT 1 FROM application_events e "
                                      "WHERE e.application_id = a.id AND e.action = 'submit')")),
            0);
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM applications a WHERE EXISTS (SELECT 1 FROM "
                                      "application_events e WHERE e.application_id = a.id) AND a.version != "
                                      "(SELECT MAX(e.version) FROM application_events e WHERE "
                                      "e.application_id = a.id)")),
            0);
        for (const char *action :
             {"submit", "claim", "approve", "return", "resume", "complete", "rate", "reject"})
            QVERIFY2(count(m_a, QStringLiteral("SELECT COUNT(*) FROM application_events WHERE action = '%1'")
                                    .arg(QLatin1String(action))) > 0,
                     action);
        // Waiting for a supplement: paused, with what is missing.
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM applications WHERE status = 'supplement' AND "
                                      "(paused_at IS NULL OR missing_materials IS NULL)")),
            0);
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM applications WHERE status != 'supplement' AND "
                                      "paused_at IS NOT NULL")),
            0);
        // Points on every 积分入学 application; one closed round with allocations, one open.
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM applications a JOIN services s ON s.id = "
                                      "a.service_id WHERE s.name = '积分入学申请' AND NOT EXISTS (SELECT 1 "
                                      "FROM application_points p WHERE p.application_id = a.id)")),
            0);
        QCOMPARE(rows(m_a, QStringLiteral("SELECT status FROM enrolment_rounds ORDER BY status")),
                 (QStringList{QStringLiteral("closed"), QStringLiteral("open")}));
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM allocations")),
            count(m_a, QStringLiteral("SELECT applicants FROM enrolment_rounds WHERE status = 'closed'")));
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM allocations WHERE result = 'admitted'")),
                 count(m_a, QStringLiteral("SELECT admitted FROM enrolment_rounds WHERE status = 'closed'")));
    }

    void namedStaffAccountsExist()
    {
        for (const DemoAccount &a : demoAccounts()) {
            QCOMPARE(
                rows(m_a, QStringLiteral("SELECT id, role FROM staff WHERE username = '%1'").arg(a.username)),
                QStringList{QStringLiteral("s_") + a.username + QLatin1Char('|') + a.role});
            QCOMPARE(a.password, QStringLiteral("GovDesk!2026"));
            QVERIFY(!a.description.isEmpty());
        }
        for (const char *u : {"officer_wjw", "officer_gaj", "officer_jyj", "officer_rsj", "officer_mzj"}) {
            const QString user = QLatin1String(u);
            QCOMPARE(
                rows(m_a, QStringLiteral("SELECT department_id FROM staff WHERE username = '%1'").arg(user)),
                QStringList{user.mid(8)});
        }
        const QStringList huliGrids = rows(
            m_a, QStringLiteral("SELECT id FROM regions WHERE level = 'grid' AND district_code = '350206' "
                                "ORDER BY id LIMIT 2"));
        QCOMPARE(
            rows(m_a, QStringLiteral(
                          "SELECT grid_id FROM staff_grids WHERE staff_id = 's_grid_huli' ORDER BY grid_id")),
            huliGrids);
        QCOMPARE(
            rows(m_a, QStringLiteral("SELECT grid_id FROM staff_grids WHERE staff_id = 's_grid_siming'")),
            rows(m_a, QStringLiteral("SELECT id FROM regions WHERE level = 'grid' AND district_code = "
                                     "'350203' ORDER BY id LIMIT 1")));
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(*) FROM citizens WHERE grid_id IN ('%1')")
                               .arg(huliGrids.join(QStringLiteral("','")))) > 0);
        QCOMPARE(rows(m_a, QStringLiteral("SELECT area_code FROM staff WHERE username = 'supervisor_city'")),
                 QStringList{QStringLiteral("city")});
        QCOMPARE(rows(m_a, QStringLiteral("SELECT area_code FROM staff WHERE username = 'supervisor_huli'")),
                 QStringList{QStringLiteral("350206")});
        QCOMPARE(rows(m_a, QStringLiteral("SELECT totp_secret FROM staff WHERE username = 'totp_admin'")),
                 QStringList{QStringLiteral("JBSWY3DPEHPK3PXP")});
        QCOMPARE(
            count(m_a, QStringLiteral(
                           "SELECT COUNT(*) FROM staff WHERE username = 'admin' AND totp_secret IS NULL")),
            1);
        // Every grid has a grid manager; every department officers.
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM regions r WHERE level = 'grid' AND NOT EXISTS "
                                      "(SELECT 1 FROM staff_grids g WHERE g.grid_id = r.id)")),
            0);
        QCOMPARE(
            count(m_a, QStringLiteral(
                           "SELECT COUNT(*) FROM departments d WHERE NOT EXISTS "
                           "(SELECT 1 FROM staff s WHERE s.department_id = d.id AND s.role = 'officer')")),
            0);
        // The shared password hash verifies.
        const QString hash =
            rows(m_a, QStringLiteral("SELECT password_hash FROM staff WHERE username = 'officer_wjw'"))
                .value(0);
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(PasswordHasher::verify(hash, QStringLiteral("GovDesk!2026")));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("GovDesk!2025")));
    }

    void tagsCorrelateWithPeople()
    {
        // "age < n" as a date comparison: born after the day n years before today.
        auto younger = [](int years) {
            return QStringLiteral("c.birth_date > date('2026-11-24', '-%1 years')").arg(years);
        };
        auto tagged = [&](const QString &tag, const QString &bad) {
            return count(
                m_a,
                QStringLiteral("SELECT COUNT(*) FROM citizen_tags t JOIN citizens c ON c.id = t.citizen_id "
                               "WHERE t.tag_id = '%1' AND (%2)")
                    .arg(tag, bad));
        };
        QVERIFY(tagged(QStringLiteral("t_pregnant"), QStringLiteral("1=1")) > 0);
        QCOMPARE(tagged(QStringLiteral("t_pregnant"),
                        QStringLiteral("c.gender != 'female' OR %1 OR NOT %2").arg(younger(20), younger(41))),
                 0);
        QCOMPARE(tagged(QStringLiteral("t_unemployed"),
                        QStringLiteral("%1 OR NOT %2").arg(younger(18), younger(61))),
                 0);
        QCOMPARE(
            tagged(QStringLiteral("t_living_alone_elderly"),
                   QStringLiteral(
                       "%1 OR (SELECT COUNT(*) FROM citizens x WHERE x.household_id = c.household_id) != 1")
                       .arg(younger(70))),
            0);
        QCOMPARE(tagged(QStringLiteral("t_newborn_family"),
                        QStringLiteral(
                            "NOT EXISTS (SELECT 1 FROM citizens x WHERE x.household_id = c.household_id "
                            "AND x.birth_date > '2025-11-24')")),
                 0);
        QCOMPARE(tagged(QStringLiteral("t_school_child_family"),
                        QStringLiteral(
                            "NOT EXISTS (SELECT 1 FROM citizens x WHERE x.household_id = c.household_id "
                            "AND x.birth_date BETWEEN '2010-11-25' AND '2020-11-24')")),
                 0);
        const qint64 veterans = tagged(QStringLiteral("t_veteran"), QStringLiteral("1=1"));
        QVERIFY(veterans > 0);
        QVERIFY(tagged(QStringLiteral("t_veteran"), QStringLiteral("c.gender = 'male'")) * 10 >
                veterans * 7); // mostly men
        QCOMPARE(
            count(m_a, QStringLiteral(
                           "SELECT COUNT(*) FROM citizen_tags WHERE since > '2026-11-24' OR source NOT IN "
                           "('registry', 'application', 'grid_visit', 'model')")),
            0);
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(DISTINCT tag_id) FROM citizen_tags")) >= 20);
    }

    void namesAddressesAndHouseholds()
    {
        const qint64 twoCharacter =
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM citizens WHERE length(name) = 2"));
        QVERIFY2(twoCharacter * 100 >= kCitizens * 15, qPrintable(QString::number(twoCharacter)));
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(DISTINCT substr(name, 1, 1)) FROM citizens")) >= 60);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM citizens WHERE address NOT LIKE '厦门市%'")),
                 0);
        QCOMPARE(
            count(m_a,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM citizens c JOIN regions g ON g.id = c.grid_id JOIN regions m "
                      "ON m.id = g.parent_id WHERE instr(c.address, m.name) = 0 OR m.id != c.community_id")),
            0);
        // Households of 1-5 people in one grid, each with exactly one head.
        QCOMPARE(
            count(m_a, QStringLiteral(
                           "SELECT COUNT(*) FROM (SELECT household_id FROM citizens GROUP BY household_id "
                           "HAVING COUNT(*) > 5 OR COUNT(DISTINCT grid_id) > 1 OR SUM(relation_to_head = "
                           "'户主') != 1)")),
            0);
        QCOMPARE(
            count(m_a, QStringLiteral(
                           "SELECT COUNT(*) FROM households h JOIN citizens c ON c.id = h.head_citizen_id "
                           "WHERE c.household_id != h.id OR c.relation_to_head != '户主'")),
            0);
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(*) FROM citizens WHERE realname_level NOT BETWEEN 1 AND 3 "
                                "OR linked_systems NOT LIKE '[%]' OR (officer_id IS NOT NULL AND officer_id "
                                "NOT IN (SELECT id FROM staff))")),
                 0);
    }

    void regionTree()
    {
        QCOMPARE(rows(m_a, QStringLiteral(
                               "SELECT id || ' ' || name FROM regions WHERE level = 'district' ORDER BY id")),
                 (QStringList{QStringLiteral("350203 思明区"), QStringLiteral("350205 海沧区"),
                              QStringLiteral("350206 湖里区"), QStringLiteral("350211 集美区"),
                              QStringLiteral("350212 同安区"), QStringLiteral("350213 翔安区")}));
        QVERIFY(rows(m_a, QStringLiteral(
                              "SELECT name FROM regions WHERE level = 'street' AND district_code = '350206'"))
                    .contains(QStringLiteral("湖里街道")));
        QCOMPARE(rows(m_a, QStringLiteral("SELECT id FROM regions WHERE name = '湖里街道'")),
                 QStringList{QStringLiteral("350206001")});
        static const QRegularExpression shape(QStringLiteral("^(\\d{6}|\\d{9}|\\d{12}|\\d{12}-\\d{2,})$"));
        for (const QString &row :
             rows(m_a, QStringLiteral(
                           "SELECT r.id, r.level, r.district_code, COALESCE(p.id, ''), COALESCE(p.level, '') "
                           "FROM regions r LEFT JOIN regions p ON p.id = r.parent_id"))) {
            const QStringList f = row.split(QLatin1Char('|'));
            QVERIFY2(shape.match(f[0]).hasMatch(), qPrintable(f[0]));
            QVERIFY(f[0].startsWith(f[2]));
            if (f[1] == QLatin1String("district"))
                QVERIFY(f[3].isEmpty());
            else
                QVERIFY2(f[0].startsWith(f[3]), qPrintable(row)); // ids extend the parent's
        }
        // At least 2 communities per street and 2 grids per community.
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM regions s WHERE level = 'street' AND "
                                           "(SELECT COUNT(*) FROM regions c WHERE c.parent_id = s.id) < 2")),
                 0);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM regions c WHERE level = 'community' AND "
                                           "(SELECT COUNT(*) FROM regions g WHERE g.parent_id = c.id) < 2")),
                 0);
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(*) FROM citizens c LEFT JOIN regions g ON g.id = c.grid_id "
                                "WHERE g.level IS NOT 'grid' OR g.district_code != c.district_code")),
                 0);
    }

    void messagesVaryAndSpikeInHuli()
    {
        const qint64 messages = count(m_a, QStringLiteral("SELECT COUNT(*) FROM messages"));
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(DISTINCT content) FROM messages")) * 10 >=
                messages * 9);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(DISTINCT kind) FROM messages")), 4);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM messages WHERE created_at < '2026-07-26' OR "
                                           "created_at >= '2026-11-24T00:00:00.000Z'")),
                 0);
        // Noise complaints in 湖里区 on the last weekend vs the eight weekends before it.
        const QDate saturday = MessageGenerator::spikeWeekendSaturday(kToday);
        QCOMPARE(saturday, QDate(2026, 11, 21));
        auto noiseOn = [&](QDate sat) {
            const QString from =
                QDateTime(sat, QTime(0, 0), QTimeZone(8 * 3600)).toUTC().toString(Qt::ISODateWithMs);
            const QString to = QDateTime(sat.addDays(2), QTime(0, 0), QTimeZone(8 * 3600))
                                   .toUTC()
                                   .toString(Qt::ISODateWithMs);
            return count(
                m_a,
                QStringLiteral(
                    "SELECT COUNT(*) FROM messages WHERE kind = 'complaint' AND district_code = '350206' "
                    "AND content LIKE '%噪音%' AND created_at >= '%1' AND created_at < '%2'")
                    .arg(from, to));
        };
        const qint64 spike = noiseOn(saturday);
        qint64 before = 0;
        for (int w = 1; w <= 8; ++w)
            before += noiseOn(saturday.addDays(-7 * w));
        QVERIFY2(spike * 8 >= 2 * before && spike >= 3,
                 qPrintable(QStringLiteral("%1 vs %2 in 8 weekends").arg(spike).arg(before)));
    }

    void usageEventsMixChannels()
    {
        const double total = double(count(m_a, QStringLiteral("SELECT COUNT(*) FROM usage_events")));
        auto share = [&](const char *channel) {
            return double(count(m_a, QStringLiteral("SELECT COUNT(*) FROM usage_events WHERE channel = '%1'")
                                         .arg(QLatin1String(channel)))) /
                   total;
        };
        QVERIFY(share("mobile") > 0.5 && share("mobile") < 0.72);
        QVERIFY(share("pc") > 0.18 && share("pc") < 0.38);
        QVERIFY(share("pad") > 0.02 && share("tv") > 0.01);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM usage_events WHERE occurred_at < "
                                           "'2026-08-25' OR occurred_at >= '2026-11-24T00:00:00.000Z'")),
                 0);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(DISTINCT kind) FROM usage_events")), 3);
    }

    void billsAndBenefitsHaveStates()
    {
        for (const char *status : {"due", "overdue", "paid"})
            QVERIFY2(count(m_a, QStringLiteral("SELECT COUNT(*) FROM bills WHERE status = '%1'")
                                    .arg(QLatin1String(status))) > 0,
                     status);
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(*) FROM bills WHERE (status = 'paid') != (paid_at IS NOT NULL) "
                                "OR (status = 'overdue' AND due_date >= '2026-11-24') OR (status = 'due' AND "
                                "due_date < '2026-11-24')")),
                 0);
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(DISTINCT kind) FROM bills")) >= 6);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(DISTINCT kind) FROM benefits")), 2);
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(DISTINCT status) FROM benefits")) >= 4);
    }

    void enterprisesHaveLegalPersonsLicencesAndInsurance()
    {
        const double enterprises = double(count(m_a, QStringLiteral("SELECT COUNT(*) FROM enterprises")));
        // ~70% have a registered legal person: an adult of the same district, whose name they carry.
        const qint64 linked =
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM enterprises WHERE legal_person_id IS NOT NULL"));
        QVERIFY2(linked / enterprises > 0.55 && linked / enterprises < 0.85,
                 qPrintable(QString::number(linked)));
        QCOMPARE(
            count(m_a, QStringLiteral(
                           "SELECT COUNT(*) FROM enterprises e JOIN citizens c ON c.id = e.legal_person_id "
                           "WHERE c.district_code = e.district_code AND c.name = e.legal_person AND "
                           "c.birth_date <= '2008-11-24'")),
            linked);
        // 1-4 licences each, 营业执照 first with the USCC as its number; dates in order, none before the
        // enterprise.
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(*) FROM enterprises e WHERE (SELECT COUNT(*) FROM "
                                "enterprise_licences l WHERE l.enterprise_id = e.id) NOT BETWEEN 1 AND 4")),
                 0);
        QCOMPARE(
            count(m_a, QStringLiteral(
                           "SELECT COUNT(*) FROM enterprises e JOIN enterprise_licences l ON l.enterprise_id "
                           "= e.id AND l.seq = 1 WHERE l.name != '营业执照' OR l.number != e.uscc OR "
                           "l.issuer NOT LIKE '厦门市%区市场监督管理局'")),
            0);
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(*) FROM enterprise_licences l JOIN enterprises e ON e.id = "
                                "l.enterprise_id WHERE l.valid_until <= l.issued_on OR l.issued_on < "
                                "e.established_on OR l.number = '' OR l.issuer = ''")),
                 0);
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(DISTINCT name) FROM enterprise_licences")) >= 8);
        // ~8% with a licence expiring within 30 days of today, ~3% with an expired one.
        const qint64 expiring =
            count(m_a, QStringLiteral("SELECT COUNT(DISTINCT enterprise_id) FROM enterprise_licences WHERE "
                                      "valid_until >= '2026-11-24' AND valid_until <= '2026-12-24'"));
        const QString expiredSql = QStringLiteral("SELECT COUNT(DISTINCT enterprise_id) FROM "
                                                  "enterprise_licences WHERE valid_until < '2026-11-24'");
        const qint64 expired = count(m_a, expiredSql);
        QVERIFY2(expiring / enterprises >= 0.03 && expiring / enterprises <= 0.15,
                 qPrintable(QString::number(expiring)));
        // At ~3%, one seed's ~100 enterprises may have none (about 1 in 20 seeds); two seeds' rarely do.
        QVERIFY2(expired + count(m_c, expiredSql) >= 1 && expired / enterprises <= 0.08,
                 qPrintable(QString::number(expired)));
        // Social insurance: every enterprise, at most the 12 newest months (all 12 for those older than a
        // year), the current month due, mostly paid, a few overdue.
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM enterprises e WHERE (SELECT COUNT(*) FROM "
                                      "enterprise_insurance i WHERE i.enterprise_id = e.id) NOT BETWEEN 1 "
                                      "AND 12 OR (e.established_on < '2025-11-01' AND (SELECT COUNT(*) "
                                      "FROM enterprise_insurance i WHERE i.enterprise_id = e.id) != 12)")),
            0);
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM enterprise_insurance WHERE (month = '2026-11') "
                                      "!= (status = 'due') OR month < '2025-12' OR employees < 1 OR "
                                      "amount_cents <= 0")),
            0);
        const double months = double(count(m_a, QStringLiteral("SELECT COUNT(*) FROM enterprise_insurance")));
        const qint64 overdue =
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM enterprise_insurance WHERE status = 'overdue'"));
        QVERIFY2(overdue > 0 && overdue / months < 0.05, qPrintable(QString::number(overdue)));
        QVERIFY(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM enterprise_insurance WHERE status = 'paid'")) /
                months >
            0.8);
    }

    void enterprisesHaveBillsAndBenefits()
    {
        const double enterprises = double(count(m_a, QStringLiteral("SELECT COUNT(*) FROM enterprises")));
        // Citizens' rows name a citizen and no enterprise; enterprises' rows the other way round.
        for (const char *table : {"bills", "benefits"}) {
            QCOMPARE(count(m_a, QStringLiteral(
                                    "SELECT COUNT(*) FROM %1 x WHERE (x.enterprise_id IS NULL AND NOT "
                                    "EXISTS (SELECT 1 FROM citizens c WHERE c.id = x.citizen_id)) OR "
                                    "(x.enterprise_id IS NOT NULL AND (x.citizen_id != '' OR NOT EXISTS "
                                    "(SELECT 1 FROM enterprises e WHERE e.id = x.enterprise_id)))")
                                    .arg(QLatin1String(table))),
                     0);
        }
        // 1-3 bills each, of the enterprise kinds, with consistent states.
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(*) FROM enterprises e WHERE (SELECT COUNT(*) FROM bills b "
                                "WHERE b.enterprise_id = e.id) NOT BETWEEN 1 AND 3")),
                 0);
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(DISTINCT kind) FROM bills WHERE enterprise_id IS NOT NULL "
                                "AND kind IN ('property_tax', 'water', 'electricity', "
                                "'social_insurance')")),
                 4);
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(*) FROM bills WHERE enterprise_id IS NOT NULL AND kind NOT "
                                "IN ('property_tax', 'water', 'electricity', 'social_insurance')")),
                 0);
        // The month's social insurance bill is the insurance record's due month.
        QCOMPARE(
            count(m_a, QStringLiteral(
                           "SELECT COUNT(*) FROM bills b JOIN enterprise_insurance i ON i.enterprise_id = "
                           "b.enterprise_id AND i.month = '2026-11' WHERE b.kind = 'social_insurance' AND "
                           "(b.amount_cents != i.amount_cents OR b.status != 'due')")),
            0);
        // ~30% have a subsidy (稳岗补贴, 研发费用补助) or a VAT refund.
        const qint64 benefits = count(
            m_a, QStringLiteral(
                     "SELECT COUNT(DISTINCT enterprise_id) FROM benefits WHERE enterprise_id IS NOT NULL"));
        QVERIFY2(benefits / enterprises > 0.15 && benefits / enterprises < 0.45,
                 qPrintable(QString::number(benefits)));
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(*) FROM benefits WHERE enterprise_id IS NOT NULL AND NOT "
                                "((kind = 'subsidy' AND (title LIKE '%稳岗补贴' OR title LIKE "
                                "'%研发费用补助')) OR (kind = 'tax_refund' AND title LIKE '%留抵退税'))")),
                 0);
    }

    void pushesFitTheirCitizens()
    {
        const double pushes = double(count(m_a, QStringLiteral("SELECT COUNT(*) FROM pushes")));
        QVERIFY(pushes > 0);
        // To residents of 16 and over, of services for citizens, sent by an officer of the service's
        // department, filed under the citizen's grid and district.
        QCOMPARE(
            count(m_a,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM pushes p JOIN citizens c ON c.id = p.citizen_id JOIN services "
                      "s ON s.id = p.service_id JOIN staff st ON st.id = p.sent_by WHERE c.birth_date > "
                      "'2010-11-24' OR s.applicant_type != 'citizen' OR st.role != 'officer' OR "
                      "st.department_id != s.department_id OR p.grid_id != c.grid_id OR "
                      "p.district_code != c.district_code OR p.campaign_id IS NOT NULL OR "
                      "p.channel NOT IN ('app', 'sms', 'wechat') OR length(p.message) NOT BETWEEN 1 "
                      "AND 500 OR instr(p.message, s.name) = 0")),
            0);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM pushes")),
                 count(m_a, QStringLiteral(
                                "SELECT COUNT(*) FROM pushes p JOIN citizens c ON c.id = p.citizen_id")));
        // Within the last 90 days; responses after the push; the send day fits the state.
        QCOMPARE(
            count(m_a, QStringLiteral(
                           "SELECT COUNT(*) FROM pushes WHERE sent_at < '2026-08-25' OR sent_at >= "
                           "'2026-11-24T00:00:00.000Z' OR (status IN ('opened', 'applied')) != (responded_at "
                           "IS NOT NULL) OR responded_at <= sent_at OR responded_at >= "
                           "'2026-11-24T00:00:00.000Z' OR (status = 'ignored' AND sent_at > '2026-11-10') OR "
                           "(status IN ('queued', 'delivered') AND sent_at < '2026-11-10')")),
            0);
        // Responses roughly queued 5 / delivered 30 / opened 30 / applied 15 / ignored 20 %.
        const struct {
            const char *status;
            double lo, hi;
        } shares[] = {{"queued", 0.01, 0.12},
                      {"delivered", 0.2, 0.4},
                      {"opened", 0.2, 0.4},
                      {"applied", 0.08, 0.24},
                      {"ignored", 0.12, 0.3}};
        for (const auto &share : shares) {
            const double n =
                double(count(m_a, QStringLiteral("SELECT COUNT(*) FROM pushes WHERE status = '%1'")
                                      .arg(QLatin1String(share.status))));
            QVERIFY2(n / pushes >= share.lo && n / pushes <= share.hi,
                     qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(share.status)).arg(n)));
        }
        // Matched to the citizen's tags: a service recommended to a citizen tag mostly goes to citizens
        // with that tag.
        const double targeted = double(count(
            m_a,
            QStringLiteral("SELECT COUNT(*) FROM pushes p WHERE EXISTS (SELECT 1 FROM service_tags st JOIN "
                           "tags t ON t.id = st.tag_id AND t.applies_to = 'citizen' WHERE st.service_id = "
                           "p.service_id)")));
        const double matched = double(count(
            m_a,
            QStringLiteral("SELECT COUNT(*) FROM pushes p WHERE EXISTS (SELECT 1 FROM service_tags st JOIN "
                           "citizen_tags ct ON ct.tag_id = st.tag_id AND ct.citizen_id = p.citizen_id WHERE "
                           "st.service_id = p.service_id)")));
        QVERIFY2(targeted > pushes / 4 && matched / targeted > 0.6,
                 qPrintable(QStringLiteral("%1 of %2").arg(matched).arg(targeted)));
    }

    // Push campaigns (democampaigns.h): sent through the dispatcher, every sent-group member with one
    // message and no hold-out member with any, 10% held out, applications linked to their members, and the
    // sent groups applying more than their hold-outs.
    void campaignsShowAnEffectAgainstTheirHoldOut()
    {
        QCOMPARE(m_a.report.campaigns, count(m_a, QStringLiteral("SELECT COUNT(*) FROM campaigns")));
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE state = 'sent'")), 4);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE state = 'sending' AND "
                                           "schedule_kind = 'trigger'")),
                 1);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE state = 'draft'")), 1);
        const QStringList sent =
            rows(m_a, QStringLiteral("SELECT id, members, holdout, delivered FROM campaigns "
                                     "WHERE state = 'sent' ORDER BY id"));
        for (const QString &row : sent) {
            const QStringList f = row.split(QLatin1Char('|'));
            const qint64 members = f[1].toLongLong();
            QVERIFY2(members > 0, qPrintable(row));
            QCOMPARE(f[2].toLongLong(), (members * 10 + 50) / 100);
            QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM citizen_inbox WHERE campaign_id = '%1'")
                                    .arg(f[0])),
                     f[3].toLongLong());
        }
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM campaign_members m JOIN campaigns k ON k.id = "
                                      "m.campaign_id WHERE k.state = 'sent' AND m.state = 'queued'")),
            0);
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM citizen_inbox i JOIN campaign_members m ON "
                                      "m.campaign_id = i.campaign_id AND m.citizen_id = i.citizen_id WHERE "
                                      "m.grp <> 'sent' OR m.state <> 'delivered'")),
            0);
        // Opens only of delivered messages, after the delivery; applications by the member, for the
        // campaign's service, within 30 days of the delivery (or the hold-out mark), completed ones complete.
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM campaign_members WHERE opened_at IS NOT NULL AND "
                                      "(state <> 'delivered' OR opened_at <= processed_at)")),
            0);
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(*) FROM campaign_members WHERE application_id IS NOT "
                                          "NULL")) > 0);
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(*) FROM campaign_members m JOIN campaigns k ON k.id = "
                                "m.campaign_id LEFT JOIN applications a ON a.id = m.application_id WHERE "
                                "m.application_id IS NOT NULL AND (a.id IS NULL OR a.applicant_id <> "
                                "m.citizen_id OR a.service_id <> k.service_id OR a.submitted_at < "
                                "m.processed_at OR a.submitted_at >= '2026-11-24T00:00:00.000Z' OR "
                                "m.applied_at <> a.submitted_at OR (a.status = 'completed') <> "
                                "(m.completed_at IS NOT NULL))")),
                 0);
        // Those who opened the message apply far more often than the hold-out (which only applies on its
        // own, at the base rate).
        const auto rate = [this](const QString &members) {
            const QStringList r =
                rows(m_a, QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN application_id IS NOT "
                                         "NULL THEN 1 ELSE 0 END) FROM campaign_members m JOIN "
                                         "campaigns k ON k.id = m.campaign_id WHERE k.state = "
                                         "'sent' AND ") +
                              members);
            const QStringList f = r.value(0).split(QLatin1Char('|'));
            return f.size() == 2 && f[0].toDouble() > 0 ? f[1].toDouble() / f[0].toDouble() : -1.0;
        };
        const double openers = rate(QStringLiteral("m.opened_at IS NOT NULL"));
        const double holdout = rate(QStringLiteral("m.grp = 'holdout' AND m.state = 'held_out'"));
        QVERIFY2(holdout >= 0 && openers > holdout + 0.05,
                 qPrintable(QStringLiteral("%1 vs %2").arg(openers).arg(holdout)));
    }

    void notesHaveAuthorsAndSubjects()
    {
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(*) FROM notes WHERE subject_type = 'citizen'")) > 0);
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(*) FROM notes WHERE subject_type = 'enterprise'")) >
                0);
        QCOMPARE(
            count(m_a, QStringLiteral(
                           "SELECT COUNT(*) FROM notes n LEFT JOIN staff s ON s.id = n.author_id LEFT JOIN "
                           "citizens c ON n.subject_type = 'citizen' AND c.id = n.subject_id LEFT JOIN "
                           "enterprises e ON n.subject_type = 'enterprise' AND e.id = n.subject_id WHERE "
                           "s.id IS NULL OR s.display_name != n.author_name OR s.role NOT IN ('officer', "
                           "'grid_manager') OR COALESCE(c.grid_id, e.grid_id) IS NULL OR n.grid_id != "
                           "COALESCE(c.grid_id, e.grid_id) OR n.district_code != COALESCE(c.district_code, "
                           "e.district_code) OR length(n.text) NOT BETWEEN 1 AND 2000 OR n.created_at >= "
                           "'2026-11-24T00:00:00.000Z' OR n.created_at < '2026-05-27' OR n.updated_at != "
                           "n.created_at")),
            0);
        // Grid managers write about their own grid's people.
        QCOMPARE(
            count(m_a, QStringLiteral("SELECT COUNT(*) FROM notes n JOIN staff s ON s.id = n.author_id AND "
                                      "s.role = 'grid_manager' WHERE NOT EXISTS (SELECT 1 FROM staff_grids g "
                                      "WHERE g.staff_id = s.id AND g.grid_id = n.grid_id)")),
            0);
    }

    void timestampsAreIsoUtc()
    {
        static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
        for (const char *column : {"citizens.registered_at", "citizens.updated_at",
                                   "applications.submitted_at", "applications.due_at", "messages.created_at",
                                   "bills.updated_at", "usage_events.occurred_at", "regions.updated_at"}) {
            const QStringList parts = QString::fromLatin1(column).split(QLatin1Char('.'));
            for (const QString &v :
                 rows(m_a, QStringLiteral("SELECT %1 FROM %2 LIMIT 200").arg(parts[1], parts[0])))
                QVERIFY2(iso.match(v).hasMatch(), qPrintable(QLatin1String(column) + QLatin1Char(' ') + v));
        }
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM citizens WHERE version != 1")), 0);
    }

    void changeLogHasEveryCitizenOnce()
    {
        QVERIFY(m_a.report.changes > m_a.report.citizens);
        QCOMPARE(count(m_a, QStringLiteral("SELECT MAX(seq) FROM changes")), m_a.report.changes);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'citizen'")),
                 kCitizens);
        QCOMPARE(count(m_a, QStringLiteral(
                                "SELECT COUNT(DISTINCT entity_id) FROM changes WHERE entity = 'citizen'")),
                 kCitizens);
        QCOMPARE(
            count(m_a, QStringLiteral(
                           "SELECT COUNT(*) FROM citizens c WHERE NOT EXISTS "
                           "(SELECT 1 FROM changes ch WHERE ch.entity = 'citizen' AND ch.entity_id = c.id)")),
            0);
        // The rows of schema 3 are in the log too, with their area's keys.
        for (const auto &[entity, table] : {std::pair{"push", "pushes"}, std::pair{"note", "notes"}}) {
            QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = '%1'")
                                    .arg(QLatin1String(entity))),
                     count(m_a, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
            QCOMPARE(count(m_a, QStringLiteral(
                                    "SELECT COUNT(*) FROM %2 x JOIN changes ch ON ch.entity = '%1' AND "
                                    "ch.entity_id = x.id WHERE NOT EXISTS (SELECT 1 FROM change_scopes cs "
                                    "WHERE cs.seq = ch.seq AND cs.scope = 'grid:' || x.grid_id)")
                                    .arg(QLatin1String(entity), QLatin1String(table))),
                     0);
        }
        QCOMPARE(
            count(m_a,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM bills b JOIN enterprises e ON e.id = b.enterprise_id JOIN "
                      "changes ch ON ch.entity = 'bill' AND ch.entity_id = b.id WHERE NOT EXISTS (SELECT "
                      "1 FROM change_scopes cs WHERE cs.seq = ch.seq AND cs.scope = 'district:' || "
                      "e.district_code)")),
            0);
        QVERIFY(count(m_a, QStringLiteral("SELECT COUNT(*) FROM change_scopes WHERE scope = 'grid:%1'")
                               .arg(rows(m_a, QStringLiteral("SELECT grid_id FROM staff_grids WHERE staff_id "
                                                             "= 's_grid_huli' ORDER BY grid_id"))
                                        .value(0))) > 0);
    }

    void metaRowsAndNoSecondRun()
    {
        QSqlDatabase db = sql(m_a);
        QVERIFY(isDemoDataPresent(db));
        QCOMPARE(rows(m_a, QStringLiteral("SELECT value FROM meta WHERE key = 'demo_seed'")),
                 QStringList{QString::number(kSeed)});
        QCOMPARE(rows(m_a, QStringLiteral("SELECT value FROM meta WHERE key = 'demo_citizens'")),
                 QStringList{QString::number(kCitizens)});
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'demo_generated_at'")), 1);
        // The secondary indexes suspended during the load are back.
        for (const char *index : {"citizens_grid", "citizens_name", "applications_applicant",
                                  "usage_events_time", "citizen_tags_tag"})
            QCOMPARE(count(m_a, QStringLiteral(
                                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'")
                                    .arg(QLatin1String(index))),
                     1);
        DemoOptions options;
        options.citizens = 10;
        options.today = kToday;
        auto again = DemoGenerator(*m_a.db, options).run();
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, gd::ErrorCode::Conflict);
        QCOMPARE(count(m_a, QStringLiteral("SELECT COUNT(*) FROM citizens")), kCitizens);
    }

    void emptyDatabaseHasNoDemoData()
    {
        QTemporaryDir dir;
        Database db(DatabaseConfig::sqliteInDirectory(dir.path()));
        auto conn = db.connection();
        QVERIFY(conn.ok());
        QVERIFY(!isDemoDataPresent(*conn)); // not even migrated
        QVERIFY(db.migrate().ok());
        QVERIFY(!isDemoDataPresent(*conn));
        DemoOptions options;
        options.citizens = 0;
        QCOMPARE(DemoGenerator(db, options).run().error().code, gd::ErrorCode::BadRequest);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
