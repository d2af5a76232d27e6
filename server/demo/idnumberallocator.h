#pragma once
// Unique, valid 18-digit citizen ID numbers (GB 11643): 6-digit area of registration, birth date
// yyyyMMdd, 3-digit sequence whose last digit is odd for men and even for women, and the ISO 7064
// MOD 11-2 check digit (gd::identity::idNumberCheckDigit).
//
// Uniqueness without remembering every number: one counter per (area, birth date, gender); the k-th
// person of a bucket gets sequence ((h + 37k) mod 500) * 2 + parity, which is distinct for k < 500.
// A full bucket (never seen in practice) moves the person's birthday one day later.
//
// Areas: the six Xiamen districts first (natives carry their district's code), then places the city's
// newer residents come from: the rest of Fujian (泉州 3505xx, 漳州 3506xx, 龙岩, 莆田 …), Jiangxi
// (including old codes such as 3622xx), Hunan, Hubei, Sichuan, Henan, Anhui, Guangdong …

#include "demo/demorandom.h"
#include "demo/weightedpicker.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace gd::server {

class IdNumberAllocator {
public:
    IdNumberAllocator(QDate earliestBirth, QDate latestBirth);

    static constexpr int kXiamenAreas = 6;
    // Index of a Xiamen district code (0..5), -1 if not one.
    static int xiamenArea(const QString &districtCode);
    // A non-Xiamen area, weighted by how many of Xiamen's newer residents come from there.
    int pickOrigin(DemoRandom &rng) const;
    static QString areaCode(int area);

    // `birthDate` may move forward by a day when its bucket is full; the number matches it.
    QString allocate(int area, QDate &birthDate, bool male);

private:
    qint64 m_firstDay;
    int m_days;
    std::vector<quint16> m_counters;
    WeightedPicker m_origins;
};

} // namespace gd::server
