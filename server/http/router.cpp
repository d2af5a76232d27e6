#include "http/router.h"

#include "auth/authservice.h"
#include "http/faultinjector.h"
#include "http/idempotentwrites.h"

#include "domain/jsonreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <optional>
#include <regex>
#include <sys/socket.h>
#include <zlib.h>

Q_LOGGING_CATEGORY(lcHttp, "govdesk.server.http")

namespace gd::server {
namespace {

QRegularExpression patternRegex(const QString &pattern, QStringList *names)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString regex = QStringLiteral("^");
    qsizetype last = 0;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        regex += QRegularExpression::escape(pattern.mid(last, m.capturedStart() - last));
        regex += QStringLiteral("([^/]+)");
        if (names)
            names->append(m.captured(1));
        last = m.capturedEnd();
    }
    regex += QRegularExpression::escape(pattern.mid(last)) + QLatin1Char('$');
    return QRegularExpression(regex);
}

std::string httplibPattern(const QString &pattern)
{
    QString p = pattern;
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z_]+\\}"));
    p.replace(placeholder, QStringLiteral("([^/]+)"));
    return p.toStdString();
}

void writeHeaders(httplib::Response &res, const HttpResponse &r)
{
    res.status = r.status;
    for (const auto &[name, value] : r.headers)
        res.set_header(name.toStdString(), value.toStdString());
    // An event stream is read as it comes: no-cache, and no buffering by a proxy in front (nginx).
    res.set_header("Cache-Control", r.stream ? "no-cache" : "no-store");
    if (r.stream)
        res.set_header("X-Accel-Buffering", "no");
    res.set_header("X-Content-Type-Options", "nosniff");
}

// JSON goes out as "application/json; charset=utf-8", which cpp-httplib does not compress on its own: it
// would pick Brotli at quality 11 whenever a client accepts "br", which took 2.4 s for a 1.5 MB feed page
// (the initial sync spent 95 % of its time there). Bodies of 1 KiB and more are gzipped here instead, at
// level 1 (about 10x smaller JSON for ~10 ms per MB).
std::string wireContentType(const QByteArray &contentType)
{
    if (contentType == "application/json")
        return "application/json; charset=utf-8";
    return contentType.toStdString();
}

bool acceptsGzip(const std::string &acceptEncoding)
{
    const QList<QByteArray> codings = QByteArray::fromStdString(acceptEncoding).split(',');
    for (const QByteArray &coding : codings) {
        const QList<QByteArray> parts = coding.trimmed().split(';');
        if (parts.first().trimmed().toLower() != "gzip")
            continue;
        // "gzip;q=0" means "not gzip".
        return !(parts.size() > 1 && parts.at(1).trimmed().replace(' ', "") == "q=0");
    }
    return false;
}

std::optional<std::string> gzip(const QByteArray &body)
{
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    std::string out(deflateBound(&z, uLong(body.size())), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    z.avail_in = uInt(body.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return std::nullopt;
    return out;
}

void write(httplib::Response &res, const HttpResponse &r, const std::string &acceptEncoding = {})
{
    writeHeaders(res, r);
    if (r.stream) {
        // One call of the provider runs the whole stream; sink.done() then ends the chunked body.
        res.set_chunked_content_provider(r.contentType.toStdString(),
                                         [stream = r.stream](size_t, httplib::DataSink &sink) {
                                             stream([&sink](const QByteArray &chunk) {
                                                 return !chunk.isEmpty() && sink.is_writable() &&
                                                        sink.write(chunk.constData(), size_t(chunk.size()));
                                             });
                                             sink.done();
                                             return true;
                                         });
    } else if (r.status != 204) {
        if (r.body.size() >= 1024 && acceptsGzip(acceptEncoding)) {
            if (auto packed = gzip(r.body)) {
                res.set_header("Content-Encoding", "gzip");
                res.set_header("Vary", "Accept-Encoding");
                res.set_content(*packed, wireContentType(r.contentType));
                return;
            }
        }
        res.set_content(r.body.constData(), size_t(r.body.size()), wireContentType(r.contentType));
    }
}

// Fault injection (test-only): the headers with the whole Content-Length, then half the body, then the
// connection is closed (a provider returning false makes cpp-httplib abort the connection).
void writeTruncated(httplib::Response &res, const HttpResponse &r)
{
    writeHeaders(res, r);
    auto body = std::make_shared<std::string>(r.body.toStdString());
    auto sent = std::make_shared<bool>(false);
    res.set_content_provider(body->size(), wireContentType(r.contentType),
                             [body, sent](size_t, size_t, httplib::DataSink &sink) {
                                 if (*sent)
                                     return false;
                                 *sent = true;
                                 return sink.write(body->data(), body->size() / 2);
                             });
}

quint16 portOf(const sockaddr_storage &address)
{
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(address).sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(address).sin6_port);
    return 0;
}

// Fault injection (test-only): shuts down the request's connection, so the client sees it end without a
// response. cpp-httplib does not give handlers the socket, so it is found among the process's descriptors
// by its two ports.
void dropConnection(const httplib::Request &req)
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &name : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int fd = name.toInt(&ok);
        if (!ok)
            continue;
        sockaddr_storage local{};
        sockaddr_storage peer{};
        socklen_t localSize = sizeof local;
        socklen_t peerSize = sizeof peer;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localSize) != 0 ||
            getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerSize) != 0)
            continue;
        if (portOf(local) == req.local_port && portOf(peer) == req.remote_port) {
            ::shutdown(fd, SHUT_RDWR);
            return;
        }
    }
}

// The route's answer; idempotent routes run through IdempotentWrites (exactly once per key).
HttpResponse dispatch(const Route &route, RequestContext &ctx, IdempotentWrites *writes)
{
    if (!route.idempotent)
        return route.handler(ctx);
    if (!writes)
        return HttpResponse::error(
            makeError(ErrorCode::Internal, QStringLiteral("writes are not configured")));
    return writes->run(ctx, route.handler);
}

HttpResponse injectedError()
{
    return HttpResponse::error(makeError(ErrorCode::Internal, QStringLiteral("internal error (injected)")));
}

QString bearerToken(const httplib::Request &req)
{
    const std::string header = req.get_header_value("Authorization");
    static const std::string prefix = "Bearer ";
    if (header.size() <= prefix.size() || header.compare(0, prefix.size(), prefix) != 0)
        return {};
    return QString::fromStdString(header.substr(prefix.size())).trimmed();
}

} // namespace

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::jsonBytes(QByteArray body, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::error(const Error &error)
{
    HttpResponse r = json(error.toJson(), httpStatusFor(error.code) ? httpStatusFor(error.code) : 500);
    if (error.code == ErrorCode::Unauthorized || error.code == ErrorCode::TotpRequired)
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"govdesk\"")));
    const QJsonValue retry = error.details.value(QStringLiteral("retry_after_seconds"));
    if (retry.isDouble())
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(retry.toInteger())));
    return r;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    return r;
}

HttpResponse HttpResponse::eventStream(StreamBody stream)
{
    HttpResponse r;
    r.contentType = "text/event-stream";
    r.stream = std::move(stream);
    return r;
}

const QList<QByteArray> Router::kForwardedHeaders{"idempotency-key", "x-device-id", "x-device-seq",
                                                  "last-event-id"};

std::optional<QByteArray> RequestContext::header(const QByteArray &name) const
{
    const auto found = headers.constFind(name);
    if (found == headers.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<QString> RequestContext::queryValue(const QString &name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

bool RequestContext::hasDuplicateQueryKeys() const
{
    QSet<QString> seen;
    for (const auto &kv : query) {
        if (seen.contains(kv.first))
            return true;
        seen.insert(kv.first);
    }
    return false;
}

Result<qint64> RequestContext::queryInteger(const QString &name, qint64 fallback, qint64 min,
                                            qint64 max) const
{
    const auto text = queryValue(name);
    if (!text)
        return fallback;
    bool ok = false;
    const qint64 v = text->toLongLong(&ok);
    if (!ok || v < min || v > max)
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("%1 must be an integer from %2 to %3").arg(name).arg(min).arg(max),
                         QJsonObject{{QStringLiteral("field"), name}});
    return v;
}

Result<QJsonObject> RequestContext::jsonBody() const
{
    if (!body.isEmpty() && !contentType.trimmed().toLower().startsWith("application/json"))
        return makeError(ErrorCode::BadRequest, QStringLiteral("Content-Type must be application/json"));
    return JsonReader::parseObject(body.isEmpty() ? QByteArray("{}") : body);
}

namespace {

// An IPv4 or IPv6 address in its canonical text form (so "::FFFF:10.0.0.1" and "::ffff:10.0.0.1" compare
// equal); nothing for anything else.
std::optional<QString> canonicalAddress(const QByteArray &text)
{
    const std::string s = text.trimmed().toStdString();
    char out[INET6_ADDRSTRLEN] = {};
    in_addr v4{};
    if (inet_pton(AF_INET, s.c_str(), &v4) == 1 && inet_ntop(AF_INET, &v4, out, sizeof out))
        return QString::fromLatin1(out);
    in6_addr v6{};
    if (inet_pton(AF_INET6, s.c_str(), &v6) == 1 && inet_ntop(AF_INET6, &v6, out, sizeof out))
        return QString::fromLatin1(out);
    return std::nullopt;
}

} // namespace

bool Router::isAddress(const QString &text)
{
    return canonicalAddress(text.toLatin1()).has_value();
}

void Router::setTrustedProxies(const QStringList &addresses)
{
    m_trustedProxies.clear();
    for (const QString &a : addresses) {
        if (const auto address = canonicalAddress(a.toLatin1()))
            m_trustedProxies.insert(*address);
    }
}

QString Router::clientAddressOf(const QString &peer, const QByteArray &forwardedFor,
                                const QSet<QString> &trustedProxies)
{
    const auto self = canonicalAddress(peer.toLatin1());
    if (forwardedFor.trimmed().isEmpty() || !self || !trustedProxies.contains(*self))
        return peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const auto address = canonicalAddress(*it);
        if (!address)
            return peer;
        if (!trustedProxies.contains(*address))
            return *address;
    }
    return peer;
}

void Router::add(Route route)
{
    m_routes.append(std::move(route));
}

const Route *Router::match(const QString &method, const QString &path, QHash<QString, QString> *params) const
{
    for (const Route &r : m_routes) {
        if (r.method != method)
            continue;
        QStringList names;
        const auto m = patternRegex(r.pattern, &names).match(path);
        if (!m.hasMatch())
            continue;
        if (params) {
            for (int i = 0; i < names.size(); ++i)
                params->insert(names[i], m.captured(i + 1));
        }
        return &r;
    }
    return nullptr;
}

void Router::install(httplib::Server &server, AuthService &auth) const
{
    for (const Route &route : m_routes) {
        QStringList names;
        patternRegex(route.pattern, &names);
        auto handler = [&auth, route, names, writes = m_writes, trusted = m_trustedProxies,
                        faults = (route.idempotent || route.injectFaults) ? m_faults : nullptr](
                           const httplib::Request &req, httplib::Response &res) {
            QElapsedTimer timer;
            timer.start();
            RequestContext ctx;
            ctx.method = route.method;
            ctx.path = QString::fromStdString(req.path);
            for (int i = 0; i < names.size() && i + 1 < int(req.matches.size()); ++i)
                ctx.pathParams.insert(names[i], QString::fromStdString(req.matches[size_t(i) + 1].str()));
            for (const auto &[key, value] : req.params)
                ctx.query.append({QString::fromStdString(key), QString::fromStdString(value)});
            ctx.body = QByteArray::fromStdString(req.body);
            ctx.contentType = QByteArray::fromStdString(req.get_header_value("Content-Type"));
            ctx.clientAddress =
                clientAddressOf(QString::fromStdString(req.remote_addr),
                                QByteArray::fromStdString(req.get_header_value("X-Forwarded-For")), trusted);
            bool repeatedHeader = false;
            for (const QByteArray &name : kForwardedHeaders) {
                const std::string key = name.toStdString();
                const size_t count = req.get_header_value_count(key);
                repeatedHeader |= count > 1;
                if (count > 0)
                    ctx.headers.insert(name, QByteArray::fromStdString(req.get_header_value(key)));
            }

            HttpResponse response;
            if (!route.isPublic) {
                auto principal = auth.authenticate(bearerToken(req), ctx.clientAddress);
                if (!principal) {
                    write(res, HttpResponse::error(principal.error()));
                    return;
                }
                // The portal account may use the routes that name it (and sign itself out), nothing else.
                const bool portalOutside = route.roles.isEmpty() && principal->role == Role::Portal &&
                                           !route.pattern.startsWith(QLatin1String("/api/v1/auth/"));
                if ((!route.roles.isEmpty() && !route.roles.contains(principal->role)) || portalOutside) {
                    write(res,
                          HttpResponse::error(makeError(
                              ErrorCode::Forbidden, QStringLiteral("your role may not use this endpoint"))));
                    return;
                }
                ctx.principal = *principal;
            }
            using Fault = FaultInjector::Fault;
            const Fault fault = faults ? faults->next() : Fault::None;
            if (ctx.hasDuplicateQueryKeys()) {
                response = HttpResponse::error(
                    makeError(ErrorCode::BadRequest, QStringLiteral("a query parameter is repeated")));
            } else if (repeatedHeader) {
                response = HttpResponse::error(
                    makeError(ErrorCode::BadRequest, QStringLiteral("a header is repeated")));
            } else if (fault == Fault::ErrorBefore) {
                response = injectedError();
            } else {
                response = dispatch(route, ctx, writes.get());
            }
            if (fault == Fault::ErrorAfter)
                response = injectedError();
            else if (fault == Fault::Drop)
                dropConnection(req);
            if (fault == Fault::Truncate && !response.stream && !response.body.isEmpty())
                writeTruncated(res, response);
            else
                write(res, response, req.get_header_value("Accept-Encoding"));
            const qint64 ms = timer.elapsed();
            if (fault != Fault::None || response.status >= 500 || (ms > 500 && !response.stream)) {
                // Path and status only: query strings may carry names or ID fragments.
                QStringList fields{QStringLiteral("method=") + route.method,
                                   QStringLiteral("path=") + ctx.path,
                                   QStringLiteral("status=") + QString::number(response.status),
                                   QStringLiteral("ms=") + QString::number(ms)};
                if (fault != Fault::None)
                    fields.append(QStringLiteral("fault=") + FaultInjector::faultName(fault));
                qCWarning(lcHttp).noquote() << fields.join(QLatin1Char(' '));
            }
        };
        const std::string pattern = httplibPattern(route.pattern);
        if (route.method == QLatin1String("GET"))
            server.Get(pattern, handler);
        else if (route.method == QLatin1String("POST"))
            server.Post(pattern, handler);
        else if (route.method == QLatin1String("PUT"))
            server.Put(pattern, handler);
        else if (route.method == QLatin1String("PATCH"))
            server.Patch(pattern, handler);
        else if (route.method == QLatin1String("DELETE"))
            server.Delete(pattern, handler);
    }

    server.set_error_handler([this](const httplib::Request &req, httplib::Response &res) {
        // Called for every status >= 400: bodies written by the router (plain or provided) stay.
        if (!res.body.empty() || res.content_provider_)
            return;
        Error e;
        switch (res.status) {
        case 404: {
            const QString path = QString::fromStdString(req.path);
            QStringList allowed;
            for (const char *m : {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
                if (match(QLatin1String(m), path))
                    allowed.append(QLatin1String(m));
            }
            if (!allowed.isEmpty()) {
                res.status = 405;
                res.set_header("Allow", allowed.join(QStringLiteral(", ")).toStdString());
                e = makeError(ErrorCode::MethodNotAllowed, QStringLiteral("method not allowed; use ") +
                                                               allowed.join(QStringLiteral(", ")));
            } else {
                e = makeError(ErrorCode::NotFound, QStringLiteral("no such endpoint"));
            }
            break;
        }
        case 413:
            e = makeError(ErrorCode::PayloadTooLarge, QStringLiteral("request body too large"));
            break;
        case 414:
        case 431:
            e = makeError(ErrorCode::BadRequest, QStringLiteral("request line or headers too large"));
            break;
        default:
            if (res.status >= 500)
                e = makeError(ErrorCode::Internal, QStringLiteral("internal error"));
            else
                e = makeError(ErrorCode::BadRequest, QStringLiteral("bad request"));
        }
        const int status = res.status;
        res.set_content(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact).toStdString(),
                        "application/json");
        res.status = status;
    });
    server.set_exception_handler(
        [](const httplib::Request &req, httplib::Response &res, const std::exception_ptr &ep) {
            QString what = QStringLiteral("unknown");
            try {
                std::rethrow_exception(ep);
            } catch (const std::exception &ex) {
                what = QString::fromUtf8(ex.what());
            } catch (...) {
            }
            qCCritical(lcHttp).noquote() << "handler threw on" << QString::fromStdString(req.path) << what;
            res.status = 500;
            res.set_content(
                QJsonDocument(makeError(ErrorCode::Internal, QStringLiteral("internal error")).toJson())
                    .toJson(QJsonDocument::Compact)
                    .toStdString(),
                "application/json");
        });
}

} // namespace gd::server
