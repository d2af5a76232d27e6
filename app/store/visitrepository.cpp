#include "store/visitrepository.h"

#include "store/clientid.h"

namespace gd::store {

namespace {

const QString kEntity = QStringLiteral("visit");

} // namespace

VisitRepository::VisitRepository(Connection &connection, SearchIndex &search, LocalWriter &writer)
    : Repository(connection, search, kEntity,
                 ListSpec{{{QStringLiteral("grid"), "grid_id = ?"},
                           {QStringLiteral("citizen"), "citizen_id = ?"},
                           {QStringLiteral("household"), "household_id = ?"},
                           {QStringLiteral("staff"), "staff_id = ?"},
                           {QStringLiteral("kind"), "kind = ?"}},
                          {{QStringLiteral("visited_at"), "visited_at"}},
                          "visited_at"})
    , m_writer(writer)
{
}

Result<OutboxItem> VisitRepository::record(Visit visit)
{
    auto id = clientObjectId(visit.id);
    if (!id)
        return id.error();
    visit.id = *id;
    if (auto r = normalizeVisit(visit); !r)
        return r.error();
    visit.version = 0; // not on the server yet
    visit.updatedAt = QDateTime::currentDateTimeUtc();

    VisitCreateRequest request;
    request.id = visit.id;
    request.gridId = visit.gridId;
    request.citizenId = visit.citizenId;
    request.householdId = visit.householdId;
    request.kind = visit.kind;
    request.visitedAt = visit.visitedAt;
    request.summary = visit.summary;
    request.followUp = visit.followUp;
    request.followUpDue = visit.followUpDue;
    QJsonObject body = toJson(request);
    for (const QString &key : body.keys()) {
        if (body.value(key).isNull())
            body.remove(key);
    }

    OutboxItem item;
    item.method = QStringLiteral("POST");
    item.path = QStringLiteral("/api/v1/visits");
    item.body = body;
    item.entity = kEntity;
    item.entityId = visit.id;
    item.summary = visit.kind;
    return m_writer.write(m_reader.table(), toJson(visit), std::move(item));
}

Result<OutboxItem> VisitRepository::update(const QString &id, const VisitUpdate &changes,
                                           const StaffUser &actor, const QDateTime &now)
{
    auto found = get(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such visit in the local copy"));
    const Visit before = std::move(**found);
    if (actor.role != QLatin1String("grid_manager") || !actor.gridIds.contains(before.gridId))
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("only the grid managers of the visit's grid correct it"));
    Visit v = before;
    if (changes.kind)
        v.kind = *changes.kind;
    if (changes.summary)
        v.summary = *changes.summary;
    if (changes.followUp)
        v.followUp = *changes.followUp;
    if (changes.followUpDue)
        v.followUpDue = *changes.followUpDue;
    if (auto r = normalizeVisit(v); !r)
        return r.error();
    if (!v.followUp)
        v.followUpDue.reset(); // no follow-up, nothing due

    auto confirmed = m_writer.outbox().confirmedBase(kEntity, id, before.version);
    if (!confirmed)
        return confirmed.error();
    QJsonObject body{{QStringLiteral("base_version"), *confirmed}};
    if (v.kind != before.kind)
        body.insert(QStringLiteral("kind"), v.kind);
    if (v.summary != before.summary)
        body.insert(QStringLiteral("summary"), v.summary);
    if (v.followUp != before.followUp)
        body.insert(QStringLiteral("follow_up"), v.followUp.value_or(QString()));
    if (v.followUpDue != before.followUpDue && v.followUpDue)
        body.insert(QStringLiteral("follow_up_due"), v.followUpDue->toString(Qt::ISODate));
    if (body.size() == 1)
        return makeError(ErrorCode::BadRequest, QStringLiteral("nothing to change"));
    v.updatedAt = now.toUTC();

    OutboxItem item;
    item.method = QStringLiteral("PATCH");
    item.path = QStringLiteral("/api/v1/visits/") + id;
    item.body = body;
    item.entity = kEntity;
    item.entityId = id;
    item.baseVersion = *confirmed;
    item.summary = v.kind;
    return m_writer.write(m_reader.table(), toJson(v), std::move(item));
}

} // namespace gd::store
