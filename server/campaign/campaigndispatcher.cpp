#include "campaign/campaigndispatcher.h"

#include "campaign/campaignstore.h"
#include "campaign/holdoutsplit.h"
#include "db/auditlog.h"
#include "db/changelog.h"
#include "db/changenotifier.h"
#include "db/serverclock.h"
#include "db/sqlvalues.h"

#include "domain/worktime.h"

#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

#include <chrono>

Q_LOGGING_CATEGORY(lcCampaign, "govdesk.server.campaign")

namespace gd::server {
namespace {

// Rows per multi-row statement (binds stay far below SQLite's and PostgreSQL's limits).
constexpr qsizetype kRowsPerStatement = 200;

// Inbox message ids are a function of the campaign and the citizen, so a retried batch writes the same.
const QUuid kInboxNamespace = QUuid::fromString(QStringLiteral("6f1d2c8e-3b4a-4e5f-9a7b-0c1d2e3f4a5b"));

Principal dispatcherPrincipal()
{
    Principal p;
    p.staffId = QStringLiteral("system");
    p.username = QStringLiteral("system");
    p.role = Role::Admin;
    return p;
}

// "(?, ?, …)" for one row of n values.
QString rowMarks(int n)
{
    QString out = QStringLiteral("(?");
    for (int i = 1; i < n; ++i)
        out += QStringLiteral(", ?");
    return out + QLatin1Char(')');
}

// Runs `head` + VALUES rows + `tail` over `rows` (each `width` binds) in statements of kRowsPerStatement.
Result<void> insertRows(QSqlDatabase &conn, const QString &head, const QString &tail, int width,
                        const QList<QVariantList> &rows)
{
    for (qsizetype from = 0; from < rows.size(); from += kRowsPerStatement) {
        const qsizetype n = std::min(kRowsPerStatement, rows.size() - from);
        QStringList marks;
        QVariantList binds;
        for (qsizetype i = from; i < from + n; ++i) {
            marks.append(rowMarks(width));
            binds.append(rows[i]);
        }
        if (auto r = execSql(
                conn, head + QStringLiteral(" VALUES ") + marks.join(QStringLiteral(", ")) + tail, binds);
            !r)
            return r.error();
    }
    return {};
}

// Sets the state of members of a campaign, in statements of kRowsPerStatement ids.
Result<void> setMemberState(QSqlDatabase &conn, const QString &campaignId, const QStringList &citizenIds,
                            const QString &state, const QDateTime &now)
{
    for (qsizetype from = 0; from < citizenIds.size(); from += kRowsPerStatement) {
        const SqlFilter in = inList(QStringLiteral("citizen_id"), citizenIds.mid(from, kRowsPerStatement));
        QVariantList binds{state, toIsoUtc(now), campaignId};
        binds.append(in.binds);
        if (auto r = execSql(conn,
                             QStringLiteral("UPDATE campaign_members SET state = ?, processed_at = ? WHERE "
                                            "campaign_id = ? AND ") +
                                 in.sql,
                             binds);
            !r)
            return r.error();
    }
    return {};
}

// Runs `sql`, an UPDATE of campaign `campaignId` that moves its version, with RETURNING version, and logs
// the change with the new version; the change's seq, or 0 when no row was updated.
Result<qint64> updateLogged(QSqlDatabase &conn, const QString &campaignId, const QString &sql,
                            const QVariantList &binds)
{
    qint64 version = 0;
    {
        auto q = execSql(conn, sql + QStringLiteral(" RETURNING version"), binds);
        if (!q)
            return q.error();
        if (!q->next())
            return qint64(0);
        version = q->value(0).toLongLong();
    }
    return ChangeLog::record(conn, QStringLiteral("campaign"), campaignId, QStringLiteral("upsert"), version);
}

} // namespace

CampaignDispatcher::CampaignDispatcher(Database &db, AuditLog &audit, AudienceResolver audience,
                                       DispatchOptions options, ChangeNotifier *notifier)
    : m_db(db)
    , m_audit(audit)
    , m_audience(std::move(audience))
    , m_options(options)
    , m_notifier(notifier)
{
}

template <typename T, typename Body> Result<T> CampaignDispatcher::write(Body body)
{
    qint64 changed = 0;
    Result<T> out =
        inWriteTransaction<T>(m_db, kChangeLogLock, [&](QSqlDatabase &conn) { return body(conn, changed); });
    if (out && changed > 0 && m_notifier)
        m_notifier->notify(changed);
    return out;
}

CampaignDispatcher::~CampaignDispatcher()
{
    stop();
}

void CampaignDispatcher::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { loop(); });
}

void CampaignDispatcher::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeUp.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void CampaignDispatcher::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wakeUp.notify_all();
}

void CampaignDispatcher::loop()
{
    for (;;) {
        const auto done = runOnce(ServerClock::now());
        if (!done)
            qCWarning(lcCampaign) << "dispatch pass failed:" << done.error().message;
        const int pauseMs = done && *done > 0 ? m_options.intervalMs : m_options.idlePollMs;
        std::unique_lock lock(m_mutex);
        m_wakeUp.wait_for(lock, std::chrono::milliseconds(pauseMs), [this] { return m_stopping || m_woken; });
        if (m_stopping)
            return;
        m_woken = false;
    }
}

Result<QStringList> CampaignDispatcher::dueIds(const QString &sql, const QVariantList &binds)
{
    auto q = m_db.query(sql, binds);
    if (!q)
        return q.error();
    QStringList ids;
    while ((*q)->next())
        ids.append((*q)->value(0).toString());
    return ids;
}

Result<qint64> CampaignDispatcher::runOnce(const QDateTime &now)
{
    qint64 work = 0;
    auto due =
        dueIds(QStringLiteral("SELECT id FROM campaigns WHERE state = 'approved' AND (schedule_kind <> "
                              "'at' OR schedule_at <= ?) ORDER BY approved_at, id"),
               {toIsoUtc(now)});
    if (!due)
        return due.error();
    for (const QString &id : std::as_const(*due)) {
        auto started = startSending(id, now);
        if (!started)
            return started.error();
        work += *started ? 1 : 0;
    }
    auto triggers =
        dueIds(QStringLiteral("SELECT id FROM campaigns WHERE state = 'sending' AND schedule_kind = "
                              "'trigger' AND (trigger_scanned_at IS NULL OR trigger_scanned_at <= ?) "
                              "ORDER BY id"),
               {toIsoUtc(now.addSecs(-m_options.triggerScanSeconds))});
    if (!triggers)
        return triggers.error();
    for (const QString &id : std::as_const(*triggers)) {
        if (auto added = scanTrigger(id, now); !added)
            return added.error();
    }
    auto sending = dueIds(
        QStringLiteral("SELECT id FROM campaigns WHERE state = 'sending' ORDER BY started_at, id"), {});
    if (!sending)
        return sending.error();
    for (const QString &id : std::as_const(*sending)) {
        auto processed = deliverBatch(id, now);
        if (!processed)
            return processed.error();
        work += *processed;
    }
    return work;
}

Result<bool> CampaignDispatcher::startSending(const QString &campaignId, const QDateTime &now)
{
    return write<bool>([&](QSqlDatabase &conn, qint64 &changed) -> Result<bool> {
        auto found = CampaignStore(m_db).find(campaignId);
        if (!found)
            return found.error();
        if (!*found || (*found)->state != QLatin1String("approved"))
            return false;
        const Campaign &c = **found;
        Added added;
        QString cancelled;
        if (c.schedule.kind != QLatin1String("trigger")) {
            auto ids = m_audience(c.areaCode, c.audience);
            if (!ids && ids.error().code != ErrorCode::BadRequest)
                return ids.error();
            if (!ids) {
                // An expression that no longer reads (a tag or region gone) cannot be sent.
                cancelled = ids.error().message.left(500);
            } else {
                auto a = addMembers(c.id, c.holdoutPercent, *ids, 0, 0, now);
                if (!a)
                    return a.error();
                added = *a;
            }
        }
        const QString at = toIsoUtc(now);
        const bool trigger = c.schedule.kind == QLatin1String("trigger");
        auto seq = cancelled.isEmpty()
                       ? updateLogged(conn, c.id,
                                      QStringLiteral(
                                          "UPDATE campaigns SET state = 'sending', started_at = ?, members = "
                                          "?, sent = ?, holdout = ?, audience_size = ?, version = version + "
                                          "1, updated_at = ? WHERE id = ? AND state = 'approved'"),
                                      {at, added.members, added.members - added.heldOut, added.heldOut,
                                       trigger ? c.audienceSize : added.members, at, c.id})
                       : updateLogged(
                             conn, c.id,
                             QStringLiteral("UPDATE campaigns SET state = 'cancelled', cancel_reason = ?, "
                                            "finished_at = ?, version = version + 1, updated_at = ? WHERE id "
                                            "= ? AND state = 'approved'"),
                             {cancelled, at, at, c.id});
        if (!seq)
            return seq.error();
        changed = *seq;
        const QString what =
            cancelled.isEmpty() ? QStringLiteral("campaign.start") : QStringLiteral("campaign.cancel");
        const QString reason =
            cancelled.isEmpty()
                ? QStringLiteral("%1 members, %2 held out").arg(added.members).arg(added.heldOut)
                : cancelled;
        if (auto a = m_audit.appendInTransaction(dispatcherPrincipal(), what, QStringLiteral("campaign"),
                                                 c.id, reason);
            !a)
            return a.error();
        qCInfo(lcCampaign).noquote() << "campaign" << c.id
                                     << (cancelled.isEmpty() ? "sending:" : "cancelled:") << reason;
        return true;
    });
}

Result<CampaignDispatcher::Added>
CampaignDispatcher::addMembers(const QString &campaignId, int holdoutPercent, const QStringList &citizenIds,
                               qint64 membersBefore, qint64 heldOutBefore, const QDateTime &now)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const QSet<QString> heldOut =
        HoldoutSplit::choose(campaignId, citizenIds, holdoutPercent, membersBefore, heldOutBefore);
    const QDate today = worktime::localDate(now);
    const QString at = toIsoUtc(now);
    QList<QVariantList> rows;
    rows.reserve(citizenIds.size());
    for (qsizetype from = 0; from < citizenIds.size(); from += kRowsPerStatement) {
        const SqlFilter in = inList(QStringLiteral("id"), citizenIds.mid(from, kRowsPerStatement));
        auto q = execSql(*conn,
                         QStringLiteral("SELECT id, district_code, birth_date FROM citizens WHERE ") + in.sql,
                         in.binds);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString id = q->value(0).toString();
            rows.append({campaignId, id,
                         heldOut.contains(id) ? QStringLiteral("holdout") : QStringLiteral("sent"),
                         QStringLiteral("queued"), q->value(1).toString(),
                         campaignAgeBand(fromIsoDate(q->value(2).toString()), today), at});
        }
    }
    if (auto r =
            insertRows(*conn,
                       QStringLiteral("INSERT INTO campaign_members (campaign_id, citizen_id, grp, state, "
                                      "district_code, age_band, added_at)"),
                       QStringLiteral(" ON CONFLICT (campaign_id, citizen_id) DO NOTHING"), 7, rows);
        !r)
        return r.error();
    Added added;
    for (const QVariantList &row : std::as_const(rows)) {
        ++added.members;
        added.heldOut += row[2].toString() == QLatin1String("holdout") ? 1 : 0;
    }
    return added;
}

Result<qint64> CampaignDispatcher::deliverBatch(const QString &campaignId, const QDateTime &now)
{
    return write<qint64>([&](QSqlDatabase &conn, qint64 &changed) -> Result<qint64> {
        auto found = CampaignStore(m_db).find(campaignId);
        if (!found)
            return found.error();
        if (!*found || (*found)->state != QLatin1String("sending"))
            return 0;
        const Campaign &c = **found;
        QStringList sentGroup;
        QStringList holdoutGroup;
        {
            auto q =
                execSql(conn,
                        QStringLiteral("SELECT citizen_id, grp FROM campaign_members WHERE campaign_id = ? "
                                       "AND state = 'queued' ORDER BY citizen_id LIMIT ?"),
                        {c.id, m_options.batchSize});
            if (!q)
                return q.error();
            while (q->next())
                (q->value(1).toString() == QLatin1String("sent") ? sentGroup : holdoutGroup)
                    .append(q->value(0).toString());
        }
        const QString at = toIsoUtc(now);
        if (sentGroup.isEmpty() && holdoutGroup.isEmpty()) {
            if (c.schedule.kind == QLatin1String("trigger"))
                return 0;
            auto seq = updateLogged(conn, c.id,
                                    QStringLiteral("UPDATE campaigns SET state = 'sent', finished_at = ?, "
                                                   "version = version + 1, updated_at = ? WHERE id = ?"),
                                    {at, at, c.id});
            if (!seq)
                return seq.error();
            changed = *seq;
            const QString summary = QStringLiteral("%1 delivered, %2 skipped by the frequency cap")
                                        .arg(c.delivered)
                                        .arg(c.skipped);
            if (auto a = m_audit.appendInTransaction(dispatcherPrincipal(), QStringLiteral("campaign.sent"),
                                                     QStringLiteral("campaign"), c.id, summary);
                !a)
                return a.error();
            qCInfo(lcCampaign).noquote() << "campaign" << c.id << "sent:" << summary;
            return 1;
        }
        // Members of either group who got a campaign message within the cap are skipped.
        QSet<QString> capped;
        if (c.frequencyCapDays > 0) {
            const QStringList batch = sentGroup + holdoutGroup;
            for (qsizetype from = 0; from < batch.size(); from += kRowsPerStatement) {
                const SqlFilter in = inList(QStringLiteral("citizen_id"), batch.mid(from, kRowsPerStatement));
                QVariantList binds{c.id, toIsoUtc(now.addDays(-c.frequencyCapDays))};
                binds.append(in.binds);
                auto q = execSql(
                    conn,
                    QStringLiteral("SELECT DISTINCT citizen_id FROM citizen_inbox WHERE campaign_id <> ? "
                                   "AND delivered_at > ? AND ") +
                        in.sql,
                    binds);
                if (!q)
                    return q.error();
                while (q->next())
                    capped.insert(q->value(0).toString());
            }
        }
        const auto split = [&capped](const QStringList &group, QStringList &kept, QStringList &skipped) {
            for (const QString &id : group)
                (capped.contains(id) ? skipped : kept).append(id);
        };
        QStringList deliver;
        QStringList holdOut;
        QStringList skip;
        split(sentGroup, deliver, skip);
        split(holdoutGroup, holdOut, skip);
        QList<QVariantList> messages;
        messages.reserve(deliver.size());
        const QVariant service = sqlvalue::text(c.serviceId);
        const QVariant policy = sqlvalue::text(c.policy);
        for (const QString &citizen : std::as_const(deliver)) {
            const QString id = QUuid::createUuidV5(kInboxNamespace, c.id + QLatin1Char('/') + citizen)
                                   .toString(QUuid::WithoutBraces);
            messages.append({id, c.id, citizen, c.title, c.content, service, policy, c.channel, at});
        }
        if (auto r =
                insertRows(conn,
                           QStringLiteral("INSERT INTO citizen_inbox (id, campaign_id, citizen_id, title, "
                                          "content, service_id, policy, channel, delivered_at)"),
                           QStringLiteral(" ON CONFLICT (campaign_id, citizen_id) DO NOTHING"), 9, messages);
            !r)
            return r.error();
        for (const auto &[ids, state] : {std::pair{&deliver, QStringLiteral("delivered")},
                                         std::pair{&holdOut, QStringLiteral("held_out")},
                                         std::pair{&skip, QStringLiteral("skipped_cap")}}) {
            if (auto r = setMemberState(conn, c.id, *ids, state, now); !r)
                return r.error();
        }
        // The counters (and queued, counted from the members) moved: a new version of the campaign.
        auto seq = updateLogged(conn, c.id,
                                QStringLiteral("UPDATE campaigns SET delivered = delivered + ?, skipped = "
                                               "skipped + ?, version = version + 1, updated_at = ? WHERE id "
                                               "= ?"),
                                {qint64(deliver.size()), qint64(skip.size()), at, c.id});
        if (!seq)
            return seq.error();
        changed = *seq;
        return qint64(sentGroup.size() + holdoutGroup.size());
    });
}

Result<qint64> CampaignDispatcher::scanTrigger(const QString &campaignId, const QDateTime &now)
{
    return write<qint64>([&](QSqlDatabase &conn, qint64 &changed) -> Result<qint64> {
        auto found = CampaignStore(m_db).find(campaignId);
        if (!found)
            return found.error();
        if (!*found || (*found)->state != QLatin1String("sending") ||
            (*found)->schedule.kind != QLatin1String("trigger"))
            return 0;
        const Campaign &c = **found;
        const int offset = c.schedule.offsetDays.value_or(0);
        // Life events whose day plus the offset falls between the start of sending and today.
        const QDate first = worktime::localDate(c.startedAt.value_or(now)).addDays(-offset);
        const QDate last = worktime::localDate(now).addDays(-offset);
        QStringList candidates;
        {
            auto q =
                execSql(conn,
                        QStringLiteral("SELECT ct.citizen_id FROM citizen_tags ct WHERE ct.tag_id = ? AND "
                                       "ct.since >= ? AND ct.since <= ? AND NOT EXISTS (SELECT 1 FROM "
                                       "campaign_members m WHERE m.campaign_id = ? AND m.citizen_id = "
                                       "ct.citizen_id) ORDER BY ct.citizen_id"),
                        {c.schedule.triggerTag.value_or(QString()), first.toString(Qt::ISODate),
                         last.toString(Qt::ISODate), c.id});
            if (!q)
                return q.error();
            while (q->next())
                candidates.append(q->value(0).toString());
        }
        Added added;
        if (!candidates.isEmpty()) {
            auto audience = m_audience(c.areaCode, c.audience);
            if (!audience)
                return audience.error();
            const QSet<QString> inAudience(audience->cbegin(), audience->cend());
            QStringList joining;
            for (const QString &id : std::as_const(candidates)) {
                if (inAudience.contains(id))
                    joining.append(id);
            }
            auto a = addMembers(c.id, c.holdoutPercent, joining, c.members, c.holdout, now);
            if (!a)
                return a.error();
            added = *a;
        }
        const QString at = toIsoUtc(now);
        if (added.members == 0) {
            // Nothing the campaign shows changed: only when the scan ran.
            if (auto r =
                    execSql(conn, QStringLiteral("UPDATE campaigns SET trigger_scanned_at = ? WHERE id = ?"),
                            {at, c.id});
                !r)
                return r.error();
            return qint64(0);
        }
        auto seq = updateLogged(conn, c.id,
                                QStringLiteral("UPDATE campaigns SET members = members + ?, sent = sent + ?, "
                                               "holdout = holdout + ?, trigger_scanned_at = ?, version = "
                                               "version + 1, updated_at = ? WHERE id = ?"),
                                {added.members, added.members - added.heldOut, added.heldOut, at, at, c.id});
        if (!seq)
            return seq.error();
        changed = *seq;
        return added.members;
    });
}

} // namespace gd::server
