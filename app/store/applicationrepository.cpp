#include "store/applicationrepository.h"

#include "store/clientid.h"

#include <QJsonDocument>

namespace gd::store {

namespace {

constexpr qsizetype kMaxRemark = 2000;

Error badField(const QString &field, const QString &message)
{
    return makeError(ErrorCode::BadRequest, field + QStringLiteral(": ") + message,
                     QJsonObject{{QStringLiteral("field"), field}});
}

} // namespace

ApplicationRepository::ApplicationRepository(Connection &connection, SearchIndex &search, LocalWriter &writer,
                                             const CitizenRepository &citizens,
                                             const EnterpriseRepository &enterprises,
                                             const ServiceRepository &services)
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
    , m_connection(connection)
    , m_writer(writer)
    , m_citizens(citizens)
    , m_enterprises(enterprises)
    , m_services(services)
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

Result<OutboxItem> ApplicationRepository::start(ApplicationCreateRequest request, const QDateTime &now)
{
    auto id = clientObjectId(request.id);
    if (!id)
        return id.error();
    const bool citizen = request.applicantType == QLatin1String("citizen");
    if (!citizen && request.applicantType != QLatin1String("enterprise"))
        return badField(QStringLiteral("applicant_type"), QStringLiteral("must be citizen or enterprise"));
    if (request.applicantId.isEmpty())
        return badField(QStringLiteral("applicant_id"), QStringLiteral("is required"));
    if (request.remark && request.remark->size() > kMaxRemark)
        return badField(QStringLiteral("remark"), QStringLiteral("at most 2000 characters"));
    if (!now.isValid())
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("an application needs the time it is started"));
    auto found = m_services.get(request.serviceId);
    if (!found)
        return found.error();
    if (!*found)
        return badField(QStringLiteral("service_id"),
                        QStringLiteral("no such service in the local catalogue"));
    const ServiceItem &service = **found;
    if (service.applicantType != request.applicantType)
        return badField(QStringLiteral("applicant_type"),
                        QStringLiteral("the service is for %1 applicants").arg(service.applicantType));
    if (service.steps.isEmpty())
        return badField(QStringLiteral("service_id"), QStringLiteral("the service has no workflow"));

    request.id = *id;
    const QDateTime submitted = now.toUTC();
    Application a;
    a.id = request.id;
    a.serviceId = service.id;
    a.applicantType = request.applicantType;
    a.applicantId = request.applicantId;
    a.channel = QStringLiteral("counter");
    a.submittedAt = submitted;
    a.version = 0; // not on the server yet
    a.remark = request.remark.value_or(QString());
    a.priority = QStringLiteral("normal");
    if (citizen) {
        auto applicant = m_citizens.get(request.applicantId);
        if (!applicant)
            return applicant.error();
        if (*applicant) {
            a.applicantName = (*applicant)->name;
            a.applicantIdMasked = (*applicant)->idNumber; // masked in the local copy
            a.districtCode = (*applicant)->districtCode;
            a.gridId = (*applicant)->gridId;
        }
    } else {
        auto applicant = m_enterprises.get(request.applicantId);
        if (!applicant)
            return applicant.error();
        if (*applicant) {
            a.applicantName = (*applicant)->name;
            a.applicantIdMasked = (*applicant)->uscc;
            a.districtCode = (*applicant)->districtCode;
            a.gridId = (*applicant)->gridId;
        }
    }
    // Steps, due dates and the submit event as the server will make them (it answers with its copy).
    startWorkflow(a, service, WorkflowActor{}, submitted);

    OutboxItem item;
    item.method = QStringLiteral("POST");
    item.path = QStringLiteral("/api/v1/applications");
    item.body = toJson(request);
    item.entity = QStringLiteral("application");
    item.entityId = a.id;
    item.summary = service.name;
    return m_writer.write(m_reader.table(), toJson(a), std::move(item));
}

Result<bool> ApplicationRepository::hasPendingWrites(const QString &applicationId) const
{
    return m_writer.outbox().hasPending(QStringLiteral("application"), applicationId);
}

Result<ApplicationRepository::Prepared> ApplicationRepository::prepareAction(const QString &applicationId,
                                                                             const ApplicationAction &action,
                                                                             const WorkflowActor &actor,
                                                                             const QDateTime &now) const
{
    if (!now.isValid())
        return makeError(ErrorCode::BadRequest, QStringLiteral("an action needs the time it is taken"));
    auto json = m_reader.jsonById(applicationId);
    if (!json)
        return json.error();
    if (!*json)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such application in the local copy"));
    auto decoded = decode(**json);
    if (!decoded)
        return decoded.error();
    Application application = std::move(*decoded);
    const qint64 seen = action.baseVersion > 0 ? action.baseVersion : application.version;

    // The base the server gets: the last version it confirmed. With writes of this application still
    // queued, that is the first one's base (the cached copy already shows their optimistic result).
    auto confirmed = m_writer.outbox().confirmedBase(QStringLiteral("application"), applicationId, seen);
    if (!confirmed)
        return confirmed.error();

    ApplicationAction local = action;
    local.baseVersion = seen;
    if (auto r = applyAction(application, local, actor, now); !r)
        return r.error();

    ApplicationAction wire = action;
    wire.baseVersion = *confirmed;
    Prepared prepared;
    prepared.object = toJson(application);
    OutboxItem &request = prepared.request;
    request.method = QStringLiteral("POST");
    request.path = QStringLiteral("/api/v1/applications/") + applicationId + QStringLiteral("/actions");
    request.body = toJson(wire);
    request.entity = QStringLiteral("application");
    request.entityId = applicationId;
    request.baseVersion = *confirmed;
    request.summary = application.number;
    return prepared;
}

Result<OutboxItem> ApplicationRepository::act(const QString &applicationId, const ApplicationAction &action,
                                              const WorkflowActor &actor, const QDateTime &now)
{
    auto prepared = prepareAction(applicationId, action, actor, now);
    if (!prepared)
        return prepared.error();
    return m_writer.write(m_reader.table(), prepared->object, std::move(prepared->request));
}

Result<ApplicationRepository::BatchResult>
ApplicationRepository::actMany(const QList<QPair<QString, ApplicationAction>> &actions,
                               const WorkflowActor &actor, const QDateTime &now)
{
    BatchResult result;
    QList<QPair<QJsonObject, OutboxItem>> writes;
    QSet<QString> seen;
    for (const auto &[id, action] : actions) {
        // One action per application in a batch: a second one would need the first one's result.
        if (seen.contains(id)) {
            result.refused.append({id, makeError(ErrorCode::BadRequest,
                                                 QStringLiteral("one action per application in a batch"))});
            continue;
        }
        seen.insert(id);
        auto prepared = prepareAction(id, action, actor, now);
        if (!prepared) {
            if (prepared.error().code == ErrorCode::Storage)
                return prepared.error();
            result.refused.append({id, prepared.error()});
            continue;
        }
        writes.append({prepared->object, prepared->request});
    }
    if (writes.isEmpty())
        return result;
    auto queued = m_writer.writeMany(m_reader.table(), writes);
    if (!queued)
        return queued.error();
    result.queued = std::move(*queued);
    return result;
}

} // namespace gd::store
