#pragma once
// Which actions on an application the signed-in staff member may take now, and why not — the rules of
// ApplicationAction (domain/casework.h) as the detail panel's buttons show them before anything is sent
// (the server decides in the end; a refusal comes back as an Error or a conflict).
//
//   the target step   an officer acts on the active step of their own department; a supervisor or an
//                     admin on the first active step someone holds (to release it), else the first active
//   claim             an officer, the step active and unclaimed
//   release           the claimant, or a supervisor / admin over anyone's claim
//   approve, return, transfer, reject
//                     an officer, the step unclaimed (claimed implicitly) or claimed by them; not while
//                     the application waits for the supplement (except reject)
//   resume            an officer of the step's department while the application waits for the supplement
//   comment           any officer of a department in the workflow, supervisors and admins
// A finished application (completed / rejected) allows comments only. Stateless; any thread.

#include "domain/casework.h"
#include "domain/workflow.h"

#include <QCoreApplication>
#include <QMap>

namespace gd {

class ApplicationActionRules {
    Q_DECLARE_TR_FUNCTIONS(ApplicationActionRules)
public:
    struct Verdict {
        bool allowed = false;
        QString why; // translated, when not allowed
    };

    // The step the actor would act on; nullptr when there is none.
    static const ApplicationStep *targetStep(const Application &application, const WorkflowActor &actor);
    static Verdict check(const Application &application, const WorkflowActor &actor, const QString &action);
    // Every action of applicationActions().
    static QMap<QString, Verdict> checkAll(const Application &application, const WorkflowActor &actor);

    static bool isFinished(const Application &application);
    static bool isSupervising(const WorkflowActor &actor); // supervisor or admin
};

} // namespace gd
