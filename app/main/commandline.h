#pragma once
// The govdesk command line (QCommandLineParser): what to connect to, who signs in, the UI language, where
// the local copy lives, and the headless screenshot mode. Parsing only: reads no files except the
// password file, shows no windows.

#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace gd {

struct CommandLineOptions {
    std::optional<QUrl> server;
    QString user;
    std::optional<QString> password; // first line of --password-file
    QString language;                // "zh_CN" / "en"; empty = the saved preference
    QString cacheDirectory;          // --cache-dir; empty = LocalDataSession::defaultCacheDirectory()
    QString logDirectory;            // --log-dir; empty = LogFile::defaultDirectory() ($GOVDESK_LOG_DIR)
    QString screenshotFile;          // empty = interactive
    QString page = QStringLiteral("today");
    QSize size{1280, 800};
    QString citizenId;     // --citizen (page "citizen"); empty = the first citizen of the local copy by name
    QString enterpriseId;  // --enterprise (page "enterprise"); empty = the first enterprise by name
    QString applicationId; // --application (page "pending"); empty = the first multi-department one
    int periodDays = 30;   // --period (page "dashboards")
    bool drill = false;    // --drill (page "dashboards"): the hottest topic's messages
    QString pushView = QStringLiteral("list"); // --push-view (page "push"): list, editor, results, approval
    QString gridView = QStringLiteral("overview"); // --grid-view (page "grid"): overview, households, …
    QString searchText;          // --search: typed into the toolbar's search box, the results list open
    bool startupProbe = false;   // --startup-probe: print when the window is usable, then quit (benchmarks)
    bool probeAfterSync = false; // --probe-after-sync: … after the first sync cycle (the first start)

    bool hasCredentials() const { return server && !user.isEmpty() && password; }
    bool isScreenshot() const { return !screenshotFile.isEmpty(); }
};

class CommandLine {
public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Invalid };

    // The pages --page accepts: the main window's pages, "signin" (the dialog itself), "conflicts" (the
    // conflict queue dialog, after the first sync), "lock" (the locked window) and "about" (Help → About,
    // once the server and the local copy have answered).
    static QStringList screenshotPages();

    Outcome parse(const QStringList &arguments);

    const CommandLineOptions &options() const { return m_options; }
    QString errorText() const { return m_error; }
    QString helpText() const { return m_help; }

private:
    Outcome fail(const QString &error);

    CommandLineOptions m_options;
    QString m_error;
    QString m_help;
};

} // namespace gd
