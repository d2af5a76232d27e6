#pragma once
// A QNetworkAccessManager for tests that never touches the network: requests are answered by routes
// ("POST /api/v1/auth/login" -> a canned FakeResponse or a handler that looks at the request) and
// recorded for assertions. An unknown route answers 404 in the server's error shape.

#include "fakereply.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

#include <functional>

namespace gd::test {

struct RecordedRequest {
    QByteArray verb;
    QString path;
    QByteArray body;
    QNetworkRequest request;

    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    QJsonObject json() const;
};

class FakeNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const RecordedRequest &)>;

    using QNetworkAccessManager::QNetworkAccessManager;

    void on(const QByteArray &verb, const QString &path, Handler handler);
    void on(const QByteArray &verb, const QString &path, const FakeResponse &response);

    QList<RecordedRequest> requests() const { return m_requests; }
    int count(const QByteArray &verb, const QString &path) const;
    void clearRequests() { m_requests.clear(); }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QHash<QString, Handler> m_routes;
    QList<RecordedRequest> m_requests;
};

} // namespace gd::test
