#include "demo/idnumberallocator.h"

#include "demo/democlock.h"

#include "domain/identity.h"

namespace gd::server {
namespace {

struct Area {
    QStringView code;
    double weight; // share among residents registered elsewhere (0 for Xiamen)
};

constexpr Area kAreas[] = {
    // Xiamen, in district code order.
    {u"350203", 0},
    {u"350205", 0},
    {u"350206", 0},
    {u"350211", 0},
    {u"350212", 0},
    {u"350213", 0},
    // 泉州, 漳州, 龙岩, 福州, 莆田, 三明, 宁德
    {u"350502", 3},
    {u"350503", 3},
    {u"350521", 4},
    {u"350524", 6},
    {u"350525", 3},
    {u"350582", 5},
    {u"350583", 5},
    {u"350602", 4},
    {u"350623", 4},
    {u"350681", 4},
    {u"350627", 2},
    {u"350802", 4},
    {u"350822", 2},
    {u"350102", 2},
    {u"350104", 2},
    {u"350181", 2},
    {u"350302", 2},
    {u"350322", 3},
    {u"350402", 2},
    {u"350902", 1},
    // 江西 (old prefecture codes 3622xx, 3623xx, 3621xx still appear on older cards)
    {u"362201", 3},
    {u"362202", 2},
    {u"360102", 2},
    {u"360121", 2},
    {u"362321", 2},
    {u"362330", 2},
    {u"360782", 2},
    {u"362132", 1},
    // 湖南, 湖北, 四川, 贵州, 河南, 安徽, 广东, 广西, 浙江
    {u"430124", 2},
    {u"431021", 1},
    {u"420111", 1},
    {u"421023", 2},
    {u"510722", 2},
    {u"511621", 1},
    {u"522101", 1},
    {u"411023", 2},
    {u"412725", 1},
    {u"341222", 2},
    {u"342101", 1},
    {u"440513", 2},
    {u"445122", 1},
    {u"452402", 1},
    {u"330327", 1},
};
constexpr int kAreaCount = int(std::size(kAreas));
constexpr int kSequencesPerBucket = 500;

} // namespace

IdNumberAllocator::IdNumberAllocator(QDate earliestBirth, QDate latestBirth)
    : m_firstDay(earliestBirth.toJulianDay())
    , m_days(int(latestBirth.toJulianDay() - earliestBirth.toJulianDay()) + 2) // +1 for the overflow shift
    , m_counters(size_t(kAreaCount) * size_t(m_days) * 2, 0)
{
    for (const Area &a : kAreas)
        m_origins.add(a.weight);
}

int IdNumberAllocator::xiamenArea(const QString &districtCode)
{
    for (int i = 0; i < kXiamenAreas; ++i) {
        if (kAreas[i].code == districtCode)
            return i;
    }
    return -1;
}

int IdNumberAllocator::pickOrigin(DemoRandom &rng) const
{
    return m_origins.pick(rng);
}

QString IdNumberAllocator::areaCode(int area)
{
    return kAreas[area].code.toString();
}

QString IdNumberAllocator::allocate(int area, QDate &birthDate, bool male)
{
    int step = 1;
    for (;;) {
        const qint64 day = std::clamp<qint64>(birthDate.toJulianDay() - m_firstDay, 0, m_days - 1);
        const size_t bucket = (size_t(area) * size_t(m_days) + size_t(day)) * 2 + (male ? 1 : 0);
        const int k = m_counters[bucket];
        if (k < kSequencesPerBucket) {
            m_counters[bucket] = quint16(k + 1);
            const int start = int((bucket * 2654435761u) % kSequencesPerBucket);
            const int sequence = ((start + 37 * k) % kSequencesPerBucket) * 2 + (male ? 1 : 0);
            const QString first17 = kAreas[area].code.toString() + DemoClock::compactDate(birthDate) +
                                    QString::number(sequence).rightJustified(3, QLatin1Char('0'));
            return first17 + identity::idNumberCheckDigit(first17);
        }
        if (day >= m_days - 1)
            step = -1; // the range ends here: look at earlier days instead
        birthDate = birthDate.addDays(step);
    }
}

} // namespace gd::server
