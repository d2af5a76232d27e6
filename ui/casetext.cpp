#include "ui/casetext.h"

#include <QLocale>

namespace gd {

QString CaseText::status(const QString &status)
{
    if (status == QLatin1String("submitted"))
        return tr("Submitted");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("supplement"))
        return tr("Waiting for supplement");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

QString CaseText::stepStatus(const QString &status)
{
    if (status == QLatin1String("waiting"))
        return tr("Waiting");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("done"))
        return tr("Done");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

QString CaseText::action(const QString &action)
{
    if (action == QLatin1String("submit"))
        return tr("Submitted");
    if (action == QLatin1String("claim"))
        return tr("Claimed");
    if (action == QLatin1String("release"))
        return tr("Released");
    if (action == QLatin1String("approve"))
        return tr("Approved");
    if (action == QLatin1String("return"))
        return tr("Returned for supplement");
    if (action == QLatin1String("resume"))
        return tr("Supplement received");
    if (action == QLatin1String("reject"))
        return tr("Rejected");
    if (action == QLatin1String("transfer"))
        return tr("Transferred");
    if (action == QLatin1String("comment"))
        return tr("Comment");
    if (action == QLatin1String("complete"))
        return tr("Completed");
    if (action == QLatin1String("rate"))
        return tr("Rated");
    if (action == QLatin1String("allocate"))
        return tr("Allocated");
    return action;
}

QString CaseText::channel(const QString &channel)
{
    if (channel == QLatin1String("pc"))
        return tr("Web portal");
    if (channel == QLatin1String("mobile"))
        return tr("Mobile app");
    if (channel == QLatin1String("pad"))
        return tr("Tablet");
    if (channel == QLatin1String("tv"))
        return tr("TV");
    if (channel == QLatin1String("counter"))
        return tr("Service counter");
    return channel;
}

QString CaseText::slaState(SlaState state)
{
    switch (state) {
    case SlaState::Normal:
        return tr("On time");
    case SlaState::DueSoon:
        return tr("Due soon");
    case SlaState::Overdue:
        return tr("Overdue");
    case SlaState::Paused:
        return tr("Paused");
    case SlaState::Done:
        return tr("Done");
    }
    return {};
}

QString CaseText::slaRemaining(SlaState state, int daysLeft)
{
    switch (state) {
    case SlaState::Paused:
        return tr("Paused");
    case SlaState::Done:
        return tr("Done");
    case SlaState::Overdue:
        return daysLeft >= 0 ? tr("Overdue") : tr("Overdue by %n working day(s)", nullptr, -daysLeft);
    case SlaState::DueSoon:
    case SlaState::Normal:
        if (daysLeft <= 0)
            return tr("Due today");
        return tr("%n working day(s) left", nullptr, daysLeft);
    }
    return {};
}

QString CaseText::eventDetails(const ApplicationEvent &event, const Application &application,
                               const QHash<QString, QString> &departmentNames)
{
    QStringList parts;
    if (event.stepSeq) {
        for (const ApplicationStep &step : application.steps) {
            if (step.seq == *event.stepSeq) {
                parts << tr("Step: %1").arg(step.name);
                break;
            }
        }
    }
    const auto department = [&departmentNames](const QString &id) {
        const QString name = departmentNames.value(id);
        return name.isEmpty() ? id : name;
    };
    if (event.toDepartmentId)
        parts << tr("To: %1").arg(department(*event.toDepartmentId));
    if (event.materials && !event.materials->isEmpty()) {
        parts << (event.action == QLatin1String("resume") ? tr("Received: %1") : tr("Missing: %1"))
                     .arg(event.materials->join(tr(", ")));
    }
    if (event.reason && !event.reason->isEmpty())
        parts << tr("Reason: %1").arg(*event.reason);
    if (event.comment && !event.comment->isEmpty())
        parts << *event.comment;
    return parts.join(QStringLiteral(" · "));
}

QString CaseText::dateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString CaseText::date(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace gd
