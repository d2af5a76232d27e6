#pragma once
// Who a local secret or cache file belongs to: one staff member on one server. Two staff members on the
// same PC, or one on two servers, get separate keychain entries (keySuffix()) and separate per-user
// SQLCipher files (fileStem()). A plain value type; any thread.

#include <QString>
#include <QUrl>

namespace gd {

struct Account {
    QUrl server;     // the server's base URL (ApiClient::baseUrl()); only host and port count
    QString staffId; // StaffUser::id

    // A usable account: the server has a host and a port (explicit, or 443/80 from https/http), and
    // the staff id is set. Operations on an invalid account fail with ErrorCode::Internal.
    bool isValid() const;

    // "host:port" — host lower-case and ASCII (IDNA), IPv6 in brackets, port defaulted from the
    // scheme; scheme, user info and path are ignored. Empty when the server has no host or port.
    QString serverKey() const;

    // "<serverKey()>/<staffId>", the tail of this account's keychain entry names
    // ("cache-key/<keySuffix>", "refresh-token/<keySuffix>"). Empty for an invalid account.
    QString keySuffix() const;

    // A filesystem-safe stem for per-user files: the first 32 hex digits (lower-case) of the SHA-256 of
    // keySuffix(). Stable across runs; reveals neither the server nor the staff id. Empty for an
    // invalid account.
    QString fileStem() const;
};

} // namespace gd
