#pragma once
// The demo's push campaigns (issue 7), sent in the weeks before today through the production code (the
// dispatcher, the hold-out split, ApplicationStore's attribution), with simulated responses, so that a
// fresh demo's results show plausible effects:
//   母子健康手册办理 to 孕产妇, 45 days ago (app)      失业保险金申领 to 失业人员, 30 days ago (SMS)
//   高龄津贴申领 to 高龄老人, 20 days ago (app)         机动车驾驶证换证 to 有车族, 12 days ago (app)
// plus a trigger campaign (预防接种证办理, 30 days after a citizen's household gets 新生儿家庭), sending, and
// a draft. Responses: sent-group members open their message at the campaign's open rate within three days;
// every member of either group applies on their own at a base rate, and those who opened additionally at
// the campaign's uplift, within the attribution window (no later than today); applications are played
// through their workflow by officers of each step's department, one to two working days a step, and are
// completed when that ends before today. So the sent group applies at base + open rate × uplift against
// the hold-out's base rate. Draws come from their own DemoRandom stream. Runs on the generator's thread
// after the applications are written, before the change log and the usage aggregates are built.

#include "demo/democlock.h"

#include "db/database.h"

namespace gd::server {

class DemoCampaigns {
public:
    struct Written {
        qint64 campaigns = 0;
        qint64 applications = 0; // made in response
    };
    static Result<Written> write(Database &db, const DemoClock &clock, quint64 seed);
};

} // namespace gd::server
