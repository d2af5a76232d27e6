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

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace gd::server {

class AuthService;
class FaultInjector;
class IdempotentWrites;

// Sends one piece of a streamed body; false once the client has gone (the stream should end then).
using StreamWrite = std::function<bool(const QByteArray &chunk)>;
// Writes a streamed body on the request's worker thread and returns when the stream is over. Whatever it
// holds is released when the response is done with.
using StreamBody = std::function<void(const StreamWrite &write)>;

struct HttpResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    StreamBody stream; // set: the body is streamed (chunked) instead of `body`, and not cached

    static HttpResponse json(const QJsonObject &object, int status = 200);
    // A body that is already JSON text (written by codec::writeJson).
    static HttpResponse jsonBytes(QByteArray body, int status = 200);
    static HttpResponse error(const Error &error);
    static HttpResponse noContent();
    // A text/event-stream body (server-sent events).
    static HttpResponse eventStream(StreamBody stream);
};

// The database write of an idempotent route's handler. IdempotentWrites has opened the write transaction
// (taken with kChangeLogLock) on the thread's connection before calling the handler, and commits it
// together with the stored result once the handler returns a status below 500; it rolls back otherwise.
// Handlers write through the same thread's connection and report their change-log appends here.
class WriteScope {
public:
    // The handler appended change `seq`; live streams are woken once the transaction commits.
    void changed(qint64 seq) { m_lastSeq = std::max(m_lastSeq, seq); }
    qint64 lastSeq() const { return m_lastSeq; }
    // Work to do only once the transaction has committed (in-memory indexes following the rows, e.g.
    // the recommendation engine); dropped when it rolls back.
    void afterCommit(std::function<void()> work) { m_afterCommit.push_back(std::move(work)); }
    void runAfterCommit()
    {
        for (const auto &work : m_afterCommit)
            work();
        m_afterCommit.clear();
    }

private:
    qint64 m_lastSeq = 0;
    std::vector<std::function<void()>> m_afterCommit;
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
    // The request headers handlers may read (Router::kForwardedHeaders), by lower-case name.
    QHash<QByteArray, QByteArray> headers;
    WriteScope *write = nullptr; // set for idempotent routes while their handler runs

    const Principal &who() const { return *principal; }
    QString param(const QString &name) const { return pathParams.value(name); }
    // A forwarded header (name in lower case), if the request has it.
    std::optional<QByteArray> header(const QByteArray &name) const;
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
    // A mutating route run through IdempotentWrites: it needs an Idempotency-Key header, runs at most
    // once per key and answers a repeated key with the stored result.
    bool idempotent = false;
    // --inject-faults applies (idempotent routes always qualify).
    bool injectFaults = false;
};

class Router {
public:
    // Headers copied into RequestContext::headers.
    static const QList<QByteArray> kForwardedHeaders;

    void add(Route route);
    const QList<Route> &routes() const { return m_routes; }

    // Needed by idempotent routes (they answer 500 without it).
    void setIdempotentWrites(std::shared_ptr<IdempotentWrites> writes) { m_writes = std::move(writes); }
    // Peers whose X-Forwarded-For is believed (--trusted-proxy: the nginx in front of the server). The
    // client address of a request (audit log, sign-in backoff) is then the forwarded one.
    void setTrustedProxies(const QStringList &addresses);
    const QSet<QString> &trustedProxies() const { return m_trustedProxies; }
    // The client address of a request from `peer` carrying `forwardedFor`: the peer itself unless it is a
    // trusted proxy, else the rightmost X-Forwarded-For entry that is not a trusted proxy (entries left of
    // it were written by the client and prove nothing). A malformed entry falls back to the peer.
    static bool isAddress(const QString &text);
    static QString clientAddressOf(const QString &peer, const QByteArray &forwardedFor,
                                   const QSet<QString> &trustedProxies);

    // Test-only fault injection (--inject-faults); none by default.
    void setFaultInjector(std::shared_ptr<FaultInjector> faults) { m_faults = std::move(faults); }

    // Registers every route on the server, with authentication, role checks, error shape, 405 for
    // known paths with another method, and an exception barrier.
    void install(httplib::Server &server, AuthService &auth) const;

    // The route matching method + path, for tests and the 405 logic.
    const Route *match(const QString &method, const QString &path,
                       QHash<QString, QString> *params = nullptr) const;

private:
    QList<Route> m_routes;
    std::shared_ptr<IdempotentWrites> m_writes;
    std::shared_ptr<FaultInjector> m_faults;
    QSet<QString> m_trustedProxies;
};

// Adds a route whose handler is fn(*owner, ctx): the routes of one feature share one object that holds
// what they need (each route keeps it alive). `fn` is a member function pointer or a callable taking
// (Owner &, RequestContext &).
template <typename Owner, typename Fn>
void addOwnedRoute(Router &router, const std::shared_ptr<Owner> &owner, const char *method,
                   const char *pattern, const char *summary, QSet<Role> roles, bool idempotent, Fn fn)
{
    Route route{QLatin1String(method),
                QLatin1String(pattern),
                false,
                std::move(roles),
                QLatin1String(summary),
                [owner, fn](RequestContext &ctx) {
                    return std::invoke(fn, *owner, ctx);
                }};
    route.idempotent = idempotent;
    router.add(std::move(route));
}

} // namespace gd::server
