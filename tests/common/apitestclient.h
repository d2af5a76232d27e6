#pragma once
// Test support: a blocking HTTP client for integration tests (cpp-httplib), returning status, headers
// and the parsed JSON body.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace httplib {
class Client;
}

namespace gd::test {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct ApiReply {
    int status = 0; // 0 = transport failure
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
    QByteArray allow;
    QByteArray retryAfter;
    QByteArray wwwAuthenticate;
    HeaderList headers; // every response header

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    QString errorCode() const;                       // error.code of the error shape, or empty
    bool hasErrorShape() const; // {"error":{"code":string,"message":string,"details":object}}
};

class ApiTestClient {
public:
    explicit ApiTestClient(int port);
    ~ApiTestClient();

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    ApiReply get(const QString &pathAndQuery);
    ApiReply post(const QString &path, const QJsonObject &body, const HeaderList &headers = {});
    ApiReply patch(const QString &path, const QJsonObject &body, const HeaderList &headers = {});
    ApiReply send(const QString &method, const QString &pathAndQuery, const QByteArray &body,
                  const QByteArray &contentType = "application/json", const QByteArray &authorization = {},
                  const HeaderList &headers = {});

    // Closes the keep-alive connection (the next request opens a new one). A server stops only after its
    // idle keep-alive connections time out, so tests close theirs before stopping a server.
    void disconnect();

    // Signs in; returns the access token or an empty string (reply in *reply).
    QString login(const QString &username, const QString &password = QStringLiteral("GovDesk!2026"),
                  ApiReply *reply = nullptr);

private:
    std::unique_ptr<httplib::Client> m_client;
    QString m_token;
};

} // namespace gd::test
