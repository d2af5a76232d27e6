#pragma once
// Push campaigns (主动推送活动, issue 7): a message about a service or a policy sent to an audience of
// citizens, with approval of large audiences, a dispatcher that delivers it to the citizens' inboxes, and
// effect tracking against a random hold-out group that is not sent the message.
//
//   draft ──submit──▶ pending_approval ──approve──▶ approved ──(schedule due)──▶ sending ──▶ sent
//     ▲   (audience_size > the server's    │reject (back to draft, with the reason)
//     │    approval threshold; otherwise   ▼
//     └──────────── straight to approved) draft          any state before sent ──cancel──▶ cancelled
//
// When sending starts the server evaluates the audience expression once and keeps the members
// (campaign_members): each is put in the hold-out (holdout_percent of them, by a seeded hash of the
// campaign and citizen ids, so the split is reproducible) or in the sent group. The dispatcher then
// processes the members in batches: a sent-group member gets one inbox message (citizen_inbox, unique per
// campaign and citizen), a hold-out member is only marked, and a member of either group who got any
// campaign message within frequency_cap_days is skipped (excluded from both groups' figures, so that the
// comparison stays fair). Trigger campaigns (schedule kind "trigger") stay in "sending" and add members as
// citizens get the trigger tag (the life event), offset_days after it, until they are cancelled.
//
// Results (CampaignResults) compare the application rate of the two groups: the effect is
// rate(sent) - rate(hold-out) with a 95% confidence interval (estimateEffect()).

#include "domain/codec.h"

namespace gd {

inline QStringList campaignStates()
{
    return {QStringLiteral("draft"),    QStringLiteral("pending_approval"),
            QStringLiteral("approved"), QStringLiteral("sending"),
            QStringLiteral("sent"),     QStringLiteral("cancelled")};
}

inline QStringList campaignChannels()
{
    return {QStringLiteral("app"), QStringLiteral("sms")};
}

// now: as soon as approved; at: at schedule.at; trigger: offset_days after a citizen gets trigger_tag.
inline QStringList campaignScheduleKinds()
{
    return {QStringLiteral("now"), QStringLiteral("at"), QStringLiteral("trigger")};
}

inline QStringList campaignActions()
{
    return {QStringLiteral("submit"), QStringLiteral("approve"), QStringLiteral("reject"),
            QStringLiteral("cancel")};
}

struct CampaignSchedule {
    QString kind;                      // campaignScheduleKinds()
    std::optional<QDateTime> at;       // kind "at"
    std::optional<QString> triggerTag; // kind "trigger": a citizen tag id (the life event)
    std::optional<int> offsetDays;     // kind "trigger": days after the tag's `since`, 0..365

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("kind", s.kind);
        v("at", s.at);
        v("trigger_tag", s.triggerTag);
        v("offset_days", s.offsetDays);
    }
};

struct Campaign {
    QString id;                       // made by the client (a lower-case UUID)
    QString title;                    // 1..100 characters
    QString content;                  // the message the citizen reads, 1..500 characters
    std::optional<QString> serviceId; // the linked service (applications for it count as applied)
    std::optional<QString> policy;    // or a policy named in text, up to 200 characters
    QJsonObject audience;             // the audience expression (and / or / not of tag, region …), as given
    CampaignSchedule schedule;
    int frequencyCapDays = 7; // 0..365; 0 = no cap
    QString channel;          // campaignChannels()
    int holdoutPercent = 10;  // 0..50
    QString state;            // campaignStates()
    // The audience's size when last evaluated (create, change, submit); the member count once sending.
    qint64 audienceSize = 0;
    // Progress once sending started (0 before): members = sent + holdout; delivered and skipped (by the
    // frequency cap, either group) so far; queued = members not processed yet.
    qint64 members = 0;
    qint64 sent = 0;
    qint64 holdout = 0;
    qint64 delivered = 0;
    qint64 skipped = 0;
    qint64 queued = 0;
    QString createdBy;                   // staff id
    QString createdByName;               // their display name
    std::optional<QString> departmentId; // the creator's department (officers)
    QString areaCode;                    // "city" or the district of a district supervisor who made it
                                         // (of a grid manager's campaign: its grid's district)
    std::optional<QString> gridId;       // a grid manager's campaign: the grid its audience is confined to
    QDateTime createdAt;
    std::optional<QDateTime> submittedAt;
    std::optional<QString> approvedBy; // staff id; "system" when no approval was needed
    std::optional<QDateTime> approvedAt;
    std::optional<QString> rejectionReason; // of the last rejection
    std::optional<QString> cancelReason;
    std::optional<QDateTime> startedAt;  // sending started
    std::optional<QDateTime> finishedAt; // sent or cancelled
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("title", s.title);
        v("content", s.content);
        v("service_id", s.serviceId);
        v("policy", s.policy);
        v("audience", s.audience);
        v("schedule", s.schedule);
        v("frequency_cap_days", s.frequencyCapDays);
        v("channel", s.channel);
        v("holdout_percent", s.holdoutPercent);
        v("state", s.state);
        v("audience_size", s.audienceSize);
        v("members", s.members);
        v("sent", s.sent);
        v("holdout", s.holdout);
        v("delivered", s.delivered);
        v("skipped", s.skipped);
        v("queued", s.queued);
        v("created_by", s.createdBy);
        v("created_by_name", s.createdByName);
        v("department_id", s.departmentId);
        v("area_code", s.areaCode);
        v("grid_id", s.gridId);
        v("created_at", s.createdAt);
        v("submitted_at", s.submittedAt);
        v("approved_by", s.approvedBy);
        v("approved_at", s.approvedAt);
        v("rejection_reason", s.rejectionReason);
        v("cancel_reason", s.cancelReason);
        v("started_at", s.startedAt);
        v("finished_at", s.finishedAt);
        v("version", s.version);
        v("updated_at", s.updatedAt);
    }
};

// POST /api/v1/campaigns: a new draft.
struct CampaignCreateRequest {
    QString id;
    QString title;
    QString content;
    std::optional<QString> serviceId;
    std::optional<QString> policy;
    QJsonObject audience;
    CampaignSchedule schedule;
    std::optional<int> frequencyCapDays; // default 7
    QString channel;
    std::optional<int> holdoutPercent; // default 10

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("title", s.title);
        v("content", s.content);
        v("service_id", s.serviceId);
        v("policy", s.policy);
        v("audience", s.audience);
        v("schedule", s.schedule);
        v("frequency_cap_days", s.frequencyCapDays);
        v("channel", s.channel);
        v("holdout_percent", s.holdoutPercent);
    }
};

// PATCH /api/v1/campaigns/{id}: changes to a draft from base_version; absent fields stay, "" clears
// service_id or policy (one of them must remain).
struct CampaignUpdate {
    qint64 baseVersion = 0;
    std::optional<QString> title;
    std::optional<QString> content;
    std::optional<QString> serviceId;
    std::optional<QString> policy;
    std::optional<QJsonObject> audience;
    std::optional<CampaignSchedule> schedule;
    std::optional<int> frequencyCapDays;
    std::optional<QString> channel;
    std::optional<int> holdoutPercent;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("base_version", s.baseVersion);
        v("title", s.title);
        v("content", s.content);
        v("service_id", s.serviceId);
        v("policy", s.policy);
        v("audience", s.audience);
        v("schedule", s.schedule);
        v("frequency_cap_days", s.frequencyCapDays);
        v("channel", s.channel);
        v("holdout_percent", s.holdoutPercent);
    }
};

// POST /api/v1/campaigns/{id}/actions.
struct CampaignAction {
    QString action;                    // campaignActions()
    std::optional<QString> reason;     // required for reject and cancel, 2..500 characters
    std::optional<qint64> baseVersion; // when given, must be the current version

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("action", s.action);
        v("reason", s.reason);
        v("base_version", s.baseVersion);
    }
};

// The funnel of one group: members (not skipped by the frequency cap) → delivered → opened → applied
// (an application for the campaign's service within 30 days) → completed (that application completed).
// Rates are of members, except open_rate (of delivered); 0 when the denominator is 0.
struct CampaignFunnel {
    qint64 members = 0;
    qint64 delivered = 0; // 0 for the hold-out
    qint64 opened = 0;    // 0 for the hold-out
    qint64 applied = 0;
    qint64 completed = 0;
    double openRate = 0;
    double applicationRate = 0;
    double completionRate = 0;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("members", s.members);
        v("delivered", s.delivered);
        v("opened", s.opened);
        v("applied", s.applied);
        v("completed", s.completed);
        v("open_rate", s.openRate);
        v("application_rate", s.applicationRate);
        v("completion_rate", s.completionRate);
    }
};

// The effect on the application rate, sent minus hold-out, with a two-sided confidence interval from the
// normal approximation of the difference of two independent proportions (Wald, unpooled):
//   d = p1 - p0,   se = sqrt(p1(1-p1)/n1 + p0(1-p0)/n0),   interval d ± z·se   (z = 1.959964 for 95%)
// where p1 = applied/members of the sent group (n1 members), p0 likewise of the hold-out (n0).
struct CampaignEffect {
    double difference = 0;
    double standardError = 0;
    double ciLow = 0;
    double ciHigh = 0;
    double confidence = 0.95;
    bool significant = false; // the interval excludes 0

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("difference", s.difference);
        v("standard_error", s.standardError);
        v("ci_low", s.ciLow);
        v("ci_high", s.ciHigh);
        v("confidence", s.confidence);
        v("significant", s.significant);
    }
};

// The funnels and the effect of one segment: dimension "district" (key: district code) or "age_band"
// (key: campaignAgeBands(), the member's age when sending started).
struct CampaignSegment {
    QString dimension;
    QString key;
    QString name; // the district's name; the band itself
    CampaignFunnel sent;
    CampaignFunnel holdout;
    std::optional<CampaignEffect> effect; // null when either group of the segment is empty

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("dimension", s.dimension);
        v("key", s.key);
        v("name", s.name);
        v("sent", s.sent);
        v("holdout", s.holdout);
        v("effect", s.effect);
    }
};

// One day of a campaign's results over time (China Standard Time days): what happened that day, not
// running totals. delivered / opened are of the sent group; applied and completed of each group, counted
// on the day of the application (applied_at) and of its completion (completed_at).
struct CampaignDay {
    QDate day;
    qint64 delivered = 0;
    qint64 opened = 0;
    qint64 appliedSent = 0;
    qint64 appliedHoldout = 0;
    qint64 completedSent = 0;
    qint64 completedHoldout = 0;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("day", s.day);
        v("delivered", s.delivered);
        v("opened", s.opened);
        v("applied_sent", s.appliedSent);
        v("applied_holdout", s.appliedHoldout);
        v("completed_sent", s.completedSent);
        v("completed_holdout", s.completedHoldout);
    }
};

// GET /api/v1/campaigns/{id}/results.
struct CampaignResults {
    QString campaignId;
    QString state;
    QDateTime computedAt;
    CampaignFunnel sent;
    CampaignFunnel holdout;
    qint64 skipped = 0;                   // members of either group skipped by the frequency cap
    qint64 queued = 0;                    // members not processed yet
    std::optional<CampaignEffect> effect; // null when either group is empty
    QList<CampaignSegment> segments;      // districts, then age bands, each by key
    // Every day from the day sending started to today (or to the day the campaign finished plus 30
    // days, the attribution window, when that is earlier), at most the last 120 days; empty before
    // sending started.
    QList<CampaignDay> days;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("campaign_id", s.campaignId);
        v("state", s.state);
        v("computed_at", s.computedAt);
        v("sent", s.sent);
        v("holdout", s.holdout);
        v("skipped", s.skipped);
        v("queued", s.queued);
        v("effect", s.effect);
        v("segments", s.segments);
        v("days", s.days);
    }
};

// One message in a citizen's inbox (GET /api/v1/portal/citizens/{id}/inbox).
struct InboxMessage {
    QString id;
    QString campaignId;
    QString citizenId;
    QString title;
    QString content;
    std::optional<QString> serviceId;
    std::optional<QString> policy;
    QString channel;
    QDateTime deliveredAt;
    std::optional<QDateTime> openedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("campaign_id", s.campaignId);
        v("citizen_id", s.citizenId);
        v("title", s.title);
        v("content", s.content);
        v("service_id", s.serviceId);
        v("policy", s.policy);
        v("channel", s.channel);
        v("delivered_at", s.deliveredAt);
        v("opened_at", s.openedAt);
    }
};

// POST /api/v1/portal/inbox/{id}/opened: the citizen (whose message it must be) opened it.
struct InboxOpenedRequest {
    QString citizenId;

    template <typename S, typename V> static void fields(S &s, V &&v) { v("citizen_id", s.citizenId); }
};

// Limits of a campaign's fields (the server's and the client's checks).
inline constexpr qsizetype kCampaignMaxTitle = 100;
inline constexpr qsizetype kCampaignMaxContent = 500;
inline constexpr qsizetype kCampaignMaxPolicy = 200;
inline constexpr int kCampaignMaxCapDays = 365;
inline constexpr int kCampaignMaxHoldoutPercent = 50;
inline constexpr int kCampaignMaxOffsetDays = 365;
inline constexpr int kCampaignDefaultCapDays = 7;
inline constexpr int kCampaignDefaultHoldoutPercent = 10;
inline constexpr qsizetype kCampaignMaxAudienceBytes = 16 * 1024;
inline constexpr qsizetype kCampaignMinReason = 2;
inline constexpr qsizetype kCampaignMaxReason = 500;

// Who may make campaigns (officers, grid managers, supervisors, admins) and who decides on them
// (supervisors and admins, never on their own): the server's rules, for the client's buttons and offline
// checks. `role`: roleName(). A grid manager's campaign is a notice to his grids (网格通知): its audience
// must be confined to them (confiningGrids(), domain/grid.h), and it always waits for a supervisor of
// the grid's district, whatever its size.
bool mayCreateCampaigns(const QString &role);
bool isCampaignApprover(const QString &role);

// The checks of a campaign's own fields that need no data (the server adds: the service exists and is
// for citizens, the trigger tag exists, the audience's tags and regions exist). Trims title, content and
// policy, drops an empty service id or policy, defaults a trigger's offset to 0. BadRequest naming the
// field (details.field) otherwise; `now` is for "schedule.at must be in the future".
Result<void> normalizeCampaign(Campaign &campaign, const QDateTime &now);

// A funnel with its rates filled in.
CampaignFunnel makeFunnel(qint64 members, qint64 delivered, qint64 opened, qint64 applied, qint64 completed);

// z of a two-sided 95% interval of the normal distribution.
inline constexpr double kZ95 = 1.959963984540054;

// The effect of `sent` over `holdout` on the application rate (see CampaignEffect); nullopt when either
// group has no members.
std::optional<CampaignEffect> estimateEffect(const CampaignFunnel &sent, const CampaignFunnel &holdout,
                                             double z = kZ95, double confidence = 0.95);

// Age bands of the results' segments, youngest first: "0-17", "18-34", "35-59", "60+".
QStringList campaignAgeBands();
// The band of someone born on `birth` on day `on`.
QString campaignAgeBand(QDate birth, QDate on);

} // namespace gd
