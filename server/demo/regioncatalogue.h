#pragma once
// The region tree of the demo city, Xiamen: its six districts with their real street (街道) and town (镇)
// names, communities (社区, villages 村 in towns; real names where known, otherwise plausible ones) and
// grids (网格), scaled to the population.
//
// Region ids:
//   district   the 6-digit administrative code            "350206"          (湖里区)
//   street     district code + 3-digit street number      "350206001"       (湖里街道)
//   community  street id + 3-digit community number      "350206001003"    (村里社区)
//   grid       community id + "-" + 2-digit grid number   "350206001003-02" (第二网格)
// Numbers follow the order of the tables in regioncatalogue.cpp, starting at 1. Every row carries its
// district_code; parent_id links a row to the level above (NULL for districts).
//
// Size: about one grid per 450 residents, but never fewer than 2 communities per street and 2 grids per
// community. Districts get grids and residents in proportion to their real population.

#include "demo/demorandom.h"
#include "demo/demorecords.h"

namespace gd::server {

class RegionCatalogue {
public:
    // Deterministic for the rng state. Resident counts of the grids add up to `citizens`, enterprise
    // counts to `enterprises`.
    RegionCatalogue(int citizens, int enterprises, DemoRandom &rng);

    // Districts, streets, communities and grids, each after its parent.
    const std::vector<DemoRegion> &regions() const { return m_regions; }
    // Grids in id order.
    const std::vector<DemoGrid> &grids() const { return m_grids; }
    // The first `count` grids (in id order) of a district.
    QStringList firstGrids(const QString &districtCode, int count) const;

    static QStringList districtCodes();
    static QString districtName(const QString &code);

private:
    std::vector<DemoRegion> m_regions;
    std::vector<DemoGrid> m_grids;
};

} // namespace gd::server
