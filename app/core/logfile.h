#pragma once
// The client's log file: <directory>/govdesk.log, rotated when the next line would take it past
// maxBytes (govdesk.log → govdesk.log.1 → … → govdesk.log.<keep>; the oldest is deleted), written one
// whole line per write() (unbuffered: the last line before a crash is in the file), the folder 0700 and the
// files 0600. Thread-safe: write() may be called from any thread; each line is written whole, never
// interleaved with another.
//
// MessageLog installs the Qt message handler that sends every message Qt lets through (QT_LOGGING_RULES
// and the categories' default levels decide, as for stderr) through scrubPersonalData() and writes it as
//   2026-11-25T08:46:00.123+08:00 warning govdesk.net: message
// to the LogFile, and hands the scrubbed message on to the handler that was installed before (Qt's: stderr,
// or the journal). The composition root owns both, MessageLog declared after the LogFile it writes to;
// destroying the MessageLog restores the previous handler.

#include <QByteArray>
#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>

class QDateTime;

namespace gd {

class LogFile {
public:
    static constexpr qint64 kDefaultMaxBytes = 1024 * 1024;
    static constexpr int kDefaultKeep = 5;

    struct Options {
        QString directory;
        qint64 maxBytes = kDefaultMaxBytes;
        int keep = kDefaultKeep; // rotated files kept besides the current one
        QString fileName = QStringLiteral("govdesk.log");
    };

    // <AppLocalDataLocation>/logs, or $GOVDESK_LOG_DIR when set.
    static QString defaultDirectory();

    explicit LogFile(Options options);
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    // Creates the folder (0700) and opens the file for appending (0600). False with errorString() when
    // the folder or file cannot be made.
    bool open();
    bool isOpen() const;
    QString errorString() const;

    QString path() const;      // <directory>/govdesk.log
    QString directory() const; // absolute
    // The path of rotated file n (1 = newest).
    QString rotatedPath(int n) const;

    // Appends `line` and a newline (rotating first when needed). No-op when not open.
    void write(const QByteArray &line);

    // One log line: "<ISO time with ms and offset> <level> <category>: <message>"; a message's own line
    // breaks are indented continuation lines of the same record.
    static QByteArray formatLine(QtMsgType type, const char *category, const QString &message,
                                 const QDateTime &time);

private:
    bool openLocked();
    void rotateLocked();

    const Options m_options;
    mutable QMutex m_mutex;
    QFile m_file;
    qint64 m_size = 0;
    QString m_error;
};

class MessageLog {
public:
    explicit MessageLog(LogFile &file);
    ~MessageLog();
    MessageLog(const MessageLog &) = delete;
    MessageLog &operator=(const MessageLog &) = delete;

    // The file of the installed MessageLog (the About dialog shows it), or empty when none is installed.
    static QString activePath();
};

} // namespace gd
