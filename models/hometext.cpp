#include "models/hometext.h"

#include <QLocale>

namespace gd {

namespace {

bool is(const QString &value, const char *name)
{
    return value == QLatin1String(name);
}

} // namespace

QString HomeText::realnameLevel(int level)
{
    switch (level) {
    case 1:
        return tr("Basic");
    case 2:
        return tr("Intermediate");
    case 3:
        return tr("Advanced");
    default:
        return tr("Unknown");
    }
}

QString HomeText::realnameDescription(int level)
{
    switch (level) {
    case 1:
        return tr("Real-name details registered and the mobile number verified");
    case 2:
        return tr("Identity checked against the public security population register");
    case 3:
        return tr("Identity confirmed by face recognition or in person at a service counter");
    default:
        return {};
    }
}

QString HomeText::gender(const QString &gender)
{
    if (is(gender, "male"))
        return tr("Male");
    if (is(gender, "female"))
        return tr("Female");
    return gender;
}

int HomeText::age(const QDate &birthDate, const QDate &today)
{
    if (!birthDate.isValid() || !today.isValid() || birthDate > today)
        return -1;
    int years = today.year() - birthDate.year();
    if (today.month() < birthDate.month() ||
        (today.month() == birthDate.month() && today.day() < birthDate.day()))
        --years;
    return years;
}

QString HomeText::ageText(const QDate &birthDate, const QDate &today)
{
    const int years = age(birthDate, today);
    if (years < 0)
        return {};
    if (years > 0)
        return tr("%1 years old").arg(years);
    int months = (today.year() - birthDate.year()) * 12 + today.month() - birthDate.month();
    if (today.day() < birthDate.day())
        --months;
    return tr("%1 months old").arg(qMax(0, months));
}

QStringList HomeText::tagClasses()
{
    return {QStringLiteral("basic"), QStringLiteral("social"), QStringLiteral("behaviour"),
            QStringLiteral("preference")};
}

QString HomeText::tagClass(const QString &tagClass)
{
    if (is(tagClass, "basic"))
        return tr("Basic tags");
    if (is(tagClass, "social"))
        return tr("Social tags");
    if (is(tagClass, "behaviour"))
        return tr("Behaviour tags");
    if (is(tagClass, "preference"))
        return tr("Preference tags");
    return tagClass.isEmpty() ? tr("Other tags") : tagClass;
}

QString HomeText::tagSource(const QString &source)
{
    if (is(source, "registry"))
        return tr("Government registers");
    if (is(source, "application"))
        return tr("Applications");
    if (is(source, "grid_visit"))
        return tr("Grid visit");
    if (is(source, "model"))
        return tr("Inferred by the profile model");
    if (is(source, "manual"))
        return tr("Tagged by staff");
    return source;
}

QString HomeText::applicationStatus(const QString &status)
{
    if (is(status, "submitted"))
        return tr("Submitted");
    if (is(status, "in_progress"))
        return tr("In progress");
    if (is(status, "supplement"))
        return tr("Materials to supplement");
    if (is(status, "completed"))
        return tr("Completed");
    if (is(status, "rejected"))
        return tr("Not approved");
    return status;
}

QString HomeText::stepStatus(const QString &status)
{
    if (is(status, "waiting"))
        return tr("Waiting");
    if (is(status, "active"))
        return tr("Being handled");
    if (is(status, "done"))
        return tr("Done");
    if (is(status, "returned"))
        return tr("Returned");
    if (is(status, "rejected"))
        return tr("Not approved");
    return status;
}

QString HomeText::channel(const QString &channel)
{
    if (is(channel, "pc"))
        return tr("Web portal");
    if (is(channel, "mobile"))
        return tr("Mobile app");
    if (is(channel, "pad"))
        return tr("Tablet");
    if (is(channel, "tv"))
        return tr("TV");
    if (is(channel, "counter"))
        return tr("Service counter");
    if (is(channel, "hotline"))
        return tr("Hotline");
    return channel;
}

QString HomeText::billKind(const QString &kind)
{
    if (is(kind, "social_insurance"))
        return tr("Social insurance");
    if (is(kind, "medical_insurance"))
        return tr("Medical insurance");
    if (is(kind, "water"))
        return tr("Water");
    if (is(kind, "electricity"))
        return tr("Electricity");
    if (is(kind, "gas"))
        return tr("Gas");
    if (is(kind, "traffic_fine"))
        return tr("Traffic fine");
    if (is(kind, "property_tax"))
        return tr("Property tax");
    return kind;
}

QString HomeText::billStatus(const QString &status)
{
    if (is(status, "due"))
        return tr("Due");
    if (is(status, "overdue"))
        return tr("Overdue");
    if (is(status, "paid"))
        return tr("Paid");
    return status;
}

QString HomeText::benefitKind(const QString &kind)
{
    if (is(kind, "subsidy"))
        return tr("Subsidy");
    if (is(kind, "tax_refund"))
        return tr("Tax refund");
    return kind;
}

QString HomeText::benefitStatus(const QString &status)
{
    if (is(status, "submitted"))
        return tr("Submitted");
    if (is(status, "reviewing"))
        return tr("Under review");
    if (is(status, "approved"))
        return tr("Approved");
    if (is(status, "paid"))
        return tr("Paid out");
    if (is(status, "rejected"))
        return tr("Not approved");
    return status;
}

QString HomeText::messageKind(const QString &kind)
{
    if (is(kind, "complaint"))
        return tr("Complaint");
    if (is(kind, "consultation"))
        return tr("Enquiry");
    if (is(kind, "suggestion"))
        return tr("Suggestion");
    if (is(kind, "praise"))
        return tr("Praise");
    return kind;
}

QString HomeText::messageStatus(const QString &status)
{
    if (is(status, "new"))
        return tr("New");
    if (is(status, "assigned"))
        return tr("Assigned");
    if (is(status, "replied"))
        return tr("Replied");
    if (is(status, "closed"))
        return tr("Closed");
    return status;
}

QString HomeText::pushStatus(const QString &status)
{
    if (is(status, "queued"))
        return tr("Not delivered yet");
    if (is(status, "delivered"))
        return tr("Delivered, not opened");
    if (is(status, "opened"))
        return tr("Opened");
    if (is(status, "applied"))
        return tr("Applied for the service");
    if (is(status, "ignored"))
        return tr("No response");
    return status;
}

QString HomeText::pushChannel(const QString &channel)
{
    if (is(channel, "app"))
        return tr("Government services app");
    if (is(channel, "sms"))
        return tr("Text message");
    if (is(channel, "wechat"))
        return tr("WeChat");
    return channel;
}

QString HomeText::visitKind(const QString &kind)
{
    if (is(kind, "routine"))
        return tr("Routine visit");
    if (is(kind, "special_group"))
        return tr("Special-group visit");
    if (is(kind, "incident_followup"))
        return tr("Incident follow-up");
    if (is(kind, "other"))
        return tr("Other visit");
    return kind;
}

QString HomeText::enterpriseStage(const QString &stage)
{
    if (is(stage, "new"))
        return tr("Newly established");
    if (is(stage, "growing"))
        return tr("Growing");
    if (is(stage, "mature"))
        return tr("Mature");
    if (is(stage, "closing"))
        return tr("Deregistering");
    return stage;
}

QString HomeText::money(qint64 cents)
{
    const QLocale locale;
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = cents < 0 ? -cents : cents;
    return sign + QStringLiteral("¥") + locale.toString(abs / 100) + locale.decimalPoint() +
           QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString HomeText::date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

QString HomeText::dateTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}

} // namespace gd
