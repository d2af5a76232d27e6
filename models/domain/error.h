#pragma once
// The one error type of GovDesk: a machine-readable code, an English developer message (never shown to
// users as-is; the UI translates by code) and optional structured details. Shared by client and server;
// the server serialises it as {"error":{"code","message","details"}}.

#include <QJsonObject>
#include <QString>

namespace gd {

enum class ErrorCode {
    BadRequest,       // malformed JSON, wrong types, unknown fields, bad paging values
    Unauthorized,     // missing, expired, forged or revoked token; wrong credentials
    TotpRequired,     // password right, second factor needed
    Forbidden,        // authenticated but the role may not do this
    NotFound,         // no such object, or outside the caller's scope (no existence leak)
    Conflict,         // stale base version
    Locked,           // account locked after failed sign-ins
    TooManyRequests,  // per-address backoff
    PayloadTooLarge,  // body over the server's limit
    MethodNotAllowed, // known path, other method
    Unavailable,      // server or database not reachable
    Network,          // client side: transport failed
    Storage,          // client side: local store failed
    Internal,         // a bug; details are logged, not sent
};

QString errorCodeName(ErrorCode code);
ErrorCode errorCodeFromName(const QString &name);
int httpStatusFor(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QJsonObject details;

    QJsonObject toJson() const;                       // {"error":{...}}
    static Error fromJson(const QJsonObject &object); // lenient: unknown codes become Internal
};

} // namespace gd
