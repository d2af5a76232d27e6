#include "domain/workflow.h"

#include <algorithm>

namespace gd {
namespace {

constexpr int kMaxReasonLength = 500;
constexpr int kMaxCommentLength = 2000;
constexpr int kMaxMaterials = 50;

const QString kActive = QStringLiteral("active");
const QString kWaiting = QStringLiteral("waiting");
const QString kDone = QStringLiteral("done");
const QString kRejected = QStringLiteral("rejected");
const QString kCancelled = QStringLiteral("cancelled");
const QString kInProgress = QStringLiteral("in_progress");
const QString kSupplement = QStringLiteral("supplement");
const QString kCompleted = QStringLiteral("completed");

int stageOf(const ApplicationStep &step)
{
    return step.stage.value_or(step.seq);
}

bool isFinished(const Application &a)
{
    return a.status == kCompleted || a.status == kRejected;
}

bool isOfficer(const WorkflowActor &actor)
{
    return actor.role == QLatin1String("officer");
}

bool isSupervising(const WorkflowActor &actor)
{
    return actor.role == QLatin1String("supervisor") || actor.role == QLatin1String("admin");
}

bool isPortal(const WorkflowActor &actor)
{
    return actor.role == QLatin1String("portal");
}

Error conflict(const QString &reason, const QString &message, QJsonObject details = {})
{
    details.insert(QStringLiteral("reason"), reason);
    return makeError(ErrorCode::Conflict, message, details);
}

Error badRequest(const QString &message)
{
    return makeError(ErrorCode::BadRequest, message);
}

Error forbidden(const QString &message)
{
    return makeError(ErrorCode::Forbidden, message);
}

Error claimedByOther(const ApplicationStep &step)
{
    return conflict(QStringLiteral("claimed"),
                    QStringLiteral("step %1 is claimed by someone else").arg(step.seq),
                    {{QStringLiteral("claimed_by"), step.claimedBy.value_or(QString())},
                     {QStringLiteral("claimed_by_name"), step.claimedByName.value_or(QString())}});
}

std::optional<QString> trimmed(const std::optional<QString> &text)
{
    if (!text)
        return std::nullopt;
    QString t = text->trimmed();
    if (t.isEmpty())
        return std::nullopt;
    return t;
}

// Cleaned list of material names (trimmed, no empties or repeats).
QStringList cleanMaterials(const std::optional<QStringList> &materials)
{
    QStringList out;
    if (!materials)
        return out;
    for (const QString &m : *materials) {
        const QString t = m.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out;
}

void setMaterialsReceived(Application &a, const QStringList &names, bool received)
{
    if (!a.materials)
        a.materials = QList<ApplicationMaterial>{};
    for (const QString &name : names) {
        auto it = std::find_if(a.materials->begin(), a.materials->end(),
                               [&](const ApplicationMaterial &m) { return m.name == name; });
        if (it != a.materials->end())
            it->received = received;
        else
            a.materials->append({name, received});
    }
}

void activateStage(Application &a, int stage, const QDateTime &now)
{
    for (ApplicationStep &s : a.steps) {
        if (stageOf(s) == stage && s.status == kWaiting) {
            s.status = kActive;
            s.startedAt = now;
            s.dueAt = worktime::dueAfter(now, s.slaDays.value_or(0));
        }
    }
}

void updateCurrentStep(Application &a)
{
    const auto active = activeSteps(a);
    if (!active.isEmpty())
        a.currentStep = active.first()->seq;
    else if (!a.steps.isEmpty())
        a.currentStep = a.steps.last().seq;
}

// The working days of the whole workflow: stages in order, the longest step of a parallel stage.
int totalSlaDays(const QList<ApplicationStep> &steps)
{
    QMap<int, int> longest;
    for (const ApplicationStep &s : steps)
        longest[stageOf(s)] = std::max(longest.value(stageOf(s)), s.slaDays.value_or(0));
    int total = 0;
    for (int days : std::as_const(longest))
        total += days;
    return total;
}

ApplicationEvent makeEvent(const Application &a, const WorkflowActor &actor, const QString &action,
                           const QDateTime &now)
{
    ApplicationEvent e;
    e.seq = a.history && !a.history->isEmpty() ? a.history->last().seq + 1 : 1;
    e.at = now;
    e.actorId = actor.staffId;
    e.actorName = actor.name;
    e.action = action;
    e.version = a.version + 1;
    return e;
}

void appendEvent(Application &a, ApplicationEvent event)
{
    if (!a.history)
        a.history = QList<ApplicationEvent>{};
    a.history->append(std::move(event));
}

// Was the application changed since `baseVersion` by someone else than the actor (comments aside)?
bool changedByOthersSince(const Application &a, qint64 baseVersion, const WorkflowActor &actor)
{
    if (baseVersion >= a.version)
        return false;
    if (!a.history)
        return true; // no history to tell: assume the worst
    // Versions with no event (working-field edits) do not touch the workflow.
    return std::any_of(a.history->begin(), a.history->end(), [&](const ApplicationEvent &e) {
        return e.version.value_or(0) > baseVersion && e.action != QLatin1String("comment") &&
               e.actorId != actor.staffId;
    });
}

// Who may act on `step` with a step action (everything but comment / release / resume by the portal).
std::optional<Error> checkOwner(const ApplicationStep &step, const WorkflowActor &actor)
{
    if (!isOfficer(actor))
        return forbidden(QStringLiteral("only officers of the step's department handle it"));
    if (step.departmentId != actor.departmentId)
        return forbidden(QStringLiteral("step %1 belongs to another department").arg(step.seq));
    return std::nullopt;
}

bool departmentInWorkflow(const Application &a, const QString &departmentId)
{
    return std::any_of(a.steps.begin(), a.steps.end(), [&](const ApplicationStep &s) {
        return s.departmentId == departmentId || s.transferredFrom.value_or(QString()) == departmentId;
    });
}

} // namespace

QList<const ApplicationStep *> activeSteps(const Application &application)
{
    QList<const ApplicationStep *> out;
    for (const ApplicationStep &s : application.steps)
        if (s.status == kActive)
            out.append(&s);
    std::sort(out.begin(), out.end(), [](auto *l, auto *r) { return l->seq < r->seq; });
    return out;
}

void startWorkflow(Application &application, const ServiceItem &service, const WorkflowActor &submitter,
                   const QDateTime &now, bool materialsReceived)
{
    Application &a = application;
    a.steps.clear();
    if (service.steps.isEmpty()) {
        ApplicationStep s;
        s.seq = 1;
        s.name = service.name;
        s.departmentId = service.departmentId;
        s.slaDays = service.slaDays;
        s.stage = 1;
        s.status = kWaiting;
        a.steps.append(s);
    }
    for (const WorkflowStep &w : service.steps) {
        ApplicationStep s;
        s.seq = w.seq;
        s.name = w.name;
        s.departmentId = w.departmentId;
        s.slaDays = w.slaDays;
        s.stage = w.stage.value_or(w.seq);
        s.status = kWaiting;
        a.steps.append(s);
    }
    std::sort(a.steps.begin(), a.steps.end(), [](const auto &l, const auto &r) { return l.seq < r.seq; });
    if (!a.submittedAt.isValid())
        a.submittedAt = now;
    int first = stageOf(a.steps.first());
    for (const ApplicationStep &s : a.steps)
        first = std::min(first, stageOf(s));
    activateStage(a, first, now);
    a.status = kInProgress;
    a.dueAt = worktime::dueAfter(now, totalSlaDays(a.steps));
    a.completedAt.reset();
    a.pausedAt.reset();
    a.missingMaterials.reset();
    a.materials = QList<ApplicationMaterial>{};
    for (const QString &m : service.materials)
        a.materials->append({m, materialsReceived});
    updateCurrentStep(a);
    a.history = QList<ApplicationEvent>{};
    ApplicationEvent e;
    e.seq = 1;
    e.at = now;
    e.actorId = submitter.staffId;
    e.actorName = submitter.name;
    e.action = QStringLiteral("submit");
    if (!submitter.departmentId.isEmpty())
        e.departmentId = submitter.departmentId;
    e.version = a.version;
    a.history->append(e);
    a.updatedAt = now;
}

Result<void> applyAction(Application &application, const ApplicationAction &action,
                         const WorkflowActor &actor, const QDateTime &now)
{
    if (!applicationActions().contains(action.action))
        return badRequest(QStringLiteral("unknown action \"%1\"").arg(action.action));
    if (action.baseVersion < 1)
        return badRequest(QStringLiteral("base_version must be at least 1"));
    if (action.baseVersion > application.version)
        return badRequest(QStringLiteral("base_version %1 is newer than the application (version %2)")
                              .arg(action.baseVersion)
                              .arg(application.version));
    const std::optional<QString> reason = trimmed(action.reason);
    if (reason && reason->size() > kMaxReasonLength)
        return badRequest(QStringLiteral("reason is longer than %1 characters").arg(kMaxReasonLength));
    const QStringList materials = cleanMaterials(action.materials);
    if (materials.size() > kMaxMaterials)
        return badRequest(QStringLiteral("more than %1 materials").arg(kMaxMaterials));

    Application a = application; // changed on a copy: a refusal leaves the caller's untouched
    const QString &what = action.action;

    if (what == QLatin1String("comment")) {
        const std::optional<QString> comment = trimmed(action.comment);
        if (!comment)
            return badRequest(QStringLiteral("a comment needs its text"));
        if (comment->size() > kMaxCommentLength)
            return badRequest(QStringLiteral("comment is longer than %1 characters").arg(kMaxCommentLength));
        if (isOfficer(actor) && !departmentInWorkflow(a, actor.departmentId))
            return forbidden(QStringLiteral("the department takes no part in this application"));
        if (!isOfficer(actor) && !isSupervising(actor))
            return forbidden(QStringLiteral("this role does not comment on applications"));
        ApplicationEvent e = makeEvent(a, actor, what, now);
        auto step = std::find_if(a.steps.begin(), a.steps.end(),
                                 [&](const ApplicationStep &s) { return s.seq == action.stepSeq; });
        if (step != a.steps.end()) {
            e.stepSeq = step->seq;
            e.departmentId = step->departmentId;
        } else if (!actor.departmentId.isEmpty()) {
            e.departmentId = actor.departmentId;
        }
        e.comment = comment;
        appendEvent(a, std::move(e));
        a.version += 1;
        a.updatedAt = now;
        application = std::move(a);
        return {};
    }

    auto stepIt = std::find_if(a.steps.begin(), a.steps.end(),
                               [&](const ApplicationStep &s) { return s.seq == action.stepSeq; });
    if (stepIt == a.steps.end())
        return badRequest(QStringLiteral("the application has no step %1").arg(action.stepSeq));
    ApplicationStep &step = *stepIt;

    // Who may do it at all.
    if (isPortal(actor)) {
        if (what != QLatin1String("resume"))
            return forbidden(QStringLiteral("the portal only passes on a citizen's supplement"));
    } else if (what == QLatin1String("release")) {
        if (!isSupervising(actor)) {
            if (auto refused = checkOwner(step, actor))
                return *refused;
        }
    } else if (auto refused = checkOwner(step, actor)) {
        return *refused;
    }

    // Where the application is.
    if (isFinished(a))
        return conflict(QStringLiteral("finished"), QStringLiteral("the application is %1").arg(a.status));
    if (step.status != kActive)
        return conflict(QStringLiteral("step_not_active"),
                        QStringLiteral("step %1 is %2, not active").arg(step.seq).arg(step.status));
    const bool heldByOther = step.claimedBy && !step.claimedBy->isEmpty() && *step.claimedBy != actor.staffId;
    if (what == QLatin1String("release")) {
        if (!step.claimedBy || step.claimedBy->isEmpty())
            return badRequest(QStringLiteral("step %1 is not claimed").arg(step.seq));
        if (heldByOther && !isSupervising(actor))
            return claimedByOther(step);
        if (heldByOther && !reason)
            return badRequest(QStringLiteral("releasing someone else's claim needs a reason"));
    } else if (!isPortal(actor) && heldByOther) {
        return claimedByOther(step);
    }
    if (changedByOthersSince(a, action.baseVersion, actor))
        return conflict(QStringLiteral("stale"),
                        QStringLiteral("the application changed since version %1").arg(action.baseVersion));

    ApplicationEvent e = makeEvent(a, actor, what, now);
    e.stepSeq = step.seq;
    e.departmentId = step.departmentId;
    e.reason = reason;
    bool completed = false;

    const auto claim = [&] {
        step.claimedBy = actor.staffId;
        step.claimedByName = actor.name;
        step.claimedAt = now;
    };

    if (what == QLatin1String("claim")) {
        claim();
    } else if (what == QLatin1String("release")) {
        step.claimedBy.reset();
        step.claimedByName.reset();
        step.claimedAt.reset();
    } else if (what == QLatin1String("approve")) {
        if (a.status == kSupplement)
            return badRequest(QStringLiteral("the application waits for a supplement: resume it first"));
        if (!step.claimedBy)
            claim();
        step.status = kDone;
        step.finishedAt = now;
        step.handlerId = actor.staffId;
        const int stage = stageOf(step);
        const bool stageDone = std::none_of(a.steps.begin(), a.steps.end(), [&](const ApplicationStep &s) {
            return stageOf(s) == stage && s.status != kDone;
        });
        if (stageDone) {
            std::optional<int> next;
            for (const ApplicationStep &s : a.steps)
                if (s.status == kWaiting && stageOf(s) > stage && (!next || stageOf(s) < *next))
                    next = stageOf(s);
            if (next) {
                activateStage(a, *next, now);
            } else if (std::all_of(a.steps.begin(), a.steps.end(),
                                   [](const ApplicationStep &s) { return s.status == kDone; })) {
                a.status = kCompleted;
                a.completedAt = now;
                completed = true;
            }
        }
    } else if (what == QLatin1String("return")) {
        if (materials.isEmpty())
            return badRequest(QStringLiteral("a return for supplement lists the missing materials"));
        if (a.status == kSupplement)
            return badRequest(QStringLiteral("the application already waits for a supplement"));
        if (!step.claimedBy)
            claim();
        a.status = kSupplement;
        a.pausedAt = now;
        a.missingMaterials = materials;
        setMaterialsReceived(a, materials, false);
        e.materials = materials;
    } else if (what == QLatin1String("resume")) {
        if (a.status != kSupplement || !a.pausedAt)
            return badRequest(QStringLiteral("the application is not waiting for a supplement"));
        if (!isPortal(actor) && !step.claimedBy)
            claim();
        const QDateTime pausedAt = *a.pausedAt;
        for (ApplicationStep &s : a.steps)
            if (s.status == kActive && s.dueAt)
                s.dueAt = worktime::dueAfterPause(*s.dueAt, pausedAt, now);
        a.dueAt = worktime::dueAfterPause(a.dueAt, pausedAt, now);
        const QStringList received =
            materials.isEmpty() ? a.missingMaterials.value_or(QStringList{}) : materials;
        setMaterialsReceived(a, received, true);
        a.status = kInProgress;
        a.pausedAt.reset();
        a.missingMaterials.reset();
        e.materials = received;
    } else if (what == QLatin1String("reject")) {
        if (!reason)
            return badRequest(QStringLiteral("a rejection needs a reason"));
        if (!step.claimedBy)
            claim();
        step.status = kRejected;
        step.finishedAt = now;
        step.handlerId = actor.staffId;
        for (ApplicationStep &s : a.steps)
            if (s.status == kActive || s.status == kWaiting)
                s.status = kCancelled;
        a.status = kRejected;
        a.completedAt = now;
        a.pausedAt.reset();
    } else if (what == QLatin1String("transfer")) {
        const std::optional<QString> target = trimmed(action.toDepartmentId);
        if (!target)
            return badRequest(QStringLiteral("a transfer names the department it goes to"));
        if (*target == step.departmentId)
            return badRequest(QStringLiteral("the step already belongs to that department"));
        if (!reason)
            return badRequest(QStringLiteral("a transfer needs a reason"));
        step.transferredFrom = step.departmentId;
        step.departmentId = *target;
        step.claimedBy.reset();
        step.claimedByName.reset();
        step.claimedAt.reset();
        e.toDepartmentId = *target;
    }

    appendEvent(a, std::move(e));
    a.version += 1;
    a.updatedAt = now;
    if (completed) {
        ApplicationEvent done;
        done.seq = a.history->last().seq + 1;
        done.at = now;
        done.actorName = QStringLiteral("系统");
        done.action = QStringLiteral("complete");
        done.version = a.version;
        appendEvent(a, std::move(done));
    }
    updateCurrentStep(a);
    application = std::move(a);
    return {};
}

SlaState applicationSlaState(const Application &application, const QDateTime &now)
{
    return slaState(application.dueAt, now, application.status == kSupplement, isFinished(application));
}

void applySlaStates(Application &application, const QDateTime &now)
{
    const bool paused = application.status == kSupplement;
    for (ApplicationStep &s : application.steps) {
        SlaState state = SlaState::Normal;
        if (s.status == kDone || s.status == kRejected || s.status == kCancelled)
            state = SlaState::Done;
        else if (s.status == kActive && s.dueAt)
            state = slaState(*s.dueAt, now, paused, false);
        s.slaState = slaStateName(state);
    }
    application.slaState = slaStateName(applicationSlaState(application, now));
}

} // namespace gd
