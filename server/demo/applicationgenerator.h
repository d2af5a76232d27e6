#pragma once
// Applications (办件) of citizens and enterprises over the 365 days before today, about 1.5 per
// citizen. The service is chosen by who the applicant is (a new mother applies for 新生儿出生一件事 a few
// days after the birth, parents of school children for 积分入学 in April-June, the unemployed for the
// 一条龙 bundle …), and each application is played through its workflow up to now: steps finish within
// (mostly) their SLA, so old applications are completed or rejected and recent ones are still
// submitted, in progress or waiting for supplementary material. About 70% of completed ones are rated
// (好差评), most with a comment. Numbers read "YYYYMMDD-NNNNNN" (submission day, running number that day).
//
// Workflows follow the state machine of domain/workflow.h: steps of one stage run in parallel, due dates
// count working days (worktime.h), open steps are mostly claimed by an officer of their department, some
// open applications wait for a supplement (paused) or were returned and resumed (due dates moved), a few
// steps were transferred. Applications submitted in the last kDetailedDays, and every open one, carry
// their history (submit, claim, approve, return, resume, transfer, comment, complete, rate); older ones
// predate the history, like rows migrated from schema 3. 积分入学 applications carry point items. The
// workflow details draw from their own random stream (`workflowSeed`), so that the rest of the demo world
// stays as it was.

#include "demo/democlock.h"
#include "demo/demorecords.h"
#include "demo/servicecatalogue.h"
#include "demo/staffroster.h"

namespace gd::server {

class ApplicationGenerator {
public:
    ApplicationGenerator(DemoRandom &rng, const DemoClock &clock, const ServiceCatalogue &services,
                         const StaffRoster &staff, quint64 workflowSeed);

    // Appends the citizen's applications to the batch; tags frequent applicants (高频办事).
    void forCitizen(DemoCitizen &citizen, DemoBatch &batch);
    void forEnterprise(const DemoEnterprise &enterprise, DemoBatch &batch);

    static constexpr int kHistoryDays = 365;
    static constexpr int kDetailedDays = 45;

private:
    struct Applicant {
        QString type;
        QString id;
        Channel channel = Channel::Mobile;
        bool prefersCounter = false;
        bool nightOwl = false;
        qint64 earliestMs = 0;
    };

    void apply(const DemoService &service, const Applicant &applicant, QDate day, DemoBatch &batch);
    // Plays the application's workflow forward to now: steps, status, claims, pauses, history.
    void playWorkflow(const DemoService &service, DemoApplication &a);
    void addHistory(const DemoService &service, DemoApplication &a, int rejectedSeq);
    void addPoints(DemoApplication &a);
    QString officerName(const QString &staffId) const;
    QDate dayFor(const DemoService &service, QDate earliest, QDate hint);
    QDate randomWorkday(QDate from, QDate to, bool counter);
    QString nextNumber(QDate day);
    const DemoService &pickService(Audience audience);

    DemoRandom &m_rng;
    DemoRandom m_wf; // the workflow details' own stream
    const DemoClock &m_clock;
    const ServiceCatalogue &m_services;
    const StaffRoster &m_staff;
    QDate m_firstDay;
    std::vector<int> m_numbers; // per day since m_firstDay
    WeightedPicker m_onlineHours;
    WeightedPicker m_nightHours;
    WeightedPicker m_ratings;
    WeightedPicker m_poorRatings;
};

} // namespace gd::server
