#include "http/router.h"

#include "auth/authservice.h"

#include "domain/jsonreader.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

#include <httplib.h>

#include <regex>

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

void write(httplib::Response &res, const HttpResponse &r)
{
    res.status = r.status;
    for (const auto &[name, value] : r.headers)
        res.set_header(name.toStdString(), value.toStdString());
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    if (r.status != 204)
        res.set_content(r.body.constData(), size_t(r.body.size()), r.contentType.toStdString());
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
        auto handler = [&auth, route, names](const httplib::Request &req, httplib::Response &res) {
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
            ctx.clientAddress = QString::fromStdString(req.remote_addr);

            HttpResponse response;
            if (!route.isPublic) {
                auto principal = auth.authenticate(bearerToken(req), ctx.clientAddress);
                if (!principal) {
                    write(res, HttpResponse::error(principal.error()));
                    return;
                }
                if (!route.roles.isEmpty() && !route.roles.contains(principal->role)) {
                    write(res,
                          HttpResponse::error(makeError(
                              ErrorCode::Forbidden, QStringLiteral("your role may not use this endpoint"))));
                    return;
                }
                ctx.principal = *principal;
            }
            if (ctx.hasDuplicateQueryKeys()) {
                response = HttpResponse::error(
                    makeError(ErrorCode::BadRequest, QStringLiteral("a query parameter is repeated")));
            } else {
                response = route.handler(ctx);
            }
            write(res, response);
            const qint64 ms = timer.elapsed();
            if (response.status >= 500 || ms > 500) {
                // Path and status only: query strings may carry names or ID fragments.
                qCWarning(lcHttp).noquote()
                    << QStringLiteral("method=") + route.method << QStringLiteral("path=") + ctx.path
                    << QStringLiteral("status=") + QString::number(response.status)
                    << QStringLiteral("ms=") + QString::number(ms);
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
        if (!res.body.empty())
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
        [](const httplib::Request &req, httplib::Response &res, std::exception_ptr ep) {
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
