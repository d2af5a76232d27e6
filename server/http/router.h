#pragma once
// The HTTP route table of govdesk-server and the request/response types handlers see. Every route
// declares who may call it (public, or a set of roles); the table is also what docs/api/openapi.yaml
// is checked against and what the security test matrix is generated from. Handlers run on the HTTP
// worker threads and must be thread-safe.

#include "db/principal.h"

#include "domain/codec.h"
#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace gd::server {

class AuthService;

struct HttpResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    // A body that is already JSON text (written by codec::writeJson).
    static HttpResponse jsonBytes(QByteArray body, int status = 200);
    static HttpResponse error(const Error &error);
    static HttpResponse noContent();
};

class RequestContext {
public:
    QString method;
    QString path;
    QHash<QString, QString> pathParams;
    QList<QPair<QString, QString>> query; // decoded, in order
    QByteArray body;
    QByteArray contentType;
    QString clientAddress;
    std::optional<Principal> principal; // set for authenticated routes

    const Principal &who() const { return *principal; }
    QString param(const QString &name) const { return pathParams.value(name); }
    std::optional<QString> queryValue(const QString &name) const;
    bool hasDuplicateQueryKeys() const;
    // An integer query parameter within [min, max]; BadRequest naming the parameter otherwise.
    Result<qint64> queryInteger(const QString &name, qint64 fallback, qint64 min, qint64 max) const;
    // The body as a strict JSON object (content type, syntax, object).
    Result<QJsonObject> jsonBody() const;
    // The body decoded strictly as a request type T (content type, syntax, types, no unknown fields).
    template <typename T> Result<T> bodyAs() const
    {
        auto parsed = jsonBody();
        if (!parsed)
            return parsed.error();
        return fromJson<T>(*parsed, true);
    }
};

using Handler = std::function<HttpResponse(RequestContext &)>;

struct Route {
    QString method;  // "GET", "POST", ...
    QString pattern; // "/api/v1/citizens/{id}"
    bool isPublic = false;
    QSet<Role> roles; // empty and not public = every authenticated role
    QString summary;
    Handler handler;
};

class Router {
public:
    void add(Route route);
    const QList<Route> &routes() const { return m_routes; }

    // Registers every route on the server, with authentication, role checks, error shape, 405 for
    // known paths with another method, and an exception barrier.
    void install(httplib::Server &server, AuthService &auth) const;

    // The route matching method + path, for tests and the 405 logic.
    const Route *match(const QString &method, const QString &path,
                       QHash<QString, QString> *params = nullptr) const;

private:
    QList<Route> m_routes;
};

} // namespace gd::server
