// The whitelists of the read-only repositories (filters and sorts over indexed columns).

#include "store/billrepository.h"
#include "store/catalogrepository.h"
#include "store/citizenrepository.h"
#include "store/enterpriserepository.h"
#include "store/messagerepository.h"

namespace gd::store {

CitizenRepository::CitizenRepository(Connection &connection, SearchIndex &search)
    : Repository(
          connection, search, QStringLiteral("citizen"),
          ListSpec{{{QStringLiteral("grid"), "grid_id = ?"},
                    {QStringLiteral("community"), "community_id = ?"},
                    {QStringLiteral("street"), "street_id = ?"},
                    {QStringLiteral("district"), "district_code = ?"},
                    {QStringLiteral("household"), "household_id = ?"},
                    {QStringLiteral("realname_level"), "realname_level = CAST(? AS INTEGER)"},
                    {QStringLiteral("tag"), "id IN (SELECT citizen_id FROM citizen_tags WHERE tag_id = ?)"},
                    // value "1": citizens with at least one overdue bill
                    {QStringLiteral("overdue_bill"),
                     "id IN (SELECT citizen_id FROM bills WHERE status = 'overdue' AND ? = '1')"}},
                   {{QStringLiteral("name"), "name"},
                    {QStringLiteral("birth_date"), "birth_date"},
                    {QStringLiteral("updated_at"), "updated_at"}},
                   "name"})
{
}

EnterpriseRepository::EnterpriseRepository(Connection &connection, SearchIndex &search)
    : Repository(connection, search, QStringLiteral("enterprise"),
                 ListSpec{{{QStringLiteral("grid"), "grid_id = ?"},
                           {QStringLiteral("community"), "community_id = ?"},
                           {QStringLiteral("district"), "district_code = ?"},
                           {QStringLiteral("industry"), "industry = ?"},
                           {QStringLiteral("stage"), "stage = ?"},
                           {QStringLiteral("tag"),
                            "id IN (SELECT enterprise_id FROM enterprise_tags WHERE tag_id = ?)"}},
                          {{QStringLiteral("name"), "name"}, {QStringLiteral("updated_at"), "updated_at"}},
                          "name"})
{
}

BillRepository::BillRepository(Connection &connection, SearchIndex &search)
    : Repository(
          connection, search, QStringLiteral("bill"),
          ListSpec{{{QStringLiteral("citizen"), "citizen_id = ?"},
                    {QStringLiteral("enterprise"), "enterprise_id = ?"},
                    {QStringLiteral("status"), "status = ?"},
                    {QStringLiteral("kind"), "kind = ?"}},
                   {{QStringLiteral("due_date"), "due_date"}, {QStringLiteral("amount"), "amount_cents"}},
                   "due_date"})
{
}

BenefitRepository::BenefitRepository(Connection &connection, SearchIndex &search)
    : Repository(connection, search, QStringLiteral("benefit"),
                 ListSpec{{{QStringLiteral("citizen"), "citizen_id = ?"},
                           {QStringLiteral("enterprise"), "enterprise_id = ?"},
                           {QStringLiteral("status"), "status = ?"},
                           {QStringLiteral("kind"), "kind = ?"}},
                          {{QStringLiteral("submitted_at"), "submitted_at"}},
                          "submitted_at"})
{
}

MessageRepository::MessageRepository(Connection &connection, SearchIndex &search)
    : Repository(connection, search, QStringLiteral("message"),
                 ListSpec{{{QStringLiteral("citizen"), "citizen_id = ?"},
                           {QStringLiteral("grid"), "grid_id = ?"},
                           {QStringLiteral("district"), "district_code = ?"},
                           {QStringLiteral("department"), "department_id = ?"},
                           {QStringLiteral("kind"), "kind = ?"},
                           {QStringLiteral("status"), "status = ?"}},
                          {{QStringLiteral("created_at"), "created_at"}},
                          "created_at"})
{
}

RegionRepository::RegionRepository(Connection &connection, SearchIndex &search)
    : Repository(connection, search, QStringLiteral("region"),
                 ListSpec{{{QStringLiteral("parent"), "parent_id = ?"},
                           {QStringLiteral("level"), "level = ?"},
                           {QStringLiteral("district"), "district_code = ?"}},
                          {{QStringLiteral("name"), "name"}, {QStringLiteral("id"), "id"}},
                          "id"})
{
}

DepartmentRepository::DepartmentRepository(Connection &connection, SearchIndex &search)
    : Repository(connection, search, QStringLiteral("department"),
                 ListSpec{{}, {{QStringLiteral("name"), "name"}, {QStringLiteral("id"), "id"}}, "id"})
{
}

TagRepository::TagRepository(Connection &connection, SearchIndex &search)
    : Repository(
          connection, search, QStringLiteral("tag"),
          ListSpec{{{QStringLiteral("class"), "class = ?"}, {QStringLiteral("applies_to"), "applies_to = ?"}},
                   {{QStringLiteral("name"), "name"}, {QStringLiteral("id"), "id"}},
                   "id"})
{
}

ServiceRepository::ServiceRepository(Connection &connection, SearchIndex &search)
    : Repository(connection, search, QStringLiteral("service"),
                 ListSpec{{{QStringLiteral("department"), "department_id = ?"},
                           {QStringLiteral("category"), "category = ?"}},
                          {{QStringLiteral("name"), "name"}, {QStringLiteral("code"), "code"}},
                          "code"})
{
}

} // namespace gd::store
