#pragma once
// Turns a finished QNetworkReply into an ApiResponse or a gd::Error with the right ErrorCode:
//  - no HTTP answer (refused, unknown host, timeout, TLS, dropped) -> Network, details.transport says which;
//  - an HTTP error status -> the server's {"error":{code,message,details}} when present (details kept,
//    plus "http_status" and a Retry-After header as "retry_after_seconds"), else a code from the status;
//  - a 2xx answer whose body is not a JSON object -> Internal ("bad_reply"), never a crash.
// Stateless; callable from any thread that owns the reply.

#include "domain/result.h"
#include "net/apiresponse.h"

#include <QNetworkReply>
#include <QStringList>

namespace gd {

class ReplyDecoder {
public:
    // tlsErrors: what QNetworkReply::sslErrors reported before the reply finished (may be empty).
    static Result<ApiResponse> decode(QNetworkReply &reply, const QList<int> &acceptedErrorStatuses,
                                      const QStringList &tlsErrors = {});

    // An error for a reply that got no HTTP answer. Qt reports an expired transfer timeout as
    // OperationCanceledError; the caller never aborts a reply it still decodes, so that means timeout.
    static Error transportError(QNetworkReply::NetworkError error, const QString &errorString,
                                const QStringList &tlsErrors = {});

    // An error for an HTTP error status with the given body and Retry-After header value.
    static Error httpError(int status, const QByteArray &body, const QByteArray &retryAfter);

    // Marks an error for a reply the client could not understand.
    static Error badReply(const QString &problem);
};

} // namespace gd
