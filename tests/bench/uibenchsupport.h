#pragma once
// Pieces shared by the ui-* scenarios of govdesk-bench: the UI-thread stall monitor, percentiles, and
// waiting for a paged list model to finish reading.

#include "models/pagedlistmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

namespace gd::bench {

// The longest gap between two turns of the GUI event loop, per named phase: a zero-interval timer fires
// whenever the loop is idle, so a gap is work that kept the loop (and the user) waiting.
class StallMonitor : public QObject {
public:
    StallMonitor()
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            if (m_last >= 0) {
                const double gap = double(now - m_last) / 1e6;
                m_phaseMax = std::max(m_phaseMax, gap);
                m_overallMax = std::max(m_overallMax, gap);
                const double busy = double(cpu - m_lastCpu) / 1e6;
                m_phaseBusyMax = std::max(m_phaseBusyMax, busy);
                m_overallBusyMax = std::max(m_overallBusyMax, busy);
            }
            m_last = now;
            m_lastCpu = cpu;
        });
        m_clock.start();
        m_timer.start();
    }
    void beginPhase()
    {
        m_phaseMax = 0;
        m_phaseBusyMax = 0;
        m_last = -1;
    }
    double phaseMax() const { return m_phaseMax; }
    double overallMax() const { return m_overallMax; }
    // The most CPU time the GUI thread itself spent within one gap: a gap much longer than this was the
    // thread waiting for a core (other processes on a shared machine), not work of the UI.
    double phaseBusyMax() const { return m_phaseBusyMax; }
    double overallBusyMax() const { return m_overallBusyMax; }

private:
    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    double m_phaseMax = 0;
    double m_overallMax = 0;
    qint64 m_lastCpu = 0;
    double m_phaseBusyMax = 0;
    double m_overallBusyMax = 0;
};

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = size_t(std::ceil(p * double(v.size())));
    return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

// Waits (running the event loop) until the model has no page in flight.
inline bool waitIdle(PagedListModel &model, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (model.isLoading() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    // One more turn so that the view has painted what arrived.
    QCoreApplication::processEvents();
    return !model.isLoading();
}

} // namespace gd::bench
