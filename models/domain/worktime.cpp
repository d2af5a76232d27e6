#include "domain/worktime.h"

#include <QTimeZone>

#include <algorithm>
#include <array>

namespace gd::worktime {
namespace {

struct DayRange {
    int year;
    int month;
    int firstDay;
    int lastDay;
};

// Public holidays of the State Council's schedules (国务院办公厅关于部分节假日安排的通知).
constexpr std::array kHolidays{
    // 2025
    DayRange{2025, 1, 1, 1},                           // 元旦
    DayRange{2025, 1, 28, 31},                         // 春节
    DayRange{2025, 2, 1, 4}, DayRange{2025, 4, 4, 6},  // 清明节
    DayRange{2025, 5, 1, 5},                           // 劳动节
    DayRange{2025, 5, 31, 31},                         // 端午节
    DayRange{2025, 6, 1, 2}, DayRange{2025, 10, 1, 8}, // 国庆节、中秋节
    // 2026
    DayRange{2026, 1, 1, 3},   // 元旦
    DayRange{2026, 2, 15, 23}, // 春节
    DayRange{2026, 4, 4, 6},   // 清明节
    DayRange{2026, 5, 1, 5},   // 劳动节
    DayRange{2026, 6, 19, 21}, // 端午节
    DayRange{2026, 9, 25, 27}, // 中秋节
    DayRange{2026, 10, 1, 7},  // 国庆节
};

// Weekend days that the schedules make working days (调休上班).
constexpr std::array kMakeUpDays{
    DayRange{2025, 1, 26, 26}, DayRange{2025, 2, 8, 8},    DayRange{2025, 4, 27, 27},
    DayRange{2025, 9, 28, 28}, DayRange{2025, 10, 11, 11}, DayRange{2026, 1, 4, 4},
    DayRange{2026, 2, 14, 14}, DayRange{2026, 2, 28, 28},  DayRange{2026, 5, 9, 9},
    DayRange{2026, 9, 20, 20}, DayRange{2026, 10, 10, 10},
};

template <std::size_t N> bool inRanges(const std::array<DayRange, N> &ranges, QDate date)
{
    const int y = date.year();
    const int m = date.month();
    const int d = date.day();
    return std::any_of(ranges.begin(), ranges.end(), [&](const DayRange &r) {
        return r.year == y && r.month == m && d >= r.firstDay && d <= r.lastDay;
    });
}

const QTimeZone &chinaStandardTime()
{
    static const QTimeZone zone = QTimeZone(8 * 3600);
    return zone;
}

} // namespace

bool isWorkingDay(QDate date)
{
    if (!date.isValid())
        return false;
    if (inRanges(kMakeUpDays, date))
        return true;
    if (date.dayOfWeek() >= 6)
        return false;
    return !inRanges(kHolidays, date);
}

QDate localDate(const QDateTime &moment)
{
    return moment.toTimeZone(chinaStandardTime()).date();
}

QDateTime endOfLocalDay(QDate date)
{
    return QDateTime(date.addDays(1), QTime(0, 0), chinaStandardTime()).toUTC();
}

QDate addWorkingDays(QDate from, int days)
{
    QDate date = from;
    while (days > 0) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            --days;
    }
    return date;
}

int workingDaysBetween(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        count += isWorkingDay(d) ? 1 : 0;
    return count;
}

QDateTime dueAfter(const QDateTime &start, int days)
{
    return endOfLocalDay(addWorkingDays(localDate(start), std::max(days, 0)));
}

QDateTime dueAfterPause(const QDateTime &due, const QDateTime &pausedAt, const QDateTime &resumedAt)
{
    const int paused = workingDaysBetween(localDate(pausedAt), localDate(resumedAt));
    if (paused <= 0)
        return due;
    // The due date is the end of a local day: move that day by the paused working days.
    const QDate dueDay = localDate(due.addMSecs(-1));
    return endOfLocalDay(addWorkingDays(dueDay, paused));
}

int workingDaysLeft(const QDateTime &due, const QDateTime &now)
{
    const QDate today = localDate(now);
    const QDate dueDay = localDate(due.addMSecs(-1)); // the day whose end is the due moment
    if (now < due)
        return std::max(0, workingDaysBetween(today, dueDay));
    // Overdue: -1 on the day after it was due, counting working days since.
    return -std::max(1, workingDaysBetween(dueDay, today));
}

} // namespace gd::worktime

namespace gd {

SlaState slaState(const QDateTime &due, const QDateTime &now, bool paused, bool done)
{
    if (done)
        return SlaState::Done;
    if (paused)
        return SlaState::Paused;
    if (!due.isValid())
        return SlaState::Normal;
    if (now >= due)
        return SlaState::Overdue;
    return worktime::workingDaysLeft(due, now) <= kDueSoonWorkingDays ? SlaState::DueSoon : SlaState::Normal;
}

QString slaStateName(SlaState state)
{
    switch (state) {
    case SlaState::Normal:
        return QStringLiteral("normal");
    case SlaState::DueSoon:
        return QStringLiteral("due_soon");
    case SlaState::Overdue:
        return QStringLiteral("overdue");
    case SlaState::Paused:
        return QStringLiteral("paused");
    case SlaState::Done:
        return QStringLiteral("done");
    }
    return {};
}

std::optional<SlaState> slaStateFromName(const QString &name)
{
    for (SlaState s :
         {SlaState::Normal, SlaState::DueSoon, SlaState::Overdue, SlaState::Paused, SlaState::Done})
        if (slaStateName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace gd
