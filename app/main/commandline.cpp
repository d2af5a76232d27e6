#include "commandline.h"

#include "net/apiclient.h"
#include "ui/mainwindow.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>

namespace gd {

QStringList CommandLine::screenshotPages()
{
    return MainWindow::pageKeys() << QStringLiteral("signin") << QStringLiteral("conflicts")
                                  << QStringLiteral("lock") << QStringLiteral("about");
}

CommandLine::Outcome CommandLine::fail(const QString &error)
{
    m_error = error;
    return Outcome::Invalid;
}

CommandLine::Outcome CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "GovDesk 政务工作台 — the staff workstation of the city's Internet + government services "
        "platform.\n\n"
        "Without options it opens the sign-in dialog. With --server, --user and --password-file it "
        "signs in without the dialog (and opens the dialog, pre-filled, if that fails).\n"
        "--screenshot signs in, waits for the first sync of the local copy, renders one page at --size "
        "and writes it as a PNG, then exits; it needs no display (QT_QPA_PLATFORM=offscreen).\n\n"
        "The encrypted local copy is kept in the user's application data folder (--cache-dir overrides "
        "it); its key lives only in the system keychain.\n\n"
        "Exit codes: 0 success (screenshot written); 1 sign-in failed (--screenshot); "
        "2 invalid command line or unreadable password file; 3 the screenshot could not be "
        "written."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Server address, e.g. https://govdesk.example.gov.cn or "
                       "127.0.0.1:8470 (no scheme: https, or http for loopback)."),
        QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Username to sign in with."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QStringLiteral("File whose first line is the password (keep it private: "
                       "chmod 600)."),
        QStringLiteral("FILE"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QStringLiteral("Interface language: zh_CN (default) or en. Overrides the "
                       "saved setting for this run."),
        QStringLiteral("LANG"));
    const QCommandLineOption cacheDir(
        QStringLiteral("cache-dir"),
        QStringLiteral("Folder of the encrypted local copies (one file per user and server). Default: "
                       "the application data folder's \"cache\"."),
        QStringLiteral("DIR"));
    const QCommandLineOption logDir(
        QStringLiteral("log-dir"),
        QStringLiteral("Folder of the log file govdesk.log (rotated at 1 MiB, 5 old files kept). Default: "
                       "$GOVDESK_LOG_DIR, else the application data folder's \"logs\"."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render --page to this PNG file and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("Page for --screenshot: %1. Default: today.")
                                      .arg(screenshotPages().join(QStringLiteral(", "))),
                                  QStringLiteral("PAGE"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QStringLiteral("Window size for --screenshot, WIDTHxHEIGHT. Default: 1280x800."),
        QStringLiteral("WxH"));
    const QCommandLineOption citizen(
        QStringLiteral("citizen"),
        QStringLiteral(
            "Citizen id for --page citizen. Default: the first citizen of the local copy by name."),
        QStringLiteral("ID"));
    const QCommandLineOption enterprise(
        QStringLiteral("enterprise"),
        QStringLiteral("Enterprise id for --page enterprise. Default: the first enterprise by name."),
        QStringLiteral("ID"));
    const QCommandLineOption application(
        QStringLiteral("application"),
        QStringLiteral("Application id for --page pending (shown selected). Default: the first in-progress "
                       "application with at least 3 steps across at least 2 departments."),
        QStringLiteral("ID"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QStringLiteral("For --screenshot: type TEXT into the toolbar's search box and capture the results."),
        QStringLiteral("TEXT"));
    const QCommandLineOption period(
        QStringLiteral("period"),
        QStringLiteral("For --page dashboards: the period in days, 7, 30 (default) or 90."),
        QStringLiteral("DAYS"));
    const QCommandLineOption drill(
        QStringLiteral("drill"),
        QStringLiteral(
            "For --page dashboards: open the drill-down of the hottest topic's messages and capture "
            "it."));
    const QCommandLineOption pushView(
        QStringLiteral("push-view"),
        QStringLiteral("For --page push: \"list\" (default), \"editor\" (a new campaign about the first "
                       "service with a recommended audience), \"results\" (the sent campaign with the most "
                       "members) or \"approval\" (the first campaign waiting for approval)."),
        QStringLiteral("VIEW"));
    const QCommandLineOption gridView(
        QStringLiteral("grid-view"),
        QStringLiteral("For --page grid: \"overview\" (default), \"households\", \"residents\", \"groups\", "
                       "\"tasks\", \"visits\" (visits and incidents), \"visit-form\" or \"incident-form\" "
                       "(the quick-record dialogs, filled in), or \"incident\" (the newest incident with its "
                       "photos) for the first grid."),
        QStringLiteral("VIEW"));
    const QCommandLineOption startupProbe(
        QStringLiteral("startup-probe"),
        QStringLiteral("Print one JSON line with the start-up times once the window shows the local copy's "
                       "figures, then quit (govdesk-bench startup)."));
    const QCommandLineOption probeAfterSync(QStringLiteral("probe-after-sync"),
                                            QStringLiteral("With --startup-probe: wait for the first sync."));
    parser.addOptions({server, user, passwordFile, language, cacheDir, logDir, screenshot, page, size,
                       citizen, enterprise, application, search, period, drill, pushView, gridView,
                       startupProbe, probeAfterSync});
    // Without a QCoreApplication yet, Qt cannot name the executable in the usage line.
    m_help = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("govdesk"));

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help))
        return Outcome::ShowHelp;
    if (parser.isSet(version))
        return Outcome::ShowVersion;
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(startupProbe) && parser.isSet(screenshot))
        return fail(QStringLiteral("--startup-probe does not go with --screenshot"));
    if (parser.isSet(probeAfterSync) && !parser.isSet(startupProbe))
        return fail(QStringLiteral("--probe-after-sync only applies with --startup-probe"));
    m_options.startupProbe = parser.isSet(startupProbe);
    m_options.probeAfterSync = parser.isSet(probeAfterSync);

    if (parser.isSet(server)) {
        m_options.server = ApiClient::parseServerAddress(parser.value(server));
        if (!m_options.server)
            return fail(
                QStringLiteral("--server: not an http or https address: %1").arg(parser.value(server)));
    }
    m_options.user = parser.value(user).trimmed();
    if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("--password-file: cannot read %1: %2")
                            .arg(file.fileName(), file.errorString()));
        QByteArray line = file.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            return fail(
                QStringLiteral("--password-file: the first line of %1 is empty").arg(file.fileName()));
        m_options.password = QString::fromUtf8(line);
    }
    if (parser.isSet(language)) {
        m_options.language = parser.value(language);
        if (m_options.language != QLatin1String("zh_CN") && m_options.language != QLatin1String("en"))
            return fail(QStringLiteral("--lang: use zh_CN or en, not %1").arg(m_options.language));
    }
    if (parser.isSet(cacheDir)) {
        m_options.cacheDirectory = parser.value(cacheDir);
        if (m_options.cacheDirectory.isEmpty())
            return fail(QStringLiteral("--cache-dir: give a folder"));
    }
    if (parser.isSet(logDir)) {
        m_options.logDirectory = parser.value(logDir);
        if (m_options.logDirectory.isEmpty())
            return fail(QStringLiteral("--log-dir: give a folder"));
    }
    if (parser.isSet(page) && !parser.isSet(screenshot))
        return fail(QStringLiteral("--page only applies with --screenshot"));
    if (parser.isSet(size) && !parser.isSet(screenshot))
        return fail(QStringLiteral("--size only applies with --screenshot"));
    for (const QCommandLineOption *option : {&citizen, &enterprise, &application, &search}) {
        if (parser.isSet(*option) && !parser.isSet(screenshot))
            return fail(
                QStringLiteral("--%1 only applies with --screenshot").arg(option->names().constFirst()));
    }
    if (parser.isSet(screenshot)) {
        m_options.screenshotFile = parser.value(screenshot);
        if (m_options.screenshotFile.isEmpty())
            return fail(QStringLiteral("--screenshot: give a file name"));
        if (parser.isSet(page))
            m_options.page = parser.value(page);
        if (!screenshotPages().contains(m_options.page))
            return fail(QStringLiteral("--page: unknown page %1 (pages: %2)")
                            .arg(m_options.page, screenshotPages().join(QStringLiteral(", "))));
        if (parser.isSet(size)) {
            static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
            const QRegularExpressionMatch match = pattern.match(parser.value(size));
            const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
            const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
            if (width < 640 || height < 480 || width > 7680 || height > 4320)
                return fail(QStringLiteral("--size: use WIDTHxHEIGHT between 640x480 and 7680x4320, not %1")
                                .arg(parser.value(size)));
            m_options.size = QSize(width, height);
        }
        if (parser.isSet(citizen)) {
            if (m_options.page != QLatin1String("citizen"))
                return fail(QStringLiteral("--citizen only applies with --page citizen"));
            m_options.citizenId = parser.value(citizen).trimmed();
        }
        if (parser.isSet(enterprise)) {
            if (m_options.page != QLatin1String("enterprise"))
                return fail(QStringLiteral("--enterprise only applies with --page enterprise"));
            m_options.enterpriseId = parser.value(enterprise).trimmed();
        }
        if (parser.isSet(application)) {
            if (m_options.page != QLatin1String("pending"))
                return fail(QStringLiteral("--application only applies with --page pending"));
            m_options.applicationId = parser.value(application).trimmed();
        }
        if (parser.isSet(period) || parser.isSet(drill)) {
            if (m_options.page != QLatin1String("dashboards"))
                return fail(QStringLiteral("--period and --drill only apply with --page dashboards"));
            m_options.drill = parser.isSet(drill);
        }
        if (parser.isSet(pushView)) {
            if (m_options.page != QLatin1String("push"))
                return fail(QStringLiteral("--push-view only applies with --page push"));
            m_options.pushView = parser.value(pushView).trimmed();
            static const QStringList views{QStringLiteral("list"), QStringLiteral("editor"),
                                           QStringLiteral("results"), QStringLiteral("approval")};
            if (!views.contains(m_options.pushView))
                return fail(QStringLiteral("--push-view: list, editor, results or approval"));
        }
        if (parser.isSet(gridView)) {
            if (m_options.page != QLatin1String("grid"))
                return fail(QStringLiteral("--grid-view only applies with --page grid"));
            m_options.gridView = parser.value(gridView).trimmed();
            static const QStringList views{
                QStringLiteral("overview"),   QStringLiteral("households"),    QStringLiteral("residents"),
                QStringLiteral("groups"),     QStringLiteral("tasks"),         QStringLiteral("visits"),
                QStringLiteral("visit-form"), QStringLiteral("incident-form"), QStringLiteral("incident")};
            if (!views.contains(m_options.gridView))
                return fail(
                    QStringLiteral("--grid-view: overview, households, residents, groups, tasks, visits, "
                                   "visit-form, incident-form or incident"));
        }
        if (parser.isSet(period)) {
            bool ok = false;
            m_options.periodDays = parser.value(period).toInt(&ok);
            if (!ok ||
                (m_options.periodDays != 7 && m_options.periodDays != 30 && m_options.periodDays != 90))
                return fail(QStringLiteral("--period: 7, 30 or 90"));
        }
        if (parser.isSet(search)) {
            m_options.searchText = parser.value(search).trimmed();
            if (m_options.searchText.isEmpty())
                return fail(QStringLiteral("--search: give a text"));
            if (m_options.page == QLatin1String("signin") || m_options.page == QLatin1String("conflicts") ||
                m_options.page == QLatin1String("lock") || m_options.page == QLatin1String("about"))
                return fail(QStringLiteral("--search applies to the main window's pages, not %1")
                                .arg(m_options.page));
        }
        if (m_options.page != QLatin1String("signin") && !m_options.hasCredentials())
            return fail(QStringLiteral("--screenshot --page %1 signs in first: give --server, --user and "
                                       "--password-file")
                            .arg(m_options.page));
    }
    return Outcome::Run;
}

} // namespace gd
