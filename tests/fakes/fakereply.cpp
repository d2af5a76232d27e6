#include "fakereply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <cstring>

namespace gd::test {

FakeResponse FakeResponse::json(int status, const QJsonObject &body)
{
    FakeResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

FakeResponse FakeResponse::apiError(int status, const QString &code, const QString &message,
                                    const QJsonObject &details)
{
    QJsonObject inner{{QStringLiteral("code"), code},
                      {QStringLiteral("message"), message.isEmpty() ? code : message}};
    inner.insert(QStringLiteral("details"), details);
    return json(status, QJsonObject{{QStringLiteral("error"), inner}});
}

FakeResponse FakeResponse::transport(QNetworkReply::NetworkError error, const QString &errorString)
{
    FakeResponse response;
    response.status = 0;
    response.error = error;
    response.errorString = errorString.isEmpty() ? QStringLiteral("fake transport error") : errorString;
    return response;
}

FakeResponse FakeResponse::noContent()
{
    FakeResponse response;
    response.status = 204;
    return response;
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeResponse &FakeResponse::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

FakeReply::FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                     FakeResponse response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const int timeout = request.transferTimeout();
    if (timeout > 0 && m_response.delayMs > timeout)
        QTimer::singleShot(timeout, this, &FakeReply::timeOut);
    else
        QTimer::singleShot(m_response.delayMs, this, &FakeReply::complete);
}

void FakeReply::abort()
{
    if (m_done)
        return;
    finishWithError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, qint64(m_body.size()) - m_offset);
    if (count <= 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

void FakeReply::timeOut()
{
    if (!m_done)
        finishWithError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

void FakeReply::finishWithError(QNetworkReply::NetworkError error, const QString &text)
{
    m_done = true;
    setError(error, text);
    emit errorOccurred(error);
    setFinished(true);
    emit finished();
}

void FakeReply::complete()
{
    if (m_done)
        return;
    if (m_response.status == 0) {
#if QT_CONFIG(ssl)
        if (m_response.tlsErrors)
            emit sslErrors({QSslError(QSslError::SelfSignedCertificate)});
#endif
        finishWithError(m_response.error, m_response.errorString);
        return;
    }
    m_done = true;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto &[name, value] : std::as_const(m_response.headers))
        setRawHeader(name, value);
    m_body = m_response.body;
    if (m_response.status >= 400) {
        // What QNetworkAccessManager reports next to the status for HTTP errors.
        QNetworkReply::NetworkError error = m_response.status >= 500 ? QNetworkReply::InternalServerError
                                                                     : QNetworkReply::UnknownContentError;
        if (m_response.status == 401)
            error = QNetworkReply::AuthenticationRequiredError;
        else if (m_response.status == 404)
            error = QNetworkReply::ContentNotFoundError;
        setError(error, QStringLiteral("HTTP %1").arg(m_response.status));
    }
    emit metaDataChanged();
    if (!m_body.isEmpty())
        emit readyRead();
    if (error() != QNetworkReply::NoError)
        emit errorOccurred(error());
    setFinished(true);
    emit finished();
}

} // namespace gd::test
