#pragma once
// The demo world's calendar. Everything generated happens before nowMs(): 08:00 China Standard Time
// (00:00 UTC) on DemoOptions::today, so a run's rows depend on the date passed in, never on the wall
// clock. Times are stored as UTC ("2026-11-24T13:10:00.000Z"); "local" means UTC+8 (China has no DST).
// The formatters are hand-written because they run tens of millions of times on a 2M-citizen run.

#include <QDate>
#include <QString>

namespace gd::server {

class DemoClock {
public:
    explicit DemoClock(QDate today);

    QDate today() const { return m_today; }
    qint64 nowMs() const { return m_nowMs; }

    static constexpr qint64 kHourMs = 3600 * 1000;
    static constexpr qint64 kDayMs = 24 * kHourMs;

    // UTC milliseconds of a local (UTC+8) date and second of that day.
    static qint64 localMs(QDate localDate, int secondOfDay);
    static QDate localDate(qint64 utcMs);
    static int localHour(qint64 utcMs);

    static QString isoUtc(qint64 utcMs);    // "2026-11-24T13:10:00.000Z"
    static QString isoDate(QDate date);     // "2026-11-24"
    static QString compactDate(QDate date); // "20261124"

private:
    QDate m_today;
    qint64 m_nowMs;
};

} // namespace gd::server
