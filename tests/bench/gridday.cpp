// govdesk-bench grid-day: see syncbench.h.

#include "syncbench.h"

#include "apitestclient.h"
#include "scenario.h"
#include "syncbenchsupport.h"
#include "synctestsupport.h"

#include "domain/codec.h"
#include "domain/grid.h"
#include "store/gridqueries.h"
#include "store/incidentrepository.h"
#include "store/store.h"
#include "store/taskrepository.h"
#include "store/visitrepository.h"
#include "sync/syncengine.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <iostream>

namespace gd::bench {
namespace {

test::HeaderList keyed()
{
    return {{QByteArrayLiteral("Idempotency-Key"),
             QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}};
}

// A w×h photo; noise makes it incompressible (the size of a real camera JPEG at that resolution).
QByteArray photo(int w, int h, quint32 seed)
{
    QImage image(w, h, QImage::Format_RGB888);
    QRandomGenerator rng(seed);
    for (int y = 0; y < h; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < 3 * w; ++x)
            line[x] = uchar(rng.generate());
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 85);
    return bytes;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values[i];
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

struct DayRecords {
    QList<Visit> visits;
    QList<Incident> incidents;
    QList<QList<store::PhotoFile>> photos;
};

// The offline day of the issue: 40 visits over the grid's households, 5 incidents with one photo each.
DayRecords makeDay(const QString &gridId, const QStringList &households, const QByteArray &jpeg)
{
    DayRecords day;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-8 * 3600);
    for (int i = 0; i < 40; ++i) {
        Visit v;
        v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        v.gridId = gridId;
        if (!households.isEmpty())
            v.householdId = households[i % households.size()];
        v.kind = visitKinds()[i % visitKinds().size()];
        v.visitedAt = start.addSecs(i * 600);
        v.summary = QStringLiteral("入户走访第 %1 户，了解家庭近况，宣传政策。").arg(i + 1);
        if (i % 4 == 0) {
            v.followUp = QStringLiteral("下周回访");
            v.followUpDue = start.date().addDays(7);
        }
        day.visits.append(v);
    }
    for (int i = 0; i < 5; ++i) {
        Incident in;
        in.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        in.gridId = gridId;
        in.category = incidentCategories()[i % incidentCategories().size()];
        in.urgency = incidentUrgencies()[i % incidentUrgencies().size()];
        in.location = QStringLiteral("%1 号楼楼道").arg(i + 3);
        in.description = QStringLiteral("楼道堆放杂物，存在消防隐患，已拍照。");
        in.reportedAt = start.addSecs(3600 + i * 1800);
        day.incidents.append(in);
        day.photos.append({{QStringLiteral("scene-%1.jpg").arg(i + 1), jpeg}});
    }
    return day;
}

// The same records posted straight to the server with plain HTTP (fresh ids), for the side-by-side ratio.
bool postDirect(test::ApiTestClient &client, const DayRecords &day, double *ms)
{
    QElapsedTimer clock;
    clock.start();
    for (Visit v : day.visits) {
        v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        VisitCreateRequest r{v.id,        v.gridId,  v.citizenId, v.householdId, v.kind,
                             v.visitedAt, v.summary, v.followUp,  v.followUpDue};
        if (client.post(QStringLiteral("/api/v1/visits"), toJson(r), keyed()).status / 100 != 2)
            return false;
    }
    for (qsizetype i = 0; i < day.incidents.size(); ++i) {
        const Incident &in = day.incidents[i];
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        IncidentCreateRequest r{id,          in.gridId,      in.householdId, in.citizenId, in.category,
                                in.location, in.description, in.urgency,     in.reportedAt};
        if (client.post(QStringLiteral("/api/v1/incidents"), toJson(r), keyed()).status / 100 != 2)
            return false;
        for (const store::PhotoFile &p : day.photos[i]) {
            AttachmentUpload up{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                p.fileName,
                                sniffAttachmentType(p.bytes),
                                p.bytes.size(),
                                sha256Hex(p.bytes),
                                QString::fromLatin1(p.bytes.toBase64())};
            if (client.post(QStringLiteral("/api/v1/incidents/%1/attachments").arg(id), toJson(up), keyed())
                        .status /
                    100 !=
                2)
                return false;
        }
    }
    *ms = msSince(clock);
    return true;
}

} // namespace

int runGridDay(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Demo citizens (default 5000)."), QStringLiteral("N"),
                                         QStringLiteral("5000"));
    const QCommandLineOption photoOpt(QStringLiteral("photo-kpx"),
                                      QStringLiteral("Photo width in pixels / 1000 (default 1: ~1000x750)."),
                                      QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption queriesOpt(QStringLiteral("queries"),
                                        QStringLiteral("Grid overview reads to time (default 50)."),
                                        QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({citizensOpt, photoOpt, queriesOpt});
    if (!parser.parse(QStringList{QStringLiteral("grid-day")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return 2;
    }
    const int citizens = parser.value(citizensOpt).toInt();
    const int kpx = qBound(1, parser.value(photoOpt).toInt(), 3);
    const int queries = qBound(1, parser.value(queriesOpt).toInt(), 10000);

    test::ServerProcess server;
    test::ServerProcess::Options options;
    options.citizens = qMax(500, citizens);
    options.seed = 20261125;
    std::cerr << "grid-day: starting govdesk-server with " << options.citizens << " demo citizens"
              << std::endl;
    if (!server.start(options)) {
        std::cerr << "grid-day: " << server.error().toStdString() << std::endl;
        return 1;
    }
    const QString user = QStringLiteral("grid_huli");
    test::ApiTestClient gm(server.port());
    gm.setToken(gm.login(user));
    QJsonObject meJson = gm.get(QStringLiteral("/api/v1/auth/me")).json;
    if (meJson.contains(QLatin1String("user")))
        meJson = meJson.value(QLatin1String("user")).toObject();
    auto me = fromJson<StaffUser>(meJson);
    if (!me || me->gridIds.isEmpty()) {
        std::cerr << "grid-day: " << user.toStdString() << " has no grids" << std::endl;
        return 1;
    }
    const QString grid = me->gridIds.first();

    // Ten tasks for the day, given by the district supervisor before the grid manager goes out.
    test::ApiTestClient supervisor(server.port());
    supervisor.setToken(supervisor.login(QStringLiteral("supervisor_huli")));
    QStringList taskIds;
    for (int i = 0; i < 10; ++i) {
        const QString batch = QUuid::createUuid().toString(QUuid::WithoutBraces);
        TaskCreateRequest t{taskIdFor(batch, grid),
                            batch,
                            grid,
                            QStringLiteral("走访任务 %1").arg(i + 1),
                            QStringLiteral("逐户核实并登记。"),
                            QDate::currentDate().addDays(5)};
        if (supervisor.post(QStringLiteral("/api/v1/tasks"), toJson(t), keyed()).status / 100 != 2) {
            std::cerr << "grid-day: the supervisor could not assign a task" << std::endl;
            return 1;
        }
        taskIds.append(t.id);
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    SyncConfig config = test::testConfig(server.port(), dir.filePath(QStringLiteral("grid.gdcache")),
                                         test::randomKey(), test::signIn(server.port(), user));
    config.liveUpdates = false;
    SyncEngine engine(config);
    QElapsedTimer clock;
    clock.start();
    if (!runOneCycle(engine, 10 * 60 * 1000)) {
        std::cerr << "grid-day: the initial sync did not finish" << std::endl;
        return 1;
    }
    const double initialMs = msSince(clock);
    store::Store &local = *engine.store();

    QStringList households;
    if (auto rows = store::GridQueries(local).households(grid); rows) {
        for (const Household &h : rows->items)
            households.append(h.id);
    }
    const QByteArray jpeg = photo(1000 * kpx, 750 * kpx, 7);
    DayRecords day = makeDay(grid, households, jpeg);

    // 1. The day's records written locally (the engine idle, as offline): latency per record.
    QList<double> visitMs, incidentMs, taskMs;
    for (const Visit &v : std::as_const(day.visits)) {
        clock.restart();
        if (auto r = local.visits().record(v); !r) {
            std::cerr << "grid-day: visit refused: " << r.error().message.toStdString() << std::endl;
            return 1;
        }
        visitMs.append(msSince(clock));
    }
    for (qsizetype i = 0; i < day.incidents.size(); ++i) {
        Incident in = day.incidents[i];
        in.reportedBy = me->id;
        clock.restart();
        if (auto r = local.incidents().report(in, day.photos[i]); !r) {
            std::cerr << "grid-day: incident refused: " << r.error().message.toStdString() << std::endl;
            return 1;
        }
        incidentMs.append(msSince(clock));
    }
    for (int i = 0; i < taskIds.size(); ++i) {
        clock.restart();
        auto r = i < 5 ? local.tasks().act(taskIds[i], QStringLiteral("acknowledge"), {}, *me)
                       : local.tasks().act(taskIds[i], QStringLiteral("complete"),
                                           QStringLiteral("已逐户核实，情况正常。"), *me);
        if (!r) {
            std::cerr << "grid-day: task update refused: " << r.error().message.toStdString() << std::endl;
            return 1;
        }
        taskMs.append(msSince(clock));
    }
    const qint64 queued = local.outbox().count().value_or(-1);

    // 2. Back online: one cycle delivers the outbox.
    clock.restart();
    if (!runOneCycle(engine, 10 * 60 * 1000)) {
        std::cerr << "grid-day: the push cycle did not finish" << std::endl;
        return 1;
    }
    const double pushMs = msSince(clock);
    const qint64 left = local.outbox().count().value_or(-1);
    const qint64 conflicts = local.conflicts().count().value_or(-1);

    // Exactly once: each record is on the server, and the grid's visit count grew by exactly 40.
    int onServer = 0;
    for (const Visit &v : std::as_const(day.visits))
        onServer += gm.get(QStringLiteral("/api/v1/visits/") + v.id).status == 200 ? 1 : 0;
    int photosIntact = 0;
    for (qsizetype i = 0; i < day.incidents.size(); ++i) {
        const QJsonObject in = gm.get(QStringLiteral("/api/v1/incidents/") + day.incidents[i].id).json;
        onServer += in.value(QLatin1String("id")).toString() == day.incidents[i].id ? 1 : 0;
        for (const QJsonValue &a : in.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject got = gm.get(QStringLiteral("/api/v1/attachments/") +
                                           a.toObject().value(QLatin1String("id")).toString())
                                        .json;
            const QByteArray bytes =
                QByteArray::fromBase64(got.value(QLatin1String("data")).toString().toLatin1());
            photosIntact += sha256Hex(bytes) == sha256Hex(jpeg) ? 1 : 0;
        }
    }

    // 3. The same records posted directly, side by side with the engine's push.
    double directMs = 0;
    if (!postDirect(gm, day, &directMs)) {
        std::cerr << "grid-day: a direct post was refused" << std::endl;
        return 1;
    }

    // 4. The Grid page's overview of the grid from the local copy.
    store::GridQueries grids(local);
    QList<double> overviewMs, residentsMs;
    for (int i = 0; i < queries; ++i) {
        clock.restart();
        if (!grids.overview(grid, QDateTime::currentDateTimeUtc()))
            return 1;
        overviewMs.append(msSince(clock));
        clock.restart();
        if (!grids.residents(grid, QDate::currentDate()))
            return 1;
        residentsMs.append(msSince(clock));
    }
    qint64 residents = 0;
    if (auto o = grids.overview(grid, QDateTime::currentDateTimeUtc()); o)
        residents = o->residents;

    const double photoBytes = double(jpeg.size()) * 5;
    QJsonObject out{
        {QStringLiteral("scenario"), QStringLiteral("grid-day")},
        {QStringLiteral("citizens"), options.citizens},
        {QStringLiteral("grid_residents"), residents},
        {QStringLiteral("initial_sync_ms"), round2(initialMs)},
        {QStringLiteral("records"), QJsonObject{{QStringLiteral("visits"), day.visits.size()},
                                                {QStringLiteral("incidents"), day.incidents.size()},
                                                {QStringLiteral("photos"), day.incidents.size()},
                                                {QStringLiteral("photo_bytes"), jpeg.size()},
                                                {QStringLiteral("task_updates"), taskIds.size()}}},
        {QStringLiteral("outbox_items"), queued},
        {QStringLiteral("local_write_ms"),
         QJsonObject{{QStringLiteral("visit_p50"), round3(percentile(visitMs, 0.5))},
                     {QStringLiteral("visit_p95"), round3(percentile(visitMs, 0.95))},
                     {QStringLiteral("incident_with_photo_p50"), round3(percentile(incidentMs, 0.5))},
                     {QStringLiteral("incident_with_photo_p95"), round3(percentile(incidentMs, 0.95))},
                     {QStringLiteral("task_update_p50"), round3(percentile(taskMs, 0.5))},
                     {QStringLiteral("task_update_p95"), round3(percentile(taskMs, 0.95))}}},
        {QStringLiteral("push_ms"), round2(pushMs)},
        {QStringLiteral("push_items_per_s"), round2(double(queued) * 1000.0 / qMax(1.0, pushMs))},
        {QStringLiteral("direct_http_ms"), round2(directMs)},
        {QStringLiteral("push_vs_direct_http"), round2(pushMs / qMax(1.0, directMs))},
        {QStringLiteral("photo_mb_per_s"), round2(photoBytes / 1e6 / qMax(0.001, pushMs / 1000.0))},
        {QStringLiteral("outbox_left"), left},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("records_on_server"), onServer},
        {QStringLiteral("photos_intact"), photosIntact},
        {QStringLiteral("overview_ms"),
         QJsonObject{{QStringLiteral("p50"), round3(percentile(overviewMs, 0.5))},
                     {QStringLiteral("p95"), round3(percentile(overviewMs, 0.95))}}},
        {QStringLiteral("residents_ms"),
         QJsonObject{{QStringLiteral("p50"), round3(percentile(residentsMs, 0.5))},
                     {QStringLiteral("p95"), round3(percentile(residentsMs, 0.95))}}},
    };
    std::cout << QJsonDocument(out).toJson(QJsonDocument::Compact).constData() << std::endl;
    const bool exact = left == 0 && conflicts == 0 && onServer == day.visits.size() + day.incidents.size() &&
                       photosIntact == day.incidents.size();
    return exact ? 0 : 1;
}

} // namespace gd::bench
