#pragma once
// Usage events (sign-ins, service views and online applications, by channel) over the 90 days before
// today, about three per resident. Each resident mostly uses their preferred channel; overall the mix is
// roughly mobile 62%, PC 28%, PAD 6%, TV 4%. PC use follows office hours, mobile use peaks in the
// evening, night owls stay up. Online applications of the period appear as "apply" events.

#include "demo/democlock.h"
#include "demo/demorecords.h"
#include "demo/servicecatalogue.h"

namespace gd::server {

class UsageGenerator {
public:
    UsageGenerator(DemoRandom &rng, const DemoClock &clock, const ServiceCatalogue &services);

    // `applications`/`count`: the citizen's applications, just generated.
    void forCitizen(const DemoCitizen &citizen, const DemoApplication *applications, int count,
                    DemoBatch &batch);

    static constexpr int kHistoryDays = 90;

private:
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
