#include "db/serverclock.h"

#include <QElapsedTimer>
#include <QMutex>

namespace gd::server {
namespace {

struct TestClock {
    QMutex mutex;
    bool enabled = false;
    bool set = false;
    qint64 baseMs = 0; // the time set, as ms since the epoch
    QElapsedTimer since;
};

TestClock &testClock()
{
    static TestClock clock;
    return clock;
}

} // namespace

QDateTime ServerClock::now()
{
    TestClock &c = testClock();
    QMutexLocker lock(&c.mutex);
    if (!c.enabled || !c.set)
        return QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(c.baseMs + c.since.elapsed(), Qt::UTC);
}

void ServerClock::enableTestClock()
{
    TestClock &c = testClock();
    QMutexLocker lock(&c.mutex);
    c.enabled = true;
}

bool ServerClock::isTestClockEnabled()
{
    TestClock &c = testClock();
    QMutexLocker lock(&c.mutex);
    return c.enabled;
}

bool ServerClock::setTestNow(const QDateTime &moment)
{
    TestClock &c = testClock();
    QMutexLocker lock(&c.mutex);
    if (!c.enabled || !moment.isValid())
        return false;
    c.set = true;
    c.baseMs = moment.toMSecsSinceEpoch();
    c.since.start();
    return true;
}

} // namespace gd::server
