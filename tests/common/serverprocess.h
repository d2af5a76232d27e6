#pragma once
// Test support: runs the real govdesk-server binary on 127.0.0.1 port 0 with demo data, against a
// fresh SQLite data directory or a fresh PostgreSQL database (GOVDESK_TEST_BACKEND=postgresql, with
// GOVDESK_TEST_PG_URL naming a server where the role may CREATE DATABASE). The database is dropped
// when the object dies.

#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace gd::test {

class ServerProcess {
public:
    struct Options {
        int citizens = 2000;
        quint64 seed = 7;
        QStringList extraArgs;
        int threads = 16;
    };

    // Backend and PostgreSQL URL from GOVDESK_TEST_BACKEND / GOVDESK_TEST_PG_URL.
    ServerProcess();
    // Explicit backend ("sqlite" or "postgresql") and PostgreSQL server URL.
    ServerProcess(QString backend, QString pgUrl);
    ~ServerProcess();

    // Creates the database and starts the server; false with a message in error() on failure.
    bool start(const Options &options);
    bool start() { return start(Options{}); }
    // Starts a second server process on the same database (no --demo), e.g. with other options.
    bool startSibling(ServerProcess &sibling, const QStringList &extraArgs) const;
    // SIGTERM, then waits; true when the server exited by itself with status 0 (false when it had to be
    // killed, crashed or was not running).
    bool stop();
    // SIGKILL, no shutdown: what a crash or power cut looks like to clients.
    void kill();
    // Starts the server again on the same database and the same port (no --demo), e.g. after kill();
    // `extraArgs` replace the previous extra arguments.
    bool restart(const QStringList &extraArgs = {});

    QString backend() const { return m_backend; }
    int port() const { return m_port; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString error() const { return m_error; }
    // Standard output so far (reads whatever has arrived since the last call).
    QString output();
    QString serverLog() const;

    // govdesk-server --verify-audit on this database: the exit code (0 intact, 3 broken).
    int verifyAudit(QString *output = nullptr) const;
    // Direct SQL on the server's database (to tamper with it, or to count rows).
    QSqlDatabase sql();

    QStringList databaseArgs() const;

private:
    bool launch(const QStringList &args);
    // Under ASan/UBSan (./govdesk.sh sanitize): copies a sanitizer report in the server's log to the
    // test's stderr, once per server run; true when there was one.
    bool reportSanitizerFindings();

    QString m_backend;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgDatabase;
    QString m_pgBaseUrl;
    std::unique_ptr<QProcess> m_process;
    QString m_stdout;
    QString m_error;
    QString m_connectionName;
    int m_port = 0;
    int m_threads = 16;
    bool m_reported = false;        // this run's sanitizer report is already on stderr
    bool m_sanitizerFailed = false; // some run of the server had a sanitizer report
};

} // namespace gd::test
