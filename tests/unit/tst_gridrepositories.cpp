// Grid work in the encrypted local copy (issue 8): visits, incident reports with their photos and grid
// tasks are written locally and queued in the outbox in one transaction, with the bodies and base versions
// the server and the sync engine need; the local checks refuse what the server would refuse (fields,
// photo size/type/count, task states, roles) before anything is written; photo bytes live in the encrypted
// file (never in the outbox); a schema-5 file migrates to schema 6.
#include "store/changeapplier.h"
#include "store/localschema.h"
#include "store/store.h"

#include "domain/codec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace gd;
using namespace gd::store;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(2, 0), QTimeZone::utc());
const QString kGrid = QStringLiteral("g-huli-1");
const QString kOtherGrid = QStringLiteral("g-huli-2");
const QString kForeignGrid = QStringLiteral("g-siming-1");

QByteArray randomBytes(qsizetype n)
{
    QByteArray bytes(n, '\0');
    for (qsizetype i = 0; i < n; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

QByteArray randomKey()
{
    return randomBytes(32);
}

// The signature of a PNG and random bytes: what sniffAttachmentType() and the server check.
QByteArray png(qsizetype n)
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + randomBytes(n - 8);
}

QByteArray jpeg(qsizetype n)
{
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + randomBytes(n - 4);
}

QJsonObject upsert(qint64 seq, const QString &entity, const QJsonObject &data)
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("op"), QStringLiteral("upsert")},
                       {QStringLiteral("id"), data.value(QStringLiteral("id"))},
                       {QStringLiteral("version"), data.value(QStringLiteral("version"))},
                       {QStringLiteral("data"), data}};
}

QJsonObject grid(const QString &id, const QString &district)
{
    Region r;
    r.id = id;
    r.parentId = QStringLiteral("community");
    r.level = QStringLiteral("grid");
    r.name = id;
    r.districtCode = district;
    return toJson(r);
}

StaffUser staff(const QString &id, const QString &role, const QString &area = {})
{
    StaffUser u;
    u.id = id;
    u.username = id;
    u.displayName = id;
    u.role = role;
    if (!area.isEmpty())
        u.areaCode = area;
    if (role == QLatin1String("grid_manager"))
        u.gridIds = {kGrid, kOtherGrid};
    return u;
}

GridTask task(const QString &batch, const QString &gridId, const QString &state, qint64 version)
{
    GridTask t;
    t.batchId = batch;
    t.gridId = gridId;
    t.id = taskIdFor(batch, gridId);
    t.districtCode = gridId == kForeignGrid ? QStringLiteral("350203") : QStringLiteral("350206");
    t.title = QStringLiteral("入户排查燃气隐患");
    t.description = QStringLiteral("逐户检查燃气软管。");
    t.dueOn = QDate(2026, 12, 5);
    t.assignedBy = QStringLiteral("s-super");
    t.assignedAt = kNow.addDays(-2);
    t.state = state;
    t.version = version;
    t.updatedAt = kNow.addDays(-2);
    return t;
}

Incident incidentDraft()
{
    Incident i;
    i.gridId = kGrid;
    i.districtCode = QStringLiteral("350206");
    i.category = QStringLiteral("fire_hazard");
    i.location = QStringLiteral(" 湖里街道 12 号楼道 ");
    i.description = QStringLiteral("楼道堆放杂物，堵塞消防通道。");
    i.urgency = QStringLiteral("high");
    i.reportedBy = QStringLiteral("s-grid");
    i.reportedAt = kNow;
    i.updatedAt = kNow;
    return i;
}

Visit visitDraft()
{
    Visit v;
    v.gridId = kGrid;
    v.districtCode = QStringLiteral("350206");
    v.householdId = QStringLiteral("h1");
    v.citizenId = QStringLiteral("c1");
    v.staffId = QStringLiteral("s-grid");
    v.kind = QStringLiteral("special_group");
    v.visitedAt = kNow;
    v.summary = QStringLiteral("  独居老人身体状况良好。 ");
    v.followUp = QStringLiteral("下周复查血压");
    v.followUpDue = QDate(2026, 12, 2);
    v.updatedAt = kNow;
    return v;
}

template <typename T> QString fieldOf(const Result<T> &r)
{
    return r ? QString() : r.error().details.value(QStringLiteral("field")).toString();
}

template <typename T> QString reasonOf(const Result<T> &r)
{
    return r ? QString() : r.error().details.value(QStringLiteral("reason")).toString();
}

} // namespace

class TestGridRepositories : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_key;
    std::unique_ptr<Store> m_store;
    const StaffUser m_manager = staff(QStringLiteral("s-grid"), QStringLiteral("grid_manager"));
    const StaffUser m_supervisor =
        staff(QStringLiteral("s-super"), QStringLiteral("supervisor"), QStringLiteral("350206"));
    const StaffUser m_otherSupervisor =
        staff(QStringLiteral("s-siming"), QStringLiteral("supervisor"), QStringLiteral("350203"));
    const StaffUser m_officer = staff(QStringLiteral("s-officer"), QStringLiteral("officer"));
    const QString m_batch = QStringLiteral("0b6f3d2a-3f1e-4c5d-9a7b-2c1d0e9f8a7b");

    Store &s() { return *m_store; }
    qint64 outboxCount() { return *s().outbox().count(); }

    QList<OutboxItem> queued()
    {
        auto items = s().outbox().pending(1000);
        return items ? *items : QList<OutboxItem>{};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("g%1.db").arg(QRandomGenerator::global()->generate()));
        m_key = randomKey();
        auto store = Store::open(m_path, m_key);
        QVERIFY(store);
        m_store = std::move(*store);
        ChangeApplier applier(s());
        QVERIFY(applier.apply(
            QJsonArray{
                upsert(1, QStringLiteral("region"), grid(kGrid, QStringLiteral("350206"))),
                upsert(2, QStringLiteral("region"), grid(kOtherGrid, QStringLiteral("350206"))),
                upsert(3, QStringLiteral("region"), grid(kForeignGrid, QStringLiteral("350203"))),
                upsert(4, QStringLiteral("task"), toJson(task(m_batch, kGrid, QStringLiteral("open"), 1))),
                upsert(5, QStringLiteral("task"),
                       toJson(task(m_batch, kOtherGrid, QStringLiteral("acknowledged"), 2))),
                upsert(6, QStringLiteral("task"),
                       toJson(task(m_batch, kForeignGrid, QStringLiteral("open"), 1)))},
            6));
    }

    void cleanup() { m_store.reset(); }

    void visitRecordQueuesItsFollowUp()
    {
        auto item = s().visits().record(visitDraft());
        QVERIFY2(item, item ? "" : qPrintable(item.error().message));
        QCOMPARE(item->method, QStringLiteral("POST"));
        QCOMPARE(item->path, QStringLiteral("/api/v1/visits"));
        QCOMPARE(item->entity, QStringLiteral("visit"));
        QVERIFY(!item->baseVersion);
        const QString id = item->entityId;
        QCOMPARE(QUuid::fromString(id).isNull(), false);
        QCOMPARE(item->body.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(item->body.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("独居老人身体状况良好。"));
        QCOMPARE(item->body.value(QStringLiteral("follow_up")).toString(), QStringLiteral("下周复查血压"));
        QCOMPARE(item->body.value(QStringLiteral("follow_up_due")).toString(), QStringLiteral("2026-12-02"));
        QCOMPARE(item->body.value(QStringLiteral("household_id")).toString(), QStringLiteral("h1"));
        QVERIFY(!item->body.contains(QStringLiteral("staff_id")));
        // The local row, found by the new columns of schema 6.
        ListQuery byHousehold;
        byHousehold.where(QStringLiteral("household"), QStringLiteral("h1"))
            .where(QStringLiteral("staff"), QStringLiteral("s-grid"));
        QCOMPARE(*s().visits().count(byHousehold), 1);
        const Visit local = *s().visits().get(id).value();
        QCOMPARE(local.version, 0);
        QCOMPARE(local.followUpDue, std::optional<QDate>(QDate(2026, 12, 2)));
        QVERIFY(*s().outbox().hasPending(QStringLiteral("visit"), id));
    }

    void visitRefusalsAreTheServersFieldErrors()
    {
        Visit v = visitDraft();
        v.kind = QStringLiteral("party");
        QCOMPARE(fieldOf(s().visits().record(v)), QStringLiteral("kind"));
        v = visitDraft();
        v.summary = QStringLiteral("   ");
        QCOMPARE(fieldOf(s().visits().record(v)), QStringLiteral("summary"));
        v = visitDraft();
        v.followUp = QString(kVisitMaxFollowUp + 1, QLatin1Char('x'));
        QCOMPARE(fieldOf(s().visits().record(v)), QStringLiteral("follow_up"));
        v = visitDraft();
        v.id = QStringLiteral("not-a-uuid");
        QCOMPARE(fieldOf(s().visits().record(v)), QStringLiteral("id"));
        QCOMPARE(outboxCount(), 0);
        QCOMPARE(*s().visits().count(), 0);
    }

    void visitUpdateSendsOnlyChangesFromTheConfirmedVersion()
    {
        // A visit the server has (version 3).
        Visit v = visitDraft();
        v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        v.summary = QStringLiteral("初访");
        v.version = 3;
        ChangeApplier applier(s());
        QVERIFY(applier.apply(QJsonArray{upsert(7, QStringLiteral("visit"), toJson(v))}, 7));

        VisitUpdate changes;
        changes.summary = QStringLiteral(" 初访，已登记 ");
        changes.kind = v.kind; // unchanged: not sent
        auto item = s().visits().update(v.id, changes, m_manager, kNow);
        QVERIFY2(item, item ? "" : qPrintable(item.error().message));
        QCOMPARE(item->method, QStringLiteral("PATCH"));
        QCOMPARE(item->path, QStringLiteral("/api/v1/visits/") + v.id);
        QCOMPARE(item->baseVersion, std::optional<qint64>(3));
        QCOMPARE(item->body, (QJsonObject{{QStringLiteral("base_version"), 3},
                                          {QStringLiteral("summary"), QStringLiteral("初访，已登记")}}));
        // A second change while the first waits: still based on the confirmed version 3.
        VisitUpdate clear;
        clear.followUp = QString();
        auto second = s().visits().update(v.id, clear, m_manager, kNow);
        QVERIFY(second);
        QCOMPARE(second->baseVersion, std::optional<qint64>(3));
        QCOMPARE(second->body.value(QStringLiteral("follow_up")).toString(), QString());
        const Visit local = *s().visits().get(v.id).value();
        QCOMPARE(local.summary, QStringLiteral("初访，已登记"));
        QVERIFY(!local.followUp);
        QVERIFY(!local.followUpDue);

        // Refusals: another role, nothing to change, a bad field.
        QCOMPARE(s().visits().update(v.id, changes, m_officer, kNow).error().code, ErrorCode::Forbidden);
        QCOMPARE(s().visits().update(v.id, VisitUpdate{}, m_manager, kNow).error().code,
                 ErrorCode::BadRequest);
        VisitUpdate bad;
        bad.summary = QString();
        QCOMPARE(fieldOf(s().visits().update(v.id, bad, m_manager, kNow)), QStringLiteral("summary"));
        QCOMPARE(outboxCount(), 2);
    }

    void incidentReportQueuesTheIncidentAndOneUploadPerPhoto()
    {
        const QByteArray first = png(300 * 1024);
        const QByteArray second = jpeg(2 * 1024 * 1024);
        auto items = s().incidents().report(incidentDraft(), {PhotoFile{QStringLiteral("门口.png"), first},
                                                              PhotoFile{QStringLiteral("楼道.jpg"), second}});
        QVERIFY2(items, items ? "" : qPrintable(items.error().message));
        QCOMPARE(items->size(), 3);
        const OutboxItem &create = items->at(0);
        const QString id = create.entityId;
        QCOMPARE(create.method, QStringLiteral("POST"));
        QCOMPARE(create.path, QStringLiteral("/api/v1/incidents"));
        QCOMPARE(create.entity, QStringLiteral("incident"));
        QVERIFY(!create.baseVersion);
        QCOMPARE(create.body.value(QStringLiteral("location")).toString(),
                 QStringLiteral("湖里街道 12 号楼道"));
        QCOMPARE(create.body.value(QStringLiteral("urgency")).toString(), QStringLiteral("high"));
        QVERIFY(!create.body.contains(QStringLiteral("household_id")));
        const QList<QByteArray> bytes{first, second};
        const QStringList types{QStringLiteral("image/png"), QStringLiteral("image/jpeg")};
        for (int i = 0; i < 2; ++i) {
            const OutboxItem &upload = items->at(i + 1);
            QCOMPARE(upload.method, QStringLiteral("POST"));
            QCOMPARE(upload.path, QStringLiteral("/api/v1/incidents/%1/attachments").arg(id));
            QCOMPARE(upload.entity, QStringLiteral("incident"));
            QCOMPARE(upload.entityId, id);
            QCOMPARE(upload.baseVersion, std::optional<qint64>(0));
            QVERIFY(!upload.body.contains(QStringLiteral("data"))); // the bytes never go into the outbox
            QCOMPARE(upload.body.value(QStringLiteral("content_type")).toString(), types[i]);
            QCOMPARE(upload.body.value(QStringLiteral("size")).toInteger(), bytes[i].size());
            QCOMPARE(upload.body.value(QStringLiteral("sha256")).toString(), sha256Hex(bytes[i]));
            QVERIFY(isAttachmentPath(upload.path));
            QVERIFY(!bodyIsObjectFields(upload.path));
            const QString attachment = upload.body.value(QStringLiteral("id")).toString();
            QCOMPARE(*s().incidents().attachmentBytes(attachment), bytes[i]);
        }
        QVERIFY(bodyIsObjectFields(create.path));
        // The outbox rows stay small: no photo in them.
        QVERIFY(*s().connection().scalar("SELECT max(length(body)) FROM outbox") < 2000);

        const Incident local = *s().incidents().get(id).value();
        QCOMPARE(local.status, QStringLiteral("reported"));
        QCOMPARE(local.version, 0);
        QCOMPARE(local.attachments.size(), 2);
        auto rows = s().incidents().attachments(id);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        for (const LocalAttachment &a : std::as_const(*rows)) {
            QVERIFY(a.hasBytes);
            QVERIFY(!a.uploaded);
        }
        ListQuery byGrid;
        byGrid.where(QStringLiteral("grid"), kGrid)
            .where(QStringLiteral("status"), QStringLiteral("reported"));
        QCOMPARE(*s().incidents().count(byGrid), 1);

        // A later photo is based on the confirmed version (0: the create still waits).
        auto later = s().incidents().addPhoto(id, PhotoFile{QStringLiteral("later.png"), png(4096)}, kNow);
        QVERIFY(later);
        QCOMPARE(later->baseVersion, std::optional<qint64>(0));
        QCOMPARE(s().incidents().get(id).value()->attachments.size(), 3);
    }

    void photoRefusals()
    {
        // Too big, not an image, a path as its name, a seventh photo: nothing written.
        const auto refusedField = [this](const PhotoFile &photo) {
            return fieldOf(s().incidents().report(incidentDraft(), {photo}));
        };
        QCOMPARE(refusedField(PhotoFile{QStringLiteral("big.png"), png(kAttachmentMaxBytes + 1)}),
                 QStringLiteral("data"));
        auto big = s().incidents().report(
            incidentDraft(), {PhotoFile{QStringLiteral("big.png"), png(kAttachmentMaxBytes + 1)}});
        QCOMPARE(big.error().details.value(QStringLiteral("max_bytes")).toInteger(), kAttachmentMaxBytes);
        QCOMPARE(refusedField(PhotoFile{QStringLiteral("anim.gif"), QByteArray("GIF89a") + randomBytes(100)}),
                 QStringLiteral("content_type"));
        QCOMPARE(refusedField(PhotoFile{QStringLiteral("../etc/x.png"), png(100)}),
                 QStringLiteral("file_name"));
        QCOMPARE(refusedField(PhotoFile{QStringLiteral("empty.png"), QByteArray()}), QStringLiteral("data"));
        // Exactly at the limit is fine.
        QList<PhotoFile> seven;
        for (int i = 0; i < kAttachmentsPerIncident + 1; ++i)
            seven.append(PhotoFile{QStringLiteral("p%1.png").arg(i), png(1000)});
        auto tooMany = s().incidents().report(incidentDraft(), seven);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code, ErrorCode::Conflict);
        QCOMPARE(reasonOf(tooMany), QStringLiteral("too_many_attachments"));
        Incident bad = incidentDraft();
        bad.category = QStringLiteral("ufo");
        QCOMPARE(fieldOf(s().incidents().report(bad)), QStringLiteral("category"));
        bad = incidentDraft();
        bad.location = QString(kIncidentMaxLocation + 1, QLatin1Char('x'));
        QCOMPARE(fieldOf(s().incidents().report(bad)), QStringLiteral("location"));
        QCOMPARE(outboxCount(), 0);
        QCOMPARE(*s().incidents().count(), 0);
        QCOMPARE(*s().connection().scalar("SELECT count(*) FROM attachments"), 0);

        seven.removeLast();
        auto six = s().incidents().report(incidentDraft(), seven);
        QVERIFY(six);
        QCOMPARE(six->size(), kAttachmentsPerIncident + 1);
        const QString id = six->first().entityId;
        auto seventh = s().incidents().addPhoto(id, PhotoFile{QStringLiteral("p7.png"), png(1000)}, kNow);
        QCOMPARE(reasonOf(seventh), QStringLiteral("too_many_attachments"));
        QCOMPARE(outboxCount(), kAttachmentsPerIncident + 1);
    }

    void incidentUpdateAndActions()
    {
        // An incident the server has (version 2).
        Incident i = incidentDraft();
        i.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        i.location = QStringLiteral("湖里街道 12 号楼道");
        i.status = QStringLiteral("reported");
        i.version = 2;
        ChangeApplier applier(s());
        QVERIFY(applier.apply(QJsonArray{upsert(8, QStringLiteral("incident"), toJson(i))}, 8));

        IncidentUpdate changes;
        changes.urgency = QStringLiteral("critical");
        changes.location = i.location; // unchanged
        auto item = s().incidents().update(i.id, changes, m_manager, kNow);
        QVERIFY2(item, item ? "" : qPrintable(item.error().message));
        QCOMPARE(item->method, QStringLiteral("PATCH"));
        QCOMPARE(item->body, (QJsonObject{{QStringLiteral("base_version"), 2},
                                          {QStringLiteral("urgency"), QStringLiteral("critical")}}));
        QCOMPARE(s().incidents().update(i.id, changes, m_supervisor, kNow).error().code,
                 ErrorCode::Forbidden);
        IncidentUpdate bad;
        bad.urgency = QStringLiteral("whenever");
        QCOMPARE(fieldOf(s().incidents().update(i.id, bad, m_manager, kNow)), QStringLiteral("urgency"));

        // Supervisors act: the grid manager may not, a supervisor of another district may not, resolve needs
        // a note.
        QCOMPARE(
            s().incidents().act(i.id, QStringLiteral("accept"), std::nullopt, m_manager, kNow).error().code,
            ErrorCode::Forbidden);
        QCOMPARE(s().incidents()
                     .act(i.id, QStringLiteral("accept"), std::nullopt, m_otherSupervisor, kNow)
                     .error()
                     .code,
                 ErrorCode::Forbidden);
        QCOMPARE(
            fieldOf(s().incidents().act(i.id, QStringLiteral("resolve"), std::nullopt, m_supervisor, kNow)),
            QStringLiteral("note"));
        auto accepted = s().incidents().act(i.id, QStringLiteral("accept"), QStringLiteral(" 已派人处理 "),
                                            m_supervisor, kNow);
        QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().message));
        QCOMPARE(accepted->path, QStringLiteral("/api/v1/incidents/%1/actions").arg(i.id));
        QCOMPARE(accepted->baseVersion, std::optional<qint64>(2)); // the first queued write's base
        QCOMPARE(accepted->body, (QJsonObject{{QStringLiteral("action"), QStringLiteral("accept")},
                                              {QStringLiteral("base_version"), 2},
                                              {QStringLiteral("note"), QStringLiteral("已派人处理")}}));
        QCOMPARE(s().incidents().get(i.id).value()->status, QStringLiteral("accepted"));
        // Accepted: no more changes by the grid manager, no second accept.
        QCOMPARE(reasonOf(s().incidents().update(i.id, bad, m_manager, kNow)), QStringLiteral("state"));
        QCOMPARE(
            reasonOf(s().incidents().act(i.id, QStringLiteral("accept"), std::nullopt, m_supervisor, kNow)),
            QStringLiteral("state"));
        QCOMPARE(outboxCount(), 2);
    }

    void taskAssignmentMakesOneTaskPerGrid()
    {
        TaskCreateRequest batch;
        batch.title = QStringLiteral("  冬季防火宣传 ");
        batch.description = QStringLiteral("向独居老人发放宣传单。");
        batch.dueOn = QDate(2026, 12, 10);
        auto items = s().tasks().assign(batch, {kGrid, kOtherGrid}, m_supervisor, kNow);
        QVERIFY2(items, items ? "" : qPrintable(items.error().message));
        QCOMPARE(items->size(), 2);
        const QString batchId = items->first().body.value(QStringLiteral("batch_id")).toString();
        QVERIFY(!QUuid::fromString(batchId).isNull());
        for (const OutboxItem &item : *items) {
            const QString gridId = item.body.value(QStringLiteral("grid_id")).toString();
            QCOMPARE(item.method, QStringLiteral("POST"));
            QCOMPARE(item.path, QStringLiteral("/api/v1/tasks"));
            QCOMPARE(item.entity, QStringLiteral("task"));
            QCOMPARE(item.entityId, taskIdFor(batchId, gridId));
            QCOMPARE(item.body.value(QStringLiteral("id")).toString(), item.entityId);
            QCOMPARE(item.body.value(QStringLiteral("batch_id")).toString(), batchId);
            QCOMPARE(item.body.value(QStringLiteral("title")).toString(), QStringLiteral("冬季防火宣传"));
            QCOMPARE(item.body.value(QStringLiteral("due_on")).toString(), QStringLiteral("2026-12-10"));
            const GridTask local = *s().tasks().get(item.entityId).value();
            QCOMPARE(local.state, QStringLiteral("open"));
            QCOMPARE(local.version, 0);
            QCOMPARE(local.assignedBy, m_supervisor.id);
        }
        ListQuery byBatch;
        byBatch.where(QStringLiteral("batch"), batchId);
        QCOMPARE(*s().tasks().count(byBatch), 2);

        // Refusals, all or nothing: roles, a grid of another district, an unknown grid, fields.
        QCOMPARE(s().tasks().assign(batch, {kGrid}, m_manager, kNow).error().code, ErrorCode::Forbidden);
        QCOMPARE(s().tasks().assign(batch, {kGrid, kForeignGrid}, m_supervisor, kNow).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(fieldOf(s().tasks().assign(batch, {QStringLiteral("g-nowhere")}, m_supervisor, kNow)),
                 QStringLiteral("grid_id"));
        TaskCreateRequest bad = batch;
        bad.title = QString();
        QCOMPARE(fieldOf(s().tasks().assign(bad, {kGrid}, m_supervisor, kNow)), QStringLiteral("title"));
        bad = batch;
        bad.dueOn = QDate();
        QCOMPARE(fieldOf(s().tasks().assign(bad, {kGrid}, m_supervisor, kNow)), QStringLiteral("due_on"));
        QCOMPARE(outboxCount(), 2);
        // An admin may assign anywhere; the city supervisor too.
        QVERIFY(s().tasks().assign(batch, {kForeignGrid}, staff(QStringLiteral("a"), QStringLiteral("admin")),
                                   kNow));
    }

    void taskActionsFollowTheStatesAndRoles()
    {
        const QString open = taskIdFor(m_batch, kGrid);
        const QString acknowledged = taskIdFor(m_batch, kOtherGrid);
        const QString foreign = taskIdFor(m_batch, kForeignGrid);

        // Wrong state, wrong role, missing result: nothing written.
        QCOMPARE(reasonOf(s().tasks().act(acknowledged, QStringLiteral("acknowledge"), {}, m_manager, kNow)),
                 QStringLiteral("state"));
        QCOMPARE(s().tasks().act(open, QStringLiteral("acknowledge"), {}, m_supervisor, kNow).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(s().tasks().act(foreign, QStringLiteral("acknowledge"), {}, m_manager, kNow).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(s().tasks()
                     .act(open, QStringLiteral("cancel"), QStringLiteral("不再需要"), m_manager, kNow)
                     .error()
                     .code,
                 ErrorCode::Forbidden);
        QCOMPARE(
            fieldOf(s().tasks().act(open, QStringLiteral("complete"), QStringLiteral(" "), m_manager, kNow)),
            QStringLiteral("result"));
        QCOMPARE(fieldOf(s().tasks().act(open, QStringLiteral("cancel"), {}, m_supervisor, kNow)),
                 QStringLiteral("reason"));
        QCOMPARE(fieldOf(s().tasks().act(open, QStringLiteral("finish"), {}, m_manager, kNow)),
                 QStringLiteral("action"));
        QCOMPARE(outboxCount(), 0);

        // Acknowledge then complete, offline: shown at once, both based on the confirmed version 1.
        auto ack = s().tasks().act(open, QStringLiteral("acknowledge"), {}, m_manager, kNow);
        QVERIFY2(ack, ack ? "" : qPrintable(ack.error().message));
        QCOMPARE(ack->path, QStringLiteral("/api/v1/tasks/%1/actions").arg(open));
        QCOMPARE(ack->body, (QJsonObject{{QStringLiteral("action"), QStringLiteral("acknowledge")},
                                         {QStringLiteral("base_version"), 1}}));
        GridTask local = *s().tasks().get(open).value();
        QCOMPARE(local.state, QStringLiteral("acknowledged"));
        QCOMPARE(local.acknowledgedBy, std::optional<QString>(m_manager.id));
        QCOMPARE(local.version, 1);
        auto done = s().tasks().act(open, QStringLiteral("complete"), QStringLiteral(" 已走访 32 户 "),
                                    m_manager, kNow);
        QVERIFY(done);
        QCOMPARE(done->baseVersion, std::optional<qint64>(1));
        QCOMPARE(done->body.value(QStringLiteral("result")).toString(), QStringLiteral("已走访 32 户"));
        QVERIFY(!done->body.contains(QStringLiteral("reason")));
        local = *s().tasks().get(open).value();
        QCOMPARE(local.state, QStringLiteral("done"));
        QCOMPARE(local.result, std::optional<QString>(QStringLiteral("已走访 32 户")));
        // Done: nothing more applies.
        QCOMPARE(reasonOf(s().tasks().act(open, QStringLiteral("cancel"), QStringLiteral("重复"),
                                          m_supervisor, kNow)),
                 QStringLiteral("state"));

        // A supervisor cancels the acknowledged one (version 2) and may change an open one.
        auto cancelled = s().tasks().act(acknowledged, QStringLiteral("cancel"), QStringLiteral("任务重复"),
                                         m_supervisor, kNow);
        QVERIFY(cancelled);
        QCOMPARE(cancelled->body, (QJsonObject{{QStringLiteral("action"), QStringLiteral("cancel")},
                                               {QStringLiteral("base_version"), 2},
                                               {QStringLiteral("reason"), QStringLiteral("任务重复")}}));
        QCOMPARE(s().tasks().get(acknowledged).value()->state, QStringLiteral("cancelled"));
        TaskUpdate changes;
        changes.dueOn = QDate(2026, 12, 20);
        changes.title = QStringLiteral("入户排查燃气隐患"); // unchanged
        QCOMPARE(s().tasks().update(foreign, changes, m_supervisor, kNow).error().code, ErrorCode::Forbidden);
        QCOMPARE(s().tasks().update(foreign, changes, m_manager, kNow).error().code, ErrorCode::Forbidden);
        auto changed = s().tasks().update(foreign, changes, m_otherSupervisor, kNow);
        QVERIFY2(changed, changed ? "" : qPrintable(changed.error().message));
        QCOMPARE(changed->method, QStringLiteral("PATCH"));
        QCOMPARE(changed->body, (QJsonObject{{QStringLiteral("base_version"), 1},
                                             {QStringLiteral("due_on"), QStringLiteral("2026-12-20")}}));
        QCOMPARE(reasonOf(s().tasks().update(open, changes, m_supervisor, kNow)), QStringLiteral("state"));
        QCOMPARE(outboxCount(), 4);
    }

    void photoBytesAreEncryptedAtRest()
    {
        // A photo with a marker that would show up in a plain file.
        const QByteArray marker = "GOVDESK-PHOTO-MARKER-" + randomBytes(8).toHex();
        QByteArray photo = png(64 * 1024);
        photo.replace(1000, marker.size(), marker);
        auto items = s().incidents().report(incidentDraft(), {PhotoFile{QStringLiteral("m.png"), photo}});
        QVERIFY(items);
        const QString attachment = items->at(1).body.value(QStringLiteral("id")).toString();
        QVERIFY(s().connection().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        m_store.reset();
        for (const QString &file : QStringList{m_path, m_path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (!f.exists())
                continue;
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(marker), qPrintable(file));
        }
        auto reopened = Store::open(m_path, m_key);
        QVERIFY(reopened);
        m_store = std::move(*reopened);
        QCOMPARE(*s().incidents().attachmentBytes(attachment), photo);
        QCOMPARE(*s().incidents().attachmentBytes(QStringLiteral("no-such-photo")), QByteArray());
    }

    void downloadedPhotoIsKeptAfterItsCheck()
    {
        const QString incident = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray bytes = jpeg(20000);
        AttachmentUpload upload;
        upload.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        upload.fileName = QStringLiteral("现场.jpg");
        upload.contentType = QStringLiteral("image/jpeg");
        upload.size = bytes.size();
        upload.sha256 = sha256Hex(bytes);
        upload.data = QString::fromLatin1(bytes.toBase64());
        AttachmentUpload tampered = upload;
        tampered.sha256 = sha256Hex("other");
        QCOMPARE(fieldOf(s().incidents().storeAttachment(incident, tampered)), QStringLiteral("sha256"));
        QCOMPARE(*s().incidents().attachmentBytes(upload.id), QByteArray());
        QVERIFY(s().incidents().storeAttachment(incident, upload, kNow));
        QCOMPARE(*s().incidents().attachmentBytes(upload.id), bytes);
        auto rows = s().incidents().attachments(incident);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QVERIFY(rows->first().uploaded);
        QCOMPARE(rows->first().info.sha256, upload.sha256);
        QCOMPARE(outboxCount(), 0);
    }

    void householdsListByGrid()
    {
        Household h;
        h.id = QStringLiteral("h1");
        h.address = QStringLiteral("湖里街道 12 号 301");
        h.gridId = kGrid;
        h.communityId = QStringLiteral("c-huli");
        h.districtCode = QStringLiteral("350206");
        h.headCitizenId = QStringLiteral("c1");
        h.updatedAt = kNow;
        h.members = {HouseholdMember{QStringLiteral("c1"), QStringLiteral("张三"), QStringLiteral("户主"),
                                     QDate(1950, 1, 1), QStringLiteral("M")}};
        ChangeApplier applier(s());
        QVERIFY(applier.apply(QJsonArray{upsert(9, QStringLiteral("household"), toJson(h))}, 9));
        auto mine = s().households().ofGrid(kGrid);
        QVERIFY(mine);
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->first().members.size(), 1);
        QCOMPARE(*s().connection().scalar("SELECT count(*) FROM households WHERE head_citizen_id = 'c1' AND "
                                          "address = '湖里街道 12 号 301' AND community_id = 'c-huli'"),
                 1);
        QCOMPARE(s().households().ofGrid(kOtherGrid)->size(), 0);
    }

    void migratesSchema5File()
    {
        m_store.reset();
        const QString path = m_dir.filePath(QStringLiteral("schema5.db"));
        Visit v = visitDraft();
        v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        v.version = 2;
        {
            auto c = Connection::open(path);
            QVERIFY(c);
            QVERIFY(c->setKey(m_key));
            QVERIFY(c->exec("PRAGMA journal_mode = WAL"));
            for (const LocalMigration &m : localMigrations()) {
                if (m.version > 5)
                    break;
                for (const QByteArray &sql : m.statements)
                    QVERIFY2(c->exec(sql), sql.constData());
            }
            QVERIFY(c->exec("PRAGMA user_version = 5"));
            // A visit as schema 5 stored it: household and visitor only in its JSON.
            auto insert =
                c->prepare("INSERT INTO visits (id, version, grid_id, citizen_id, kind, visited_at, "
                           "updated_at, data) VALUES (?, 2, ?, 'c1', 'special_group', "
                           "'2026-11-25T02:00:00.000Z', '2026-11-25T02:00:00.000Z', ?)");
            QVERIFY(insert);
            QVERIFY(insert->bind(1, v.id)
                        .bind(2, kGrid)
                        .bindUtf8(3, QJsonDocument(toJson(v)).toJson(QJsonDocument::Compact))
                        .exec());
            QVERIFY(c->exec("INSERT INTO sync_state (key, value) VALUES ('pull_since', '4711')"));
        }
        auto store = Store::open(path, m_key);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        Store &migrated = **store;
        QCOMPARE(migrated.openReport().migratedFrom, 5);
        QCOMPARE(*migrated.connection().scalar("PRAGMA user_version"), 6);
        QCOMPARE(latestLocalSchemaVersion(), 6);
        // The visit is found by its household and visitor, copied out of its JSON.
        ListQuery byHousehold;
        byHousehold.where(QStringLiteral("household"), QStringLiteral("h1"))
            .where(QStringLiteral("staff"), QStringLiteral("s-grid"));
        QCOMPARE(*migrated.visits().count(byHousehold), 1);
        // The feed is pulled again from the start for the entities schema 5 skipped.
        QCOMPARE(*migrated.state().pullCheckpoint(), 0);
        // The new tables are there and take the feed's objects.
        QCOMPARE(*migrated.incidents().count(), 0);
        QCOMPARE(*migrated.households().count(), 0);
        ChangeApplier applier(migrated);
        QVERIFY(applier.apply(QJsonArray{upsert(1, QStringLiteral("task"),
                                                toJson(task(m_batch, kGrid, QStringLiteral("open"), 1)))},
                              1));
        QCOMPARE(*migrated.tasks().count(), 1);
        QCOMPARE(*migrated.connection().scalar("SELECT count(*) FROM attachments"), 0);
        QVERIFY(Store::openForReading(path, m_key));
    }
};

QTEST_GUILESS_MAIN(TestGridRepositories)
#include "tst_gridrepositories.moc"
