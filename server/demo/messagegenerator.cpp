#include "demo/messagegenerator.h"

namespace gd::server {

// One topic: its handling department and the fragments each kind of message draws from.
struct MessageGenerator::Topic {
    QString key; // short name for titles
    QString department;
    bool noise = false;
    std::array<double, KindCount> weights{};
    QStringList places;
    QStringList problems;
    QStringList questions;
    QStringList suggestions;
    QStringList praises;
};

namespace {

struct TopicData {
    QStringView key;
    QStringView department;
    bool noise;
    double complaint, consultation, suggestion, praise; // weight of the topic within each kind
    QStringView places; // "|"-separated; {小区} {社区} {路} {路2} are filled in
    QStringView problems;
    QStringView questions;
    QStringView suggestions;
    QStringView praises;
};

// clang-format off
constexpr TopicData kTopics[] = {
    {u"夜间施工噪音", u"cgj", true, 10, 2, 2, 1,
     u"{小区}旁边的工地|{路}地铁施工围挡里|{路}道路改造工地|小区对面的在建楼盘|{社区}新建学校的工地",
     u"夜里一直在施工，打桩机和电钻声音非常大|渣土车进进出出，发动机轰鸣和鸣笛声不断|深夜还在浇筑混凝土，噪音一直持续到凌晨|施工噪音特别大，窗户关紧了都挡不住|工地切割钢筋的噪音刺耳得让人心慌",
     u"请问夜间施工需要办理什么手续？怎么查询工地有没有夜间施工许可？|小区旁的工地说有夜间施工证明，请问在哪里可以核实？",
     u"建议工地门口公示夜间施工许可和投诉电话|建议限制渣土车夜间通行时段，并在工地周边设置噪音监测屏",
     u"感谢城管执法队员连夜到现场处理，工地已经停止夜间施工|感谢12345热线，投诉第二天工地就调整了施工时间"},
    {u"广场舞噪音", u"gaj", true, 6, 1, 2, 1,
     u"{小区}中心广场|{社区}文化广场|{路}街心公园|小区楼下的空地",
     u"跳广场舞的音响开得特别大|每天放歌跳舞，音量大到隔几栋楼都能听见|有人用大功率音箱唱歌，一唱就是几个小时|好几支舞蹈队同时放音乐，互相比谁的声音大",
     u"请问广场舞的音量有没有具体规定？可以找哪个部门处理？",
     u"建议给广场舞划定活动时段和音量标准，推广使用无线耳机|建议在公园设置分贝提示牌",
     u"感谢社区和派出所耐心协调，广场舞音量明显小了"},
    {u"烧烤店噪音", u"cgj", true, 7, 1, 1, 0.5,
     u"{小区}楼下的烧烤店|{路}沿街的大排档|{社区}商业街的夜宵摊|{路}路口新开的烧烤店",
     u"每天营业到凌晨两三点，食客喝酒划拳吵闹不断|占道摆桌经营，深夜喧哗声和油烟一起飘进家里|外摆桌椅一直到后半夜，醉酒吵架的声音很大|音响放着音乐招揽生意，噪音扰民",
     u"请问餐饮店外摆营业有没有时间限制？",
     u"建议对沿街烧烤店统一安装油烟净化设备，并规定外摆营业时间",
     u"感谢城管队员夜间巡查，烧烤店已经收回外摆桌椅"},
    {u"装修噪音", u"cgj", true, 4, 2, 1, 0,
     u"{小区}楼上的住户|同一栋楼的邻居家|{小区}底商",
     u"装修电钻声从早上七点响到晚上九点，周末也不停|中午休息时间还在砸墙|装修工人凌晨就开始搬运材料，噪音很大",
     u"请问住宅装修的施工时间有什么规定？物业可以管吗？",
     u"建议物业在装修登记时明确告知施工时间，违规的要有约束",
     u""},
    {u"乱停车", u"gaj", false, 9, 3, 4, 1,
     u"{小区}周边|{路}与{路2}路口|{社区}小学门口|菜市场附近|{路}辅道",
     u"车辆乱停乱放，把消防通道都堵住了|路边违停严重，早晚高峰经常堵死|小区车位严重不足，晚上回来根本找不到地方停车|共享单车堆满人行道，行人只能走机动车道",
     u"请问小区周边能不能施划夜间临时停车位？|请问违停被贴罚单后在哪里可以处理？|请问小区公共车位的收费标准由谁来定？",
     u"建议在{路}增设错时共享停车位，缓解夜间停车难|建议学校门口设置接送临时停靠区|建议对占用消防通道的车辆加大处罚力度",
     u"感谢交警及时清理违停车辆，消防通道终于通畅了"},
    {u"物业管理", u"zjj", false, 8, 3, 2, 1,
     u"{小区}|{小区}物业|我们小区",
     u"物业费年年涨，服务却越来越差，电梯坏了一个星期没人修|公共收益不公开，业主多次要求查账被拒|物业擅自把绿地改成停车位收费|楼道灯坏了很久，物业一直不处理|门禁系统坏了两个月，陌生人随便进出",
     u"请问业主委员会换届选举需要什么程序？|物业公司合同到期不肯退出，业主可以怎么办？|请问维修资金怎么申请使用？",
     u"建议推行物业服务质量评价，并把结果向业主公开|建议社区定期组织业主、物业三方座谈",
     u"感谢社区协调物业，小区电梯已经全部检修完毕"},
    {u"学位入学", u"jyj", false, 3, 8, 3, 1,
     u"{社区}片区|{小区}",
     u"片区学位紧张，孩子被调剂到很远的学校|积分入学结果公布后对分数有疑问，一直没人答复|学校门口接送秩序混乱，存在安全隐患",
     u"孩子今年九月上小学，我们是非户籍家庭，请问积分入学需要准备哪些材料？什么时候开始申请？|请问{小区}对应哪所小学的学区？|积分入学的社保缴纳年限是怎么计算的？|孩子从外地转学过来，请问需要办理哪些手续？",
     u"建议在{社区}片区新建或扩建小学，缓解学位紧张|建议积分入学计分细则更透明，提供在线试算",
     u"感谢教育局老师耐心解答入学政策，孩子顺利入学了"},
    {u"医保报销", u"ybj", false, 3, 7, 2, 2,
     u"",
     u"异地就医备案后去外地看病还是不能直接结算|零星报销材料交了一个多月还没到账|药店不能刷医保个人账户，跑了好几家",
     u"请问门诊特殊病种怎么申请？需要哪些材料？|父母在老家参保，来厦门看病能不能用医保？|医保个人账户家庭共济怎么绑定？|新生儿医保什么时候可以参保？",
     u"建议把更多社区药店纳入医保定点，方便老人就近买药|建议医保报销进度可以在手机上实时查询",
     u"感谢医保窗口工作人员，帮我当场办好了异地就医备案"},
    {u"交通拥堵", u"jtj", false, 5, 1, 4, 1,
     u"{路}与{路2}路口|{路}|{路}隧道出口",
     u"早晚高峰拥堵严重，红绿灯配时不合理|路口没有行人过街信号灯，老人小孩过马路很危险|路面坑洼不平，雨天积水严重|左转车道太短，车辆排队排到直行道上",
     u"请问{路}道路改造什么时候完工？",
     u"建议优化{路}与{路2}路口的信号灯配时|建议在学校附近增设过街天桥|建议早晚高峰增加交警疏导",
     u"感谢交通部门，路口信号灯调整后通行顺畅多了"},
    {u"环境卫生", u"cgj", false, 5, 1, 2, 1.5,
     u"{小区}门口|{路}沿线|{社区}菜市场|{社区}公园",
     u"垃圾桶满了好几天没人清运，臭味很大|绿化带里到处是建筑垃圾和生活垃圾|公厕卫生差，经常没有水|下水道堵塞，污水漫到路面上",
     u"请问小区周边的公共区域归哪个部门保洁？",
     u"建议增加垃圾清运频次，尤其是夏天|建议在公园增设垃圾桶和公厕指示牌",
     u"感谢环卫工人，{路}现在干净整洁多了"},
    {u"垃圾分类", u"cgj", false, 3, 4, 3, 1.5,
     u"{小区}的垃圾投放点|{小区}",
     u"垃圾分类投放点只在早晚开放，上班族根本赶不上|分好类的垃圾被清运车混在一起拉走|投放点没有照明，晚上扔垃圾很不方便",
     u"请问大件家具、装修垃圾应该怎么处理？|请问过期药品属于什么垃圾？|请问厨余垃圾可以连同塑料袋一起扔吗？",
     u"建议在投放点增设洗手池和照明|建议延长垃圾投放点的开放时间",
     u"感谢社区志愿者每天在投放点指导垃圾分类"},
    {u"违章搭建", u"cgj", false, 4, 1, 1, 0,
     u"{小区}|{小区}顶楼|{社区}沿街店面",
     u"一楼住户私自扩建院子，占用公共绿地|顶楼有人搭建彩钢房，存在安全隐患|商铺违规加建雨棚，占用人行道",
     u"请问发现违章搭建应该向哪个部门举报？",
     u"建议对违建发现一起查处一起，并公开处理结果",
     u""},
    {u"餐饮油烟", u"hbj", false, 3, 0.5, 1, 0,
     u"{小区}楼下的餐馆|{路}沿街饭店",
     u"油烟直排，家里不敢开窗|排烟管道正对居民窗户，油烟熏得墙都黑了|油烟净化器形同虚设，整栋楼都是油烟味",
     u"请问餐饮店油烟排放有没有标准？",
     u"建议对居民楼底商餐饮油烟加强监测",
     u""},
    {u"供水", u"cgj", false, 3, 2, 1, 1,
     u"{小区}|{小区}高层",
     u"经常突然停水，也没有提前通知|自来水有时候发黄，有异味|高楼层水压不足，洗澡都成问题",
     u"请问{小区}停水什么时候恢复？|请问二次供水水箱多久清洗一次？",
     u"建议停水前通过短信通知到每一户",
     u"感谢供水抢修人员冒雨抢修，当天就恢复了供水"},
    {u"公交出行", u"jtj", false, 4, 3, 4, 2,
     u"{社区}|{路}公交站",
     u"公交车班次太少，高峰期要等半个多小时|司机不等乘客坐稳就起步，老人差点摔倒|附近没有公交站，出行很不方便",
     u"请问BRT快速公交能不能用社保卡乘车？|请问老年人免费乘车卡怎么办理？",
     u"建议开通{社区}到地铁站的社区接驳公交|建议延长末班车时间|建议在{路}公交站增设候车亭",
     u"感谢公交集团新开的社区巴士，老人出行方便多了"},
    {u"社保办理", u"rsj", false, 2, 6, 1, 2,
     u"",
     u"公司拖欠社保三个月没交，投诉后一直没有结果|社保转移申请提交了两个月还没办完",
     u"请问灵活就业人员怎么在厦门缴纳社保？|养老保险从老家转到厦门需要办理哪些手续？|失业保险金领取期间可以参加技能培训吗？|退休手续需要提前多久办理？",
     u"建议社保业务更多实现掌上办理",
     u"感谢人社局工作人员，失业登记一次就办好了|感谢人社窗口的帮办代办，帮父母办好了退休手续"},
    {u"户籍居住证", u"gaj", false, 2, 6, 1, 2,
     u"",
     u"居住证办了一个多月还没拿到|户籍窗口排队时间太长",
     u"请问居住证办理需要住满多长时间？租房的话需要什么证明？|孩子在厦门出生，户口可以落在父母的集体户吗？|身份证过期了，外地户口能在厦门换领吗？",
     u"建议户籍窗口周末开放半天",
     u"感谢派出所户籍窗口延时服务，下班后也能办证"},
    {u"电动车充电", u"zjj", false, 3, 1, 3, 0.5,
     u"{小区}|{小区}楼道",
     u"有人从楼上拉飞线给电动车充电，非常危险|没有集中充电桩，大家只能把车推进电梯上楼",
     u"请问小区增设电动车充电桩需要经过哪些审批？",
     u"建议在小区增设电动自行车集中充电设施",
     u"感谢社区在小区安装了充电桩，飞线充电少多了"},
    {u"犬只管理", u"gaj", false, 2, 1, 1, 0,
     u"{小区}|{社区}公园",
     u"邻居养的狗整夜叫个不停|遛狗不牵绳，还随地便溺|有人在小区里放养大型犬，孩子都不敢下楼",
     u"请问养犬登记在哪里办理？",
     u"建议在公园设置专门的遛狗区域",
     u""},
};
// clang-format on

constexpr QStringView kRoads[] = {
    u"嘉禾路", u"湖滨南路", u"厦禾路",   u"莲前西路", u"仙岳路",   u"吕岭路",   u"枋湖路",
    u"金尚路", u"湖里大道", u"高林中路", u"五缘湾道", u"海沧大道", u"集美大道", u"杏林湾路",
    u"环岛路", u"思明南路", u"中山路",   u"同集路",   u"翔安南路", u"钟宅路",   u"安岭路",
    u"兴隆路", u"长乐路",   u"蔡塘路",   u"江头北路", u"县后路",   u"殿前路",   u"金湖路"};
constexpr QStringView kOpeners[] = {u"",
                                    u"",
                                    u"您好，",
                                    u"你好，",
                                    u"领导好，",
                                    u"我是{社区}的居民，",
                                    u"本人住在{小区}，",
                                    u"反映一个问题：",
                                    u"我家住{小区}，",
                                    u"再次反映，"};
constexpr QStringView kTimes[] = {u"每天晚上十点以后",     u"凌晨一两点",       u"周末一大早",
                                  u"最近两个星期",         u"已经持续一个多月", u"连续好几个晚上",
                                  u"每天中午十二点到两点", u"晚上八点到十一点", u"节假日"};
constexpr QStringView kSpikeTimes[] = {u"这个周末", u"周六晚上到周日凌晨", u"这周六周日两天",
                                       u"周末两天从早到晚"};
constexpr QStringView kImpacts[] = {
    u"严重影响居民休息",     u"家里老人被吵得整夜睡不着", u"孩子马上要中考，根本没法安心学习",
    u"上班族第二天精神很差", u"小孩半夜被吵醒哭闹",       u"已经影响到正常生活",
    u"邻居们意见很大",       u"存在很大的安全隐患",       u"大家出行很不方便"};
constexpr QStringView kRequests[] = {u"希望有关部门尽快到现场查处",
                                     u"恳请相关部门加强巡查",
                                     u"多次向物业反映无果，只能求助12345",
                                     u"请尽快处理并回复",
                                     u"希望能彻底解决，不要只管一阵子",
                                     u"请执法部门核实是否办理了相关许可",
                                     u"希望给居民一个说法",
                                     u"请相关部门督促整改"};
constexpr QStringView kClosings[] = {u"谢谢！", u"麻烦尽快答复，谢谢。", u"盼复。", u"", u"感谢！"};
constexpr QStringView kReasons[] = {u"这样能方便周边居民", u"很多邻居都有同样的想法",
                                    u"身边不少人反映过这个问题", u"希望相关部门研究采纳",
                                    u"相信能让城市更宜居"};
constexpr QStringView kPraiseTails[] = {u"为你们点赞！", u"真心感谢！", u"这样的服务让人暖心。",
                                        u"希望继续保持。", u"辛苦了！"};

constexpr double kKindWeights[] = {45, 30, 17, 8};    // complaint, consultation, suggestion, praise
constexpr double kChannels[] = {18, 45, 4, 3, 0, 30}; // pc, mobile, pad, tv, counter, hotline (12345)
constexpr double kNoiseHours[] = {3,   2,   1,   0.5, 0.2, 0.2, 0.5, 1,   1.5, 1.5, 1.5, 1.5,
                                  1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 2,   2.5, 3,   3.5, 4,   3.5};
constexpr double kDayHours[] = {0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 1, 2,   3.5, 4,   3.5,
                                2.5, 3,   3.5,  3.5,  3,    2.5, 2,   2, 2.2, 2,   1.2, 0.5};

QStringList splitBar(QStringView text)
{
    QStringList out;
    if (text.isEmpty())
        return out;
    for (QStringView part : text.split(u'|'))
        out.append(part.toString());
    return out;
}

} // namespace

QDate MessageGenerator::spikeWeekendSaturday(QDate today)
{
    QDate d = today.addDays(-2); // the Sunday must be before today
    while (d.dayOfWeek() != 6)
        d = d.addDays(-1);
    return d;
}

MessageGenerator::MessageGenerator(DemoRandom &rng, const DemoClock &clock, int spikeDistrictAdults)
    : m_rng(rng)
    , m_clock(clock)
    , m_kinds(kKindWeights)
    , m_channels(kChannels)
    , m_noiseHours(kNoiseHours)
    , m_dayHours(kDayHours)
    , m_spikeSaturday(spikeWeekendSaturday(clock.today()))
{
    for (const TopicData &d : kTopics) {
        Topic t;
        t.key = d.key.toString();
        t.department = d.department.toString();
        t.noise = d.noise;
        t.places = splitBar(d.places);
        t.problems = splitBar(d.problems);
        t.questions = splitBar(d.questions);
        t.suggestions = splitBar(d.suggestions);
        t.praises = splitBar(d.praises);
        t.weights = {t.problems.isEmpty() ? 0 : d.complaint, t.questions.isEmpty() ? 0 : d.consultation,
                     t.suggestions.isEmpty() ? 0 : d.suggestion, t.praises.isEmpty() ? 0 : d.praise};
        m_topics.push_back(std::move(t));
    }
    for (int k = 0; k < KindCount; ++k) {
        for (const Topic &t : m_topics)
            m_topicPickers[size_t(k)].add(t.weights[size_t(k)]);
    }

    // Day weights: weekly rhythm per class, and a slow rise in use of the platform.
    double noiseAll = 0, noiseSpike = 0;
    const QDate today = clock.today();
    for (int ago = 1; ago <= kHistoryDays; ++ago) {
        const QDate d = today.addDays(-ago);
        const bool weekend = d.dayOfWeek() >= 6;
        const double trend = 1.0 + 0.25 * double(kHistoryDays - ago) / kHistoryDays;
        const double w[DayClassCount] = {trend * (weekend ? 1.6 : 1.0), trend * (weekend ? 1.1 : 1.0),
                                         trend * (weekend ? 0.55 : 1.0), trend * (weekend ? 0.8 : 1.0)};
        for (int c = 0; c < DayClassCount; ++c)
            m_days[size_t(c)].add(w[c]);
        noiseAll += w[NoiseComplaint];
        if (d == m_spikeSaturday || d == m_spikeSaturday.addDays(1))
            noiseSpike += w[NoiseComplaint];
    }
    // Expected ordinary noise complaints per adult on the spike weekend, then 1.3 times that again.
    double noiseShare = 0, complaintTotal = 0;
    for (const Topic &t : m_topics) {
        complaintTotal += t.weights[Complaint];
        if (t.noise)
            noiseShare += t.weights[Complaint];
    }
    noiseShare /= complaintTotal;
    const double complaintShare =
        kKindWeights[Complaint] / (kKindWeights[0] + kKindWeights[1] + kKindWeights[2] + kKindWeights[3]);
    m_spikeChance =
        std::min(1.0, std::max(1.3 * kMessagesPerAdult * complaintShare * noiseShare * noiseSpike / noiseAll,
                               double(kMinSpike) / std::max(1, spikeDistrictAdults)));
}

MessageGenerator::~MessageGenerator() = default;

QString MessageGenerator::fillPlaceholders(QString text, const DemoGrid &grid)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    const QString place =
        grid.rural ? grid.communityName : grid.places.at(m_rng.below(int(grid.places.size())));
    text.replace(QStringLiteral("{小区}"), place);
    text.replace(QStringLiteral("{社区}"), grid.communityName);
    const int a = m_rng.below(int(std::size(kRoads)));
    int b = m_rng.below(int(std::size(kRoads)));
    if (b == a)
        b = (b + 1) % int(std::size(kRoads));
    text.replace(QStringLiteral("{路2}"), kRoads[b].toString());
    text.replace(QStringLiteral("{路}"), kRoads[a].toString());
    return text;
}

qint64 MessageGenerator::timeOn(QDate day, bool noisy)
{
    const int hour = (noisy ? m_noiseHours : m_dayHours).pick(m_rng);
    return DemoClock::localMs(day, hour * 3600 + m_rng.between(0, 3599));
}

void MessageGenerator::compose(const DemoCitizen &c, Kind kind, const Topic &topic, qint64 createdMs,
                               DemoBatch &batch)
{
    const DemoGrid &grid = *batch.grid;
    const qint64 now = m_clock.nowMs();
    createdMs = std::clamp(createdMs, c.registeredMs + 60000, now - 60000);
    const bool spike = kind == Complaint && topic.noise &&
                       createdMs >= DemoClock::localMs(m_spikeSaturday, 0) &&
                       createdMs < DemoClock::localMs(m_spikeSaturday.addDays(2), 0);

    const QString opener = m_rng.pick(kOpeners).toString();
    const QString place = topic.places.isEmpty() ? QString() : m_rng.pick(topic.places);
    QString title;
    QString content;
    switch (kind) {
    case Complaint: {
        const QString time = (spike ? m_rng.pick(kSpikeTimes) : m_rng.pick(kTimes)).toString();
        const QString problem = m_rng.pick(topic.problems);
        const QString impact = m_rng.pick(kImpacts).toString();
        const QString request = m_rng.pick(kRequests).toString();
        switch (m_rng.below(3)) {
        case 0:
            content = opener + place + time + problem + QStringLiteral("，") + impact + QStringLiteral("。") +
                      request + QStringLiteral("。");
            break;
        case 1:
            content = opener + time + QStringLiteral("，") + place + problem + QStringLiteral("，") + impact +
                      QStringLiteral("。") + request + QStringLiteral("！");
            break;
        default:
            content = place + problem + QStringLiteral("，") + time + QStringLiteral("都是这样，") + impact +
                      QStringLiteral("。") + opener + request + QStringLiteral("。");
            break;
        }
        const QString where =
            m_rng.chance(0.5) ? grid.communityName
                              : fillPlaceholders(place.isEmpty() ? QStringLiteral("{社区}") : place, grid);
        switch (m_rng.below(4)) {
        case 0:
            title = where + topic.key + (topic.noise ? QStringLiteral("扰民") : QString());
            break;
        case 1:
            title = QStringLiteral("反映") + where + topic.key + QStringLiteral("问题");
            break;
        case 2:
            title = QStringLiteral("投诉") + where + topic.key;
            break;
        default:
            title = topic.key + QStringLiteral("问题亟待解决");
            break;
        }
        break;
    }
    case Consultation:
        content = opener + m_rng.pick(topic.questions) + m_rng.pick(kClosings).toString();
        title = m_rng.chance(0.5) ? QStringLiteral("咨询") + topic.key + QStringLiteral("相关问题")
                                  : QStringLiteral("关于") + topic.key + QStringLiteral("的咨询");
        break;
    case Suggestion:
        content = opener + m_rng.pick(topic.suggestions) + QStringLiteral("，") +
                  m_rng.pick(kReasons).toString() + QStringLiteral("。") + m_rng.pick(kClosings).toString();
        title = m_rng.chance(0.5) ? QString(QStringLiteral("关于") + topic.key + QStringLiteral("的建议"))
                                  : QString(QStringLiteral("建议改善") + topic.key);
        break;
    case Praise:
    case KindCount:
        content = m_rng.pick(topic.praises) + QStringLiteral("。") + m_rng.pick(kPraiseTails).toString();
        title = m_rng.chance(0.5)
                    ? QString(QStringLiteral("表扬：") + topic.key + QStringLiteral("问题解决得好"))
                    : QStringLiteral("感谢信");
        break;
    }

    DemoMessage m;
    m.id = m_rng.uuid();
    m.citizenId = c.id;
    static const QString kinds[] = {QStringLiteral("complaint"), QStringLiteral("consultation"),
                                    QStringLiteral("suggestion"), QStringLiteral("praise")};
    m.kind = kinds[kind];
    m.channel = channelName(Channel(m_channels.pick(m_rng)));
    m.title = fillPlaceholders(title, grid);
    m.content = fillPlaceholders(content, grid);
    m.createdMs = createdMs;
    const double ageDays = double(now - createdMs) / double(DemoClock::kDayMs);
    const double r = m_rng.unit();
    if (ageDays < 1)
        m.status = r < 0.7 ? QStringLiteral("new") : QStringLiteral("assigned");
    else if (ageDays < 3)
        m.status = r < 0.15   ? QStringLiteral("new")
                   : r < 0.65 ? QStringLiteral("assigned")
                              : QStringLiteral("replied");
    else
        m.status = r < 0.05  ? QStringLiteral("assigned")
                   : r < 0.3 ? QStringLiteral("replied")
                             : QStringLiteral("closed");
    if (m.status != QLatin1String("new"))
        m.departmentId = topic.department;
    m.updatedMs = m.status == QLatin1String("new")
                      ? createdMs
                      : createdMs + qint64(m_rng.unit() *
                                           double(std::min<qint64>(now - createdMs, 5 * DemoClock::kDayMs)));
    batch.messages.push_back(std::move(m));
}

void MessageGenerator::forCitizen(const DemoCitizen &c, DemoBatch &batch)
{
    if (c.age < 16)
        return;
    const int count = m_rng.poisson(kMessagesPerAdult);
    for (int i = 0; i < count; ++i) {
        const Kind kind = Kind(m_kinds.pick(m_rng));
        const Topic &topic = m_topics[size_t(m_topicPickers[size_t(kind)].pick(m_rng))];
        const DayClass dayClass = kind == Complaint      ? (topic.noise ? NoiseComplaint : OtherComplaint)
                                  : kind == Consultation ? Consult
                                                         : Other;
        const QDate day = m_clock.today().addDays(-(1 + m_days[size_t(dayClass)].pick(m_rng)));
        compose(c, kind, topic, timeOn(day, dayClass == NoiseComplaint), batch);
    }
    // The spike: extra noise complaints in one district on the last weekend.
    if (batch.grid->districtCode == spikeDistrict() && m_rng.chance(m_spikeChance)) {
        double x = 0;
        for (const Topic &t : m_topics)
            x += t.noise ? t.weights[Complaint] : 0;
        x *= m_rng.unit();
        const Topic *topic = &m_topics.front();
        for (const Topic &t : m_topics) {
            if (!t.noise)
                continue;
            topic = &t;
            if (x < t.weights[Complaint])
                break;
            x -= t.weights[Complaint];
        }
        compose(c, Complaint, *topic, timeOn(m_spikeSaturday.addDays(m_rng.below(2)), true), batch);
    }
}

} // namespace gd::server
