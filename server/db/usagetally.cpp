#include "db/usagetally.h"

#include <algorithm>

namespace gd::server {

QString UsageTally::dayOf(const QDateTime &moment)
{
    // China Standard Time has a fixed offset (no daylight saving), so this equals worktime::localDate()
    // without the time-zone lookup, which matters when the whole history is rebuilt.
    return moment.toUTC().addSecs(8 * 3600).date().toString(Qt::ISODate);
}

qint64 UsageTally::handlingHours(const QDateTime &submitted, const QDateTime &completed)
{
    const qint64 seconds = std::max<qint64>(0, submitted.secsTo(completed));
    return std::min(seconds / 3600, kMaxHandlingHours);
}

void UsageTally::addApplication(const ApplicationFacts &a, int sign)
{
    UsageKey key{dayOf(a.submittedAt), a.districtCode, a.streetId, a.departmentId, a.serviceId, a.channel};
    m_daily[key].submitted += sign;
    if (!a.completedAt)
        return;
    key.day = dayOf(*a.completedAt);
    UsageCounts &done = m_daily[key];
    done.completed += sign;
    if (*a.completedAt <= a.dueAt)
        done.completedOnTime += sign;
    if (a.rating && *a.rating >= 1 && *a.rating <= 5)
        done.ratings[size_t(*a.rating - 1)] += sign;
    m_handling[qMakePair(key, handlingHours(a.submittedAt, *a.completedAt))] += sign;
}

void UsageTally::addSignIn(const UsageKey &key)
{
    m_daily[key].signIns += 1;
}

void UsageTally::addActiveCitizen(const UsageKey &key)
{
    m_daily[key].activeCitizens += 1;
}

} // namespace gd::server
