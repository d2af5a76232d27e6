#pragma once
// Usage events (sign-ins, service views and online applications, by channel) over the 90 days before
// today, about three per resident. Each resident mostly uses their preferred channel; overall the mix is
// roughly mobile 62%, PC 28%, PAD 6%, TV 4%. PC use follows office hours, mobile use peaks in the
// evening, night owls stay up. Online applications of the period appear as "apply" events, and about
// 40% of them were looked at first (a "view" of the service up to five days before). Other views are
// half of services for who the citizen is (their audiences, as applications are chosen), half of the
// catalogue by popularity.

#include "demo/democlock.h"
#include "demo/demorecords.h"
#include "demo/servicecatalogue.h"

namespace gd::server {

struct CitizenAudiences;

class UsageGenerator {
public:
    UsageGenerator(DemoRandom &rng, const DemoClock &clock, const ServiceCatalogue &services);

    // `applications`/`count`: the citizen's applications, just generated.
    void forCitizen(const DemoCitizen &citizen, const DemoApplication *applications, int count,
                    DemoBatch &batch);

    static constexpr int kHistoryDays = 90;

private:
    QString viewedByAudience(const CitizenAudiences &audiences);

    DemoRandom &m_rng;
    const DemoClock &m_clock;
    const ServiceCatalogue &m_services;
    WeightedPicker m_channels;
    WeightedPicker m_viewed;        // citizen services by popularity
    std::vector<int> m_viewedIndex; // picker index -> service index
    WeightedPicker m_officeHours;
    WeightedPicker m_eveningHours;
    WeightedPicker m_nightHours;
};

} // namespace gd::server
