#pragma once
// The live change notifications: GET /api/v1/sync/events (server-sent events) for the user's scope.
// Emits changesAvailable() for each "changes" event; reconnects with backoff when the stream drops or
// the server closes it, and treats a stream that has been silent longer than the heartbeat allowance as
// dead (a half-open TCP connection looks alive forever otherwise). A rejected token asks the ApiClient
// to refresh the session and reconnects afterwards.
//
// Lives on the sync thread with the ApiClient it uses.

#include "sync/backoff.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace gd {

class ApiClient;

class EventStream : public QObject {
    Q_OBJECT
public:
    explicit EventStream(ApiClient *client, QObject *parent = nullptr);
    ~EventStream() override;

    void start(qint64 since);
    void stop();
    bool isConnected() const { return m_connected; }
    void setSilenceLimit(std::chrono::milliseconds limit) { m_silenceLimit = limit; }
    void setBackoffLimits(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
    {
        m_backoff.setLimits(initial, maximum);
    }

signals:
    void changesAvailable(qint64 seq);
    void connectedChanged(bool connected);

private:
    void connectStream();
    void onReadyRead();
    void onFinished();
    void scheduleReconnect();
    void setConnected(bool connected);
    void handleEvent(const QByteArray &event, const QByteArray &data, const QByteArray &id);

    ApiClient *m_client;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QByteArray m_eventName;
    QByteArray m_eventData;
    QByteArray m_eventId;
    qint64 m_lastSeq = 0;
    bool m_running = false;
    bool m_connected = false;
    Backoff m_backoff{std::chrono::seconds(1), std::chrono::seconds(30)};
    std::chrono::milliseconds m_silenceLimit{std::chrono::seconds(45)};
    QTimer m_reconnectTimer{this};
    QTimer m_silenceTimer{this};
};

} // namespace gd
