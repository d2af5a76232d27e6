#pragma once
// When the staff member has left GovDesk alone for too long: an application-wide event filter notes the
// time (from the injected Clock) of the last keyboard, mouse, wheel, touch or tablet input to any of
// GovDesk's windows, and a timer compares it with the timeout every few seconds. Once the timeout has
// passed the state becomes locked and locked() fires; input no longer counts until unlock() (the user
// proved who they are). lock() locks at once (Ctrl+L). A timeout of zero never locks by itself.
//
// It only keeps the state: the MainWindow hides its content and shows the LockScreen. Tests drive it with
// a fake clock and check(). GUI thread; installs its filter on the QCoreApplication while running.

#include <QDateTime>
#include <QObject>

#include <chrono>

class QTimer;

namespace gd {

class Clock;

class IdleLock : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultCheckInterval{5000};

    explicit IdleLock(const Clock &clock, QObject *parent = nullptr);
    ~IdleLock() override;

    // Zero (the default) = never lock by itself.
    std::chrono::minutes timeout() const { return m_timeout; }
    void setTimeout(std::chrono::minutes timeout);
    void setCheckInterval(std::chrono::milliseconds interval);

    // Watches input and checks the timeout until stop(); start() counts as input.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    bool isLocked() const { return m_locked; }
    QDateTime lastInputUtc() const { return m_lastInput; }

public slots:
    // Locks if the timeout has passed since the last input (the timer calls it).
    void check();
    void lock();
    // The user unlocked: counting starts again from now.
    void unlock();

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock &m_clock;
    QTimer *m_timer;
    std::chrono::minutes m_timeout{0};
    QDateTime m_lastInput;
    bool m_running = false;
    bool m_locked = false;
};

} // namespace gd
