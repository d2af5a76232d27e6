#pragma once
// Takes workflow actions on applications through the outbox: each runs on the sync thread as
// store::ApplicationRepository::act() (or actMany() for a batch) — the local copy changes at once, the
// request is queued for the server, so it works offline — and the answer comes back on the GUI thread.
// refusalText() turns a refusal (the same codes the server answers with) into a sentence for the officer.
// GUI thread. Does not own the DataContext.

#include "domain/casework.h"
#include "domain/error.h"
#include "domain/workflow.h"

#include <QObject>

#include <functional>
#include <optional>

namespace gd {

class DataContext;

class ApplicationActionRunner : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        int queued = 0;
        QList<QPair<QString, Error>> refused; // application id → why
        std::optional<Error> failure;         // nothing was written
    };
    using Done = std::function<void(const Outcome &)>;

    ApplicationActionRunner(DataContext *context, QObject *parent = nullptr);

    void setActor(const WorkflowActor &actor) { m_actor = actor; }
    const WorkflowActor &actor() const { return m_actor; }
    bool canRun() const; // the local copy is open for writing
    bool isRunning() const { return m_running > 0; }

    // One action; `done` on the GUI thread (not called when this object is gone).
    void run(const QString &applicationId, const ApplicationAction &action, Done done);
    // Several, in one transaction (the refused ones are skipped).
    void runMany(const QList<QPair<QString, ApplicationAction>> &actions, Done done);

    // "Someone else has acted on this application since you opened it" … (translated).
    static QString refusalText(const Error &error, const QString &server);
    // "Claimed." … (translated), for the notice after an action was queued.
    static QString doneText(const QString &action);

signals:
    void runningChanged(bool running);

private:
    DataContext *m_context;
    WorkflowActor m_actor;
    int m_running = 0;
};

} // namespace gd
