#include "demo/tagcatalogue.h"

#include <array>

namespace gd::server {
namespace {

struct TagData {
    QStringView id;
    QStringView name;
    QStringView tagClass;
    QStringView appliesTo;
    QStringView description;
};

// Citizen tags first, in CitizenTag order; then enterprise tags in EnterpriseTag order; then service tags.
constexpr TagData kCitizenTags[] = {
    {u"t_pregnant", u"孕产妇", u"basic", u"citizen", u"已建档的孕产妇（母子健康手册、产检建档）"},
    {u"t_senior_80", u"高龄老人", u"basic", u"citizen", u"年满80周岁的老年人"},
    {u"t_new_resident", u"新市民", u"basic", u"citizen", u"户籍在外地、近年来厦居住就业的居民"},
    {u"t_disabled", u"残疾人", u"basic", u"citizen", u"持有第二代残疾人证"},
    {u"t_veteran", u"退役军人", u"basic", u"citizen", u"已完成信息采集的退役军人"},
    {u"t_car_owner", u"有车族", u"social", u"citizen", u"名下登记有机动车"},
    {u"t_elderly_home", u"家有老人", u"social", u"citizen", u"同户有65周岁以上老人"},
    {u"t_newborn_family", u"新生儿家庭", u"social", u"citizen", u"同户有未满1周岁的婴儿"},
    {u"t_school_child_family", u"学龄儿童家庭", u"social", u"citizen", u"同户有6至15周岁的子女"},
    {u"t_living_alone_elderly", u"独居老人", u"social", u"citizen", u"70周岁以上且单独居住，网格员定期走访"},
    {u"t_low_income", u"低保户", u"social", u"citizen", u"最低生活保障家庭成员"},
    {u"t_unemployed", u"失业人员", u"social", u"citizen", u"已办理失业登记的劳动年龄人口"},
    {u"t_flexible_employment", u"灵活就业", u"social", u"citizen", u"以个人身份参保的灵活就业人员"},
    {u"t_housing_fund", u"公积金缴存人", u"social", u"citizen", u"正常缴存住房公积金"},
    {u"t_medical_insured", u"医保参保人", u"social", u"citizen", u"参加职工医保或城乡居民医保"},
    {u"t_mobile_user", u"常用移动端", u"behaviour", u"citizen", u"近90天主要通过移动端办事"},
    {u"t_night_active", u"夜间活跃", u"behaviour", u"citizen", u"常在22点以后登录办事"},
    {u"t_frequent_applicant", u"高频办事", u"behaviour", u"citizen", u"近一年办件3件以上"},
    {u"t_counter_preferred", u"偏好窗口办理", u"behaviour", u"citizen", u"多数办件在线下窗口提交"},
    {u"t_interest_education", u"关注教育", u"preference", u"citizen", u"常浏览入学、学籍、资助类事项"},
    {u"t_interest_health", u"关注医疗", u"preference", u"citizen", u"常浏览医保、就医类事项"},
    {u"t_interest_housing", u"关注住房", u"preference", u"citizen", u"常浏览保障房、公积金、租赁类事项"},
    {u"t_interest_jobs", u"关注就业", u"preference", u"citizen", u"常浏览招聘、培训、创业类事项"},
    {u"t_interest_traffic", u"关注交通出行", u"preference", u"citizen", u"常浏览车驾管、公交类事项"},
    {u"t_interest_eldercare", u"关注养老", u"preference", u"citizen", u"常浏览养老服务、高龄津贴类事项"},
    {u"t_left_behind_child", u"留守儿童", u"social", u"citizen",
     u"父母双方外出务工、由他人照料的未满16周岁儿童"},
    {u"t_community_correction", u"社区矫正对象", u"social", u"citizen", u"依法实行社区矫正的人员"},
};
static_assert(std::size(kCitizenTags) == size_t(CitizenTag::Count));

constexpr TagData kEnterpriseTags[] = {
    {u"t_ent_new", u"新设立企业", u"basic", u"enterprise", u"成立不满一年"},
    {u"t_ent_growing", u"成长期", u"basic", u"enterprise", u"成立一至五年，经营规模扩大中"},
    {u"t_ent_mature", u"成熟期", u"basic", u"enterprise", u"成立五年以上，经营稳定"},
    {u"t_ent_closing", u"注销中", u"basic", u"enterprise", u"已提交注销或清税申请"},
    {u"t_ent_high_tech", u"高新技术企业", u"social", u"enterprise", u"持有有效的高新技术企业证书"},
    {u"t_ent_small_micro", u"小微企业", u"social", u"enterprise", u"符合小型微利企业标准"},
    {u"t_ent_foreign_trade", u"外贸企业", u"social", u"enterprise", u"有进出口经营记录"},
    {u"t_ent_specialized", u"专精特新", u"social", u"enterprise", u"省级以上专精特新中小企业"},
};
static_assert(std::size(kEnterpriseTags) == size_t(EnterpriseTag::Count));

constexpr TagData kServiceTags[] = {
    {u"t_svc_birth", u"生育服务", u"basic", u"service", u"生育登记、出生、生育保险相关事项"},
    {u"t_svc_household", u"户籍证件", u"basic", u"service", u"户口、身份证、居住证、出入境证件"},
    {u"t_svc_education", u"教育入学", u"basic", u"service", u"入学、转学、学籍、资助"},
    {u"t_svc_employment", u"就业创业", u"basic", u"service", u"失业登记、培训、创业扶持"},
    {u"t_svc_social_security", u"社保医保", u"basic", u"service", u"社会保险与医疗保障"},
    {u"t_svc_marriage", u"婚姻家庭", u"basic", u"service", u"婚姻登记与收养"},
    {u"t_svc_eldercare", u"养老服务", u"basic", u"service", u"高龄津贴、优待证、居家养老"},
    {u"t_svc_assistance", u"社会救助", u"basic", u"service", u"低保、特困、临时救助、殡葬"},
    {u"t_svc_housing", u"住房保障", u"basic", u"service", u"保障房、租赁备案、不动产、公积金"},
    {u"t_svc_traffic", u"交通出行", u"basic", u"service", u"车驾管、公交、道路运输"},
    {u"t_svc_legal", u"法律服务", u"basic", u"service", u"法律援助、公证、调解、仲裁"},
    {u"t_svc_tax", u"税费办理", u"basic", u"service", u"个税、发票、申报、缴费"},
    {u"t_svc_enterprise", u"企业开办", u"basic", u"service", u"设立、变更、注销登记"},
    {u"t_svc_license", u"经营许可", u"basic", u"service", u"行业准入与经营许可"},
    {u"t_svc_environment", u"生态环境", u"basic", u"service", u"环评、排污、环境投诉"},
    {u"t_svc_city", u"城市管理", u"basic", u"service", u"市政、市容、园林、报装"},
    {u"t_svc_health", u"医疗卫生", u"basic", u"service", u"家庭医生、执业注册、卫生许可"},
    {u"t_svc_disability", u"残疾人服务", u"basic", u"service", u"残疾人证、补贴、康复"},
    {u"t_svc_veteran", u"退役军人服务", u"basic", u"service", u"优待证、安置、抚恤"},
    {u"t_svc_innovation", u"科技创新", u"basic", u"service", u"高企认定、研发补助、技术合同"},
    {u"t_svc_culture", u"文化旅游", u"basic", u"service", u"演出、旅行社、娱乐场所"},
    {u"t_svc_one_thing", u"一件事联办", u"social", u"service", u"多部门联办，一次申请、一次办结"},
    {u"t_svc_high_frequency", u"高频事项", u"behaviour", u"service", u"近一年办件量居前的事项"},
    {u"t_svc_fully_online", u"全程网办", u"preference", u"service", u"无需到现场，可全程网上办理"},
};

std::vector<DemoTag> build()
{
    std::vector<DemoTag> out;
    auto add = [&out](const TagData &t) {
        out.push_back({t.id.toString(), t.name.toString(), t.tagClass.toString(), t.appliesTo.toString(),
                       t.description.toString()});
    };
    for (const TagData &t : kCitizenTags)
        add(t);
    for (const TagData &t : kEnterpriseTags)
        add(t);
    for (const TagData &t : kServiceTags)
        add(t);
    return out;
}

} // namespace

const std::vector<DemoTag> &TagCatalogue::all()
{
    static const std::vector<DemoTag> tags = build();
    return tags;
}

const QString &TagCatalogue::citizenTagId(CitizenTag tag)
{
    return all().at(size_t(tag)).id;
}

const QString &TagCatalogue::enterpriseTagId(EnterpriseTag tag)
{
    return all().at(size_t(CitizenTag::Count) + size_t(tag)).id;
}

const QString &TagCatalogue::sourceName(TagSource source)
{
    static const std::array<QString, 4> names{QStringLiteral("registry"), QStringLiteral("application"),
                                              QStringLiteral("grid_visit"), QStringLiteral("model")};
    return names.at(size_t(source));
}

bool TagCatalogue::contains(const QString &id)
{
    for (const DemoTag &t : all()) {
        if (t.id == id)
            return true;
    }
    return false;
}

} // namespace gd::server
