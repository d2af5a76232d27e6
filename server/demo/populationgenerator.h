#pragma once
// Residents of a grid, household by household: singles, couples, families with children, three
// generations, elderly couples, old people living alone. Members get coherent ages, genders, surnames
// (children take the father's), relations to the head (户主/配偶/子女/父母/孙子女), an ID number of their
// place of registration, a mobile number, a real-name level and the household's address
// ("厦门市湖里区湖里街道塘边社区塘边二里15号502室"). Tags and other profile traits come afterwards
// (CitizenProfiler).

#include "demo/democlock.h"
#include "demo/demorecords.h"
#include "demo/idnumberallocator.h"
#include "demo/namegenerator.h"
#include "demo/phoneallocator.h"

namespace gd::server {

class PopulationGenerator {
public:
    PopulationGenerator(DemoRandom &rng, const DemoClock &clock, NameGenerator &names, IdNumberAllocator &ids,
                        PhoneAllocator &phones);

    // Appends exactly grid.residents citizens and their households to the batch.
    void generate(const DemoGrid &grid, DemoBatch &batch);

    static constexpr int kMaxAge = 95;

private:
    struct Member {
        int age = 30;
        bool male = true;
        QString relation;
        int surnameOf = -1; // index of the member whose surname this one carries; -1 = own
        int area = 0;       // IdNumberAllocator area
        QDate arrivedOn;    // invalid = born or registered in Xiamen
    };

    void composeHousehold(const DemoGrid &grid, std::vector<Member> &members);
    QString address(const DemoGrid &grid);
    qint64 registrationTime(QDate birth, QDate arrived);

    DemoRandom &m_rng;
    const DemoClock &m_clock;
    NameGenerator &m_names;
    IdNumberAllocator &m_ids;
    PhoneAllocator &m_phones;
    WeightedPicker m_kinds;
    QDate m_portalLaunch;
};

} // namespace gd::server
