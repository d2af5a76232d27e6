#pragma once
// Citizens and enterprises as they travel between server and client. ID numbers and phones are masked
// unless the server was asked to reveal them (then `masked` is false).

#include "domain/codec.h"

namespace gd {

struct TagAssignment {
    QString tagId;
    QDate since;
    QString source; // "registry", "application", "grid_visit", "model", "manual"

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("tag_id", s.tagId);
        v("since", s.since);
        v("source", s.source);
    }
};

struct Citizen {
    QString id;
    QString name;
    QString gender; // "male" / "female"
    QDate birthDate;
    QString idNumber; // masked unless revealed
    QString phone;    // masked unless revealed
    bool masked = true;
    int realnameLevel = 1; // 1 初级, 2 中级, 3 高级
    QString districtCode;
    QString streetId;
    QString communityId;
    QString gridId;
    QString address;
    std::optional<QString> householdId;
    std::optional<QString> relationToHead;
    std::optional<QString> officerId;
    QStringList linkedSystems;
    QList<TagAssignment> tags;
    QDateTime registeredAt;
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("name", s.name);
        v("gender", s.gender);
        v("birth_date", s.birthDate);
        v("id_number", s.idNumber);
        v("phone", s.phone);
        v("masked", s.masked);
        v("realname_level", s.realnameLevel);
        v("district_code", s.districtCode);
        v("street_id", s.streetId);
        v("community_id", s.communityId);
        v("grid_id", s.gridId);
        v("address", s.address);
        v("household_id", s.householdId);
        v("relation_to_head", s.relationToHead);
        v("officer_id", s.officerId);
        v("linked_systems", s.linkedSystems);
        v("tags", s.tags);
        v("registered_at", s.registeredAt);
        v("version", s.version);
        v("updated_at", s.updatedAt);
    }
};

struct Enterprise {
    QString id;
    QString name;
    QString uscc;
    QString legalPerson;
    QString industry;
    QString stage; // "new", "growing", "mature", "closing"
    qint64 registeredCapitalCents = 0;
    QDate establishedOn;
    QString districtCode;
    QString streetId;
    QString communityId;
    QString gridId;
    QString address;
    QString phone; // masked unless revealed
    bool masked = true;
    QList<TagAssignment> tags;
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("name", s.name);
        v("uscc", s.uscc);
        v("legal_person", s.legalPerson);
        v("industry", s.industry);
        v("stage", s.stage);
        v("registered_capital_cents", s.registeredCapitalCents);
        v("established_on", s.establishedOn);
        v("district_code", s.districtCode);
        v("street_id", s.streetId);
        v("community_id", s.communityId);
        v("grid_id", s.gridId);
        v("address", s.address);
        v("phone", s.phone);
        v("masked", s.masked);
        v("tags", s.tags);
        v("version", s.version);
        v("updated_at", s.updatedAt);
    }
};

struct RevealRequest {
    QStringList fields_; // "id_number", "phone"
    QString reason;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("fields", s.fields_);
        v("reason", s.reason);
    }
};

} // namespace gd
