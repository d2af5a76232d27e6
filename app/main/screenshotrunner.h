#pragma once
// The headless --screenshot mode: signs in with the command-line credentials (except for the page
// "signin", which renders the dialog itself), shows the requested page in a MainWindow of the requested
// size, waits for the first server check so the page shows real data, grabs it (QWidget::grab) and
// writes the PNG. finished() carries the process exit code (ExitCode). GUI thread.

#include "commandline.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace gd {

class ApiClient;
class Clock;
class MainWindow;
class Preferences;
class SignInDialog;
struct Error;

class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    static constexpr int kPageReadyTimeoutMs = 10000;

    ScreenshotRunner(ApiClient *client, const Clock &clock, Preferences *preferences,
                     CommandLineOptions options, QObject *parent = nullptr);
    ~ScreenshotRunner() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void renderSignIn();
    void renderPage();
    void capture(QWidget *widget);
    void fail(int exitCode, const QString &message);

    ApiClient *m_client;
    const Clock &m_clock;
    Preferences *m_preferences;
    CommandLineOptions m_options;
    QPointer<SignInDialog> m_dialog;
    QPointer<MainWindow> m_window;
    bool m_captured = false;
};

} // namespace gd
