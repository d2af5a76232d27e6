#include "demo/departmentcatalogue.h"

namespace gd::server {

const std::vector<DemoDepartment> &DepartmentCatalogue::all()
{
    static const std::vector<DemoDepartment> list{
        {QStringLiteral("wjw"), QStringLiteral("市卫生健康委员会"), QStringLiteral("卫健委")},
        {QStringLiteral("gaj"), QStringLiteral("市公安局"), QStringLiteral("公安")},
        {QStringLiteral("jyj"), QStringLiteral("市教育局"), QStringLiteral("教育")},
        {QStringLiteral("rsj"), QStringLiteral("市人力资源和社会保障局"), QStringLiteral("人社")},
        {QStringLiteral("mzj"), QStringLiteral("市民政局"), QStringLiteral("民政")},
        {QStringLiteral("scjg"), QStringLiteral("市市场监督管理局"), QStringLiteral("市场监管")},
        {QStringLiteral("swj"), QStringLiteral("国家税务总局厦门市税务局"), QStringLiteral("税务")},
        {QStringLiteral("sfj"), QStringLiteral("市司法局"), QStringLiteral("司法")},
        {QStringLiteral("ybj"), QStringLiteral("市医疗保障局"), QStringLiteral("医保")},
        {QStringLiteral("zjj"), QStringLiteral("市住房和建设局"), QStringLiteral("住建")},
        {QStringLiteral("jtj"), QStringLiteral("市交通运输局"), QStringLiteral("交通")},
        {QStringLiteral("gjj"), QStringLiteral("厦门市住房公积金中心"), QStringLiteral("公积金")},
        {QStringLiteral("hbj"), QStringLiteral("市生态环境局"), QStringLiteral("生态环境")},
        {QStringLiteral("cgj"), QStringLiteral("市市政园林局（城市管理行政执法局）"), QStringLiteral("城管")},
        {QStringLiteral("zrzyj"), QStringLiteral("市自然资源和规划局"), QStringLiteral("资源规划")},
        {QStringLiteral("tyjrj"), QStringLiteral("市退役军人事务局"), QStringLiteral("退役军人")},
        {QStringLiteral("cjl"), QStringLiteral("市残疾人联合会"), QStringLiteral("残联")},
        {QStringLiteral("whlyj"), QStringLiteral("市文化和旅游局"), QStringLiteral("文旅")},
        {QStringLiteral("kjj"), QStringLiteral("市科学技术局"), QStringLiteral("科技")},
        {QStringLiteral("fgw"), QStringLiteral("市发展和改革委员会"), QStringLiteral("发改")},
        {QStringLiteral("zwfw"), QStringLiteral("市行政审批管理局（市民服务中心）"),
         QStringLiteral("政务服务")},
    };
    return list;
}

const DemoDepartment *DepartmentCatalogue::find(const QString &id)
{
    for (const DemoDepartment &d : all()) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

} // namespace gd::server
