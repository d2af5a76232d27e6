#pragma once
// Working days and SLA clocks (时限), shared by the server (which stores due dates and reports SLA
// states) and the client (which computes the same states offline from the local copy).
//
// Days are counted in China Standard Time (UTC+8, no daylight saving): a working day is Monday to
// Friday, except the public holidays of the State Council's schedule, plus the weekend days that schedule
// makes working days (调休). The schedule is built in for 2025 and 2026; other years count Monday to
// Friday only (a year's schedule is published each November — add it to worktime.cpp).
//
// An SLA of N working days started at moment S is due at the end (24:00 CST) of the N-th working day
// after S's local date; S's own day is not counted. A clock paused for D working days (waiting for the
// citizen's supplement) is due D working days later.

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace gd::worktime {

bool isWorkingDay(QDate date);

// The local (CST) date of a moment.
QDate localDate(const QDateTime &moment);
// The end of a local date (24:00 CST, i.e. the next day's 00:00 CST) as a UTC moment.
QDateTime endOfLocalDay(QDate date);

// The date `days` working days after `from` (`from` itself not counted); `from` when days <= 0.
QDate addWorkingDays(QDate from, int days);
// Working days in (from, to]; negative when to < from (the days in (to, from], negated).
int workingDaysBetween(QDate from, QDate to);

// When an SLA of `days` working days started at `start` is due.
QDateTime dueAfter(const QDateTime &start, int days);
// A due moment moved by a pause from `pausedAt` to `resumedAt`: by the working days in
// (localDate(pausedAt), localDate(resumedAt)].
QDateTime dueAfterPause(const QDateTime &due, const QDateTime &pausedAt, const QDateTime &resumedAt);

// Whole working days left until `due` seen at `now`: 0 when due by the end of today, 1 when due by the
// end of the next working day …; negative when overdue (-1: overdue since the last working day ended).
int workingDaysLeft(const QDateTime &due, const QDateTime &now);

} // namespace gd::worktime

namespace gd {

// The state of an SLA clock. Due soon: due by the end of today or of the next working day.
enum class SlaState { Normal, DueSoon, Overdue, Paused, Done };

constexpr int kDueSoonWorkingDays = 1;

// done: the step (or application) is finished; paused: waiting for the citizen's supplement.
SlaState slaState(const QDateTime &due, const QDateTime &now, bool paused, bool done);
QString slaStateName(SlaState state); // "normal", "due_soon", "overdue", "paused", "done"
std::optional<SlaState> slaStateFromName(const QString &name);

} // namespace gd
