#pragma once
// Stores the demo rows: reference data, staff, and one DemoBatch (a grid's worth) at a time, through
// one BatchInserter per table on one connection, inside write transactions that the generator opens
// and commits every few thousand rows. Works the same on SQLite and PostgreSQL. Lives on the thread
// that calls open().

#include "analytics/messageanalyser.h"
#include "db/database.h"
#include "demo/batchinserter.h"
#include "demo/demorecords.h"
#include "demo/regioncatalogue.h"
#include "demo/servicecatalogue.h"
#include "demo/staffroster.h"

#include <array>
#include <memory>

namespace gd::server {

struct DemoCounts {
    qint64 citizens = 0;
    qint64 households = 0;
    qint64 enterprises = 0;
    qint64 applications = 0;
    qint64 applicationSteps = 0;
    qint64 bills = 0;
    qint64 benefits = 0;
    qint64 messages = 0;
    qint64 usageEvents = 0;
    qint64 pushes = 0;
    qint64 notes = 0;
    qint64 licences = 0;
    qint64 insuranceMonths = 0;
    qint64 citizenTags = 0;
    qint64 services = 0;
    qint64 staff = 0;
    qint64 regions = 0;
    qint64 totalRows = 0;
};

class DemoWriter {
public:
    explicit DemoWriter(Database &db);
    ~DemoWriter();

    Result<void> open();
    QSqlDatabase connection() const { return m_db; }

    Result<void> begin();
    Result<void> commit(); // flushes every table first
    // Commits and begins the next transaction once `rows` rows or more were written since begin().
    Result<void> commitAfter(qint64 rows);

    Result<void> writeReference(const RegionCatalogue &regions, const ServiceCatalogue &services,
                                qint64 updatedMs);
    Result<void> writeStaff(const StaffRoster &roster, const QString &passwordHash);
    Result<void> writeBatch(const DemoBatch &batch);
    Result<void> writeMeta(const QString &key, const QString &value);

    const DemoCounts &counts() const { return m_counts; }

private:
    analytics::MessageAnalyser m_analyser; // each message analysed as it is written (schema 6)

private:
    enum Table {
        Regions,
        Departments,
        Tags,
        Services,
        ServiceTags,
        WorkflowSteps,
        Staff,
        StaffGrids,
        Households,
        Citizens,
        CitizenTags,
        Enterprises,
        EnterpriseTags,
        EnterpriseLicences,
        EnterpriseInsurance,
        Applications,
        ApplicationSteps,
        ApplicationEvents,
        ApplicationMaterials,
        ApplicationPoints,
        Bills,
        Benefits,
        Messages,
        UsageEvents,
        Pushes,
        Notes,
        Meta,
        TableCount
    };
    BatchInserter &table(Table t) { return *m_tables[size_t(t)]; }
    const QString &linkedSystemsJson(quint16 bits);

    Database &m_database;
    QSqlDatabase m_db;
    std::array<std::unique_ptr<BatchInserter>, TableCount> m_tables;
    std::optional<Transaction> m_transaction;
    qint64 m_rowsAtBegin = 0;
    DemoCounts m_counts;
    std::vector<QString> m_linkedJson; // by bit mask, built on first use
};

} // namespace gd::server
