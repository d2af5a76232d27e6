#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

namespace gd::test {
namespace {
QString serverBinary()
{
    return QDir(QStringLiteral(GOVDESK_BIN_DIR)).filePath(QStringLiteral("govdesk-server"));
}

QSqlDatabase openPostgres(const QUrl &url, const QString &database, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(database);
    db.open();
    return db;
}
} // namespace

ServerProcess::ServerProcess()
    : ServerProcess(qEnvironmentVariable("GOVDESK_TEST_BACKEND", QStringLiteral("sqlite")),
                    qEnvironmentVariable("GOVDESK_TEST_PG_URL"))
{
}

ServerProcess::ServerProcess(QString backend, QString pgUrl)
    : m_backend(std::move(backend))
    , m_dir(std::make_unique<QTemporaryDir>())
    , m_pgBaseUrl(std::move(pgUrl))
    , m_connectionName(QStringLiteral("test-%1").arg(QRandomGenerator::global()->generate64(), 0, 16))
{
}

ServerProcess::~ServerProcess()
{
    stop();
    // A sanitizer report from the server fails the test even when the test did not check how the server
    // ended (most let the destructor stop it): the report is on stderr, then the test process aborts.
    if (reportSanitizerFindings() || m_sanitizerFailed) {
        std::fputs("govdesk-server had sanitizer reports (above)\n", stderr);
        std::abort();
    }
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (!m_pgDatabase.isEmpty()) {
        const QUrl url(m_pgBaseUrl);
        const QString admin = m_connectionName + QStringLiteral("-drop");
        {
            QSqlDatabase db = openPostgres(url, url.path().mid(1), admin);
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgDatabase +
                   QStringLiteral(" WITH (FORCE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(admin);
    }
}

QStringList ServerProcess::databaseArgs() const
{
    if (m_backend == QLatin1String("postgresql")) {
        QUrl url(m_pgBaseUrl);
        url.setPath(QLatin1Char('/') + m_pgDatabase);
        return {QStringLiteral("--database"), url.toString()};
    }
    return {QStringLiteral("--data-dir"), m_dir->path()};
}

bool ServerProcess::start(const Options &options)
{
    if (m_backend == QLatin1String("postgresql")) {
        if (m_pgBaseUrl.isEmpty()) {
            m_error = QStringLiteral(
                "GOVDESK_TEST_BACKEND=postgresql needs GOVDESK_TEST_PG_URL (./govdesk.sh test sets it)");
            return false;
        }
        const QUrl url(m_pgBaseUrl);
        m_pgDatabase = QStringLiteral("gd_t_%1_%2")
                           .arg(QCoreApplication::applicationPid())
                           .arg(QRandomGenerator::global()->bounded(1u << 30));
        const QString admin = m_connectionName + QStringLiteral("-create");
        bool created = false;
        {
            QSqlDatabase db = openPostgres(url, url.path().mid(1), admin);
            QSqlQuery q(db);
            created = db.isOpen() && q.exec(QStringLiteral("CREATE DATABASE ") + m_pgDatabase);
            if (!created)
                m_error = QStringLiteral("cannot create the test database: ") + db.lastError().text() +
                          q.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(admin);
        if (!created) {
            m_pgDatabase.clear();
            return false;
        }
    }
    QStringList args{
        QStringLiteral("--listen"),    QStringLiteral("127.0.0.1:0"),     QStringLiteral("--demo"),
        QStringLiteral("--citizens"),  QString::number(options.citizens), QStringLiteral("--seed"),
        QString::number(options.seed), QStringLiteral("--threads"),       QString::number(options.threads)};
    args += databaseArgs();
    args += options.extraArgs;
    m_threads = options.threads;
    return launch(args);
}

void ServerProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
}

bool ServerProcess::restart(const QStringList &extraArgs)
{
    stop();
    const int port = m_port;
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                     QStringLiteral("--threads"), QString::number(m_threads)};
    args += databaseArgs();
    args += extraArgs;
    // The port can linger for a moment after a kill; launch() fails fast then, so try a few times.
    for (int attempt = 0; attempt < 50; ++attempt) {
        m_port = 0;
        if (launch(args) && m_port == port)
            return true;
        if (m_process)
            m_process->waitForFinished(200);
    }
    m_port = port;
    return false;
}

bool ServerProcess::startSibling(ServerProcess &sibling, const QStringList &extraArgs) const
{
    sibling.m_backend = m_backend;
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--threads"),
                     QStringLiteral("8")};
    args += databaseArgs();
    args += extraArgs;
    return sibling.launch(args);
}

bool ServerProcess::reportSanitizerFindings()
{
    if (!m_process || m_reported)
        return false;
    const QString log = serverLog();
    if (!log.contains(QLatin1String("ERROR: AddressSanitizer")) &&
        !log.contains(QLatin1String("ERROR: LeakSanitizer")) &&
        !log.contains(QLatin1String("runtime error:")))
        return false;
    std::fprintf(stderr, "govdesk-server sanitizer report (%s):\n%s\n", qPrintable(m_process->program()),
                 log.toLocal8Bit().constData());
    m_reported = true;
    m_sanitizerFailed = true;
    return true;
}

bool ServerProcess::launch(const QStringList &args)
{
    // The log is truncated below: show the previous run's report first.
    reportSanitizerFindings();
    m_reported = false;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(serverBinary());
    m_process->setArguments(args);
    m_process->setStandardErrorFile(
        m_dir->filePath(QStringLiteral("server-%1.log").arg(quintptr(this), 0, 16)));
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start ") + serverBinary() + QStringLiteral(": ") +
                  m_process->errorString();
        return false;
    }
    // Demo generation happens before the first line; allow it time on a slow machine.
    QDeadlineTimer deadline(180000);
    while (!deadline.hasExpired()) {
        if (!m_process->canReadLine() &&
            !m_process->waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000)))) {
            if (m_process->state() != QProcess::Running) {
                m_error = QStringLiteral("govdesk-server exited early: ") + serverLog().right(2000);
                return false;
            }
            continue;
        }
        while (m_process->canReadLine()) {
            const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
            m_stdout += line + QLatin1Char('\n');
            if (m_port == 0) {
                if (!line.startsWith(QLatin1String("listening on "))) {
                    m_error = QStringLiteral("unexpected first line: ") + line;
                    return false;
                }
                m_port = line.section(QLatin1Char(':'), -1).toInt();
                return m_port > 0;
            }
        }
    }
    m_error = QStringLiteral("govdesk-server did not report its port in time");
    return false;
}

QString ServerProcess::output()
{
    if (m_process)
        m_stdout += QString::fromUtf8(m_process->readAllStandardOutput());
    return m_stdout;
}

bool ServerProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return false;
    m_process->terminate();
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return false;
    }
    if (reportSanitizerFindings())
        return false;
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

QString ServerProcess::serverLog() const
{
    QFile f(m_dir->filePath(QStringLiteral("server-%1.log").arg(quintptr(this), 0, 16)));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

int ServerProcess::verifyAudit(QString *output) const
{
    QProcess p;
    p.start(serverBinary(), QStringList{QStringLiteral("--verify-audit")} + databaseArgs());
    p.waitForFinished(60000);
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QSqlDatabase ServerProcess::sql()
{
    if (QSqlDatabase::contains(m_connectionName))
        return QSqlDatabase::database(m_connectionName);
    if (m_backend == QLatin1String("postgresql"))
        return openPostgres(QUrl(m_pgBaseUrl), m_pgDatabase, m_connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_dir->filePath(QStringLiteral("govdesk-server.sqlite")));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    db.open();
    return db;
}

} // namespace gd::test
