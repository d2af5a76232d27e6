#pragma once
// Test support for the workstation's end-to-end tests: one staff member signed in against a test server
// the way the composition root does it — the GUI's ApiClient with the session, a SyncHost whose engine
// fills a real SQLCipher file (the first cycle finished), the LocalReader opened on that file and the
// DataContext the pages work with. Stops syncing when destroyed.

#include "core/systemclock.h"

#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace gd {
class ApiClient;
class DataContext;
class SyncHost;
namespace store {
class LocalReader;
}
} // namespace gd

namespace gd::test {

class WorkstationSession {
public:
    WorkstationSession();
    ~WorkstationSession();

    // Signs `username` in on the server at `port`, syncs into `cachePath` and opens the reader; false
    // with the reason in `error` when a step fails or times out.
    bool start(int port, const QString &username, const QString &cachePath, QString *error);

    ApiClient *client() const { return m_client.get(); }
    SyncHost *sync() const { return m_sync.get(); }
    store::LocalReader *reader() const { return m_reader.get(); }
    DataContext *context() const { return m_context.get(); }
    const SystemClock &clock() const { return m_clock; }

private:
    SystemClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SyncHost> m_sync;
    std::unique_ptr<store::LocalReader> m_reader;
    std::unique_ptr<DataContext> m_context;
};

} // namespace gd::test
