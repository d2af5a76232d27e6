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

// A licence or certificate an enterprise holds (营业执照, 食品经营许可证 …).
struct Licence {
    QString name;
    QString number;
    QString issuer;
    QDate issuedOn;
    QDate validUntil;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("name", s.name);
        v("number", s.number);
        v("issuer", s.issuer);
        v("issued_on", s.issuedOn);
        v("valid_until", s.validUntil);
    }
};

// One month of an enterprise's social-insurance contributions.
struct InsurancePayment {
    QString month; // "2026-10"
    int employees = 0;
    qint64 amountCents = 0;
    QString status; // "paid", "due", "overdue"

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("month", s.month);
        v("employees", s.employees);
        v("amount_cents", s.amountCents);
        v("status", s.status);
    }
};

struct Enterprise {
    QString id;
    QString name;
    QString uscc;
    QString legalPerson;
    std::optional<QString> legalPersonId; // the legal representative's citizen id, when registered here
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
    // Optional only so that objects from servers before schema 3 still decode; the server sends both.
    std::optional<QList<Licence>> licences;
    std::optional<QList<InsurancePayment>> socialInsurance; // the last 12 months, newest first
    qint64 version = 1;
    QDateTime updatedAt;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("name", s.name);
        v("uscc", s.uscc);
        v("legal_person", s.legalPerson);
        v("legal_person_id", s.legalPersonId);
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
        v("licences", s.licences);
        v("social_insurance", s.socialInsurance);
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
