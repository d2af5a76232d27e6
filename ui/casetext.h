#pragma once
// The words the pending-applications (待办) screens use for an application's states, actions and SLA
// clocks: statuses, step states, history actions, SLA states and "3 working days left". Stateless;
// translated in the context "CaseText".

#include "domain/casework.h"
#include "domain/worktime.h"

#include <QCoreApplication>
#include <QHash>

namespace gd {

class CaseText {
    Q_DECLARE_TR_FUNCTIONS(CaseText)
public:
    static QString status(const QString &status);     // application: submitted, in_progress, …
    static QString stepStatus(const QString &status); // step: waiting, active, done, rejected
    static QString action(const QString &action);     // history: submit, claim, approve, …
    static QString channel(const QString &channel);   // pc, mobile, pad, tv, counter
    static QString slaState(SlaState state);          // Normal, Due soon, …
    // The SLA clock in words: "3 working days left", "Due today", "Overdue by 2 working days", "Paused",
    // "Done". daysLeft as worktime::workingDaysLeft().
    static QString slaRemaining(SlaState state, int daysLeft);
    // One history event's details in words (the step, reasons, materials, transfer target, comment).
    static QString eventDetails(const ApplicationEvent &event, const Application &application,
                                const QHash<QString, QString> &departmentNames);
    static QString dateTime(const QDateTime &moment); // local time, "2026-11-24 09:30"
    static QString date(const QDateTime &moment);     // local date, "2026-11-24"
};

} // namespace gd
