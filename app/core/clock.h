#pragma once
// The time source of the client. Code that needs "now" takes a Clock (by reference, owned by the
// composition root) instead of calling QDateTime::currentDateTime(), so tests can use a fixed clock.
// Implementations must be callable from any thread.

#include <QDateTime>

namespace gd {

class Clock {
public:
    virtual ~Clock() = default;

    // The current time in UTC.
    virtual QDateTime nowUtc() const = 0;

    // The current local time (the system time zone); derived from nowUtc().
    QDateTime nowLocal() const { return nowUtc().toLocalTime(); }
};

} // namespace gd
