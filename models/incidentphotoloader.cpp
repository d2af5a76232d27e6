#include "models/incidentphotoloader.h"

#include "models/datacontext.h"
#include "net/apicall.h"
#include "net/apiclient.h"
#include "net/replyjson.h"
#include "store/incidentrepository.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QTimer>

namespace gd {

IncidentPhotoLoader::IncidentPhotoLoader(DataContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void IncidentPhotoLoader::load(const Incident &incident)
{
    const quint64 generation = ++m_generation;
    store::LocalReader *reader = m_context->reader();
    for (const AttachmentInfo &info : incident.attachments) {
        if (!reader) {
            download(incident.id, info, generation);
            continue;
        }
        const QString id = info.id;
        reader->run<QByteArray>(
            this, [id](store::Store &s) { return s.incidents().attachmentBytes(id); },
            [this, incidentId = incident.id, info, generation](Result<QByteArray> bytes) {
                if (generation != m_generation)
                    return;
                if (bytes && !bytes->isEmpty())
                    emit photoReady(info.id, *bytes);
                else
                    download(incidentId, info, generation);
            });
    }
}

void IncidentPhotoLoader::download(const QString &incidentId, const AttachmentInfo &info, quint64 generation)
{
    ApiClient *client = m_context->client();
    if (!client || !client->isSignedIn()) {
        QTimer::singleShot(0, this, [this, info, generation] {
            if (generation == m_generation)
                emit photoFailed(info.id, makeError(ErrorCode::Unavailable,
                                                    QStringLiteral("there is no server connection")));
        });
        return;
    }
    ApiCall *call = client->send(ApiRequest::get(QStringLiteral("/api/v1/attachments/") + info.id), this);
    connect(call, &ApiCall::finished, this,
            [this, incidentId, info, generation](const Result<ApiResponse> &reply) {
                if (generation != m_generation)
                    return;
                Result<AttachmentUpload> upload = decodeReplyAs<AttachmentUpload>(reply);
                if (!upload) {
                    emit photoFailed(info.id, upload.error());
                    return;
                }
                const auto bytes = QByteArray::fromBase64Encoding(upload->data.toLatin1(),
                                                                  QByteArray::AbortOnBase64DecodingErrors);
                // The description the incident carries is the reference, not the one in the answer.
                AttachmentUpload expected = *upload;
                expected.id = info.id;
                expected.sha256 = info.sha256;
                expected.size = info.size;
                expected.contentType = info.contentType;
                if (!bytes) {
                    emit photoFailed(info.id, fieldError(QStringLiteral("data"),
                                                         QStringLiteral("is not standard base64")));
                    return;
                }
                if (auto ok = checkAttachment(expected, *bytes); !ok) {
                    emit photoFailed(info.id, ok.error());
                    return;
                }
                emit photoReady(info.id, *bytes);
                if (SyncHost *sync = m_context->sync(); sync && sync->isRunning()) {
                    // Kept for offline viewing; a failure only means it is downloaded again next time.
                    sync->run<Result<void>>(
                        this,
                        [incidentId, expected](SyncEngine &engine) -> Result<void> {
                            store::Store *local = engine.store();
                            if (!local)
                                return makeError(ErrorCode::Unavailable, QStringLiteral("no local copy"));
                            return local->incidents().storeAttachment(incidentId, expected);
                        },
                        [](const Result<void> &) {});
                }
            });
    call->start();
}

} // namespace gd
