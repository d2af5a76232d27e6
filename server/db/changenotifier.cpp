#include "db/changenotifier.h"

#include <algorithm>

namespace gd::server {

void ChangeNotifier::notify(qint64 seq)
{
    {
        std::lock_guard lock(m_mutex);
        if (seq <= m_latest)
            return;
        m_latest = seq;
    }
    m_changed.notify_all();
}

qint64 ChangeNotifier::latest() const
{
    std::lock_guard lock(m_mutex);
    return m_latest;
}

qint64 ChangeNotifier::wait(qint64 seen, Clock::time_point deadline) const
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_until(lock, deadline, [&] { return m_shutDown || m_latest > seen; });
    return m_latest;
}

void ChangeNotifier::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        m_shutDown = true;
    }
    m_changed.notify_all();
}

bool ChangeNotifier::isShutDown() const
{
    std::lock_guard lock(m_mutex);
    return m_shutDown;
}

} // namespace gd::server
