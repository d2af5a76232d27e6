#include "demo/enterprisegenerator.h"

#include <cmath>

namespace gd::server {
namespace {

struct Industry {
    QStringView name; // GB/T 4754 section
    double weight;
    QStringView businessWords; // "、"-separated words for the company name
    bool tech;
    bool trade;
};

constexpr Industry kIndustries[] = {
    {u"批发和零售业", 24, u"贸易、商贸、进出口、供应链、实业", false, true},
    {u"信息传输、软件和信息技术服务业", 12, u"科技、信息技术、软件、网络科技、数字科技", true, false},
    {u"租赁和商务服务业", 12, u"商务服务、企业管理、咨询、会展服务、人力资源", false, false},
    {u"住宿和餐饮业", 10, u"餐饮管理、酒店管理、餐饮、食品", false, false},
    {u"制造业", 9, u"电子、机械、新材料、光电、服饰", true, true},
    {u"建筑业", 7, u"建筑工程、装饰工程、建设工程、园林工程", false, false},
    {u"居民服务、修理和其他服务业", 7, u"家政服务、汽车服务、物业服务、美容", false, false},
    {u"科学研究和技术服务业", 5, u"生物科技、检测技术、环保科技、设计", true, false},
    {u"交通运输、仓储和邮政业", 5, u"物流、国际货运代理、运输、仓储", false, true},
    {u"文化、体育和娱乐业", 4, u"文化传媒、文化传播、影视、体育发展", false, false},
    {u"房地产业", 3, u"房地产经纪、置业、房地产开发", false, false},
    {u"教育", 1.5, u"教育科技、培训、文化教育", false, false},
    {u"卫生和社会工作", 1.5, u"健康管理、医疗科技、养老服务", true, false},
};

// First and second characters of trade names (字号); pairs make thousands of names.
constexpr QStringView kBrandFirst = u"鑫华海鹭嘉恒中金瑞宏盛汇源天博众新佳信达融弘远泰德";
constexpr QStringView kBrandSecond = u"达信源通盛润丰辉安泰昌联创宇晟航铭诚宏耀鸿发祥";

} // namespace

EnterpriseGenerator::EnterpriseGenerator(DemoRandom &rng, const DemoClock &clock, NameGenerator &names,
                                         UsccAllocator &usccs, PhoneAllocator &phones)
    : m_rng(rng)
    , m_clock(clock)
    , m_names(names)
    , m_usccs(usccs)
    , m_phones(phones)
{
    for (const Industry &i : kIndustries)
        m_industries.add(i.weight);
}

void EnterpriseGenerator::generate(const DemoGrid &grid, DemoBatch &batch)
{
    const QDate today = m_clock.today();
    for (int n = 0; n < grid.enterprises; ++n) {
        const Industry &industry = kIndustries[m_industries.pick(m_rng)];
        DemoEnterprise e;
        e.id = m_rng.uuid();
        e.industry = industry.name.toString();

        const double s = m_rng.unit();
        e.stage = s < 0.15   ? QStringLiteral("new")
                  : s < 0.5  ? QStringLiteral("growing")
                  : s < 0.92 ? QStringLiteral("mature")
                             : QStringLiteral("closing");
        int ageDays = 0;
        if (e.stage == QLatin1String("new"))
            ageDays = m_rng.between(5, 364);
        else if (e.stage == QLatin1String("growing"))
            ageDays = m_rng.between(365, 5 * 365);
        else if (e.stage == QLatin1String("mature"))
            ageDays = m_rng.between(5 * 365, 25 * 365);
        else
            ageDays = m_rng.between(200, 15 * 365);
        e.establishedOn = today.addDays(-ageDays);

        // Capital: log-uniform, larger for older firms (10万 to 5000万 yuan).
        const double maxExp = e.stage == QLatin1String("mature") ? 7.7 : 6.8;
        const double yuan = std::pow(10.0, m_rng.uniform(5.0, maxExp));
        e.capitalCents = qint64(std::llround(yuan / 10000.0)) * 10000 * 100;

        const QStringList words = industry.businessWords.toString().split(QStringLiteral("、"));
        QString brand(2, Qt::Uninitialized);
        brand[0] = kBrandFirst.at(m_rng.below(int(kBrandFirst.size())));
        do {
            brand[1] = kBrandSecond.at(m_rng.below(int(kBrandSecond.size())));
        } while (brand[1] == brand[0]);
        const QString kind = (e.stage == QLatin1String("mature") && yuan > 2e7 && m_rng.chance(0.4))
                                 ? QStringLiteral("股份有限公司")
                                 : QStringLiteral("有限公司");
        e.name = (m_rng.chance(0.25) ? QStringLiteral("厦门市") : QStringLiteral("厦门")) + brand +
                 m_rng.pick(words) + kind;
        e.uscc = m_usccs.allocate(grid.districtCode);
        e.legalPerson = m_names.fullName(m_rng.chance(0.7), today.year() - m_rng.between(25, 65));
        e.phone = m_rng.chance(0.6) ? m_phones.landline() : m_phones.mobile();
        const QString place = grid.places.at(m_rng.below(int(grid.places.size())));
        e.address = QStringLiteral("厦门市") + grid.districtName + grid.streetName + grid.communityName +
                    place + QString::number(m_rng.between(1, 80)) + QStringLiteral("号") +
                    (grid.rural ? QString() : QString::number(m_rng.between(1, 28)) + QStringLiteral("层"));

        // Tags: stage first, then kind.
        const QDate stageSince = e.stage == QLatin1String("new")       ? e.establishedOn
                                 : e.stage == QLatin1String("growing") ? e.establishedOn.addYears(1)
                                 : e.stage == QLatin1String("mature")  ? e.establishedOn.addYears(5)
                                                                      : today.addDays(-m_rng.between(3, 120));
        const EnterpriseTag stageTag = e.stage == QLatin1String("new")       ? EnterpriseTag::New
                                       : e.stage == QLatin1String("growing") ? EnterpriseTag::Growing
                                       : e.stage == QLatin1String("mature")  ? EnterpriseTag::Mature
                                                                             : EnterpriseTag::Closing;
        e.tags.append({quint8(stageTag), stageSince,
                       e.stage == QLatin1String("closing") ? TagSource::Application : TagSource::Registry});
        auto since = [&](int minYears) {
            const int span = std::max(1, int(e.establishedOn.daysTo(today)) - minYears * 365);
            return today.addDays(-m_rng.between(0, span));
        };
        if (industry.tech && e.stage != QLatin1String("new") && m_rng.chance(0.25))
            e.tags.append({quint8(EnterpriseTag::HighTech), since(1), TagSource::Registry});
        if (yuan < 1e7 && m_rng.chance(0.85))
            e.tags.append({quint8(EnterpriseTag::SmallMicro), since(0), TagSource::Model});
        if (industry.trade && m_rng.chance(0.3))
            e.tags.append({quint8(EnterpriseTag::ForeignTrade), since(0), TagSource::Registry});
        if (industry.tech && (e.stage == QLatin1String("growing") || e.stage == QLatin1String("mature")) &&
            m_rng.chance(0.06))
            e.tags.append({quint8(EnterpriseTag::Specialized), since(2), TagSource::Registry});

        QDate last = e.establishedOn;
        for (const DemoTagAssignment &t : std::as_const(e.tags))
            last = std::max(last, t.since);
        e.updatedMs = std::min(DemoClock::localMs(last, 10 * 3600), m_clock.nowMs() - DemoClock::kHourMs);
        batch.enterprises.push_back(std::move(e));
    }
}

} // namespace gd::server
