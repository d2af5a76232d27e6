// The encrypted local store: key handling (wrong key, foreign file, new key → moved aside, never
// overwritten), migrations, applying feed pages with their checkpoint, repositories (SQL-side filters,
// sorts, paging, search), local writes with their outbox item in one transaction (working fields, pushes,
// notes, applications started at the counter), the migration of a schema-1 file, and a full disk.

#include "store/changeapplier.h"
#include "store/localschema.h"
#include "store/reportcache.h"
#include "store/sqlite.h"
#include "store/store.h"

#include "domain/worktime.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace gd;
using namespace gd::store;

namespace {

QByteArray randomKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return key;
}

QJsonObject citizen(const QString &id, const QString &name, qint64 version, const QString &grid,
                    const QStringList &tags = {})
{
    QJsonArray tagArray;
    for (const QString &t : tags)
        tagArray.append(QJsonObject{{QStringLiteral("tag_id"), t},
                                    {QStringLiteral("since"), QStringLiteral("2026-01-01")},
                                    {QStringLiteral("source"), QStringLiteral("rule")}});
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("gender"), QStringLiteral("female")},
                       {QStringLiteral("birth_date"), QStringLiteral("1990-05-01")},
                       {QStringLiteral("id_number"), QStringLiteral("3502**********1234")},
                       {QStringLiteral("phone"), QStringLiteral("138****8000")},
                       {QStringLiteral("masked"), true},
                       {QStringLiteral("realname_level"), 3},
                       {QStringLiteral("district_code"), QStringLiteral("350206")},
                       {QStringLiteral("street_id"), QStringLiteral("350206001")},
                       {QStringLiteral("community_id"), QStringLiteral("350206001001")},
                       {QStringLiteral("grid_id"), grid},
                       {QStringLiteral("address"), QStringLiteral("湖里区某路1号")},
                       {QStringLiteral("household_id"), QJsonValue::Null},
                       {QStringLiteral("relation_to_head"), QJsonValue::Null},
                       {QStringLiteral("officer_id"), QJsonValue::Null},
                       {QStringLiteral("linked_systems"), QJsonArray{}},
                       {QStringLiteral("tags"), tagArray},
                       {QStringLiteral("registered_at"), QStringLiteral("2020-01-01T00:00:00.000Z")},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T00:00:00.000Z")}};
}

QJsonObject change(qint64 seq, const QString &entity, const QString &op, const QString &id, qint64 version,
                   const QJsonObject &data = {})
{
    QJsonObject c{{QStringLiteral("seq"), seq},
                  {QStringLiteral("entity"), entity},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("version"), version}};
    c.insert(QStringLiteral("data"), data.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(data));
    return c;
}

QJsonObject application(const QString &id, qint64 version)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("number"), QStringLiteral("GD2026-000001")},
                       {QStringLiteral("service_id"), QStringLiteral("svc1")},
                       {QStringLiteral("applicant_type"), QStringLiteral("citizen")},
                       {QStringLiteral("applicant_id"), QStringLiteral("c1")},
                       {QStringLiteral("applicant_name"), QStringLiteral("张三")},
                       {QStringLiteral("applicant_id_masked"), QStringLiteral("3502**********1234")},
                       {QStringLiteral("status"), QStringLiteral("in_progress")},
                       {QStringLiteral("current_step"), 1},
                       {QStringLiteral("channel"), QStringLiteral("app")},
                       {QStringLiteral("submitted_at"), QStringLiteral("2026-11-01T00:00:00.000Z")},
                       {QStringLiteral("due_at"), QStringLiteral("2026-11-10T00:00:00.000Z")},
                       {QStringLiteral("completed_at"), QJsonValue::Null},
                       {QStringLiteral("rating"), QJsonValue::Null},
                       {QStringLiteral("rating_comment"), QJsonValue::Null},
                       {QStringLiteral("remark"), QString()},
                       {QStringLiteral("priority"), QStringLiteral("normal")},
                       {QStringLiteral("district_code"), QStringLiteral("350206")},
                       {QStringLiteral("grid_id"), QStringLiteral("350206001001-01")},
                       {QStringLiteral("steps"), QJsonArray{}},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T00:00:00.000Z")}};
}

ServiceItem serviceItem(const QString &id, const QString &type, int steps = 2)
{
    ServiceItem s;
    s.id = id;
    s.code = id.toUpper();
    s.name = QStringLiteral("事项 ") + id;
    s.departmentId = QStringLiteral("wjw");
    s.category = QStringLiteral("birth");
    s.applicantType = type;
    s.slaDays = 5;
    for (int i = 1; i <= steps; ++i)
        s.steps.append(
            WorkflowStep{i, QStringLiteral("步骤%1").arg(i), QStringLiteral("dept%1").arg(i), i * 2});
    return s;
}

Enterprise enterpriseObject(const QString &id, const QString &name)
{
    Enterprise e;
    e.id = id;
    e.name = name;
    e.uscc = QStringLiteral("91350200MA2Y000001");
    e.legalPerson = QStringLiteral("张三");
    e.industry = QStringLiteral("retail");
    e.stage = QStringLiteral("growing");
    e.establishedOn = QDate(2020, 3, 1);
    e.districtCode = QStringLiteral("350203");
    e.streetId = QStringLiteral("350203001");
    e.communityId = QStringLiteral("350203001001");
    e.gridId = QStringLiteral("350203001001-02");
    e.address = QStringLiteral("思明区某路2号");
    e.phone = QStringLiteral("0592****000");
    e.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    return e;
}

Bill billObject(const QString &id, const QString &citizenId, const std::optional<QString> &enterpriseId,
                const QString &status, QDate due)
{
    Bill b;
    b.id = id;
    b.citizenId = citizenId;
    b.enterpriseId = enterpriseId;
    b.kind = QStringLiteral("water");
    b.title = QStringLiteral("水费");
    b.amountCents = 12345;
    b.dueDate = due;
    b.status = status;
    b.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    return b;
}

BenefitApplication benefitObject(const QString &id, const QString &citizenId,
                                 const std::optional<QString> &enterpriseId, const QDateTime &submitted)
{
    BenefitApplication b;
    b.id = id;
    b.citizenId = citizenId;
    b.enterpriseId = enterpriseId;
    b.kind = QStringLiteral("subsidy");
    b.title = QStringLiteral("稳岗补贴");
    b.amountCents = 500000;
    b.status = QStringLiteral("reviewing");
    b.submittedAt = submitted;
    b.updatedAt = submitted;
    return b;
}

template <typename T> QJsonObject upsertOf(qint64 seq, const QString &entity, const T &value)
{
    return change(seq, entity, QStringLiteral("upsert"), value.id, value.version, toJson(value));
}

const QDateTime kNow(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = Store::pathFor(m_dir->path(), QStringLiteral("0123456789abcdef"));
        m_key = randomKey();
    }

    void fileIsEncryptedAndReopens()
    {
        {
            auto store = Store::open(m_path, m_key);
            QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
            QVERIFY((*store)->openReport().created);
            ChangeApplier applier(**store);
            QVERIFY(applier.apply(
                QJsonArray{
                    change(1, QStringLiteral("citizen"), QStringLiteral("upsert"), QStringLiteral("c1"), 1,
                           citizen(QStringLiteral("c1"), QStringLiteral("张三"), 1, QStringLiteral("g1")))},
                1));
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(QStringLiteral("张三").toUtf8()));
        file.close();

        auto again = Store::open(m_path, m_key);
        QVERIFY(again);
        QVERIFY(!(*again)->openReport().created);
        QVERIFY((*again)->openReport().movedAsidePath.isEmpty());
        QCOMPARE(*(*again)->citizens().count(), 1);
        QCOMPARE(*(*again)->state().pullCheckpoint(), 1);
    }

    void wrongKeyMovesFileAside()
    {
        {
            auto store = Store::open(m_path, m_key);
            QVERIFY(store);
            QVERIFY((*store)->state().setPullCheckpoint(42));
        }
        const QByteArray original = readFile(m_path);
        auto store = Store::open(m_path, randomKey());
        QVERIFY(store);
        const QString aside = (*store)->openReport().movedAsidePath;
        QVERIFY(!aside.isEmpty());
        QVERIFY((*store)->openReport().created);
        QCOMPARE(readFile(aside), original); // moved, not overwritten
        QCOMPARE(*(*store)->state().pullCheckpoint(), 0);
    }

    void foreignFileMovedAside()
    {
        QFile garbage(m_path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        auto store = Store::open(m_path, m_key);
        QVERIFY(store);
        QVERIFY(!(*store)->openReport().movedAsidePath.isEmpty());
        QCOMPARE(readFile((*store)->openReport().movedAsidePath), QByteArray(8192, 'x'));
    }

    void newKeyMovesExistingFileAside()
    {
        {
            QVERIFY(Store::open(m_path, m_key));
        }
        auto store = Store::open(m_path, randomKey(), true);
        QVERIFY(store);
        QVERIFY(!(*store)->openReport().movedAsidePath.isEmpty());
    }

    void newerSchemaIsRefusedAndKept()
    {
        {
            auto store = Store::open(m_path, m_key);
            QVERIFY(store);
            QVERIFY((*store)->connection().exec("PRAGMA user_version = 999"));
        }
        auto store = Store::open(m_path, m_key);
        QVERIFY(!store);
        QCOMPARE(store.error().details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("newer_schema"));
        QVERIFY(QFile::exists(m_path));
    }

    void applyUpsertsDeletesAndKeepsNewerRows()
    {
        auto store = Store::open(m_path, m_key);
        QVERIFY(store);
        Store &s = **store;
        ChangeApplier applier(s);
        QJsonArray page;
        for (int i = 0; i < 30; ++i) {
            const QString id = QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0'));
            page.append(change(i + 1, QStringLiteral("citizen"), QStringLiteral("upsert"), id, 2,
                               citizen(id, QStringLiteral("居民%1").arg(i), 2,
                                       i % 2 ? QStringLiteral("g1") : QStringLiteral("g2"),
                                       i % 3 ? QStringList{} : QStringList{QStringLiteral("t_elderly")})));
        }
        page.append(change(31, QStringLiteral("unknown_entity"), QStringLiteral("upsert"),
                           QStringLiteral("x"), 1, QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}));
        auto applied = applier.apply(page, 31);
        QVERIFY(applied);
        QCOMPARE(applied->written, 30);
        QCOMPARE(applied->skipped, 1);
        QCOMPARE(applied->changed.value(QStringLiteral("citizen")).size(), 30);

        // An older version never replaces a newer row; a newer one does; deletes remove row and tags.
        QVERIFY(applier.apply(
            QJsonArray{
                change(32, QStringLiteral("citizen"), QStringLiteral("upsert"), QStringLiteral("c00"), 1,
                       citizen(QStringLiteral("c00"), QStringLiteral("旧名"), 1, QStringLiteral("g2"))),
                change(33, QStringLiteral("citizen"), QStringLiteral("upsert"), QStringLiteral("c01"), 3,
                       citizen(QStringLiteral("c01"), QStringLiteral("新名"), 3, QStringLiteral("g1"))),
                change(34, QStringLiteral("citizen"), QStringLiteral("delete"), QStringLiteral("c03"), 3)},
            34));
        QCOMPARE((*s.citizens().get(QStringLiteral("c00")))->name, QStringLiteral("居民0"));
        QCOMPARE((*s.citizens().get(QStringLiteral("c01")))->name, QStringLiteral("新名"));
        QVERIFY(!*s.citizens().get(QStringLiteral("c03")));
        QCOMPARE(*s.state().pullCheckpoint(), 34);

        // Filters, sorts and paging happen in SQL.
        ListQuery byGrid;
        byGrid.where(QStringLiteral("grid"), QStringLiteral("g1"));
        byGrid.limit = 5;
        auto page1 = s.citizens().list(byGrid);
        QVERIFY(page1);
        QCOMPARE(page1->total, 14); // 15 odd ids, c03 deleted
        QCOMPARE(page1->items.size(), 5);
        byGrid.offset = 5;
        auto page2 = s.citizens().list(byGrid);
        QVERIFY(page2);
        QVERIFY(page2->items.first().name >= page1->items.last().name);

        ListQuery byTag;
        byTag.where(QStringLiteral("tag"), QStringLiteral("t_elderly"));
        QCOMPARE(*s.citizens().count(byTag), 10 - 1); // 0,3,…,27 minus deleted c03

        ListQuery unknown;
        unknown.where(QStringLiteral("id_number"), QStringLiteral("x"));
        QVERIFY(!s.citizens().list(unknown));
        ListQuery badSort;
        badSort.sort = QStringLiteral("id_number");
        QVERIFY(!s.citizens().list(badSort));
    }

    void applyStoresTheServersTextOfEachObject()
    {
        // (No raw string literals here: moc loses track of the class in them.)
        // A page body as the feed writes it (keys in the server's order, which is not QJsonObject's), with
        // braces and quotes inside strings, a delete with null data and some spacing.
        const QByteArray body =
            "{\"changes\":[ "
            "{\"seq\":1,\"entity\":\"citizen\",\"op\":\"upsert\",\"id\":\"c1\",\"version\":2,\"data\":"
            "{\"id\":\"c1\",\"version\":2,\"name\":\"王{五}\\\"x\\\"]\",\"grid_id\":\"g1\",\"tags\":[{\"tag_"
            "id\":\"t1\"}]}} ,"
            "{\"seq\":2,\"entity\":\"citizen\",\"op\":\"delete\",\"id\":\"c2\",\"version\":3,\"data\":null}],"
            "\"next\":2,\"has_more\":false,\"last_seq\":9}";
        const QList<QByteArray> texts = ChangeApplier::dataTexts(body);
        QCOMPARE(texts.size(), 2);
        QCOMPARE(texts.at(0), QByteArray("{\"id\":\"c1\",\"version\":2,\"name\":\"王{五}\\\"x\\\"]\",\"grid_"
                                         "id\":\"g1\",\"tags\":[{\"tag_id\":\"t1\"}]}"));
        QVERIFY(texts.at(1).isNull());
        // Anything but the feed's shape gives no texts (the applier then serialises the objects itself).
        QVERIFY(ChangeApplier::dataTexts("{\"changes\":[{\"data\":{\"id\":\"x\"}}").isEmpty());
        QVERIFY(ChangeApplier::dataTexts("{\"changes\":\"none\"}").isEmpty());
        QVERIFY(ChangeApplier::dataTexts("[]").isEmpty());
        QVERIFY(ChangeApplier::dataTexts("{\"next\":1}").isEmpty());

        auto store = Store::open(m_path, m_key);
        QVERIFY(store);
        Store &s = **store;
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        ChangeApplier applier(s);
        auto applied = applier.apply(page.value(QStringLiteral("changes")).toArray(), 2, texts);
        QVERIFY(applied);
        QCOMPARE(applied->written, 2);
        auto stmt = s.connection().prepare("SELECT data, name, grid_id FROM citizens WHERE id = 'c1'");
        QVERIFY(stmt);
        QVERIFY(*stmt->step());
        QCOMPARE(stmt->utf8(0), texts.at(0)); // stored as sent, not serialised again
        QCOMPARE(stmt->text(1), QStringLiteral("王{五}\"x\"]"));
        QCOMPARE(stmt->text(2), QStringLiteral("g1"));
        QCOMPARE(*s.connection().scalar("SELECT count(*) FROM citizen_tags WHERE citizen_id = 'c1'"), 1);
        // Texts that do not match the page one to one are ignored.
        QVERIFY(applier.apply(page.value(QStringLiteral("changes")).toArray(), 2, {QByteArray("{}")}));
    }

    void searchThroughRepository()
    {
        auto store = Store::open(m_path, m_key);
        QVERIFY(store);
        Store &s = **store;
        ChangeApplier applier(s);
        QVERIFY(applier.apply(
            QJsonArray{change(1, QStringLiteral("citizen"), QStringLiteral("upsert"), QStringLiteral("a"), 1,
                              citizen(QStringLiteral("a"), QStringLiteral("张三"), 1, QStringLiteral("g1"))),
                       change(2, QStringLiteral("citizen"), QStringLiteral("upsert"), QStringLiteral("b"), 1,
                              citizen(QStringLiteral("b"), QStringLiteral("李四"), 1, QStringLiteral("g1"))),
                       change(3, QStringLiteral("citizen"), QStringLiteral("upsert"), QStringLiteral("c"), 1,
                              citizen(QStringLiteral("c"), QStringLiteral("王"), 1, QStringLiteral("g2")))},
            3));
        auto names = [&](const QString &text, const QString &grid = {}) {
            ListQuery q;
            q.search = text;
            if (!grid.isEmpty())
                q.where(QStringLiteral("grid"), grid);
            QStringList out;
            auto page = s.citizens().list(q);
            if (page) {
                for (const Citizen &c : page->items)
                    out.append(c.name);
            }
            return out;
        };
        QCOMPARE(names(QStringLiteral("张三")), QStringList{QStringLiteral("张三")});
        QCOMPARE(names(QStringLiteral("王")), QStringList{QStringLiteral("王")});
        QCOMPARE(names(QStringLiteral("zs")), QStringList{QStringLiteral("张三")});
        QCOMPARE(names(QStringLiteral("lisi")), QStringList{QStringLiteral("李四")});
        QCOMPARE(names(QStringLiteral("8000")).size(), 3);
        QCOMPARE(names(QStringLiteral("8000"), QStringLiteral("g2")), QStringList{QStringLiteral("王")});
        QVERIFY(names(QStringLiteral("****")).isEmpty());

        // A renamed citizen is found under the new name only.
        QVERIFY(applier.apply(
            QJsonArray{change(4, QStringLiteral("citizen"), QStringLiteral("upsert"), QStringLiteral("a"), 2,
                              citizen(QStringLiteral("a"), QStringLiteral("赵六"), 2, QStringLiteral("g1")))},
            4));
        QVERIFY(names(QStringLiteral("张三")).isEmpty());
        QCOMPARE(names(QStringLiteral("zl")), QStringList{QStringLiteral("赵六")});
    }

    void localWriteQueuesOutboxItemAtomically()
    {
        auto store = Store::open(m_path, m_key);
        QVERIFY(store);
        Store &s = **store;
        ChangeApplier applier(s);
        QVERIFY(applier.apply(
            QJsonArray{change(1, QStringLiteral("application"), QStringLiteral("upsert"),
                              QStringLiteral("app1"), 4, application(QStringLiteral("app1"), 4))},
            1));
        ApplicationRepository::WorkingFields fields;
        fields.remark = QStringLiteral("已电话联系申请人");
        auto item = s.applications().updateWorkingFields(QStringLiteral("app1"), fields);
        QVERIFY(item);
        QVERIFY(item->seq > 0);
        QCOMPARE(item->key.size(), 36);
        QCOMPARE(*item->baseVersion, 4);
        QCOMPARE(item->body.value(QStringLiteral("base_version")).toInteger(), 4);
        QCOMPARE((*s.applications().get(QStringLiteral("app1")))->remark.value_or(QString()),
                 QStringLiteral("已电话联系申请人"));
        QCOMPARE(*s.outbox().count(), 1);

        // A pull leaves the object alone while its write waits.
        QVERIFY(applier.apply(
            QJsonArray{change(2, QStringLiteral("application"), QStringLiteral("upsert"),
                              QStringLiteral("app1"), 5, application(QStringLiteral("app1"), 5))},
            2));
        QCOMPARE((*s.applications().get(QStringLiteral("app1")))->remark.value_or(QString()),
                 QStringLiteral("已电话联系申请人"));

        // Invalid input is refused before anything is written.
        ApplicationRepository::WorkingFields bad;
        bad.priority = QStringLiteral("highest");
        QVERIFY(!s.applications().updateWorkingFields(QStringLiteral("app1"), bad));
        QVERIFY(!s.applications().updateWorkingFields(QStringLiteral("nope"), fields));
        QCOMPARE(*s.outbox().count(), 1);
    }

    void migratesSchema1File()
    {
        // A file as a schema-1 build left it: an enterprise's bill (its JSON already has enterprise_id,
        // which schema 1 did not copy out) and a checkpoint past "push" changes it skipped.
        {
            auto c = Connection::open(m_path);
            QVERIFY(c);
            QVERIFY(c->setKey(m_key));
            QVERIFY(c->exec("PRAGMA journal_mode = WAL"));
            for (const QByteArray &sql : localMigrations().constFirst().statements)
                QVERIFY2(c->exec(sql), sql.constData());
            QVERIFY(c->exec("PRAGMA user_version = 1"));
            const Bill bill = billObject(QStringLiteral("b1"), QString(), QStringLiteral("e1"),
                                         QStringLiteral("due"), QDate(2026, 12, 1));
            auto insert = c->prepare("INSERT INTO bills (id, version, citizen_id, kind, status, due_date, "
                                     "amount_cents, updated_at, data) VALUES ('b1', 1, '', 'water', 'due', "
                                     "'2026-12-01', 12345, '2026-11-01T00:00:00.000Z', ?)");
            QVERIFY(insert);
            QVERIFY(insert->bindUtf8(1, QJsonDocument(toJson(bill)).toJson(QJsonDocument::Compact)).exec());
            QVERIFY(c->exec("INSERT INTO sync_state (key, value) VALUES ('pull_since', '812')"));
        }
        QCOMPARE(latestLocalSchemaVersion(), 6);
        auto store = Store::open(m_path, m_key);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        Store &s = **store;
        QCOMPARE(s.openReport().migratedFrom, 1);
        QVERIFY(!s.openReport().created);
        QCOMPARE(*s.connection().scalar("PRAGMA user_version"), 6);
        QCOMPARE(*s.campaigns().count(), 0); // schema 5: the campaigns the feed brings from now on
        // The bill kept its row and is now found by enterprise.
        ListQuery byEnterprise;
        byEnterprise.where(QStringLiteral("enterprise"), QStringLiteral("e1"));
        auto bills = s.bills().list(byEnterprise);
        QVERIFY(bills);
        QCOMPARE(bills->total, 1);
        QCOMPARE(bills->items.first().enterpriseId.value_or(QString()), QStringLiteral("e1"));
        // The feed is pulled again from the start for the entities schema 1 skipped.
        QCOMPARE(*s.state().pullCheckpoint(), 0);
        QCOMPARE(*s.pushes().count(), 0);
        QCOMPARE(*s.notes().count(), 0);
        // The new tables take the feed's objects.
        Push push;
        push.id = QStringLiteral("p1");
        push.citizenId = QStringLiteral("c1");
        push.serviceId = QStringLiteral("svc");
        push.channel = QStringLiteral("sms");
        push.message = QStringLiteral("请办理");
        push.sentBy = QStringLiteral("staff");
        push.sentAt = kNow;
        push.status = QStringLiteral("delivered");
        push.updatedAt = kNow;
        ChangeApplier applier(s);
        auto applied = applier.apply(QJsonArray{upsertOf(1, QStringLiteral("push"), push)}, 1);
        QVERIFY(applied);
        QCOMPARE(applied->written, 1);
        QCOMPARE((*s.pushes().get(QStringLiteral("p1")))->status, QStringLiteral("delivered"));
        // The migrated file is what a reader connection expects.
        QVERIFY(Store::openForReading(m_path, m_key));
    }

    void pushWritesTableAndOutboxAtomically()
    {
        auto store = Store::open(m_path, m_key);
        QVERIFY(store);
        Store &s = **store;
        ChangeApplier applier(s);
        QVERIFY(applier.apply(
            QJsonArray{change(1, QStringLiteral("citizen"), QStringLiteral("upsert"), QStringLiteral("c1"), 1,
                              citizen(QStringLiteral("c1"), QStringLiteral("张三"), 1, QStringLiteral("g1"))),
                       upsertOf(2, QStringLiteral("service"),
                                serviceItem(QStringLiteral("svc_c"), QStringLiteral("citizen"))),
                       upsertOf(3, QStringLiteral("service"),
                                serviceItem(QStringLiteral("svc_e"), QStringLiteral("enterprise")))},
            3));

        PushCreateRequest request;
        request.citizenId = QStringLiteral("c1");
        request.serviceId = QStringLiteral("svc_c");
        request.channel = QStringLiteral("sms");
        request.message = QStringLiteral("  您可以办理生育登记  ");
        auto item = s.pushes().send(request, QStringLiteral("staff-1"), kNow);
        QVERIFY2(item, qPrintable(item ? QString() : item.error().message));
        QCOMPARE(item->method, QStringLiteral("POST"));
        QCOMPARE(item->path, QStringLiteral("/api/v1/pushes"));
        QCOMPARE(item->entity, QStringLiteral("push"));
        const QString id = item->entityId;
        QCOMPARE(id.size(), 36);
        QCOMPARE(id, id.toLower());
        QCOMPARE(item->body.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(item->body.value(QStringLiteral("message")).toString(),
                 QStringLiteral("您可以办理生育登记"));
        QCOMPARE(item->body.value(QStringLiteral("citizen_id")).toString(), QStringLiteral("c1"));
        QVERIFY(!item->summary.contains(QStringLiteral("张三")));
        auto local = s.pushes().get(id);
        QVERIFY(local && *local);
        QCOMPARE((*local)->status, QStringLiteral("queued"));
        QCOMPARE((*local)->sentBy, QStringLiteral("staff-1"));
        QCOMPARE((*local)->sentAt, kNow);
        QCOMPARE((*local)->districtCode, QStringLiteral("350206"));
        QCOMPARE((*local)->gridId, QStringLiteral("g1"));
        QCOMPARE((*local)->version, 0);
        ListQuery byCitizen;
        byCitizen.where(QStringLiteral("citizen"), QStringLiteral("c1"));
        QCOMPARE(*s.pushes().count(byCitizen), 1);
        QCOMPARE(*s.outbox().count(), 1);

        // The feed leaves the push alone while its write waits; the server's answer replaces it.
        Push server = **local;
        server.status = QStringLiteral("delivered");
        server.version = 1;
        QVERIFY(applier.apply(QJsonArray{upsertOf(4, QStringLiteral("push"), server)}, 4));
        QCOMPARE((*s.pushes().get(id))->status, QStringLiteral("queued"));
        QVERIFY(s.entities().upsert(*localTable(QStringLiteral("push")), toJson(server)));
        QCOMPARE((*s.pushes().get(id))->status, QStringLiteral("delivered"));

        // Invalid input is refused with BadRequest before anything is written.
        const auto refused = [&](PushCreateRequest r) {
            auto result = s.pushes().send(r, QStringLiteral("staff-1"), kNow);
            return !result && result.error().code == ErrorCode::BadRequest;
        };
        PushCreateRequest bad = request;
        bad.channel = QStringLiteral("fax");
        QVERIFY(refused(bad));
        bad = request;
        bad.message = QStringLiteral("   ");
        QVERIFY(refused(bad));
        bad.message = QString(501, QLatin1Char('x'));
        QVERIFY(refused(bad));
        bad = request;
        bad.serviceId = QStringLiteral("svc_e"); // an enterprise service
        QVERIFY(refused(bad));
        bad.serviceId = QStringLiteral("unknown");
        QVERIFY(refused(bad));
        bad = request;
        bad.id = QStringLiteral("not-a-uuid");
        QVERIFY(refused(bad));
        QCOMPARE(*s.outbox().count(), 1);
        QCOMPARE(*s.pushes().count(), 1);

        // A failing outbox write takes the local row with it (one transaction).
        QVERIFY(s.connection().exec("CREATE TEMP TRIGGER outbox_fails BEFORE INSERT ON outbox "
                                    "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"));
        QVERIFY(!s.pushes().send(request, QStringLiteral("staff-1"), kNow));
        QCOMPARE(*s.pushes().count(), 1);
        QCOMPARE(*s.outbox().count(), 1);
        QVERIFY(s.connection().exec("DROP TRIGGER outbox_fails"));

        // A given id is kept (lower case); a citizen outside the local copy gets no area.
        request.id = QStringLiteral("6F1C2A3B-0000-4000-8000-00000000000A");
        request.citizenId = QStringLiteral("elsewhere");
        auto second = s.pushes().send(request, QStringLiteral("staff-1"), kNow);
        QVERIFY(second);
        QCOMPARE(second->entityId, QStringLiteral("6f1c2a3b-0000-4000-8000-00000000000a"));
        QCOMPARE((*s.pushes().get(second->entityId))->districtCode, QString());
    }

    void noteWritesTableAndOutboxAtomically()
    {
        auto store = Store::open(m_path, m_key);
        QVERIFY(store);
        Store &s = **store;
        ChangeApplier applier(s);
        QVERIFY(applier.apply(
            QJsonArray{upsertOf(1, QStringLiteral("enterprise"),
                                enterpriseObject(QStringLiteral("e1"), QStringLiteral("鹭岛商贸")))},
            1));
        NoteCreateRequest request;
        request.subjectType = QStringLiteral("enterprise");
        request.subjectId = QStringLiteral("e1");
        request.text = QStringLiteral("已上门核实经营地址");
        auto item = s.notes().add(request, QStringLiteral("staff-2"), QStringLiteral("李明"), kNow);
        QVERIFY2(item, qPrintable(item ? QString() : item.error().message));
        QCOMPARE(item->path, QStringLiteral("/api/v1/notes"));
        QCOMPARE(item->entity, QStringLiteral("note"));
        QCOMPARE(item->body.value(QStringLiteral("subject_type")).toString(), QStringLiteral("enterprise"));
        QCOMPARE(item->body.value(QStringLiteral("text")).toString(), request.text);
        auto note = s.notes().get(item->entityId);
        QVERIFY(note && *note);
        QCOMPARE((*note)->authorName, QStringLiteral("李明"));
        QCOMPARE((*note)->createdAt, kNow);
        QCOMPARE((*note)->districtCode, QStringLiteral("350203"));
        QCOMPARE((*note)->gridId, QStringLiteral("350203001001-02"));
        ListQuery bySubject;
        bySubject.where(QStringLiteral("subject"), QStringLiteral("e1"));
        QCOMPARE(*s.notes().count(bySubject), 1);
        QCOMPARE(*s.outbox().count(), 1);

        NoteCreateRequest bad = request;
        bad.subjectType = QStringLiteral("household");
        QVERIFY(!s.notes().add(bad, QStringLiteral("staff-2"), QStringLiteral("李明"), kNow));
        bad = request;
        bad.text = QString(2001, QLatin1Char('x'));
        auto tooLong = s.notes().add(bad, QStringLiteral("staff-2"), QStringLiteral("李明"), kNow);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, ErrorCode::BadRequest);
        QCOMPARE(tooLong.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("text"));
        bad.text = QString(2000, QLatin1Char('x'));
        QVERIFY(s.notes().add(bad, QStringLiteral("staff-2"), QStringLiteral("李明"), kNow));
        QCOMPARE(*s.outbox().count(), 2);
    }

    void applicationStartCopiesTheWorkflow()
    {
        auto store = Store::open(m_path, m_key);
        QVERIFY(store);
        Store &s = **store;
        ChangeApplier applier(s);
        QVERIFY(applier.apply(
            QJsonArray{change(1, QStringLiteral("citizen"), QStringLiteral("upsert"), QStringLiteral("c1"), 1,
                              citizen(QStringLiteral("c1"), QStringLiteral("张三"), 1, QStringLiteral("g1"))),
                       upsertOf(2, QStringLiteral("service"),
                                serviceItem(QStringLiteral("svc_c"), QStringLiteral("citizen"), 3)),
                       upsertOf(3, QStringLiteral("service"),
                                serviceItem(QStringLiteral("svc_e"), QStringLiteral("enterprise"))),
                       upsertOf(4, QStringLiteral("service"),
                                serviceItem(QStringLiteral("svc_none"), QStringLiteral("citizen"), 0))},
            4));
        ApplicationCreateRequest request;
        request.serviceId = QStringLiteral("svc_c");
        request.applicantType = QStringLiteral("citizen");
        request.applicantId = QStringLiteral("c1");
        request.remark = QStringLiteral("窗口代办");
        auto item = s.applications().start(request, kNow);
        QVERIFY2(item, qPrintable(item ? QString() : item.error().message));
        QCOMPARE(item->path, QStringLiteral("/api/v1/applications"));
        QCOMPARE(item->method, QStringLiteral("POST"));
        QCOMPARE(item->body.value(QStringLiteral("applicant_type")).toString(), QStringLiteral("citizen"));
        QCOMPARE(item->body.value(QStringLiteral("remark")).toString(), QStringLiteral("窗口代办"));
        auto local = s.applications().get(item->entityId);
        QVERIFY(local && *local);
        const Application &a = **local;
        QCOMPARE(a.number, QString());
        QCOMPARE(a.status, QStringLiteral("in_progress")); // as the server starts it (startWorkflow)
        QCOMPARE(a.channel, QStringLiteral("counter"));
        QCOMPARE(a.applicantName, QStringLiteral("张三"));
        QCOMPARE(a.applicantIdMasked, QStringLiteral("3502**********1234"));
        QCOMPARE(a.gridId, QStringLiteral("g1"));
        QCOMPARE(a.submittedAt, kNow);
        QCOMPARE(a.dueAt, worktime::dueAfter(kNow, 2 + 4 + 6)); // the steps' working days in order
        QCOMPARE(a.steps.at(0).dueAt.value_or(QDateTime()), worktime::dueAfter(kNow, 2));
        QCOMPARE(a.history.value_or(QList<ApplicationEvent>{}).size(), 1);
        QCOMPARE(a.currentStep, 1);
        QCOMPARE(a.steps.size(), 3);
        QCOMPARE(a.steps.at(0).status, QStringLiteral("active"));
        QCOMPARE(a.steps.at(0).startedAt.value_or(QDateTime()), kNow);
        QCOMPARE(a.steps.at(1).status, QStringLiteral("waiting"));
        QCOMPARE(a.steps.at(2).departmentId, QStringLiteral("dept3"));
        QCOMPARE(a.version, 0);
        ListQuery byApplicant;
        byApplicant.where(QStringLiteral("applicant"), QStringLiteral("c1"));
        QCOMPARE(*s.applications().count(byApplicant), 1);
        QCOMPARE(*s.outbox().count(), 1);

        // The server's copy (numbered) replaces the local one when its answer arrives.
        Application server = a;
        server.number = QStringLiteral("2026-1124-000123");
        server.version = 1;
        QVERIFY(s.entities().upsert(*localTable(QStringLiteral("application")), toJson(server)));
        QCOMPARE((*s.applications().get(a.id))->number, QStringLiteral("2026-1124-000123"));

        const auto code = [&](ApplicationCreateRequest r) {
            auto result = s.applications().start(r, kNow);
            return result ? QString() : result.error().details.value(QStringLiteral("field")).toString();
        };
        ApplicationCreateRequest bad = request;
        bad.serviceId = QStringLiteral("svc_e");
        QCOMPARE(code(bad), QStringLiteral("applicant_type"));
        bad.applicantType = QStringLiteral("household");
        QCOMPARE(code(bad), QStringLiteral("applicant_type"));
        bad = request;
        bad.serviceId = QStringLiteral("svc_none");
        QCOMPARE(code(bad), QStringLiteral("service_id"));
        bad = request;
        bad.remark = QString(2001, QLatin1Char('x'));
        QCOMPARE(code(bad), QStringLiteral("remark"));
        QCOMPARE(*s.outbox().count(), 1);
    }

    void enterpriseAndOverdueFilters()
    {
        auto store = Store::open(m_path, m_key);
        QVERIFY(store);
        Store &s = **store;
        ChangeApplier applier(s);
        const QDateTime t(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(applier.apply(
            QJsonArray{change(1, QStringLiteral("citizen"), QStringLiteral("upsert"), QStringLiteral("c1"), 1,
                              citizen(QStringLiteral("c1"), QStringLiteral("张三"), 1, QStringLiteral("g1"))),
                       change(2, QStringLiteral("citizen"), QStringLiteral("upsert"), QStringLiteral("c2"), 1,
                              citizen(QStringLiteral("c2"), QStringLiteral("李四"), 1, QStringLiteral("g1"))),
                       upsertOf(3, QStringLiteral("bill"),
                                billObject(QStringLiteral("b1"), QStringLiteral("c1"), std::nullopt,
                                           QStringLiteral("overdue"), QDate(2026, 9, 1))),
                       upsertOf(4, QStringLiteral("bill"),
                                billObject(QStringLiteral("b2"), QStringLiteral("c2"), std::nullopt,
                                           QStringLiteral("due"), QDate(2026, 12, 1))),
                       upsertOf(5, QStringLiteral("bill"),
                                billObject(QStringLiteral("b3"), QString(), QStringLiteral("e1"),
                                           QStringLiteral("overdue"), QDate(2026, 8, 1))),
                       upsertOf(6, QStringLiteral("bill"),
                                billObject(QStringLiteral("b4"), QString(), QStringLiteral("e1"),
                                           QStringLiteral("paid"), QDate(2026, 7, 1))),
                       upsertOf(7, QStringLiteral("benefit"),
                                benefitObject(QStringLiteral("f1"), QString(), QStringLiteral("e1"), t)),
                       upsertOf(8, QStringLiteral("benefit"),
                                benefitObject(QStringLiteral("f2"), QStringLiteral("c1"), std::nullopt, t))},
            8));

        ListQuery enterpriseBills;
        enterpriseBills.where(QStringLiteral("enterprise"), QStringLiteral("e1"));
        auto bills = s.bills().list(enterpriseBills);
        QVERIFY(bills);
        QCOMPARE(bills->total, 2);
        QCOMPARE(bills->items.at(0).id, QStringLiteral("b4")); // by due date
        QCOMPARE(bills->items.at(1).id, QStringLiteral("b3"));
        enterpriseBills.where(QStringLiteral("status"), QStringLiteral("overdue"));
        QCOMPARE(*s.bills().count(enterpriseBills), 1);
        ListQuery citizenBills;
        citizenBills.where(QStringLiteral("citizen"), QStringLiteral("c1"));
        QCOMPARE(*s.bills().count(citizenBills), 1);

        ListQuery enterpriseBenefits;
        enterpriseBenefits.where(QStringLiteral("enterprise"), QStringLiteral("e1"));
        auto benefits = s.benefits().list(enterpriseBenefits);
        QVERIFY(benefits);
        QCOMPARE(benefits->total, 1);
        QCOMPARE(benefits->items.first().id, QStringLiteral("f1"));

        // Citizens with an overdue bill (an enterprise's overdue bill has no citizen).
        ListQuery overdue;
        overdue.where(QStringLiteral("overdue_bill"), QStringLiteral("1"));
        auto citizens = s.citizens().list(overdue);
        QVERIFY(citizens);
        QCOMPARE(citizens->total, 1);
        QCOMPARE(citizens->items.first().id, QStringLiteral("c1"));
        ListQuery notOverdue;
        notOverdue.where(QStringLiteral("overdue_bill"), QStringLiteral("0"));
        QCOMPARE(*s.citizens().count(notOverdue), 0);
    }

    void fullDiskLosesNothing()
    {
        auto store = Store::open(m_path, m_key);
        QVERIFY(store);
        Store &s = **store;
        ChangeApplier applier(s);
        QVERIFY(applier.apply(
            QJsonArray{change(1, QStringLiteral("application"), QStringLiteral("upsert"),
                              QStringLiteral("app1"), 1, application(QStringLiteral("app1"), 1))},
            1));
        ApplicationRepository::WorkingFields fields;
        fields.priority = QStringLiteral("urgent");
        QVERIFY(s.applications().updateWorkingFields(QStringLiteral("app1"), fields));

        // A size-limited file: no page may be added beyond what is there now.
        auto pages = s.connection().scalar("PRAGMA page_count");
        QVERIFY(pages);
        QVERIFY(s.connection().exec("PRAGMA max_page_count = " + QByteArray::number(*pages)));
        QJsonArray big;
        for (int i = 0; i < 3000; ++i) {
            const QString id = QStringLiteral("c%1").arg(i);
            big.append(change(i + 2, QStringLiteral("citizen"), QStringLiteral("upsert"), id, 1,
                              citizen(id, QStringLiteral("居民%1").arg(i), 1, QStringLiteral("g1"))));
        }
        auto applied = applier.apply(big, 3001);
        QVERIFY(!applied);
        QCOMPARE(storageReason(applied.error()), QStringLiteral("disk_full"));
        // Nothing half-applied, the checkpoint did not move, the queued action is still there.
        QCOMPARE(*s.citizens().count(), 0);
        QCOMPARE(*s.state().pullCheckpoint(), 1);
        QCOMPARE(*s.outbox().count(), 1);
        QCOMPARE((*s.applications().get(QStringLiteral("app1")))->priority.value_or(QString()),
                 QStringLiteral("urgent"));

        // Space again: the same page applies.
        QVERIFY(s.connection().exec("PRAGMA max_page_count = 1073741823"));
        QVERIFY(applier.apply(big, 3001));
        QCOMPARE(*s.citizens().count(), 3000);
    }

    void reportCacheKeepsTheNewestSets()
    {
        const QDateTime base(QDate(2026, 11, 24), QTime(8, 0, 0, 123), Qt::UTC);
        const QByteArray marker = QStringLiteral("{\"usage_day\":{\"scope\":\"湖里区看板\"}}").toUtf8();
        {
            auto store = Store::open(m_path, m_key);
            QVERIFY(store);
            Store &st = **store;
            ReportCache &cache = st.reports();
            auto none = cache.get(QStringLiteral("dashboard:none"));
            QVERIFY(none);
            QVERIFY(!none->has_value());

            // Round trip, then an overwrite of the same key.
            QVERIFY(cache.put(QStringLiteral("k00"), {marker, base}));
            auto got = cache.get(QStringLiteral("k00"));
            QVERIFY(got && got->has_value());
            QCOMPARE((*got)->body, marker);
            QCOMPARE((*got)->fetchedAt, base);
            QVERIFY(cache.put(QStringLiteral("k00"), {QByteArray("{\"v\":2}"), base.addSecs(60)}));
            got = cache.get(QStringLiteral("k00"));
            QCOMPARE((*got)->body, QByteArray("{\"v\":2}"));
            QCOMPARE((*got)->fetchedAt, base.addSecs(60));
            QCOMPARE(*st.connection().scalar("SELECT count(*) FROM report_cache"), 1);

            // 40 sets whose age runs against their keys' order: k00 newest … k39 oldest.
            for (int i = 0; i < ReportCache::kMaxEntries; ++i)
                QVERIFY(cache.put(key(i), {marker + QByteArray::number(i), base.addSecs(3600 - 60 * i)}));
            QCOMPARE(*st.connection().scalar("SELECT count(*) FROM report_cache"),
                     qint64(ReportCache::kMaxEntries));
            // Storing k39 again makes it the newest; the 41st set then drops the oldest by fetched_at: k38.
            QVERIFY(cache.put(key(39), {marker + "39", base.addSecs(7200)}));
            QVERIFY(cache.put(QStringLiteral("k40"), {marker + "40", base.addSecs(3660)}));
            QCOMPARE(*st.connection().scalar("SELECT count(*) FROM report_cache"),
                     qint64(ReportCache::kMaxEntries));
            QVERIFY(!cache.get(key(38))->has_value());
            for (int i : {0, 1, 37, 39, 40}) {
                auto kept = cache.get(key(i));
                QVERIFY2(kept && kept->has_value(), qPrintable(key(i)));
                QCOMPARE((*kept)->body, marker + QByteArray::number(i));
            }
            // And the next one drops k37, the oldest now.
            QVERIFY(cache.put(QStringLiteral("k41"), {marker + "41", base.addSecs(3700)}));
            QVERIFY(!cache.get(key(37))->has_value());
            QVERIFY(cache.get(key(36))->has_value());
        }

        // The bodies are in the encrypted file: not readable in it, read back after reopening.
        for (const QString &path : QStringList{m_path, m_path + QStringLiteral("-wal")}) {
            const QByteArray bytes = readFile(path);
            QVERIFY(!bytes.startsWith("SQLite format 3"));
            QVERIFY(!bytes.contains(QStringLiteral("湖里区看板").toUtf8()));
            QVERIFY(!bytes.contains("usage_day"));
        }
        QVERIFY(readFile(m_path).size() > 0);
        auto again = Store::open(m_path, m_key);
        QVERIFY(again);
        auto kept = (*again)->reports().get(key(40));
        QVERIFY(kept && kept->has_value());
        QCOMPARE((*kept)->body, marker + "40");
        QCOMPARE((*kept)->fetchedAt, base.addSecs(3660));
        QCOMPARE(*(*again)->connection().scalar("SELECT count(*) FROM report_cache"),
                 qint64(ReportCache::kMaxEntries));
    }

    void wipeDeletesFiles()
    {
        {
            QVERIFY(Store::open(m_path, m_key));
        }
        {
            QVERIFY(Store::open(m_path, randomKey())); // moves the first file aside
        }
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.unreadable-*")}, QDir::Files).size(), 1);
        QVERIFY(QFile::exists(m_path));
        QVERIFY(Store::wipe(m_path));
        QVERIFY(!QFile::exists(m_path));
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
        QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.unreadable-*")}, QDir::Files).isEmpty());
    }

private:
    static QString key(int i) { return QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')); }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_key;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
