#include "domaindictionary.h"

#include "sentimentlexicon.h"
#include "topicclassifier.h"

#include <array>

namespace gd::analytics {

namespace {

// Words the segmenter must keep whole. Many are split by ICU's dictionary (积分|入学, 噪音|扰民, 渣土|车).
constexpr std::array kDomainWords{
    u"积分入学", u"一条龙",   u"医保",       u"医保卡",   u"医保局",     u"公积金",       u"噪音扰民",
    u"广场舞",   u"渣土车",   u"占道经营",   u"学位",     u"物业费",     u"停车位",       u"停车场",
    u"车位",     u"地锁",     u"僵尸车",     u"违停",     u"充电桩",     u"立体车库",     u"错时停车",
    u"物业公司", u"业委会",   u"业主委员会", u"维修资金", u"二次供水",   u"学区",         u"学位房",
    u"随迁子女", u"幼儿园",   u"公办学位",   u"民办学校", u"异地就医",   u"门诊统筹",     u"个人账户",
    u"慢病",     u"特殊病种", u"骗保",       u"社保",     u"社保卡",     u"失业金",       u"失业保险",
    u"养老金",   u"养老保险", u"工伤",       u"生育津贴", u"户口",       u"落户",         u"居住证",
    u"身份证",   u"派出所",   u"户籍",       u"集体户口", u"养老院",     u"高龄津贴",     u"居家养老",
    u"日间照料", u"老年食堂", u"助餐点",     u"适老化",   u"加装电梯",   u"长期护理保险", u"垃圾分类",
    u"厨余垃圾", u"建筑垃圾", u"垃圾桶",     u"垃圾车",   u"垃圾中转站", u"环卫",         u"油烟",
    u"公交车",   u"地铁",     u"红绿灯",     u"斑马线",   u"网约车",     u"出租车",       u"电动车",
    u"潮汐车道", u"夜间施工", u"低音炮",     u"装修噪音", u"一网通办",   u"市民服务中心", u"政务服务",
    u"至今",     u"没人管",   u"没人处理",   u"不理会",   u"推来推去",   u"扰民",         u"点赞",
    u"好评",     u"苦不堪言", u"臭气熏天",   u"乱收费",   u"不作为",     u"没有用",       u"没用",
    u"太贵",     u"不合理",   u"很方便",     u"不方便",   u"不耐烦",     u"互相推",       u"打不通",
    u"不透明",   u"12345",    u"思明区",     u"湖里区",   u"集美区",     u"海沧区",       u"同安区",
    u"翔安区",
};

// Function words and politeness formulas: they say nothing about a topic and are dropped from keywords.
constexpr std::array kStopWords{
    u"的",   u"了",   u"是",   u"在",   u"我",   u"我们", u"你们", u"他们", u"也",   u"都",   u"就",
    u"还",   u"和",   u"与",   u"或",   u"这",   u"那",   u"这个", u"那个", u"一个", u"有",   u"要",
    u"会",   u"能",   u"可以", u"请问", u"想",   u"咨询", u"一下", u"问",   u"吗",   u"呢",   u"吧",
    u"啊",   u"呀",   u"么",   u"着",   u"过",   u"被",   u"把",   u"给",   u"让",   u"从",   u"到",
    u"对",   u"为",   u"以",   u"及",   u"等",   u"里",   u"上",   u"下",   u"中",   u"去",   u"来",
    u"说",   u"又",   u"再",   u"很",   u"太",   u"更",   u"最",   u"好",   u"个",   u"些",   u"什么",
    u"怎么", u"哪里", u"哪个", u"需要", u"是否", u"如何", u"多少", u"每",   u"已经", u"现在", u"时候",
    u"自己", u"还是", u"但是", u"可是", u"虽然", u"因为", u"所以", u"如果", u"而且", u"并且", u"然后",
    u"其他", u"建议", u"希望", u"谢谢", u"感谢", u"你好", u"您好", u"厦门", u"市",   u"区",
};

} // namespace

const DomainDictionary &DomainDictionary::instance()
{
    static const DomainDictionary dictionary;
    return dictionary;
}

DomainDictionary::DomainDictionary()
{
    for (const char16_t *w : kDomainWords) {
        const QString word = QString::fromUtf16(w);
        m_words.insert(word);
        m_maxLength = std::max(m_maxLength, word.size());
    }
    // The sentiment lexicon and the topic keywords are words too: ICU splits many of them (暖|心, 举|报).
    QStringList more = SentimentLexicon::instance().words();
    more += TopicClassifier::keywords();
    for (const QString &word : std::as_const(more)) {
        if (word.size() >= 2) {
            m_words.insert(word);
            m_maxLength = std::max(m_maxLength, word.size());
        }
    }
    for (const char16_t *w : kStopWords)
        m_stopWords.insert(QString::fromUtf16(w));
}

} // namespace gd::analytics
