// govdesk: the staff workstation. Composition root: parses the command line, sets up language, font and
// palette, creates the one QNetworkAccessManager, the ApiClient, the clock and the preferences, and hands
// them to the interactive Workstation flow or the headless ScreenshotRunner. Nothing else creates them.
// Before the QApplication: the log file (every message, PII-scrubbed, to <app data>/logs/govdesk.log as
// well as stderr) and the settings file's check (a damaged file is replaced by its last good copy).

#include "commandline.h"
#include "core/logfile.h"
#include "core/logging.h"
#include "core/preferences.h"
#include "core/settingsfile.h"
#include "core/systemclock.h"
#include "core/version.h"
#include "exitcode.h"
#include "net/apiclient.h"
#include "screenshotrunner.h"
#include "startupprobe.h"
#include "ui/branding.h"
#include "ui/theme.h"
#include "workstation.h"

#include <memory>
#include <optional>

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("GovDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("govdesk"));
    QCoreApplication::setApplicationVersion(gd::applicationVersion());

    // The command line is read before the QApplication exists, so that --help, --version and usage
    // errors work without a display, and a headless --screenshot can choose the offscreen platform.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    gd::CommandLine commandLine;
    const gd::CommandLine::Outcome outcome = commandLine.parse(arguments);
    if (outcome == gd::CommandLine::Outcome::Run && commandLine.options().isScreenshot() &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    switch (outcome) {
    case gd::CommandLine::Outcome::ShowHelp:
        std::fputs(commandLine.helpText().toLocal8Bit().constData(), stdout);
        return gd::ExitOk;
    case gd::CommandLine::Outcome::ShowVersion:
        std::printf("govdesk %s\n", gd::applicationVersion().toLocal8Bit().constData());
        return gd::ExitOk;
    case gd::CommandLine::Outcome::Invalid:
        std::fprintf(stderr, "govdesk: %s\n(see govdesk --help)\n",
                     commandLine.errorText().toLocal8Bit().constData());
        return gd::ExitUsage;
    case gd::CommandLine::Outcome::Run:
        break;
    }
    const gd::CommandLineOptions &options = commandLine.options();

    // Declared before the QApplication, so that messages logged while Qt shuts down still reach the file.
    gd::LogFile logFile(
        {options.logDirectory.isEmpty() ? gd::LogFile::defaultDirectory() : options.logDirectory});
    std::optional<gd::MessageLog> messageLog;
    if (logFile.open())
        messageLog.emplace(logFile);
    else
        qCWarning(gd::lcApp).noquote() << "no log file:" << logFile.errorString();
    qCInfo(gd::lcApp).noquote() << "GovDesk" << gd::applicationVersion() << "starting; Qt" << qVersion();

    // The default QSettings' file (NativeFormat is the INI format on Linux), checked before it is read.
    gd::SettingsFile::recoverIfDamaged(QSettings().fileName());

    QApplication app(argc, argv);
    // The AppStream id and desktop file name (packaging/cn.govdesk.GovDesk.desktop).
    QGuiApplication::setDesktopFileName(QStringLiteral("cn.govdesk.GovDesk"));

    QSettings settings;
    gd::Preferences preferences(settings);

    // Simplified Chinese is the default; translations are embedded (translations/, ":/i18n/").
    const QString language = options.language.isEmpty() ? preferences.language() : options.language;
    QLocale::setDefault(QLocale(language));
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/govdesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&translator);
    else
        qCWarning(gd::lcApp) << "no translation for" << language;
    // Window titles end with it: "登录 — 政务工作台".
    QGuiApplication::setApplicationDisplayName(gd::Branding::productName());

    // Without an explicit family, fontconfig picks Japanese glyph shapes for Han characters under
    // LANG=C or en_US (PLATFORM.md gotcha 13); Noto Sans CJK SC covers Latin text as well.
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    QApplication::setStyle(QStringLiteral("Fusion"));
    gd::Theme::apply(gd::Theme::fromName(preferences.theme()));
    QApplication::setWindowIcon(gd::Branding::appIcon());
    QApplication::setQuitOnLastWindowClosed(false);

    QNetworkAccessManager network;
    gd::ApiClient client(&network);
    gd::SystemClock clock;

    if (options.isScreenshot()) {
        gd::ScreenshotRunner runner(&client, clock, &preferences, options);
        QObject::connect(&runner, &gd::ScreenshotRunner::finished, &app, &QCoreApplication::exit);
        runner.start();
        return app.exec();
    }

    gd::Workstation workstation(&client, clock, &preferences);
    QObject::connect(&workstation, &gd::Workstation::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    std::unique_ptr<gd::StartupProbe> probe;
    if (options.startupProbe) {
        probe = std::make_unique<gd::StartupProbe>(&workstation, options.probeAfterSync);
        QObject::connect(probe.get(), &gd::StartupProbe::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
    }
    workstation.start(options);
    const int code = app.exec();
    preferences.sync();
    return code;
}
