#pragma once
// What the per-account secret stores (CacheKeyStore, RefreshTokenStore) share: entry names
// "<prefix>/<host:port>/<staff id>" in the "GovDesk" keychain service, and the backend and timeout
// every job they make gets. Subclasses add typed operations on top of readJob/writeJob/removeJob.
//
// A small value type (a prefix, a backend pointer, a timeout): cheap to copy, no thread of its own; the
// jobs it makes are KeychainJobs (GUI thread, not started, deleting themselves after finished()).

#include "security/account.h"
#include "security/keychainjob.h"

#include <chrono>

namespace gd {

class SecretBackend;

class AccountSecretStore {
public:
    // "<prefix>/<account.keySuffix()>"; empty for an invalid account (its jobs fail with Internal).
    QString keyName(const Account &account) const;

    // nullptr means QtKeychainBackend::defaultBackend(). Must outlive the jobs.
    SecretBackend *backend() const { return m_backend; }
    void setBackend(SecretBackend *backend) { m_backend = backend; }

    // Given to every KeychainJob this store makes (each keychain round trip has its own timeout).
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

protected:
    AccountSecretStore(QString prefix, SecretBackend *backend);
    ~AccountSecretStore() = default; // not for deleting through; stores are values
    AccountSecretStore(const AccountSecretStore &) = default;
    AccountSecretStore &operator=(const AccountSecretStore &) = default;

    KeychainJob *readJob(const Account &account, QObject *parent) const;
    KeychainJob *writeJob(const Account &account, const QByteArray &secret, QObject *parent) const;
    KeychainJob *removeJob(const Account &account, QObject *parent) const;

private:
    KeychainJob *configured(KeychainJob *job) const;

    QString m_prefix;
    SecretBackend *m_backend = nullptr;
    std::chrono::milliseconds m_timeout = KeychainJob::kDefaultTimeout;
};

} // namespace gd
