#include "demo/namegenerator.h"

namespace gd::server {
namespace {

struct Surname {
    QStringView name;
    double weight; // per mille, roughly
};

constexpr Surname kSurnames[] = {
    {u"陈", 95}, {u"林", 75},  {u"黄", 55},    {u"王", 50}, {u"李", 48}, {u"张", 45}, {u"吴", 30},
    {u"刘", 30}, {u"郑", 26},  {u"蔡", 22},    {u"杨", 22}, {u"许", 18}, {u"洪", 15}, {u"谢", 15},
    {u"曾", 13}, {u"周", 13},  {u"苏", 12},    {u"庄", 11}, {u"徐", 11}, {u"赵", 10}, {u"叶", 10},
    {u"朱", 9},  {u"孙", 9},   {u"卢", 8},     {u"江", 8},  {u"柯", 7},  {u"颜", 7},  {u"何", 7},
    {u"胡", 7},  {u"郭", 7},   {u"高", 7},     {u"马", 7},  {u"罗", 6},  {u"梁", 6},  {u"宋", 6},
    {u"唐", 6},  {u"傅", 6},   {u"施", 6},     {u"邱", 6},  {u"韩", 5},  {u"冯", 5},  {u"邓", 5},
    {u"曹", 5},  {u"彭", 5},   {u"肖", 5},     {u"田", 4},  {u"董", 4},  {u"袁", 4},  {u"潘", 4},
    {u"蒋", 4},  {u"余", 4},   {u"于", 4},     {u"杜", 4},  {u"程", 4},  {u"魏", 4},  {u"吕", 3},
    {u"丁", 3},  {u"任", 3},   {u"沈", 3},     {u"姚", 3},  {u"姜", 3},  {u"崔", 3},  {u"钟", 3},
    {u"谭", 3},  {u"陆", 3},   {u"汪", 3},     {u"范", 3},  {u"金", 3},  {u"石", 3},  {u"廖", 3},
    {u"贾", 3},  {u"夏", 2},   {u"韦", 2},     {u"付", 2},  {u"方", 3},  {u"白", 2},  {u"邹", 2},
    {u"孟", 2},  {u"熊", 2},   {u"秦", 2},     {u"尹", 2},  {u"薛", 2},  {u"闫", 2},  {u"段", 2},
    {u"雷", 2},  {u"侯", 2},   {u"龙", 2},     {u"史", 2},  {u"陶", 2},  {u"黎", 2},  {u"贺", 2},
    {u"顾", 2},  {u"毛", 2},   {u"郝", 2},     {u"龚", 2},  {u"邵", 2},  {u"万", 2},  {u"钱", 2},
    {u"严", 2},  {u"覃", 1},   {u"武", 2},     {u"戴", 2},  {u"莫", 1},  {u"孔", 1},  {u"向", 1},
    {u"汤", 1},  {u"欧阳", 1}, {u"司马", 0.2},
};

// Characters of given names by generation and gender.
struct GenerationPool {
    int bornBefore;         // this pool applies to birth years < bornBefore
    double singleCharShare; // share of one-character given names
    QStringView male;       // characters for male names
    QStringView female;
    QStringView maleWhole; // typical whole two-character names, "、"-separated
    QStringView femaleWhole;
};

constexpr GenerationPool kPools[] = {
    {1966, 0.30, u"国建志明文华德金永荣福忠海庆春兴水木清平东", u"秀玉桂英兰珍凤淑美月琴芳素金花雪丽霞惠春",
     u"建国、建华、志强、国庆、文华、金水、德明、永福、荣华、春生、国平、海清",
     u"秀英、桂兰、玉珍、秀兰、淑珍、美玉、凤英、玉兰、月娥、素珍、金花、秀珠"},
    {1990, 0.35, u"伟强磊军勇杰涛斌超明刚平辉鹏华飞波健俊峰东海志斌林凯",
     u"丽静敏燕艳娟霞芳玲婷红梅丹萍琳颖慧雪莉娜洁晶",
     u"志伟、建军、海涛、文斌、晓东、振华、国栋、伟强、俊杰、永康",
     u"丽华、晓燕、秀芳、丽娟、雪梅、春燕、美玲、小红、晓丽、婷婷"},
    {2005, 0.18, u"浩宇轩杰博文涛鹏磊鑫昊翔晨阳帆凯睿峻楠", u"婷雪琪欣怡佳倩璐萱婧雯悦颖晴琳瑶妍",
     u"浩然、子豪、俊杰、宇航、文博、晨阳、子涵、嘉豪、天宇、思远",
     u"欣怡、思琪、佳琪、雨婷、诗雨、梦瑶、晓雯、佳怡、雅琪、可欣"},
    {9999, 0.08, u"子梓浩宇轩宸睿泽铭皓昊辰奕航沐一嘉煜锦", u"梓涵汐诺萱怡可欣语若雨思芷沐一悦瑶琪",
     u"子轩、浩宇、梓睿、宇泽、一鸣、沐宸、俊熙、奕辰、锦程、皓轩",
     u"梓涵、一诺、欣怡、语桐、若汐、雨涵、思琪、可馨、诗涵、芷若"},
};

} // namespace

NameGenerator::NameGenerator(DemoRandom &rng)
    : m_rng(rng)
{
    for (const Surname &s : kSurnames) {
        m_surnames.append(s.name.toString());
        m_surnamePicker.add(s.weight);
    }
}

QString NameGenerator::surname()
{
    return m_surnames.at(m_surnamePicker.pick(m_rng));
}

QString NameGenerator::givenName(bool male, int birthYear)
{
    const GenerationPool *pool = &kPools[std::size(kPools) - 1];
    for (const GenerationPool &p : kPools) {
        if (birthYear < p.bornBefore) {
            pool = &p;
            break;
        }
    }
    const QStringView chars = male ? pool->male : pool->female;
    if (m_rng.chance(pool->singleCharShare))
        return QString(chars.at(m_rng.below(int(chars.size()))));
    if (m_rng.chance(0.3)) {
        const QStringView whole = male ? pool->maleWhole : pool->femaleWhole;
        // Whole names are "XX、" repeated: 3 code units per entry.
        const int count = int((whole.size() + 1) / 3);
        return whole.mid(qsizetype(m_rng.below(count)) * 3, 2).toString();
    }
    QString out(2, Qt::Uninitialized);
    out[0] = chars.at(m_rng.below(int(chars.size())));
    out[1] = chars.at(m_rng.below(int(chars.size())));
    // Doubled characters (婷婷, 丹丹) are common for girls, rare for boys.
    while (male && out[1] == out[0])
        out[1] = chars.at(m_rng.below(int(chars.size())));
    return out;
}

} // namespace gd::server
