#pragma once
// Test support: the signed-in clients of an integration test, one per demo username, made on first use —
// tests act as several staff members (and the portal) against one ServerProcess.

#include "apitestclient.h"

#include <map>
#include <memory>

namespace gd::test {

class ServerProcess;

class StaffClients {
public:
    explicit StaffClients(const ServerProcess &server);

    // The client signed in as `username` with the demo password, on the server's current port; a failed
    // sign-in is logged and leaves the client without a token.
    ApiTestClient &as(const QString &username);
    // Closes every keep-alive connection (a server stops only after its idle connections time out).
    void disconnectAll();
    // Forgets every client, e.g. after the server was killed or restarted.
    void clear() { m_clients.clear(); }

private:
    const ServerProcess &m_server;
    std::map<QString, std::unique_ptr<ApiTestClient>> m_clients;
};

} // namespace gd::test
