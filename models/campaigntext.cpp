#include "models/campaigntext.h"

#include <QLocale>
#include <QTimeZone>

namespace gd {

namespace {

bool is(const QString &value, const char *name)
{
    return value == QLatin1String(name);
}

} // namespace

QString CampaignText::state(const QString &state)
{
    if (is(state, "draft"))
        return tr("Draft");
    if (is(state, "pending_approval"))
        return tr("Waiting for approval");
    if (is(state, "approved"))
        return tr("Approved");
    if (is(state, "sending"))
        return tr("Sending");
    if (is(state, "sent"))
        return tr("Sent");
    if (is(state, "cancelled"))
        return tr("Cancelled");
    return state;
}

QStringList CampaignText::filters()
{
    return {QStringLiteral("all"),      QStringLiteral("mine"),   QStringLiteral("pending_approval"),
            QStringLiteral("draft"),    QStringLiteral("active"), QStringLiteral("sent"),
            QStringLiteral("cancelled")};
}

QString CampaignText::filter(const QString &filter)
{
    if (is(filter, "all"))
        return tr("All campaigns");
    if (is(filter, "mine"))
        return tr("Created by me");
    if (is(filter, "active"))
        return tr("Approved or sending");
    return state(filter);
}

bool CampaignText::matches(const QString &filter, const Campaign &c, const QString &staffId)
{
    if (is(filter, "all"))
        return true;
    if (is(filter, "mine"))
        return c.createdBy == staffId;
    if (is(filter, "active"))
        return is(c.state, "approved") || is(c.state, "sending");
    return c.state == filter;
}

QString CampaignText::schedule(const CampaignSchedule &s, const QString &tagName)
{
    if (is(s.kind, "at") && s.at)
        return tr("At %1").arg(QLocale().toString(s.at->toTimeZone(QTimeZone::systemTimeZone()),
                                                  QStringLiteral("yyyy-MM-dd HH:mm")));
    if (is(s.kind, "trigger")) {
        const QString tag = tagName.isEmpty() ? s.triggerTag.value_or(QString()) : tagName;
        const int days = s.offsetDays.value_or(0);
        if (days == 0)
            return tr("When a citizen becomes “%1”").arg(tag);
        return tr("%n day(s) after a citizen becomes “%1”", nullptr, days).arg(tag);
    }
    return tr("As soon as approved");
}

QString CampaignText::frequencyCap(int days)
{
    if (days <= 0)
        return tr("No cap");
    return tr("At most one campaign message in %n day(s)", nullptr, days);
}

QString CampaignText::holdout(int percent)
{
    if (percent <= 0)
        return tr("No hold-out group (the effect cannot be measured)");
    return tr("%1% kept back as a hold-out group").arg(percent);
}

QString CampaignText::audienceSize(const Campaign &c)
{
    const qint64 n = c.members > 0 ? c.members : c.audienceSize;
    if (n <= 0 && c.version == 0)
        return QStringLiteral("—");
    return tr("%Ln citizen(s)", nullptr, int(n));
}

QString CampaignText::progress(const Campaign &c)
{
    if (c.members <= 0)
        return {};
    const QLocale locale;
    return tr("%1 of %2 processed · %3 delivered · %4 held out · %5 skipped by the cap")
        .arg(locale.toString(c.members - c.queued), locale.toString(c.members), locale.toString(c.delivered),
             locale.toString(c.holdout), locale.toString(c.skipped));
}

QString CampaignText::refusal(const QString &reason)
{
    if (is(reason, "stale"))
        return tr("Someone changed the campaign in the meantime.");
    if (is(reason, "not_draft"))
        return tr("The campaign is no longer a draft.");
    if (is(reason, "not_pending"))
        return tr("The campaign no longer waits for approval.");
    if (is(reason, "not_creator"))
        return tr("Only the campaign's creator may do this.");
    if (is(reason, "own_campaign"))
        return tr("A campaign is approved by someone other than its creator.");
    if (is(reason, "not_approver"))
        return tr("Only supervisors approve campaigns.");
    if (is(reason, "finished"))
        return tr("The campaign is already sent or cancelled.");
    if (is(reason, "outside_grids"))
        return tr("A grid manager's campaign goes only to residents of his own grids: choose one of your "
                  "grids as the area.");
    return reason;
}

} // namespace gd
