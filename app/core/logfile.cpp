#include "core/logfile.h"

#include "core/piiscrubber.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QStandardPaths>

#include <atomic>
#include <cstdio>

namespace gd {
namespace {

constexpr QFileDevice::Permissions kFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kDirPermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

std::atomic<LogFile *> g_logFile{nullptr};
std::atomic<QtMessageHandler> g_previousHandler{nullptr};
thread_local bool t_inHandler = false;

QString &activePathStorage()
{
    static QString path;
    return path;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString scrubbed = scrubPersonalData(message);
    // A message logged while writing (a warning of QFile, say) must not come back into the file's lock.
    if (!t_inHandler) {
        t_inHandler = true;
        if (LogFile *file = g_logFile.load(std::memory_order_acquire))
            file->write(LogFile::formatLine(type, context.category, scrubbed, QDateTime::currentDateTime()));
        t_inHandler = false;
    }
    if (const QtMessageHandler previous = g_previousHandler.load(std::memory_order_acquire)) {
        previous(type, context, scrubbed);
    } else {
        const QByteArray text = qFormatLogMessage(type, context, scrubbed).toLocal8Bit() + '\n';
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    }
}

} // namespace

QString LogFile::defaultDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("GOVDESK_LOG_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

LogFile::LogFile(Options options)
    : m_options(std::move(options))
{
}

LogFile::~LogFile()
{
    QMutexLocker lock(&m_mutex);
    m_file.close();
}

bool LogFile::open()
{
    QMutexLocker lock(&m_mutex);
    if (m_file.isOpen())
        return true;
    QDir dir(m_options.directory);
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
        m_error = QStringLiteral("cannot create the log folder %1").arg(dir.absolutePath());
        return false;
    }
    // The folder holds only our logs: owner only, also when it existed with looser permissions.
    QFile::setPermissions(dir.absolutePath(), kDirPermissions);
    return openLocked();
}

bool LogFile::openLocked()
{
    m_file.setFileName(path());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered, kFilePermissions)) {
        m_error = m_file.errorString();
        return false;
    }
    m_file.setPermissions(kFilePermissions);
    m_size = m_file.size();
    m_error.clear();
    return true;
}

bool LogFile::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_file.isOpen();
}

QString LogFile::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

QString LogFile::directory() const
{
    return QDir(m_options.directory).absolutePath();
}

QString LogFile::path() const
{
    return directory() + QLatin1Char('/') + m_options.fileName;
}

QString LogFile::rotatedPath(int n) const
{
    return path() + QLatin1Char('.') + QString::number(n);
}

void LogFile::write(const QByteArray &line)
{
    QByteArray data = line;
    if (!data.endsWith('\n'))
        data.append('\n');
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    if (m_size > 0 && m_size + data.size() > m_options.maxBytes)
        rotateLocked();
    if (!m_file.isOpen())
        return;
    // Unbuffered: one write() of the whole line, in the kernel before this returns.
    const qint64 written = m_file.write(data);
    if (written > 0)
        m_size += written;
}

void LogFile::rotateLocked()
{
    m_file.close();
    if (m_options.keep <= 0) {
        QFile::remove(path());
    } else {
        QFile::remove(rotatedPath(m_options.keep));
        for (int n = m_options.keep - 1; n >= 1; --n) {
            if (QFile::exists(rotatedPath(n)))
                QFile::rename(rotatedPath(n), rotatedPath(n + 1));
        }
        QFile::rename(path(), rotatedPath(1));
    }
    openLocked();
}

QByteArray LogFile::formatLine(QtMsgType type, const char *category, const QString &message,
                               const QDateTime &time)
{
    QByteArray line = time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs).toUtf8();
    line += ' ';
    line += levelName(type);
    line += ' ';
    line += (category && *category) ? category : "default";
    line += ": ";
    QByteArray text = message.toUtf8();
    while (text.endsWith('\n'))
        text.chop(1);
    text.replace('\n', "\n    ");
    line += text;
    return line;
}

MessageLog::MessageLog(LogFile &file)
{
    activePathStorage() = file.path();
    g_logFile.store(&file, std::memory_order_release);
    g_previousHandler.store(qInstallMessageHandler(messageHandler), std::memory_order_release);
}

MessageLog::~MessageLog()
{
    qInstallMessageHandler(g_previousHandler.load(std::memory_order_acquire));
    g_logFile.store(nullptr, std::memory_order_release);
    g_previousHandler.store(nullptr, std::memory_order_release);
    activePathStorage().clear();
}

QString MessageLog::activePath()
{
    return activePathStorage();
}

} // namespace gd
