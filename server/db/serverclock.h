#pragma once
// The server's clock for everything that depends on "now" in the casework: SLA states, due dates, pauses,
// action times. It is the system clock, unless govdesk-server runs with --test-clock, which lets an
// administrator set the time (POST /api/v1/test/clock) so that integration tests can let working days
// pass without waiting. The test clock is off in every normal run and cannot be switched on by a request.
// Thread-safe.

#include <QDateTime>

namespace gd::server {

class ServerClock {
public:
    // Now (UTC): the system clock, or the test clock's time once one has been set.
    static QDateTime now();

    // --test-clock: allows setTestNow(). Call once at start-up, before serving requests.
    static void enableTestClock();
    static bool isTestClockEnabled();
    // Sets the test clock (false when the test clock is not enabled). The clock then advances with real
    // time from `moment` on, so that consecutive actions still get increasing times.
    static bool setTestNow(const QDateTime &moment);
};

} // namespace gd::server
