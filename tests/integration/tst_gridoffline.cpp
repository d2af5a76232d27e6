// Integration, the acceptance test of issue 8 (网格化管理): a grid manager's day in the field without a
// network, against the real govdesk-server (demo data) on 127.0.0.1 port 0 and a real SQLCipher file.
//   - grid_huli syncs his grids (households, tasks, …) while the server is up;
//   - his supervisor changes one of his tasks on the server (PATCH), then the server is killed and stays
//     unreachable for the whole simulated day, while his engine keeps trying;
//   - offline he records 40 visits, reports 5 incidents each with photos (real PNG/JPEG bytes from QImage,
//     one of them ~2–3 MB; one incident gets a later photo and a change after its photos), and makes 10
//     task updates (acknowledge / complete);
//   - the server comes back on the same port and database: every visit and incident is on the server
//     exactly once, every photo the server serves has the SHA-256 of the bytes taken on the device, the 9
//     task updates not touched by the supervisor arrived, and the changed task's acknowledgement is a
//     conflict entry holding both versions.

#include "apitestclient.h"
#include "serverprocess.h"
#include "synctestsupport.h"

#include "domain/codec.h"
#include "domain/grid.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace gd;
using namespace gd::test;

namespace {

HeaderList idempotent()
{
    return {{QByteArray("Idempotency-Key"), QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8()}};
}

StaffUser meOf(ApiTestClient &client)
{
    QJsonObject user = client.get(QStringLiteral("/api/v1/auth/me")).json;
    if (user.contains(QLatin1String("user")))
        user = user.value(QLatin1String("user")).toObject();
    auto staff = fromJson<StaffUser>(user);
    return staff ? *staff : StaffUser{};
}

// A photo: `format` "PNG" or "JPG" of a w×h image; `noise` makes it incompressible (large).
QByteArray photo(int w, int h, const char *format, bool noise, quint32 seed)
{
    QImage image(w, h, QImage::Format_RGB888);
    QRandomGenerator rng(seed);
    for (int y = 0; y < h; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < w; ++x) {
            if (noise) {
                const quint32 v = rng.generate();
                line[3 * x] = uchar(v);
                line[3 * x + 1] = uchar(v >> 8);
                line[3 * x + 2] = uchar(v >> 16);
            } else {
                line[3 * x] = uchar(x + int(seed));
                line[3 * x + 1] = uchar(y);
                line[3 * x + 2] = uchar((x * y) >> 6);
            }
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}

int countOf(const QHash<QString, qint64> &snapshot, const QString &entity)
{
    int n = 0;
    const QString prefix = entity + QLatin1Char('/');
    for (auto it = snapshot.constBegin(); it != snapshot.constEnd(); ++it)
        n += it.key().startsWith(prefix) ? 1 : 0;
    return n;
}

} // namespace

class TestGridOffline : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_key;
    AuthTokens m_tokens;
    StaffUser m_me;
    QStringList m_tasks; // the six tasks the supervisor gave his grids for this test

    std::unique_ptr<ApiTestClient> client(const QString &username)
    {
        auto c = std::make_unique<ApiTestClient>(m_server.port());
        c->setToken(c->login(username));
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ServerProcess::Options options;
        options.citizens = 1500;
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        m_path = m_dir.filePath(QStringLiteral("grid.gdcache"));
        m_key = randomKey();
        m_tokens = signIn(m_server.port(), QStringLiteral("grid_huli"));
        QVERIFY(!m_tokens.accessToken.isEmpty());
        auto me = client(QStringLiteral("grid_huli"));
        m_me = meOf(*me);
        QCOMPARE(m_me.role, QStringLiteral("grid_manager"));
        QCOMPARE(m_me.gridIds.size(), 2);

        // The supervisor of Huli gives his two grids three tasks (six tasks, all open, version 1).
        auto supervisor = client(QStringLiteral("supervisor_huli"));
        for (int b = 0; b < 3; ++b) {
            const QString batch = QUuid::createUuid().toString(QUuid::WithoutBraces);
            for (const QString &grid : std::as_const(m_me.gridIds)) {
                TaskCreateRequest task{taskIdFor(batch, grid),
                                       batch,
                                       grid,
                                       QStringLiteral("离线测试任务 %1").arg(b + 1),
                                       QStringLiteral("逐户走访并登记。"),
                                       QDate::currentDate().addDays(7)};
                const ApiReply made =
                    supervisor->post(QStringLiteral("/api/v1/tasks"), toJson(task), idempotent());
                QVERIFY2(made.status == 201 || made.status == 200, made.body.constData());
                m_tasks.append(task.id);
            }
        }
    }

    void cleanupTestCase() { m_server.stop(); }

    void fieldDayOffline()
    {
        // 1. Online: the first sync brings his grids' households and tasks.
        auto engine = std::make_unique<SyncEngine>(testConfig(m_server.port(), m_path, m_key, m_tokens));
        engine->start();
        QVERIFY(waitUntilSettled(*engine, 60000));
        store::Store *store = engine->store();
        QVERIFY(store);
        QList<Household> households;
        for (const QString &grid : std::as_const(m_me.gridIds)) {
            auto mine = store->households().ofGrid(grid);
            QVERIFY(mine);
            households += *mine;
        }
        QVERIFY2(households.size() >= 4, "the demo data has households in grid_huli's grids");
        for (const QString &id : std::as_const(m_tasks))
            QCOMPARE(store->tasks().get(id).value().value_or(GridTask{}).state, QStringLiteral("open"));
        auto me = client(QStringLiteral("grid_huli"));
        const QHash<QString, qint64> before = serverSnapshot(*me);
        QVERIFY(countOf(before, QStringLiteral("task")) >= 6);

        // 2. The supervisor changes the first task on the server; then the server goes away for the day.
        engine.reset();
        auto supervisor = client(QStringLiteral("supervisor_huli"));
        const QString edited = m_tasks.first();
        const ApiReply patched =
            supervisor->patch(QStringLiteral("/api/v1/tasks/") + edited,
                              {{QStringLiteral("base_version"), 1},
                               {QStringLiteral("title"), QStringLiteral("离线测试任务（已调整）")}},
                              idempotent());
        QVERIFY2(patched.status == 200, patched.body.constData());
        QCOMPARE(patched.json.value(QStringLiteral("version")).toInteger(), 2);
        m_server.kill();
        engine = std::make_unique<SyncEngine>(testConfig(m_server.port(), m_path, m_key, m_tokens));
        engine->start(); // trying, and failing, all day
        store = engine->store();
        QVERIFY(store);
        QTRY_VERIFY_WITH_TIMEOUT(!engine->status().online, 10000);

        // 3a. Forty visits.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList visits;
        for (int i = 0; i < 40; ++i) {
            const Household &h = households.at(i % households.size());
            Visit v;
            v.gridId = h.gridId;
            v.householdId = h.id;
            v.citizenId = h.headCitizenId;
            v.staffId = m_me.id;
            v.kind = visitKinds().at(i % 4);
            v.visitedAt = now.addSecs(-3600 * 8 + 600 * i);
            v.summary = QStringLiteral("第 %1 次走访：了解家庭近况。").arg(i + 1);
            if (i % 5 == 0) {
                v.followUp = QStringLiteral("下周回访");
                v.followUpDue = QDate::currentDate().addDays(7);
            }
            auto item = store->visits().record(v);
            QVERIFY2(item, item ? "" : qPrintable(item.error().message));
            visits.append(item->entityId);
        }

        // 3b. Five incidents, each with photos (one ~2–3 MB PNG); the first gets a later photo and a change.
        QStringList incidents;
        QHash<QString, QByteArray> photos; // attachment id -> bytes taken
        const QByteArray big = photo(1000, 800, "PNG", true, 1);
        QVERIFY2(big.size() > 1024 * 1024 && big.size() < 3 * 1024 * 1024,
                 QByteArray::number(big.size()).constData());
        for (int i = 0; i < 5; ++i) {
            Incident incident;
            // A household of the incident's grid (the server checks it).
            const Household &h = households.at(i);
            incident.gridId = h.gridId;
            incident.householdId = h.id;
            incident.category = incidentCategories().at(i);
            incident.location = QStringLiteral("湖里社区 %1 号楼").arg(i + 1);
            incident.description = QStringLiteral("现场情况见照片（离线上报 %1）。").arg(i + 1);
            incident.urgency = QStringLiteral("normal");
            incident.reportedBy = m_me.id;
            incident.reportedAt = now.addSecs(-3600 * 6 + 900 * i);
            QList<store::PhotoFile> files{
                {QStringLiteral("现场%1.jpg").arg(i), photo(640 + 40 * i, 480, "JPG", i % 2 == 0, 10 + i)}};
            if (i == 0)
                files.append({QStringLiteral("全景.png"), big});
            if (i == 3)
                files.append({QStringLiteral("细节.png"), photo(320, 240, "PNG", false, 20)});
            auto items = store->incidents().report(incident, files);
            QVERIFY2(items, items ? "" : qPrintable(items.error().message));
            QCOMPARE(items->size(), 1 + files.size());
            incidents.append(items->first().entityId);
            for (int p = 0; p < files.size(); ++p)
                photos.insert(items->at(p + 1).body.value(QStringLiteral("id")).toString(), files[p].bytes);
        }
        auto later = store->incidents().addPhoto(
            incidents.first(), {QStringLiteral("补拍.jpg"), photo(800, 600, "JPG", true, 30)});
        QVERIFY2(later, later ? "" : qPrintable(later.error().message));
        photos.insert(
            later->body.value(QStringLiteral("id")).toString(),
            *store->incidents().attachmentBytes(later->body.value(QStringLiteral("id")).toString()));
        IncidentUpdate urgent;
        urgent.urgency = QStringLiteral("high");
        auto changed = store->incidents().update(incidents.first(), urgent, m_me);
        QVERIFY2(changed, changed ? "" : qPrintable(changed.error().message));
        QCOMPARE(changed->baseVersion, std::optional<qint64>(0));

        // 3c. Ten task updates: the edited task acknowledged (it will conflict), four acknowledged and
        // completed, the last one acknowledged.
        int taskUpdates = 0;
        for (int t = 0; t < m_tasks.size(); ++t) {
            const QString &id = m_tasks.at(t);
            auto ack = store->tasks().act(id, QStringLiteral("acknowledge"), {}, m_me);
            QVERIFY2(ack, ack ? "" : qPrintable(ack.error().message));
            ++taskUpdates;
            if (t == 0 || t == m_tasks.size() - 1)
                continue;
            auto done = store->tasks().act(id, QStringLiteral("complete"),
                                           QStringLiteral("已完成，共走访 %1 户").arg(t + 10), m_me);
            QVERIFY2(done, done ? "" : qPrintable(done.error().message));
            ++taskUpdates;
        }
        QCOMPARE(taskUpdates, 10);
        const int queued = 40 + 5 + photos.size() + 1 + 10;
        QCOMPARE(*store->outbox().count(), queued);
        QCOMPARE(store->tasks().get(m_tasks.at(1)).value()->state, QStringLiteral("done"));
        QVERIFY(!engine->status().online);
        QCOMPARE(*store->conflicts().count(), 0);

        // 4. The server is back (same port, same database).
        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
        QSignalSpy conflicts(engine.get(), &SyncEngine::conflictsChanged);
        QVERIFY(waitUntilSettled(*engine, 60000));
        QCOMPARE(*store->outbox().count(), 0);
        {
            // Only the edited task's acknowledgement was refused.
            auto refused = store->conflicts().list();
            QVERIFY(refused);
            QString what;
            for (const store::ConflictEntry &e : std::as_const(*refused))
                what += e.entity + QLatin1Char(' ') + e.path + QLatin1String(": ") + e.errorMessage +
                        QLatin1Char('\n');
            QVERIFY2(refused->size() == 1, qPrintable(what));
        }

        // Every visit and incident is on the server exactly once.
        const QHash<QString, qint64> after = serverSnapshot(*me);
        QCOMPARE(countOf(after, QStringLiteral("visit")), countOf(before, QStringLiteral("visit")) + 40);
        QCOMPARE(countOf(after, QStringLiteral("incident")), countOf(before, QStringLiteral("incident")) + 5);
        for (const QString &id : std::as_const(visits)) {
            QVERIFY2(after.contains(QStringLiteral("visit/") + id), qPrintable(id));
            QCOMPARE(after.value(QStringLiteral("visit/") + id), 1);
        }
        for (const QString &id : std::as_const(incidents))
            QVERIFY2(after.contains(QStringLiteral("incident/") + id), qPrintable(id));
        // The first incident: created, three photos, then the change rebased on the photos' versions.
        const ApiReply first = supervisor->get(QStringLiteral("/api/v1/incidents/") + incidents.first());
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("urgency")).toString(), QStringLiteral("high"));
        QCOMPARE(first.json.value(QStringLiteral("attachments")).toArray().size(), 3);
        QCOMPARE(first.json.value(QStringLiteral("version")).toInteger(), 5);
        QCOMPARE(first.json.value(QStringLiteral("id")).toString(), incidents.first());

        // Every photo the server serves is the bytes taken on the device.
        int served = 0;
        for (const QString &incident : std::as_const(incidents)) {
            auto local = store->incidents().attachments(incident);
            QVERIFY(local);
            for (const store::LocalAttachment &a : std::as_const(*local)) {
                QVERIFY2(a.uploaded, qPrintable(a.info.fileName));
                const ApiReply got = supervisor->get(QStringLiteral("/api/v1/attachments/") + a.info.id);
                QCOMPARE(got.status, 200);
                const QByteArray bytes =
                    QByteArray::fromBase64(got.json.value(QStringLiteral("data")).toString().toLatin1());
                QCOMPARE(sha256Hex(bytes), sha256Hex(photos.value(a.info.id)));
                QCOMPARE(sha256Hex(bytes), a.info.sha256);
                QCOMPARE(got.json.value(QStringLiteral("sha256")).toString(), a.info.sha256);
                ++served;
            }
        }
        QCOMPARE(served, photos.size());

        // The nine task updates not touched by the supervisor arrived.
        for (int t = 1; t < m_tasks.size(); ++t) {
            const ApiReply task = supervisor->get(QStringLiteral("/api/v1/tasks/") + m_tasks.at(t));
            QCOMPARE(task.status, 200);
            const bool completed = t != m_tasks.size() - 1;
            QCOMPARE(task.json.value(QStringLiteral("state")).toString(),
                     completed ? QStringLiteral("done") : QStringLiteral("acknowledged"));
            QCOMPARE(task.json.value(QStringLiteral("acknowledged_by")).toString(), m_me.id);
            QCOMPARE(task.json.value(QStringLiteral("version")).toInteger(), completed ? 3 : 2);
            if (completed)
                QCOMPARE(task.json.value(QStringLiteral("result")).toString(),
                         QStringLiteral("已完成，共走访 %1 户").arg(t + 10));
        }

        // The edited task: still open on the server with the supervisor's title; the acknowledgement is a
        // conflict entry with both versions, and the local copy follows the server.
        const ApiReply editedOnServer = supervisor->get(QStringLiteral("/api/v1/tasks/") + edited);
        QCOMPARE(editedOnServer.json.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QVERIFY(conflicts.count() >= 1);
        auto entries = store->conflicts().list();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const store::ConflictEntry &entry = entries->first();
        QCOMPARE(entry.kind, QStringLiteral("conflict"));
        QCOMPARE(entry.entity, QStringLiteral("task"));
        QCOMPARE(entry.entityId, edited);
        QCOMPARE(entry.local.value(QStringLiteral("action")).toString(), QStringLiteral("acknowledge"));
        QCOMPARE(entry.baseVersion, std::optional<qint64>(1));
        QVERIFY(entry.server);
        QCOMPARE(entry.server->value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(entry.server->value(QStringLiteral("title")).toString(),
                 QStringLiteral("离线测试任务（已调整）"));
        const GridTask local = *store->tasks().get(edited).value();
        QCOMPARE(local.state, QStringLiteral("open"));
        QCOMPARE(local.title, QStringLiteral("离线测试任务（已调整）"));

        // The local copy ends equal to the server's scope.
        QTRY_COMPARE_WITH_TIMEOUT(describeDifference(serverSnapshot(*me), localSnapshot(*store)), QString(),
                                  30000);
        engine->stop();
    }
};

QTEST_GUILESS_MAIN(TestGridOffline)
#include "tst_gridoffline.moc"
