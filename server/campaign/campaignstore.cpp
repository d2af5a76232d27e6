#include "campaign/campaignstore.h"

#include "db/rowreader.h"
#include "db/sqlvalues.h"

#include <QJsonDocument>

namespace gd::server {
namespace {

using sqlvalue::integer;
using sqlvalue::text;
using sqlvalue::time;

const QString kColumns = QStringLiteral(
    "k.id, k.title, k.content, k.service_id, k.policy, k.audience, k.schedule_kind, k.schedule_at, "
    "k.trigger_tag, k.offset_days, k.frequency_cap_days, k.channel, k.holdout_percent, k.state, "
    "k.audience_size, k.members, k.sent, k.holdout, k.delivered, k.skipped, k.created_by, "
    "COALESCE((SELECT s.display_name FROM staff s WHERE s.id = k.created_by), k.created_by) AS "
    "created_by_name, k.department_id, k.area_code, k.grid_id, k.created_at, k.submitted_at, k.approved_by, "
    "k.approved_at, k.rejection_reason, k.cancel_reason, k.started_at, k.finished_at, k.version, "
    "k.updated_at, (SELECT COUNT(*) FROM campaign_members m WHERE m.campaign_id = k.id AND m.state = "
    "'queued') AS queued");

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The columns a campaign's owner and its actions change, in the order of kUpdate's and kInsert's binds.
QVariantList editableBinds(const Campaign &c)
{
    return {c.title,
            c.content,
            text(c.serviceId),
            text(c.policy),
            json(c.audience),
            c.schedule.kind,
            time(c.schedule.at),
            text(c.schedule.triggerTag),
            integer(c.schedule.offsetDays),
            c.frequencyCapDays,
            c.channel,
            c.holdoutPercent,
            c.state,
            c.audienceSize,
            time(c.submittedAt),
            text(c.approvedBy),
            time(c.approvedAt),
            text(c.rejectionReason),
            text(c.cancelReason),
            time(c.finishedAt),
            c.version,
            toIsoUtc(c.updatedAt)};
}

} // namespace

CampaignStore::CampaignStore(Database &db)
    : m_db(db)
{
}

SqlFilter CampaignStore::scope(const Principal &who)
{
    if (who.seesEverything())
        return SqlFilter::always();
    switch (who.role) {
    case Role::Officer:
        return {QStringLiteral("k.department_id = ?"), {who.departmentId}};
    case Role::Supervisor:
        return {QStringLiteral("k.area_code = ?"), {who.areaCode}};
    case Role::GridManager:
        return inList(QStringLiteral("k.grid_id"), who.gridIds);
    default:
        return SqlFilter::never();
    }
}

QString CampaignStore::areaOf(const Principal &who)
{
    return who.role == Role::Supervisor && !who.seesEverything() ? who.areaCode : QStringLiteral("city");
}

Result<QList<Campaign>> CampaignStore::select(const SqlFilter &where, const QString &tail,
                                              const QVariantList &tailBinds)
{
    QVariantList binds = where.binds;
    binds.append(tailBinds);
    auto q = m_db.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM campaigns k WHERE ") +
                            where.sql + tail,
                        binds);
    if (!q)
        return q.error();
    QList<Campaign> out;
    std::optional<RowReader<Campaign>> reader;
    while ((*q)->next()) {
        if (!reader)
            reader.emplace((*q)->record());
        Campaign c = reader->read(**q);
        QSqlQuery &row = **q;
        c.schedule.kind = row.value(QStringLiteral("schedule_kind")).toString();
        rowreader::convert(row.value(QStringLiteral("schedule_at")), c.schedule.at);
        rowreader::convert(row.value(QStringLiteral("trigger_tag")), c.schedule.triggerTag);
        rowreader::convert(row.value(QStringLiteral("offset_days")), c.schedule.offsetDays);
        out.append(std::move(c));
    }
    return out;
}

Result<Campaign> CampaignStore::load(const Principal &who, const QString &id)
{
    auto rows = select(scope(who) && SqlFilter{QStringLiteral("k.id = ?"), {id}}, {}, {});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("campaign not found"));
    return rows->first();
}

Result<std::optional<Campaign>> CampaignStore::find(const QString &id)
{
    auto rows = select(SqlFilter{QStringLiteral("k.id = ?"), {id}}, {}, {});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Campaign>();
    return std::optional<Campaign>(rows->first());
}

Result<CampaignPage> CampaignStore::list(const Principal &who, const QString &state, qint64 offset, int limit)
{
    SqlFilter where = scope(who);
    if (!state.isEmpty())
        where = where && SqlFilter{QStringLiteral("k.state = ?"), {state}};
    CampaignPage page;
    {
        auto q =
            m_db.query(QStringLiteral("SELECT COUNT(*) FROM campaigns k WHERE ") + where.sql, where.binds);
        if (!q)
            return q.error();
        page.total = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    }
    auto rows =
        select(where, QStringLiteral(" ORDER BY k.created_at DESC, k.id LIMIT ? OFFSET ?"), {limit, offset});
    if (!rows)
        return rows.error();
    page.items = std::move(*rows);
    return page;
}

Result<std::unique_ptr<EntityRows>> CampaignStore::byIds(const Principal &who, const QStringList &ids)
{
    auto rows = std::make_unique<TypedRows<Campaign>>();
    if (!ids.isEmpty()) {
        auto found = select(scope(who) && inListPadded(QStringLiteral("k.id"), ids), {}, {});
        if (!found)
            return found.error();
        rows->items = std::move(*found);
    }
    return std::unique_ptr<EntityRows>(std::move(rows));
}

Result<void> CampaignStore::insert(const Campaign &c)
{
    QVariantList binds{c.id};
    binds.append(editableBinds(c));
    binds.append({c.createdBy, text(c.departmentId), c.areaCode, text(c.gridId), toIsoUtc(c.createdAt)});
    auto q = m_db.query(
        QStringLiteral(
            "INSERT INTO campaigns (id, title, content, service_id, policy, audience, schedule_kind, "
            "schedule_at, trigger_tag, offset_days, frequency_cap_days, channel, holdout_percent, "
            "state, audience_size, submitted_at, approved_by, approved_at, rejection_reason, "
            "cancel_reason, finished_at, version, updated_at, created_by, department_id, area_code, "
            "grid_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?)"),
        binds);
    if (!q)
        return q.error();
    return {};
}

Result<void> CampaignStore::update(const Campaign &before, const Campaign &after)
{
    QVariantList binds = editableBinds(after);
    binds.append({after.areaCode, text(after.gridId), after.id, before.version});
    auto q = m_db.query(
        QStringLiteral(
            "UPDATE campaigns SET title = ?, content = ?, service_id = ?, policy = ?, audience = ?, "
            "schedule_kind = ?, schedule_at = ?, trigger_tag = ?, offset_days = ?, "
            "frequency_cap_days = ?, channel = ?, holdout_percent = ?, state = ?, audience_size = ?, "
            "submitted_at = ?, approved_by = ?, approved_at = ?, rejection_reason = ?, "
            "cancel_reason = ?, finished_at = ?, version = ?, updated_at = ?, area_code = ?, grid_id = ? "
            "WHERE id = ? AND version = ?"),
        binds);
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the campaign was changed by someone else meanwhile"),
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("stale")}});
    return {};
}

} // namespace gd::server
