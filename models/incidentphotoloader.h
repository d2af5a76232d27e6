#pragma once
// The photos of one incident for the incident view: each photo's bytes from the encrypted local copy (taken
// on this device, or downloaded before), otherwise from the server (GET /api/v1/attachments/{id}). A
// downloaded photo is shown only after its size, type and SHA-256 match its description
// (checkAttachment), and is then kept in the local copy so that it stays viewable offline.
//
//   load(incident)  photoReady(id, bytes) for every photo that could be had, photoFailed(id, error) for
//                   the others (offline, refused, a mismatch); a later load() drops what the earlier one
//                   still had under way.
//
// GUI thread.

#include "domain/error.h"
#include "domain/grid.h"

#include <QObject>

namespace gd {

class DataContext;

class IncidentPhotoLoader : public QObject {
    Q_OBJECT
public:
    explicit IncidentPhotoLoader(DataContext *context, QObject *parent = nullptr);

    void load(const Incident &incident);

signals:
    void photoReady(const QString &attachmentId, const QByteArray &bytes);
    void photoFailed(const QString &attachmentId, const gd::Error &error);

private:
    void download(const QString &incidentId, const AttachmentInfo &info, quint64 generation);

    DataContext *m_context;
    quint64 m_generation = 0;
};

} // namespace gd
