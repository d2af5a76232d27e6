#include "store/pushrepository.h"

#include "store/clientid.h"

namespace gd::store {

namespace {

constexpr qsizetype kMaxMessage = 500;

Error badField(const QString &field, const QString &message)
{
    return makeError(ErrorCode::BadRequest, field + QStringLiteral(": ") + message,
                     QJsonObject{{QStringLiteral("field"), field}});
}

} // namespace

PushRepository::PushRepository(Connection &connection, SearchIndex &search, LocalWriter &writer,
                               const CitizenRepository &citizens, const ServiceRepository &services)
    : Repository(connection, search, QStringLiteral("push"),
                 ListSpec{{{QStringLiteral("citizen"), "citizen_id = ?"},
                           {QStringLiteral("service"), "service_id = ?"},
                           {QStringLiteral("campaign"), "campaign_id = ?"},
                           {QStringLiteral("status"), "status = ?"}},
                          {{QStringLiteral("sent_at"), "sent_at"}},
                          "sent_at"})
    , m_writer(writer)
    , m_citizens(citizens)
    , m_services(services)
{
}

Result<OutboxItem> PushRepository::send(PushCreateRequest request, const QString &staffId,
                                        const QDateTime &now)
{
    auto id = clientObjectId(request.id);
    if (!id)
        return id.error();
    if (!pushChannels().contains(request.channel))
        return badField(QStringLiteral("channel"), QStringLiteral("unknown channel"));
    const QString message = request.message.trimmed();
    if (message.isEmpty() || message.size() > kMaxMessage)
        return badField(QStringLiteral("message"), QStringLiteral("give 1 to 500 characters"));
    if (request.citizenId.isEmpty())
        return badField(QStringLiteral("citizen_id"), QStringLiteral("is required"));
    if (!now.isValid())
        return makeError(ErrorCode::BadRequest, QStringLiteral("a push needs the time it is sent"));
    auto service = m_services.get(request.serviceId);
    if (!service)
        return service.error();
    if (!*service)
        return badField(QStringLiteral("service_id"),
                        QStringLiteral("no such service in the local catalogue"));
    if ((*service)->applicantType != QLatin1String("citizen"))
        return badField(QStringLiteral("service_id"),
                        QStringLiteral("is a service for enterprises, not citizens"));
    auto citizen = m_citizens.get(request.citizenId);
    if (!citizen)
        return citizen.error();

    request.id = *id;
    request.message = message;
    Push push;
    push.id = request.id;
    push.citizenId = request.citizenId;
    push.serviceId = request.serviceId;
    push.channel = request.channel;
    push.message = message;
    push.sentBy = staffId;
    push.sentAt = now.toUTC();
    push.status = QStringLiteral("queued");
    if (*citizen) {
        push.districtCode = (*citizen)->districtCode;
        push.gridId = (*citizen)->gridId;
    }
    push.version = 0; // not on the server yet
    push.updatedAt = push.sentAt;

    OutboxItem item;
    item.method = QStringLiteral("POST");
    item.path = QStringLiteral("/api/v1/pushes");
    item.body = toJson(request);
    item.entity = QStringLiteral("push");
    item.entityId = push.id;
    item.summary = (*service)->name;
    return m_writer.write(m_reader.table(), toJson(push), std::move(item));
}

} // namespace gd::store
