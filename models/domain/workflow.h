#pragma once
// The workflow of an application (办件流程) as one pure state machine, used by the server to take an
// action and by the client to show it at once on the local copy (optimistically, until the server
// answers). Both sides therefore refuse the same things with the same codes.
//
//   startWorkflow()  the steps of a new application from its service's definition: stage 1 active,
//                    due dates from working-day SLAs, a "submit" history event.
//   applyAction()    one ApplicationAction by one actor at one moment: checks it (see ApplicationAction in
//                    casework.h for the rules and refusals), then changes steps, status, due dates,
//                    materials and claims, appends the history event and bumps version / updated_at.
//                    On refusal the application is left unchanged.
//   applySlaStates() fills the sla_state fields for a moment (what the server sends; the client computes
//                    the same offline).
//
// Stages: the steps sharing the lowest unfinished stage are active together; when the last of them is
// approved the next stage's steps start (started_at = now, due from their SLA); after the last stage the
// application is completed. A return for supplement sets status "supplement" and pauses every clock
// (paused_at); resume moves every open due date by the working days paused (worktime::dueAfterPause).

#include "domain/casework.h"
#include "domain/catalog.h"
#include "domain/error.h"
#include "domain/result.h"
#include "domain/worktime.h"

namespace gd {

// Who acts. Officers act on steps owned by their department; supervisors may release claims; admins
// may do what supervisors may. role is roleName(): "officer", "supervisor", "admin", "grid_manager",
// "portal" (the citizen portal, for "resume" with the citizen's supplement only).
struct WorkflowActor {
    QString staffId;
    QString name;
    QString role;
    QString departmentId; // officers
};

// A new application's steps, due dates, status "in_progress" (current_step = the first active seq) and
// its "submit" event (actor: who submitted it — the counter officer, or the portal). Materials from the
// service's list, received = `materialsReceived`. A service without steps gets one step of its lead
// department with the service's SLA.
void startWorkflow(Application &application, const ServiceItem &service, const WorkflowActor &submitter,
                   const QDateTime &now, bool materialsReceived = true);

// Takes one action; see casework.h (ApplicationAction) for the rules. On success the application has
// the new state, version + 1, updated_at = now, and the action's event appended to history (with the
// new version); an approve of the last step appends a "complete" event (actor "系统") after it. Claiming
// a step one already holds is taken again (a new claim event) so that replays are harmless.
// On refusal returns the Error the server answers with (details.reason for conflicts); `application`
// is unchanged.
Result<void> applyAction(Application &application, const ApplicationAction &action,
                         const WorkflowActor &actor, const QDateTime &now);

// The SLA states of the application and its steps at `now` (Application::slaState,
// ApplicationStep::slaState).
void applySlaStates(Application &application, const QDateTime &now);
// The overall SLA state of an application at `now` without filling anything in.
SlaState applicationSlaState(const Application &application, const QDateTime &now);

// The steps active now (status "active"), in seq order.
QList<const ApplicationStep *> activeSteps(const Application &application);

} // namespace gd
