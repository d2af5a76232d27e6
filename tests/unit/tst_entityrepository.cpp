// The generic repository and change feed on a small real SQLite database: scoped lists and totals per
// principal (through the count cache), objects written straight to JSON, by-ids with padded IN lists, and
// the per-thread statement cache behind Database::query(). Schema 3: migrating a schema-2 database,
// enterprises with licences, social insurance and legal person, enterprise bills and benefits in their
// enterprise's scope, pushes and notes with their scopes and change-feed keys.
#include "db/changefeed.h"
#include "db/changelog.h"
#include "db/database.h"
#include "db/entities.h"

#include "db/migrations.h"

#include "domain/casework.h"
#include "domain/citizen.h"
#include "domain/outreach.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gd;
using namespace gd::server;

namespace {

Principal supervisor(const QString &district)
{
    Principal p;
    p.staffId = QStringLiteral("s_") + district;
    p.role = Role::Supervisor;
    p.areaCode = district;
    return p;
}

Principal gridManager(const QStringList &grids)
{
    Principal p;
    p.staffId = QStringLiteral("s_grid");
    p.role = Role::GridManager;
    p.gridIds = grids;
    return p;
}

Principal officer(const QString &staffId, const QString &department)
{
    Principal p;
    p.staffId = staffId;
    p.role = Role::Officer;
    p.departmentId = department;
    return p;
}

Principal admin()
{
    Principal p;
    p.staffId = QStringLiteral("s_admin");
    p.role = Role::Admin;
    return p;
}

// The ids of a list page or a by-ids answer, sorted.
QStringList idsOf(const EntityRows &rows)
{
    QStringList out;
    for (qsizetype i = 0; i < rows.size(); ++i)
        out.append(rows.id(i));
    out.sort();
    return out;
}

} // namespace

class TestEntityRepository : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    void exec(const QString &sql, const QVariantList &binds = {})
    {
        auto conn = m_db->connection();
        QVERIFY(conn.ok());
        auto q = execSql(*conn, sql, binds);
        QVERIFY2(q.ok(), qPrintable(sql));
    }

    void addCitizen(int n, const QString &district, const QString &grid)
    {
        exec(QStringLiteral(
                 "INSERT INTO citizens (id, name, gender, birth_date, id_number, phone, realname_level, "
                 "district_code, street_id, community_id, grid_id, address, linked_systems, registered_at, "
                 "updated_at) VALUES (?, ?, 'female', '1990-03-07', ?, ?, 2, ?, 'st', 'cm', ?, ?, ?, "
                 "'2020-01-02T03:04:05.678Z', '2026-11-24T13:10:00.000Z')"),
             {QStringLiteral("c%1").arg(n, 3, 10, QLatin1Char('0')), QStringLiteral("王芳%1").arg(n),
              QStringLiteral("35020619900307%1").arg(n, 4, 10, QLatin1Char('0')),
              QStringLiteral("1380000%1").arg(n, 4, 10, QLatin1Char('0')), district, grid,
              QStringLiteral("厦门市\"湖里\"\\路 %1号").arg(n), QStringLiteral("[\"社保\",\"医保\"]")});
        exec(QStringLiteral("INSERT INTO citizen_tags (citizen_id, tag_id, since, source) VALUES (?, 't_b', "
                            "'2026-09-01', "
                            "'registry'), (?, 't_a', '2025-01-31', 'model')"),
             {QStringLiteral("c%1").arg(n, 3, 10, QLatin1Char('0')),
              QStringLiteral("c%1").arg(n, 3, 10, QLatin1Char('0'))});
    }

    void addEnterprise(const QString &id, const QString &grid, const QString &legalPersonId)
    {
        const QString district =
            grid == QLatin1String("g3") ? QStringLiteral("350203") : QStringLiteral("350206");
        exec(QStringLiteral(
                 "INSERT INTO enterprises (id, name, uscc, legal_person, legal_person_id, industry, stage, "
                 "registered_capital_cents, established_on, district_code, street_id, community_id, grid_id, "
                 "address, phone, updated_at) VALUES (?, ?, ?, '王芳', ?, '制造业', 'mature', 100000000, "
                 "'2010-05-06', ?, 'st', 'cm', ?, '厦门市', '05925550001', '2026-11-24T13:10:00.000Z')"),
             {id, QString(QStringLiteral("厦门") + id + QStringLiteral("有限公司")),
              QString(QStringLiteral("91350206MA00000") + id),
              legalPersonId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(legalPersonId),
              district, grid});
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(DatabaseConfig::sqliteInDirectory(m_dir->path()));
        QVERIFY(m_db->migrate().ok());
        for (int i = 0; i < 30; ++i)
            addCitizen(i, i < 20 ? QStringLiteral("350206") : QStringLiteral("350203"),
                       i < 5 ? QStringLiteral("g1") : (i < 20 ? QStringLiteral("g2") : QStringLiteral("g3")));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    // Each principal gets the total of its own scope, also when asked right after another principal
    // (the count cache is keyed by the scope's binds).
    void totalsAndItemsFollowEachPrincipalsScope()
    {
        EntityRepository repo(*m_db, *entitySpec(QStringLiteral("citizen")));
        ListQuery query;
        query.limit = 7;
        for (int round = 0; round < 2; ++round) {
            auto huli = repo.list(supervisor(QStringLiteral("350206")), query);
            auto siming = repo.list(supervisor(QStringLiteral("350203")), query);
            auto grid = repo.list(gridManager({QStringLiteral("g1")}), query);
            auto grids = repo.list(gridManager({QStringLiteral("g1"), QStringLiteral("g3")}), query);
            QVERIFY(huli.ok() && siming.ok() && grid.ok() && grids.ok());
            QCOMPARE(huli->total, 20);
            QCOMPARE(siming->total, 10);
            QCOMPARE(grid->total, 5);
            QCOMPARE(grids->total, 15);
            QCOMPARE(huli->items->size(), 7);
            QCOMPARE(grid->items->size(), 5);
            for (qsizetype i = 0; i < siming->items->size(); ++i)
                QVERIFY(siming->items->toJson(i).value(QStringLiteral("district_code")) ==
                        QStringLiteral("350203"));
        }
    }

    void pageJsonIsTheCodecsJson()
    {
        EntityRepository repo(*m_db, *entitySpec(QStringLiteral("citizen")));
        ListQuery query;
        query.limit = 4;
        query.offset = 2;
        query.sort = QStringLiteral("-name");
        auto page = repo.list(supervisor(QStringLiteral("350206")), query);
        QVERIFY(page.ok());
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(page->toJsonBytes(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("total")).toInteger(), 20);
        QCOMPARE(json.value(QStringLiteral("offset")).toInteger(), 2);
        QCOMPARE(json.value(QStringLiteral("limit")).toInteger(), 4);
        const QJsonArray items = json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 4);
        for (qsizetype i = 0; i < items.size(); ++i)
            QCOMPARE(items[i].toObject(), page->items->toJson(i));
        const QJsonObject first = items[0].toObject();
        auto typed = fromJson<Citizen>(first);
        QVERIFY2(typed.ok(), qPrintable(typed.ok() ? QString() : typed.error().message));
        QVERIFY(typed->masked);
        QVERIFY(typed->idNumber.contains(QLatin1Char('*')));
        QCOMPARE(typed->linkedSystems, (QStringList{QStringLiteral("社保"), QStringLiteral("医保")}));
        QCOMPARE(typed->tags.size(), 2);
        QCOMPARE(typed->tags[0].tagId, QStringLiteral("t_a")); // children in tag order
        QCOMPARE(typed->tags[1].since, QDate(2026, 9, 1));
        QVERIFY(typed->address.contains(QStringLiteral("\"湖里\"\\路")));
        QCOMPARE(typed->registeredAt, QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
    }

    void getAndVisibilityAreScoped()
    {
        EntityRepository repo(*m_db, *entitySpec(QStringLiteral("citizen")));
        auto json = repo.getJson(supervisor(QStringLiteral("350206")), QStringLiteral("c003"));
        QVERIFY(json.ok());
        auto object = repo.get(supervisor(QStringLiteral("350206")), QStringLiteral("c003"));
        QVERIFY(object.ok());
        QCOMPARE(QJsonDocument::fromJson(*json).object(), *object);
        auto revealed = repo.get(supervisor(QStringLiteral("350206")), QStringLiteral("c003"), true);
        QVERIFY(revealed.ok());
        QCOMPARE(revealed->value(QStringLiteral("id_number")).toString(),
                 QStringLiteral("350206199003070003"));
        QCOMPARE(revealed->value(QStringLiteral("masked")).toBool(), false);
        // Outside the scope: indistinguishable from missing.
        QCOMPARE(repo.getJson(supervisor(QStringLiteral("350203")), QStringLiteral("c003")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(
            repo.requireVisible(supervisor(QStringLiteral("350203")), QStringLiteral("c003")).error().code,
            ErrorCode::NotFound);
        QVERIFY(repo.requireVisible(gridManager({QStringLiteral("g1")}), QStringLiteral("c003")).ok());
        QCOMPARE(
            repo.requireVisible(gridManager({QStringLiteral("g1")}), QStringLiteral("nope")).error().code,
            ErrorCode::NotFound);
    }

    // Padding the IN list to a power of two repeats the last id; no object comes back twice.
    void byIdsReturnsEachVisibleObjectOnce()
    {
        EntityRepository repo(*m_db, *entitySpec(QStringLiteral("citizen")));
        const QStringList ids{QStringLiteral("c001"), QStringLiteral("c002"), QStringLiteral("c025"),
                              QStringLiteral("zz")};
        auto rows =
            repo.byIds(supervisor(QStringLiteral("350206")), ids + QStringList{QStringLiteral("c004")});
        QVERIFY(rows.ok());
        QStringList found;
        for (qsizetype i = 0; i < (*rows)->size(); ++i)
            found.append((*rows)->id(i));
        found.sort();
        QCOMPARE(found,
                 (QStringList{QStringLiteral("c001"), QStringLiteral("c002"), QStringLiteral("c004")}));
        QCOMPARE(
            inListPadded(QStringLiteral("x"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
                .binds.size(),
            4);
        QCOMPARE(inListPadded(QStringLiteral("x"), {QStringLiteral("a")}).binds.size(), 1);
        QCOMPARE(inListPadded(QStringLiteral("x"), {}).sql, SqlFilter::never().sql);
        auto none = repo.byIds(supervisor(QStringLiteral("350206")), {});
        QVERIFY(none.ok());
        QCOMPARE((*none)->size(), 0);
    }

    // The feed's JSON is what clients read as gd::ChangePage, scoped per principal.
    void changeFeedJsonReadsAsChangePage()
    {
        {
            auto conn = m_db->connection();
            QVERIFY(conn.ok());
            QVERIFY(ChangeLog::rebuild(*conn).ok());
        }
        exec(QStringLiteral("DELETE FROM citizens WHERE id = 'c006'")); // its change stays; no data now
        ChangeFeed feed(*m_db);
        qint64 since = 0;
        QStringList seen;
        for (int pages = 0; pages < 10; ++pages) {
            auto page = feed.read(gridManager({QStringLiteral("g1"), QStringLiteral("g2")}), since, 6);
            QVERIFY(page.ok());
            auto typed = fromJson<ChangePage>(QJsonDocument::fromJson(toJsonBytes(*page)).object());
            QVERIFY2(typed.ok(), qPrintable(typed.ok() ? QString() : typed.error().message));
            QCOMPARE(typed->next, page->next);
            for (const Change &c : std::as_const(typed->changes)) {
                QVERIFY(c.seq > since);
                QCOMPARE(c.entity, QStringLiteral("citizen"));
                QVERIFY(c.data.has_value());
                QCOMPARE(c.data->value(QStringLiteral("id")).toString(), c.id);
                QVERIFY(c.data->value(QStringLiteral("grid_id")).toString() != QStringLiteral("g3"));
                seen.append(c.id);
            }
            since = typed->next;
            if (!typed->hasMore)
                break;
        }
        QCOMPARE(seen.size(), 19); // c000..c019 without the deleted c006
        QVERIFY(!seen.contains(QStringLiteral("c006")));
    }

    // Schema 3 on a database that schema 2 made and filled: the old rows stay, the new columns are NULL
    // and the new children empty. Migrations 1 and 2 run exactly as Database::migrate() ran them before.
    void schemaTwoDatabaseMigrates()
    {
        QTemporaryDir dir;
        Database db(DatabaseConfig::sqliteInDirectory(dir.path()));
        {
            auto conn = db.connection();
            QVERIFY(conn.ok());
            QVERIFY(
                execSql(*conn, QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                                              "description TEXT NOT NULL, applied_at TEXT NOT NULL)"))
                    .ok());
            for (const Migration &m : migrations()) {
                if (m.version > 2)
                    break;
                for (const QString &statement : m.statements)
                    QVERIFY2(execSql(*conn, db.dialectSql(statement)).ok(), qPrintable(statement));
                QVERIFY(execSql(*conn,
                                QStringLiteral("INSERT INTO schema_migrations VALUES (?, ?, "
                                               "'2026-11-01T00:00:00.000Z')"),
                                {m.version, m.description})
                            .ok());
            }
            QVERIFY(
                execSql(*conn, QStringLiteral(
                                   "INSERT INTO enterprises (id, name, uscc, legal_person, industry, stage, "
                                   "registered_capital_cents, established_on, district_code, street_id, "
                                   "community_id, grid_id, address, phone, updated_at) VALUES ('e1', "
                                   "'厦门鑫达科技有限公司', "
                                   "'91350206MA0000001X', '王芳', '制造业', 'mature', 100000000, "
                                   "'2010-05-06', '350206', "
                                   "'st', 'cm', 'g1', '湖里区', '05925550001', '2026-11-24T13:10:00.000Z')"))
                    .ok());
            QVERIFY(execSql(*conn,
                            QStringLiteral("INSERT INTO bills (id, citizen_id, kind, title, amount_cents, "
                                           "due_date, status, updated_at) VALUES ('b1', 'c1', 'water', "
                                           "'水费', 3000, '2026-12-05', 'due', '2026-11-05T00:00:00.000Z')"))
                        .ok());
        }
        auto migrated = db.migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
        QCOMPARE(*migrated, 9);
        QCOMPARE(migrations().last().version, 9);

        EntityRepository enterprises(db, *entitySpec(QStringLiteral("enterprise")));
        auto e = enterprises.get(admin(), QStringLiteral("e1"));
        QVERIFY(e.ok());
        QCOMPARE(e->value(QStringLiteral("legal_person")).toString(), QStringLiteral("王芳"));
        QVERIFY(e->contains(QStringLiteral("legal_person_id")));
        QVERIFY(e->value(QStringLiteral("legal_person_id")).isNull());
        QCOMPARE(e->value(QStringLiteral("licences")).toArray(), QJsonArray());
        QCOMPARE(e->value(QStringLiteral("social_insurance")).toArray(), QJsonArray());
        EntityRepository bills(db, *entitySpec(QStringLiteral("bill")));
        auto b = bills.get(admin(), QStringLiteral("b1"));
        QVERIFY(b.ok());
        QVERIFY(b->value(QStringLiteral("enterprise_id")).isNull());
        QCOMPARE(b->value(QStringLiteral("citizen_id")).toString(), QStringLiteral("c1"));
        // The new tables are there and work.
        auto conn = db.connection();
        for (const char *table :
             {"pushes", "notes", "enterprise_licences", "enterprise_insurance", "application_materials",
              "application_events", "enrolment_rounds", "application_points", "allocations", "usage_daily",
              "usage_handling", "usage_active", "campaigns", "campaign_members", "citizen_inbox", "incidents",
              "incident_attachments", "grid_tasks"})
            QVERIFY2(execSql(*conn, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)).ok(),
                     table);
    }

    // Migrating again applies nothing and changes nothing.
    void migratingAgainIsANoOp()
    {
        auto count = [this]() {
            auto conn = m_db->connection();
            auto q = execSql(*conn, QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_migrations"));
            return q.ok() && q->next() ? QPair<int, int>(q->value(0).toInt(), q->value(1).toInt())
                                       : QPair<int, int>(-1, -1);
        };
        QCOMPARE(count(), (QPair<int, int>(9, 9)));
        auto again = m_db->migrate();
        QVERIFY(again.ok());
        QCOMPARE(*again, 9);
        QCOMPARE(count(), (QPair<int, int>(9, 9)));
        EntityRepository repo(*m_db, *entitySpec(QStringLiteral("citizen")));
        auto page = repo.list(supervisor(QStringLiteral("350206")), ListQuery{});
        QVERIFY(page.ok());
        QCOMPARE(page->total, 20);
    }

    void enterpriseCarriesLegalPersonLicencesAndInsurance()
    {
        addEnterprise(QStringLiteral("e1"), QStringLiteral("g1"), QStringLiteral("c001"));
        addEnterprise(QStringLiteral("e2"), QStringLiteral("g3"), {});
        // Licences in seq order whatever the insert order; insurance: the 12 newest of 14 months.
        exec(QStringLiteral(
            "INSERT INTO enterprise_licences VALUES ('e1', 2, '食品经营许可证', 'JY13502060000001', "
            "'厦门市湖里区市场监督管理局', '2024-01-02', '2029-01-01'), ('e1', 1, '营业执照', "
            "'91350206MA0000001X', '厦门市湖里区市场监督管理局', '2010-05-06', '2040-05-05')"));
        for (int m = 0; m < 14; ++m) {
            const QDate month = QDate(2026, 11, 1).addMonths(-m);
            exec(QStringLiteral("INSERT INTO enterprise_insurance VALUES ('e1', ?, ?, ?, ?)"),
                 {month.toString(QStringLiteral("yyyy-MM")), 10 + m, qint64(10 + m) * 200000,
                  m == 0 ? QStringLiteral("due")
                         : (m == 2 ? QStringLiteral("overdue") : QStringLiteral("paid"))});
        }
        EntityRepository repo(*m_db, *entitySpec(QStringLiteral("enterprise")));
        auto json = repo.getJson(admin(), QStringLiteral("e1"));
        QVERIFY(json.ok());
        auto typed = fromJson<Enterprise>(QJsonDocument::fromJson(*json).object());
        QVERIFY2(typed.ok(), qPrintable(typed.ok() ? QString() : typed.error().message));
        QCOMPARE(typed->legalPersonId, std::optional<QString>(QStringLiteral("c001")));
        QVERIFY(typed->licences.has_value());
        QCOMPARE(typed->licences->size(), 2);
        QCOMPARE(typed->licences->at(0).name, QStringLiteral("营业执照"));
        QCOMPARE(typed->licences->at(1).validUntil, QDate(2029, 1, 1));
        QVERIFY(typed->socialInsurance.has_value());
        QCOMPARE(typed->socialInsurance->size(), 12);
        QCOMPARE(typed->socialInsurance->first().month, QStringLiteral("2026-11"));
        QCOMPARE(typed->socialInsurance->first().status, QStringLiteral("due"));
        QCOMPARE(typed->socialInsurance->at(2).status, QStringLiteral("overdue"));
        QCOMPARE(typed->socialInsurance->last().month, QStringLiteral("2025-12"));
        QCOMPARE(typed->socialInsurance->first().amountCents, 2000000);
        // An enterprise without any: null legal person, empty lists (never missing), also in lists.
        ListQuery query;
        query.sort = QStringLiteral("name");
        auto page = repo.list(admin(), query);
        QVERIFY(page.ok());
        QCOMPARE(page->items->size(), 2);
        for (qsizetype i = 0; i < page->items->size(); ++i) {
            const QJsonObject o = page->items->toJson(i);
            for (const char *key : {"legal_person_id", "licences", "social_insurance"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            if (page->items->id(i) == QLatin1String("e2")) {
                QVERIFY(o.value(QStringLiteral("legal_person_id")).isNull());
                QCOMPARE(o.value(QStringLiteral("licences")).toArray().size(), 0);
                QCOMPARE(o.value(QStringLiteral("social_insurance")).toArray().size(), 0);
            } else {
                QCOMPARE(o.value(QStringLiteral("social_insurance")).toArray().size(), 12);
            }
        }
    }

    // An enterprise's bills and benefits (citizen_id '', enterprise_id set) are seen by whoever sees the
    // enterprise; citizens' rows stay scoped by their citizen.
    void enterpriseBillsAndBenefitsFollowTheEnterprise()
    {
        addEnterprise(QStringLiteral("e1"), QStringLiteral("g1"), {}); // 350206
        addEnterprise(QStringLiteral("e3"), QStringLiteral("g3"), {}); // 350203
        exec(QStringLiteral(
            "INSERT INTO bills (id, citizen_id, enterprise_id, kind, title, amount_cents, due_date, status, "
            "updated_at) VALUES ('be1', '', 'e1', 'electricity', '电费', 90000, '2026-12-05', 'due', "
            "'2026-11-05T00:00:00.000Z'), ('be3', '', 'e3', 'water', '水费', 9000, '2026-12-05', 'due', "
            "'2026-11-05T00:00:00.000Z'), ('bc1', 'c001', NULL, 'water', '水费', 3000, '2026-12-05', 'due', "
            "'2026-11-05T00:00:00.000Z'), ('bc2', 'c025', NULL, 'gas', '燃气费', 3000, '2026-12-05', 'paid', "
            "'2026-11-05T00:00:00.000Z')"));
        exec(QStringLiteral(
            "INSERT INTO benefits (id, citizen_id, enterprise_id, kind, title, amount_cents, status, "
            "submitted_at, updated_at) VALUES ('ne1', '', 'e1', 'tax_refund', '增值税增量留抵退税', 5000000, "
            "'reviewing', '2026-10-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z')"));
        // e1 applied for a wjw service: officers of wjw see it (and its bills), those of gaj do not.
        exec(QStringLiteral(
            "INSERT INTO applications (id, number, service_id, applicant_type, applicant_id, status, "
            "current_step, channel, submitted_at, due_at, district_code, grid_id, updated_at) VALUES ('a1', "
            "'20261101-000001', 'sv1', 'enterprise', 'e1', 'submitted', 1, 'pc', '2026-11-01T00:00:00.000Z', "
            "'2026-11-20T00:00:00.000Z', '350206', 'g1', '2026-11-01T00:00:00.000Z')"));
        exec(
            QStringLiteral("INSERT INTO application_steps (application_id, seq, name, department_id, status) "
                           "VALUES ('a1', 1, '受理', 'wjw', 'active')"));

        EntityRepository bills(*m_db, *entitySpec(QStringLiteral("bill")));
        EntityRepository benefits(*m_db, *entitySpec(QStringLiteral("benefit")));
        auto listed = [](EntityRepository &repo, const Principal &who, QHash<QString, QString> filters = {}) {
            ListQuery q;
            q.filters = std::move(filters);
            auto page = repo.list(who, q);
            return page.ok() ? idsOf(*page->items) : QStringList{QStringLiteral("error")};
        };
        QCOMPARE(listed(bills, gridManager({QStringLiteral("g1")})),
                 (QStringList{QStringLiteral("bc1"), QStringLiteral("be1")}));
        QCOMPARE(listed(bills, supervisor(QStringLiteral("350203"))),
                 (QStringList{QStringLiteral("bc2"), QStringLiteral("be3")}));
        QCOMPARE(listed(bills, admin()).size(), 4);
        QCOMPARE(listed(bills, officer(QStringLiteral("s_w"), QStringLiteral("wjw"))),
                 QStringList{QStringLiteral("be1")});
        QCOMPARE(listed(bills, officer(QStringLiteral("s_g"), QStringLiteral("gaj"))), QStringList());
        QCOMPARE(listed(bills, admin(), {{QStringLiteral("enterprise"), QStringLiteral("e1")}}),
                 QStringList{QStringLiteral("be1")});
        QCOMPARE(listed(bills, gridManager({QStringLiteral("g3")}),
                        {{QStringLiteral("enterprise"), QStringLiteral("e1")}}),
                 QStringList());
        QCOMPARE(listed(benefits, gridManager({QStringLiteral("g1")})), QStringList{QStringLiteral("ne1")});
        QCOMPARE(listed(benefits, gridManager({QStringLiteral("g3")})), QStringList());

        auto json = bills.get(gridManager({QStringLiteral("g1")}), QStringLiteral("be1"));
        QVERIFY(json.ok());
        auto typed = fromJson<Bill>(*json);
        QVERIFY(typed.ok());
        QCOMPARE(typed->citizenId, QString());
        QCOMPARE(typed->enterpriseId, std::optional<QString>(QStringLiteral("e1")));
        auto citizenBill = bills.get(admin(), QStringLiteral("bc1"));
        QVERIFY(citizenBill.ok());
        QVERIFY(citizenBill->value(QStringLiteral("enterprise_id")).isNull());

        // The change feed: an enterprise's bill carries its enterprise's grid and district.
        {
            auto conn = m_db->connection();
            QVERIFY(ChangeLog::rebuild(*conn).ok());
        }
        ChangeFeed feed(*m_db);
        auto feedIds = [&feed](const Principal &who, const QString &entity) {
            QStringList out;
            auto page = feed.read(who, 0, 1000);
            if (!page.ok())
                return QStringList{QStringLiteral("error")};
            for (const FeedChange &c : std::as_const(page->changes)) {
                if (c.entity == entity)
                    out.append(c.id);
            }
            out.sort();
            return out;
        };
        QCOMPARE(feedIds(gridManager({QStringLiteral("g1")}), QStringLiteral("bill")),
                 (QStringList{QStringLiteral("bc1"), QStringLiteral("be1")}));
        QCOMPARE(feedIds(supervisor(QStringLiteral("350203")), QStringLiteral("bill")),
                 (QStringList{QStringLiteral("bc2"), QStringLiteral("be3")}));
        QCOMPARE(feedIds(gridManager({QStringLiteral("g3")}), QStringLiteral("benefit")), QStringList());
        QCOMPARE(feedIds(supervisor(QStringLiteral("350206")), QStringLiteral("benefit")),
                 QStringList{QStringLiteral("ne1")});
    }

    // Pushes and notes: the area of their citizen / enterprise (copied into the row) for grid managers and
    // supervisors; for officers what they wrote and what concerns applicants of their department. The
    // change feed's keys follow the same rules (the writer's department for officers).
    void pushesAndNotesAreScoped()
    {
        addEnterprise(QStringLiteral("e1"), QStringLiteral("g1"), {});
        // c002 applied for a wjw service; c021 did not apply anywhere.
        exec(QStringLiteral(
            "INSERT INTO applications (id, number, service_id, applicant_type, applicant_id, status, "
            "current_step, channel, submitted_at, due_at, district_code, grid_id, updated_at) VALUES ('a2', "
            "'20261101-000002', 'sv1', 'citizen', 'c002', 'submitted', 1, 'pc', '2026-11-01T00:00:00.000Z', "
            "'2026-11-20T00:00:00.000Z', '350206', 'g1', '2026-11-01T00:00:00.000Z')"));
        exec(
            QStringLiteral("INSERT INTO application_steps (application_id, seq, name, department_id, status) "
                           "VALUES ('a2', 1, '受理', 'wjw', 'active')"));
        exec(QStringLiteral(
            "INSERT INTO staff (id, username, display_name, role, department_id, password_hash, "
            "created_at) VALUES ('s_w', 'w', '李婷', 'officer', 'wjw', 'x', '2026-01-01'), "
            "('s_g', 'g', '王强', 'officer', 'gaj', 'x', '2026-01-01'), ('s_grid', 'grid', "
            "'陈静', 'grid_manager', NULL, 'x', '2026-01-01')"));
        const auto push = [this](const QString &id, const QString &citizen, const QString &sender,
                                 const QString &district, const QString &grid, const QString &sentAt) {
            exec(QStringLiteral("INSERT INTO pushes (id, citizen_id, service_id, channel, message, sent_by, "
                                "sent_at, status, district_code, grid_id, updated_at) VALUES (?, ?, 'sv1', "
                                "'sms', '推荐办理', ?, ?, 'delivered', ?, ?, ?)"),
                 {id, citizen, sender, sentAt, district, grid, sentAt});
        };
        push(QStringLiteral("p1"), QStringLiteral("c002"), QStringLiteral("s_g"), QStringLiteral("350206"),
             QStringLiteral("g1"), QStringLiteral("2026-11-01T01:00:00.000Z")); // to a wjw applicant, by gaj
        push(QStringLiteral("p2"), QStringLiteral("c021"), QStringLiteral("s_w"), QStringLiteral("350203"),
             QStringLiteral("g3"), QStringLiteral("2026-11-02T01:00:00.000Z")); // by wjw, to a non-applicant
        push(QStringLiteral("p3"), QStringLiteral("c010"), QStringLiteral("s_admin"),
             QStringLiteral("350206"), QStringLiteral("g2"), QStringLiteral("2026-11-03T01:00:00.000Z"));
        exec(QStringLiteral(
            "INSERT INTO notes (id, subject_type, subject_id, author_id, author_name, text, created_at, "
            "district_code, grid_id, updated_at) VALUES ('n1', 'enterprise', 'e1', 's_grid', '陈静', "
            "'走访企业', "
            "'2026-11-01T02:00:00.000Z', '350206', 'g1', '2026-11-01T02:00:00.000Z'), ('n2', 'citizen', "
            "'c021', 's_g', '王强', '来电咨询', '2026-11-02T02:00:00.000Z', '350203', 'g3', "
            "'2026-11-02T02:00:00.000Z'), ('n3', 'citizen', 'c002', 's_grid', '陈静', '入户走访', "
            "'2026-11-03T02:00:00.000Z', '350206', 'g1', '2026-11-03T02:00:00.000Z')"));

        EntityRepository pushes(*m_db, *entitySpec(QStringLiteral("push")));
        EntityRepository notes(*m_db, *entitySpec(QStringLiteral("note")));
        auto listed = [](EntityRepository &repo, const Principal &who, QHash<QString, QString> filters = {}) {
            ListQuery q;
            q.filters = std::move(filters);
            auto page = repo.list(who, q);
            return page.ok() ? idsOf(*page->items) : QStringList{QStringLiteral("error")};
        };
        const Principal wjw = officer(QStringLiteral("s_w"), QStringLiteral("wjw"));
        const Principal gaj = officer(QStringLiteral("s_g"), QStringLiteral("gaj"));
        QCOMPARE(listed(pushes, wjw), (QStringList{QStringLiteral("p1"), QStringLiteral("p2")}));
        QCOMPARE(listed(pushes, gaj), QStringList{QStringLiteral("p1")});
        QCOMPARE(listed(pushes, gridManager({QStringLiteral("g1")})), QStringList{QStringLiteral("p1")});
        QCOMPARE(listed(pushes, supervisor(QStringLiteral("350206"))),
                 (QStringList{QStringLiteral("p1"), QStringLiteral("p3")}));
        QCOMPARE(listed(pushes, admin(), {{QStringLiteral("citizen"), QStringLiteral("c021")}}),
                 QStringList{QStringLiteral("p2")});
        QCOMPARE(listed(pushes, admin(), {{QStringLiteral("status"), QStringLiteral("opened")}}),
                 QStringList());
        // Newest first by default.
        {
            auto page = pushes.list(admin(), ListQuery{});
            QVERIFY(page.ok());
            QCOMPARE(page->items->id(0), QStringLiteral("p3"));
            auto typed = fromJson<Push>(page->items->toJson(0));
            QVERIFY(typed.ok());
            QVERIFY(!typed->campaignId.has_value());
            QVERIFY(!typed->respondedAt.has_value());
            QCOMPARE(typed->sentBy, QStringLiteral("s_admin"));
        }
        QCOMPARE(listed(notes, wjw), QStringList{QStringLiteral("n3")});
        QCOMPARE(listed(notes, gaj), QStringList{QStringLiteral("n2")});
        QCOMPARE(listed(notes, gridManager({QStringLiteral("g1")})),
                 (QStringList{QStringLiteral("n1"), QStringLiteral("n3")}));
        QCOMPARE(listed(notes, admin(), {{QStringLiteral("subject"), QStringLiteral("e1")}}),
                 QStringList{QStringLiteral("n1")});
        {
            auto note = notes.get(gridManager({QStringLiteral("g1")}), QStringLiteral("n1"));
            QVERIFY(note.ok());
            auto typed = fromJson<Note>(*note);
            QVERIFY(typed.ok());
            QCOMPARE(typed->authorName, QStringLiteral("陈静"));
            QCOMPARE(typed->subjectType, QStringLiteral("enterprise"));
        }
        QCOMPARE(notes.get(gridManager({QStringLiteral("g3")}), QStringLiteral("n1")).error().code,
                 ErrorCode::NotFound);

        {
            auto conn = m_db->connection();
            QVERIFY(ChangeLog::rebuild(*conn).ok());
        }
        ChangeFeed feed(*m_db);
        auto feedIds = [&feed](const Principal &who, const QString &entity) {
            QStringList out;
            auto page = feed.read(who, 0, 1000);
            if (!page.ok())
                return QStringList{QStringLiteral("error")};
            for (const FeedChange &c : std::as_const(page->changes)) {
                if (c.entity == entity)
                    out.append(c.id);
            }
            out.sort();
            return out;
        };
        // Officers get what their department's officers wrote (and may see): gaj's push to a wjw
        // applicant reaches gaj, wjw's own push reaches wjw.
        QCOMPARE(feedIds(wjw, QStringLiteral("push")), QStringList{QStringLiteral("p2")});
        QCOMPARE(feedIds(gaj, QStringLiteral("push")), QStringList{QStringLiteral("p1")});
        QCOMPARE(feedIds(gaj, QStringLiteral("note")), QStringList{QStringLiteral("n2")});
        QCOMPARE(feedIds(gridManager({QStringLiteral("g1")}), QStringLiteral("push")),
                 QStringList{QStringLiteral("p1")});
        QCOMPARE(feedIds(gridManager({QStringLiteral("g1")}), QStringLiteral("note")),
                 (QStringList{QStringLiteral("n1"), QStringLiteral("n3")}));
        QCOMPARE(feedIds(supervisor(QStringLiteral("350203")), QStringLiteral("note")),
                 QStringList{QStringLiteral("n2")});
    }

    void statementsAreReusedPerThread()
    {
        const QString sql = QStringLiteral("SELECT id FROM citizens WHERE district_code = ? ORDER BY id");
        QSqlQuery *first = nullptr;
        {
            auto q = m_db->query(sql, {QStringLiteral("350203")});
            QVERIFY(q.ok());
            first = &**q;
            QVERIFY((*q)->next());
            QCOMPARE((*q)->value(0).toString(), QStringLiteral("c020"));
            // Nested use of the same text while the first is still being read: a separate statement.
            auto nested = m_db->query(sql, {QStringLiteral("350206")});
            QVERIFY(nested.ok());
            QVERIFY(&**nested != first);
            QVERIFY((*nested)->next());
            QCOMPARE((*nested)->value(0).toString(), QStringLiteral("c000"));
            QVERIFY((*q)->next());
            QCOMPARE((*q)->value(0).toString(), QStringLiteral("c021"));
        }
        // Returned statements are finished (no open read snapshot) and reused for the same text.
        QVERIFY(!first->isActive());
        auto again = m_db->query(sql, {QStringLiteral("350206")});
        QVERIFY(again.ok());
        QCOMPARE(&**again, first);
        int rows = 0;
        while ((*again)->next())
            ++rows;
        QCOMPARE(rows, 20);
        // A failing statement is reported, and the next good one still works.
        QVERIFY(!m_db->query(QStringLiteral("SELECT nope FROM citizens WHERE id = ?"), {1}).ok());
        QVERIFY(m_db->query(QStringLiteral("SELECT COUNT(*) FROM citizens WHERE id = ?"),
                            {QStringLiteral("c001")})
                    .ok());
    }

    void statementCacheIsBounded()
    {
        for (int i = 0; i < Database::kStatementsPerThread + 20; ++i) {
            auto q = m_db->query(QStringLiteral("SELECT %1 FROM citizens WHERE id = ?").arg(i),
                                 {QStringLiteral("c001")});
            QVERIFY(q.ok());
            QVERIFY((*q)->next());
            QCOMPARE((*q)->value(0).toInt(), i);
        }
    }
};

QTEST_GUILESS_MAIN(TestEntityRepository)
#include "tst_entityrepository.moc"
