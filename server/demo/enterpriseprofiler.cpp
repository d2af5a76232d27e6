#include "demo/enterpriseprofiler.h"

#include <cmath>

namespace gd::server {
namespace {

enum class Licence : quint8 {
    Food,
    FoodProduction,
    Drug,
    Hygiene,
    Construction,
    SafetyProduction,
    Pollution,
    Telecom,
    RoadTransport,
    Medical,
    School,
    Performance,
    HumanResources,
    RealEstate,
    Testing,
};

struct LicenceKind {
    QStringView name;
    QStringView issuer; // "{d}" = the district's name (湖里区)
};

// In Licence order.
constexpr LicenceKind kKinds[] = {
    {u"食品经营许可证", u"厦门市{d}市场监督管理局"},
    {u"食品生产许可证", u"厦门市市场监督管理局"},
    {u"药品经营许可证", u"厦门市市场监督管理局"},
    {u"卫生许可证", u"厦门市{d}卫生健康局"},
    {u"建筑业企业资质证书", u"厦门市建设局"},
    {u"安全生产许可证", u"福建省住房和城乡建设厅"},
    {u"排污许可证", u"厦门市生态环境局"},
    {u"增值电信业务经营许可证", u"福建省通信管理局"},
    {u"道路运输经营许可证", u"厦门市交通运输局"},
    {u"医疗机构执业许可证", u"厦门市{d}卫生健康局"},
    {u"民办学校办学许可证", u"厦门市{d}教育局"},
    {u"营业性演出许可证", u"厦门市文化和旅游局"},
    {u"人力资源服务许可证", u"厦门市人力资源和社会保障局"},
    {u"房地产开发企业资质证书", u"厦门市住房保障和房屋管理局"},
    {u"检验检测机构资质认定证书", u"福建省市场监督管理局"},
};

struct IndustryLicence {
    Licence kind;
    double share; // of the industry's enterprises holding it
};

// The licences an industry's enterprises hold (the first is the industry's typical one).
struct IndustryLicences {
    QStringView industry; // as EnterpriseGenerator names it
    IndustryLicence licences[3];
    int count;
};

constexpr IndustryLicences kIndustries[] = {
    {u"批发和零售业", {{Licence::Food, 0.5}, {Licence::Drug, 0.08}}, 2},
    {u"信息传输、软件和信息技术服务业", {{Licence::Telecom, 0.35}}, 1},
    {u"租赁和商务服务业", {{Licence::HumanResources, 0.25}}, 1},
    {u"住宿和餐饮业", {{Licence::Food, 0.95}, {Licence::Hygiene, 0.6}}, 2},
    {u"制造业",
     {{Licence::Pollution, 0.6}, {Licence::SafetyProduction, 0.3}, {Licence::FoodProduction, 0.15}},
     3},
    {u"建筑业", {{Licence::Construction, 0.9}, {Licence::SafetyProduction, 0.8}}, 2},
    {u"居民服务、修理和其他服务业", {{Licence::Hygiene, 0.6}}, 1},
    {u"科学研究和技术服务业", {{Licence::Testing, 0.4}, {Licence::Pollution, 0.15}}, 2},
    {u"交通运输、仓储和邮政业", {{Licence::RoadTransport, 0.85}}, 1},
    {u"文化、体育和娱乐业", {{Licence::Performance, 0.5}, {Licence::Hygiene, 0.3}}, 2},
    {u"房地产业", {{Licence::RealEstate, 0.7}}, 1},
    {u"教育", {{Licence::School, 0.9}}, 1},
    {u"卫生和社会工作", {{Licence::Medical, 0.85}, {Licence::Hygiene, 0.3}}, 2},
};

const IndustryLicences *licencesOf(const QString &industry)
{
    for (const IndustryLicences &i : kIndustries) {
        if (industry == i.industry)
            return &i;
    }
    return nullptr;
}

// Shares among enterprises old enough to have renewed a 3-year licence (about two thirds of them), so
// that overall about 8% have a licence expiring within 30 days and about 3% an expired one.
constexpr double kExpiringShare = 0.14;
constexpr double kExpiredShare = 0.055;
constexpr double kLegalPersonShare = 0.7;

} // namespace

EnterpriseProfiler::EnterpriseProfiler(DemoRandom &rng, const DemoClock &clock)
    : m_rng(rng)
    , m_clock(clock)
{
}

QString EnterpriseProfiler::digits(int count)
{
    QString out(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        out[i] = QLatin1Char(char('0' + m_rng.below(10)));
    return out;
}

int EnterpriseProfiler::employees(const DemoEnterprise &e)
{
    return e.insurance.empty() ? 1 : e.insurance.front().employees;
}

void EnterpriseProfiler::profile(DemoBatch &batch)
{
    for (DemoEnterprise &e : batch.enterprises) {
        pickLegalPerson(e, batch);
        addLicences(e, *batch.grid);
        addInsurance(e);
    }
}

void EnterpriseProfiler::pickLegalPerson(DemoEnterprise &e, const DemoBatch &batch)
{
    if (batch.citizens.empty() || !m_rng.chance(kLegalPersonShare))
        return;
    // An adult of the grid; a few tries, then the enterprise keeps an outside legal person.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const DemoCitizen &c = batch.citizens[size_t(m_rng.below(int(batch.citizens.size())))];
        if (c.age >= 22 && c.age <= 75) {
            e.legalPersonId = c.id;
            e.legalPerson = c.name;
            return;
        }
    }
}

void EnterpriseProfiler::addLicences(DemoEnterprise &e, const DemoGrid &grid)
{
    const QDate today = m_clock.today();
    const QString district = grid.districtName;
    auto issuer = [&district](const LicenceKind &k) {
        QString text = k.issuer.toString();
        text.replace(QStringLiteral("{d}"), district);
        return text;
    };

    // 营业执照: issued on establishment, valid 20-30 years, renewed when it ran out.
    {
        const int years = m_rng.between(20, 30);
        QDate issued = e.establishedOn;
        while (issued.addYears(years) <= today.addDays(30))
            issued = issued.addYears(years);
        e.licences.push_back({QStringLiteral("营业执照"), e.uscc,
                              QStringLiteral("厦门市") + district + QStringLiteral("市场监督管理局"), issued,
                              issued.addYears(years)});
    }

    const IndustryLicences *industry = licencesOf(e.industry);
    if (!industry)
        return;
    // Whether one licence runs out soon or ran out: only for enterprises old enough to hold a 3-year
    // licence that long.
    const int ageDays = int(e.establishedOn.daysTo(today));
    enum class Bucket { Valid, Expiring, Expired } bucket = Bucket::Valid;
    if (ageDays >= 3 * 366 + 180) {
        const double r = m_rng.unit();
        bucket = r < kExpiringShare                   ? Bucket::Expiring
                 : r < kExpiringShare + kExpiredShare ? Bucket::Expired
                                                      : Bucket::Valid;
    }
    bool bucketUsed = bucket == Bucket::Valid;
    for (int i = 0; i < industry->count; ++i) {
        const IndustryLicence &held = industry->licences[i];
        const bool first = i == 0;
        // The bucket goes to the first licence; an enterprise in it holds its industry's typical one.
        if (!(first && !bucketUsed) && !m_rng.chance(held.share))
            continue;
        // As long as the enterprise existed (before the expiry of an expired one).
        const bool expired = !bucketUsed && bucket == Bucket::Expired;
        const int maxYears = std::min(5, (ageDays - (expired ? 180 : 0)) / 366);
        const int years = m_rng.between(3, std::max(3, maxYears));
        QDate issued;
        QDate until;
        if (!bucketUsed && bucket == Bucket::Expiring) {
            until = today.addDays(m_rng.between(1, 30));
            issued = until.addYears(-years);
        } else if (expired) {
            until = today.addDays(-m_rng.between(1, 180));
            issued = until.addYears(-years);
        } else {
            // Any time such that it is still valid for more than 30 days.
            const QDate from = std::max(e.establishedOn, today.addYears(-years).addDays(31));
            const QDate to = today.addDays(-1);
            issued = from >= to ? to : from.addDays(m_rng.between(0, int(from.daysTo(to))));
            until = issued.addYears(years);
        }
        bucketUsed = true;
        if (issued < e.establishedOn) { // cannot happen for the buckets' ages; keep it valid
            issued = e.establishedOn;
            until = std::max(issued.addYears(years), today.addDays(31));
        }

        const LicenceKind &kind = kKinds[int(held.kind)];
        const QString year = QString::number(issued.year());
        const QString code = grid.districtCode;
        QString number;
        switch (held.kind) {
        case Licence::Food:
            number = QStringLiteral("JY1") + code + digits(7);
            break;
        case Licence::FoodProduction:
            number = QStringLiteral("SC1") + code + digits(7);
            break;
        case Licence::Drug:
            number = QStringLiteral("闽CB592") + digits(4);
            break;
        case Licence::Hygiene:
            number = QStringLiteral("闽卫公证字〔") + year + QStringLiteral("〕第") + code +
                     QLatin1Char('-') + digits(6) + QStringLiteral("号");
            break;
        case Licence::Construction:
            number = QStringLiteral("D3350") + digits(5);
            break;
        case Licence::SafetyProduction:
            number = QStringLiteral("（闽）JZ安许证字〔") + year + QStringLiteral("〕") + digits(6);
            break;
        case Licence::Pollution:
            number = e.uscc + digits(3) + QLatin1Char(m_rng.chance(0.7) ? 'U' : 'P');
            break;
        case Licence::Telecom:
            number = QStringLiteral("闽B2-") + year + digits(4);
            break;
        case Licence::RoadTransport:
            number = QStringLiteral("闽交运管许可厦字") + code + digits(6) + QStringLiteral("号");
            break;
        case Licence::Medical:
            number = QStringLiteral("PDY") + digits(5) + code + QStringLiteral("17A1001");
            break;
        case Licence::School:
            number = QStringLiteral("教民1") + code + digits(7) + QStringLiteral("号");
            break;
        case Licence::Performance:
            number = code + digits(6);
            break;
        case Licence::HumanResources:
            number = QStringLiteral("（闽）人服证字〔") + year + QStringLiteral("〕第") + code.right(4) +
                     digits(6) + QStringLiteral("号");
            break;
        case Licence::RealEstate:
            number = QStringLiteral("闽房开厦（") + year + QStringLiteral("）第") + digits(4) +
                     QStringLiteral("号");
            break;
        case Licence::Testing:
            number = year.right(2) + QStringLiteral("1312") + digits(6);
            break;
        }
        e.licences.push_back({kind.name.toString(), number, issuer(kind), issued, until});
    }
}

void EnterpriseProfiler::addInsurance(DemoEnterprise &e)
{
    const QDate today = m_clock.today();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate firstMonth(e.establishedOn.year(), e.establishedOn.month(), 1);

    // Size from the registered capital (10万 to 5000万 yuan): about 3 people at the low end, a few
    // hundred at the top; young and closing enterprises employ fewer.
    const double yuan = std::max(1e5, double(e.capitalCents) / 100.0);
    double size = 3.0 * std::pow(10.0, (std::log10(yuan) - 5.0) * 0.8) * m_rng.uniform(0.6, 1.6);
    if (e.stage == QLatin1String("new"))
        size *= 0.5;
    else if (e.stage == QLatin1String("closing"))
        size *= 0.4;
    int employees = std::max(1, int(std::lround(size)));
    // Per person and month, employer and employee shares together.
    const qint64 perCapitaCents = qint64(m_rng.between(1450, 2800)) * 100;

    // A few enterprises fell behind with one or two recent months (more of those closing down).
    const bool behind = m_rng.chance(e.stage == QLatin1String("closing") ? 0.3 : 0.05);
    const int overdueFrom = behind ? m_rng.between(1, 2) : 0; // months back
    const int overdueCount = behind ? m_rng.between(1, 2) : 0;

    for (int back = 0; back < 12; ++back) {
        const QDate month = thisMonth.addMonths(-back);
        if (month < firstMonth)
            break;
        DemoInsuranceMonth m;
        m.month = month.toString(QStringLiteral("yyyy-MM"));
        m.employees = employees;
        m.amountCents = qint64(employees) * perCapitaCents;
        if (back == 0)
            m.status = QStringLiteral("due");
        else if (back >= overdueFrom && back < overdueFrom + overdueCount)
            m.status = QStringLiteral("overdue");
        else
            m.status = QStringLiteral("paid");
        e.insurance.push_back(std::move(m));
        // Going back in time: people joined and left.
        const int change = m_rng.between(-2, 2);
        employees = std::max(1, employees - (change * std::max(1, employees / 20)) / 2);
    }
}

} // namespace gd::server
