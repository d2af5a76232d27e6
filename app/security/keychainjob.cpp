#include "security/keychainjob.h"

#include "core/logging.h"
#include "security/qtkeychainbackend.h"

namespace gd {

namespace {

QString operationName(SecretOperation operation)
{
    switch (operation) {
    case SecretOperation::Read:
        return QStringLiteral("read");
    case SecretOperation::Write:
        return QStringLiteral("write");
    case SecretOperation::Delete:
        return QStringLiteral("delete");
    }
    return QStringLiteral("operation");
}

QJsonObject causeDetails(const QString &cause)
{
    return QJsonObject{{QStringLiteral("keychain"), cause}};
}

} // namespace

QString KeychainJob::serviceName()
{
    return QStringLiteral("GovDesk");
}

KeychainJob::KeychainJob(SecretOperation operation, const QString &key, const QByteArray &secret,
                         QObject *parent)
    : QObject(parent)
    , m_request{operation, serviceName(), key, operation == SecretOperation::Write ? secret : QByteArray()}
{
    registerSecurityMetaTypes();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &KeychainJob::onTimeout);
}

KeychainJob::~KeychainJob() = default;

KeychainJob *KeychainJob::read(const QString &key, QObject *parent)
{
    return new KeychainJob(SecretOperation::Read, key, {}, parent);
}

KeychainJob *KeychainJob::write(const QString &key, const QByteArray &secret, QObject *parent)
{
    return new KeychainJob(SecretOperation::Write, key, secret, parent);
}

KeychainJob *KeychainJob::remove(const QString &key, QObject *parent)
{
    return new KeychainJob(SecretOperation::Delete, key, {}, parent);
}

void KeychainJob::setBackend(SecretBackend *backend)
{
    m_backend = backend;
}

void KeychainJob::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void KeychainJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Queued, so finished() never fires inside start() — not even for a missing key or a backend that
    // answers synchronously.
    QMetaObject::invokeMethod(this, &KeychainJob::begin, Qt::QueuedConnection);
}

void KeychainJob::begin()
{
    if (m_request.key.isEmpty()) {
        finish(
            makeError(ErrorCode::Internal, QStringLiteral("keychain job without a key (invalid account?)")));
        return;
    }
    m_timer.start(m_timeout);
    SecretBackend *backend = m_backend ? m_backend : QtKeychainBackend::defaultBackend();
    backend->start(m_request, this, [this](const SecretReply &reply) { onReply(reply); });
    // The backend has its own copy now; keep the secret in as few places as possible.
    m_request.secret.clear();
}

void KeychainJob::onReply(const SecretReply &reply)
{
    if (m_done) {
        qCInfo(lcSecurity).noquote() << "keychain" << describe() << "answered after the timeout; ignored";
        return;
    }
    using Status = SecretReply::Status;
    switch (reply.status) {
    case Status::Ok:
        finish(m_request.operation == SecretOperation::Read ? reply.data : QByteArray());
        return;
    case Status::EntryNotFound: {
        if (m_request.operation == SecretOperation::Delete) {
            finish(QByteArray()); // nothing to delete: deleting is idempotent
            return;
        }
        const QString message = QStringLiteral("keychain ") + describe() + QStringLiteral(": no such entry");
        qCDebug(lcSecurity).noquote() << message;
        finish(makeError(ErrorCode::NotFound, message, causeDetails(secretStatusName(reply.status))));
        return;
    }
    case Status::CouldNotDeleteEntry:
    case Status::AccessDeniedByUser:
    case Status::AccessDenied:
    case Status::NoBackendAvailable:
    case Status::NotImplemented:
    case Status::OtherError:
        break;
    }
    const QString cause = secretStatusName(reply.status);
    QString message = QStringLiteral("keychain ") + describe() + QStringLiteral(" failed: ") + cause;
    if (!reply.detail.isEmpty())
        message += QStringLiteral(" (") + reply.detail + u')';
    qCWarning(lcSecurity).noquote() << message;
    finish(makeError(ErrorCode::Unavailable, message, causeDetails(cause)));
}

void KeychainJob::onTimeout()
{
    if (m_done)
        return;
    const QString message = QStringLiteral("keychain ") + describe() +
                            QStringLiteral(" got no answer within ") + QString::number(m_timeout.count()) +
                            QStringLiteral(" ms");
    qCWarning(lcSecurity).noquote() << message;
    finish(makeError(ErrorCode::Unavailable, message, causeDetails(QStringLiteral("timeout"))));
}

void KeychainJob::finish(const Result<QByteArray> &result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    emit finished(result);
    deleteLater();
}

// "read of a cache-key entry": the operation and the key's kind (its first segment). The rest of the
// key names a server and a staff member, which stay out of logs and messages.
QString KeychainJob::describe() const
{
    const QString kind = m_request.key.section(u'/', 0, 0);
    return operationName(m_request.operation) + QStringLiteral(" of a ") +
           (kind.isEmpty() ? QStringLiteral("keyless") : kind) + QStringLiteral(" entry");
}

} // namespace gd
