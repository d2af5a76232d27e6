#include "workstation.h"

#include "core/logging.h"
#include "core/preferences.h"
#include "localdatasession.h"
#include "net/apiclient.h"
#include "net/loginjob.h"
#include "net/refreshjob.h"
#include "security/keychainjob.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/signindialog.h"
#include "ui/synctext.h"

namespace gd {

Workstation::Workstation(ApiClient *client, const Clock &clock, Preferences *preferences, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_preferences(preferences)
    , m_localData(new LocalDataSession(client, this))
{
    connect(m_localData, &LocalDataSession::keychainFailed, this, &Workstation::onKeychainFailed);
    connect(m_localData, &LocalDataSession::wipeFinished, this, &Workstation::onWipeFinished);
}

Workstation::~Workstation()
{
    delete m_window.data();
    delete m_dialog.data();
    m_localData->close();
}

MainWindow *Workstation::window() const
{
    return m_window.data();
}

SignInDialog *Workstation::signInDialog() const
{
    return m_dialog.data();
}

void Workstation::start(const CommandLineOptions &options)
{
    m_options = options;
    if (!options.cacheDirectory.isEmpty())
        m_localData->setCacheDirectory(options.cacheDirectory);
    if (!options.hasCredentials()) {
        if (!resumeSession())
            showSignIn();
        return;
    }
    qCInfo(lcApp).noquote() << "signing in from the command line";
    m_client->setBaseUrl(*options.server);
    auto *job = new LoginJob(m_client, LoginRequest{options.user, *options.password, std::nullopt}, this);
    connect(job, &LoginJob::finished, this, [this](const Result<AuthTokens> &result) {
        if (result) {
            rememberSignIn();
            openMainWindow();
        } else {
            showSignInFailed(result.error());
        }
    });
    job->start();
}

void Workstation::rememberSignIn()
{
    m_preferences->setLastServer(m_client->baseUrl().toString());
    m_preferences->setLastUsername(m_client->user().username);
    m_preferences->setLastStaffId(m_client->user().id);
    m_preferences->sync();
}

bool Workstation::resumeSession()
{
    const std::optional<QUrl> remembered = ApiClient::parseServerAddress(m_preferences->lastServer());
    const QString username = m_preferences->lastUsername();
    const Account account{remembered.value_or(QUrl()), m_preferences->lastStaffId()};
    if (!remembered || username.isEmpty() || !account.isValid())
        return false;
    // The command line may name the remembered account again, but nobody else's.
    if (m_options.server && Account{*m_options.server, account.staffId}.serverKey() != account.serverKey())
        return false;
    if (!m_options.user.isEmpty() && m_options.user != username)
        return false;

    qCInfo(lcApp) << "resuming the remembered session";
    m_client->setBaseUrl(*remembered);
    showSignIn();
    m_dialog->setServerAddress(remembered->toString());
    m_dialog->setUsername(username);
    m_dialog->setResuming(true);
    const quint64 generation = ++m_resumeGeneration;
    KeychainJob *job = m_localData->loadRefreshToken(account, this);
    job->setTimeout(m_resumeKeychainTimeout);
    connect(job, &KeychainJob::finished, this, [this, generation, account](const Result<QByteArray> &token) {
        onResumeTokenLoaded(generation, account, token);
    });
    job->start();
    return true;
}

void Workstation::onResumeTokenLoaded(quint64 generation, const Account &account,
                                      const Result<QByteArray> &token)
{
    if (generation != m_resumeGeneration || m_dialog.isNull())
        return;
    if (!token || token->isEmpty()) {
        // No saved session (signed out, or never kept), or no keychain: the password it is.
        if (!token && token.error().code != ErrorCode::NotFound)
            qCInfo(lcApp).noquote() << "no saved session to resume:" << errorCodeName(token.error().code);
        endResume();
        return;
    }
    AuthTokens saved;
    saved.refreshToken = QString::fromUtf8(*token);
    m_client->setTokens(saved);
    auto *job = new RefreshJob(m_client, this);
    m_resumeJob = job;
    connect(job, &RefreshJob::finished, this, [this, generation, account](const Result<AuthTokens> &result) {
        onResumeRefreshed(generation, account, result);
    });
    job->start();
}

void Workstation::onResumeRefreshed(quint64 generation, const Account &account,
                                    const Result<AuthTokens> &result)
{
    m_resumeJob = nullptr;
    if (generation != m_resumeGeneration)
        return;
    if (result && result->user.id == account.staffId) {
        qCInfo(lcApp) << "session resumed";
        endResume();
        rememberSignIn();
        openMainWindow(); // saves the rotated refresh token once the keychain has given the cache key
        if (SignInDialog *dialog = m_dialog.data())
            dialog->accept();
        return;
    }
    if (result) {
        // The token belongs to another staff id than remembered: use neither.
        qCWarning(lcApp) << "the resumed session is for another account; signing in again";
        m_client->clearTokens();
        endResume();
        return;
    }
    const Error &error = result.error();
    qCInfo(lcApp).noquote() << "the session could not be resumed:" << errorCodeName(error.code);
    m_client->clearTokens();
    endResume();
    SignInDialog *dialog = m_dialog.data();
    if (!dialog)
        return;
    switch (error.code) {
    case ErrorCode::Unauthorized:
    case ErrorCode::Forbidden:
        // Expired, revoked or already spent: it will never work again.
        m_localData->forgetRefreshToken(account);
        dialog->showNotice(tr("Your session has ended. Sign in again."));
        break;
    case ErrorCode::Network:
        // The token stays: the next start (or a sign-in) works once the server can be reached.
        dialog->showError(error, tr("GovDesk could not resume your last session because the server cannot "
                                    "be reached. Sign in again when you are online."));
        break;
    default:
        dialog->showError(error);
        break;
    }
}

void Workstation::endResume()
{
    delete m_resumeJob.data();
    m_resumeJob = nullptr;
    SignInDialog *dialog = m_dialog.data();
    if (dialog && dialog->isResuming())
        dialog->setResuming(false);
}

void Workstation::showSignIn(const QString &notice)
{
    if (!m_dialog) {
        auto *dialog = new SignInDialog(m_client, m_preferences);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog = dialog;
        connect(dialog, &SignInDialog::signedIn, this, [this] { openMainWindow(); });
        connect(dialog, &SignInDialog::resumeCancelled, this, [this] {
            ++m_resumeGeneration;
            delete m_resumeJob.data();
            m_client->clearTokens();
        });
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
    m_localData->bindWindow(window);
    connect(window, &MainWindow::quitRequested, this, [this] {
        m_localData->close(); // the refresh token stays: the next start may resume the session
        emit quitRequested();
    });
    // Sync stops before the server is told, so the engine does not run into a revoked session.
    connect(window, &MainWindow::signingOut, m_localData, &LocalDataSession::signOut);
    connect(window, &MainWindow::signedOut, this, [this] {
        closeMainWindow();
        showSignIn();
    });
    connect(window, &MainWindow::sessionExpired, this, [this] {
        m_localData->signOut();
        closeMainWindow();
        showSignIn(tr("Your session has ended. Sign in again."));
    });
    window->show();
    emit mainWindowOpened(window);
    m_localData->open();
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

void Workstation::onKeychainFailed(const Error &error)
{
    const QString cause = error.details.value(QStringLiteral("keychain")).toString();
    MessageBox::Message message;
    message.objectName = QStringLiteral("keychainUnavailableBox");
    message.icon = MessageBox::Icon::Warning;
    message.title = tr("Local copy not available");
    if (error.code == ErrorCode::Internal)
        message.text = tr("The key of your local copy in the system keychain is damaged, so GovDesk cannot "
                          "open the encrypted copy of your data on this computer.");
    else if (cause == QLatin1String("timeout"))
        message.text = tr("The system keychain did not answer, so GovDesk cannot open the encrypted copy of "
                          "your data on this computer.");
    else
        message.text = tr("The system keychain is not available, so GovDesk cannot open the encrypted copy "
                          "of your data on this computer.");
    message.informativeText =
        tr("GovDesk keeps the key of the local copy only in the system keychain and never stores your data "
           "unencrypted.\n\n"
           "Work online only: GovDesk works directly with the server for this session. Nothing is kept on "
           "this computer, and nothing works without a connection.\n\n"
           "Sign out: unlock or set up the system keychain (for example by signing in to your desktop "
           "again), then sign in to GovDesk again.");
    message.buttons = MessageBox::WorkOnline | MessageBox::SignOut;
    message.defaultButton = MessageBox::WorkOnline;
    message.escapeButton = MessageBox::WorkOnline;
    const MessageBox::Button answer = MessageBox::ask(m_window, message);
    if (answer == MessageBox::SignOut && m_window) {
        m_window->signOut();
        return;
    }
    m_localData->continueOnlineOnly();
}

void Workstation::onWipeFinished(const Result<void> &result)
{
    if (!result && result.error().code == ErrorCode::Storage) {
        MessageBox::Message message;
        message.objectName = QStringLiteral("wipeFailedBox");
        message.icon = MessageBox::Icon::Critical;
        message.title = tr("Wipe local data");
        message.text = tr("The local copy could not be deleted from this computer.");
        message.informativeText = tr("%1\n\nGovDesk keeps working with the local copy. Close other programs "
                                     "that may use the file, then try again.")
                                      .arg(SyncText::errorDetails(result.error()));
        message.buttons = MessageBox::Close;
        message.defaultButton = MessageBox::Close;
        message.escapeButton = MessageBox::Close;
        MessageBox::ask(m_window, message);
        return;
    }
    if (!result) {
        // The copy is gone; only its key stayed behind in a keychain that did not answer. A key without a
        // file opens nothing, and the next sign-in reuses it for the new copy.
        MessageBox::Message message;
        message.objectName = QStringLiteral("wipeKeyKeptBox");
        message.icon = MessageBox::Icon::Warning;
        message.title = tr("Wipe local data");
        message.text = tr("The local copy was deleted, but its key could not be removed from the system "
                          "keychain.");
        message.informativeText =
            tr("Without the local copy the key opens nothing. GovDesk now signs you out.");
        message.buttons = MessageBox::Ok;
        message.defaultButton = MessageBox::Ok;
        message.escapeButton = MessageBox::Ok;
        MessageBox::ask(m_window, message);
    }
    if (m_window)
        m_window->signOut();
}

} // namespace gd
