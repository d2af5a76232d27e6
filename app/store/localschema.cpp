#include "store/localschema.h"

#include "store/searchindex.h"

namespace gd::store {

namespace {

// The queue rows of the active steps of open applications: `app` names the applications row (its
// columns and its JSON in `data`), `from` what comes before the steps' json_each in the FROM clause.
// (The same rows as EntityWriter::writeQueueRows writes.)
QByteArray queueInsert(const QByteArray &app, const QByteArray &from = {})
{
    return "INSERT INTO queue_items (application_id, step_seq, stage, department_id, department_name, "
           "step_name, due_at, claimed_by, claimed_by_name, service_id, service_name, number, applicant_id, "
           "applicant_name, applicant_masked, submitted_at, status, paused, version) SELECT " +
           app + ".id, s.value ->> '$.seq', s.value ->> '$.stage', s.value ->> '$.department_id', " +
           "(SELECT name FROM departments d WHERE d.id = s.value ->> '$.department_id'), " +
           "s.value ->> '$.name', CAST(round(unixepoch(s.value ->> '$.due_at', 'subsec') * 1000) AS "
           "INTEGER), " +
           "s.value ->> '$.claimed_by', s.value ->> '$.claimed_by_name', " + app + ".service_id, " +
           "(SELECT name FROM services v WHERE v.id = " + app + ".service_id), " + app + ".number, " + app +
           ".applicant_id, " + app + ".applicant_name, " + app + ".data ->> '$.applicant_id_masked', " +
           "CAST(round(unixepoch(" + app + ".submitted_at, 'subsec') * 1000) AS INTEGER), " + app +
           ".status, (" + app + ".status = 'supplement'), " + app + ".version FROM " + from + "json_each(" +
           app + ".data, '$.steps') AS s WHERE s.value ->> '$.status' = 'active' AND " + app +
           ".status NOT IN ('completed', 'rejected')";
}

// Schema 3: the pending queue (待办). One row per active step of an open application — the unit an
// officer claims and handles — written by EntityWriter with every write of an application (pull,
// optimistic action, the server's answer, a refetch) from the object at hand; the migration builds the
// rows of the applications already stored from their JSON. Times are epoch milliseconds (the ISO texts
// of the JSON may or may not carry milliseconds, so they would not compare as text). Names of services
// and departments are copied in for sorting and follow renames through triggers.
QList<QByteArray> queueStatements()
{
    return {
        "CREATE TABLE queue_items (application_id TEXT NOT NULL, step_seq INTEGER NOT NULL, stage INTEGER, "
        "department_id TEXT, department_name TEXT, step_name TEXT, due_at INTEGER, claimed_by TEXT, "
        "claimed_by_name TEXT, service_id TEXT, service_name TEXT, number TEXT, applicant_id TEXT, "
        "applicant_name TEXT, applicant_masked TEXT, submitted_at INTEGER, status TEXT, "
        "paused INTEGER NOT NULL DEFAULT 0, version INTEGER, PRIMARY KEY (application_id, step_seq))",
        // The default views: a department's queue by due time or submission, "claimed by me" and
        // "unclaimed" (in a department or not), one service, a number typed in; the whole local copy
        // (supervisors) by due time. `paused` ends the due-time indexes so that the SLA filters, their
        // counts and the badge's counts read an index alone.
        "CREATE INDEX queue_department_due ON queue_items(department_id, due_at, paused)",
        "CREATE INDEX queue_department_submitted ON queue_items(department_id, submitted_at)",
        "CREATE INDEX queue_claimed ON queue_items(claimed_by, due_at, paused)",
        "CREATE INDEX queue_department_claimed ON queue_items(department_id, claimed_by, due_at, paused)",
        "CREATE INDEX queue_service ON queue_items(service_id, due_at)",
        "CREATE INDEX queue_number ON queue_items(number)",
        "CREATE INDEX queue_applicant ON queue_items(applicant_name)",
        "CREATE INDEX queue_due ON queue_items(due_at, paused)",
        "CREATE TRIGGER services_queue_name AFTER INSERT ON services BEGIN "
        "UPDATE queue_items SET service_name = new.name WHERE service_id = new.id; END",
        "CREATE TRIGGER services_queue_rename AFTER UPDATE OF name ON services BEGIN "
        "UPDATE queue_items SET service_name = new.name WHERE service_id = new.id; END",
        "CREATE TRIGGER departments_queue_name AFTER INSERT ON departments BEGIN "
        "UPDATE queue_items SET department_name = new.name WHERE department_id = new.id; END",
        "CREATE TRIGGER departments_queue_rename AFTER UPDATE OF name ON departments BEGIN "
        "UPDATE queue_items SET department_name = new.name WHERE department_id = new.id; END",
        // The applications already here: rebuilt from their stored JSON (no new initial sync).
        queueInsert("a", "applications a, "),
        // Why the server refused a write (details.reason, claimed_by_name, …) for the conflict queue's text.
        "ALTER TABLE conflicts ADD COLUMN error_details TEXT",
    };
}

// Schema 6: grid work (issue 8). Households, incident reports and grid tasks come with the feed; the
// photos of incidents are local only (the bytes a grid manager took, kept encrypted until they are
// uploaded, and the ones downloaded to be shown), never a feed entity: `data` NULL when not downloaded.
QList<QByteArray> gridStatements()
{
    return {
        "CREATE TABLE households (id TEXT PRIMARY KEY, version INTEGER NOT NULL, grid_id TEXT, "
        "community_id TEXT, district_code TEXT, address TEXT, head_citizen_id TEXT, updated_at TEXT, "
        "data TEXT NOT NULL)",
        "CREATE INDEX households_grid ON households(grid_id, address, id)",
        "CREATE INDEX households_community ON households(community_id, address, id)",
        "CREATE TABLE incidents (id TEXT PRIMARY KEY, version INTEGER NOT NULL, grid_id TEXT, status TEXT, "
        "urgency TEXT, category TEXT, reported_at TEXT, reported_by TEXT, updated_at TEXT, "
        "data TEXT NOT NULL)",
        "CREATE INDEX incidents_grid ON incidents(grid_id, reported_at, id)",
        "CREATE INDEX incidents_status ON incidents(status, reported_at, id)",
        "CREATE INDEX incidents_reported ON incidents(reported_at, id)",
        "CREATE TABLE tasks (id TEXT PRIMARY KEY, version INTEGER NOT NULL, batch_id TEXT, grid_id TEXT, "
        "state TEXT, due_on TEXT, assigned_by TEXT, updated_at TEXT, data TEXT NOT NULL)",
        "CREATE INDEX tasks_grid ON tasks(grid_id, state, due_on, id)",
        "CREATE INDEX tasks_batch ON tasks(batch_id, grid_id)",
        "CREATE INDEX tasks_due ON tasks(due_on, id)",
        "CREATE TABLE attachments (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, file_name TEXT, "
        "content_type TEXT, size INTEGER, sha256 TEXT, data BLOB, created_at TEXT, "
        "uploaded INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX attachments_incident ON attachments(incident_id)",
        // Visits by household and by visitor; rows already here keep the values in their JSON.
        "ALTER TABLE visits ADD COLUMN household_id TEXT",
        "ALTER TABLE visits ADD COLUMN staff_id TEXT",
        "UPDATE visits SET household_id = json_extract(data, '$.household_id') "
        "WHERE json_type(data, '$.household_id') = 'text'",
        "UPDATE visits SET staff_id = json_extract(data, '$.staff_id') "
        "WHERE json_type(data, '$.staff_id') = 'text'",
        "CREATE INDEX visits_household ON visits(household_id, visited_at)",
        "CREATE INDEX visits_staff ON visits(staff_id, visited_at)",
        // Schema 5 skipped "household", "incident" and "task" changes as unknown entities: pull the feed
        // again from the start (rows already here stay; an upsert never goes back in version).
        "DELETE FROM sync_state WHERE key = 'pull_since'",
    };
}

} // namespace

const QList<LocalMigration> &localMigrations()
{
    static const QList<LocalMigration> list = [] {
        QList<QByteArray> base{
            "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            // Reference data.
            "CREATE TABLE regions (id TEXT PRIMARY KEY, version INTEGER NOT NULL, parent_id TEXT, "
            "level TEXT NOT NULL, name TEXT NOT NULL, district_code TEXT, data TEXT NOT NULL)",
            "CREATE INDEX regions_parent ON regions(parent_id, name)",
            "CREATE INDEX regions_level ON regions(level, name)",
            "CREATE TABLE departments (id TEXT PRIMARY KEY, version INTEGER NOT NULL, name TEXT NOT NULL, "
            "data TEXT NOT NULL)",
            "CREATE TABLE tags (id TEXT PRIMARY KEY, version INTEGER NOT NULL, name TEXT NOT NULL, "
            "class TEXT, applies_to TEXT, data TEXT NOT NULL)",
            "CREATE TABLE services (id TEXT PRIMARY KEY, version INTEGER NOT NULL, name TEXT NOT NULL, "
            "code TEXT, department_id TEXT, category TEXT, data TEXT NOT NULL)",
            "CREATE INDEX services_department ON services(department_id, name)",
            // People and enterprises; an INTEGER rowid keys the search index.
            "CREATE TABLE citizens (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
            "version INTEGER NOT NULL, name TEXT NOT NULL, gender TEXT, birth_date TEXT, "
            "realname_level INTEGER, district_code TEXT, street_id TEXT, community_id TEXT, grid_id TEXT, "
            "household_id TEXT, updated_at TEXT, data TEXT NOT NULL)",
            "CREATE INDEX citizens_name ON citizens(name, id)",
            "CREATE INDEX citizens_grid ON citizens(grid_id, name, id)",
            "CREATE INDEX citizens_community ON citizens(community_id, name, id)",
            "CREATE INDEX citizens_household ON citizens(household_id)",
            // One index per whitelisted filter, ending in the default sort, so a filtered first page
            // reads an index range instead of decrypting the whole table.
            "CREATE INDEX citizens_district ON citizens(district_code, name, id)",
            "CREATE INDEX citizens_street ON citizens(street_id, name, id)",
            "CREATE INDEX citizens_level ON citizens(realname_level, name, id)",
            "CREATE INDEX citizens_birth ON citizens(birth_date, id)",
            "CREATE INDEX citizens_updated ON citizens(updated_at, id)",
            "CREATE TABLE citizen_tags (citizen_id TEXT NOT NULL, tag_id TEXT NOT NULL, "
            "PRIMARY KEY (citizen_id, tag_id)) WITHOUT ROWID",
            "CREATE INDEX citizen_tags_tag ON citizen_tags(tag_id, citizen_id)",
            "CREATE TABLE enterprises (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
            "version INTEGER NOT NULL, name TEXT NOT NULL, industry TEXT, stage TEXT, district_code TEXT, "
            "street_id TEXT, community_id TEXT, grid_id TEXT, updated_at TEXT, data TEXT NOT NULL)",
            "CREATE INDEX enterprises_name ON enterprises(name, id)",
            "CREATE INDEX enterprises_grid ON enterprises(grid_id, name, id)",
            "CREATE TABLE enterprise_tags (enterprise_id TEXT NOT NULL, tag_id TEXT NOT NULL, "
            "PRIMARY KEY (enterprise_id, tag_id)) WITHOUT ROWID",
            "CREATE INDEX enterprise_tags_tag ON enterprise_tags(tag_id, enterprise_id)",
            // Casework.
            "CREATE TABLE applications (id TEXT PRIMARY KEY, version INTEGER NOT NULL, number TEXT, "
            "service_id TEXT, applicant_id TEXT, applicant_name TEXT, status TEXT, current_step INTEGER, "
            "channel TEXT, submitted_at TEXT, due_at TEXT, priority TEXT, district_code TEXT, grid_id TEXT, "
            "updated_at TEXT, data TEXT NOT NULL)",
            "CREATE INDEX applications_submitted ON applications(submitted_at, id)",
            "CREATE INDEX applications_status ON applications(status, due_at, id)",
            "CREATE INDEX applications_applicant ON applications(applicant_id, submitted_at)",
            "CREATE INDEX applications_due ON applications(due_at, id)",
            "CREATE INDEX applications_number ON applications(number, id)",
            "CREATE INDEX applications_service ON applications(service_id, submitted_at, id)",
            "CREATE INDEX applications_district ON applications(district_code, submitted_at, id)",
            "CREATE INDEX applications_grid ON applications(grid_id, submitted_at, id)",
            "CREATE INDEX applications_priority ON applications(priority, submitted_at, id)",
            "CREATE TABLE bills (id TEXT PRIMARY KEY, version INTEGER NOT NULL, citizen_id TEXT, kind TEXT, "
            "status TEXT, due_date TEXT, amount_cents INTEGER, updated_at TEXT, data TEXT NOT NULL)",
            "CREATE INDEX bills_citizen ON bills(citizen_id, due_date)",
            "CREATE INDEX bills_status ON bills(status, due_date, id)",
            "CREATE TABLE benefits (id TEXT PRIMARY KEY, version INTEGER NOT NULL, citizen_id TEXT, "
            "kind TEXT, status TEXT, submitted_at TEXT, updated_at TEXT, data TEXT NOT NULL)",
            "CREATE INDEX benefits_citizen ON benefits(citizen_id, submitted_at)",
            "CREATE TABLE messages (id TEXT PRIMARY KEY, version INTEGER NOT NULL, citizen_id TEXT, "
            "kind TEXT, channel TEXT, status TEXT, district_code TEXT, grid_id TEXT, department_id TEXT, "
            "created_at TEXT, updated_at TEXT, data TEXT NOT NULL)",
            "CREATE INDEX messages_created ON messages(created_at, id)",
            "CREATE INDEX messages_citizen ON messages(citizen_id, created_at)",
            "CREATE INDEX messages_grid ON messages(grid_id, created_at)",
            "CREATE INDEX messages_district ON messages(district_code, created_at)",
            "CREATE INDEX messages_department ON messages(department_id, created_at)",
            "CREATE INDEX messages_status ON messages(status, created_at)",
            "CREATE TABLE visits (id TEXT PRIMARY KEY, version INTEGER NOT NULL, grid_id TEXT, "
            "citizen_id TEXT, kind TEXT, visited_at TEXT, updated_at TEXT, data TEXT NOT NULL)",
            "CREATE INDEX visits_grid ON visits(grid_id, visited_at)",
            "CREATE INDEX visits_citizen ON visits(citizen_id, visited_at)",
            // Every local write, in device order, until the server has confirmed it (see Outbox).
            "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, "
            "method TEXT NOT NULL, path TEXT NOT NULL, body TEXT NOT NULL, entity TEXT NOT NULL, "
            "entity_id TEXT NOT NULL, base_version INTEGER, summary TEXT NOT NULL DEFAULT '', "
            "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at TEXT NOT NULL)",
            "CREATE INDEX outbox_entity ON outbox(entity, entity_id)",
            // Writes the server refused (stale base version or rejected), waiting for the user.
            "CREATE TABLE conflicts (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
            "entity TEXT NOT NULL, entity_id TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, "
            "local_body TEXT NOT NULL, base_version INTEGER, server_data TEXT, error_code TEXT, "
            "error_message TEXT, summary TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)",
        };
        base += SearchIndex::schemaStatements();
        const QList<QByteArray> homepages{
            // Services pushed to citizens (主动推送) and staff notes on citizens and enterprises.
            "CREATE TABLE pushes (id TEXT PRIMARY KEY, version INTEGER NOT NULL, citizen_id TEXT, "
            "service_id TEXT, campaign_id TEXT, status TEXT, sent_at TEXT, updated_at TEXT, "
            "data TEXT NOT NULL)",
            "CREATE INDEX pushes_citizen ON pushes(citizen_id, sent_at)",
            "CREATE INDEX pushes_sent ON pushes(sent_at, id)",
            // The other whitelisted filters, ending in the default sort (as for the base tables).
            "CREATE INDEX pushes_service ON pushes(service_id, sent_at, id)",
            "CREATE INDEX pushes_campaign ON pushes(campaign_id, sent_at, id)",
            "CREATE INDEX pushes_status ON pushes(status, sent_at, id)",
            "CREATE TABLE notes (id TEXT PRIMARY KEY, version INTEGER NOT NULL, subject_id TEXT, "
            "subject_type TEXT, created_at TEXT, updated_at TEXT, data TEXT NOT NULL)",
            "CREATE INDEX notes_subject ON notes(subject_id, created_at)",
            // An enterprise's bills and benefit applications (citizen_id "" and enterprise_id set).
            "ALTER TABLE bills ADD COLUMN enterprise_id TEXT",
            "ALTER TABLE benefits ADD COLUMN enterprise_id TEXT",
            // Rows a newer server already sent keep the value in their JSON: copy it out, so the
            // enterprise lists are complete without a new initial sync.
            "UPDATE bills SET enterprise_id = json_extract(data, '$.enterprise_id') "
            "WHERE json_type(data, '$.enterprise_id') = 'text'",
            "UPDATE benefits SET enterprise_id = json_extract(data, '$.enterprise_id') "
            "WHERE json_type(data, '$.enterprise_id') = 'text'",
            "CREATE INDEX bills_enterprise ON bills(enterprise_id, due_date)",
            "CREATE INDEX benefits_enterprise ON benefits(enterprise_id, submitted_at)",
            // Schema 1 skipped "push" and "note" changes as unknown entities: pull the feed again from
            // the start. Rows already here stay (an upsert never goes back in version); only the
            // checkpoint moves.
            "DELETE FROM sync_state WHERE key = 'pull_since'",
        };
        return QList<LocalMigration>{
            {1, "base schema", base},
            {2, "homepages: pushes, notes, enterprise bills and benefits", homepages},
            {3, "pending queue: one row per active step, refusal details of conflicts", queueStatements()},
            // Dashboards (issue 6): the last answer of each report set, shown offline with its age.
            {4,
             "dashboards: last-known reports",
             {"CREATE TABLE report_cache (key TEXT PRIMARY KEY, body BLOB NOT NULL, fetched_at TEXT NOT "
              "NULL)"}},
            // Push campaigns (issue 7): drafts and approvals work offline through the outbox. Schema 4
            // skipped "campaign" changes as an unknown entity: pull the feed again from the start (rows
            // already here stay; an upsert never goes back in version).
            {5,
             "push campaigns",
             {"CREATE TABLE campaigns (id TEXT PRIMARY KEY, version INTEGER NOT NULL, state TEXT, title "
              "TEXT, "
              "created_by TEXT, created_at TEXT, updated_at TEXT, data TEXT NOT NULL)",
              "CREATE INDEX campaigns_updated ON campaigns(updated_at, id)",
              "CREATE INDEX campaigns_state ON campaigns(state, updated_at, id)",
              "CREATE INDEX campaigns_creator ON campaigns(created_by, updated_at, id)",
              "DELETE FROM sync_state WHERE key = 'pull_since'"}},
            {6, "grid work: households, incidents and their photos, tasks, visits by household",
             gridStatements()}};
    }();
    return list;
}

int latestLocalSchemaVersion()
{
    return localMigrations().constLast().version;
}

} // namespace gd::store
