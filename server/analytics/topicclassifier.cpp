#include "topicclassifier.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace gd::analytics {

namespace {

struct RuleEntry {
    const char16_t *topic;
    const char16_t *keyword;
    double weight;
};

constexpr std::array kRules{
    // 噪音 noise
    RuleEntry{u"噪音", u"噪音", 3},
    RuleEntry{u"噪音", u"噪音扰民", 3},
    RuleEntry{u"噪音", u"吵", 2},
    RuleEntry{u"噪音", u"扰民", 2},
    RuleEntry{u"噪音", u"夜间施工", 3},
    RuleEntry{u"噪音", u"施工", 1},
    RuleEntry{u"噪音", u"打桩", 2},
    RuleEntry{u"噪音", u"广场舞", 3},
    RuleEntry{u"噪音", u"音响", 2},
    RuleEntry{u"噪音", u"音箱", 2},
    RuleEntry{u"噪音", u"喇叭", 1.5},
    RuleEntry{u"噪音", u"KTV", 2},
    RuleEntry{u"噪音", u"酒吧", 1.5},
    RuleEntry{u"噪音", u"低音炮", 3},
    RuleEntry{u"噪音", u"分贝", 3},
    RuleEntry{u"噪音", u"喧哗", 2},
    RuleEntry{u"噪音", u"睡不着", 2},
    RuleEntry{u"噪音", u"安静", 1.5},
    RuleEntry{u"噪音", u"排气管", 2},
    RuleEntry{u"噪音", u"飙车", 1.5},
    RuleEntry{u"噪音", u"音乐", 1.5},
    RuleEntry{u"噪音", u"声音", 1.5},
    RuleEntry{u"噪音", u"声", 1},
    RuleEntry{u"噪音", u"轰鸣", 2},
    RuleEntry{u"噪音", u"音量", 2},
    RuleEntry{u"噪音", u"禁鸣", 2},
    RuleEntry{u"噪音", u"叫", 1},
    RuleEntry{u"噪音", u"派对", 1.5},
    RuleEntry{u"噪音", u"唱", 1.5},
    RuleEntry{u"噪音", u"电钻", 2},
    RuleEntry{u"噪音", u"敲敲打打", 2},
    RuleEntry{u"噪音", u"切割", 1},
    RuleEntry{u"噪音", u"跺脚", 1.5},
    RuleEntry{u"噪音", u"半夜", 1},
    // 停车 parking
    RuleEntry{u"停车", u"停车", 3},
    RuleEntry{u"停车", u"停车位", 3},
    RuleEntry{u"停车", u"车位", 3},
    RuleEntry{u"停车", u"停车场", 3},
    RuleEntry{u"停车", u"停", 1},
    RuleEntry{u"停车", u"违停", 2},
    RuleEntry{u"停车", u"罚单", 2},
    RuleEntry{u"停车", u"车库", 2},
    RuleEntry{u"停车", u"地锁", 3},
    RuleEntry{u"停车", u"僵尸车", 3},
    RuleEntry{u"停车", u"拖车", 2},
    RuleEntry{u"停车", u"充电桩", 2},
    RuleEntry{u"停车", u"泊位", 3},
    RuleEntry{u"停车", u"错时停车", 3},
    RuleEntry{u"停车", u"消防通道", 1.5},
    RuleEntry{u"停车", u"乱停", 2},
    RuleEntry{u"停车", u"停放", 2},
    // 物业 property management
    RuleEntry{u"物业", u"物业", 3},
    RuleEntry{u"物业", u"物业费", 3},
    RuleEntry{u"物业", u"物业公司", 3},
    RuleEntry{u"物业", u"业主", 2},
    RuleEntry{u"物业", u"业委会", 3},
    RuleEntry{u"物业", u"业主委员会", 3},
    RuleEntry{u"物业", u"电梯", 1.5},
    RuleEntry{u"物业", u"维修资金", 3},
    RuleEntry{u"物业", u"门禁", 2},
    RuleEntry{u"物业", u"保安", 2},
    RuleEntry{u"物业", u"快递柜", 2},
    RuleEntry{u"物业", u"水箱", 1.5},
    RuleEntry{u"物业", u"二次供水", 2},
    RuleEntry{u"物业", u"楼道", 1},
    RuleEntry{u"物业", u"漏水", 1},
    RuleEntry{u"物业", u"监控", 1},
    RuleEntry{u"物业", u"泳池", 1.5},
    RuleEntry{u"物业", u"押金", 1.5},
    RuleEntry{u"物业", u"欠费", 1.5},
    // 学位 school places
    RuleEntry{u"学位", u"学位", 3},
    RuleEntry{u"学位", u"积分入学", 3},
    RuleEntry{u"学位", u"入学", 3},
    RuleEntry{u"学位", u"学校", 2},
    RuleEntry{u"学位", u"小学", 2},
    RuleEntry{u"学位", u"初中", 2},
    RuleEntry{u"学位", u"幼儿园", 3},
    RuleEntry{u"学位", u"学区", 3},
    RuleEntry{u"学位", u"招生", 3},
    RuleEntry{u"学位", u"孩子", 1},
    RuleEntry{u"学位", u"上学", 2},
    RuleEntry{u"学位", u"教育局", 3},
    RuleEntry{u"学位", u"开学", 2},
    RuleEntry{u"学位", u"转学", 3},
    RuleEntry{u"学位", u"随迁子女", 3},
    RuleEntry{u"学位", u"学费", 2},
    RuleEntry{u"学位", u"老师", 1.5},
    RuleEntry{u"学位", u"就读", 2},
    RuleEntry{u"学位", u"补录", 2},
    RuleEntry{u"学位", u"民办学校", 3},
    RuleEntry{u"学位", u"教育", 2},
    // 医保 medical insurance
    RuleEntry{u"医保", u"医保", 3},
    RuleEntry{u"医保", u"报销", 2},
    RuleEntry{u"医保", u"医院", 1.5},
    RuleEntry{u"医保", u"药店", 2},
    RuleEntry{u"医保", u"住院", 2},
    RuleEntry{u"医保", u"看病", 2},
    RuleEntry{u"医保", u"门诊", 2},
    RuleEntry{u"医保", u"药", 1.5},
    RuleEntry{u"医保", u"就医", 3},
    RuleEntry{u"医保", u"参保", 2},
    RuleEntry{u"医保", u"诊所", 2},
    RuleEntry{u"医保", u"慢性病", 2},
    RuleEntry{u"医保", u"病", 1},
    RuleEntry{u"医保", u"骗保", 3},
    // 交通 traffic and transport
    RuleEntry{u"交通", u"公交", 3},
    RuleEntry{u"交通", u"公交车", 3},
    RuleEntry{u"交通", u"地铁", 3},
    RuleEntry{u"交通", u"BRT", 3},
    RuleEntry{u"交通", u"红绿灯", 3},
    RuleEntry{u"交通", u"路口", 2},
    RuleEntry{u"交通", u"堵", 2},
    RuleEntry{u"交通", u"高峰", 1.5},
    RuleEntry{u"交通", u"渣土车", 2},
    RuleEntry{u"交通", u"路面", 1.5},
    RuleEntry{u"交通", u"斑马线", 3},
    RuleEntry{u"交通", u"驾驶证", 3},
    RuleEntry{u"交通", u"出租车", 3},
    RuleEntry{u"交通", u"网约车", 3},
    RuleEntry{u"交通", u"电动车", 2},
    RuleEntry{u"交通", u"电动自行车", 2},
    RuleEntry{u"交通", u"车道", 2},
    RuleEntry{u"交通", u"变道", 2},
    RuleEntry{u"交通", u"交警", 2},
    RuleEntry{u"交通", u"司机", 2},
    RuleEntry{u"交通", u"线路", 2},
    RuleEntry{u"交通", u"末班车", 3},
    RuleEntry{u"交通", u"货车", 2},
    RuleEntry{u"交通", u"超速", 2},
    RuleEntry{u"交通", u"通勤", 2},
    RuleEntry{u"交通", u"出行", 2},
    RuleEntry{u"交通", u"潮汐车道", 3},
    RuleEntry{u"交通", u"高架", 1},
    RuleEntry{u"交通", u"大桥", 1.5},
    RuleEntry{u"交通", u"马路", 2},
    RuleEntry{u"交通", u"人行道", 1.5},
    RuleEntry{u"交通", u"信号灯", 2},
    RuleEntry{u"交通", u"站牌", 3},
    RuleEntry{u"交通", u"公交卡", 3},
    RuleEntry{u"交通", u"乘车", 2},
    RuleEntry{u"交通", u"乘客", 2},
    RuleEntry{u"交通", u"占道经营", 1.5},
    RuleEntry{u"交通", u"开车", 1},
    // 环境卫生 sanitation and environment
    RuleEntry{u"环境卫生", u"垃圾", 3},
    RuleEntry{u"环境卫生", u"垃圾桶", 3},
    RuleEntry{u"环境卫生", u"垃圾分类", 3},
    RuleEntry{u"环境卫生", u"环卫", 3},
    RuleEntry{u"环境卫生", u"臭", 2},
    RuleEntry{u"环境卫生", u"臭气熏天", 3},
    RuleEntry{u"环境卫生", u"污水", 3},
    RuleEntry{u"环境卫生", u"下水道", 2},
    RuleEntry{u"环境卫生", u"河道", 3},
    RuleEntry{u"环境卫生", u"发臭", 2},
    RuleEntry{u"环境卫生", u"废气", 3},
    RuleEntry{u"环境卫生", u"气味", 2},
    RuleEntry{u"环境卫生", u"厕所", 3},
    RuleEntry{u"环境卫生", u"卫生", 2},
    RuleEntry{u"环境卫生", u"泥土", 1.5},
    RuleEntry{u"环境卫生", u"灰尘", 2},
    RuleEntry{u"环境卫生", u"油烟", 3},
    RuleEntry{u"环境卫生", u"老鼠", 3},
    RuleEntry{u"环境卫生", u"灭鼠", 3},
    RuleEntry{u"环境卫生", u"蚊虫", 2},
    RuleEntry{u"环境卫生", u"苍蝇", 2},
    RuleEntry{u"环境卫生", u"积水", 2},
    RuleEntry{u"环境卫生", u"排水沟", 3},
    RuleEntry{u"环境卫生", u"泔水", 3},
    RuleEntry{u"环境卫生", u"粪便", 2},
    RuleEntry{u"环境卫生", u"水质", 2},
    RuleEntry{u"环境卫生", u"死鱼", 3},
    RuleEntry{u"环境卫生", u"污染", 3},
    RuleEntry{u"环境卫生", u"塑料", 1.5},
    RuleEntry{u"环境卫生", u"焚烧", 2},
    RuleEntry{u"环境卫生", u"扫除", 3},
    RuleEntry{u"环境卫生", u"清理", 1.5},
    RuleEntry{u"环境卫生", u"清运", 2},
    RuleEntry{u"环境卫生", u"干净", 1.5},
    RuleEntry{u"环境卫生", u"大小便", 2},
    RuleEntry{u"环境卫生", u"疏通", 2},
    RuleEntry{u"环境卫生", u"沙土", 1.5},
    // 社保 social insurance and housing fund
    RuleEntry{u"社保", u"社保", 3},
    RuleEntry{u"社保", u"社保卡", 3},
    RuleEntry{u"社保", u"公积金", 3},
    RuleEntry{u"社保", u"人社局", 3},
    RuleEntry{u"社保", u"失业", 3},
    RuleEntry{u"社保", u"失业金", 3},
    RuleEntry{u"社保", u"失业保险", 3},
    RuleEntry{u"社保", u"养老保险", 3},
    RuleEntry{u"社保", u"工伤", 3},
    RuleEntry{u"社保", u"生育津贴", 3},
    RuleEntry{u"社保", u"缴纳", 1.5},
    RuleEntry{u"社保", u"缴存", 2},
    RuleEntry{u"社保", u"基数", 2},
    RuleEntry{u"社保", u"仲裁", 2},
    RuleEntry{u"社保", u"提取", 2},
    RuleEntry{u"社保", u"陪产假", 2},
    RuleEntry{u"社保", u"养老金", 1.5},
    // 户籍 household registration and ID
    RuleEntry{u"户籍", u"户口", 3},
    RuleEntry{u"户籍", u"落户", 3},
    RuleEntry{u"户籍", u"户籍", 3},
    RuleEntry{u"户籍", u"派出所", 3},
    RuleEntry{u"户籍", u"身份证", 3},
    RuleEntry{u"户籍", u"居住证", 3},
    RuleEntry{u"户籍", u"迁移", 2},
    RuleEntry{u"户籍", u"迁入", 2},
    RuleEntry{u"户籍", u"迁出", 2},
    RuleEntry{u"户籍", u"出生证明", 2},
    RuleEntry{u"户籍", u"投靠", 3},
    RuleEntry{u"户籍", u"民警", 2},
    RuleEntry{u"户籍", u"换证", 1.5},
    RuleEntry{u"户籍", u"居留", 2},
    // 养老 elderly care
    RuleEntry{u"养老", u"养老", 3},
    RuleEntry{u"养老", u"养老院", 3},
    RuleEntry{u"养老", u"老人", 1.5},
    RuleEntry{u"养老", u"老年", 2},
    RuleEntry{u"养老", u"老年人", 2},
    RuleEntry{u"养老", u"高龄津贴", 3},
    RuleEntry{u"养老", u"护理", 2},
    RuleEntry{u"养老", u"护工", 2},
    RuleEntry{u"养老", u"居家养老", 3},
    RuleEntry{u"养老", u"日间照料", 3},
    RuleEntry{u"养老", u"老年食堂", 3},
    RuleEntry{u"养老", u"助餐点", 3},
    RuleEntry{u"养老", u"适老化", 3},
    RuleEntry{u"养老", u"加装电梯", 2},
    RuleEntry{u"养老", u"失能", 3},
    RuleEntry{u"养老", u"长期护理保险", 3},
    RuleEntry{u"养老", u"助老", 3},
    RuleEntry{u"养老", u"扶手", 1.5},
};

constexpr std::array kLabels{u"噪音",     u"停车", u"物业", u"学位", u"医保", u"交通",
                             u"环境卫生", u"社保", u"户籍", u"养老", u"其他"};

} // namespace

TopicClassifier::TopicClassifier()
{
    m_rules.reserve(qsizetype(kRules.size()));
    for (const RuleEntry &r : kRules)
        m_rules.append(Rule{QString::fromUtf16(r.topic), QString::fromUtf16(r.keyword), r.weight});
}

QStringList TopicClassifier::labels()
{
    QStringList list;
    for (const char16_t *l : kLabels)
        list.append(QString::fromUtf16(l));
    return list;
}

QStringList TopicClassifier::keywords()
{
    QStringList list;
    for (const RuleEntry &r : kRules)
        list.append(QString::fromUtf16(r.keyword));
    return list;
}

QString TopicClassifier::otherLabel()
{
    return QStringLiteral("其他");
}

TopicResult TopicClassifier::classify(const QStringList &tokens) const
{
    QHash<QString, double> sums;
    for (const QString &token : tokens) {
        for (const Rule &rule : m_rules) {
            if (token == rule.keyword)
                sums[rule.topic] += rule.weight;
            else if (rule.keyword.size() >= 2 && token.size() > rule.keyword.size() &&
                     token.contains(rule.keyword))
                sums[rule.topic] += 0.8 * rule.weight;
        }
    }
    TopicResult result;
    double total = 0;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        result.scores.append(TopicScore{it.key(), it.value()});
        total += it.value();
    }
    const QStringList order = labels();
    std::sort(result.scores.begin(), result.scores.end(), [&](const TopicScore &a, const TopicScore &b) {
        return a.score != b.score ? a.score > b.score : order.indexOf(a.topic) < order.indexOf(b.topic);
    });
    if (!result.scores.isEmpty() && result.scores.first().score >= kMinScore) {
        result.primary = result.scores.first().topic;
        result.score = result.scores.first().score;
        result.confidence = result.score / total;
    } else {
        result.primary = otherLabel();
    }
    return result;
}

} // namespace gd::analytics
