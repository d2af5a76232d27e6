#pragma once
// The profile (用户画像) of freshly generated residents, one household at a time: employment, linked
// departmental systems, tags with their since-date and source, preferred channel and the assigned
// officer. Tags follow the household so that they correlate the way real ones do:
//   孕产妇            women 20-40 living with a partner, no baby yet
//   新生儿家庭        adults of a household with a child under one (since the birth)
//   学龄儿童家庭      adults of a household with a 6-15 year old
//   家有老人          adults under 60 living with someone 65+
//   独居老人          70+ and alone in the household (found by grid visits)
//   退役军人          mostly men; 失业人员 and 灵活就业 only at working age
//   低保户            whole households; 新市民 adults registered elsewhere who came in the last 8 years
// Behaviour and preference tags come from the "model" (the traits drawn here).

#include "demo/democlock.h"
#include "demo/demorecords.h"
#include "demo/staffroster.h"

namespace gd::server {

class CitizenProfiler {
public:
    CitizenProfiler(DemoRandom &rng, const DemoClock &clock, const StaffRoster &staff);

    // Profiles every citizen of the batch (households must be contiguous, as PopulationGenerator makes them).
    void profile(DemoBatch &batch);

    static void addTag(DemoCitizen &c, CitizenTag tag, QDate since, TagSource source);

private:
    void profileHousehold(DemoBatch &batch, size_t first, size_t end, bool ruralGrid);
    QDate randomPast(int minDays, int maxDays);

    DemoRandom &m_rng;
    const DemoClock &m_clock;
    const StaffRoster &m_staff;
};

} // namespace gd::server
