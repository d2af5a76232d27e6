#include "net/apirequest.h"

namespace gd {

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.method = Method::Get;
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::post(const QString &path, std::optional<QJsonObject> body)
{
    ApiRequest request;
    request.method = Method::Post;
    request.path = path;
    request.body = std::move(body);
    return request;
}

QByteArray ApiRequest::verb() const
{
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Patch:
        return QByteArrayLiteral("PATCH");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}

} // namespace gd
