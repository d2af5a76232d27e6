#pragma once
// The seam between KeychainJob and the platform keychain: one operation (read, write or delete one
// entry of one service) started, one reply delivered through a callback. QtKeychainBackend is the real
// one; tests use a fake that answers at once, late or never (tests/fakes/fakesecretbackend.h).
// Implementations only move bytes and report a status; KeychainJob owns the timeout and maps statuses
// to gd::Error.

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace gd {

enum class SecretOperation { Read, Write, Delete };

struct SecretRequest {
    SecretOperation operation = SecretOperation::Read;
    QString service;   // "GovDesk" for every GovDesk entry
    QString key;       // e.g. "cache-key/<host:port>/<staff id>"
    QByteArray secret; // Write only
};

struct SecretReply {
    // Mirrors QKeychain::Error, so a backend passes QtKeychain's answer through unchanged.
    enum class Status {
        Ok,
        EntryNotFound,
        CouldNotDeleteEntry,
        AccessDeniedByUser,
        AccessDenied,
        NoBackendAvailable,
        NotImplemented,
        OtherError,
    };

    Status status = Status::OtherError;
    QByteArray data; // Read with Status::Ok: the secret
    QString detail;  // the backend's English error text; never contains the secret
};

// "ok", "entry_not_found", "access_denied", ... for logs and Error::details.
QString secretStatusName(SecretReply::Status status);

class SecretBackend {
public:
    using ReplyHandler = std::function<void(const SecretReply &reply)>;

    virtual ~SecretBackend() = default;

    // Starts one operation. Calls onReply at most once, on the calling thread, later than start()
    // returns — and not at all once `context` has been destroyed. It may never call it (a keychain that
    // waits for a prompt nobody answers): callers need their own timeout.
    virtual void start(const SecretRequest &request, QObject *context, ReplyHandler onReply) = 0;

protected:
    SecretBackend() = default;
    SecretBackend(const SecretBackend &) = default;
    SecretBackend &operator=(const SecretBackend &) = default;
};

} // namespace gd
