#include "startupprobe.h"

#include "localdatasession.h"
#include "models/datacontext.h"
#include "sync/synchost.h"
#include "ui/mainwindow.h"
#include "ui/todaypage.h"
#include "workstation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <ctime>
#include <iostream>

#include <unistd.h>

namespace gd {
namespace {

// The process's start, in seconds since boot (field 22 of /proc/self/stat, clock ticks); -1 if unknown.
double processStartSinceBoot()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may contain spaces: count from the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const double ticks = fields.at(19).toDouble(&ok); // field 22 overall
    return ok ? ticks / double(sysconf(_SC_CLK_TCK)) : -1;
}

double round1(double v)
{
    return double(qRound64(v * 10)) / 10;
}

} // namespace

double StartupProbe::sinceProcessStart()
{
    static const double start = processStartSinceBoot();
    static QElapsedTimer fallback;
    if (!fallback.isValid())
        fallback.start();
    timespec now{};
    if (start < 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return double(fallback.nsecsElapsed()) / 1e6;
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - start) * 1000.0;
}

StartupProbe::StartupProbe(Workstation *workstation, bool afterSync, QObject *parent)
    : QObject(parent)
    , m_workstation(workstation)
    , m_afterSync(afterSync)
{
    (void)sinceProcessStart();
    SyncHost *host = workstation->localData()->syncHost();
    connect(host, &SyncHost::storeOpened, this,
            [this](bool created, const QString &) { m_fromCache = !created; });
    connect(host, &SyncHost::cycleFinished, this, [this] {
        m_synced = true;
        check();
    });
    connect(workstation, &Workstation::mainWindowOpened, this, &StartupProbe::onWindowOpened);
}

void StartupProbe::onWindowOpened(MainWindow *window)
{
    m_window = window;
    m_windowShownMs = sinceProcessStart();
    connect(window->todayPage(), &TodayPage::areaFiguresShown, this, &StartupProbe::check);
    check();
}

void StartupProbe::check()
{
    MainWindow *window = m_window.data();
    if (m_done || !window || !window->todayPage()->hasAreaFigures() || !window->dataContext()->hasLocalData())
        return;
    if (m_afterSync && !m_synced)
        return;
    if (m_afterSync && m_synced) {
        // The figures shown may predate the sync's last page: wait for the recount it triggers.
        m_afterSync = false;
        return;
    }
    m_done = true;
    const double ready = sinceProcessStart();
    const QJsonObject line{{QStringLiteral("startup_probe"), true},
                           {QStringLiteral("window_shown_ms"), round1(m_windowShownMs)},
                           {QStringLiteral("local_data_ms"), round1(ready - m_windowShownMs)},
                           {QStringLiteral("ready_ms"), round1(ready)},
                           {QStringLiteral("from_cache"), m_fromCache}};
    std::cout << QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString() << std::endl;
    emit finished(0);
}

} // namespace gd
