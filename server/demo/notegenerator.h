#pragma once
// Staff notes (工作备注, table notes) on citizens and enterprises over the 180 days before today: about
// one per forty citizens, 80% of them on residents (written by the grid's grid manager, or by an officer
// of a department the resident applied to) and 20% on enterprises (by the grid manager or an officer of
// market regulation, tax or human resources). The text follows what is known about the subject (a
// resident living alone, a licence about to expire, social insurance overdue …). Uses its own DemoRandom
// (see EnterpriseProfiler).

#include "demo/democlock.h"
#include "demo/demorecords.h"
#include "demo/staffroster.h"

namespace gd::server {

class NoteGenerator {
public:
    NoteGenerator(DemoRandom &rng, const DemoClock &clock, const StaffRoster &staff);

    // `applications`: the citizen's applications (count of them), for the officers who know the citizen.
    void forCitizen(const DemoCitizen &citizen, const DemoApplication *applications, int count,
                    DemoBatch &batch);
    void forEnterprise(const DemoEnterprise &enterprise, DemoBatch &batch);

    static constexpr int kHistoryDays = 180;

private:
    void add(const QString &subjectType, const QString &subjectId, const QString &authorId,
             const QString &text, DemoBatch &batch);

    DemoRandom &m_rng;
    const DemoClock &m_clock;
    const StaffRoster &m_staff;
};

} // namespace gd::server
