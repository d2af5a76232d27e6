#include "workstation.h"

#include "core/logging.h"
#include "net/apiclient.h"
#include "net/loginjob.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"

namespace gd {

Workstation::Workstation(ApiClient *client, const Clock &clock, Preferences *preferences, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_preferences(preferences)
{
}

Workstation::~Workstation()
{
    delete m_window.data();
    delete m_dialog.data();
}

void Workstation::start(const CommandLineOptions &options)
{
    m_options = options;
    if (!options.hasCredentials()) {
        showSignIn();
        return;
    }
    qCInfo(lcApp).noquote() << "signing in from the command line";
    m_client->setBaseUrl(*options.server);
    auto *job = new LoginJob(m_client, LoginRequest{options.user, *options.password, std::nullopt}, this);
    connect(job, &LoginJob::finished, this, [this](const Result<AuthTokens> &result) {
        if (result)
            openMainWindow();
        else
            showSignInFailed(result.error());
    });
    job->start();
}

void Workstation::showSignIn(const QString &notice)
{
    if (!m_dialog) {
        auto *dialog = new SignInDialog(m_client, m_preferences);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog = dialog;
        connect(dialog, &SignInDialog::signedIn, this, [this] { openMainWindow(); });
        connect(dialog, &QDialog::rejected, this, [this] {
            if (!m_window)
                emit quitRequested();
        });
    }
    if (m_options.server)
        m_dialog->setServerAddress(m_options.server->toString());
    if (!m_options.user.isEmpty())
        m_dialog->setUsername(m_options.user);
    if (!notice.isEmpty())
        m_dialog->showNotice(notice);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void Workstation::showSignInFailed(const Error &error)
{
    qCInfo(lcApp).noquote() << "automatic sign-in failed:" << errorCodeName(error.code);
    showSignIn();
    m_dialog->showError(error);
}

void Workstation::openMainWindow()
{
    closeMainWindow();
    auto *window = new MainWindow(m_client, m_clock, m_preferences);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_window = window;
    connect(window, &MainWindow::quitRequested, this, &Workstation::quitRequested);
    connect(window, &MainWindow::signedOut, this, [this] {
        closeMainWindow();
        showSignIn();
    });
    connect(window, &MainWindow::sessionExpired, this, [this] {
        closeMainWindow();
        showSignIn(tr("Your session has ended. Sign in again."));
    });
    window->show();
}

void Workstation::closeMainWindow()
{
    if (!m_window)
        return;
    MainWindow *window = m_window;
    m_window = nullptr;
    window->disconnect(this);
    window->hide();
    window->deleteLater();
}

} // namespace gd
