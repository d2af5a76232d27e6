#include "net/replydecoder.h"

#include "net/transportfailure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace gd {
namespace {

TransportFailure classify(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return TransportFailure::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return TransportFailure::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return TransportFailure::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportFailure::Tls;
    default:
        return TransportFailure::Other;
    }
}

ErrorCode codeForStatus(int status)
{
    switch (status) {
    case 400:
        return ErrorCode::BadRequest;
    case 401:
        return ErrorCode::Unauthorized;
    case 403:
        return ErrorCode::Forbidden;
    case 404:
        return ErrorCode::NotFound;
    case 405:
        return ErrorCode::MethodNotAllowed;
    case 409:
        return ErrorCode::Conflict;
    case 413:
        return ErrorCode::PayloadTooLarge;
    case 423:
        return ErrorCode::Locked;
    case 429:
        return ErrorCode::TooManyRequests;
    case 502:
    case 503:
    case 504:
        return ErrorCode::Unavailable;
    default:
        return status >= 400 && status < 500 ? ErrorCode::BadRequest : ErrorCode::Internal;
    }
}

} // namespace

Result<ApiResponse> ReplyDecoder::decode(QNetworkReply &reply, const QList<int> &acceptedErrorStatuses,
                                         const QStringList &tlsErrors)
{
    const QVariant statusAttribute = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return transportError(reply.error(), reply.errorString(), tlsErrors);

    const int status = statusAttribute.toInt();
    const QByteArray body = reply.readAll();
    const bool success = (status >= 200 && status < 300) || acceptedErrorStatuses.contains(status);
    if (!success)
        return httpError(status, body, reply.rawHeader("Retry-After"));

    ApiResponse response;
    response.status = status;
    if (body.trimmed().isEmpty())
        return response;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badReply(QStringLiteral("the reply is not valid JSON: ") + parseError.errorString());
    if (!document.isObject())
        return badReply(QStringLiteral("the reply is not a JSON object"));
    response.json = document.object();
    response.body = body;
    return response;
}

Error ReplyDecoder::transportError(QNetworkReply::NetworkError error, const QString &errorString,
                                   const QStringList &tlsErrors)
{
    const TransportFailure failure = classify(error);
    QJsonObject details{{QStringLiteral("transport"), transportFailureName(failure)},
                        {QStringLiteral("qt_error"), int(error)}};
    if (failure == TransportFailure::Tls && !tlsErrors.isEmpty())
        details.insert(QStringLiteral("tls_errors"), QJsonArray::fromStringList(tlsErrors));
    const QString message = failure == TransportFailure::Timeout
                                ? QStringLiteral("the server did not answer in time")
                                : errorString;
    return makeError(ErrorCode::Network, message, details);
}

Error ReplyDecoder::httpError(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    Error error;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject inner = document.object().value(QStringLiteral("error")).toObject();
    if (!inner.value(QStringLiteral("code")).toString().isEmpty()) {
        error = Error::fromJson(document.object());
    } else {
        error = makeError(codeForStatus(status), QStringLiteral("HTTP status %1").arg(status));
    }
    error.details.insert(QStringLiteral("http_status"), status);
    bool ok = false;
    const qint64 seconds = retryAfter.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0 && !error.details.contains(QStringLiteral("retry_after_seconds")))
        error.details.insert(QStringLiteral("retry_after_seconds"), seconds);
    return error;
}

Error ReplyDecoder::badReply(const QString &problem)
{
    return makeError(ErrorCode::Internal, QStringLiteral("unexpected reply from the server: ") + problem,
                     QJsonObject{{QStringLiteral("kind"), QStringLiteral("bad_reply")}});
}

} // namespace gd
