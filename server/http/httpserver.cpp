#include "http/httpserver.h"

#include <QLoggingCategory>

#include <httplib.h>

#include <sys/socket.h>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace gd::server {

HttpServer::HttpServer(const Router &router, AuthService &auth, HttpLimits limits)
    : m_server(std::make_unique<httplib::Server>())
    , m_limits(limits)
{
    const int workers = limits.workerThreads;
    m_server->new_task_queue = [workers] {
        return new httplib::ThreadPool(size_t(workers));
    };
    m_server->set_payload_max_length(limits.maxBodyBytes);
    m_server->set_read_timeout(limits.readTimeoutSeconds, 0);
    m_server->set_write_timeout(limits.writeTimeoutSeconds, 0);
    m_server->set_keep_alive_max_count(size_t(limits.keepAliveMaxCount));
    m_server->set_keep_alive_timeout(limits.keepAliveTimeoutSeconds);
    // cpp-httplib sends the headers and the body with two writes. With Nagle's algorithm on, the body waits
    // for the ACK of the headers, which a keep-alive client delays by up to 40 ms: every response on a
    // reused connection would take 40 ms longer than its work.
    m_server->set_tcp_nodelay(true);
    // Called for the listening socket before bind(); keeps cpp-httplib's defaults (address reuse).
    m_server->set_socket_options([this](socket_t sock) {
        httplib::default_socket_options(sock);
        m_listenSocket = sock;
    });
    router.install(*m_server, auth);
}

HttpServer::~HttpServer()
{
    stop();
}

int HttpServer::listen(const QString &host, int port)
{
    const std::string h = host.toStdString();
    int bound = 0;
    if (port == 0) {
        bound = m_server->bind_to_any_port(h);
    } else if (m_server->bind_to_port(h, port)) {
        bound = port;
    }
    if (bound <= 0)
        return 0;
    // listen() again on the listening socket only raises its backlog (see HttpLimits::listenBacklog).
    if (m_listenSocket >= 0 && ::listen(m_listenSocket, m_limits.listenBacklog) != 0)
        qCWarning(lcHttp) << "cannot raise the listen backlog:" << qt_error_string(errno);
    m_listenReturned = false;
    m_thread = std::thread([this] {
        m_server->listen_after_bind();
        m_listenReturned = true;
    });
    // cpp-httplib's stop() does nothing until the accept loop has marked itself running, so a stop()
    // right after listen() (a SIGTERM during start-up) would leave join() waiting forever. The loop marks
    // itself running first thing; wait for that (or for it to have given up).
    while (!m_server->is_running() && !m_listenReturned)
        std::this_thread::yield();
    return bound;
}

void HttpServer::stop()
{
    if (m_server)
        m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
}

bool HttpServer::isRunning() const
{
    return m_server && m_server->is_running();
}

} // namespace gd::server
