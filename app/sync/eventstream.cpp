#include "sync/eventstream.h"

#include "core/logging.h"
#include "core/version.h"
#include "net/apiclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace gd {

EventStream::EventStream(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventStream::connectStream);
    m_silenceTimer.setSingleShot(true);
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSync) << "change stream silent for too long; reconnecting";
        if (QNetworkReply *reply = m_reply.data())
            reply->abort();
    });
}

EventStream::~EventStream()
{
    stop();
}

void EventStream::start(qint64 since)
{
    m_lastSeq = since;
    m_running = true;
    m_backoff.reset();
    connectStream();
}

void EventStream::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_silenceTimer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    setConnected(false);
}

void EventStream::connectStream()
{
    if (!m_running || m_reply)
        return;
    QUrl url = m_client->baseUrl();
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + QStringLiteral("/api/v1/sync/events"));
    url.setQuery(QStringLiteral("since=") + QString::number(m_lastSeq));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    request.setRawHeader("Authorization", "Bearer " + m_client->tokens().accessToken.toLatin1());
    request.setTransferTimeout(0); // a stream; silence is watched by m_silenceTimer instead
    m_buffer.clear();
    m_eventName.clear();
    m_eventData.clear();
    m_eventId.clear();
    QNetworkReply *reply = m_client->network()->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &EventStream::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &EventStream::onFinished);
    m_silenceTimer.start(m_silenceLimit);
}

void EventStream::onReadyRead()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // handled in onFinished
    m_silenceTimer.start(m_silenceLimit);
    if (!m_connected) {
        m_backoff.reset();
        setConnected(true);
    }
    m_buffer += reply->readAll();
    // Line-oriented parsing per the SSE format: fields until a blank line dispatch the event.
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        QByteArray line = m_buffer.mid(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            if (!m_eventData.isEmpty() || !m_eventName.isEmpty())
                handleEvent(m_eventName, m_eventData, m_eventId);
            m_eventName.clear();
            m_eventData.clear();
            continue;
        }
        if (line.startsWith(':'))
            continue; // heartbeat comment
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "event")
            m_eventName = value;
        else if (field == "data")
            m_eventData += (m_eventData.isEmpty() ? QByteArray() : QByteArray("\n")) + value;
        else if (field == "id")
            m_eventId = value;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > 64 * 1024)
        m_buffer.clear(); // a line that long is not ours; drop it rather than grow without bound
}

void EventStream::handleEvent(const QByteArray &event, const QByteArray &data, const QByteArray &id)
{
    if (event != "changes")
        return;
    qint64 seq = QJsonDocument::fromJson(data).object().value(QLatin1String("seq")).toInteger();
    if (seq <= 0)
        seq = id.toLongLong();
    if (seq > m_lastSeq)
        m_lastSeq = seq;
    emit changesAvailable(seq);
}

void EventStream::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply = nullptr;
    m_silenceTimer.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    setConnected(false);
    if (!m_running)
        return;
    if (status == 401) {
        connect(
            m_client, &ApiClient::sessionRefreshFinished, this,
            [this](const Result<void> &refreshed) {
                if (refreshed)
                    connectStream();
            },
            Qt::SingleShotConnection);
        m_client->refreshSession();
        return;
    }
    scheduleReconnect();
}

void EventStream::scheduleReconnect()
{
    if (!m_running)
        return;
    m_reconnectTimer.start(m_backoff.next());
}

void EventStream::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    qCInfo(lcSync) << "change stream" << (connected ? "connected" : "disconnected");
    emit connectedChanged(connected);
}

} // namespace gd
