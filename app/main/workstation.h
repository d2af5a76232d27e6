#pragma once
// The interactive session flow of the govdesk executable: sign in (automatically from the command
// line, or with the SignInDialog), open the MainWindow, and after signing out or when the session
// expires, show the dialog again; quitting ends the event loop. Owns the dialog and window it creates;
// uses the ApiClient, Clock and Preferences owned by main(). GUI thread.

#include "commandline.h"

#include <QObject>
#include <QPointer>

namespace gd {

class ApiClient;
class Clock;
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

signals:
    void quitRequested();

private:
    void showSignIn(const QString &notice = {});
    void showSignInFailed(const Error &error);
    void openMainWindow();
    void closeMainWindow();

    ApiClient *m_client;
    const Clock &m_clock;
    Preferences *m_preferences;
    CommandLineOptions m_options;
    QPointer<SignInDialog> m_dialog;
    QPointer<MainWindow> m_window;
};

} // namespace gd
