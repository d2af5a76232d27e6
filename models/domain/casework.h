#pragma once
// What citizens and enterprises have with the government: applications (办件) with their steps across
// departments, bills, subsidy / tax-refund applications and messages (社情民意).

#include "domain/codec.h"

namespace gd {

// One step of an application's workflow. Steps with the same stage run in parallel (each owned by its
// department); stages run in order: the next stage becomes active when every step of the current one is
// done. A step is handled by one officer of its department at a time: claiming it (受理/认领) is an
// assignment lock that only the claimant (or a supervisor releasing it) can lift.
struct ApplicationStep {
    int seq = 0;
    QString name;
    QString departmentId; // the owner now (a transfer changes it)
    QString status; // "waiting", "active", "done", "rejected", "cancelled" (the application ended first)
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> finishedAt;
    std::optional<QDateTime> dueAt;   // moved later by supplement pauses
    std::optional<QString> handlerId; // who finished it
    // Since schema 4 (optional so that older objects still decode).
    std::optional<int> stage;             // parallel group, from 1; absent: seq
    std::optional<int> slaDays;           // working days
    std::optional<QString> claimedBy;     // staff id holding the step
    std::optional<QString> claimedByName; // their display name
    std::optional<QDateTime> claimedAt;
    std::optional<QString> transferredFrom; // the department that owned it before the last transfer
    std::optional<QString> slaState;        // slaStateName() as computed by the server when sent

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("seq", s.seq);
        v("name", s.name);
        v("department_id", s.departmentId);
        v("status", s.status);
        v("started_at", s.startedAt);
        v("finished_at", s.finishedAt);
        v("due_at", s.dueAt);
        v("handler_id", s.handlerId);
        v("stage", s.stage);
        v("sla_days", s.slaDays);
        v("claimed_by", s.claimedBy);
        v("claimed_by_name", s.claimedByName);
        v("claimed_at", s.claimedAt);
        v("transferred_from", s.transferredFrom);
        v("sla_state", s.slaState);
    }
};

// A material the applicant must provide (申请材料), and whether the department has it.
struct ApplicationMaterial {
    QString name;
    bool received = false;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("name", s.name);
        v("received", s.received);
    }
};

// One entry of an application's history (办理过程): every action on it, in order.
struct ApplicationEvent {
    qint64 seq = 0; // from 1 per application
    QDateTime at;
    QString actorId;   // staff id; "" for the applicant (portal) or the system
    QString actorName; // display name, or "申请人" / "系统"
    QString action;    // "submit", "claim", "release", "approve", "return", "resume", "reject", "transfer",
                       // "comment", "complete", "rate", "allocate"
    std::optional<int> stepSeq;
    std::optional<QString> departmentId;   // the acting department (the step's owner at the time)
    std::optional<QString> toDepartmentId; // transfer target
    std::optional<QString> reason;         // reject / transfer / release reasons, return note
    std::optional<QStringList> materials;  // return: the missing materials; resume: those received
    std::optional<QString> comment;
    std::optional<qint64> version; // the application's version this event produced

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("seq", s.seq);
        v("at", s.at);
        v("actor_id", s.actorId);
        v("actor_name", s.actorName);
        v("action", s.action);
        v("step_seq", s.stepSeq);
        v("department_id", s.departmentId);
        v("to_department_id", s.toDepartmentId);
        v("reason", s.reason);
        v("materials", s.materials);
        v("comment", s.comment);
        v("version", s.version);
    }
};

// A point item of a points-based school enrolment application (积分入学), e.g. 居住年限 12.
struct PointItem {
    QString item;
    double points = 0;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("item", s.item);
        v("points", s.points);
    }
};

// The allocation result (派位结果) of a points-based enrolment application once its round has closed.
struct Allocation {
    QString roundId;
    QString roundName;
    int rank = 0; // 1 = most points in the round
    double totalPoints = 0;
    QString result; // "admitted", "waitlisted"
    std::optional<QString> school;
    QDateTime allocatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("round_id", s.roundId);
        v("round_name", s.roundName);
        v("rank", s.rank);
        v("total_points", s.totalPoints);
        v("result", s.result);
        v("school", s.school);
        v("allocated_at", s.allocatedAt);
    }
};

struct Application {
    QString id;
    QString number; // e.g. 2026-1124-000123
    QString serviceId;
    QString applicantType; // "citizen" / "enterprise"
    QString applicantId;
    QString applicantName;
    QString applicantIdMasked; // masked ID number or USCC
    QString status; // "submitted", "in_progress", "supplement" (returned, waiting), "completed", "rejected"
    int currentStep = 0;
    QString channel; // "pc", "mobile", "pad", "tv", "counter"
    QDateTime submittedAt;
    QDateTime dueAt;
    std::optional<QDateTime> completedAt;
    std::optional<int> rating; // 好差评 1..5
    std::optional<QString> ratingComment;
    QString districtCode;
    QString gridId;
    // The handling officer's working fields (PATCH /api/v1/applications/{id}). Optional only so that
    // objects from servers before schema 2 still decode; the server always sends both.
    std::optional<QString> remark;   // up to 2000 characters, "" when none
    std::optional<QString> priority; // "normal" or "urgent"
    QList<ApplicationStep> steps;
    // Since schema 4 (optional so that older objects still decode; the server always sends them).
    std::optional<QList<ApplicationMaterial>> materials;
    std::optional<QList<ApplicationEvent>> history; // oldest first
    std::optional<QDateTime> pausedAt;              // waiting for the supplement since (status "supplement")
    std::optional<QStringList> missingMaterials;    // what the last return asked for
    std::optional<QString> slaState;                // overall, slaStateName() when sent
    std::optional<QList<PointItem>> points;         // points-based enrolment only
    std::optional<Allocation> allocation;           // once the enrolment round has closed
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("number", s.number);
        v("service_id", s.serviceId);
        v("applicant_type", s.applicantType);
        v("applicant_id", s.applicantId);
        v("applicant_name", s.applicantName);
        v("applicant_id_masked", s.applicantIdMasked);
        v("status", s.status);
        v("current_step", s.currentStep);
        v("channel", s.channel);
        v("submitted_at", s.submittedAt);
        v("due_at", s.dueAt);
        v("completed_at", s.completedAt);
        v("rating", s.rating);
        v("rating_comment", s.ratingComment);
        v("district_code", s.districtCode);
        v("grid_id", s.gridId);
        v("remark", s.remark);
        v("priority", s.priority);
        v("steps", s.steps);
        v("materials", s.materials);
        v("history", s.history);
        v("paused_at", s.pausedAt);
        v("missing_materials", s.missingMaterials);
        v("sla_state", s.slaState);
        v("points", s.points);
        v("allocation", s.allocation);
        v("version", s.version);
        v("updated_at", s.updatedAt);
    }
};

// POST /api/v1/applications/{id}/actions (with an Idempotency-Key): one action on one step.
//   claim     take the active step of one's department (assignment lock)
//   release   give it back (the claimant, or a supervisor over anyone's claim; reason required for a
//             supervisor releasing someone else's claim)
//   approve   finish the step (pass to the next; the last step completes the application)
//   return    return for supplement: materials lists what is missing (≥ 1); pauses the SLA clocks
//   resume    the supplement arrived (materials: what was received); the clocks go on, due dates move
//   reject    end the application (reason required)
//   transfer  hand the step to another department (to_department_id and reason required)
//   comment   a note in the history (comment required); any officer of a department in the workflow
// approve / return / resume / reject / transfer need the step claimed by the actor (an unclaimed
// active step of the actor's department is claimed implicitly). base_version is the application's
// version the officer saw: when it is stale the action is still taken if every history event since then
// (ApplicationEvent::version > base_version) was the actor's own or a comment.
// Refusals (domain/workflow.h decides them, for the server and for the client's optimistic copy):
//   409 "conflict" with details.reason "stale" (someone else acted since), "claimed" (someone else holds
//       the step; details.claimed_by_name), "step_not_active" (the step moved on) or "finished"
//       (the application is completed / rejected); the server's copy in details.server
//   403 "forbidden"  not an officer of the step's department (supervisors: release only)
//   400 "bad_request" missing reason / materials / target department, unknown action or step
struct ApplicationAction {
    QString action;
    int stepSeq = 0;
    qint64 baseVersion = 0;
    std::optional<QString> reason;
    std::optional<QStringList> materials;
    std::optional<QString> toDepartmentId;
    std::optional<QString> comment;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("action", s.action);
        v("step_seq", s.stepSeq);
        v("base_version", s.baseVersion);
        v("reason", s.reason);
        v("materials", s.materials);
        v("to_department_id", s.toDepartmentId);
        v("comment", s.comment);
    }
};

// The actions of ApplicationAction::action.
inline QStringList applicationActions()
{
    return {QStringLiteral("claim"),    QStringLiteral("release"), QStringLiteral("approve"),
            QStringLiteral("return"),   QStringLiteral("resume"),  QStringLiteral("reject"),
            QStringLiteral("transfer"), QStringLiteral("comment")};
}

// POST /api/v1/portal/applications/{id}/rating — the citizen portal (role "portal") passing on a
// citizen's 好差评 of a completed application: once per application.
struct ApplicationRating {
    QString citizenId;              // must be the applicant
    int rating = 0;                 // 1..5
    std::optional<QString> comment; // up to 500 characters

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("citizen_id", s.citizenId);
        v("rating", s.rating);
        v("comment", s.comment);
    }
};

// A round of points-based school enrolment (积分入学): applications of its service submitted before it
// closes take part; closing it (POST /api/v1/enrolment-rounds/{id}/close, supervisor or admin) ranks
// them by total points (ties: earlier submission first) and admits the first `seats`.
struct EnrolmentRound {
    QString id;
    QString serviceId;
    QString name;   // e.g. "2026年湖里区小学一年级积分入学"
    QString school; // the school (or school group) allocated
    QString districtCode;
    int seats = 0;
    QDateTime closesAt;
    QString status;                // "open", "closed"
    std::optional<int> applicants; // when closed
    std::optional<int> admitted;
    qint64 version = 1;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("service_id", s.serviceId);
        v("name", s.name);
        v("school", s.school);
        v("district_code", s.districtCode);
        v("seats", s.seats);
        v("closes_at", s.closesAt);
        v("status", s.status);
        v("applicants", s.applicants);
        v("admitted", s.admitted);
        v("version", s.version);
    }
};

// PATCH /api/v1/applications/{id}: new values of the working fields, against the version the edit was
// based on (a stale one is a 409 with the server's copy). At least one field must be given.
struct ApplicationUpdate {
    qint64 baseVersion = 0;
    std::optional<QString> remark;
    std::optional<QString> priority;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("base_version", s.baseVersion);
        v("remark", s.remark);
        v("priority", s.priority);
    }
};

// The values of Application::priority.
inline QStringList applicationPriorities()
{
    return {QStringLiteral("normal"), QStringLiteral("urgent")};
}

struct Bill {
    QString id;
    QString citizenId;                   // "" for an enterprise's bill
    std::optional<QString> enterpriseId; // set for an enterprise's bill
    QString kind; // "social_insurance", "medical_insurance", "water", "electricity", "gas", "traffic_fine",
                  // "property_tax"
    QString title;
    qint64 amountCents = 0;
    QDate dueDate;
    QString status; // "due", "overdue", "paid"
    std::optional<QDateTime> paidAt;
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("citizen_id", s.citizenId);
        v("enterprise_id", s.enterpriseId);
        v("kind", s.kind);
        v("title", s.title);
        v("amount_cents", s.amountCents);
        v("due_date", s.dueDate);
        v("status", s.status);
        v("paid_at", s.paidAt);
        v("version", s.version);
        v("updated_at", s.updatedAt);
    }
};

struct BenefitApplication {
    QString id;
    QString citizenId;                   // "" for an enterprise's application
    std::optional<QString> enterpriseId; // set for an enterprise's application
    QString kind;                        // "subsidy", "tax_refund"
    QString title;
    qint64 amountCents = 0;
    QString status; // "submitted", "reviewing", "approved", "paid", "rejected"
    QDateTime submittedAt;
    std::optional<QDateTime> decidedAt;
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("citizen_id", s.citizenId);
        v("enterprise_id", s.enterpriseId);
        v("kind", s.kind);
        v("title", s.title);
        v("amount_cents", s.amountCents);
        v("status", s.status);
        v("submitted_at", s.submittedAt);
        v("decided_at", s.decidedAt);
        v("version", s.version);
        v("updated_at", s.updatedAt);
    }
};

struct Message {
    QString id;
    QString citizenId;
    QString kind;    // "complaint", "consultation", "suggestion", "praise"
    QString channel; // "pc", "mobile", "pad", "tv", "hotline"
    QString title;
    QString content;
    QString districtCode;
    QString streetId;
    QString gridId;
    std::optional<QString> departmentId;
    QString status; // "new", "assigned", "replied", "closed"
    QDateTime createdAt;
    qint64 version = 1;
    QDateTime updatedAt;
    // Public-opinion analysis when the message arrived (server/analytics/messageanalyser.h); absent on
    // messages from before schema 6.
    std::optional<QString> topic;
    std::optional<QString> sentiment;     // "negative", "neutral", "positive"
    std::optional<double> sentimentScore; // [-1, 1]

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("citizen_id", s.citizenId);
        v("kind", s.kind);
        v("channel", s.channel);
        v("title", s.title);
        v("content", s.content);
        v("district_code", s.districtCode);
        v("street_id", s.streetId);
        v("grid_id", s.gridId);
        v("department_id", s.departmentId);
        v("status", s.status);
        v("created_at", s.createdAt);
        v("version", s.version);
        v("updated_at", s.updatedAt);
        v("topic", s.topic);
        v("sentiment", s.sentiment);
        v("sentiment_score", s.sentimentScore);
    }
};

} // namespace gd
