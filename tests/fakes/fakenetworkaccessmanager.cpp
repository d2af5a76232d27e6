#include "fakenetworkaccessmanager.h"

#include <QJsonDocument>

namespace gd::test {
namespace {

QString routeKey(const QByteArray &verb, const QString &path)
{
    return QString::fromLatin1(verb) + QLatin1Char(' ') + path;
}

QByteArray verbOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation:
        return QByteArrayLiteral("HEAD");
    case QNetworkAccessManager::GetOperation:
        return QByteArrayLiteral("GET");
    case QNetworkAccessManager::PutOperation:
        return QByteArrayLiteral("PUT");
    case QNetworkAccessManager::PostOperation:
        return QByteArrayLiteral("POST");
    case QNetworkAccessManager::DeleteOperation:
        return QByteArrayLiteral("DELETE");
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return QByteArrayLiteral("UNKNOWN");
}

} // namespace

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

void FakeNetworkAccessManager::on(const QByteArray &verb, const QString &path, Handler handler)
{
    m_routes.insert(routeKey(verb, path), std::move(handler));
}

void FakeNetworkAccessManager::on(const QByteArray &verb, const QString &path, const FakeResponse &response)
{
    on(verb, path, [response](const RecordedRequest &) { return response; });
}

int FakeNetworkAccessManager::count(const QByteArray &verb, const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const RecordedRequest &recorded) {
        return recorded.verb == verb && recorded.path == path;
    }));
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    RecordedRequest recorded{verbOf(operation, request), request.url().path(),
                             outgoingData ? outgoingData->readAll() : QByteArray(), request};
    m_requests.append(recorded);
    const Handler handler = m_routes.value(routeKey(recorded.verb, recorded.path));
    const FakeResponse response =
        handler ? handler(recorded)
                : FakeResponse::apiError(404, QStringLiteral("not_found"), QStringLiteral("no route"));
    return new FakeReply(operation, request, response, this);
}

} // namespace gd::test
