#pragma once
// The words the Push page shows for a campaign's raw values: states, schedules, frequency caps, hold-out
// shares, audience sizes and the server's refusals. Stateless; follows the installed translator (context
// gd::CampaignText).

#include "domain/campaign.h"

#include <QCoreApplication>

namespace gd {

class CampaignText {
    Q_DECLARE_TR_FUNCTIONS(CampaignText)
public:
    // "draft" → "Draft" (草稿) …
    static QString state(const QString &state);
    // The filters of the Push page's list, in order: "all", "mine", "pending_approval", "draft",
    // "active" (approved or sending), "sent", "cancelled".
    static QStringList filters();
    static QString filter(const QString &filter);
    static bool matches(const QString &filter, const Campaign &campaign, const QString &staffId);

    // "Now, once approved" / "At 2026-12-01 09:00" / "30 days after 孕产妇" (the tag's name from
    // `tagName`, or its id).
    static QString schedule(const CampaignSchedule &schedule, const QString &tagName = {});
    // 0 → "No cap", n → "At most one message in n days".
    static QString frequencyCap(int days);
    static QString holdout(int percent);
    // The size as the list shows it: "about 12,345 citizens" / "—" before the server counted it.
    static QString audienceSize(const Campaign &campaign);
    // Sending progress: "1,200 / 3,000 delivered".
    static QString progress(const Campaign &campaign);
    // A refusal's details.reason ("stale", "not_draft", "not_pending", …) in words.
    static QString refusal(const QString &reason);
};

} // namespace gd
