#include "models/audiencecounter.h"

#include "models/datacontext.h"
#include "net/apicall.h"
#include "net/apiclient.h"
#include "net/replyjson.h"

namespace gd {

AudienceCounter::AudienceCounter(DataContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &AudienceCounter::start);
}

void AudienceCounter::setContext(DataContext *context)
{
    m_context = context;
}

void AudienceCounter::setDelay(int milliseconds)
{
    m_timer.setInterval(std::max(0, milliseconds));
}

void AudienceCounter::setExpression(const QJsonObject &expression)
{
    m_expression = expression;
    abandon();
    ApiClient *client = m_context ? m_context->client() : nullptr;
    if (!client || !client->isSignedIn()) {
        // Nothing to wait for: say so at once (queued, so that the caller finishes its own update first).
        const quint64 generation = m_generation;
        setBusy(false);
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                emit failed(
                    makeError(ErrorCode::Unavailable, QStringLiteral("there is no server connection")));
        });
        return;
    }
    setBusy(true);
    m_timer.start();
}

void AudienceCounter::countNow()
{
    setExpression(m_expression);
    if (m_timer.isActive()) {
        m_timer.stop();
        start();
    }
}

void AudienceCounter::clear()
{
    abandon();
    setBusy(false);
}

void AudienceCounter::abandon()
{
    ++m_generation;
    m_timer.stop();
    // Deleting the call aborts its request. Later, not now: this may run inside one of the call's own
    // signals (an edit made from a slot of the client's connectionStateChanged(), which the call emits
    // while it finishes).
    if (QObject *call = m_call.data()) {
        call->disconnect(this);
        call->deleteLater();
    }
    m_call = nullptr;
}

void AudienceCounter::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void AudienceCounter::start()
{
    const quint64 generation = m_generation;
    ApiClient *client = m_context ? m_context->client() : nullptr;
    if (!client || !client->isSignedIn()) {
        setBusy(false);
        emit failed(makeError(ErrorCode::Unavailable, QStringLiteral("there is no server connection")));
        return;
    }
    const QJsonObject body{{QStringLiteral("expression"), m_expression},
                           {QStringLiteral("sample"), kAudienceDefaultSample}};
    ApiCall *call = client->postJson(QStringLiteral("/api/v1/audiences/count"), body, this);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, generation](const Result<ApiResponse> &reply) {
        if (generation != m_generation)
            return;
        m_call = nullptr;
        setBusy(false);
        const Result<AudienceCount> count = decodeReplyAs<AudienceCount>(reply);
        if (!count)
            emit failed(count.error());
        else
            emit counted(count->count, count->sample, double(count->elapsedUs) / 1000.0, count->asOf);
    });
    call->start();
}

} // namespace gd
