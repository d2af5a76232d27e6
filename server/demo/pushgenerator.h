#pragma once
// Services pushed to citizens (主动推送, table pushes) over the 90 days before today: about one push per
// eight citizens, to residents of 16 and over. The service follows the citizen's tags where one matches
// (孕产妇 → 母子健康手册办理, 失业人员 → 失业保险金申领, 有车族 → 机动车驾驶证换证 …), otherwise a
// service for everyone; the message names the reason. Sent by an officer of the service's department on
// the app, by SMS or WeChat. Responses: queued 5% (yesterday, not delivered yet), delivered 30% (no
// response yet, within 14 days), opened 30%, applied 15% (responded_at set), ignored 20% (no response in
// 14 days). Uses its own DemoRandom (see EnterpriseProfiler).

#include "demo/democlock.h"
#include "demo/demorecords.h"
#include "demo/servicecatalogue.h"
#include "demo/staffroster.h"

namespace gd::server {

class PushGenerator {
public:
    PushGenerator(DemoRandom &rng, const DemoClock &clock, const ServiceCatalogue &services,
                  const StaffRoster &staff);

    void forCitizen(const DemoCitizen &citizen, DemoBatch &batch);

    static constexpr int kHistoryDays = 90;

private:
    DemoRandom &m_rng;
    const DemoClock &m_clock;
    const ServiceCatalogue &m_services;
    const StaffRoster &m_staff;
    WeightedPicker m_statuses;
    WeightedPicker m_channels;
};

} // namespace gd::server
