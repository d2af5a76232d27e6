#pragma once
// What citizens and enterprises have with the government: applications (办件) with their steps across
// departments, bills, subsidy / tax-refund applications and messages (社情民意).

#include "domain/codec.h"

namespace gd {

struct ApplicationStep {
    int seq = 0;
    QString name;
    QString departmentId;
    QString status; // "waiting", "active", "done", "returned", "rejected"
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> finishedAt;
    std::optional<QDateTime> dueAt;
    std::optional<QString> handlerId;

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
    QString status;            // "submitted", "in_progress", "supplement", "completed", "rejected"
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
        v("version", s.version);
        v("updated_at", s.updatedAt);
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
    }
};

} // namespace gd
