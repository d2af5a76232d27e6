#include "screenshotrunner.h"

#include "core/logging.h"
#include "exitcode.h"
#include "net/apiclient.h"
#include "net/loginjob.h"
#include "ui/errortext.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"

#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace gd {

ScreenshotRunner::ScreenshotRunner(ApiClient *client, const Clock &clock, Preferences *preferences,
                                   CommandLineOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_preferences(preferences)
    , m_options(std::move(options))
{
}

ScreenshotRunner::~ScreenshotRunner()
{
    delete m_window.data();
    delete m_dialog.data();
}

void ScreenshotRunner::start()
{
    if (m_options.page == QLatin1String("signin")) {
        renderSignIn();
        return;
    }
    m_client->setBaseUrl(*m_options.server);
    auto *job = new LoginJob(m_client, LoginRequest{m_options.user, *m_options.password, std::nullopt}, this);
    connect(job, &LoginJob::finished, this, [this](const Result<AuthTokens> &result) {
        if (!result) {
            const Error &error = result.error();
            fail(ExitSignInFailed,
                 QStringLiteral("sign-in failed (%1): %2")
                     .arg(errorCodeName(error.code),
                          ErrorText::describe(error, ErrorText::Context::SignIn,
                                              ErrorText::displayAddress(*m_options.server))));
            return;
        }
        renderPage();
    });
    job->start();
}

void ScreenshotRunner::renderSignIn()
{
    m_dialog = new SignInDialog(m_client, m_preferences);
    if (m_options.server)
        m_dialog->setServerAddress(m_options.server->toString());
    if (!m_options.user.isEmpty())
        m_dialog->setUsername(m_options.user);
    m_dialog->adjustSize();
    m_dialog->show();
    QTimer::singleShot(0, this, [this] { capture(m_dialog); });
}

void ScreenshotRunner::renderPage()
{
    m_window = new MainWindow(m_client, m_clock, m_preferences);
    m_window->resize(m_options.size);
    m_window->showPage(m_options.page);
    // The first server check starts when the window is shown; capture once the page shows its result.
    connect(m_window, &MainWindow::serverChecked, this,
            [this] { QTimer::singleShot(0, this, [this] { capture(m_window); }); });
    QTimer::singleShot(kPageReadyTimeoutMs, this, [this] {
        qCWarning(lcApp) << "the server check did not finish in time; capturing anyway";
        capture(m_window);
    });
    m_window->show();
}

void ScreenshotRunner::capture(QWidget *widget)
{
    if (m_captured || !widget)
        return;
    m_captured = true;
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || !pixmap.save(m_options.screenshotFile, "PNG")) {
        fail(ExitScreenshotFailed,
             QStringLiteral("cannot write the screenshot to %1").arg(m_options.screenshotFile));
        return;
    }
    qCInfo(lcApp) << "screenshot written:" << pixmap.width() << "x" << pixmap.height();
    emit finished(ExitOk);
}

void ScreenshotRunner::fail(int exitCode, const QString &message)
{
    m_captured = true;
    std::fprintf(stderr, "govdesk: %s\n", message.toLocal8Bit().constData());
    emit finished(exitCode);
}

} // namespace gd
