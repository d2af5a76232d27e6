#pragma once
// The usage aggregates behind GET /api/v1/analytics/usage (issue 6), kept up to date on every write that
// changes them, so that a report reads summed daily rows instead of rescanning the history.
//
// Scheme (schema 7). Days are local dates (China Standard Time, UTC+8). street_id is the street of a
// usage event (the citizen's, stored on the event) and of an application's grid (grid -> community ->
// street); "" when there is none.
//   usage_daily(day, district_code, street_id, department_id, service_id, channel)
//       sign_ins          portal sign-ins (usage_events kind "login"); department and service ""
//       active_citizens   distinct citizens with any usage event that day in that district, street and
//                         channel (department and service "")
//       submitted         applications submitted that day (department = the service's department)
//       completed, completed_on_time, rating_1..rating_5
//                         applications completed that day (status "completed"), those completed by their
//                         due time, and their 好差评 ratings (a rating counts on the completion day)
//   usage_handling(day, district_code, street_id, department_id, service_id, channel, hours)
//       applications      completed that day whose handling took `hours` whole hours (capped at 60 days):
//                         a histogram, so medians and p90s over any period and breakdown come from
//                         summed histograms
//   usage_active(day, district_code, street_id, channel, citizen_id)
//       the citizen sets of the days still open (yesterday and today), which keep active_citizens exact
//       when events are added one by one; closed days keep only their counts. Never read by reports
//
// Maintenance: ApplicationStore calls applicationChanged() with the application before and after every
// write in the same transaction (a submission adds, a completion or rating moves figures: the old facts
// are taken off and the new ones added). Portal sign-ins (POST /portal/sign-ins) go through signIn(),
// which writes the event and moves the figures together. The demo generator writes its events itself and
// calls recompute() once its data is in; ensureBuilt() builds them where they have not been (a database
// migrated to schema 5, or to schema 7, which remade the tables with street_id).
// Writes run on the calling thread's connection, inside its open transaction where there is one.

#include "db/usagetally.h"

#include "domain/casework.h"
#include "domain/result.h"

namespace gd::server {

class Database;

// A portal sign-in of a citizen, with the citizen's district and street.
struct SignInEvent {
    QString citizenId;
    QString districtCode;
    QString streetId;
    QString channel; // pc, mobile, pad, tv
    QDateTime at;
};

class UsageAggregates {
public:
    explicit UsageAggregates(Database &db);

    // The facts of an application that usage counts (completion only for status "completed").
    static ApplicationFacts factsOf(const Application &a, const QString &departmentId,
                                    const QString &streetId);
    // The first day whose citizen set usage_active keeps (yesterday, local time, by the server's clock).
    static QDate firstOpenDay();

    // Moves the aggregates from `before` (nullptr for a new application) to `after`.
    Result<void> applicationChanged(const Application *before, const Application &after);
    // Writes a sign-in to usage_events and adds it to the aggregates: one sign-in, and one active citizen
    // when the citizen has no other event that day in that district, street and channel (the day's
    // citizen set while the day is open, the day's events after).
    Result<void> signIn(const SignInEvent &event);
    // Adds a tally's figures to the stored aggregates.
    Result<void> add(const UsageTally &tally);
    // Recomputes every aggregate from the applications and usage events, in one write transaction.
    Result<void> rebuild();
    // The same inside the write transaction the caller has open.
    Result<void> recompute();
    // rebuild() unless the aggregates have been built for this database already.
    Result<void> ensureBuilt();

private:
    // The department of the application's service and the street of its grid ("" when unknown).
    Result<std::pair<QString, QString>> departmentAndStreetOf(const Application &a);
    // Whether this is the citizen's first usage event in the cell of `key` (on an open day, adds them to
    // the day's citizen set).
    Result<bool> isFirstActivity(const UsageKey &key, const QString &citizenId);

    Database &m_db;
};

} // namespace gd::server
