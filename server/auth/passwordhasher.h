#pragma once
// Argon2id password hashing with OWASP's parameters (m = 19 MiB, t = 2, p = 1), PHC string format
// ("$argon2id$v=19$m=19456,t=2,p=1$salt$hash"). Thread-safe; each call takes ~30-60 ms by design.

#include <QString>

namespace gd::server {

class PasswordHasher {
public:
    static QString hash(const QString &password);
    static bool verify(const QString &encoded, const QString &password);
    // A hash of a random password, for timing-equal verification when the user does not exist.
    static const QString &dummyHash();
};

} // namespace gd::server
