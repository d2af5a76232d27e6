#include "store/localtables.h"

namespace gd::store {

namespace {

using T = LocalColumn::Type;

LocalColumn text(const char *name, const char *key = nullptr)
{
    return LocalColumn{QByteArray(name), QLatin1String(key ? key : name), T::Text};
}

LocalColumn integer(const char *name, const char *key = nullptr)
{
    return LocalColumn{QByteArray(name), QLatin1String(key ? key : name), T::Integer};
}

} // namespace

const QList<LocalTable> &localTables()
{
    static const QList<LocalTable> tables{
        {QStringLiteral("region"),
         "regions",
         {text("parent_id"), text("level"), text("name"), text("district_code")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/regions")},
        {QStringLiteral("department"),
         "departments",
         {text("name")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/departments")},
        {QStringLiteral("tag"),
         "tags",
         {text("name"), text("class"), text("applies_to")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/tags")},
        {QStringLiteral("service"),
         "services",
         {text("name"), text("code"), text("department_id"), text("category")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/services")},
        {QStringLiteral("citizen"),
         "citizens",
         {text("name"), text("gender"), text("birth_date"), integer("realname_level"), text("district_code"),
          text("street_id"), text("community_id"), text("grid_id"), text("household_id"), text("updated_at")},
         "citizen_tags",
         "citizen_id",
         SearchIndex::Kind::Citizen,
         QStringLiteral("/api/v1/citizens")},
        {QStringLiteral("enterprise"),
         "enterprises",
         {text("name"), text("industry"), text("stage"), text("district_code"), text("street_id"),
          text("community_id"), text("grid_id"), text("updated_at")},
         "enterprise_tags",
         "enterprise_id",
         SearchIndex::Kind::Enterprise,
         QStringLiteral("/api/v1/enterprises")},
        {QStringLiteral("application"),
         "applications",
         {text("number"), text("service_id"), text("applicant_id"), text("applicant_name"), text("status"),
          integer("current_step"), text("channel"), text("submitted_at"), text("due_at"), text("priority"),
          text("district_code"), text("grid_id"), text("updated_at")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/applications")},
        {QStringLiteral("bill"),
         "bills",
         {text("citizen_id"), text("enterprise_id"), text("kind"), text("status"), text("due_date"),
          integer("amount_cents"), text("updated_at")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/bills")},
        {QStringLiteral("benefit"),
         "benefits",
         {text("citizen_id"), text("enterprise_id"), text("kind"), text("status"), text("submitted_at"),
          text("updated_at")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/benefits")},
        {QStringLiteral("message"),
         "messages",
         {text("citizen_id"), text("kind"), text("channel"), text("status"), text("district_code"),
          text("grid_id"), text("department_id"), text("created_at"), text("updated_at")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/messages")},
        {QStringLiteral("visit"),
         "visits",
         {text("grid_id"), text("citizen_id"), text("kind"), text("visited_at"), text("updated_at"),
          text("household_id"), text("staff_id")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/visits")},
        {QStringLiteral("push"),
         "pushes",
         {text("citizen_id"), text("service_id"), text("campaign_id"), text("status"), text("sent_at"),
          text("updated_at")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/pushes")},
        {QStringLiteral("note"),
         "notes",
         {text("subject_id"), text("subject_type"), text("created_at"), text("updated_at")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/notes")},
        {QStringLiteral("campaign"),
         "campaigns",
         {text("state"), text("title"), text("created_by"), text("created_at"), text("updated_at")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/campaigns")},
        // Grid work (issue 8).
        {QStringLiteral("household"),
         "households",
         {text("grid_id"), text("community_id"), text("district_code"), text("address"),
          text("head_citizen_id"), text("updated_at")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/households")},
        {QStringLiteral("incident"),
         "incidents",
         {text("grid_id"), text("status"), text("urgency"), text("category"), text("reported_at"),
          text("reported_by"), text("updated_at")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/incidents")},
        {QStringLiteral("task"),
         "tasks",
         {text("batch_id"), text("grid_id"), text("state"), text("due_on"), text("assigned_by"),
          text("updated_at")},
         {},
         {},
         std::nullopt,
         QStringLiteral("/api/v1/tasks")},
    };
    return tables;
}

const LocalTable *localTable(const QString &entity)
{
    for (const LocalTable &t : localTables()) {
        if (t.entity == entity)
            return &t;
    }
    return nullptr;
}

} // namespace gd::store
