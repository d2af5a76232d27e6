#pragma once
// Delivers push campaigns (domain/campaign.h) to citizens' inboxes, at least once and deduplicated, and
// resumes after a crash. The campaign_members rows are the persistent queue:
//
//   start     an approved campaign whose time has come (schedule now / at; trigger at once) gets its
//             members in one transaction with its move to "sending": the audience evaluated by the
//             AudienceResolver in the campaign's area, each member put in the sent group or the hold-out
//             (HoldoutSplit), state "queued", with its district and age band.
//   deliver   a batch of queued members of a sending campaign, in one transaction: members who got any
//             campaign message within the frequency cap become "skipped_cap" (either group), the rest of
//             the sent group get one citizen_inbox row each (INSERT … ON CONFLICT (campaign_id,
//             citizen_id) DO NOTHING) and become "delivered", the rest of the hold-out "held_out"; the
//             campaign's delivered / skipped counters move with them. A crash before the commit leaves the
//             batch queued, after it done: every sent-group member ends with exactly one message and no
//             hold-out member with any. A campaign with nothing queued is "sent" (trigger campaigns stay
//             sending).
//   trigger   every trigger-scan interval, a sending trigger campaign adds the citizens whose trigger tag
//             (life event) reached offset_days since the campaign started, and who match its audience.
//
// Every step re-reads the campaign inside its write transaction (taken with kChangeLogLock, as the API's
// writes are), so a cancel committed by a route stops the dispatch at the next batch, on any number of
// server processes. Every step that changes the campaign as GET /campaigns/{id} shows it (start, each
// batch's counters, new trigger members, sent) moves its version and updated_at and logs a "campaign"
// change in the same transaction, so that the change feed brings the progress to the clients' copies; the
// live change streams are woken after the commit when a ChangeNotifier is given. A trigger scan that adds
// nobody only notes when it ran (not part of the campaign's JSON) and logs nothing. Since a batch moves
// the version, an action sent with a base_version while the campaign is sending (cancel) may find it
// stale (409 with the current campaign); drafts and campaigns pending approval, which PATCH and
// submit / approve / reject apply to, are never touched by the dispatcher. On start-up nothing needs
// recovering: a campaign in "sending" simply has queued members left. The thread (start()) runs the steps at
// the server's clock; runOnce() and the steps run on the calling thread, at a given time (the demo generator
// sends its campaigns in the past with them).

#include "campaign/audienceresolver.h"

#include <QDateTime>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace gd::server {

class AuditLog;
class ChangeNotifier;

struct DispatchOptions {
    int batchSize = 500;         // members per transaction
    int intervalMs = 0;          // pause after a batch (--dispatch-interval-ms; tests slow dispatch down)
    int idlePollMs = 1000;       // how often an idle dispatcher looks for due campaigns
    int triggerScanSeconds = 60; // how often a trigger campaign looks for new life events
};

class CampaignDispatcher {
public:
    // `notifier` (optional) is woken after each step that logged a change has committed.
    CampaignDispatcher(Database &db, AuditLog &audit, AudienceResolver audience, DispatchOptions options = {},
                       ChangeNotifier *notifier = nullptr);
    ~CampaignDispatcher(); // stops the thread
    CampaignDispatcher(const CampaignDispatcher &) = delete;
    CampaignDispatcher &operator=(const CampaignDispatcher &) = delete;

    // Runs the steps on a thread of its own until stop().
    void start();
    void stop();
    // Something may be due (a campaign was approved): look now instead of at the next poll.
    void wake();

    // One pass at `now`: starts the due campaigns, scans the trigger campaigns that are due for it,
    // delivers one batch of every sending campaign. Returns the members processed plus the campaigns
    // started or finished (0: nothing to do).
    Result<qint64> runOnce(const QDateTime &now);

    // Starts sending an approved campaign (false when it is not approved, e.g. cancelled meanwhile).
    Result<bool> startSending(const QString &campaignId, const QDateTime &now);
    // Processes one batch; returns the members processed (0 when none were queued; the campaign is then
    // finished unless it is a trigger campaign). 0 for a campaign that is not sending.
    Result<qint64> deliverBatch(const QString &campaignId, const QDateTime &now);
    // Adds a trigger campaign's new members; returns how many.
    Result<qint64> scanTrigger(const QString &campaignId, const QDateTime &now);

private:
    struct Added {
        qint64 members = 0;
        qint64 heldOut = 0;
    };

    void loop();
    Result<Added> addMembers(const QString &campaignId, int holdoutPercent, const QStringList &citizenIds,
                             qint64 membersBefore, qint64 heldOutBefore, const QDateTime &now);
    Result<QStringList> dueIds(const QString &sql, const QVariantList &binds);
    // Runs body(conn, changed) in a write transaction taken with kChangeLogLock; `changed` is the last
    // seq the body logged (0: none), notified once the transaction has committed.
    template <typename T, typename Body> Result<T> write(Body body);

    Database &m_db;
    AuditLog &m_audit;
    AudienceResolver m_audience;
    DispatchOptions m_options;
    ChangeNotifier *m_notifier = nullptr;

    std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    bool m_stopping = false;
    bool m_woken = false;
    std::thread m_thread;
};

} // namespace gd::server
