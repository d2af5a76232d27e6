#include "store/visitrepository.h"

#include <QUuid>

namespace gd::store {

VisitRepository::VisitRepository(Connection &connection, SearchIndex &search, LocalWriter &writer)
    : Repository(connection, search, QStringLiteral("visit"),
                 ListSpec{{{QStringLiteral("grid"), "grid_id = ?"},
                           {QStringLiteral("citizen"), "citizen_id = ?"},
                           {QStringLiteral("kind"), "kind = ?"}},
                          {{QStringLiteral("visited_at"), "visited_at"}},
                          "visited_at"})
    , m_writer(writer)
{
}

Result<OutboxItem> VisitRepository::record(Visit visit)
{
    static const QStringList kinds{QStringLiteral("routine"), QStringLiteral("special_group"),
                                   QStringLiteral("incident_followup"), QStringLiteral("other")};
    if (!kinds.contains(visit.kind))
        return makeError(ErrorCode::BadRequest, QStringLiteral("unknown visit kind"));
    const QString summary = visit.summary.trimmed();
    if (summary.isEmpty() || summary.size() > 2000)
        return makeError(ErrorCode::BadRequest, QStringLiteral("the summary must have 1 to 2000 characters"));
    if (visit.gridId.isEmpty() || !visit.visitedAt.isValid())
        return makeError(ErrorCode::BadRequest, QStringLiteral("a visit needs a grid and a time"));
    if (visit.id.isEmpty())
        visit.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    visit.summary = summary;
    visit.version = 0; // not on the server yet
    visit.updatedAt = QDateTime::currentDateTimeUtc();

    QJsonObject body{{QStringLiteral("id"), visit.id},
                     {QStringLiteral("grid_id"), visit.gridId},
                     {QStringLiteral("kind"), visit.kind},
                     {QStringLiteral("visited_at"), toIsoUtc(visit.visitedAt)},
                     {QStringLiteral("summary"), visit.summary}};
    if (visit.citizenId)
        body.insert(QStringLiteral("citizen_id"), *visit.citizenId);
    if (visit.householdId)
        body.insert(QStringLiteral("household_id"), *visit.householdId);

    OutboxItem request;
    request.method = QStringLiteral("POST");
    request.path = QStringLiteral("/api/v1/visits");
    request.body = body;
    request.entity = QStringLiteral("visit");
    request.entityId = visit.id;
    request.summary = visit.kind;
    return m_writer.write(m_reader.table(), toJson(visit), std::move(request));
}

} // namespace gd::store
