#pragma once
// The SQLCipher key of each account's local cache, kept in the keychain as entry
// "cache-key/<host:port>/<staff id>" (service "GovDesk"): 32 random bytes from
// QRandomGenerator::system(), created on first use. The store (app/store) names the account's cache
// file after Account::fileStem(), so two staff members on one PC get separate files and keys.
//
//   fetchOrCreate(): the key; creates and stores a new one if there is none (CacheKey::created).
//   fetch():         the key, or NotFound; never creates one.
//   remove():        deletes the key ("Wipe local data"); succeeds if there was none.
// A stored key that is not exactly kKeySize bytes is reported as corrupt (ErrorCode::Internal,
// details.keychain "corrupt_key") and left alone — never silently replaced, since that would orphan the
// cache. Keychain failures are Unavailable (see KeychainJob).
//
// A value type; the operations return jobs that are not started yet: connect finished() with a context
// object, then start(). GUI thread.

#include "security/accountsecretstore.h"

namespace gd {

class CacheKeyJob;

class CacheKeyStore : public AccountSecretStore {
public:
    static constexpr qsizetype kKeySize = 32;

    // backend: nullptr means QtKeychainBackend::defaultBackend().
    explicit CacheKeyStore(SecretBackend *backend = nullptr);

    CacheKeyJob *fetchOrCreate(const Account &account, QObject *parent = nullptr) const;
    CacheKeyJob *fetch(const Account &account, QObject *parent = nullptr) const;
    KeychainJob *remove(const Account &account, QObject *parent = nullptr) const;

private:
    friend class CacheKeyJob;
};

} // namespace gd
