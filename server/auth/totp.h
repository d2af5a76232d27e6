#pragma once
// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits) with base32 secrets
// (RFC 4648), as used by authenticator apps.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace gd::server {

class Totp {
public:
    static QByteArray decodeBase32(const QString &secret); // empty on bad input
    static QString code(const QByteArray &key, qint64 unixSeconds, int digits = 6);
    // Accepts the current step and one step either side (clock drift).
    static bool verify(const QString &base32Secret, const QString &code, const QDateTime &now);
};

} // namespace gd::server
