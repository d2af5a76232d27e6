#pragma once
// Bills of the last two billing months: water, electricity and gas for every household (addressed to
// its head), social insurance for flexible workers, the yearly urban-rural medical insurance premium
// for those without employee insurance, traffic fines for some car owners and property tax for a few
// landlords. Enterprises (from schema 3) get 1-3 bills (electricity, water, the month's social
// insurance, property tax) with citizen_id '' and enterprise_id set. Status follows the due date: paid
// (mostly), due, or overdue.

#include "demo/democlock.h"
#include "demo/demorandom.h"
#include "demo/demorecords.h"

namespace gd::server {

class BillGenerator {
public:
    BillGenerator(DemoRandom &rng, const DemoClock &clock);

    void forCitizen(const DemoCitizen &citizen, bool householdHead, DemoBatch &batch);
    // Call with a generator of its own DemoRandom (see EnterpriseProfiler): the rows of the citizens stay
    // those of earlier schemas. The enterprise must be profiled (its insurance months).
    void forEnterprise(const DemoEnterprise &enterprise, DemoBatch &batch);

private:
    void add(const DemoCitizen &c, const QString &kind, const QString &title, qint64 cents, QDate issued,
             QDate due, double paidShare, DemoBatch &batch);
    void add(const QString &citizenId, const QString &enterpriseId, const QString &kind, const QString &title,
             qint64 cents, QDate issued, QDate due, double paidShare, DemoBatch &batch);

    DemoRandom &m_rng;
    const DemoClock &m_clock;
};

} // namespace gd::server
