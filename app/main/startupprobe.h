#pragma once
// govdesk --startup-probe (govdesk-bench startup): measures a cold start. When the Workstation's main
// window is shown and its Today page shows the figures read from the local copy (from the cache: the
// sync runs on in the background), prints one JSON line on stdout and emits finished(0):
//   {"startup_probe":true,"window_shown_ms":…,"local_data_ms":…,"ready_ms":…,"from_cache":true}
// times since the process started (the kernel's start time of this process, so loading the executable
// and its libraries counts). With afterSync, waits for the first sync cycle before the figures (the first
// start of a new copy). GUI thread.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace gd {

class MainWindow;
class Workstation;

class StartupProbe : public QObject {
    Q_OBJECT
public:
    StartupProbe(Workstation *workstation, bool afterSync, QObject *parent = nullptr);

    // Milliseconds since this process started (from /proc; since main() where /proc is missing).
    static double sinceProcessStart();

signals:
    void finished(int exitCode);

private:
    void onWindowOpened(MainWindow *window);
    void check();

    Workstation *m_workstation;
    bool m_afterSync;
    bool m_synced = false;
    bool m_done = false;
    bool m_fromCache = false;
    double m_windowShownMs = -1;
    QPointer<MainWindow> m_window;
};

} // namespace gd
