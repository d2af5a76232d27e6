#include "core/systemclock.h"

namespace gd {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace gd
