#pragma once
// One keychain operation — read, write or delete one entry of the service "GovDesk" — with a timeout,
// because a keychain can wait forever for a prompt nobody answers (PLATFORM.md gotcha 10).
//
// finished() fires exactly once, always later than start() returns: with the secret (read), or with an
// empty byte array (write, delete), or with an error:
//   - NotFound: a read found no entry. A delete of a missing entry is a success (libsecret reports it
//     that way; other backends' "not found" is mapped to success too), so deleting is idempotent.
//   - Unavailable: access denied (locked keyring), no keychain backend, not implemented, any other
//     backend error, or no answer within timeout(). details.keychain names the cause ("timeout",
//     "access_denied", "no_backend_available", ...).
//   - Internal: the job has no key (an invalid Account).
// Messages are English, for developers; they never contain the secret. A backend that answers after
// the timeout is ignored.
//
// Never uses QtKeychain's insecure fallback (STYLE.md item 9): no keychain means no stored secrets, not
// plaintext ones. See QtKeychainBackend.
//
// A job in the STYLE.md sense: create (factories or constructor), optionally setBackend()/setTimeout(),
// connect finished() with a context object, start(). It deletes itself (deleteLater) after emitting
// finished(); destroying it earlier abandons the operation silently (a write may still complete).
// GUI thread (QtKeychain's libsecret backend answers through the main thread's GLib event loop).

#include "domain/result.h"
#include "security/metatypes.h"
#include "security/secretbackend.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace gd {

class KeychainJob : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{10000};
    static QString serviceName(); // "GovDesk"

    KeychainJob(SecretOperation operation, const QString &key, const QByteArray &secret = {},
                QObject *parent = nullptr);
    ~KeychainJob() override;

    static KeychainJob *read(const QString &key, QObject *parent = nullptr);
    static KeychainJob *write(const QString &key, const QByteArray &secret, QObject *parent = nullptr);
    static KeychainJob *remove(const QString &key, QObject *parent = nullptr);

    SecretOperation operation() const { return m_request.operation; }
    QString key() const { return m_request.key; }

    // Before start(). nullptr (the default) means QtKeychainBackend::defaultBackend(); the backend must
    // outlive the job.
    SecretBackend *backend() const { return m_backend; }
    void setBackend(SecretBackend *backend);

    // Before start(). Must be positive; kDefaultTimeout unless set.
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout);

    void start();

signals:
    void finished(const gd::Result<QByteArray> &result);

private:
    void begin();
    void onReply(const SecretReply &reply);
    void onTimeout();
    void finish(const Result<QByteArray> &result);
    QString describe() const;

    SecretRequest m_request;
    SecretBackend *m_backend = nullptr;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QTimer m_timer;
    bool m_started = false;
    bool m_done = false;
};

} // namespace gd
