#pragma once
// The tag catalogue (table tags): citizen tags in the four classes basic / social / behaviour /
// preference, enterprise tags (lifecycle stage and kind) and service tags (事项打标). Ids are stable
// ("t_pregnant", "t_ent_new", "t_svc_birth") because recommendation rules and tests name them.

#include "demo/demorecords.h"

namespace gd::server {

struct DemoTag {
    QString id;
    QString name;
    QString tagClass;  // "basic", "social", "behaviour", "preference"
    QString appliesTo; // "citizen", "enterprise", "service"
    QString description;
};

class TagCatalogue {
public:
    static const std::vector<DemoTag> &all();
    static const QString &citizenTagId(CitizenTag tag);
    static const QString &enterpriseTagId(EnterpriseTag tag);
    static const QString &sourceName(TagSource source); // "registry", "application", "grid_visit", "model"
    static bool contains(const QString &id);
};

} // namespace gd::server
