// Working days and SLA clocks (domain/worktime.h): the 2026 holiday schedule, due dates, pauses and the
// SLA states the queue colours by.
#include "domain/worktime.h"

#include <QTest>
#include <QTimeZone>

using namespace gd;

namespace {

QDateTime cst(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
}

} // namespace

class TestWorktime : public QObject {
    Q_OBJECT
private slots:
    void workingDays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        QTest::newRow("Tuesday") << QDate(2026, 11, 24) << true;
        QTest::newRow("Saturday") << QDate(2026, 11, 28) << false;
        QTest::newRow("National Day (Thursday)") << QDate(2026, 10, 1) << false;
        QTest::newRow("make-up Saturday after National Day") << QDate(2026, 10, 10) << true;
        QTest::newRow("make-up Sunday before National Day") << QDate(2026, 9, 20) << true;
        QTest::newRow("Spring Festival weekday") << QDate(2026, 2, 18) << false;
        QTest::newRow("Mid-Autumn Friday") << QDate(2026, 9, 25) << false;
        QTest::newRow("2025 National Day 8th") << QDate(2025, 10, 8) << false;
        QTest::newRow("2027 Monday (no schedule yet)") << QDate(2027, 3, 1) << true;
        QTest::newRow("invalid") << QDate() << false;
    }
    void workingDays()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QCOMPARE(worktime::isWorkingDay(date), working);
    }

    void addAndCount()
    {
        // Friday + 1 working day = Monday.
        QCOMPARE(worktime::addWorkingDays(QDate(2026, 11, 27), 1), QDate(2026, 11, 30));
        QCOMPARE(worktime::addWorkingDays(QDate(2026, 11, 27), 0), QDate(2026, 11, 27));
        // Across National Day: Wed 30 Sep + 1 = Thu 8 Oct.
        QCOMPARE(worktime::addWorkingDays(QDate(2026, 9, 30), 1), QDate(2026, 10, 8));
        // Fri 9 Oct + 1 = Sat 10 Oct (make-up day).
        QCOMPARE(worktime::addWorkingDays(QDate(2026, 10, 9), 1), QDate(2026, 10, 10));
        QCOMPARE(worktime::workingDaysBetween(QDate(2026, 11, 23), QDate(2026, 11, 30)), 5);
        QCOMPARE(worktime::workingDaysBetween(QDate(2026, 11, 30), QDate(2026, 11, 23)), -5);
        QCOMPARE(worktime::workingDaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 8)), 1);
        // Round trip for every start in a year and a few lengths.
        for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1))
            for (int n : {1, 3, 10})
                QCOMPARE(worktime::workingDaysBetween(d, worktime::addWorkingDays(d, n)), n);
    }

    void dueDates()
    {
        // Submitted Tuesday 24 Nov 10:00 CST with 3 working days: due at the end of Friday 27 Nov CST.
        const QDateTime due = worktime::dueAfter(cst(2026, 11, 24), 3);
        QCOMPARE(due, cst(2026, 11, 28, 0, 0));
        // Late evening in CST is already the next day in UTC terms: the local date counts.
        QCOMPARE(worktime::localDate(cst(2026, 11, 24, 23, 30)), QDate(2026, 11, 24));
        QCOMPARE(worktime::dueAfter(cst(2026, 11, 24, 23, 30), 3), due);
    }

    void pauseMovesTheDueDate()
    {
        const QDateTime due = worktime::dueAfter(cst(2026, 11, 24), 3); // end of Fri 27 Nov
        // Paused from Wednesday to the next Monday: 3 working days (Thu, Fri, Mon).
        const QDateTime moved = worktime::dueAfterPause(due, cst(2026, 11, 25), cst(2026, 11, 30));
        QCOMPARE(moved, cst(2026, 12, 3, 0, 0)); // end of Wed 2 Dec
        // A pause within one day moves nothing.
        QCOMPARE(worktime::dueAfterPause(due, cst(2026, 11, 25, 9), cst(2026, 11, 25, 17)), due);
    }

    void states()
    {
        const QDateTime due = worktime::dueAfter(cst(2026, 11, 24), 3); // end of Fri 27 Nov
        QCOMPARE(slaState(due, cst(2026, 11, 24), false, false), SlaState::Normal);
        QCOMPARE(worktime::workingDaysLeft(due, cst(2026, 11, 24)), 3);
        QCOMPARE(slaState(due, cst(2026, 11, 26), false, false), SlaState::DueSoon); // 1 day left
        QCOMPARE(slaState(due, cst(2026, 11, 27, 23, 59), false, false), SlaState::DueSoon);
        QCOMPARE(worktime::workingDaysLeft(due, cst(2026, 11, 27)), 0);
        QCOMPARE(slaState(due, cst(2026, 11, 28, 0, 0), false, false), SlaState::Overdue);
        QCOMPARE(worktime::workingDaysLeft(due, cst(2026, 11, 30)), -1);
        QCOMPARE(worktime::workingDaysLeft(due, cst(2026, 12, 1)), -2);
        QCOMPARE(slaState(due, cst(2026, 12, 1), true, false), SlaState::Paused);
        QCOMPARE(slaState(due, cst(2026, 12, 1), false, true), SlaState::Done);
        for (SlaState s :
             {SlaState::Normal, SlaState::DueSoon, SlaState::Overdue, SlaState::Paused, SlaState::Done})
            QCOMPARE(slaStateFromName(slaStateName(s)), s);
        QVERIFY(!slaStateFromName(QStringLiteral("late")));
    }
};

QTEST_GUILESS_MAIN(TestWorktime)
#include "tst_worktime.moc"
