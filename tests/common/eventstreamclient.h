#pragma once
// Test support: reads a server-sent-events stream (GET /api/v1/sync/events) on its own thread with
// cpp-httplib's content receiver, parses it as it arrives and lets the test wait, with a timeout, for
// what it expects (no sleeping).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace httplib {
class Client;
}

namespace gd::test {

class EventStreamClient {
public:
    struct Event {
        QByteArray id;
        QByteArray event;
        QByteArray data;
    };

    // What has arrived so far.
    struct State {
        int status = 0; // 0 until the response headers arrive (and when the connection failed)
        QByteArray contentType;
        QByteArray cacheControl;
        QByteArray retryAfter;
        QByteArray retry; // the value of the `retry:` field
        QList<Event> events;
        int pings = 0;      // comment lines
        QByteArray body;    // everything received
        bool ended = false; // the response is over (closed by the server, the client or a failure)
    };

    EventStreamClient(int port, QString token);
    ~EventStreamClient();
    EventStreamClient(const EventStreamClient &) = delete;
    EventStreamClient &operator=(const EventStreamClient &) = delete;

    // Opens the stream in the background.
    void start(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Closes the connection from this side and waits for the reader to finish.
    void stop();

    State state() const;
    // Waits until `done(state)` holds or timeoutMs pass; whether it held.
    bool waitFor(const std::function<bool(const State &)> &done, int timeoutMs = 10000) const;

private:
    void received(const char *data, size_t size);

    int m_port;
    QString m_token;
    std::unique_ptr<httplib::Client> m_client;
    std::thread m_reader;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    State m_state;
    QByteArray m_pending; // an event block not yet complete
};

} // namespace gd::test
