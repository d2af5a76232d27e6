#pragma once
// What staff do about one citizen or enterprise from its homepage: push a service to a citizen (推送; the
// citizen's response comes back through the change feed), write a note (工作备注) and start an application
// on the applicant's behalf (代办). Every object is created by the client under its own id (a lower-case
// UUID) so that a write queued offline is applied exactly once (Idempotency-Key on the POST).

#include "domain/codec.h"

namespace gd {

// The channels a push can go out on, in the order the UI offers them.
inline QStringList pushChannels()
{
    return {QStringLiteral("app"), QStringLiteral("sms"), QStringLiteral("wechat")};
}

// The states of a push: queued (not yet delivered), delivered, opened, applied (the citizen started the
// service), ignored (no response in 14 days).
inline QStringList pushStatuses()
{
    return {QStringLiteral("queued"), QStringLiteral("delivered"), QStringLiteral("opened"),
            QStringLiteral("applied"), QStringLiteral("ignored")};
}

struct Push {
    QString id; // made by the client
    QString citizenId;
    QString serviceId;
    std::optional<QString> campaignId; // pushes of a campaign (a later issue); null for a single push
    QString channel;                   // pushChannels()
    QString message;                   // the text the citizen sees, 1..500 characters
    QString sentBy;                    // staff id; set by the server
    QDateTime sentAt;                  // set by the server
    QString status;                    // pushStatuses()
    std::optional<QDateTime> respondedAt;
    QString districtCode; // of the citizen; set by the server
    QString gridId;       // of the citizen; set by the server
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("citizen_id", s.citizenId);
        v("service_id", s.serviceId);
        v("campaign_id", s.campaignId);
        v("channel", s.channel);
        v("message", s.message);
        v("sent_by", s.sentBy);
        v("sent_at", s.sentAt);
        v("status", s.status);
        v("responded_at", s.respondedAt);
        v("district_code", s.districtCode);
        v("grid_id", s.gridId);
        v("version", s.version);
        v("updated_at", s.updatedAt);
    }
};

// POST /api/v1/pushes.
struct PushCreateRequest {
    QString id;
    QString citizenId;
    QString serviceId;
    QString channel;
    QString message;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("citizen_id", s.citizenId);
        v("service_id", s.serviceId);
        v("channel", s.channel);
        v("message", s.message);
    }
};

// A staff member's note on a citizen or an enterprise.
struct Note {
    QString id;          // made by the client
    QString subjectType; // "citizen" / "enterprise"
    QString subjectId;
    QString authorId;     // set by the server
    QString authorName;   // set by the server
    QString text;         // 1..2000 characters
    QDateTime createdAt;  // set by the server
    QString districtCode; // of the subject; set by the server
    QString gridId;       // of the subject; set by the server
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("subject_type", s.subjectType);
        v("subject_id", s.subjectId);
        v("author_id", s.authorId);
        v("author_name", s.authorName);
        v("text", s.text);
        v("created_at", s.createdAt);
        v("district_code", s.districtCode);
        v("grid_id", s.gridId);
        v("version", s.version);
        v("updated_at", s.updatedAt);
    }
};

// POST /api/v1/notes.
struct NoteCreateRequest {
    QString id;
    QString subjectType;
    QString subjectId;
    QString text;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("subject_type", s.subjectType);
        v("subject_id", s.subjectId);
        v("text", s.text);
    }
};

// POST /api/v1/applications: an application started at the counter on the applicant's behalf (channel
// "counter"); the server numbers it, copies the service's workflow steps and starts the first one.
struct ApplicationCreateRequest {
    QString id;
    QString serviceId;
    QString applicantType; // "citizen" / "enterprise"; must match the service's applicant_type
    QString applicantId;
    std::optional<QString> remark;
    // The push campaign the citizen came with (domain/campaign.h): it must have delivered its message about
    // this service to the applicant. Without it the server links the campaign that reached them last.
    std::optional<QString> campaignId;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("service_id", s.serviceId);
        v("applicant_type", s.applicantType);
        v("applicant_id", s.applicantId);
        v("remark", s.remark);
        v("campaign_id", s.campaignId);
    }
};

} // namespace gd
