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
//
// What the recommendation engine (server/reco) learns from is made to look like a city's: one service
// often leads to the next some days later (出生医学证明 → 出生户口登记 → 新生儿医保参保登记, 失业登记 →
// 失业保险金申领, 网签备案 → 契税申报 → 不动产转移登记 …, kFollowUps in the .cpp), and each district has
// its own demand for each service (a factor between 1/2 and 2 on the service's popularity, fixed by the
// district code and the service code: local policy, service-hall campaigns, who lives there).

#include "demo/democlock.h"
#include "demo/demorecords.h"
#include "demo/servicecatalogue.h"
#include "demo/staffroster.h"

#include <QHash>

namespace gd::server {

// The audiences a citizen applies as, each with how often relative to the others.
struct CitizenAudiences {
    struct Weighted {
        Audience audience = Audience::General;
        double weight = 0;
    };
    Weighted items[16];
    int count = 0;
    double total = 0;

    // One of them, by weight (one draw).
    Audience pick(DemoRandom &rng) const;
};

class ApplicationGenerator {
public:
    ApplicationGenerator(DemoRandom &rng, const DemoClock &clock, const ServiceCatalogue &services,
                         const StaffRoster &staff, quint64 workflowSeed);

    // Appends the citizen's applications to the batch; tags frequent applicants (高频办事).
    void forCitizen(DemoCitizen &citizen, DemoBatch &batch);
    void forEnterprise(const DemoEnterprise &enterprise, DemoBatch &batch);

    // The audiences `citizen` applies as (General first).
    static CitizenAudiences audiencesOf(const DemoCitizen &citizen);

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

    struct FollowUp {
        int service = 0; // index into the catalogue
        double chance = 0;
        int minDays = 0;
        int maxDays = 0;
    };

    // Returns the day the application was submitted on.
    QDate apply(const DemoService &service, const Applicant &who, QDate day, DemoBatch &batch);
    // The applications that `service`, applied for on `day`, leads to (up to `depth` more links).
    void followUp(const DemoService &service, const Applicant &who, QDate day, int depth, DemoBatch &batch);
    // Plays the application's workflow forward to now: steps, status, claims, pauses, history.
    void playWorkflow(const DemoService &service, DemoApplication &a);
    void addHistory(const DemoService &service, DemoApplication &a, int rejectedSeq);
    void addPoints(DemoApplication &a);
    QString officerName(const QString &staffId) const;
    QDate dayFor(const DemoService &service, QDate earliest, QDate hint);
    QDate randomWorkday(QDate from, QDate to, bool counter);
    QString nextNumber(QDate day);
    const DemoService &pickService(Audience audience, const QString &districtCode);

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
    std::vector<std::vector<FollowUp>> m_followUps; // by service index
    // Per district: a picker per audience over its pool, popularity times the district's demand.
    QHash<QString, std::vector<WeightedPicker>> m_districtPickers;
};

} // namespace gd::server
