#include "http/httpserver.h"

#include <httplib.h>

namespace gd::server {

HttpServer::HttpServer(const Router &router, AuthService &auth, HttpLimits limits)
    : m_server(std::make_unique<httplib::Server>())
{
    const int workers = limits.workerThreads;
    m_server->new_task_queue = [workers] { return new httplib::ThreadPool(size_t(workers)); };
    m_server->set_payload_max_length(limits.maxBodyBytes);
    m_server->set_read_timeout(limits.readTimeoutSeconds, 0);
    m_server->set_write_timeout(limits.writeTimeoutSeconds, 0);
    m_server->set_keep_alive_max_count(size_t(limits.keepAliveMaxCount));
    m_server->set_keep_alive_timeout(limits.keepAliveTimeoutSeconds);
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
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
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
