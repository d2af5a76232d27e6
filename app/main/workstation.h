#pragma once
// The interactive session flow of the govdesk executable: sign in (automatically from the command
// line, by resuming the remembered session, or with the SignInDialog), open the MainWindow and the signed-in
// user's local data (LocalDataSession: cache key from the keychain, then the sync engine on the encrypted
// local copy); if the keychain cannot give the key, ask whether to work online only or sign out (MessageBox;
// no plaintext fallback). After signing out, wiping the local data or when the session expires, show the
// dialog again; quitting ends the event loop.
//
// Resuming: without a password on the command line, when the Preferences remember a server, username and
// staff id (the last sign-in, which the command line may only repeat) and the keychain holds that
// account's refresh token, the sign-in dialog shows "Signing in to … as …" (busy; Stop falls back to the
// password) while a RefreshJob exchanges the token; on success the window opens without the password.
// A rejected token (expired, revoked, spent) is deleted and the dialog asks for the password. A server
// that cannot be reached keeps the token and the dialog says so: the window never opens offline on a
// resumed session, because the staff member's profile and role come from the server, and the idle lock
// could not check a password either; the encrypted local copy waits for a sign-in. Owns the dialog, window
// and LocalDataSession it creates; uses the ApiClient, Clock and Preferences owned by main(). GUI thread.

#include "commandline.h"
#include "domain/result.h"
#include "domain/staff.h"
#include "security/account.h"

#include <chrono>

#include <QObject>
#include <QPointer>

namespace gd {

class ApiClient;
class Clock;
class LocalDataSession;
class MainWindow;
class Preferences;
class RefreshJob;
class SignInDialog;
struct Error;

class Workstation : public QObject {
    Q_OBJECT
public:
    Workstation(ApiClient *client, const Clock &clock, Preferences *preferences, QObject *parent = nullptr);
    ~Workstation() override;

    void start(const CommandLineOptions &options);

    // For tests: set up the local data (fake keychain, cache directory) before start().
    LocalDataSession *localData() const { return m_localData; }
    MainWindow *window() const;
    SignInDialog *signInDialog() const;
    // The time to wait for the keychain while resuming a session (tests shorten it).
    void setResumeKeychainTimeout(std::chrono::milliseconds timeout) { m_resumeKeychainTimeout = timeout; }

signals:
    void quitRequested();
    void mainWindowOpened(gd::MainWindow *window); // shown, signed in

private:
    bool resumeSession();
    void onResumeTokenLoaded(quint64 generation, const Account &account, const Result<QByteArray> &token);
    void onResumeRefreshed(quint64 generation, const Account &account, const Result<AuthTokens> &result);
    void endResume();
    void rememberSignIn();
    void showSignIn(const QString &notice = {});
    void showSignInFailed(const Error &error);
    void openMainWindow();
    void closeMainWindow();
    void onKeychainFailed(const Error &error);
    void onWipeFinished(const Result<void> &result);

    ApiClient *m_client;
    const Clock &m_clock;
    Preferences *m_preferences;
    LocalDataSession *m_localData;
    CommandLineOptions m_options;
    QPointer<SignInDialog> m_dialog;
    QPointer<MainWindow> m_window;
    QPointer<RefreshJob> m_resumeJob;
    quint64 m_resumeGeneration = 0; // answers for a cancelled resume are ignored
    std::chrono::milliseconds m_resumeKeychainTimeout{5000};
};

} // namespace gd
