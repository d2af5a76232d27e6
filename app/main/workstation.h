#pragma once
// The interactive session flow of the govdesk executable: sign in (automatically from the command
// line, or with the SignInDialog), open the MainWindow and the signed-in user's local data
// (LocalDataSession: cache key from the keychain, then the sync engine on the encrypted local copy); if
// the keychain cannot give the key, ask whether to work online only or sign out (MessageBox; no
// plaintext fallback). After signing out, wiping the local data or when the session expires, show the
// dialog again; quitting ends the event loop. Owns the dialog, window and LocalDataSession it creates;
// uses the ApiClient, Clock and Preferences owned by main(). GUI thread.

#include "commandline.h"
#include "domain/result.h"

#include <QObject>
#include <QPointer>

namespace gd {

class ApiClient;
class Clock;
class LocalDataSession;
class MainWindow;
class Preferences;
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

signals:
    void quitRequested();

private:
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
};

} // namespace gd
