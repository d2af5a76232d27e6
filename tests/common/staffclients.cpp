#include "staffclients.h"

#include "serverprocess.h"

namespace gd::test {

StaffClients::StaffClients(const ServerProcess &server)
    : m_server(server)
{
}

ApiTestClient &StaffClients::as(const QString &username)
{
    auto &c = m_clients[username];
    if (!c) {
        c = std::make_unique<ApiTestClient>(m_server.port());
        ApiReply r;
        c->setToken(c->login(username, QStringLiteral("GovDesk!2026"), &r));
        if (c->token().isEmpty())
            qWarning("sign-in of %s failed: %d %s", qPrintable(username), r.status, r.body.constData());
    }
    return *c;
}

void StaffClients::disconnectAll()
{
    for (auto &[name, client] : m_clients)
        client->disconnect();
}

} // namespace gd::test
