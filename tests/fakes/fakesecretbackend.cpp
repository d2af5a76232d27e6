#include "fakesecretbackend.h"

#include <QTimer>

namespace gd::test {

void FakeSecretBackend::failWith(std::optional<SecretReply::Status> status, const QString &detail)
{
    m_failure = status;
    m_failureDetail = detail;
}

void FakeSecretBackend::start(const SecretRequest &request, QObject *context, ReplyHandler onReply)
{
    m_requests.append(request);
    if (m_mode == Mode::Hold) {
        m_held.append(Held{request, context, std::move(onReply)});
        return;
    }
    const SecretReply reply = apply(request);
    QTimer::singleShot(0, context, [reply, onReply = std::move(onReply)] { onReply(reply); });
}

void FakeSecretBackend::releaseHeld()
{
    const QList<Held> held = std::exchange(m_held, {});
    for (const Held &h : held) {
        const SecretReply reply = apply(h.request);
        if (h.context)
            h.onReply(reply);
    }
}

SecretReply FakeSecretBackend::apply(const SecretRequest &request)
{
    SecretReply reply;
    if (m_failure) {
        reply.status = *m_failure;
        reply.detail = m_failureDetail;
        return reply;
    }
    reply.status = SecretReply::Status::Ok;
    switch (request.operation) {
    case SecretOperation::Read:
        if (!m_entries.contains(request.key)) {
            reply.status = SecretReply::Status::EntryNotFound;
            reply.detail = QStringLiteral("Entry not found");
        } else {
            reply.data = m_entries.value(request.key);
        }
        break;
    case SecretOperation::Write:
        m_entries.insert(request.key, request.secret);
        break;
    case SecretOperation::Delete:
        if (m_entries.remove(request.key) == 0) {
            reply.status = SecretReply::Status::EntryNotFound;
            reply.detail = QStringLiteral("Entry not found");
        }
        break;
    }
    return reply;
}

} // namespace gd::test
