#pragma once
// Test support: a blocking HTTP client for integration tests (cpp-httplib), returning status, headers
// and the parsed JSON body.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace httplib {
class Client;
}

namespace gd::test {

struct ApiReply {
    int status = 0; // 0 = transport failure
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
    QByteArray allow;
    QByteArray retryAfter;
    QByteArray wwwAuthenticate;

    QString errorCode() const;  // error.code of the error shape, or empty
    bool hasErrorShape() const; // {"error":{"code":string,"message":string,"details":object}}
};

class ApiTestClient {
public:
    explicit ApiTestClient(int port);
    ~ApiTestClient();

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    ApiReply get(const QString &pathAndQuery);
    ApiReply post(const QString &path, const QJsonObject &body);
    ApiReply send(const QString &method, const QString &pathAndQuery, const QByteArray &body,
                  const QByteArray &contentType = "application/json", const QByteArray &authorization = {});

    // Signs in; returns the access token or an empty string (reply in *reply).
    QString login(const QString &username, const QString &password = QStringLiteral("GovDesk!2026"),
                  ApiReply *reply = nullptr);

private:
    std::unique_ptr<httplib::Client> m_client;
    QString m_token;
};

} // namespace gd::test
