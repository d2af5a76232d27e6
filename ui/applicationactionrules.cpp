#include "ui/applicationactionrules.h"

namespace gd {

bool ApplicationActionRules::isFinished(const Application &application)
{
    return application.status == QLatin1String("completed") ||
           application.status == QLatin1String("rejected");
}

bool ApplicationActionRules::isSupervising(const WorkflowActor &actor)
{
    return actor.role == QLatin1String("supervisor") || actor.role == QLatin1String("admin");
}

const ApplicationStep *ApplicationActionRules::targetStep(const Application &application,
                                                          const WorkflowActor &actor)
{
    const ApplicationStep *first = nullptr;
    for (const ApplicationStep &step : application.steps) {
        if (step.status != QLatin1String("active"))
            continue;
        if (!isSupervising(actor)) {
            if (!actor.departmentId.isEmpty() && step.departmentId == actor.departmentId)
                return &step;
            continue;
        }
        if (step.claimedBy && !step.claimedBy->isEmpty())
            return &step;
        if (!first)
            first = &step;
    }
    return first;
}

ApplicationActionRules::Verdict ApplicationActionRules::check(const Application &application,
                                                              const WorkflowActor &actor,
                                                              const QString &action)
{
    const auto no = [](const QString &why) {
        return Verdict{false, why};
    };
    const Verdict yes{true, {}};
    const bool supervising = isSupervising(actor);
    const bool officer = actor.role == QLatin1String("officer");

    if (action == QLatin1String("comment")) {
        if (supervising)
            return yes;
        if (!officer)
            return no(tr("Only officers and supervisors can comment."));
        for (const ApplicationStep &step : application.steps) {
            if (step.departmentId == actor.departmentId || step.transferredFrom == actor.departmentId)
                return yes;
        }
        return no(tr("Your department has no step in this application."));
    }
    if (isFinished(application))
        return no(application.status == QLatin1String("completed") ? tr("The application is completed.")
                                                                   : tr("The application was rejected."));
    const ApplicationStep *step = targetStep(application, actor);
    if (!step) {
        if (supervising)
            return no(tr("No step is active."));
        return no(tr("No step of your department is active now."));
    }
    const QString holder = step->claimedBy.value_or(QString());
    const bool claimed = !holder.isEmpty();
    const bool mine = claimed && holder == actor.staffId;
    const QString holderName = step->claimedByName.value_or(holder);
    const QString heldByOther = tr("%1 is handling this step.").arg(holderName);

    if (action == QLatin1String("release")) {
        if (!claimed)
            return no(tr("Nobody has claimed this step."));
        if (mine || supervising)
            return yes;
        return no(heldByOther);
    }
    if (!officer)
        return no(tr("Supervisors can release claims but do not handle steps."));
    if (action == QLatin1String("claim")) {
        if (mine)
            return no(tr("You are handling this step already."));
        if (claimed)
            return no(heldByOther);
        return yes;
    }
    if (claimed && !mine)
        return no(heldByOther);
    const bool waiting = application.status == QLatin1String("supplement");
    if (action == QLatin1String("resume")) {
        if (!waiting)
            return no(tr("The application is not waiting for a supplement."));
        return yes;
    }
    if (action == QLatin1String("reject"))
        return yes;
    if (action == QLatin1String("approve") || action == QLatin1String("return") ||
        action == QLatin1String("transfer")) {
        if (waiting)
            return no(tr("The application is waiting for the applicant's supplement; record it as "
                         "received first."));
        return yes;
    }
    return no(tr("Unknown action."));
}

QMap<QString, ApplicationActionRules::Verdict>
ApplicationActionRules::checkAll(const Application &application, const WorkflowActor &actor)
{
    QMap<QString, Verdict> verdicts;
    for (const QString &action : applicationActions())
        verdicts.insert(action, check(application, actor, action));
    return verdicts;
}

} // namespace gd
