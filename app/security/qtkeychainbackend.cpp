#include "security/qtkeychainbackend.h"

#include <QCoreApplication>
#include <QObject>
#include <QThread>

#include <qt6keychain/keychain.h>

namespace gd {

namespace {

SecretReply::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretReply::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretReply::Status::EntryNotFound;
    case QKeychain::CouldNotDeleteEntry:
        return SecretReply::Status::CouldNotDeleteEntry;
    case QKeychain::AccessDeniedByUser:
        return SecretReply::Status::AccessDeniedByUser;
    case QKeychain::AccessDenied:
        return SecretReply::Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
        return SecretReply::Status::NoBackendAvailable;
    case QKeychain::NotImplemented:
        return SecretReply::Status::NotImplemented;
    case QKeychain::OtherError:
        return SecretReply::Status::OtherError;
    }
    return SecretReply::Status::OtherError;
}

} // namespace

QtKeychainBackend *QtKeychainBackend::defaultBackend()
{
    static QtKeychainBackend backend;
    return &backend;
}

void QtKeychainBackend::start(const SecretRequest &request, QObject *context, ReplyHandler onReply)
{
    Q_ASSERT_X(QCoreApplication::instance() &&
                   QThread::currentThread() == QCoreApplication::instance()->thread(),
               "QtKeychainBackend::start", "keychain jobs must run on the GUI thread");

    // No parent: the job must outlive `context` if it times out, since libsecret's callback holds a raw
    // pointer to it. autoDelete (the default) removes it once it finishes.
    QKeychain::Job *job = nullptr;
    switch (request.operation) {
    case SecretOperation::Read:
        job = new QKeychain::ReadPasswordJob(request.service);
        break;
    case SecretOperation::Write: {
        auto *write = new QKeychain::WritePasswordJob(request.service);
        write->setBinaryData(request.secret);
        job = write;
        break;
    }
    case SecretOperation::Delete:
        job = new QKeychain::DeletePasswordJob(request.service);
        break;
    }
    job->setKey(request.key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never: plaintext on disk (see the header)

    const SecretOperation operation = request.operation;
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [operation, onReply = std::move(onReply)](QKeychain::Job *done) {
                         SecretReply reply;
                         reply.status = statusFor(done->error());
                         if (reply.status == SecretReply::Status::Ok) {
                             if (operation == SecretOperation::Read)
                                 reply.data = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
                         } else {
                             reply.detail = done->errorString();
                         }
                         onReply(reply);
                     });
    job->start(); // queued: the answer always comes later than this call returns
}

} // namespace gd
