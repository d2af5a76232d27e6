#include "models/conflicttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace gd {

namespace {

bool isApplication(const QString &entity)
{
    return entity == QLatin1String("application");
}

bool isVisit(const QString &entity)
{
    return entity == QLatin1String("visit");
}

bool isTask(const QString &entity)
{
    return entity == QLatin1String("task");
}

bool isIncident(const QString &entity)
{
    return entity == QLatin1String("incident");
}

} // namespace

QString ConflictText::entityTitle(const QString &entity)
{
    if (isApplication(entity))
        return tr("Application");
    if (isVisit(entity))
        return tr("Visit record");
    if (isTask(entity))
        return tr("Grid task");
    if (isIncident(entity))
        return tr("Incident report");
    return entity;
}

QString ConflictText::kindTitle(const QString &kind)
{
    if (kind == QLatin1String("conflict"))
        return tr("Edit conflict");
    if (kind == QLatin1String("rejected"))
        return tr("Rejected");
    return kind;
}

QString ConflictText::objectTitle(const QString &entity, const QString &summary)
{
    if (summary.isEmpty())
        return entityTitle(entity);
    // A visit's summary is its kind (the store keeps personal data out of summaries): "走访记录 · 例行走访";
    // an application's is its number: "办件 2026-1124-000123".
    if (isVisit(entity))
        return tr("%1 · %2").arg(entityTitle(entity),
                                 valueText(entity, QStringLiteral("kind"), QJsonValue(summary)));
    return tr("%1 %2").arg(entityTitle(entity), summary);
}

QString ConflictText::fieldLabel(const QString &entity, const QString &key)
{
    if (isApplication(entity)) {
        if (key == QLatin1String("remark"))
            return tr("Remark");
        if (key == QLatin1String("priority"))
            return tr("Priority");
        if (key == QLatin1String("action"))
            return tr("Action");
        if (key == QLatin1String("step_seq"))
            return tr("Step");
        if (key == QLatin1String("reason"))
            return tr("Reason");
        if (key == QLatin1String("materials"))
            return tr("Materials");
        if (key == QLatin1String("to_department_id"))
            return tr("Transfer to");
        if (key == QLatin1String("comment"))
            return tr("Comment");
        if (key == QLatin1String("base_version"))
            return tr("Version seen");
    }
    if (isVisit(entity)) {
        if (key == QLatin1String("kind"))
            return tr("Kind of visit");
        if (key == QLatin1String("summary"))
            return tr("Visit notes");
        if (key == QLatin1String("visited_at"))
            return tr("Visited at");
        if (key == QLatin1String("grid_id"))
            return tr("Grid");
        if (key == QLatin1String("citizen_id"))
            return tr("Resident");
        if (key == QLatin1String("household_id"))
            return tr("Household");
        if (key == QLatin1String("id"))
            return tr("Record ID");
        if (key == QLatin1String("follow_up"))
            return tr("Follow-up");
        if (key == QLatin1String("follow_up_due"))
            return tr("Follow-up due");
    }
    if (isTask(entity) || isIncident(entity)) {
        if (key == QLatin1String("title"))
            return tr("Title");
        if (key == QLatin1String("description"))
            return tr("Description");
        if (key == QLatin1String("due_on"))
            return tr("Due on");
        if (key == QLatin1String("action"))
            return tr("Action");
        if (key == QLatin1String("result"))
            return tr("Result");
        if (key == QLatin1String("reason"))
            return tr("Reason");
        if (key == QLatin1String("category"))
            return tr("Category");
        if (key == QLatin1String("location"))
            return tr("Location");
        if (key == QLatin1String("urgency"))
            return tr("Urgency");
        if (key == QLatin1String("note"))
            return tr("Note");
        if (key == QLatin1String("file_name"))
            return tr("Photo");
        if (key == QLatin1String("base_version"))
            return tr("Version seen");
    }
    return key;
}

QString ConflictText::shortTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return QLocale().toString(at.toLocalTime(), tr("d MMM HH:mm", "date format of a conflict entry"));
}

QList<ConflictText::Choice> ConflictText::choices(const QString &entity, const QString &key)
{
    if (isApplication(entity) && key == QLatin1String("priority"))
        return {{QStringLiteral("normal"), tr("Normal")}, {QStringLiteral("urgent"), tr("Urgent")}};
    if (isApplication(entity) && key == QLatin1String("action")) {
        QList<Choice> list;
        for (const char *action :
             {"claim", "release", "approve", "return", "resume", "reject", "transfer", "comment"})
            list.append({QLatin1String(action), actionName(QLatin1String(action))});
        return list;
    }
    if (isVisit(entity) && key == QLatin1String("kind"))
        return {{QStringLiteral("routine"), tr("Routine visit")},
                {QStringLiteral("special_group"), tr("Special group visit")},
                {QStringLiteral("incident_followup"), tr("Incident follow-up")},
                {QStringLiteral("other"), tr("Other")}};
    if (isTask(entity) && key == QLatin1String("action"))
        return {{QStringLiteral("acknowledge"), tr("Acknowledge")},
                {QStringLiteral("complete"), tr("Complete")},
                {QStringLiteral("cancel"), tr("Cancel")}};
    if (isIncident(entity) && key == QLatin1String("action"))
        return {{QStringLiteral("accept"), tr("Accept")}, {QStringLiteral("resolve"), tr("Resolve")}};
    if (isIncident(entity) && key == QLatin1String("urgency"))
        return {{QStringLiteral("low"), tr("Low")},
                {QStringLiteral("normal"), tr("Normal")},
                {QStringLiteral("high"), tr("High")},
                {QStringLiteral("critical"), tr("Critical")}};
    return {};
}

QString ConflictText::actionName(const QString &action)
{
    if (action == QLatin1String("claim"))
        return tr("Claim");
    if (action == QLatin1String("release"))
        return tr("Release");
    if (action == QLatin1String("approve"))
        return tr("Approve");
    if (action == QLatin1String("return"))
        return tr("Return for supplement");
    if (action == QLatin1String("resume"))
        return tr("Resume");
    if (action == QLatin1String("reject"))
        return tr("Reject");
    if (action == QLatin1String("transfer"))
        return tr("Transfer");
    if (action == QLatin1String("comment"))
        return tr("Comment");
    return action;
}

bool ConflictText::isAction(const store::ConflictEntry &entry)
{
    return isApplication(entry.entity) && entry.method == QLatin1String("POST") &&
           entry.path.endsWith(QLatin1String("/actions"));
}

QString ConflictText::actionOutcome(const store::ConflictEntry &entry)
{
    const QString number = entry.summary.isEmpty() ? entry.entityId : entry.summary;
    const QString action = actionName(entry.local.value(QLatin1String("action")).toString());
    const QString reason = entry.errorDetails.value(QLatin1String("reason")).toString();
    if (entry.errorCode == QLatin1String("conflict")) {
        if (reason == QLatin1String("claimed")) {
            QString who = entry.errorDetails.value(QLatin1String("claimed_by_name")).toString();
            if (who.isEmpty() && entry.server) {
                // The holder of the step the action was for, in the server's copy.
                const int step = entry.local.value(QLatin1String("step_seq")).toInt();
                const QJsonArray steps = entry.server->value(QLatin1String("steps")).toArray();
                for (const QJsonValue &value : steps) {
                    const QJsonObject s = value.toObject();
                    if (s.value(QLatin1String("seq")).toInt() == step)
                        who = s.value(QLatin1String("claimed_by_name")).toString();
                }
            }
            if (!who.isEmpty())
                return tr("Application %1: already claimed by %2, your “%3” did not take effect")
                    .arg(number, who, action);
            return tr("Application %1: already claimed by another officer, your “%2” did not take effect")
                .arg(number, action);
        }
        if (reason == QLatin1String("step_not_active"))
            return tr("Application %1: the step has moved on, your “%2” did not take effect")
                .arg(number, action);
        if (reason == QLatin1String("finished"))
            return tr("Application %1: already finished, your “%2” did not take effect").arg(number, action);
        return tr("Application %1: someone else acted on it first, your “%2” did not take effect")
            .arg(number, action);
    }
    if (entry.errorCode == QLatin1String("forbidden"))
        return tr("Application %1: you may not “%2” this step").arg(number, action);
    if (entry.errorCode == QLatin1String("bad_request") && !entry.errorMessage.isEmpty())
        return tr("Application %1: “%2” was refused: %3").arg(number, action, entry.errorMessage);
    return tr("Application %1: your “%2” did not take effect").arg(number, action);
}

QString ConflictText::valueText(const QString &entity, const QString &key, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("—");
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QLocale().toString(qint64(number));
        return QLocale().toString(number);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text.isEmpty())
            return tr("(empty)");
        if (key.endsWith(QLatin1String("_at"))) {
            // Times travel as ISO 8601 in UTC; show them in local time.
            const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (at.isValid())
                return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        }
        for (const Choice &choice : choices(entity, key)) {
            if (choice.value == text)
                return choice.label;
        }
        return text;
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace gd
