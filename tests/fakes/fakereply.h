#pragma once
// A canned QNetworkReply for tests: finishes after an optional delay (on the event loop, never inside
// the call that created it) with an HTTP status, headers and body — or with a transport error and no
// HTTP answer. Honours the request's transfer timeout the way Qt does (OperationCanceledError), and
// can report TLS errors (sslErrors) before failing the handshake.

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace gd::test {

struct FakeResponse {
    int status = 200; // 0 = no HTTP answer (see error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // transport error when status == 0
    QString errorString;
    int delayMs = 0;
    bool tlsErrors = false; // emit sslErrors (self-signed certificate) before the error

    static FakeResponse json(int status, const QJsonObject &body);
    // The server's error shape {"error":{"code","message","details"}} with the given status.
    static FakeResponse apiError(int status, const QString &code, const QString &message = {},
                                 const QJsonObject &details = {});
    static FakeResponse transport(QNetworkReply::NetworkError error, const QString &errorString = {});
    static FakeResponse noContent();

    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
    FakeResponse &withDelay(int ms);
};

class FakeReply : public QNetworkReply {
    Q_OBJECT
public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
              FakeResponse response, QObject *parent = nullptr);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void complete();
    void timeOut();
    void finishWithError(QNetworkReply::NetworkError error, const QString &text);

    FakeResponse m_response;
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_done = false;
};

} // namespace gd::test
