#pragma once
// cpp-httplib server with GovDesk's limits: a fixed worker pool (a keep-alive connection holds a worker
// while it is open, so the pool is sized for the expected connections), body and header limits,
// read/write timeouts and keep-alive caps. listen() binds (port 0 = any free port) and serves on its
// own thread; stop() ends it.

#include "http/router.h"

#include <atomic>
#include <memory>
#include <thread>

namespace gd::server {

struct HttpLimits {
    size_t maxBodyBytes = 8 * 1024 * 1024;
    int workerThreads = 64;
    int readTimeoutSeconds = 10;
    int writeTimeoutSeconds = 10;
    int keepAliveMaxCount = 1000;
    int keepAliveTimeoutSeconds = 5;
    // Pending connections the kernel queues before accept(). cpp-httplib listens with a backlog of 5: when
    // more clients connect at once (every client starting up, a load balancer reconnecting) the rest have
    // their SYNs dropped and retry after 1, 3, 7 s.
    int listenBacklog = 1024;
};

class HttpServer {
public:
    HttpServer(const Router &router, AuthService &auth, HttpLimits limits = {});
    ~HttpServer();

    // Returns the bound port, or 0 when binding failed.
    int listen(const QString &host, int port);
    void stop();
    bool isRunning() const;

private:
    std::unique_ptr<httplib::Server> m_server;
    HttpLimits m_limits;
    int m_listenSocket = -1; // recorded when cpp-httplib creates it, to raise its backlog
    std::thread m_thread;
    std::atomic<bool> m_listenReturned{false};
};

} // namespace gd::server
