#include "net/revealjob.h"

#include "core/logging.h"
#include "net/apicall.h"
#include "net/apiclient.h"
#include "net/replydecoder.h"

#include <QTimer>

namespace gd {

namespace {

Error badField(const QString &field, const QString &message)
{
    return makeError(ErrorCode::BadRequest, field + QStringLiteral(": ") + message,
                     QJsonObject{{QStringLiteral("field"), field}});
}

// Ids as the server accepts them in a path (anything else cannot name an object: NotFound).
bool isPlausibleId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

} // namespace

RevealJob::RevealJob(ApiClient *client, Subject subject, QString id, RevealRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_subject(subject)
    , m_id(std::move(id))
    , m_request(std::move(request))
{
    qRegisterMetaType<Result<RevealedIdentifiers>>();
}

Result<void> RevealJob::validate(Subject subject, const RevealRequest &request)
{
    const QStringList allowed = subject == Subject::Citizen
                                    ? QStringList{QStringLiteral("id_number"), QStringLiteral("phone")}
                                    : QStringList{QStringLiteral("phone")};
    if (request.fields_.isEmpty())
        return badField(QStringLiteral("fields"), QStringLiteral("name at least one field"));
    for (const QString &f : request.fields_) {
        if (!allowed.contains(f))
            return badField(QStringLiteral("fields"), QStringLiteral("cannot reveal ") + f.left(40));
    }
    const qsizetype reason = request.reason.trimmed().size();
    if (reason < kMinimumReason || reason > kMaximumReason)
        return badField(QStringLiteral("reason"), QStringLiteral("give a reason of 2 to 200 characters"));
    return {};
}

void RevealJob::start()
{
    if (m_started)
        return;
    m_started = true;
    const bool citizen = m_subject == Subject::Citizen;
    Result<void> valid = validate(m_subject, m_request);
    if (valid && !isPlausibleId(m_id))
        valid = makeError(ErrorCode::NotFound, citizen ? QStringLiteral("citizen not found")
                                                       : QStringLiteral("enterprise not found"));
    if (!valid) {
        // Refused here: still answer after start() has returned, as every job does.
        QTimer::singleShot(0, this, [this, error = valid.error()] { finish(error); });
        return;
    }
    RevealRequest body = m_request;
    body.reason = body.reason.trimmed();
    const QString path =
        (citizen ? QStringLiteral("/api/v1/citizens/") : QStringLiteral("/api/v1/enterprises/")) + m_id +
        QStringLiteral("/reveal");
    ApiCall *call = m_client->send(ApiRequest::post(path, toJson(body)), this);
    const QStringList asked = m_request.fields_;
    connect(call, &ApiCall::finished, this, [this, asked](const Result<ApiResponse> &reply) {
        if (!reply) {
            qCInfo(lcNet).noquote() << "reveal refused:" << errorCodeName(reply.error().code);
            finish(reply.error());
            return;
        }
        RevealedIdentifiers revealed;
        revealed.auditSeq = reply->json.value(QLatin1String("audit_seq")).toInteger();
        for (const QString &field : asked) {
            const QJsonValue value = reply->json.value(field);
            if (!value.isString()) {
                finish(ReplyDecoder::badReply(field + QStringLiteral(" is missing")));
                return;
            }
            if (field == QLatin1String("id_number"))
                revealed.idNumber = value.toString();
            else
                revealed.phone = value.toString();
        }
        finish(revealed);
    });
    call->start();
}

void RevealJob::finish(const Result<RevealedIdentifiers> &result)
{
    emit finished(result);
    deleteLater();
}

} // namespace gd
