#pragma once
// Plausible Chinese personal names. Surnames are weighted by frequency, tilted towards southern Fujian
// (陈, 林, 黄 lead in Xiamen). Given names depend on the generation: 建国/秀英 for the 1950s, 伟/静 for
// the 1980s, 梓涵/子轩 for the 2010s. About a quarter of the names have a one-character given name
// (王芳, 李强), so two-character full names are common, as in reality.

#include "demo/demorandom.h"
#include "demo/weightedpicker.h"

#include <QStringList>

namespace gd::server {

class NameGenerator {
public:
    explicit NameGenerator(DemoRandom &rng);

    QString surname();
    QString givenName(bool male, int birthYear);
    QString fullName(bool male, int birthYear) { return surname() + givenName(male, birthYear); }

private:
    DemoRandom &m_rng;
    QStringList m_surnames;
    WeightedPicker m_surnamePicker;
};

} // namespace gd::server
