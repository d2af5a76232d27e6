#pragma once
// The headless --screenshot mode: signs in with the command-line credentials (except for the page
// "signin", which renders the dialog itself — after trying those credentials in it when a password is
// given, so that the PNG shows the message of a failed sign-in), opens the local data like an interactive
// session (LocalDataSession: the cache key from the keychain — online only, with a warning, if there is none
// — then the sync engine), shows the requested page in a MainWindow of the requested size, waits for the
// first server check and the first sync (a finished cycle, or the error it stopped at), grabs the window
// (QWidget::grab) and writes the PNG. The page "conflicts" grabs the conflict queue dialog instead, once
// its entries are loaded; "lock" locks the window first; "about" grabs the About dialog once it shows the
// server's and the local copy's versions. The homepages ("citizen", "enterprise") show
// --citizen / --enterprise, or the first one of the local copy by name, and are grabbed once they say
// loaded() (or loadFailed()); the lists once their first page of rows is there. --search types its text
// into the toolbar's search box and waits for the results list. finished() carries the process exit code
// (ExitCode). GUI thread.

#include "commandline.h"

#include <QObject>

#include <QPointer>
#include <functional>

class QWidget;

class QTimer;

namespace gd {

class ApiClient;
class Clock;
class LocalDataSession;
class MainWindow;
class Preferences;
class SignInDialog;
struct Error;

class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    static constexpr int kPageReadyTimeoutMs = 10000;
    static constexpr int kSyncReadyTimeoutMs = 120000; // an initial sync of a large scope takes a while

    ScreenshotRunner(ApiClient *client, const Clock &clock, Preferences *preferences,
                     CommandLineOptions options, QObject *parent = nullptr);
    ~ScreenshotRunner() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void renderSignIn();
    void renderPage();
    void captureWhenReady();
    void captureConflictQueue();
    void captureAbout();
    void captureSearch();
    void captureHomepage();
    void captureList();
    void captureQueue();
    void captureDashboards();
    void capturePush();
    void captureGrid();
    // A 50 ms poll (not started) that calls `then` once `ready` says so; after kPageReadyTimeoutMs it
    // captures anyway, saying `what` was late.
    QTimer *pollUntil(std::function<bool()> ready, std::function<void()> then, const char *what);
    void grabSoon();
    void capture(QWidget *widget);
    void fail(int exitCode, const QString &message);

    ApiClient *m_client;
    const Clock &m_clock;
    Preferences *m_preferences;
    CommandLineOptions m_options;
    LocalDataSession *m_localData;
    QPointer<SignInDialog> m_dialog;
    QPointer<MainWindow> m_window;
    bool m_serverChecked = false;
    bool m_syncSettled = false;
    bool m_captureStarted = false;
    bool m_captured = false;
    QString m_wantedApplication; // --page pending: the application the detail must show
};

} // namespace gd
