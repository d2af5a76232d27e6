#include "sentimentlexicon.h"

#include <array>
#include <utility>

namespace gd::analytics {

namespace {

using Entry = std::pair<const char16_t *, double>;

constexpr std::array kPositive{
    Entry{u"谢谢", 1.5}, Entry{u"感谢", 1.5}, Entry{u"点赞", 2.0}, Entry{u"好评", 2.0},
    Entry{u"方便", 1.0}, Entry{u"满意", 1.5}, Entry{u"及时", 1.2}, Entry{u"很快", 1.0},
    Entry{u"高效", 1.2}, Entry{u"耐心", 1.2}, Entry{u"热情", 1.2}, Entry{u"贴心", 1.5},
    Entry{u"暖心", 1.5}, Entry{u"细致", 1.2}, Entry{u"专业", 1.0}, Entry{u"热心", 1.2},
    Entry{u"好用", 1.2}, Entry{u"干净", 1.0}, Entry{u"舒服", 1.0}, Entry{u"安静", 0.8},
    Entry{u"改善", 0.8}, Entry{u"解决", 0.6}, Entry{u"公平", 1.0}, Entry{u"透明", 0.8},
    Entry{u"丰富", 1.0}, Entry{u"实惠", 1.0}, Entry{u"可口", 1.0}, Entry{u"放心", 1.0},
    Entry{u"顺利", 1.0}, Entry{u"辛苦", 0.8}, Entry{u"到位", 1.0}, Entry{u"不错", 1.2},
    Entry{u"负责", 0.8}, Entry{u"认真", 1.0}, Entry{u"清楚", 0.6}, Entry{u"安全", 0.6},
    Entry{u"充实", 1.0}, Entry{u"喜欢", 1.0}, Entry{u"夸", 1.0},   Entry{u"如愿", 1.2},
    Entry{u"好", 0.5},   Entry{u"快", 0.6},   Entry{u"合理", 0.6}, Entry{u"很方便", 1.5},
    Entry{u"整齐", 0.8}, Entry{u"顺畅", 1.0}, Entry{u"举措", 0.5}, Entry{u"好政策", 1.5},
    Entry{u"省", 0.5},   Entry{u"体验", 0.3}, Entry{u"优惠", 0.3}, Entry{u"精神", 0.5},
    Entry{u"支持", 0.5}, Entry{u"暖心", 1.5}, Entry{u"赞", 1.5},
};

constexpr std::array kNegative{
    Entry{u"吵", -1.5},       Entry{u"睡不着", -1.5},   Entry{u"受不了", -1.8},   Entry{u"扰民", -1.5},
    Entry{u"噪音扰民", -1.5}, Entry{u"刺耳", -1.2},     Entry{u"头疼", -1.2},     Entry{u"危险", -1.2},
    Entry{u"乱", -1.0},       Entry{u"堵", -1.0},       Entry{u"难", -0.8},       Entry{u"坑", -1.5},
    Entry{u"急死", -1.5},     Entry{u"焦虑", -1.2},     Entry{u"差", -1.2},       Entry{u"恶劣", -1.8},
    Entry{u"拖欠", -1.5},     Entry{u"麻烦", -1.0},     Entry{u"繁琐", -1.2},     Entry{u"折腾", -1.2},
    Entry{u"心累", -1.5},     Entry{u"慢", -1.0},       Entry{u"低", -0.6},       Entry{u"白跑", -1.5},
    Entry{u"气人", -1.8},     Entry{u"不耐烦", -1.5},   Entry{u"冷淡", -1.2},     Entry{u"臭", -1.2},
    Entry{u"脏", -1.2},       Entry{u"发黑", -1.0},     Entry{u"发臭", -1.2},     Entry{u"难闻", -1.2},
    Entry{u"刺鼻", -1.2},     Entry{u"泥泞", -1.0},     Entry{u"灰尘", -0.8},     Entry{u"不文明", -1.2},
    Entry{u"成灾", -1.5},     Entry{u"虐待", -2.0},     Entry{u"呵斥", -1.5},     Entry{u"摆设", -1.5},
    Entry{u"离谱", -1.5},     Entry{u"不像话", -1.8},   Entry{u"乱收费", -1.8},   Entry{u"巧立名目", -1.8},
    Entry{u"侵犯", -1.2},     Entry{u"违规", -1.0},     Entry{u"骗保", -1.2},     Entry{u"被盗", -1.2},
    Entry{u"漏水", -0.8},     Entry{u"发霉", -1.0},     Entry{u"故障", -1.0},     Entry{u"坏", -0.8},
    Entry{u"贵", -1.0},       Entry{u"太贵", -1.5},     Entry{u"负担", -0.8},     Entry{u"压力", -0.8},
    Entry{u"不足", -0.8},     Entry{u"不合理", -1.5},   Entry{u"严重", -1.0},     Entry{u"影响", -0.6},
    Entry{u"横冲直撞", -1.5}, Entry{u"事故", -1.0},     Entry{u"拒载", -1.2},     Entry{u"误导", -1.0},
    Entry{u"跑路", -1.5},     Entry{u"报错", -1.0},     Entry{u"担心", -0.8},     Entry{u"着急", -1.0},
    Entry{u"形同虚设", -1.8}, Entry{u"不闻不问", -1.8}, Entry{u"概不负责", -1.5}, Entry{u"矛盾", -1.0},
    Entry{u"苦不堪言", -2.0}, Entry{u"臭气熏天", -2.0}, Entry{u"没人管", -1.5},   Entry{u"没人处理", -1.5},
    Entry{u"不理会", -1.2},   Entry{u"推来推去", -1.5}, Entry{u"互相推", -1.5},   Entry{u"打不通", -1.2},
    Entry{u"不方便", -1.0},   Entry{u"没用", -1.5},     Entry{u"没有用", -1.5},   Entry{u"不作为", -1.8},
    Entry{u"污染", -1.0},     Entry{u"投诉", -0.5},     Entry{u"举报", -0.3},     Entry{u"积水", -0.5},
    Entry{u"违停", -0.5},     Entry{u"占用", -0.6},     Entry{u"不够", -0.6},     Entry{u"卡", -0.3},
    Entry{u"轰鸣", -1.0},     Entry{u"喧哗", -1.0},     Entry{u"噪音", -0.6},     Entry{u"腐臭", -1.2},
    Entry{u"拖", -0.6},       Entry{u"缺斤短两", -1.5}, Entry{u"偏高", -0.8},     Entry{u"涨价", -0.8},
    Entry{u"态度", -0.2},     Entry{u"困", -0.8},       Entry{u"坏了", -1.0},     Entry{u"浑浊", -1.0},
    Entry{u"杂质", -1.0},     Entry{u"吃不饱", -1.5},   Entry{u"无人", -0.8},     Entry{u"占线", -1.0},
    Entry{u"找不到", -0.8},   Entry{u"管不了", -1.2},   Entry{u"等不起", -1.2},   Entry{u"猛", -0.8},
    Entry{u"差点", -0.6},     Entry{u"摔倒", -0.8},     Entry{u"失败", -1.0},     Entry{u"不全", -0.5},
    Entry{u"耽误", -1.0},     Entry{u"打不开", -1.2},   Entry{u"冒用", -1.2},     Entry{u"擅自", -1.2},
    Entry{u"不均", -1.0},     Entry{u"垫钱", -0.8},     Entry{u"缺少", -0.6},     Entry{u"乱倒", -1.2},
    Entry{u"没人", -1.0},     Entry{u"倒灌", -1.2},     Entry{u"刮了", -0.8},     Entry{u"不敢", -0.8},
    Entry{u"太少", -1.2},     Entry{u"整治", -0.5},     Entry{u"繁琐", -1.2},     Entry{u"冷漠", -1.2},
};

constexpr std::array kNegations{u"不", u"没", u"没有", u"未", u"别", u"无", u"并非", u"不是"};

constexpr std::array kDegrees{
    Entry{u"非常", 1.8}, Entry{u"特别", 1.8}, Entry{u"太", 1.6},     Entry{u"极其", 2.0}, Entry{u"十分", 1.6},
    Entry{u"很", 1.3},   Entry{u"真", 1.3},   Entry{u"越来越", 1.4}, Entry{u"严重", 1.5}, Entry{u"有点", 0.6},
    Entry{u"稍微", 0.5}, Entry{u"有些", 0.6}, Entry{u"比较", 0.8},   Entry{u"挺", 1.1},   Entry{u"更", 1.2},
    Entry{u"实在", 1.5}, Entry{u"根本", 1.4}, Entry{u"太过", 1.6},
};

constexpr std::array kContrasts{u"但是", u"可是", u"但", u"不过", u"然而", u"结果", u"却"};

// Whole phrases, matched on the raw text. Complaints of delay and runaround weigh most.
constexpr std::array kPatterns{
    Entry{u"至今没人处理", -2.5}, Entry{u"多次反映", -2.0},   Entry{u"反映了好几次", -2.0},
    Entry{u"反映过", -1.0},       Entry{u"到现在还", -1.5},   Entry{u"到现在也", -1.5},
    Entry{u"一直没", -1.5},       Entry{u"还没", -1.0},       Entry{u"没有任何", -1.5},
    Entry{u"到底", -1.2},         Entry{u"管不管", -2.0},     Entry{u"合理吗", -2.0},
    Entry{u"合法吗", -1.5},       Entry{u"请尽快", -1.0},     Entry{u"尽快处理", -1.0},
    Entry{u"希望尽快", -0.8},     Entry{u"能不能管", -1.5},   Entry{u"怎么办？", -0.8},
    Entry{u"谁负责", -1.5},       Entry{u"都干什么了", -2.0}, Entry{u"怎么还不", -1.5},
    Entry{u"有什么意义", -1.5},   Entry{u"哪门子", -2.0},     Entry{u"好一个", -1.5},
    Entry{u"真是服了", -2.0},     Entry{u"“感谢”", -3.5},     Entry{u"“效率”", -3.5},
    Entry{u"这是什么", -1.5},     Entry{u"太不", -1.0},       Entry{u"没人来", -1.5},
    Entry{u"一分钱都没", -2.0},   Entry{u"推给", -1.2},       Entry{u"不给", -0.8},
    Entry{u"说不清楚", -1.0},     Entry{u"还得", -0.8},       Entry{u"来回跑", -1.2},
    Entry{u"跑了", -0.8},         Entry{u"排队", -0.6},       Entry{u"要等", -0.6},
    Entry{u"请求", -0.5},         Entry{u"希望严查", -1.0},   Entry{u"请相关部门", -0.8},
    Entry{u"比想象的快", 1.5},    Entry{u"一次办结", 1.5},    Entry{u"给个好评", 1.0},
    Entry{u"多了", 0.6},          Entry{u"谢谢！", 0.5},      Entry{u"不用跑腿", 1.5},
    Entry{u"能不能", -0.6},       Entry{u"意见很大", -1.5},   Entry{u"一年比一年", -1.0},
    Entry{u"这不是", -1.0},       Entry{u"就不能", -1.0},     Entry{u"点个赞", 1.0},
};

constexpr std::array kEnquiryOpenings{u"请问", u"想咨询", u"咨询一下", u"想问", u"想了解", u"建议"};

} // namespace

const SentimentLexicon &SentimentLexicon::instance()
{
    static const SentimentLexicon lexicon;
    return lexicon;
}

SentimentLexicon::SentimentLexicon()
{
    for (const auto &[w, weight] : kPositive)
        m_words.insert(QString::fromUtf16(w), weight);
    for (const auto &[w, weight] : kNegative)
        m_words.insert(QString::fromUtf16(w), weight);
    for (const char16_t *w : kNegations)
        m_negations.insert(QString::fromUtf16(w));
    for (const auto &[w, scale] : kDegrees)
        m_degrees.insert(QString::fromUtf16(w), scale);
    for (const char16_t *w : kContrasts)
        m_contrasts.insert(QString::fromUtf16(w));
    for (const auto &[w, weight] : kPatterns)
        m_patterns.append(PhrasePattern{QString::fromUtf16(w), weight});
    for (const char16_t *w : kEnquiryOpenings)
        m_enquiryOpenings.append(QString::fromUtf16(w));
}

} // namespace gd::analytics

namespace gd::analytics {

QStringList SentimentLexicon::words() const
{
    QStringList all = m_words.keys();
    all += QStringList(m_negations.cbegin(), m_negations.cend());
    all += m_degrees.keys();
    all += QStringList(m_contrasts.cbegin(), m_contrasts.cend());
    return all;
}

} // namespace gd::analytics
