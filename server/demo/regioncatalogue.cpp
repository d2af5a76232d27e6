#include "demo/regioncatalogue.h"

#include <cmath>

namespace gd::server {
namespace {

struct DistrictData {
    QStringView code;
    QStringView name;
    double population; // 2020 census resident population, in thousands (rounded)
};

// In code order, so that grid ids sort in generation order.
constexpr DistrictData kDistricts[] = {
    {u"350203", u"思明区", 1073}, {u"350205", u"海沧区", 582}, {u"350206", u"湖里区", 1036},
    {u"350211", u"集美区", 1037}, {u"350212", u"同安区", 856}, {u"350213", u"翔安区", 694},
};

struct StreetData {
    QStringView districtCode;
    QStringView name;
    QStringView communities; // "、"-separated
    double weight = 1.0;     // relative population inside the district (towns and 鼓浪屿 are smaller)
};

// Street and town names are the real ones. Community and village names follow real ones where we know
// them and are plausible otherwise; the demo does not claim to be a gazetteer.
constexpr StreetData kStreets[] = {
    {u"350203", u"中华街道", u"中华社区、仁安社区、新华社区、中山社区、光彩社区、赖厝埕社区"},
    {u"350203", u"鹭江街道", u"大元社区、海岸社区、镇海社区、新路社区、营平社区、升平社区"},
    {u"350203", u"厦港街道", u"沙坡尾社区、大学社区、碧山社区、顶澳仔社区、巡司顶社区、福海社区、南华社区"},
    {u"350203", u"滨海街道", u"曾厝垵社区、黄厝社区、上李社区、东坪山社区、环岛路社区、溪头下社区"},
    {u"350203", u"莲前街道",
     u"前埔北社区、前埔南社区、洪文社区、西林社区、瑞景社区、金鸡亭社区、岭兜社区、何厝社区、莲前社区、观音山"
     u"社区"},
    {u"350203", u"嘉莲街道", u"嘉莲社区、莲秀社区、松柏社区、屿后社区、振兴社区、长青社区、湖明社区"},
    {u"350203", u"开元街道", u"东门社区、湖滨一里社区、公园社区、溪岸社区、开元社区、美湖社区、百家村社区"},
    {u"350203", u"梧村街道", u"金榜社区、文灶社区、梧村社区、建兴社区、东浦社区、后埭溪社区"},
    {u"350203", u"筼筜街道", u"湖光社区、官任社区、体育社区、槟榔社区、湖滨社区、白鹭洲社区、莲岳社区"},
    {u"350203", u"鼓浪屿街道", u"龙头社区、内厝澳社区", 0.15},
    {u"350205", u"海沧街道", u"海沧社区、温厝社区、囷瑶社区、东屿社区、渐美社区、海发社区、青礁村"},
    {u"350205", u"新阳街道", u"新阳社区、祥露社区、霞阳社区、兴旺社区、阳光社区、新垵村"},
    {u"350205", u"嵩屿街道", u"海虹社区、石塘社区、贞庵社区、鳌冠社区、未来海岸社区、锦里社区"},
    {u"350205", u"东孚街道", u"东孚社区、芸美社区、过坂社区、天竺社区、鼎美村、贞岱村、寨后村"},
    {u"350206", u"湖里街道",
     u"湖里社区、塘边社区、村里社区、兴华社区、东荣社区、海天社区、和通社区、徐厝社区、南山社区"},
    {u"350206", u"殿前街道",
     u"殿前社区、高殿社区、寨上社区、神山社区、马垅社区、兴隆社区、高崎社区、嘉园社区"},
    {u"350206", u"禾山街道",
     u"后坑社区、枋湖社区、坂美社区、钟宅社区、围里社区、林边社区、县后社区、禾山社区"},
    {u"350206", u"江头街道",
     u"江头社区、吕厝社区、护安社区、浦园社区、乌石浦社区、蔡塘社区、台湾山社区、后埔社区"},
    {u"350206", u"金山街道",
     u"金山社区、五缘湾社区、金尚社区、小东山社区、云顶社区、下忠社区、金林社区、金湖社区"},
    {u"350211", u"集美街道",
     u"岑头社区、浔江社区、大社社区、孙厝社区、兑山社区、银亭社区、乐安社区、凤林社区"},
    {u"350211", u"侨英街道", u"叶厝社区、曾营社区、滨水社区、侨英社区、莲花社区、乐海社区、上塘社区"},
    {u"350211", u"杏林街道", u"杏林社区、杏东社区、日东社区、西滨社区、杏北社区、康城社区、新村社区"},
    {u"350211", u"杏滨街道", u"马銮社区、西亭社区、杏滨社区、锦园社区、杏锦社区、后柯社区"},
    {u"350211", u"灌口镇", u"灌口社区、黄庄社区、深青村、东辉村、井城村、双岭村、田头村", 0.6},
    {u"350211", u"后溪镇", u"后溪村、岩内村、许庄村、苎溪村、城内村、仑上村", 0.6},
    {u"350212", u"大同街道", u"东山社区、三秀社区、碧岳社区、城东社区、环东社区、双溪社区"},
    {u"350212", u"祥平街道", u"阳翟社区、凤山社区、朱坑社区、祥平社区、西山社区、美人山社区"},
    {u"350212", u"西柯街道", u"西柯社区、丙洲社区、美峰社区、潘涂社区、官浔社区、下山社区"},
    {u"350212", u"新民街道", u"新民社区、西湖社区、乌涂社区、凤南社区、柑岭社区、新丰社区"},
    {u"350212", u"五显镇", u"五显村、明溪村、三秀山村、溪东村、后垵村", 0.6},
    {u"350212", u"洪塘镇", u"洪塘社区、郭山村、三忠村、苏店村、下墩村", 0.6},
    {u"350212", u"汀溪镇", u"汀溪村、造水村、顶村村、西源村、五峰村", 0.6},
    {u"350212", u"莲花镇", u"莲花村、云埔村、小坪村、军营村、白交祠村", 0.6},
    {u"350213", u"新店街道", u"新店社区、洪前社区、大宅社区、蔡厝社区、澳头社区、欧厝社区、刘五店社区"},
    {u"350213", u"马巷街道", u"马巷社区、舫山社区、后许社区、巷南社区、五星社区、琼头社区"},
    {u"350213", u"内厝镇", u"内厝村、黄厝村、曾厝村、官路村、莲塘村", 0.6},
    {u"350213", u"大嶝街道", u"田墘社区、双沪社区、东蔡社区、阳塘社区、山头社区"},
    {u"350213", u"新圩镇", u"新圩社区、诗坂村、后埔村、金柄村、马塘村、古宅村", 0.6},
};

// Residential places for addresses: estates shared by the city, plus numbered lanes named after the
// community ("塘边二里") and hamlets for villages ("顶厝").
constexpr QStringView kEstates[] = {
    u"阳光花园", u"海湾新城", u"翠湖苑",   u"书香苑",   u"和谐家园", u"丽景花园", u"滨海花园", u"怡景花园",
    u"锦绣家园", u"东方新城", u"幸福里",   u"鹭岛花园", u"海韵新城", u"金秋苑",   u"嘉禾花园", u"瑞景新村",
    u"禾祥苑",   u"海天花园", u"华侨新村", u"龙腾花园", u"金湖苑",   u"绿苑小区", u"万寿新村", u"兴隆花园",
};
constexpr QStringView kLaneSuffixes[] = {u"一里", u"二里", u"三里", u"北里",
                                         u"南里", u"新村", u"花园", u"小区"};
constexpr QStringView kHamlets[] = {u"顶厝", u"下厝", u"后厝", u"前村",   u"新厝",
                                    u"上社", u"下社", u"内社", u"大路头", u"溪边"};

constexpr double kResidentsPerGrid = 450.0;

QString chineseNumber(int n)
{
    static constexpr char16_t kDigits[] = u"零一二三四五六七八九";
    if (n < 10)
        return QString(QChar(kDigits[n]));
    QString out;
    if (n >= 20)
        out += QChar(kDigits[n / 10]);
    out += QChar(u'十');
    if (n % 10)
        out += QChar(kDigits[n % 10]);
    return out;
}

QString numbered(int n, int width)
{
    return QString::number(n).rightJustified(width, QLatin1Char('0'));
}

// Splits `total` into parts proportional to `weights`, exactly (cumulative rounding).
std::vector<int> allocate(qint64 total, const std::vector<double> &weights)
{
    double sum = 0;
    for (double w : weights)
        sum += w;
    std::vector<int> out(weights.size(), 0);
    double cumulative = 0;
    qint64 previous = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        cumulative += weights[i];
        const qint64 upTo =
            (i + 1 == weights.size()) ? total : qint64(std::llround(double(total) * cumulative / sum));
        out[i] = int(upTo - previous);
        previous = upTo;
    }
    return out;
}

QString stemOf(const QString &community)
{
    if (community.endsWith(u"社区"))
        return community.chopped(2);
    if (community.endsWith(u'村'))
        return community.chopped(1);
    return community;
}

} // namespace

QStringList RegionCatalogue::districtCodes()
{
    QStringList out;
    for (const DistrictData &d : kDistricts)
        out.append(d.code.toString());
    return out;
}

QString RegionCatalogue::districtName(const QString &code)
{
    for (const DistrictData &d : kDistricts) {
        if (d.code == code)
            return d.name.toString();
    }
    return {};
}

RegionCatalogue::RegionCatalogue(int citizens, int enterprises, DemoRandom &rng)
{
    const QString levelDistrict = QStringLiteral("district");
    const QString levelStreet = QStringLiteral("street");
    const QString levelCommunity = QStringLiteral("community");
    const QString levelGrid = QStringLiteral("grid");

    double populationTotal = 0;
    for (const DistrictData &d : kDistricts)
        populationTotal += d.population;
    const int targetGrids = std::max(1, int(std::ceil(citizens / kResidentsPerGrid)));

    std::vector<double> residentWeights;
    for (const DistrictData &district : kDistricts) {
        const QString code = district.code.toString();
        const QString districtName = district.name.toString();
        m_regions.push_back({code, QString(), levelDistrict, districtName, code});

        std::vector<const StreetData *> streets;
        double streetWeightSum = 0;
        for (const StreetData &s : kStreets) {
            if (s.districtCode == district.code) {
                streets.push_back(&s);
                streetWeightSum += s.weight;
            }
        }
        const double districtShare = district.population / populationTotal;
        const int districtGrids =
            std::max(int(streets.size()) * 4, int(std::lround(targetGrids * districtShare)));

        for (size_t si = 0; si < streets.size(); ++si) {
            const StreetData &street = *streets[si];
            const double streetShare = street.weight / streetWeightSum;
            const QString streetId = code + numbered(int(si) + 1, 3);
            const QString streetName = street.name.toString();
            m_regions.push_back({streetId, code, levelStreet, streetName, code});

            const QStringList communities = street.communities.toString().split(QStringLiteral("、"));
            const int streetGrids = std::max(4, int(std::lround(districtGrids * streetShare)));
            const int communityCount =
                std::clamp(int(std::lround(streetGrids / 6.0)), 2, int(communities.size()));
            for (int ci = 0; ci < communityCount; ++ci) {
                const QString communityId = streetId + numbered(ci + 1, 3);
                const QString &communityName = communities.at(ci);
                const bool village = communityName.endsWith(u'村');
                m_regions.push_back({communityId, streetId, levelCommunity, communityName, code});

                QStringList places;
                const QString stem = stemOf(communityName);
                const int placeCount = rng.between(3, 5);
                for (int p = 0; p < placeCount; ++p) {
                    QString place;
                    if (village)
                        place = rng.pick(kHamlets).toString();
                    else if (rng.chance(0.55))
                        place = stem + rng.pick(kLaneSuffixes).toString();
                    else
                        place = rng.pick(kEstates).toString();
                    if (!places.contains(place))
                        places.append(place);
                }

                const int gridsHere =
                    streetGrids / communityCount + (ci < streetGrids % communityCount ? 1 : 0);
                for (int gi = 0; gi < gridsHere; ++gi) {
                    DemoGrid grid;
                    grid.id = communityId + QLatin1Char('-') + numbered(gi + 1, 2);
                    grid.name = QStringLiteral("第") + chineseNumber(gi + 1) + QStringLiteral("网格");
                    grid.districtCode = code;
                    grid.districtName = districtName;
                    grid.streetId = streetId;
                    grid.streetName = streetName;
                    grid.communityId = communityId;
                    grid.communityName = communityName;
                    grid.places = places;
                    grid.rural = village;
                    m_regions.push_back({grid.id, communityId, levelGrid, grid.name, code});
                    m_grids.push_back(std::move(grid));
                    residentWeights.push_back(districtShare * streetShare / streetGrids *
                                              rng.uniform(0.8, 1.2));
                }
            }
        }
    }

    const std::vector<int> residents = allocate(citizens, residentWeights);
    std::vector<double> enterpriseWeights;
    for (size_t i = 0; i < m_grids.size(); ++i) {
        m_grids[i].residents = residents[i];
        // Business streets differ more than residential ones.
        enterpriseWeights.push_back((residents[i] + 1) * rng.uniform(0.5, 1.5) *
                                    (m_grids[i].rural ? 0.5 : 1.0));
    }
    const std::vector<int> firms = allocate(enterprises, enterpriseWeights);
    for (size_t i = 0; i < m_grids.size(); ++i)
        m_grids[i].enterprises = firms[i];
}

QStringList RegionCatalogue::firstGrids(const QString &districtCode, int count) const
{
    QStringList out;
    for (const DemoGrid &g : m_grids) {
        if (out.size() >= count)
            break;
        if (g.districtCode == districtCode)
            out.append(g.id);
    }
    return out;
}

} // namespace gd::server
