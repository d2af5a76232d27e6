#include "db/migrations.h"

namespace gd::server {

// Portable SQL for SQLite 3.40 and PostgreSQL 15. Tokens: {{SERIAL_PK}} an auto-increment 64-bit
// primary key, {{BIGINT}} a 64-bit integer, {{WITHOUT_ROWID}} after a CREATE TABLE: SQLite stores the
// table in its primary-key order (PostgreSQL: nothing). Times are ISO 8601 UTC text
// ("2026-11-24T13:10:00.000Z"), dates "yyyy-MM-dd", booleans 0/1, lists JSON text. Every syncable table has
// version and updated_at.
const QList<Migration> &migrations()
{
    static const QList<Migration> list{
        {1,
         QStringLiteral("base schema"),
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             // Region tree: district -> street -> community -> grid.
             QStringLiteral(
                 "CREATE TABLE regions (id TEXT PRIMARY KEY, parent_id TEXT, level TEXT NOT NULL, "
                 "name TEXT NOT NULL, district_code TEXT NOT NULL, version {{BIGINT}} NOT NULL DEFAULT 1, "
                 "updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX regions_parent ON regions(parent_id)"),
             QStringLiteral("CREATE TABLE departments (id TEXT PRIMARY KEY, name TEXT NOT NULL, short_name "
                            "TEXT NOT NULL, "
                            "version {{BIGINT}} NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE staff (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, "
                 "display_name TEXT NOT NULL, role TEXT NOT NULL, department_id TEXT, area_code TEXT, "
                 "password_hash TEXT NOT NULL, totp_secret TEXT, failed_logins INTEGER NOT NULL DEFAULT 0, "
                 "locked_until TEXT, active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE staff_grids (staff_id TEXT NOT NULL, grid_id TEXT NOT NULL, "
                            "PRIMARY KEY (staff_id, grid_id))"),
             QStringLiteral("CREATE INDEX staff_grids_grid ON staff_grids(grid_id)"),
             QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, staff_id TEXT NOT NULL, family_id "
                            "TEXT NOT NULL, "
                            "access_hash TEXT NOT NULL UNIQUE, access_expires_at TEXT NOT NULL, "
                            "refresh_hash TEXT NOT NULL UNIQUE, refresh_expires_at TEXT NOT NULL, "
                            "revoked INTEGER NOT NULL DEFAULT 0, rotated INTEGER NOT NULL DEFAULT 0, "
                            "created_at TEXT NOT NULL, client_address TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX sessions_family ON sessions(family_id)"),
             QStringLiteral(
                 "CREATE TABLE tags (id TEXT PRIMARY KEY, name TEXT NOT NULL, class TEXT NOT NULL, "
                 "applies_to TEXT NOT NULL, description TEXT NOT NULL, version {{BIGINT}} NOT NULL DEFAULT "
                 "1, "
                 "updated_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE households (id TEXT PRIMARY KEY, address TEXT NOT NULL, grid_id TEXT NOT "
                 "NULL, "
                 "head_citizen_id TEXT, version {{BIGINT}} NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX households_grid ON households(grid_id)"),
             QStringLiteral(
                 "CREATE TABLE citizens (id TEXT PRIMARY KEY, name TEXT NOT NULL, gender TEXT NOT NULL, "
                 "birth_date TEXT NOT NULL, id_number TEXT NOT NULL UNIQUE, phone TEXT NOT NULL, "
                 "realname_level INTEGER NOT NULL, district_code TEXT NOT NULL, street_id TEXT NOT NULL, "
                 "community_id TEXT NOT NULL, grid_id TEXT NOT NULL, address TEXT NOT NULL, "
                 "household_id TEXT, relation_to_head TEXT, officer_id TEXT, "
                 "linked_systems TEXT NOT NULL DEFAULT '[]', registered_at TEXT NOT NULL, "
                 "version {{BIGINT}} NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX citizens_grid ON citizens(grid_id, name, id)"),
             QStringLiteral("CREATE INDEX citizens_district ON citizens(district_code, name, id)"),
             QStringLiteral("CREATE INDEX citizens_name ON citizens(name, id)"),
             QStringLiteral("CREATE INDEX citizens_household ON citizens(household_id)"),
             QStringLiteral("CREATE TABLE citizen_tags (citizen_id TEXT NOT NULL, tag_id TEXT NOT NULL, "
                            "since TEXT NOT NULL, "
                            "source TEXT NOT NULL, PRIMARY KEY (citizen_id, tag_id))"),
             QStringLiteral("CREATE INDEX citizen_tags_tag ON citizen_tags(tag_id)"),
             QStringLiteral(
                 "CREATE TABLE enterprises (id TEXT PRIMARY KEY, name TEXT NOT NULL, uscc TEXT NOT NULL "
                 "UNIQUE, "
                 "legal_person TEXT NOT NULL, industry TEXT NOT NULL, stage TEXT NOT NULL, "
                 "registered_capital_cents {{BIGINT}} NOT NULL, established_on TEXT NOT NULL, "
                 "district_code TEXT NOT NULL, street_id TEXT NOT NULL, community_id TEXT NOT NULL, "
                 "grid_id TEXT NOT NULL, address TEXT NOT NULL, phone TEXT NOT NULL, "
                 "version {{BIGINT}} NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX enterprises_grid ON enterprises(grid_id, name, id)"),
             QStringLiteral("CREATE INDEX enterprises_district ON enterprises(district_code, name, id)"),
             QStringLiteral("CREATE INDEX enterprises_name ON enterprises(name, id)"),
             QStringLiteral(
                 "CREATE TABLE enterprise_tags (enterprise_id TEXT NOT NULL, tag_id TEXT NOT NULL, "
                 "since TEXT NOT NULL, source TEXT NOT NULL, PRIMARY KEY (enterprise_id, tag_id))"),
             QStringLiteral(
                 "CREATE TABLE services (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                 "department_id TEXT NOT NULL, category TEXT NOT NULL, applicant_type TEXT NOT NULL, "
                 "sla_days INTEGER NOT NULL, materials TEXT NOT NULL, description TEXT NOT NULL, "
                 "online INTEGER NOT NULL, version {{BIGINT}} NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE service_tags (service_id TEXT NOT NULL, tag_id TEXT NOT NULL, "
                            "PRIMARY KEY (service_id, tag_id))"),
             QStringLiteral("CREATE TABLE workflow_steps (service_id TEXT NOT NULL, seq INTEGER NOT NULL, "
                            "name TEXT NOT NULL, department_id TEXT NOT NULL, sla_days INTEGER NOT NULL, "
                            "PRIMARY KEY (service_id, seq))"),
             QStringLiteral(
                 "CREATE TABLE applications (id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, "
                 "service_id TEXT NOT NULL, applicant_type TEXT NOT NULL, applicant_id TEXT NOT NULL, "
                 "status TEXT NOT NULL, current_step INTEGER NOT NULL, channel TEXT NOT NULL, "
                 "submitted_at TEXT NOT NULL, due_at TEXT NOT NULL, completed_at TEXT, rating INTEGER, "
                 "rating_comment TEXT, district_code TEXT NOT NULL, grid_id TEXT NOT NULL, "
                 "version {{BIGINT}} NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX applications_applicant ON applications(applicant_id)"),
             QStringLiteral("CREATE INDEX applications_submitted ON applications(submitted_at, id)"),
             QStringLiteral(
                 "CREATE TABLE application_steps (application_id TEXT NOT NULL, seq INTEGER NOT NULL, "
                 "name TEXT NOT NULL, department_id TEXT NOT NULL, status TEXT NOT NULL, started_at TEXT, "
                 "finished_at TEXT, due_at TEXT, handler_id TEXT, PRIMARY KEY (application_id, seq))"),
             QStringLiteral(
                 "CREATE INDEX application_steps_dept ON application_steps(department_id, application_id)"),
             QStringLiteral(
                 "CREATE TABLE bills (id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL, kind TEXT NOT NULL, "
                 "title TEXT NOT NULL, amount_cents {{BIGINT}} NOT NULL, due_date TEXT NOT NULL, "
                 "status TEXT NOT NULL, paid_at TEXT, version {{BIGINT}} NOT NULL DEFAULT 1, "
                 "updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX bills_citizen ON bills(citizen_id)"),
             QStringLiteral(
                 "CREATE TABLE benefits (id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL, kind TEXT NOT NULL, "
                 "title TEXT NOT NULL, amount_cents {{BIGINT}} NOT NULL, status TEXT NOT NULL, "
                 "submitted_at TEXT NOT NULL, decided_at TEXT, version {{BIGINT}} NOT NULL DEFAULT 1, "
                 "updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX benefits_citizen ON benefits(citizen_id)"),
             QStringLiteral(
                 "CREATE TABLE messages (id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL, kind TEXT NOT NULL, "
                 "channel TEXT NOT NULL, title TEXT NOT NULL, content TEXT NOT NULL, "
                 "district_code TEXT NOT NULL, street_id TEXT NOT NULL, grid_id TEXT NOT NULL, "
                 "department_id TEXT, status TEXT NOT NULL, created_at TEXT NOT NULL, "
                 "version {{BIGINT}} NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX messages_created ON messages(created_at, id)"),
             QStringLiteral("CREATE INDEX messages_citizen ON messages(citizen_id)"),
             QStringLiteral("CREATE INDEX messages_grid ON messages(grid_id)"),
             // Raw usage events (sign-ins, views, applications by channel); aggregated by the analytics
             // layer.
             QStringLiteral(
                 "CREATE TABLE usage_events (id {{SERIAL_PK}}, citizen_id TEXT, kind TEXT NOT NULL, "
                 "channel TEXT NOT NULL, service_id TEXT, district_code TEXT NOT NULL, "
                 "occurred_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX usage_events_time ON usage_events(occurred_at)"),
             // Change log: one row per change, with the scope keys that may see it in change_scopes.
             QStringLiteral(
                 "CREATE TABLE changes (seq {{SERIAL_PK}}, entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
                 "op TEXT NOT NULL, version {{BIGINT}} NOT NULL, changed_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE change_scopes (scope TEXT NOT NULL, seq {{BIGINT}} NOT NULL, "
                            "PRIMARY KEY (scope, seq))"),
             // Append-only, hash-chained audit log.
             QStringLiteral("CREATE TABLE audit_log (seq {{BIGINT}} PRIMARY KEY, at TEXT NOT NULL, actor_id "
                            "TEXT NOT NULL, "
                            "actor_role TEXT NOT NULL, action TEXT NOT NULL, target_type TEXT NOT NULL, "
                            "target_id TEXT NOT NULL, reason TEXT NOT NULL, client_address TEXT NOT NULL, "
                            "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_log_target ON audit_log(target_type, target_id)"),
             // First result per idempotency key (client outbox writes), kept >= 30 days.
             QStringLiteral("CREATE TABLE idempotency_keys (key TEXT PRIMARY KEY, staff_id TEXT NOT NULL, "
                            "status INTEGER NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL)"),
         }},
        {2,
         QStringLiteral("offline sync: application working fields, visits, idempotency key details"),
         {
             // The handling officer's working fields, edited offline and synced with a base version.
             QStringLiteral("ALTER TABLE applications ADD COLUMN remark TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE applications ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal' "
                            "CHECK (priority IN ('normal', 'urgent'))"),
             // Grid visit records; the id is the client's UUID, so an offline record keeps it.
             QStringLiteral(
                 "CREATE TABLE visits (id TEXT PRIMARY KEY, grid_id TEXT NOT NULL, district_code TEXT NOT "
                 "NULL, citizen_id TEXT, household_id TEXT, staff_id TEXT NOT NULL, kind TEXT NOT NULL "
                 "CHECK (kind IN ('routine', 'special_group', 'incident_followup', 'other')), "
                 "visited_at TEXT NOT NULL, summary TEXT NOT NULL, version {{BIGINT}} NOT NULL DEFAULT 1, "
                 "updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX visits_grid ON visits(grid_id, visited_at, id)"),
             QStringLiteral("CREATE INDEX visits_citizen ON visits(citizen_id)"),
             // Who sent a keyed write from which device, for support; created_at for the daily purge.
             QStringLiteral("ALTER TABLE idempotency_keys ADD COLUMN device_id TEXT"),
             QStringLiteral("ALTER TABLE idempotency_keys ADD COLUMN device_seq {{BIGINT}}"),
             QStringLiteral("ALTER TABLE idempotency_keys ADD COLUMN method TEXT"),
             QStringLiteral("ALTER TABLE idempotency_keys ADD COLUMN path TEXT"),
             QStringLiteral("CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at)"),
         }},
        {3,
         QStringLiteral("homepages: enterprise licences and social insurance, enterprise bills and benefits, "
                        "pushes, notes"),
         {
             // The legal representative's citizen id when registered here (legal_person keeps the name).
             QStringLiteral("ALTER TABLE enterprises ADD COLUMN legal_person_id TEXT"),
             // Licences in the order the enterprise lists them (seq from 1).
             QStringLiteral(
                 "CREATE TABLE enterprise_licences (enterprise_id TEXT NOT NULL, seq INTEGER NOT NULL, "
                 "name TEXT NOT NULL, number TEXT NOT NULL, issuer TEXT NOT NULL, issued_on TEXT NOT NULL, "
                 "valid_until TEXT NOT NULL, PRIMARY KEY (enterprise_id, seq))"),
             // One row per month ("2026-10") of social-insurance contributions.
             QStringLiteral(
                 "CREATE TABLE enterprise_insurance (enterprise_id TEXT NOT NULL, month TEXT NOT NULL, "
                 "employees INTEGER NOT NULL, amount_cents {{BIGINT}} NOT NULL, status TEXT NOT NULL "
                 "CHECK (status IN ('paid', 'due', 'overdue')), PRIMARY KEY (enterprise_id, month))"),
             // An enterprise's bills and benefit applications: citizen_id '' and enterprise_id set. The
             // owner index (the enterprise, else the citizen) serves the scope predicate (entities.cpp),
             // so that the owners in scope drive the lookup of their rows, as bills_citizen did before.
             QStringLiteral("ALTER TABLE bills ADD COLUMN enterprise_id TEXT"),
             QStringLiteral("CREATE INDEX bills_enterprise ON bills(enterprise_id)"),
             QStringLiteral("CREATE INDEX bills_owner ON bills((COALESCE(enterprise_id, citizen_id)))"),
             QStringLiteral("ALTER TABLE benefits ADD COLUMN enterprise_id TEXT"),
             QStringLiteral("CREATE INDEX benefits_enterprise ON benefits(enterprise_id)"),
             QStringLiteral("CREATE INDEX benefits_owner ON benefits((COALESCE(enterprise_id, citizen_id)))"),
             // Services pushed to citizens (主动推送); the id is the client's UUID.
             QStringLiteral(
                 "CREATE TABLE pushes (id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL, service_id TEXT NOT "
                 "NULL, campaign_id TEXT, channel TEXT NOT NULL CHECK (channel IN ('app', 'sms', 'wechat')), "
                 "message TEXT NOT NULL, sent_by TEXT NOT NULL, sent_at TEXT NOT NULL, status TEXT NOT NULL "
                 "CHECK (status IN ('queued', 'delivered', 'opened', 'applied', 'ignored')), "
                 "responded_at TEXT, district_code TEXT NOT NULL, grid_id TEXT NOT NULL, "
                 "version {{BIGINT}} NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX pushes_citizen ON pushes(citizen_id, sent_at)"),
             QStringLiteral("CREATE INDEX pushes_sent ON pushes(sent_at, id)"),
             QStringLiteral("CREATE INDEX pushes_grid ON pushes(grid_id, sent_at, id)"),
             // Staff notes on a citizen or an enterprise; the id is the client's UUID.
             QStringLiteral(
                 "CREATE TABLE notes (id TEXT PRIMARY KEY, subject_type TEXT NOT NULL CHECK (subject_type "
                 "IN ('citizen', 'enterprise')), subject_id TEXT NOT NULL, author_id TEXT NOT NULL, "
                 "author_name TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL, "
                 "district_code TEXT NOT NULL, grid_id TEXT NOT NULL, version {{BIGINT}} NOT NULL DEFAULT 1, "
                 "updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX notes_subject ON notes(subject_id, created_at)"),
             QStringLiteral("CREATE INDEX notes_grid ON notes(grid_id, created_at, id)"),
         }},
        {4,
         QStringLiteral(
             "workflows across departments: parallel stages, claims, transfers, materials, history, "
             "supplement pauses, points-based enrolment rounds and allocations"),
         {
             // Steps sharing a stage run in parallel; NULL (older rows): the stage is the seq.
             QStringLiteral("ALTER TABLE workflow_steps ADD COLUMN stage INTEGER"),
             QStringLiteral("ALTER TABLE application_steps ADD COLUMN stage INTEGER"),
             QStringLiteral("ALTER TABLE application_steps ADD COLUMN sla_days INTEGER"),
             // The officer holding the step (受理/认领), and since when.
             QStringLiteral("ALTER TABLE application_steps ADD COLUMN claimed_by TEXT"),
             QStringLiteral("ALTER TABLE application_steps ADD COLUMN claimed_at TEXT"),
             // The department that owned the step before its last transfer: its officers keep seeing it.
             QStringLiteral("ALTER TABLE application_steps ADD COLUMN transferred_from TEXT"),
             QStringLiteral("CREATE INDEX application_steps_from ON application_steps(transferred_from, "
                            "application_id)"),
             QStringLiteral("CREATE INDEX application_steps_claimed ON application_steps(claimed_by)"),
             // Waiting for the citizen's supplement since (status 'supplement'); what the return asked for
             // (JSON text list).
             QStringLiteral("ALTER TABLE applications ADD COLUMN paused_at TEXT"),
             QStringLiteral("ALTER TABLE applications ADD COLUMN missing_materials TEXT"),
             QStringLiteral(
                 "CREATE TABLE application_materials (application_id TEXT NOT NULL, seq INTEGER NOT NULL, "
                 "name TEXT NOT NULL, received INTEGER NOT NULL, PRIMARY KEY (application_id, seq))"),
             // The history (办理过程): one row per action, seq from 1 per application; materials JSON text.
             QStringLiteral(
                 "CREATE TABLE application_events (application_id TEXT NOT NULL, seq {{BIGINT}} NOT NULL, "
                 "at TEXT NOT NULL, actor_id TEXT NOT NULL, actor_name TEXT NOT NULL, action TEXT NOT NULL, "
                 "step_seq INTEGER, department_id TEXT, to_department_id TEXT, reason TEXT, materials TEXT, "
                 "comment TEXT, version {{BIGINT}}, PRIMARY KEY (application_id, seq))"),
             // Points-based school enrolment (积分入学).
             QStringLiteral(
                 "CREATE TABLE enrolment_rounds (id TEXT PRIMARY KEY, service_id TEXT NOT NULL, name TEXT "
                 "NOT "
                 "NULL, school TEXT NOT NULL, district_code TEXT NOT NULL, seats INTEGER NOT NULL, "
                 "closes_at TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('open', 'closed')), "
                 "applicants INTEGER, admitted INTEGER, version {{BIGINT}} NOT NULL DEFAULT 1, "
                 "updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE application_points (application_id TEXT NOT NULL, seq INTEGER NOT "
                            "NULL, item TEXT NOT NULL, points DOUBLE PRECISION NOT NULL, "
                            "PRIMARY KEY (application_id, seq))"),
             QStringLiteral(
                 "CREATE TABLE allocations (round_id TEXT NOT NULL, application_id TEXT NOT NULL, "
                 "rank INTEGER NOT NULL, total_points DOUBLE PRECISION NOT NULL, result TEXT NOT NULL "
                 "CHECK (result IN ('admitted', 'waitlisted')), school TEXT, allocated_at TEXT NOT NULL, "
                 "PRIMARY KEY (round_id, application_id))"),
             QStringLiteral("CREATE INDEX allocations_application ON allocations(application_id)"),
         }},
        {5,
         QStringLiteral("usage analytics: daily aggregates, handling-time histograms, daily active citizens"),
         {
             // The scheme and how it is maintained: db/usageaggregates.h. Filled by
             // UsageAggregates::ensureBuilt() at start-up and rebuilt after demo generation.
             QStringLiteral(
                 "CREATE TABLE usage_daily (day TEXT NOT NULL, district_code TEXT NOT NULL, department_id "
                 "TEXT NOT NULL, service_id TEXT NOT NULL, channel TEXT NOT NULL, "
                 "sign_ins {{BIGINT}} NOT NULL DEFAULT 0, active_citizens {{BIGINT}} NOT NULL DEFAULT 0, "
                 "submitted {{BIGINT}} NOT NULL DEFAULT 0, completed {{BIGINT}} NOT NULL DEFAULT 0, "
                 "completed_on_time {{BIGINT}} NOT NULL DEFAULT 0, rating_1 {{BIGINT}} NOT NULL DEFAULT 0, "
                 "rating_2 {{BIGINT}} NOT NULL DEFAULT 0, rating_3 {{BIGINT}} NOT NULL DEFAULT 0, "
                 "rating_4 {{BIGINT}} NOT NULL DEFAULT 0, rating_5 {{BIGINT}} NOT NULL DEFAULT 0, "
                 "PRIMARY KEY (day, district_code, department_id, service_id, channel))"),
             QStringLiteral(
                 "CREATE TABLE usage_handling (day TEXT NOT NULL, district_code TEXT NOT NULL, department_id "
                 "TEXT NOT NULL, service_id TEXT NOT NULL, channel TEXT NOT NULL, hours INTEGER NOT NULL, "
                 "applications {{BIGINT}} NOT NULL DEFAULT 0, "
                 "PRIMARY KEY (day, district_code, department_id, service_id, channel, hours))"),
             QStringLiteral("CREATE TABLE usage_active (day TEXT NOT NULL, district_code TEXT NOT NULL, "
                            "channel TEXT NOT NULL, citizen_id TEXT NOT NULL, "
                            "PRIMARY KEY (day, district_code, channel, citizen_id))"),
         }},
        {6,
         QStringLiteral("public opinion: each message's topic and sentiment, analysed when it arrives"),
         {
             // Written by analytics::MessageAnalyser wherever a message is created; NULL on rows older
             // than schema 6 (GET /analytics/opinion counts them under topic 其他, sentiment neutral).
             QStringLiteral("ALTER TABLE messages ADD COLUMN topic TEXT"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN sentiment TEXT"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN sentiment_score DOUBLE PRECISION"),
             // GET /analytics/opinion: a period of created_at, then district and topic.
             QStringLiteral("CREATE INDEX messages_opinion ON messages(created_at, district_code, topic)"),
         }},
        {7,
         QStringLiteral("usage analytics by street: the street of each usage event, street_id in the keys of "
                        "the usage aggregates"),
         {
             // The citizen's street when the event happened (as district_code); older events get their
             // citizen's street of now.
             QStringLiteral("ALTER TABLE usage_events ADD COLUMN street_id TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "UPDATE usage_events SET street_id = COALESCE((SELECT c.street_id FROM citizens c "
                 "WHERE c.id = usage_events.citizen_id), '') WHERE citizen_id IS NOT NULL"),
             // The aggregates of schema 5 with street_id after district_code (sign-ins: the event's
             // street; applications: the street of their grid). A primary key cannot be changed in
             // place, so the tables are made again, empty, and UsageAggregates::ensureBuilt() rebuilds
             // them from the applications and usage events at start-up (the meta key below is its mark).
             // SQLite keeps them clustered by key (WITHOUT ROWID): a report's day range is one b-tree
             // range instead of an index range plus a row lookup per cell.
             QStringLiteral("DROP TABLE usage_daily"),
             QStringLiteral("DROP TABLE usage_handling"),
             QStringLiteral("DROP TABLE usage_active"),
             QStringLiteral(
                 "CREATE TABLE usage_daily (day TEXT NOT NULL, district_code TEXT NOT NULL, street_id TEXT "
                 "NOT NULL, department_id TEXT NOT NULL, service_id TEXT NOT NULL, channel TEXT NOT NULL, "
                 "sign_ins {{BIGINT}} NOT NULL DEFAULT 0, active_citizens {{BIGINT}} NOT NULL DEFAULT 0, "
                 "submitted {{BIGINT}} NOT NULL DEFAULT 0, completed {{BIGINT}} NOT NULL DEFAULT 0, "
                 "completed_on_time {{BIGINT}} NOT NULL DEFAULT 0, rating_1 {{BIGINT}} NOT NULL DEFAULT 0, "
                 "rating_2 {{BIGINT}} NOT NULL DEFAULT 0, rating_3 {{BIGINT}} NOT NULL DEFAULT 0, "
                 "rating_4 {{BIGINT}} NOT NULL DEFAULT 0, rating_5 {{BIGINT}} NOT NULL DEFAULT 0, "
                 "PRIMARY KEY (day, district_code, street_id, department_id, service_id, channel))"
                 "{{WITHOUT_ROWID}}"),
             QStringLiteral(
                 "CREATE TABLE usage_handling (day TEXT NOT NULL, district_code TEXT NOT NULL, street_id "
                 "TEXT NOT NULL, department_id TEXT NOT NULL, service_id TEXT NOT NULL, channel TEXT NOT "
                 "NULL, hours INTEGER NOT NULL, applications {{BIGINT}} NOT NULL DEFAULT 0, "
                 "PRIMARY KEY (day, district_code, street_id, department_id, service_id, channel, hours))"
                 "{{WITHOUT_ROWID}}"),
             QStringLiteral("CREATE TABLE usage_active (day TEXT NOT NULL, district_code TEXT NOT NULL, "
                            "street_id TEXT NOT NULL, channel TEXT NOT NULL, citizen_id TEXT NOT NULL, "
                            "PRIMARY KEY (day, district_code, street_id, channel, citizen_id))"
                            "{{WITHOUT_ROWID}}"),
             QStringLiteral("DELETE FROM meta WHERE key = 'usage_aggregates_built'"),
         }},
        {8,
         QStringLiteral("push campaigns: campaigns, their members (the dispatcher's persistent queue and the "
                        "effect's groups), citizens' inboxes"),
         {
             // The campaign (domain/campaign.h); audience is the expression's JSON text as given. The
             // progress counters are moved by the dispatcher in the transaction of each batch.
             QStringLiteral(
                 "CREATE TABLE campaigns (id TEXT PRIMARY KEY, title TEXT NOT NULL, content TEXT NOT NULL, "
                 "service_id TEXT, policy TEXT, audience TEXT NOT NULL, schedule_kind TEXT NOT NULL CHECK "
                 "(schedule_kind IN ('now', 'at', 'trigger')), schedule_at TEXT, trigger_tag TEXT, "
                 "offset_days INTEGER, frequency_cap_days INTEGER NOT NULL, channel TEXT NOT NULL CHECK "
                 "(channel IN ('app', 'sms')), holdout_percent INTEGER NOT NULL, state TEXT NOT NULL CHECK "
                 "(state IN ('draft', 'pending_approval', 'approved', 'sending', 'sent', 'cancelled')), "
                 "audience_size {{BIGINT}} NOT NULL DEFAULT 0, members {{BIGINT}} NOT NULL DEFAULT 0, "
                 "sent {{BIGINT}} NOT NULL DEFAULT 0, holdout {{BIGINT}} NOT NULL DEFAULT 0, "
                 "delivered {{BIGINT}} NOT NULL DEFAULT 0, skipped {{BIGINT}} NOT NULL DEFAULT 0, "
                 "created_by TEXT NOT NULL, department_id TEXT, area_code TEXT NOT NULL, "
                 "created_at TEXT NOT NULL, submitted_at TEXT, approved_by TEXT, approved_at TEXT, "
                 "rejection_reason TEXT, cancel_reason TEXT, started_at TEXT, finished_at TEXT, "
                 "trigger_scanned_at TEXT, version {{BIGINT}} NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX campaigns_state ON campaigns(state, created_at)"),
             QStringLiteral("CREATE INDEX campaigns_area ON campaigns(area_code, created_at)"),
             QStringLiteral("CREATE INDEX campaigns_department ON campaigns(department_id, created_at)"),
             // One row per member: grp 'sent' or 'holdout' (fixed when the member is added); state
             // 'queued' until the dispatcher processes it, then 'delivered' (sent group), 'held_out'
             // (hold-out), 'skipped_cap' (frequency cap, either group) or 'cancelled'. district_code and
             // age_band are the member's segments when added. application_id / applied_at / completed_at
             // link the application the member made for the campaign's service (db/campaignattribution.h).
             QStringLiteral(
                 "CREATE TABLE campaign_members (campaign_id TEXT NOT NULL, citizen_id TEXT NOT NULL, "
                 "grp TEXT NOT NULL CHECK (grp IN ('sent', 'holdout')), state TEXT NOT NULL CHECK (state IN "
                 "('queued', 'delivered', 'held_out', 'skipped_cap', 'cancelled')), district_code TEXT NOT "
                 "NULL, age_band TEXT NOT NULL, added_at TEXT NOT NULL, processed_at TEXT, opened_at TEXT, "
                 "application_id TEXT, applied_at TEXT, completed_at TEXT, "
                 "PRIMARY KEY (campaign_id, citizen_id))"),
             QStringLiteral(
                 "CREATE INDEX campaign_members_queue ON campaign_members(campaign_id, state, citizen_id)"),
             QStringLiteral("CREATE INDEX campaign_members_citizen ON campaign_members(citizen_id)"),
             QStringLiteral("CREATE INDEX campaign_members_application ON campaign_members(application_id)"),
             // Messages delivered to citizens: at most one per campaign and citizen (the dispatcher's
             // dedupe: a batch inserts with ON CONFLICT DO NOTHING).
             QStringLiteral(
                 "CREATE TABLE citizen_inbox (id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL, citizen_id "
                 "TEXT NOT NULL, title TEXT NOT NULL, content TEXT NOT NULL, service_id TEXT, policy TEXT, "
                 "channel TEXT NOT NULL, delivered_at TEXT NOT NULL, opened_at TEXT, "
                 "UNIQUE (campaign_id, citizen_id))"),
             QStringLiteral("CREATE INDEX citizen_inbox_citizen ON citizen_inbox(citizen_id, delivered_at)"),
         }},
        {9,
         QStringLiteral("grid management: households' area, visit follow-ups, incidents with photos, grid "
                        "tasks, campaigns of grid managers"),
         {
             // Households get the area of their grid (the grid's region row and its parent community).
             QStringLiteral("ALTER TABLE households ADD COLUMN district_code TEXT"),
             QStringLiteral("ALTER TABLE households ADD COLUMN community_id TEXT"),
             QStringLiteral("UPDATE households SET district_code = (SELECT r.district_code FROM regions r "
                            "WHERE r.id = households.grid_id), community_id = (SELECT r.parent_id FROM "
                            "regions r WHERE r.id = households.grid_id)"),
             QStringLiteral("CREATE INDEX households_district ON households(district_code, id)"),
             QStringLiteral("CREATE INDEX households_community ON households(community_id)"),
             QStringLiteral("ALTER TABLE visits ADD COLUMN follow_up TEXT"),
             QStringLiteral("ALTER TABLE visits ADD COLUMN follow_up_due TEXT"),
             // Incident reports (domain/grid.h Incident); the id is the client's UUID.
             QStringLiteral(
                 "CREATE TABLE incidents (id TEXT PRIMARY KEY, grid_id TEXT NOT NULL, district_code TEXT NOT "
                 "NULL, household_id TEXT, citizen_id TEXT, category TEXT NOT NULL, location TEXT NOT NULL, "
                 "description TEXT NOT NULL, urgency TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN "
                 "('reported', 'accepted', 'resolved')), reported_by TEXT NOT NULL, reported_at TEXT NOT "
                 "NULL, handled_by TEXT, handling_note TEXT, resolved_at TEXT, "
                 "version {{BIGINT}} NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX incidents_grid ON incidents(grid_id, reported_at)"),
             QStringLiteral("CREATE INDEX incidents_status ON incidents(status)"),
             QStringLiteral("CREATE INDEX incidents_district ON incidents(district_code, reported_at)"),
             // Their photos. The bytes are kept as standard base64 text (data): the same column type and
             // binding on SQLite and PostgreSQL, and what the API sends anyway.
             QStringLiteral(
                 "CREATE TABLE incident_attachments (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, "
                 "file_name TEXT NOT NULL, content_type TEXT NOT NULL, size {{BIGINT}} NOT NULL, sha256 "
                 "TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL, uploaded_by TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX incident_attachments_incident ON incident_attachments(incident_id, "
                            "created_at)"),
             // Tasks pushed down to grids (domain/grid.h GridTask).
             QStringLiteral(
                 "CREATE TABLE grid_tasks (id TEXT PRIMARY KEY, batch_id TEXT NOT NULL, grid_id TEXT NOT "
                 "NULL, district_code TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, due_on "
                 "TEXT NOT NULL, assigned_by TEXT NOT NULL, assigned_at TEXT NOT NULL, state TEXT NOT NULL "
                 "CHECK (state IN ('open', 'acknowledged', 'done', 'cancelled')), acknowledged_by TEXT, "
                 "acknowledged_at TEXT, done_by TEXT, done_at TEXT, result TEXT, cancel_reason TEXT, "
                 "version {{BIGINT}} NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX grid_tasks_grid ON grid_tasks(grid_id, state)"),
             QStringLiteral("CREATE INDEX grid_tasks_batch ON grid_tasks(batch_id)"),
             QStringLiteral("CREATE INDEX grid_tasks_district ON grid_tasks(district_code, due_on)"),
             // Campaigns made by grid managers for one of their grids (NULL for everyone else's).
             QStringLiteral("ALTER TABLE campaigns ADD COLUMN grid_id TEXT"),
         }},
    };
    return list;
}

} // namespace gd::server
