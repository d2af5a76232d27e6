#pragma once
// The encrypted local copy of one staff member's scope: one SQLCipher file per user and server, opened
// with the raw 256-bit key from the keychain, in WAL mode, migrated to the current schema, with one
// repository per aggregate. A file that the key cannot open (wrong key, foreign or damaged file, or a key
// that had to be created anew) is moved aside — never overwritten — and a fresh file is started, which the
// sync engine then fills from the server.
//
// Lives on the store thread (SyncHost creates it there); not thread-safe.

#include "store/applicationrepository.h"
#include "store/billrepository.h"
#include "store/campaignrepository.h"
#include "store/catalogrepository.h"
#include "store/citizenrepository.h"
#include "store/conflictrepository.h"
#include "store/enterpriserepository.h"
#include "store/entitywriter.h"
#include "store/householdrepository.h"
#include "store/incidentrepository.h"
#include "store/localwriter.h"
#include "store/messagerepository.h"
#include "store/noterepository.h"
#include "store/outbox.h"
#include "store/pushrepository.h"
#include "store/queuerepository.h"
#include "store/reportcache.h"
#include "store/searchindex.h"
#include "store/sqlite.h"
#include "store/syncstate.h"
#include "store/taskrepository.h"
#include "store/visitrepository.h"

#include <memory>

namespace gd::store {

struct OpenReport {
    bool created = false;   // a new, empty file
    QString movedAsidePath; // where an unreadable file went (empty when none)
    int migratedFrom = 0;   // schema version found (0 for a new file)
};

class Store {
public:
    // The per-user file in `directory`: "<stem>.gdcache".
    static QString pathFor(const QString &directory, const QString &stem);

    // `keyIsNew`: the keychain had no key and one was just created, so an existing file can't be ours
    // any more and is moved aside without trying. An empty key opens a plain SQLite file (only for the
    // plain-vs-encrypted benchmark).
    static Result<std::unique_ptr<Store>> open(const QString &path, const QByteArray &key,
                                               bool keyIsNew = false);

    // A second, read-only connection to a file that open() has already created and migrated (the
    // LocalReader's, on its own thread: WAL lets it read while the sync engine writes). Nothing is moved
    // aside or migrated: a file with another schema version is refused (Storage, reason "busy" while the
    // writer has not migrated it yet, "newer_schema" for a newer one). Its writes fail (query_only).
    static Result<std::unique_ptr<Store>> openForReading(const QString &path, const QByteArray &key);

    // Deletes the file and its WAL/SHM companions ("Wipe local data"). The store must be closed.
    static Result<void> wipe(const QString &path);

    ~Store();

    const QString &path() const { return m_path; }
    const OpenReport &openReport() const { return m_report; }
    Connection &connection() { return m_connection; }

    SyncState &state() { return *m_state; }
    ReportCache &reports() { return *m_reports; }
    Outbox &outbox() { return *m_outbox; }
    ConflictRepository &conflicts() { return *m_conflicts; }
    EntityWriter &entities() { return *m_entities; }
    LocalWriter &writer() { return *m_writer; }
    SearchIndex &search() { return *m_search; }

    CitizenRepository &citizens() { return *m_citizens; }
    EnterpriseRepository &enterprises() { return *m_enterprises; }
    ApplicationRepository &applications() { return *m_applications; }
    BillRepository &bills() { return *m_bills; }
    BenefitRepository &benefits() { return *m_benefits; }
    MessageRepository &messages() { return *m_messages; }
    VisitRepository &visits() { return *m_visits; }
    HouseholdRepository &households() { return *m_households; }
    IncidentRepository &incidents() { return *m_incidents; }
    TaskRepository &tasks() { return *m_tasks; }
    PushRepository &pushes() { return *m_pushes; }
    NoteRepository &notes() { return *m_notes; }
    CampaignRepository &campaigns() { return *m_campaigns; }
    QueueRepository &queue() { return *m_queue; }
    RegionRepository &regions() { return *m_regions; }
    DepartmentRepository &departments() { return *m_departments; }
    TagRepository &tags() { return *m_tags; }
    ServiceRepository &services() { return *m_services; }

private:
    Store(QString path, Connection connection, OpenReport report);
    static Result<Connection> openVerified(const QString &path, const QByteArray &key);
    static Result<QString> moveAside(const QString &path);
    Result<int> migrate();
    void makeRepositories();

    QString m_path;
    Connection m_connection;
    OpenReport m_report;
    std::unique_ptr<SearchIndex> m_search;
    std::unique_ptr<SyncState> m_state;
    std::unique_ptr<ReportCache> m_reports;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<ConflictRepository> m_conflicts;
    std::unique_ptr<EntityWriter> m_entities;
    std::unique_ptr<LocalWriter> m_writer;
    std::unique_ptr<CitizenRepository> m_citizens;
    std::unique_ptr<EnterpriseRepository> m_enterprises;
    std::unique_ptr<ApplicationRepository> m_applications;
    std::unique_ptr<BillRepository> m_bills;
    std::unique_ptr<BenefitRepository> m_benefits;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<VisitRepository> m_visits;
    std::unique_ptr<HouseholdRepository> m_households;
    std::unique_ptr<IncidentRepository> m_incidents;
    std::unique_ptr<TaskRepository> m_tasks;
    std::unique_ptr<PushRepository> m_pushes;
    std::unique_ptr<NoteRepository> m_notes;
    std::unique_ptr<CampaignRepository> m_campaigns;
    std::unique_ptr<QueueRepository> m_queue;
    std::unique_ptr<RegionRepository> m_regions;
    std::unique_ptr<DepartmentRepository> m_departments;
    std::unique_ptr<TagRepository> m_tags;
    std::unique_ptr<ServiceRepository> m_services;
};

} // namespace gd::store
