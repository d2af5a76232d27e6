#pragma once
// Reference data every client holds: the region tree (district → street → community → grid),
// departments, the tag catalogue and the service catalogue with workflow steps.

#include "domain/codec.h"

namespace gd {

struct Region {
    QString id;
    std::optional<QString> parentId;
    QString level; // "district", "street", "community", "grid"
    QString name;
    QString districtCode; // e.g. 350203 for 思明区
    qint64 version = 1;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("parent_id", s.parentId);
        v("level", s.level);
        v("name", s.name);
        v("district_code", s.districtCode);
        v("version", s.version);
    }
};

struct Department {
    QString id;
    QString name;
    QString shortName;
    qint64 version = 1;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("name", s.name);
        v("short_name", s.shortName);
        v("version", s.version);
    }
};

struct Tag {
    QString id;
    QString name;
    QString tagClass;  // "basic", "social", "behaviour", "preference"
    QString appliesTo; // "citizen", "enterprise", "service"
    QString description;
    qint64 version = 1;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("name", s.name);
        v("class", s.tagClass);
        v("applies_to", s.appliesTo);
        v("description", s.description);
        v("version", s.version);
    }
};

// A step of a service's workflow definition. Steps sharing a stage run in parallel; stages in order.
struct WorkflowStep {
    int seq = 0;
    QString name;
    QString departmentId;
    int slaDays = 0;
    std::optional<int> stage; // absent (older servers): seq

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("seq", s.seq);
        v("name", s.name);
        v("department_id", s.departmentId);
        v("sla_days", s.slaDays);
        v("stage", s.stage);
    }
};

struct ServiceItem {
    QString id;
    QString code;
    QString name;
    QString departmentId; // the lead department
    QString category;
    QString applicantType; // "citizen" or "enterprise"
    int slaDays = 0;
    QStringList materials;
    QString description;
    bool online = true;
    QStringList tagIds;
    QList<WorkflowStep> steps;
    qint64 version = 1;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("code", s.code);
        v("name", s.name);
        v("department_id", s.departmentId);
        v("category", s.category);
        v("applicant_type", s.applicantType);
        v("sla_days", s.slaDays);
        v("materials", s.materials);
        v("description", s.description);
        v("online", s.online);
        v("tag_ids", s.tagIds);
        v("steps", s.steps);
        v("version", s.version);
    }
};

} // namespace gd
