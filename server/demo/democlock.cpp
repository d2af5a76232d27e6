#include "demo/democlock.h"

namespace gd::server {
namespace {
constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kLocalOffsetMs = 8 * DemoClock::kHourMs;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

void putDigits(QChar *d, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        d[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
}
} // namespace

DemoClock::DemoClock(QDate today)
    : m_today(today)
    , m_nowMs(localMs(today, 8 * 3600))
{
}

qint64 DemoClock::localMs(QDate localDate, int secondOfDay)
{
    return (localDate.toJulianDay() - kUnixEpochJulianDay) * kDayMs + qint64(secondOfDay) * 1000 -
           kLocalOffsetMs;
}

QDate DemoClock::localDate(qint64 utcMs)
{
    return QDate::fromJulianDay(floorDiv(utcMs + kLocalOffsetMs, kDayMs) + kUnixEpochJulianDay);
}

int DemoClock::localHour(qint64 utcMs)
{
    const qint64 local = utcMs + kLocalOffsetMs;
    return int((local - floorDiv(local, kDayMs) * kDayMs) / kHourMs);
}

QString DemoClock::isoUtc(qint64 utcMs)
{
    const qint64 days = floorDiv(utcMs, kDayMs);
    qint64 rest = utcMs - days * kDayMs;
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(days + kUnixEpochJulianDay).getDate(&y, &m, &d);
    QString out(24, Qt::Uninitialized);
    QChar *p = out.data();
    putDigits(p, y, 4);
    p[4] = QLatin1Char('-');
    putDigits(p + 5, m, 2);
    p[7] = QLatin1Char('-');
    putDigits(p + 8, d, 2);
    p[10] = QLatin1Char('T');
    putDigits(p + 11, int(rest / kHourMs), 2);
    rest %= kHourMs;
    p[13] = QLatin1Char(':');
    putDigits(p + 14, int(rest / 60000), 2);
    rest %= 60000;
    p[16] = QLatin1Char(':');
    putDigits(p + 17, int(rest / 1000), 2);
    p[19] = QLatin1Char('.');
    putDigits(p + 20, int(rest % 1000), 3);
    p[23] = QLatin1Char('Z');
    return out;
}

QString DemoClock::isoDate(QDate date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    QString out(10, Qt::Uninitialized);
    QChar *p = out.data();
    putDigits(p, y, 4);
    p[4] = QLatin1Char('-');
    putDigits(p + 5, m, 2);
    p[7] = QLatin1Char('-');
    putDigits(p + 8, d, 2);
    return out;
}

QString DemoClock::compactDate(QDate date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    QString out(8, Qt::Uninitialized);
    QChar *p = out.data();
    putDigits(p, y, 4);
    putDigits(p + 4, m, 2);
    putDigits(p + 6, d, 2);
    return out;
}

} // namespace gd::server
