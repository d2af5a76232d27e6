#include "ui/applicationactionrunner.h"

#include "core/clock.h"
#include "models/datacontext.h"
#include "net/apiclient.h"
#include "store/applicationrepository.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/synchost.h"
#include "ui/errortext.h"

#include <QPointer>

namespace gd {

ApplicationActionRunner::ApplicationActionRunner(DataContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

bool ApplicationActionRunner::canRun() const
{
    SyncHost *sync = m_context ? m_context->sync() : nullptr;
    return sync && sync->isRunning();
}

void ApplicationActionRunner::run(const QString &applicationId, const ApplicationAction &action, Done done)
{
    runMany({{applicationId, action}}, std::move(done));
}

void ApplicationActionRunner::runMany(const QList<QPair<QString, ApplicationAction>> &actions, Done done)
{
    if (!canRun()) {
        Outcome outcome;
        outcome.failure = makeError(ErrorCode::Storage, QStringLiteral("the local copy is not open"));
        done(outcome);
        return;
    }
    const WorkflowActor actor = m_actor;
    const QDateTime now = m_context->clock().nowUtc();
    if (++m_running == 1)
        emit runningChanged(true);
    using Answer = Result<store::ApplicationRepository::BatchResult>;
    const bool single = actions.size() == 1;
    m_context->sync()->run<Answer>(
        this,
        [actions, actor, now, single](SyncEngine &engine) -> Answer {
            store::ApplicationRepository::BatchResult batch;
            if (single) {
                const auto written = engine.write([&](store::Store &s) {
                    return s.applications().act(actions.first().first, actions.first().second, actor, now);
                });
                if (!written)
                    return written.error();
                batch.queued.append(*written);
                return batch;
            }
            const auto written = engine.write([&](store::Store &s) -> Result<store::OutboxItem> {
                auto many = s.applications().actMany(actions, actor, now);
                if (!many)
                    return many.error();
                batch = *many;
                if (batch.queued.isEmpty())
                    return makeError(ErrorCode::Conflict, QStringLiteral("every action was refused"));
                return batch.queued.first();
            });
            if (!written && !(batch.queued.isEmpty() && !batch.refused.isEmpty()))
                return written.error();
            return batch;
        },
        // Called only while this object exists (it is the run's context).
        [this, done, single, actions](const Answer &answer) {
            Outcome outcome;
            if (answer) {
                outcome.queued = int(answer->queued.size());
                outcome.refused = answer->refused;
                // The engine names the first write; the list and the detail follow the others too.
                if (!single && m_context) {
                    for (const auto &[id, action] : actions)
                        m_context->notifyLocalWrite(QStringLiteral("application"), id);
                }
            } else if (single && answer.error().code != ErrorCode::Storage &&
                       answer.error().code != ErrorCode::Internal) {
                outcome.refused.append({actions.first().first, answer.error()});
            } else {
                outcome.failure = answer.error();
            }
            if (--m_running == 0)
                emit runningChanged(false);
            done(outcome);
        });
}

QString ApplicationActionRunner::refusalText(const Error &error, const QString &server)
{
    const QString reason = error.details.value(QStringLiteral("reason")).toString();
    switch (error.code) {
    case ErrorCode::Conflict:
        if (reason == QLatin1String("claimed")) {
            const QString who = error.details.value(QStringLiteral("claimed_by_name")).toString();
            return who.isEmpty() ? tr("Someone else is handling this step.")
                                 : tr("%1 is handling this step.").arg(who);
        }
        if (reason == QLatin1String("step_not_active"))
            return tr("The step has moved on since you opened the application.");
        if (reason == QLatin1String("finished"))
            return tr("The application is already completed or rejected.");
        return tr("Someone else has acted on this application since you opened it. Look at it again and "
                  "retry if it still applies.");
    case ErrorCode::Forbidden:
        return tr("Only an officer of the step's department can do this.");
    case ErrorCode::BadRequest:
        return tr("The action is missing something it needs (a reason, the materials or the department).");
    case ErrorCode::NotFound:
        return tr("The application is not in the local copy any more.");
    default:
        return ErrorText::describe(error, ErrorText::Context::Session, server);
    }
}

QString ApplicationActionRunner::doneText(const QString &action)
{
    QString what;
    if (action == QLatin1String("claim"))
        what = tr("Claimed: the step is yours to handle.");
    else if (action == QLatin1String("release"))
        what = tr("Released: another officer can claim the step.");
    else if (action == QLatin1String("approve"))
        what = tr("Approved: the application moves on.");
    else if (action == QLatin1String("return"))
        what = tr("Returned for supplement: the time limit is paused.");
    else if (action == QLatin1String("resume"))
        what = tr("Supplement recorded: the time limit goes on.");
    else if (action == QLatin1String("reject"))
        what = tr("Rejected.");
    else if (action == QLatin1String("transfer"))
        what = tr("Transferred.");
    else if (action == QLatin1String("comment"))
        what = tr("Comment added.");
    return tr("%1 It is sent to the server with the next sync (pending sync until then).").arg(what);
}

} // namespace gd
