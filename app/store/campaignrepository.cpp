#include "store/campaignrepository.h"

#include "store/clientid.h"

#include "domain/grid.h"

namespace gd::store {

namespace {

const QString kEntity = QStringLiteral("campaign");

Error refused(ErrorCode code, const QString &reason, const QString &message)
{
    return makeError(code, message, QJsonObject{{QStringLiteral("reason"), reason}});
}

// The area the server files a campaign of `author` under (CampaignStore::areaOf).
QString areaOf(const StaffUser &author)
{
    if (author.role == QLatin1String("supervisor") && author.areaCode && !author.areaCode->isEmpty())
        return *author.areaCode;
    return QStringLiteral("city");
}

// A grid manager's campaign is a notice to his grids (the server's rule, CampaignRoutes::placeInGrid):
// its audience must be confined to them, and it belongs to the first grid it is confined to. Its area (the
// grid's district) is the server's to fill in; until it answers the local copy keeps areaOf()'s.
Result<void> placeInGrid(Campaign &c, const StaffUser &author)
{
    if (author.role != QLatin1String("grid_manager"))
        return {};
    auto audience = parseAudienceExpression(c.audience, QStringLiteral("audience"));
    if (!audience)
        return audience.error();
    const QStringList grids = confiningGrids(*audience, author.gridIds);
    if (grids.isEmpty())
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("audience: a grid manager's audience must be limited to his grids"),
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("audience")},
                                     {QStringLiteral("reason"), QStringLiteral("outside_grids")}});
    c.gridId = grids.first();
    return {};
}

} // namespace

CampaignRepository::CampaignRepository(Connection &connection, SearchIndex &search, LocalWriter &writer,
                                       const ServiceRepository &services)
    : Repository(
          connection, search, kEntity,
          ListSpec{
              {{QStringLiteral("state"), "state = ?"}, {QStringLiteral("creator"), "created_by = ?"}},
              {{QStringLiteral("updated_at"), "updated_at"}, {QStringLiteral("created_at"), "created_at"}},
              "updated_at"})
    , m_writer(writer)
    , m_services(services)
{
}

Result<Campaign> CampaignRepository::load(const QString &id) const
{
    auto found = get(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such campaign in the local copy"));
    return std::move(**found);
}

Result<void> CampaignRepository::checkService(const Campaign &campaign) const
{
    if (!campaign.serviceId)
        return {};
    auto service = m_services.get(*campaign.serviceId);
    if (!service)
        return service.error();
    const QJsonObject field{{QStringLiteral("field"), QStringLiteral("service_id")}};
    if (!*service)
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("service_id: no such service in the local catalogue"), field);
    if ((*service)->applicantType != QLatin1String("citizen"))
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("service_id: is a service for enterprises, not citizens"), field);
    return {};
}

Result<OutboxItem> CampaignRepository::create(CampaignCreateRequest request, const StaffUser &author,
                                              const QDateTime &now)
{
    auto id = clientObjectId(request.id);
    if (!id)
        return id.error();
    if (!now.isValid())
        return makeError(ErrorCode::BadRequest, QStringLiteral("a campaign needs the time it is made"));
    Campaign c;
    c.id = *id;
    c.title = request.title;
    c.content = request.content;
    c.serviceId = request.serviceId;
    c.policy = request.policy;
    c.audience = request.audience;
    c.schedule = request.schedule;
    c.frequencyCapDays = request.frequencyCapDays.value_or(kCampaignDefaultCapDays);
    c.channel = request.channel;
    c.holdoutPercent = request.holdoutPercent.value_or(kCampaignDefaultHoldoutPercent);
    c.state = QStringLiteral("draft");
    c.createdBy = author.id;
    c.createdByName = author.displayName;
    if (author.role == QLatin1String("officer"))
        c.departmentId = author.departmentId;
    c.areaCode = areaOf(author);
    c.createdAt = now.toUTC();
    c.updatedAt = c.createdAt;
    c.version = 0; // not on the server yet
    if (auto r = normalizeCampaign(c, now); !r)
        return r.error();
    if (auto r = placeInGrid(c, author); !r)
        return r.error();
    if (auto r = checkService(c); !r)
        return r.error();

    // The wire request carries the normalised fields, so that the server stores what the user saw.
    request.id = c.id;
    request.title = c.title;
    request.content = c.content;
    request.serviceId = c.serviceId;
    request.policy = c.policy;
    request.schedule = c.schedule;
    request.frequencyCapDays = c.frequencyCapDays;
    request.holdoutPercent = c.holdoutPercent;

    OutboxItem item;
    item.method = QStringLiteral("POST");
    item.path = QStringLiteral("/api/v1/campaigns");
    item.body = toJson(request);
    item.entity = kEntity;
    item.entityId = c.id;
    item.summary = c.title;
    return m_writer.write(m_reader.table(), toJson(c), std::move(item));
}

Result<OutboxItem> CampaignRepository::update(const QString &id, const CampaignUpdate &changes,
                                              const StaffUser &author, const QDateTime &now)
{
    if (!now.isValid())
        return makeError(ErrorCode::BadRequest, QStringLiteral("a change needs the time it is made"));
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    Campaign c = std::move(*loaded);
    if (c.createdBy != author.id)
        return refused(ErrorCode::Forbidden, QStringLiteral("not_creator"),
                       QStringLiteral("only the campaign's creator may change it"));
    if (c.state != QLatin1String("draft"))
        return refused(ErrorCode::Conflict, QStringLiteral("not_draft"),
                       QStringLiteral("only a draft can be changed"));
    const auto take = [](auto &target, const auto &value) {
        if (value)
            target = *value;
    };
    take(c.title, changes.title);
    take(c.content, changes.content);
    if (changes.serviceId)
        c.serviceId = changes.serviceId;
    if (changes.policy)
        c.policy = changes.policy;
    take(c.audience, changes.audience);
    take(c.schedule, changes.schedule);
    take(c.frequencyCapDays, changes.frequencyCapDays);
    take(c.channel, changes.channel);
    take(c.holdoutPercent, changes.holdoutPercent);
    if (auto r = normalizeCampaign(c, now); !r)
        return r.error();
    if (auto r = placeInGrid(c, author); !r)
        return r.error();
    if (auto r = checkService(c); !r)
        return r.error();
    c.updatedAt = now.toUTC();

    auto confirmed = m_writer.outbox().confirmedBase(kEntity, id, c.version);
    if (!confirmed)
        return confirmed.error();
    CampaignUpdate wire = changes;
    wire.baseVersion = *confirmed;
    // Sent as the user now sees them (trimmed); "" clears the service or the policy.
    if (wire.title)
        wire.title = c.title;
    if (wire.content)
        wire.content = c.content;
    if (wire.policy)
        wire.policy = c.policy.value_or(QString());
    if (wire.schedule)
        wire.schedule = c.schedule;

    OutboxItem item;
    item.method = QStringLiteral("PATCH");
    item.path = QStringLiteral("/api/v1/campaigns/") + id;
    // Only the fields that change: an absent field stays as it is on the server, and the sync engine
    // shows a queued change's fields over the server's copy, so a null would blank the field.
    item.body = toJson(wire);
    for (const QString &key : item.body.keys()) {
        if (item.body.value(key).isNull())
            item.body.remove(key);
    }
    item.entity = kEntity;
    item.entityId = id;
    item.baseVersion = *confirmed;
    item.summary = c.title;
    return m_writer.write(m_reader.table(), toJson(c), std::move(item));
}

Result<OutboxItem> CampaignRepository::act(const QString &id, const CampaignAction &action,
                                           const StaffUser &actor, const QDateTime &now)
{
    if (!now.isValid())
        return makeError(ErrorCode::BadRequest, QStringLiteral("an action needs the time it is taken"));
    if (!campaignActions().contains(action.action))
        return makeError(ErrorCode::BadRequest, QStringLiteral("action: unknown action"),
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("action")}});
    const QString reason = action.reason.value_or(QString()).trimmed();
    const bool needsReason =
        action.action == QLatin1String("reject") || action.action == QLatin1String("cancel");
    if ((needsReason || !reason.isEmpty()) &&
        (reason.size() < kCampaignMinReason || reason.size() > kCampaignMaxReason))
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("reason: give a reason of 2 to 500 characters"),
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("reason")}});
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    Campaign c = std::move(*loaded);
    const QDateTime at = now.toUTC();
    const QString &name = action.action;
    if (name == QLatin1String("submit")) {
        if (c.createdBy != actor.id)
            return refused(ErrorCode::Forbidden, QStringLiteral("not_creator"),
                           QStringLiteral("only the campaign's creator may submit it"));
        if (c.state != QLatin1String("draft"))
            return refused(ErrorCode::Conflict, QStringLiteral("not_draft"),
                           QStringLiteral("only a draft can be submitted"));
        if (auto r = normalizeCampaign(c, now); !r)
            return r.error();
        if (auto r = placeInGrid(c, actor); !r)
            return r.error();
        // The server decides whether the audience needs an approval; until it answers the campaign
        // shows as waiting for one.
        c.state = QStringLiteral("pending_approval");
        c.submittedAt = at;
        c.rejectionReason.reset();
    } else if (name == QLatin1String("approve") || name == QLatin1String("reject")) {
        if (!isCampaignApprover(actor.role))
            return refused(ErrorCode::Forbidden, QStringLiteral("not_approver"),
                           QStringLiteral("only supervisors approve campaigns"));
        if (c.createdBy == actor.id)
            return refused(ErrorCode::Forbidden, QStringLiteral("own_campaign"),
                           QStringLiteral("a campaign is approved by someone other than its creator"));
        if (c.state != QLatin1String("pending_approval"))
            return refused(ErrorCode::Conflict, QStringLiteral("not_pending"),
                           QStringLiteral("only a campaign waiting for approval can be decided"));
        if (name == QLatin1String("approve")) {
            c.state = QStringLiteral("approved");
            c.approvedBy = actor.id;
            c.approvedAt = at;
        } else {
            c.state = QStringLiteral("draft");
            c.rejectionReason = reason;
        }
    } else { // cancel
        if (c.createdBy != actor.id && !isCampaignApprover(actor.role))
            return refused(ErrorCode::Forbidden, QStringLiteral("not_creator"),
                           QStringLiteral("only the creator or a supervisor may cancel a campaign"));
        if (c.state == QLatin1String("sent") || c.state == QLatin1String("cancelled"))
            return refused(ErrorCode::Conflict, QStringLiteral("finished"),
                           QStringLiteral("a sent or cancelled campaign cannot be cancelled"));
        c.state = QStringLiteral("cancelled");
        c.cancelReason = reason;
        c.finishedAt = at;
    }
    c.updatedAt = at;

    auto confirmed = m_writer.outbox().confirmedBase(kEntity, id, c.version);
    if (!confirmed)
        return confirmed.error();
    CampaignAction wire = action;
    if (!reason.isEmpty())
        wire.reason = reason;
    // A decision is on the version the supervisor saw; a cancel stops the campaign whatever the
    // dispatcher has done since.
    if (name != QLatin1String("cancel"))
        wire.baseVersion = *confirmed;
    else
        wire.baseVersion.reset();

    OutboxItem item;
    item.method = QStringLiteral("POST");
    item.path = QStringLiteral("/api/v1/campaigns/") + id + QStringLiteral("/actions");
    item.body = toJson(wire);
    if (!wire.baseVersion)
        item.body.remove(QStringLiteral("base_version"));
    if (!wire.reason)
        item.body.remove(QStringLiteral("reason"));
    item.entity = kEntity;
    item.entityId = id;
    item.baseVersion = wire.baseVersion; // none for a cancel: the sync engine has nothing to rebase
    item.summary = c.title;
    return m_writer.write(m_reader.table(), toJson(c), std::move(item));
}

Result<CampaignListing> CampaignRepository::listing(int limit) const
{
    ListQuery query;
    query.sort = QStringLiteral("updated_at");
    query.descending = true;
    query.limit = limit;
    auto rows = items(query);
    if (!rows)
        return rows.error();
    auto pending = m_writer.outbox().pendingObjects();
    if (!pending)
        return pending.error();
    CampaignListing out;
    out.items = std::move(*rows);
    const QString prefix = kEntity + QLatin1Char('/');
    for (const QString &key : std::as_const(*pending)) {
        if (key.startsWith(prefix))
            out.pending.insert(key.mid(prefix.size()));
    }
    return out;
}

Result<bool> CampaignRepository::hasPendingWrites(const QString &id) const
{
    return m_writer.outbox().hasPending(kEntity, id);
}

} // namespace gd::store
