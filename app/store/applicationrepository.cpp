#include "store/applicationrepository.h"

#include <QJsonDocument>

namespace gd::store {

ApplicationRepository::ApplicationRepository(Connection &connection, SearchIndex &search, LocalWriter &writer)
    : Repository(connection, search, QStringLiteral("application"),
                 ListSpec{{{QStringLiteral("status"), "status = ?"},
                           {QStringLiteral("service"), "service_id = ?"},
                           {QStringLiteral("applicant"), "applicant_id = ?"},
                           {QStringLiteral("priority"), "priority = ?"},
                           {QStringLiteral("grid"), "grid_id = ?"},
                           {QStringLiteral("district"), "district_code = ?"}},
                          {{QStringLiteral("submitted_at"), "submitted_at"},
                           {QStringLiteral("due_at"), "due_at"},
                           {QStringLiteral("number"), "number"}},
                          "submitted_at"})
    , m_writer(writer)
{
}

Result<OutboxItem> ApplicationRepository::updateWorkingFields(const QString &id, const WorkingFields &fields)
{
    if (!fields.remark && !fields.priority)
        return makeError(ErrorCode::BadRequest, QStringLiteral("nothing to change"));
    if (fields.remark && fields.remark->size() > 2000)
        return makeError(ErrorCode::BadRequest, QStringLiteral("the remark is longer than 2000 characters"));
    if (fields.priority && *fields.priority != QLatin1String("normal") &&
        *fields.priority != QLatin1String("urgent"))
        return makeError(ErrorCode::BadRequest, QStringLiteral("priority must be normal or urgent"));
    auto json = m_reader.jsonById(id);
    if (!json)
        return json.error();
    if (!*json)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such application in the local copy"));
    QJsonObject object = QJsonDocument::fromJson(**json).object();
    QJsonObject body{{QStringLiteral("base_version"), object.value(QLatin1String("version"))}};
    if (fields.remark) {
        object.insert(QStringLiteral("remark"), *fields.remark);
        body.insert(QStringLiteral("remark"), *fields.remark);
    }
    if (fields.priority) {
        object.insert(QStringLiteral("priority"), *fields.priority);
        body.insert(QStringLiteral("priority"), *fields.priority);
    }
    OutboxItem request;
    request.method = QStringLiteral("PATCH");
    request.path = QStringLiteral("/api/v1/applications/") + id;
    request.body = body;
    request.entity = QStringLiteral("application");
    request.entityId = id;
    request.baseVersion = object.value(QLatin1String("version")).toInteger();
    request.summary = object.value(QLatin1String("number")).toString();
    return m_writer.write(m_reader.table(), object, std::move(request));
}

} // namespace gd::store
