#include "eventstreamclient.h"

#include <httplib.h>

namespace gd::test {

EventStreamClient::EventStreamClient(int port, QString token)
    : m_port(port)
    , m_token(std::move(token))
    , m_client(std::make_unique<httplib::Client>("127.0.0.1", port))
{
    m_client->set_connection_timeout(5, 0);
    // Longer than any heartbeat a test uses: a quiet stream is not a failure.
    m_client->set_read_timeout(300, 0);
}

EventStreamClient::~EventStreamClient()
{
    stop();
}

void EventStreamClient::start(const QString &pathAndQuery,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    httplib::Headers h{{"Accept", "text/event-stream"}};
    if (!m_token.isEmpty())
        h.emplace("Authorization", "Bearer " + m_token.toStdString());
    for (const auto &[name, value] : headers)
        h.emplace(name.toStdString(), value.toStdString());
    const std::string path = pathAndQuery.toStdString();
    m_reader = std::thread([this, path, h] {
        m_client->Get(
            path, h,
            [this](const httplib::Response &response) {
                std::lock_guard lock(m_mutex);
                m_state.status = response.status;
                m_state.contentType = QByteArray::fromStdString(response.get_header_value("Content-Type"));
                m_state.cacheControl = QByteArray::fromStdString(response.get_header_value("Cache-Control"));
                m_state.retryAfter = QByteArray::fromStdString(response.get_header_value("Retry-After"));
                m_changed.notify_all();
                return true;
            },
            [this](const char *data, size_t size) {
                received(data, size);
                return true;
            });
        std::lock_guard lock(m_mutex);
        m_state.ended = true;
        m_changed.notify_all();
    });
}

void EventStreamClient::stop()
{
    if (!m_reader.joinable())
        return;
    m_client->stop(); // shuts the socket down; the blocked read returns
    m_reader.join();
}

void EventStreamClient::received(const char *data, size_t size)
{
    std::lock_guard lock(m_mutex);
    const QByteArray chunk(data, qsizetype(size));
    m_state.body += chunk;
    m_pending += chunk;
    qsizetype end;
    while ((end = m_pending.indexOf("\n\n")) >= 0) {
        const QByteArray block = m_pending.left(end);
        m_pending.remove(0, end + 2);
        Event event;
        bool hasEvent = false;
        for (const QByteArray &line : block.split('\n')) {
            if (line.startsWith(':')) {
                ++m_state.pings;
                continue;
            }
            const qsizetype colon = line.indexOf(':');
            const QByteArray field = line.left(colon);
            const QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed();
            if (field == "retry") {
                m_state.retry = value;
            } else if (field == "id") {
                event.id = value;
                hasEvent = true;
            } else if (field == "event") {
                event.event = value;
                hasEvent = true;
            } else if (field == "data") {
                event.data = value;
                hasEvent = true;
            }
        }
        if (hasEvent)
            m_state.events.append(event);
    }
    m_changed.notify_all();
}

EventStreamClient::State EventStreamClient::state() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

bool EventStreamClient::waitFor(const std::function<bool(const State &)> &done, int timeoutMs) const
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return done(m_state); });
}

} // namespace gd::test
