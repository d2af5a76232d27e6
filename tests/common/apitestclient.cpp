#include "apitestclient.h"

#include <QJsonDocument>

#include <httplib.h>

namespace gd::test {

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

bool ApiReply::hasErrorShape() const
{
    const QJsonObject e = json.value(QStringLiteral("error")).toObject();
    return e.value(QStringLiteral("code")).isString() && e.value(QStringLiteral("message")).isString() &&
           e.value(QStringLiteral("details")).isObject();
}

ApiTestClient::ApiTestClient(int port)
    : m_client(std::make_unique<httplib::Client>("127.0.0.1", port))
{
    m_client->set_connection_timeout(5, 0);
    m_client->set_read_timeout(60, 0);
    m_client->set_keep_alive(true);
}

ApiTestClient::~ApiTestClient() = default;

ApiReply ApiTestClient::send(const QString &method, const QString &pathAndQuery, const QByteArray &body,
                             const QByteArray &contentType, const QByteArray &authorization,
                             const HeaderList &extraHeaders)
{
    httplib::Headers headers;
    if (!authorization.isEmpty())
        headers.emplace("Authorization", authorization.toStdString());
    else if (!m_token.isEmpty())
        headers.emplace("Authorization", "Bearer " + m_token.toStdString());
    for (const auto &[name, value] : extraHeaders)
        headers.emplace(name.toStdString(), value.toStdString());
    const std::string path = QUrl::toPercentEncoding(pathAndQuery, "/?&=:-_.~%+,").toStdString();
    const std::string payload = body.toStdString();
    const std::string type = contentType.toStdString();
    httplib::Result r = method == QLatin1String("GET")      ? m_client->Get(path, headers)
                        : method == QLatin1String("POST")   ? m_client->Post(path, headers, payload, type)
                        : method == QLatin1String("PUT")    ? m_client->Put(path, headers, payload, type)
                        : method == QLatin1String("DELETE") ? m_client->Delete(path, headers, payload, type)
                                                            : m_client->Patch(path, headers, payload, type);
    ApiReply reply;
    if (!r)
        return reply;
    reply.status = r->status;
    reply.body = QByteArray::fromStdString(r->body);
    reply.json = QJsonDocument::fromJson(reply.body).object();
    reply.contentType = QByteArray::fromStdString(r->get_header_value("Content-Type"));
    reply.allow = QByteArray::fromStdString(r->get_header_value("Allow"));
    reply.retryAfter = QByteArray::fromStdString(r->get_header_value("Retry-After"));
    reply.wwwAuthenticate = QByteArray::fromStdString(r->get_header_value("WWW-Authenticate"));
    for (const auto &[name, value] : r->headers)
        reply.headers.append({QByteArray::fromStdString(name), QByteArray::fromStdString(value)});
    return reply;
}

ApiReply ApiTestClient::get(const QString &pathAndQuery)
{
    return send(QStringLiteral("GET"), pathAndQuery, {});
}

ApiReply ApiTestClient::post(const QString &path, const QJsonObject &body, const HeaderList &headers)
{
    return send(QStringLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", {}, headers);
}

ApiReply ApiTestClient::patch(const QString &path, const QJsonObject &body, const HeaderList &headers)
{
    return send(QStringLiteral("PATCH"), path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", {}, headers);
}

void ApiTestClient::disconnect()
{
    m_client->stop();
}

QString ApiTestClient::login(const QString &username, const QString &password, ApiReply *reply)
{
    const QString saved = m_token;
    m_token.clear();
    const ApiReply r =
        post(QStringLiteral("/api/v1/auth/login"),
             QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    m_token = saved;
    if (reply)
        *reply = r;
    if (r.status != 200)
        return {};
    return r.json.value(QStringLiteral("access_token")).toString();
}

} // namespace gd::test
