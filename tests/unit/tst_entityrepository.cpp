// The generic repository and change feed on a small real SQLite database: scoped lists and totals per
// principal (through the count cache), objects written straight to JSON, by-ids with padded IN lists, and
// the per-thread statement cache behind Database::query().
#include "db/changefeed.h"
#include "db/changelog.h"
#include "db/database.h"
#include "db/entities.h"

#include "domain/citizen.h"

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
