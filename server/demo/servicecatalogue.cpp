#include "demo/servicecatalogue.h"

#include "demo/departmentcatalogue.h"
#include "demo/tagcatalogue.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace gd::server {
namespace {

using A = Audience;

struct ServiceData {
    QStringView dept;
    QStringView name;
    QStringView category;
    Audience audience;
    int sla; // working days (ignored when steps are given: their sum counts)
    int popularity;
    QStringView materials;  // "|"-separated
    QStringView steps = {}; // "dept:step name:sla|..."; empty = the department's standard steps
    int monthFrom = 0;
    int monthTo = 0;
    bool online = true;
};

// clang-format off
constexpr ServiceData kServices[] = {
    // 市卫生健康委员会
    {u"wjw", u"新生儿出生一件事", u"生育服务", A::Newborn, 0, 60, u"出生医学证明首次签发申请表|父母双方居民身份证|父母户口簿|结婚证",
     u"wjw:出生医学证明签发:3|gaj:出生户口登记:3|ybj:新生儿医保参保登记:2|rsj:社会保障卡申领:2"},
    {u"wjw", u"出生医学证明办理", u"生育服务", A::Newborn, 0, 25, u"父母双方居民身份证|分娩机构出具的分娩记录|结婚证",
     u"wjw:出生医学证明签发:3|gaj:户籍信息核验:2|jyj:适龄儿童入学信息预登记:2"},
    {u"wjw", u"母子健康手册办理", u"生育服务", A::Pregnant, 3, 50, u"孕妇居民身份证|孕检报告|户口簿或居住证"},
    {u"wjw", u"生育登记", u"生育服务", A::Pregnant, 1, 40, u"夫妻双方居民身份证|结婚证"},
    {u"wjw", u"计划生育家庭特别扶助金申请", u"社会救助", A::Elderly, 20, 4, u"居民身份证|户口簿|独生子女父母光荣证|子女死亡或伤残证明"},
    {u"wjw", u"预防接种证办理", u"医疗卫生", A::Newborn, 1, 30, u"出生医学证明|监护人居民身份证"},
    {u"wjw", u"婚前医学检查预约", u"医疗卫生", A::YoungAdult, 1, 10, u"双方居民身份证"},
    {u"wjw", u"家庭医生签约服务", u"医疗卫生", A::Elderly, 2, 25, u"居民身份证|医保电子凭证"},
    {u"wjw", u"医师执业注册", u"医疗卫生", A::Worker, 20, 3, u"医师资格证书|医师执业注册申请审核表|近6个月内健康体检证明|聘用单位证明"},
    {u"wjw", u"护士执业注册", u"医疗卫生", A::Worker, 20, 3, u"护士执业资格考试成绩合格证明|健康体检证明|聘用单位证明"},
    {u"wjw", u"职业病诊断申请", u"医疗卫生", A::Worker, 30, 1, u"居民身份证|劳动关系证明|职业史证明|职业健康检查结果"},
    {u"wjw", u"身后一件事", u"社会救助", A::General, 0, 2, u"逝者居民身份证|申办人居民身份证|亲属关系证明|死亡医学证明",
     u"wjw:死亡医学证明签发:1|gaj:户口注销:2|mzj:殡葬补贴发放:5&rsj:丧葬补助金及抚恤金核定:7"},
    {u"wjw", u"医疗机构执业登记", u"经营许可", A::Enterprise, 20, 4, u"设置医疗机构批准书|营业执照|法定代表人身份证|房屋产权证明或租赁协议|医疗机构规章制度"},
    {u"wjw", u"公共场所卫生许可", u"经营许可", A::Enterprise, 15, 10, u"卫生许可申请表|营业执照|公共场所地址方位示意图|从业人员健康合格证明"},
    {u"wjw", u"放射诊疗许可", u"经营许可", A::Enterprise, 20, 1, u"放射诊疗许可申请表|放射防护评价报告|辐射安全许可证"},
    {u"wjw", u"托育机构备案", u"经营许可", A::Enterprise, 10, 3, u"托育机构备案书|营业执照|场地证明|消防验收材料"},
    // 市公安局
    {u"gaj", u"居住证办理", u"户籍证件", A::NewResident, 0, 80, u"居民身份证|近期免冠照片|合法稳定住所证明|劳动合同或营业执照",
     u"gaj:居住登记受理:1|gaj:居住信息核查:5|gaj:制证发证:4"},
    {u"gaj", u"户籍迁入", u"户籍证件", A::NewResident, 0, 30, u"居民身份证|户口簿|房屋产权证明|迁入地户主同意书",
     u"gaj:迁入申请受理:1|gaj:户籍审批:10|gaj:落户办结:4"},
    {u"gaj", u"居民身份证换领", u"户籍证件", A::General, 20, 60, u"原居民身份证|户口簿|数码相片回执"},
    {u"gaj", u"居民身份证补领", u"户籍证件", A::General, 20, 20, u"户口簿|数码相片回执|挂失证明"},
    {u"gaj", u"临时居民身份证办理", u"户籍证件", A::General, 1, 8, u"户口簿|近期免冠照片", {}, 0, 0, false},
    {u"gaj", u"户口迁出", u"户籍证件", A::General, 5, 6, u"户口簿|居民身份证|准予迁入证明"},
    {u"gaj", u"户籍证明开具", u"户籍证件", A::General, 1, 18, u"居民身份证|户口簿"},
    {u"gaj", u"无犯罪记录证明", u"户籍证件", A::Worker, 3, 30, u"居民身份证|用途说明"},
    {u"gaj", u"普通护照签发", u"户籍证件", A::General, 7, 25, u"居民身份证|出入境证件照片回执"},
    {u"gaj", u"往来港澳通行证及签注", u"户籍证件", A::General, 7, 28, u"居民身份证|出入境证件照片回执"},
    {u"gaj", u"往来台湾通行证及签注", u"户籍证件", A::General, 7, 20, u"居民身份证|出入境证件照片回执"},
    {u"gaj", u"出生户口登记", u"户籍证件", A::Newborn, 3, 20, u"出生医学证明|父母户口簿|父母居民身份证|结婚证"},
    {u"gaj", u"机动车驾驶证换证", u"交通出行", A::CarOwner, 1, 25, u"居民身份证|机动车驾驶证|身体条件证明"},
    {u"gaj", u"机动车注册登记", u"交通出行", A::CarOwner, 1, 18, u"居民身份证|购车发票|车辆合格证|交强险凭证|车辆购置税完税证明"},
    {u"gaj", u"交通违法处理", u"交通出行", A::CarOwner, 1, 35, u"机动车驾驶证|机动车行驶证"},
    {u"gaj", u"养犬登记", u"城市管理", A::General, 5, 6, u"居民身份证|犬只免疫证明|犬只照片"},
    {u"gaj", u"公章刻制备案", u"企业开办", A::EnterpriseNew, 1, 20, u"营业执照|法定代表人身份证|印章印模"},
    {u"gaj", u"旅馆业特种行业许可", u"经营许可", A::Enterprise, 20, 3, u"特种行业许可申请表|营业执照|消防安全检查合格证明|治安保卫制度"},
    {u"gaj", u"大型群众性活动安全许可", u"经营许可", A::Enterprise, 10, 2, u"活动方案|安全工作方案|场所管理者同意证明"},
    {u"gaj", u"剧毒化学品购买许可", u"经营许可", A::Enterprise, 5, 1, u"购买许可申请表|营业执照|购买用途说明"},
    // 市教育局
    {u"jyj", u"积分入学申请", u"教育入学", A::SchoolFamily, 0, 60, u"父母居住证|社会保险缴费证明|房屋租赁备案或产权证明|学生户口簿",
     u"jyj:积分入学申请受理:2|gaj:居住证信息核验:3|rsj:社保缴纳核验:3|jyj:积分审核公示:10|jyj:学位分配:10", 4, 6},
    {u"jyj", u"义务教育新生入学登记", u"教育入学", A::SchoolFamily, 20, 60, u"学生户口簿|父母居民身份证|房屋产权证明", {}, 5, 7},
    {u"jyj", u"小学升初中入学登记", u"教育入学", A::SchoolFamily, 20, 30, u"学生户口簿|学籍信息卡|房屋产权证明或居住证", {}, 5, 7},
    {u"jyj", u"幼儿园入园报名", u"教育入学", A::SchoolFamily, 15, 25, u"幼儿户口簿|预防接种证|父母居民身份证", {}, 5, 7},
    {u"jyj", u"中小学转学申请", u"教育入学", A::SchoolFamily, 10, 15, u"转学申请表|学籍信息卡|新住址证明"},
    {u"jyj", u"学籍证明开具", u"教育入学", A::SchoolFamily, 3, 10, u"学生户口簿|监护人居民身份证"},
    {u"jyj", u"中考报名", u"教育入学", A::SchoolFamily, 5, 15, u"学生居民身份证|学籍信息卡|近期免冠照片", {}, 3, 4},
    {u"jyj", u"家庭经济困难学生资助", u"教育入学", A::LowIncome, 15, 10, u"资助申请表|低保证或困难证明|学生证"},
    {u"jyj", u"高中阶段学生资助", u"教育入学", A::LowIncome, 15, 4, u"资助申请表|家庭经济困难证明|学生证"},
    {u"jyj", u"教师资格认定", u"教育入学", A::YoungAdult, 20, 10, u"教师资格考试合格证明|学历证书|体检合格证明|普通话水平测试等级证书"},
    {u"jyj", u"普通话水平测试报名", u"教育入学", A::YoungAdult, 1, 10, u"居民身份证|近期免冠照片"},
    {u"jyj", u"学历证明书办理", u"教育入学", A::General, 10, 4, u"居民身份证|毕业证书遗失声明"},
    {u"jyj", u"民办学校办学许可", u"经营许可", A::Enterprise, 30, 1, u"办学申请报告|举办者资格证明|校舍证明|章程"},
    {u"jyj", u"校外培训机构设立审批", u"经营许可", A::Enterprise, 20, 2, u"设立申请书|场地证明|师资材料|章程"},
    // 市人力资源和社会保障局
    {u"rsj", u"失业人员一条龙服务", u"就业创业", A::Unemployed, 0, 60, u"居民身份证|解除劳动合同证明|就业创业证",
     u"rsj:失业登记:2|sfj:法律援助咨询:5&rsj:职业技能培训报名:5&rsj:就业岗位推荐:5"},
    {u"rsj", u"失业登记", u"就业创业", A::Unemployed, 3, 40, u"居民身份证|解除劳动合同证明"},
    {u"rsj", u"失业保险金申领", u"社保医保", A::Unemployed, 10, 40, u"居民身份证|解除劳动合同证明|本人银行卡"},
    {u"rsj", u"就业困难人员认定", u"就业创业", A::Unemployed, 10, 15, u"居民身份证|就业创业证|困难情况证明"},
    {u"rsj", u"职业技能培训补贴申领", u"就业创业", A::Unemployed, 15, 20, u"居民身份证|职业技能等级证书|培训发票"},
    {u"rsj", u"社会保障卡申领", u"社保医保", A::General, 10, 45, u"居民身份证|近期免冠照片"},
    {u"rsj", u"社会保障卡补换", u"社保医保", A::General, 5, 25, u"居民身份证"},
    {u"rsj", u"领取养老金资格认证", u"社保医保", A::Elderly, 1, 40, u"居民身份证|人脸识别"},
    {u"rsj", u"退休一件事", u"社保医保", A::Elderly, 0, 15, u"居民身份证|职工档案|社会保障卡",
     u"rsj:退休审批:10|ybj:医保退休待遇核定:5|gjj:公积金退休提取:3"},
    {u"rsj", u"灵活就业人员社保参保登记", u"社保医保", A::Worker, 3, 20, u"居民身份证|户口簿或居住证"},
    {u"rsj", u"养老保险关系转移接续", u"社保医保", A::NewResident, 15, 15, u"居民身份证|参保缴费凭证"},
    {u"rsj", u"创业担保贷款申请", u"就业创业", A::Worker, 20, 6, u"居民身份证|营业执照|创业计划书|担保材料"},
    {u"rsj", u"一次性创业补贴申领", u"就业创业", A::Worker, 20, 8, u"居民身份证|营业执照|社保缴费证明"},
    {u"rsj", u"劳动人事争议仲裁申请", u"法律服务", A::Worker, 45, 8, u"仲裁申请书|居民身份证|劳动关系证明|证据材料"},
    {u"rsj", u"劳动保障监察投诉", u"法律服务", A::Worker, 20, 10, u"投诉书|居民身份证|工资欠条或考勤记录"},
    {u"rsj", u"新就业大学生租房补贴申领", u"住房保障", A::YoungAdult, 20, 20, u"居民身份证|毕业证书|劳动合同|房屋租赁备案"},
    {u"rsj", u"专业技术职称评审申报", u"就业创业", A::Worker, 60, 6, u"职称申报表|学历证书|业绩材料|单位推荐意见"},
    {u"rsj", u"企业社会保险登记", u"企业开办", A::EnterpriseNew, 3, 20, u"营业执照|法定代表人身份证|银行开户证明"},
    {u"rsj", u"稳岗返还申领", u"就业创业", A::Enterprise, 20, 10, u"营业执照|上年度裁员情况说明"},
    {u"rsj", u"企业职工招用备案", u"就业创业", A::Enterprise, 3, 12, u"营业执照|劳动合同|员工居民身份证"},
    {u"rsj", u"劳务派遣经营许可", u"经营许可", A::Enterprise, 20, 2, u"许可申请书|营业执照|注册资本验资证明|劳务派遣协议样本"},
    {u"rsj", u"人力资源服务许可", u"经营许可", A::Enterprise, 20, 2, u"许可申请书|营业执照|场所证明|专职人员资格证明"},
    // 市民政局
    {u"mzj", u"结婚登记", u"婚姻家庭", A::YoungAdult, 0, 40, u"双方居民身份证|双方户口簿|近期2寸双人合影照片",
     u"mzj:婚姻登记预约审查:1|mzj:结婚登记颁证:1|gaj:户籍婚姻状况变更:3&wjw:孕前优生健康检查预约:2"},
    {u"mzj", u"离婚登记", u"婚姻家庭", A::General, 30, 5, u"双方居民身份证|双方户口簿|结婚证|离婚协议书", {}, 0, 0, false},
    {u"mzj", u"补领婚姻登记证", u"婚姻家庭", A::General, 1, 6, u"居民身份证|户口簿|近期2寸照片"},
    {u"mzj", u"婚姻登记记录证明", u"婚姻家庭", A::General, 1, 6, u"居民身份证|用途说明"},
    {u"mzj", u"收养登记", u"婚姻家庭", A::General, 30, 1, u"收养申请书|居民身份证|户口簿|被收养人情况证明", {}, 0, 0, false},
    {u"mzj", u"最低生活保障申请", u"社会救助", A::LowIncome, 30, 40, u"申请书|户口簿|居民身份证|家庭收入证明|家庭财产状况说明"},
    {u"mzj", u"特困人员救助供养申请", u"社会救助", A::LowIncome, 30, 8, u"申请书|居民身份证|户口簿|无劳动能力证明"},
    {u"mzj", u"临时救助申请", u"社会救助", A::LowIncome, 10, 15, u"申请书|居民身份证|困难情况证明"},
    {u"mzj", u"困境儿童基本生活保障", u"社会救助", A::LowIncome, 20, 4, u"申请书|儿童户口簿|监护人情况证明"},
    {u"mzj", u"高龄津贴申领", u"养老服务", A::Elderly, 20, 40, u"居民身份证|户口簿|本人银行卡"},
    {u"mzj", u"残疾人两项补贴申请", u"残疾人服务", A::Disabled, 0, 35, u"居民身份证|残疾人证|户口簿|本人银行卡",
     u"mzj:补贴申请受理:2|cjl:残疾等级核验:5|mzj:审批发放:8"},
    {u"mzj", u"老年人优待证办理", u"养老服务", A::Elderly, 5, 30, u"居民身份证|近期免冠照片"},
    {u"mzj", u"居家养老服务补贴申请", u"养老服务", A::Elderly, 20, 15, u"居民身份证|户口簿|能力评估报告"},
    {u"mzj", u"养老机构入住评估", u"养老服务", A::Elderly, 10, 5, u"居民身份证|体检报告|监护人同意书"},
    {u"mzj", u"殡葬补贴申领", u"社会救助", A::General, 10, 3, u"逝者居民身份证|火化证明|申领人居民身份证"},
    {u"mzj", u"社会团体成立登记", u"企业开办", A::Enterprise, 30, 2, u"成立登记申请书|章程草案|住所使用证明|负责人身份证明"},
    {u"mzj", u"民办非企业单位成立登记", u"企业开办", A::Enterprise, 30, 2, u"成立登记申请书|章程草案|验资报告|场所使用证明"},
    {u"mzj", u"养老机构备案", u"经营许可", A::Enterprise, 5, 2, u"备案书|营业执照或登记证书|消防验收材料|场所证明"},
    // 市市场监督管理局
    {u"scjg", u"企业开办一件事", u"企业开办", A::EnterpriseNew, 0, 60, u"公司登记申请书|公司章程|股东主体资格证明|住所使用证明",
     u"scjg:营业执照核发:1|gaj:公章刻制备案:1|swj:发票申领及税务信息确认:1|rsj:社保登记:1|gjj:公积金缴存登记:1"},
    {u"scjg", u"企业设立登记", u"企业开办", A::EnterpriseNew, 1, 40, u"公司登记申请书|公司章程|股东主体资格证明|住所使用证明"},
    {u"scjg", u"企业变更登记", u"企业开办", A::Enterprise, 1, 30, u"变更登记申请书|股东会决议|修改后的章程"},
    {u"scjg", u"企业简易注销登记", u"企业开办", A::EnterpriseClosing, 20, 30, u"简易注销登记申请书|全体投资人承诺书"},
    {u"scjg", u"企业注销一件事", u"企业开办", A::EnterpriseClosing, 0, 25, u"注销登记申请书|清算报告|清税证明",
     u"swj:清税证明办理:3|rsj:社保注销:2|scjg:注销登记:1"},
    {u"scjg", u"个体工商户设立登记", u"企业开办", A::Worker, 1, 20, u"经营者居民身份证|经营场所证明"},
    {u"scjg", u"个体工商户注销登记", u"企业开办", A::Worker, 1, 5, u"注销登记申请书|营业执照正副本"},
    {u"scjg", u"小餐饮经营备案", u"经营许可", A::Worker, 3, 8, u"备案表|经营者居民身份证|健康证明|经营场所证明"},
    {u"scjg", u"消费投诉处理", u"法律服务", A::General, 7, 15, u"投诉书|购物凭证|照片或视频证据"},
    {u"scjg", u"食品经营许可", u"经营许可", A::Enterprise, 10, 25, u"食品经营许可申请书|营业执照|经营场所平面图|食品安全管理制度"},
    {u"scjg", u"食品生产许可", u"经营许可", A::Enterprise, 20, 4, u"食品生产许可申请书|生产场所平面图|工艺流程图|设备清单"},
    {u"scjg", u"药品零售企业许可", u"经营许可", A::Enterprise, 20, 4, u"许可申请表|营业执照|执业药师资格证|经营场所证明"},
    {u"scjg", u"第二类医疗器械经营备案", u"经营许可", A::Enterprise, 5, 6, u"备案表|营业执照|质量管理制度|经营场所证明"},
    {u"scjg", u"特种设备使用登记", u"经营许可", A::Enterprise, 15, 8, u"使用登记表|产品合格证|监督检验证明"},
    {u"scjg", u"计量器具强制检定申请", u"经营许可", A::Enterprise, 15, 5, u"检定申请书|计量器具清单"},
    {u"scjg", u"工业产品生产许可", u"经营许可", A::Enterprise, 30, 1, u"许可申请书|营业执照|产品检验报告"},
    {u"scjg", u"股权出质登记", u"企业开办", A::Enterprise, 3, 3, u"出质登记申请书|质押合同|出质人与质权人身份证明"},
    {u"scjg", u"企业年度报告公示", u"企业开办", A::Enterprise, 1, 25, u"年度报告", {}, 1, 6},
    // 国家税务总局厦门市税务局
    {u"swj", u"个人所得税综合所得年度汇算", u"税费办理", A::Worker, 5, 60, u"居民身份证|收入及扣除信息确认|银行卡", {}, 3, 6},
    {u"swj", u"个人所得税专项附加扣除填报", u"税费办理", A::Worker, 1, 30, u"居民身份证|子女教育或住房贷款等扣除信息"},
    {u"swj", u"完税证明开具", u"税费办理", A::Worker, 1, 15, u"居民身份证"},
    {u"swj", u"车船税缴纳", u"税费办理", A::CarOwner, 1, 10, u"机动车行驶证|居民身份证"},
    {u"swj", u"契税申报", u"税费办理", A::General, 1, 10, u"居民身份证|房屋买卖合同|购房发票"},
    {u"swj", u"个人出租房屋代开发票", u"税费办理", A::General, 1, 5, u"居民身份证|房屋租赁合同|房屋产权证明"},
    {u"swj", u"城乡居民医保费缴纳", u"社保医保", A::General, 1, 20, u"居民身份证", {}, 9, 12},
    {u"swj", u"灵活就业人员社保费缴纳", u"社保医保", A::Worker, 1, 10, u"居民身份证|参保登记信息"},
    {u"swj", u"新办纳税人套餐", u"税费办理", A::EnterpriseNew, 1, 30, u"营业执照|法定代表人身份证|银行账户信息"},
    {u"swj", u"发票领用", u"税费办理", A::Enterprise, 1, 40, u"经办人身份证|税控设备"},
    {u"swj", u"增值税申报", u"税费办理", A::Enterprise, 1, 40, u"增值税纳税申报表|财务报表"},
    {u"swj", u"企业所得税年度汇算清缴", u"税费办理", A::Enterprise, 5, 20, u"企业所得税年度纳税申报表|年度财务报表", {}, 1, 5},
    {u"swj", u"出口退税申报", u"税费办理", A::Enterprise, 10, 10, u"出口退税申报表|出口报关单|增值税专用发票"},
    {u"swj", u"小规模纳税人减免税申报", u"税费办理", A::Enterprise, 1, 15, u"减免税申报表"},
    {u"swj", u"纳税信用修复", u"税费办理", A::Enterprise, 15, 3, u"信用修复申请表|纠正失信行为的证明材料"},
    {u"swj", u"清税注销", u"税费办理", A::EnterpriseClosing, 3, 20, u"清税申报表|发票缴销证明"},
    {u"swj", u"跨区域涉税事项报告", u"税费办理", A::Enterprise, 1, 5, u"跨区域涉税事项报告表|外出经营合同"},
    // 市司法局
    {u"sfj", u"法律援助申请", u"法律服务", A::LowIncome, 7, 15, u"法律援助申请表|居民身份证|经济困难证明|案件相关材料"},
    {u"sfj", u"国内公证办理", u"法律服务", A::General, 15, 15, u"公证申请表|居民身份证|需公证的文书"},
    {u"sfj", u"涉外公证办理", u"法律服务", A::General, 15, 8, u"公证申请表|居民身份证|护照|需公证的文书"},
    {u"sfj", u"人民调解申请", u"法律服务", A::General, 30, 10, u"调解申请书|居民身份证|纠纷情况说明"},
    {u"sfj", u"法律咨询预约", u"法律服务", A::General, 1, 12, u"居民身份证|咨询事项说明"},
    {u"sfj", u"律师执业许可", u"法律服务", A::Worker, 20, 2, u"执业申请书|法律职业资格证书|实习鉴定材料"},
    {u"sfj", u"基层法律服务工作者执业核准", u"法律服务", A::Worker, 20, 1, u"执业申请书|学历证明|考核合格证明"},
    {u"sfj", u"法律职业资格证书申领", u"法律服务", A::YoungAdult, 20, 3, u"申领表|成绩合格证明|学历证书"},
    {u"sfj", u"司法鉴定机构设立许可", u"经营许可", A::Enterprise, 30, 1, u"设立申请书|场所证明|仪器设备清单|鉴定人资格材料"},
    {u"sfj", u"律师事务所设立许可", u"经营许可", A::Enterprise, 20, 1, u"设立申请书|章程|合伙协议|执业律师名单"},
    // 市医疗保障局
    {u"ybj", u"城乡居民医保参保登记", u"社保医保", A::General, 1, 25, u"居民身份证或户口簿"},
    {u"ybj", u"新生儿医保参保登记", u"社保医保", A::Newborn, 1, 30, u"出生医学证明|监护人居民身份证"},
    {u"ybj", u"医保关系转移接续", u"社保医保", A::NewResident, 15, 15, u"居民身份证|参保凭证"},
    {u"ybj", u"异地就医备案", u"社保医保", A::Elderly, 1, 35, u"居民身份证|医保电子凭证|异地居住证明"},
    {u"ybj", u"门诊特殊病种待遇认定", u"社保医保", A::Elderly, 10, 20, u"居民身份证|病历资料|诊断证明"},
    {u"ybj", u"医保个人账户家庭共济绑定", u"社保医保", A::General, 1, 20, u"居民身份证|家庭成员关系证明"},
    {u"ybj", u"生育医疗费用报销", u"生育服务", A::Pregnant, 10, 25, u"居民身份证|医疗费用发票|费用清单|出院小结"},
    {u"ybj", u"生育津贴申领", u"生育服务", A::Newborn, 15, 25, u"居民身份证|出生医学证明|结婚证"},
    {u"ybj", u"零星医疗费用报销", u"社保医保", A::General, 20, 15, u"居民身份证|医疗费用发票|费用明细清单|病历"},
    {u"ybj", u"长期护理保险待遇申请", u"养老服务", A::Disabled, 20, 6, u"居民身份证|失能评估申请表|病历资料"},
    {u"ybj", u"医保电子凭证激活", u"社保医保", A::General, 1, 20, u"居民身份证"},
    {u"ybj", u"定点医药机构申请", u"经营许可", A::Enterprise, 30, 2, u"申请表|执业许可证|信息系统建设情况说明"},
    {u"ybj", u"单位医保参保登记", u"企业开办", A::EnterpriseNew, 1, 15, u"营业执照|法定代表人身份证|参保人员名单"},
    // 市住房和建设局
    {u"zjj", u"公共租赁住房申请", u"住房保障", A::LowIncome, 30, 15, u"申请表|居民身份证|户口簿|收入证明|住房情况证明"},
    {u"zjj", u"保障性租赁住房申请", u"住房保障", A::NewResident, 20, 30, u"申请表|居民身份证|劳动合同|社保缴纳证明"},
    {u"zjj", u"保障性商品房申购", u"住房保障", A::YoungAdult, 30, 10, u"申购申请表|居民身份证|户口簿|婚姻状况证明"},
    {u"zjj", u"人才住房配租申请", u"住房保障", A::YoungAdult, 30, 10, u"申请表|学历或职称证明|劳动合同"},
    {u"zjj", u"商品房买卖合同网签备案", u"住房保障", A::General, 1, 15, u"买卖合同|买受人居民身份证"},
    {u"zjj", u"存量房交易资金监管", u"住房保障", A::General, 3, 8, u"资金监管协议|买卖合同|双方居民身份证"},
    {u"zjj", u"住房租赁合同登记备案", u"住房保障", A::NewResident, 1, 20, u"租赁合同|双方居民身份证|房屋权属证明"},
    {u"zjj", u"既有住宅增设电梯", u"住房保障", A::Elderly, 0, 8, u"增设电梯申请书|业主意见书|设计方案",
     u"zjj:申请受理:2|zrzyj:规划审查:10|zjj:施工登记:5"},
    {u"zjj", u"二手房交易一件事", u"住房保障", A::General, 0, 12, u"买卖合同|双方居民身份证|不动产权证书",
     u"zjj:合同网签:1|swj:税费申报:2|zrzyj:不动产转移登记:5"},
    {u"zjj", u"房屋安全鉴定申请", u"住房保障", A::General, 15, 4, u"鉴定申请书|房屋权属证明"},
    {u"zjj", u"物业服务投诉", u"城市管理", A::General, 10, 15, u"投诉书|物业服务合同|照片等证据"},
    {u"zjj", u"建筑工程施工许可", u"经营许可", A::Enterprise, 7, 8, u"施工许可申请表|建设工程规划许可证|施工合同|施工图审查合格书"},
    {u"zjj", u"建设工程竣工验收备案", u"经营许可", A::Enterprise, 5, 5, u"竣工验收备案表|竣工验收报告|消防验收意见"},
    {u"zjj", u"建筑业企业资质核准", u"经营许可", A::Enterprise, 20, 4, u"资质申请表|营业执照|技术负责人证明|业绩材料"},
    {u"zjj", u"商品房预售许可", u"经营许可", A::Enterprise, 10, 2, u"预售许可申请表|土地使用权证|施工许可证|预售方案"},
    {u"zjj", u"物业服务企业备案", u"经营许可", A::Enterprise, 5, 2, u"备案表|营业执照|管理制度"},
    // 市交通运输局
    {u"jtj", u"道路运输从业资格证申领", u"交通出行", A::Worker, 10, 8, u"居民身份证|机动车驾驶证|考试合格证明"},
    {u"jtj", u"网络预约出租汽车驾驶员证", u"交通出行", A::Worker, 10, 12, u"居民身份证|机动车驾驶证|无犯罪记录证明"},
    {u"jtj", u"巡游出租汽车驾驶员从业资格", u"交通出行", A::Worker, 10, 4, u"居民身份证|机动车驾驶证|考试合格证明"},
    {u"jtj", u"老年人公交乘车卡办理", u"交通出行", A::Elderly, 3, 30, u"居民身份证|近期免冠照片"},
    {u"jtj", u"学生公交卡办理", u"交通出行", A::SchoolFamily, 3, 12, u"学生证|监护人居民身份证|近期免冠照片"},
    {u"jtj", u"交通运输服务投诉", u"交通出行", A::General, 10, 8, u"投诉书|乘车凭证"},
    {u"jtj", u"道路货物运输经营许可", u"经营许可", A::Enterprise, 20, 6, u"许可申请表|营业执照|车辆清单|安全生产管理制度"},
    {u"jtj", u"网约车平台经营许可", u"经营许可", A::Enterprise, 20, 1, u"许可申请表|营业执照|服务所在地办公场所证明|网络服务平台材料"},
    {u"jtj", u"机动车维修经营备案", u"经营许可", A::Enterprise, 5, 5, u"备案表|营业执照|维修设备清单|技术人员证明"},
    {u"jtj", u"超限运输车辆行驶公路许可", u"交通出行", A::Enterprise, 5, 4, u"许可申请表|车辆行驶证|通行路线图"},
    {u"jtj", u"港口经营许可", u"经营许可", A::Enterprise, 20, 1, u"许可申请书|营业执照|港口设施证明"},
    {u"jtj", u"道路运输车辆年审", u"交通出行", A::Enterprise, 3, 8, u"道路运输证|车辆综合性能检测报告"},
    // 厦门市住房公积金中心
    {u"gjj", u"公积金提取（购房）", u"住房保障", A::Worker, 3, 40, u"居民身份证|购房合同|购房发票|本人银行卡"},
    {u"gjj", u"公积金提取（租房）", u"住房保障", A::YoungAdult, 1, 45, u"居民身份证|本人银行卡"},
    {u"gjj", u"公积金提取（退休）", u"住房保障", A::Elderly, 3, 15, u"居民身份证|退休证明|本人银行卡"},
    {u"gjj", u"公积金贷款申请", u"住房保障", A::Worker, 15, 25, u"借款申请表|居民身份证|婚姻状况证明|购房合同|收入证明"},
    {u"gjj", u"公积金缴存证明打印", u"住房保障", A::Worker, 1, 20, u"居民身份证"},
    {u"gjj", u"公积金账户转移接续", u"住房保障", A::NewResident, 5, 12, u"居民身份证|转出地缴存证明"},
    {u"gjj", u"灵活就业人员公积金缴存登记", u"住房保障", A::Worker, 1, 8, u"居民身份证|本人银行卡"},
    {u"gjj", u"公积金贷款提前还款", u"住房保障", A::Worker, 1, 15, u"居民身份证|借款合同"},
    {u"gjj", u"公积金异地贷款缴存证明", u"住房保障", A::Worker, 3, 6, u"居民身份证|贷款城市要求的证明样式"},
    {u"gjj", u"单位公积金缴存登记", u"企业开办", A::EnterpriseNew, 1, 15, u"营业执照|经办人身份证|职工名单"},
    {u"gjj", u"单位缴存基数调整", u"住房保障", A::Enterprise, 3, 12, u"缴存基数调整表|职工工资明细", {}, 7, 9},
    {u"gjj", u"单位缓缴公积金申请", u"住房保障", A::Enterprise, 10, 3, u"缓缴申请书|职工代表大会决议|财务报表"},
    // 市生态环境局
    {u"hbj", u"建设项目环境影响报告表审批", u"生态环境", A::Enterprise, 15, 6, u"审批申请书|环境影响报告表|公众参与说明"},
    {u"hbj", u"排污许可证核发", u"生态环境", A::Enterprise, 20, 6, u"排污许可申请表|自行监测方案|环评批复"},
    {u"hbj", u"排污登记", u"生态环境", A::Enterprise, 1, 10, u"排污登记表"},
    {u"hbj", u"危险废物经营许可", u"生态环境", A::Enterprise, 20, 1, u"许可申请书|经营设施证明|污染防治措施"},
    {u"hbj", u"辐射安全许可", u"生态环境", A::Enterprise, 20, 1, u"许可申请表|辐射安全管理制度|环评批复"},
    {u"hbj", u"夜间施工证明核发", u"生态环境", A::Enterprise, 3, 6, u"申请表|施工合同|工艺必须连续施工的说明|周边居民告知材料"},
    {u"hbj", u"生态环境信访投诉", u"生态环境", A::General, 15, 12, u"投诉书|现场照片或视频"},
    {u"hbj", u"环保信用修复", u"生态环境", A::Enterprise, 15, 2, u"信用修复申请表|整改完成证明"},
    // 市市政园林局（城管）
    {u"cgj", u"城市道路挖掘许可", u"城市管理", A::Enterprise, 10, 5, u"挖掘申请表|施工方案|交通组织方案"},
    {u"cgj", u"户外广告设施设置许可", u"城市管理", A::Enterprise, 10, 8, u"设置申请表|效果图|场地使用证明|结构安全证明"},
    {u"cgj", u"门头招牌设置备案", u"城市管理", A::Enterprise, 3, 8, u"备案表|营业执照|招牌效果图"},
    {u"cgj", u"临时占用城市道路许可", u"城市管理", A::Worker, 5, 6, u"占道申请表|居民身份证|占道平面示意图"},
    {u"cgj", u"树木砍伐迁移许可", u"城市管理", A::General, 10, 3, u"申请表|树木位置图|权属证明"},
    {u"cgj", u"建筑垃圾处置核准", u"城市管理", A::Enterprise, 5, 6, u"核准申请表|运输合同|消纳场证明"},
    {u"cgj", u"餐厨垃圾收运登记", u"城市管理", A::Enterprise, 5, 8, u"登记表|营业执照|收运协议"},
    {u"cgj", u"城市排水许可", u"城市管理", A::Enterprise, 10, 4, u"排水许可申请表|排水管网图|水质检测报告"},
    {u"cgj", u"燃气经营许可", u"经营许可", A::Enterprise, 20, 1, u"许可申请书|营业执照|设施权属证明|安全评价报告"},
    {u"cgj", u"违法建设举报", u"城市管理", A::General, 15, 10, u"举报内容|现场照片"},
    {u"cgj", u"大件垃圾预约清运", u"城市管理", A::General, 3, 15, u"预约单|物品照片"},
    {u"cgj", u"城市供水报装", u"城市管理", A::General, 10, 8, u"报装申请表|居民身份证|房屋权属证明"},
    {u"cgj", u"管道燃气报装", u"城市管理", A::General, 7, 10, u"报装申请表|居民身份证|房屋权属证明"},
    // 市自然资源和规划局
    {u"zrzyj", u"不动产转移登记", u"住房保障", A::General, 5, 25, u"登记申请书|双方居民身份证|不动产权证书|买卖合同|完税凭证"},
    {u"zrzyj", u"不动产首次登记", u"住房保障", A::General, 5, 10, u"登记申请书|居民身份证|购房合同|竣工验收材料"},
    {u"zrzyj", u"不动产抵押登记", u"住房保障", A::General, 3, 15, u"登记申请书|不动产权证书|抵押合同|主债权合同"},
    {u"zrzyj", u"不动产权证书补发", u"住房保障", A::General, 10, 4, u"补证申请书|居民身份证|遗失声明"},
    {u"zrzyj", u"不动产登记信息查询", u"住房保障", A::General, 1, 30, u"居民身份证"},
    {u"zrzyj", u"农村宅基地和建房审批", u"住房保障", A::General, 20, 2, u"建房申请表|户口簿|宅基地权属证明|建房设计图"},
    {u"zrzyj", u"建设用地规划许可", u"经营许可", A::Enterprise, 20, 2, u"许可申请表|用地红线图|土地出让合同"},
    {u"zrzyj", u"建设工程规划许可", u"经营许可", A::Enterprise, 20, 3, u"许可申请表|设计方案|用地规划许可证"},
    // 市退役军人事务局
    {u"tyjrj", u"退役军人优待证申领", u"退役军人服务", A::Veteran, 10, 40, u"居民身份证|退役证件|近期免冠照片"},
    {u"tyjrj", u"退役军人信息采集", u"退役军人服务", A::Veteran, 3, 20, u"居民身份证|退役证件"},
    {u"tyjrj", u"自主就业退役士兵一次性经济补助", u"退役军人服务", A::Veteran, 20, 8, u"居民身份证|退役证件|本人银行卡"},
    {u"tyjrj", u"残疾军人抚恤金申领", u"退役军人服务", A::Veteran, 20, 3, u"居民身份证|残疾军人证"},
    {u"tyjrj", u"光荣牌悬挂申请", u"退役军人服务", A::Veteran, 5, 6, u"居民身份证|退役证件"},
    {u"tyjrj", u"退役军人创业扶持", u"退役军人服务", A::Veteran, 20, 4, u"居民身份证|退役证件|营业执照|创业计划书"},
    // 市残疾人联合会
    {u"cjl", u"残疾人证办理", u"残疾人服务", A::Disabled, 0, 35, u"居民身份证|户口簿|近期免冠照片|病历资料",
     u"cjl:办证申请受理:2|wjw:残疾等级评定:10|cjl:审核发证:5"},
    {u"cjl", u"残疾人证换领", u"残疾人服务", A::Disabled, 10, 15, u"居民身份证|原残疾人证|近期免冠照片"},
    {u"cjl", u"残疾人辅助器具适配补贴", u"残疾人服务", A::Disabled, 15, 12, u"居民身份证|残疾人证|适配评估报告"},
    {u"cjl", u"残疾儿童康复救助", u"残疾人服务", A::Disabled, 20, 6, u"儿童户口簿|残疾人证或诊断证明|监护人居民身份证"},
    {u"cjl", u"残疾人就业创业补贴", u"残疾人服务", A::Disabled, 20, 5, u"居民身份证|残疾人证|劳动合同或营业执照"},
    {u"cjl", u"残疾人机动轮椅车燃油补贴", u"残疾人服务", A::Disabled, 20, 4, u"居民身份证|残疾人证|机动轮椅车行驶证"},
    // 市文化和旅游局
    {u"whlyj", u"营业性演出许可", u"文化旅游", A::Enterprise, 5, 3, u"演出申请表|演出节目内容|演员身份证明"},
    {u"whlyj", u"旅行社设立许可", u"文化旅游", A::Enterprise, 20, 2, u"设立申请书|营业执照|经营场所证明|质量保证金证明"},
    {u"whlyj", u"互联网上网服务营业场所许可", u"文化旅游", A::Enterprise, 20, 1, u"许可申请书|营业执照|消防安全证明|场所平面图"},
    {u"whlyj", u"娱乐场所经营许可", u"文化旅游", A::Enterprise, 20, 2, u"许可申请书|营业执照|场所平面图|消防安全证明"},
    {u"whlyj", u"导游证申领", u"文化旅游", A::Worker, 10, 3, u"导游资格证|居民身份证|劳动合同或导游协会会员证明"},
    {u"whlyj", u"图书馆读者证办理", u"文化旅游", A::General, 1, 8, u"居民身份证"},
    // 市科学技术局
    {u"kjj", u"高新技术企业认定", u"科技创新", A::Enterprise, 60, 6, u"认定申请书|知识产权证明|研发费用审计报告|高新技术产品收入说明"},
    {u"kjj", u"科技型中小企业评价", u"科技创新", A::Enterprise, 20, 8, u"评价信息表|营业执照|上年度财务报表"},
    {u"kjj", u"企业研发费用补助申请", u"科技创新", A::Enterprise, 30, 6, u"补助申请表|研发费用专项审计报告"},
    {u"kjj", u"技术合同认定登记", u"科技创新", A::Enterprise, 7, 5, u"技术合同文本|登记表"},
    {u"kjj", u"外国人来华工作许可", u"科技创新", A::Enterprise, 10, 3, u"申请表|护照|工作资历证明|劳动合同"},
    // 市发展和改革委员会
    {u"fgw", u"企业投资项目备案", u"企业开办", A::Enterprise, 3, 6, u"备案申请表|项目基本情况说明"},
    {u"fgw", u"企业投资项目核准", u"企业开办", A::Enterprise, 20, 1, u"核准申请报告|规划选址意见|用地预审意见"},
    {u"fgw", u"节能审查", u"生态环境", A::Enterprise, 15, 2, u"节能报告|审查申请书"},
    {u"fgw", u"价格认定申请", u"法律服务", A::General, 15, 1, u"认定申请书|标的物情况说明"},
    // 市行政审批管理局（市民服务中心）
    {u"zwfw", u"电子证照授权使用", u"户籍证件", A::General, 1, 10, u"居民身份证|人脸识别"},
    {u"zwfw", u"政务服务帮办代办预约", u"户籍证件", A::Elderly, 1, 6, u"居民身份证|代办事项说明"},
};
// clang-format on

struct CategoryTag {
    QStringView category;
    QStringView tagId;
};

constexpr CategoryTag kCategoryTags[] = {
    {u"生育服务", u"t_svc_birth"},           {u"户籍证件", u"t_svc_household"},
    {u"教育入学", u"t_svc_education"},       {u"就业创业", u"t_svc_employment"},
    {u"社保医保", u"t_svc_social_security"}, {u"婚姻家庭", u"t_svc_marriage"},
    {u"养老服务", u"t_svc_eldercare"},       {u"社会救助", u"t_svc_assistance"},
    {u"住房保障", u"t_svc_housing"},         {u"交通出行", u"t_svc_traffic"},
    {u"法律服务", u"t_svc_legal"},           {u"税费办理", u"t_svc_tax"},
    {u"企业开办", u"t_svc_enterprise"},      {u"经营许可", u"t_svc_license"},
    {u"生态环境", u"t_svc_environment"},     {u"城市管理", u"t_svc_city"},
    {u"医疗卫生", u"t_svc_health"},          {u"残疾人服务", u"t_svc_disability"},
    {u"退役军人服务", u"t_svc_veteran"},     {u"科技创新", u"t_svc_innovation"},
    {u"文化旅游", u"t_svc_culture"},
};

// Citizen and enterprise tags a service is recommended to, by audience.
QStringList audienceTags(Audience a)
{
    switch (a) {
    case A::Pregnant:
        return {QStringLiteral("t_pregnant")};
    case A::Newborn:
        return {QStringLiteral("t_newborn_family")};
    case A::SchoolFamily:
        return {QStringLiteral("t_school_child_family"), QStringLiteral("t_interest_education")};
    case A::Unemployed:
        return {QStringLiteral("t_unemployed"), QStringLiteral("t_interest_jobs")};
    case A::Elderly:
        return {QStringLiteral("t_elderly_home"), QStringLiteral("t_interest_eldercare")};
    case A::Disabled:
        return {QStringLiteral("t_disabled")};
    case A::Veteran:
        return {QStringLiteral("t_veteran")};
    case A::NewResident:
        return {QStringLiteral("t_new_resident")};
    case A::CarOwner:
        return {QStringLiteral("t_car_owner"), QStringLiteral("t_interest_traffic")};
    case A::LowIncome:
        return {QStringLiteral("t_low_income")};
    case A::YoungAdult:
        return {QStringLiteral("t_interest_housing")};
    case A::EnterpriseNew:
        return {QStringLiteral("t_ent_new")};
    case A::EnterpriseClosing:
        return {QStringLiteral("t_ent_closing")};
    case A::General:
    case A::Worker:
    case A::Enterprise:
    case A::Count:
        break;
    }
    return {};
}

bool isEnterpriseAudience(Audience a)
{
    return a == A::Enterprise || a == A::EnterpriseNew || a == A::EnterpriseClosing;
}

// The department's own procedure, sized by the SLA.
std::vector<DemoWorkflowStep> standardSteps(const QString &dept, int sla, bool enterprise)
{
    if (sla <= 1)
        return {{QStringLiteral("受理即办"), dept, 1}};
    if (sla <= 5)
        return {{QStringLiteral("受理"), dept, 1}, {QStringLiteral("审核办结"), dept, sla - 1}};
    if (!enterprise)
        return {{QStringLiteral("受理"), dept, 1},
                {QStringLiteral("审查"), dept, sla - 2},
                {QStringLiteral("办结"), dept, 1}};
    const int review = std::max(1, (sla - 2) / 2);
    const int inspect = std::max(1, sla - 2 - review);
    return {{QStringLiteral("受理"), dept, 1},
            {QStringLiteral("材料审查"), dept, review},
            {QStringLiteral("现场核查"), dept, inspect},
            {QStringLiteral("审批决定"), dept, 1}};
}

// "dept:name:sla|dept:name:sla&dept:name:sla": stages in order, separated by '|'; the steps of one stage,
// which run in parallel, by '&'.
std::vector<DemoWorkflowStep> parseSteps(QStringView text)
{
    std::vector<DemoWorkflowStep> out;
    int stage = 0;
    for (QStringView group : text.split(u'|')) {
        ++stage;
        for (QStringView part : group.split(u'&')) {
            const auto fields = part.split(u':');
            Q_ASSERT(fields.size() == 3);
            out.push_back({fields[1].toString(), fields[0].toString(), fields[2].toInt(), stage});
        }
    }
    return out;
}

} // namespace

ServiceCatalogue::ServiceCatalogue(DemoRandom &rng)
{
    QHash<QString, int> perDepartment;
    for (const ServiceData &d : kServices) {
        DemoService s;
        s.id = rng.uuid();
        s.departmentId = d.dept.toString();
        Q_ASSERT(DepartmentCatalogue::find(s.departmentId));
        const int number = ++perDepartment[s.departmentId];
        s.code = QStringLiteral("3502-") + s.departmentId.toUpper() + QLatin1Char('-') +
                 QString::number(number).rightJustified(3, QLatin1Char('0'));
        s.name = d.name.toString();
        s.category = d.category.toString();
        s.audience = d.audience;
        const bool enterprise = isEnterpriseAudience(d.audience);
        s.applicantType = enterprise ? QStringLiteral("enterprise") : QStringLiteral("citizen");
        s.steps = d.steps.isEmpty() ? standardSteps(s.departmentId, d.sla, enterprise) : parseSteps(d.steps);
        if (d.steps.isEmpty()) {
            for (size_t i = 0; i < s.steps.size(); ++i)
                s.steps[i].stage = int(i) + 1; // a department's standard steps run one after the other
        }
        s.slaDays = 0;
        QStringList partners;
        QHash<int, int> stageSla; // the longest step of each stage
        for (const DemoWorkflowStep &st : s.steps) {
            int &longest = stageSla[st.stage];
            s.slaDays += std::max(0, st.slaDays - longest);
            longest = std::max(longest, st.slaDays);
            if (st.departmentId != s.departmentId && !partners.contains(st.departmentId))
                partners.append(st.departmentId);
        }
        const QStringList materials = d.materials.toString().split(QLatin1Char('|'));
        s.materialsJson = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(materials)).toJson(QJsonDocument::Compact));
        s.online = d.online;
        s.popularity = d.popularity;
        s.monthFrom = d.monthFrom;
        s.monthTo = d.monthTo;

        QString description = s.name + QStringLiteral("：") + s.category + QStringLiteral("类事项，由") +
                              DepartmentCatalogue::find(s.departmentId)->name + QStringLiteral("牵头办理");
        if (!partners.isEmpty()) {
            QStringList names;
            for (const QString &p : std::as_const(partners))
                names.append(DepartmentCatalogue::find(p)->shortName);
            description += QStringLiteral("，") + names.join(QStringLiteral("、")) +
                           QStringLiteral("联办，一次申请、一次办结");
        }
        description += QStringLiteral("。承诺时限%1个工作日，").arg(s.slaDays) +
                       (s.online ? QStringLiteral("可全程网上办理。") : QStringLiteral("需本人到窗口办理。"));
        if (s.monthFrom > 0)
            description += QStringLiteral("每年%1月至%2月集中受理。").arg(s.monthFrom).arg(s.monthTo);
        s.description = description;

        for (const CategoryTag &ct : kCategoryTags) {
            if (ct.category == s.category)
                s.tagIds.append(ct.tagId.toString());
        }
        if (!partners.isEmpty())
            s.tagIds.append(QStringLiteral("t_svc_one_thing"));
        if (d.popularity >= 40)
            s.tagIds.append(QStringLiteral("t_svc_high_frequency"));
        if (s.online)
            s.tagIds.append(QStringLiteral("t_svc_fully_online"));
        s.tagIds += audienceTags(d.audience);
        for (const QString &t : std::as_const(s.tagIds))
            Q_ASSERT(TagCatalogue::contains(t));

        const int index = int(m_services.size());
        m_pools[size_t(s.audience)].push_back(index);
        m_pickers[size_t(s.audience)].add(s.popularity);
        m_services.push_back(std::move(s));
    }
}

const DemoService *ServiceCatalogue::findByName(const QString &name) const
{
    for (const DemoService &s : m_services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace gd::server
