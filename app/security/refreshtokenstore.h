#pragma once
// The session's refresh token in the keychain, entry "refresh-token/<host:port>/<staff id>" (service
// "GovDesk"), so a restarted client can resume the session without asking for the password.
//
//   save():   stores the token (UTF-8), replacing any earlier one.
//   load():   the token's UTF-8 bytes (QString::fromUtf8), or NotFound when none is stored.
//   remove(): deletes it (sign-out, rejected refresh); succeeds if there was none.
// Keychain failures are Unavailable (see KeychainJob). Never log the token.
//
// A value type; the operations return KeychainJobs that are not started yet: connect finished() with a
// context object, then start(). GUI thread.

#include "security/accountsecretstore.h"

namespace gd {

class RefreshTokenStore : public AccountSecretStore {
public:
    // backend: nullptr means QtKeychainBackend::defaultBackend().
    explicit RefreshTokenStore(SecretBackend *backend = nullptr);

    KeychainJob *save(const Account &account, const QString &refreshToken, QObject *parent = nullptr) const;
    KeychainJob *load(const Account &account, QObject *parent = nullptr) const;
    KeychainJob *remove(const Account &account, QObject *parent = nullptr) const;
};

} // namespace gd
