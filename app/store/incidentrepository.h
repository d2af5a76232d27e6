#pragma once
// Incident reports (事件上报, issue 8) and their photos in the local copy. The writes work offline — each
// is applied to the local copy at once and queued in the outbox in the same transaction:
//   report()   a new incident (POST /api/v1/incidents under a client-made UUID) with its photos: each
//              photo's bytes go into the local `attachments` table (in the encrypted file) and one outbox
//              item per photo (POST /api/v1/incidents/{id}/attachments, the AttachmentUpload without its
//              bytes; the sync engine adds them as base64 when it sends the item)
//   addPhoto() a later photo of an incident
//   update()   changes of a reported incident by a grid manager of its grid (PATCH, base version)
//   act()      accept / resolve by a supervisor of its area (POST …/actions, base version)
// The checks are the server's that need no server data (normalizeIncident(), checkAttachment(), the
// limits of size, type and count, incidentStatusAfter(), the roles), so a write refused here would be
// refused there. Store thread.

#include "store/localwriter.h"
#include "store/repository.h"

#include "domain/grid.h"
#include "domain/staff.h"

namespace gd::store {

// A photo as the grid manager picked or took it.
struct PhotoFile {
    QString fileName; // without a path
    QByteArray bytes;
};

// A row of the local attachments table.
struct LocalAttachment {
    AttachmentInfo info;
    QString incidentId;
    bool hasBytes = false; // downloaded or taken on this device
    bool uploaded = false; // the server has it
};

class IncidentRepository : public Repository<Incident> {
public:
    IncidentRepository(Connection &connection, SearchIndex &search, LocalWriter &writer);

    // `incident.id` empty: a new UUID. gridId, category, location, description, urgency, reportedAt,
    // reportedBy (and districtCode) are the caller's; status becomes "reported". Refused (nothing written)
    // for an invalid field (BadRequest, details.field), a photo that is not a JPEG/PNG/WebP ("content_type"),
    // larger than kAttachmentMaxBytes ("data", details.max_bytes) or badly named ("file_name"), or more
    // than kAttachmentsPerIncident photos (Conflict, details.reason "too_many_attachments"). Returns the
    // incident's item first, then one per photo.
    Result<QList<OutboxItem>> report(Incident incident, const QList<PhotoFile> &photos = {});
    // One more photo of an incident in the local copy (same checks; the count includes the photos the
    // server already has).
    Result<OutboxItem> addPhoto(const QString &incidentId, const PhotoFile &photo,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Changes of a reported incident (Conflict, details.reason "state", otherwise) by a grid manager of
    // its grid (Forbidden otherwise). Only the fields that differ are sent.
    Result<OutboxItem> update(const QString &id, const IncidentUpdate &changes, const StaffUser &actor,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "accept" or "resolve" (note 2..1000 characters, required to resolve) by a supervisor of the
    // incident's district or the city.
    Result<OutboxItem> act(const QString &id, const QString &action, const std::optional<QString> &note,
                           const StaffUser &actor, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The photos of an incident the local copy knows (taken here or downloaded), oldest first.
    Result<QList<LocalAttachment>> attachments(const QString &incidentId) const;
    // A photo's bytes from the local copy; empty when it has not been downloaded.
    Result<QByteArray> attachmentBytes(const QString &attachmentId) const;
    // Keeps a photo downloaded from the server (GET /api/v1/attachments/{id}) after checking it against
    // its description (checkAttachment); marked as uploaded.
    Result<void> storeAttachment(const QString &incidentId, const AttachmentUpload &upload,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Whether any write of the incident (also a photo) still waits in the outbox.
    Result<bool> hasPendingWrites(const QString &id) const;

private:
    Result<Incident> load(const QString &id) const;
    // The upload (without data) of a photo, checked; `taken` photos of the incident so far.
    static Result<AttachmentUpload> describe(const PhotoFile &photo, qsizetype taken);
    static OutboxItem uploadItem(const QString &incidentId, const AttachmentUpload &upload, qint64 base,
                                 const QString &summary);
    static Result<void> insertBytes(Connection &c, const QString &incidentId, const AttachmentUpload &upload,
                                    const QByteArray &bytes, const QDateTime &createdAt, bool uploaded);

    Connection &m_connection;
    LocalWriter &m_writer;
};

} // namespace gd::store
