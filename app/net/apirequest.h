#pragma once
// One REST request to govdesk-server, as a value: method, path under the base URL, query, optional JSON
// body, and whether it carries the bearer token (and so may be refreshed and retried once on 401).

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace gd {

struct ApiRequest {
    enum class Method { Get, Post, Put, Patch, Delete };

    Method method = Method::Get;
    QString path; // absolute path, e.g. "/api/v1/auth/me"
    QUrlQuery query;
    std::optional<QJsonObject> body;              // sent as application/json when set
    bool authenticated = true;                    // sends "Authorization: Bearer <access token>"
    QList<int> acceptedErrorStatuses;             // non-2xx statuses whose JSON body is a reply, not an error
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Idempotency-Key, X-Device-Id, …)

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, std::optional<QJsonObject> body = {});

    QByteArray verb() const; // "GET", "POST", ...
};

} // namespace gd
