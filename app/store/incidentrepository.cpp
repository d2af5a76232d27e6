#include "store/incidentrepository.h"

#include "store/clientid.h"

#include <QSet>

namespace gd::store {

namespace {

const QString kEntity = QStringLiteral("incident");

Error refused(ErrorCode code, const QString &reason, const QString &message)
{
    return makeError(code, message, QJsonObject{{QStringLiteral("reason"), reason}});
}

Error tooMany()
{
    return refused(ErrorCode::Conflict, QStringLiteral("too_many_attachments"),
                   QStringLiteral("an incident has at most %1 photos").arg(kAttachmentsPerIncident));
}

bool supervises(const StaffUser &actor, const QString &districtCode)
{
    if (actor.role != QLatin1String("supervisor"))
        return false;
    const QString area = actor.areaCode.value_or(QString());
    return area == QLatin1String("city") || (!area.isEmpty() && area == districtCode);
}

void dropNulls(QJsonObject &body)
{
    for (const QString &key : body.keys()) {
        if (body.value(key).isNull())
            body.remove(key);
    }
}

} // namespace

IncidentRepository::IncidentRepository(Connection &connection, SearchIndex &search, LocalWriter &writer)
    : Repository(connection, search, kEntity,
                 ListSpec{{{QStringLiteral("grid"), "grid_id = ?"},
                           {QStringLiteral("status"), "status = ?"},
                           {QStringLiteral("urgency"), "urgency = ?"},
                           {QStringLiteral("category"), "category = ?"},
                           {QStringLiteral("reported_by"), "reported_by = ?"}},
                          {{QStringLiteral("reported_at"), "reported_at"},
                           {QStringLiteral("updated_at"), "updated_at"}},
                          "reported_at"})
    , m_connection(connection)
    , m_writer(writer)
{
}

Result<Incident> IncidentRepository::load(const QString &id) const
{
    auto found = get(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such incident in the local copy"));
    return std::move(**found);
}

Result<AttachmentUpload> IncidentRepository::describe(const PhotoFile &photo, qsizetype taken)
{
    if (taken >= kAttachmentsPerIncident)
        return tooMany();
    if (photo.bytes.isEmpty() || photo.bytes.size() > kAttachmentMaxBytes)
        return fieldError(QStringLiteral("data"),
                          QStringLiteral("a photo must have 1 byte to %1 MiB").arg(kAttachmentMaxBytes >> 20),
                          QJsonObject{{QStringLiteral("max_bytes"), kAttachmentMaxBytes}});
    AttachmentUpload upload;
    upload.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    upload.fileName = photo.fileName.trimmed();
    upload.contentType = sniffAttachmentType(photo.bytes);
    if (upload.contentType.isEmpty())
        return fieldError(QStringLiteral("content_type"),
                          QStringLiteral("the file is not a JPEG, PNG or WebP image"));
    upload.size = photo.bytes.size();
    upload.sha256 = sha256Hex(photo.bytes);
    if (auto r = checkAttachment(upload, photo.bytes); !r)
        return r.error();
    return upload;
}

OutboxItem IncidentRepository::uploadItem(const QString &incidentId, const AttachmentUpload &upload,
                                          qint64 base, const QString &summary)
{
    OutboxItem item;
    item.method = QStringLiteral("POST");
    item.path = QStringLiteral("/api/v1/incidents/") + incidentId + QStringLiteral("/attachments");
    item.body = toJson(upload);
    item.body.remove(QStringLiteral("data")); // the bytes stay in the attachments table
    item.entity = kEntity;
    item.entityId = incidentId;
    // Rebased like the incident's other writes, so that writes queued after the photo are rebased on the
    // version the upload gives the incident (the engine leaves it out of the request).
    item.baseVersion = base;
    item.summary = summary;
    return item;
}

Result<void> IncidentRepository::insertBytes(Connection &c, const QString &incidentId,
                                             const AttachmentUpload &upload, const QByteArray &bytes,
                                             const QDateTime &createdAt, bool uploaded)
{
    auto stmt = c.cached("INSERT INTO attachments (id, incident_id, file_name, content_type, size, sha256, "
                         "data, created_at, uploaded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT (id) DO UPDATE SET data = coalesce(attachments.data, excluded.data), "
                         "uploaded = max(attachments.uploaded, excluded.uploaded)");
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, upload.id).bind(2, incidentId).bind(3, upload.fileName).bind(4, upload.contentType);
    s.bind(5, upload.size).bind(6, upload.sha256).bindBlob(7, bytes);
    s.bind(8, toIsoUtc(createdAt)).bind(9, uploaded ? 1 : 0);
    return s.exec();
}

Result<QList<OutboxItem>> IncidentRepository::report(Incident incident, const QList<PhotoFile> &photos)
{
    auto id = clientObjectId(incident.id);
    if (!id)
        return id.error();
    incident.id = *id;
    incident.status = QStringLiteral("reported");
    incident.handledBy.reset();
    incident.handlingNote.reset();
    incident.resolvedAt.reset();
    incident.attachments.clear();
    if (auto r = normalizeIncident(incident); !r)
        return r.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    incident.version = 0; // not on the server yet
    incident.updatedAt = now;

    QList<AttachmentUpload> uploads;
    for (const PhotoFile &photo : photos) {
        auto upload = describe(photo, uploads.size());
        if (!upload)
            return upload.error();
        uploads.append(*upload);
        AttachmentInfo info{upload->id,   upload->fileName, upload->contentType,
                            upload->size, upload->sha256,   now};
        incident.attachments.append(info);
    }

    IncidentCreateRequest request;
    request.id = incident.id;
    request.gridId = incident.gridId;
    request.householdId = incident.householdId;
    request.citizenId = incident.citizenId;
    request.category = incident.category;
    request.location = incident.location;
    request.description = incident.description;
    request.urgency = incident.urgency;
    request.reportedAt = incident.reportedAt;
    OutboxItem create;
    create.method = QStringLiteral("POST");
    create.path = QStringLiteral("/api/v1/incidents");
    create.body = toJson(request);
    dropNulls(create.body);
    create.entity = kEntity;
    create.entityId = incident.id;
    create.summary = incident.category;

    QList<OutboxItem> requests{create};
    for (const AttachmentUpload &upload : std::as_const(uploads))
        requests.append(uploadItem(incident.id, upload, 0, incident.category));
    return m_writer.writeWith(
        m_reader.table(), toJson(incident), requests, [&](Connection &c) -> Result<void> {
            for (qsizetype i = 0; i < uploads.size(); ++i) {
                if (auto r = insertBytes(c, incident.id, uploads[i], photos[i].bytes, now, false); !r)
                    return r;
            }
            return {};
        });
}

Result<OutboxItem> IncidentRepository::addPhoto(const QString &incidentId, const PhotoFile &photo,
                                                const QDateTime &now)
{
    auto loaded = load(incidentId);
    if (!loaded)
        return loaded.error();
    Incident incident = std::move(*loaded);
    auto local = attachments(incidentId);
    if (!local)
        return local.error();
    QSet<QString> ids;
    for (const AttachmentInfo &a : std::as_const(incident.attachments))
        ids.insert(a.id);
    for (const LocalAttachment &a : std::as_const(*local))
        ids.insert(a.info.id);
    auto upload = describe(photo, ids.size());
    if (!upload)
        return upload.error();
    const QDateTime at = now.toUTC();
    incident.attachments.append(
        AttachmentInfo{upload->id, upload->fileName, upload->contentType, upload->size, upload->sha256, at});
    auto confirmed = m_writer.outbox().confirmedBase(kEntity, incidentId, incident.version);
    if (!confirmed)
        return confirmed.error();
    auto queued = m_writer.writeWith(
        m_reader.table(), toJson(incident), {uploadItem(incidentId, *upload, *confirmed, incident.category)},
        [&](Connection &c) { return insertBytes(c, incidentId, *upload, photo.bytes, at, false); });
    if (!queued)
        return queued.error();
    return queued->constFirst();
}

Result<OutboxItem> IncidentRepository::update(const QString &id, const IncidentUpdate &changes,
                                              const StaffUser &actor, const QDateTime &now)
{
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    const Incident before = std::move(*loaded);
    if (actor.role != QLatin1String("grid_manager") || !actor.gridIds.contains(before.gridId))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("only the grid managers of the incident's grid change it"));
    if (before.status != QLatin1String("reported"))
        return refused(ErrorCode::Conflict, QStringLiteral("state"),
                       QStringLiteral("only a reported incident can be changed"));
    Incident i = before;
    if (changes.category)
        i.category = *changes.category;
    if (changes.location)
        i.location = *changes.location;
    if (changes.description)
        i.description = *changes.description;
    if (changes.urgency)
        i.urgency = *changes.urgency;
    if (auto r = normalizeIncident(i); !r)
        return r.error();
    auto confirmed = m_writer.outbox().confirmedBase(kEntity, id, before.version);
    if (!confirmed)
        return confirmed.error();
    QJsonObject body{{QStringLiteral("base_version"), *confirmed}};
    const auto changed = [&](const char *key, const QString &after, const QString &was) {
        if (after != was)
            body.insert(QLatin1String(key), after);
    };
    changed("category", i.category, before.category);
    changed("location", i.location, before.location);
    changed("description", i.description, before.description);
    changed("urgency", i.urgency, before.urgency);
    if (body.size() == 1)
        return makeError(ErrorCode::BadRequest, QStringLiteral("nothing to change"));
    i.updatedAt = now.toUTC();

    OutboxItem item;
    item.method = QStringLiteral("PATCH");
    item.path = QStringLiteral("/api/v1/incidents/") + id;
    item.body = body;
    item.entity = kEntity;
    item.entityId = id;
    item.baseVersion = *confirmed;
    item.summary = i.category;
    return m_writer.write(m_reader.table(), toJson(i), std::move(item));
}

Result<OutboxItem> IncidentRepository::act(const QString &id, const QString &action,
                                           const std::optional<QString> &note, const StaffUser &actor,
                                           const QDateTime &now)
{
    const bool resolving = action == QLatin1String("resolve");
    const QString text = note.value_or(QString()).trimmed();
    if ((resolving || !text.isEmpty()) && (text.size() < 2 || text.size() > kIncidentMaxNote))
        return fieldError(QStringLiteral("note"),
                          QStringLiteral("give a note of 2 to %1 characters").arg(kIncidentMaxNote));
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    Incident i = std::move(*loaded);
    auto status = incidentStatusAfter(i.status, action);
    if (!status)
        return status.error();
    if (!supervises(actor, i.districtCode))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("only supervisors of its area act on an incident"));
    const QDateTime at = now.toUTC();
    i.status = *status;
    i.handledBy = actor.id;
    if (!text.isEmpty())
        i.handlingNote = text;
    if (resolving)
        i.resolvedAt = at;
    i.updatedAt = at;

    auto confirmed = m_writer.outbox().confirmedBase(kEntity, id, i.version);
    if (!confirmed)
        return confirmed.error();
    IncidentAction wire{action, *confirmed, text.isEmpty() ? std::nullopt : std::optional<QString>(text)};
    OutboxItem item;
    item.method = QStringLiteral("POST");
    item.path = QStringLiteral("/api/v1/incidents/") + id + QStringLiteral("/actions");
    item.body = toJson(wire);
    dropNulls(item.body);
    item.entity = kEntity;
    item.entityId = id;
    item.baseVersion = *confirmed;
    item.summary = i.category;
    return m_writer.write(m_reader.table(), toJson(i), std::move(item));
}

Result<QList<LocalAttachment>> IncidentRepository::attachments(const QString &incidentId) const
{
    auto stmt = m_connection.prepare("SELECT id, file_name, content_type, size, sha256, created_at, "
                                     "data IS NOT NULL, uploaded FROM attachments WHERE incident_id = ? "
                                     "ORDER BY created_at, id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, incidentId);
    QList<LocalAttachment> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        LocalAttachment a;
        a.info.id = stmt->text(0);
        a.info.fileName = stmt->text(1);
        a.info.contentType = stmt->text(2);
        a.info.size = stmt->int64(3);
        a.info.sha256 = stmt->text(4);
        a.info.createdAt = fromIsoUtc(stmt->text(5));
        a.incidentId = incidentId;
        a.hasBytes = stmt->int64(6) != 0;
        a.uploaded = stmt->int64(7) != 0;
        out.append(a);
    }
    return out;
}

Result<QByteArray> IncidentRepository::attachmentBytes(const QString &attachmentId) const
{
    auto stmt = m_connection.prepare("SELECT data FROM attachments WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, attachmentId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->isNull(0))
        return QByteArray();
    return stmt->utf8(0);
}

Result<void> IncidentRepository::storeAttachment(const QString &incidentId, const AttachmentUpload &upload,
                                                 const QDateTime &now)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(upload.data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fieldError(QStringLiteral("data"), QStringLiteral("is not standard base64"));
    if (auto r = checkAttachment(upload, *decoded); !r)
        return r;
    auto tx = WriteTransaction::begin(m_connection);
    if (!tx)
        return tx.error();
    if (auto r = insertBytes(m_connection, incidentId, upload, *decoded, now.toUTC(), true); !r)
        return r;
    return tx->commit();
}

Result<bool> IncidentRepository::hasPendingWrites(const QString &id) const
{
    return m_writer.outbox().hasPending(kEntity, id);
}

} // namespace gd::store
