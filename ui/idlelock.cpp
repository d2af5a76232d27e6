#include "ui/idlelock.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace gd {

IdleLock::IdleLock(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultCheckInterval);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);
}

IdleLock::~IdleLock()
{
    stop();
}

void IdleLock::setTimeout(std::chrono::minutes timeout)
{
    m_timeout = timeout.count() > 0 ? timeout : std::chrono::minutes(0);
}

void IdleLock::setCheckInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

void IdleLock::start()
{
    if (!m_running) {
        m_running = true;
        QCoreApplication::instance()->installEventFilter(this);
        m_timer->start();
    }
    m_lastInput = m_clock.nowUtc();
}

void IdleLock::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLock::check()
{
    if (!m_running || m_locked || m_timeout.count() == 0 || !m_lastInput.isValid())
        return;
    const qint64 idleMs = m_lastInput.msecsTo(m_clock.nowUtc());
    if (idleMs >= std::chrono::duration_cast<std::chrono::milliseconds>(m_timeout).count())
        lock();
}

void IdleLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    emit locked();
}

void IdleLock::unlock()
{
    m_lastInput = m_clock.nowUtc();
    if (!m_locked)
        return;
    m_locked = false;
    emit unlocked();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    // Every event of the application passes here: decide on the type alone, and only then ask the clock.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        if (!m_locked)
            m_lastInput = m_clock.nowUtc();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gd
