#include "demo/staffroster.h"

#include "demo/demoaccounts.h"
#include "demo/departmentcatalogue.h"

#include <QSet>

namespace gd::server {
namespace {

struct NamedAccount {
    QStringView username;
    QStringView role;
    QStringView department;
    QStringView area;
    QStringView description;
};

constexpr NamedAccount kNamed[] = {
    {u"admin", u"admin", {}, {}, u"系统管理员 — administrator: staff, roles, departments, grids, catalogues"},
    {u"totp_admin",
     u"admin",
     {},
     {},
     u"系统管理员（TOTP 密钥 JBSWY3DPEHPK3PXP） — administrator with a second factor"},
    {u"officer_wjw",
     u"officer",
     u"wjw",
     {},
     u"卫健委办事员 — officer of the health commission (出生医学证明 …)"},
    {u"officer_wjw2",
     u"officer",
     u"wjw",
     {},
     u"卫健委办事员（二） — a second officer of the health commission (认领同一办件的并发)"},
    {u"officer_gaj", u"officer", u"gaj", {}, u"公安办事员 — police officer (户籍、居住证、出入境)"},
    {u"officer_jyj", u"officer", u"jyj", {}, u"教育局办事员 — education bureau officer (入学、积分入学)"},
    {u"officer_rsj",
     u"officer",
     u"rsj",
     {},
     u"人社局办事员 — human resources and social security officer (失业一条龙)"},
    {u"officer_mzj",
     u"officer",
     u"mzj",
     {},
     u"民政局办事员 — civil affairs officer (婚姻登记、低保、高龄津贴)"},
    {u"grid_huli",
     u"grid_manager",
     {},
     {},
     u"湖里区网格员（湖里街道湖里社区第一、第二网格） — grid manager of the first two grids of Huli"},
    {u"grid_siming",
     u"grid_manager",
     {},
     {},
     u"思明区网格员（中华街道中华社区第一网格） — grid manager of the first grid of Siming"},
    {u"supervisor_city",
     u"supervisor",
     {},
     u"city",
     u"市级主管 — city-wide supervisor: dashboards, push approval, SLA"},
    {u"supervisor_huli", u"supervisor", {}, u"350206", u"湖里区主管 — supervisor of Huli district (350206)"},
    {u"portal",
     u"portal",
     {},
     {},
     u"市民网上办事大厅（门户服务账号） — the citizen portal: passes on ratings and supplements only"},
};

struct DistrictSupervisor {
    QStringView username;
    QStringView area;
};

constexpr DistrictSupervisor kDistrictSupervisors[] = {
    {u"supervisor_siming", u"350203"}, {u"supervisor_haicang", u"350205"}, {u"supervisor_jimei", u"350211"},
    {u"supervisor_tongan", u"350212"}, {u"supervisor_xiangan", u"350213"},
};

constexpr int kOfficersPerDepartment = 3;

} // namespace

QList<DemoAccount> demoAccounts()
{
    QList<DemoAccount> out;
    for (const NamedAccount &a : kNamed)
        out.append(
            {a.username.toString(), kDemoPassword.toString(), a.role.toString(), a.description.toString()});
    return out;
}

StaffRoster::StaffRoster(const RegionCatalogue &regions, NameGenerator &names, DemoRandom &rng,
                         const DemoClock &clock)
{
    const int thisYear = clock.today().year();
    auto person = [&](bool male) {
        return names.fullName(male, thisYear - rng.between(25, 55));
    };
    auto created = [&] {
        return clock.nowMs() - qint64(rng.between(30, 900)) * DemoClock::kDayMs;
    };

    QSet<QString> namedGrids;
    for (const NamedAccount &a : kNamed) {
        DemoStaff s;
        s.username = a.username.toString();
        s.id = QStringLiteral("s_") + s.username;
        s.role = a.role.toString();
        s.departmentId = a.department.toString();
        s.areaCode = a.area.toString();
        s.createdMs = created();
        if (s.role == QLatin1String("admin"))
            s.displayName = s.username == QLatin1String("admin") ? QStringLiteral("系统管理员")
                                                                 : QStringLiteral("安全管理员");
        else if (s.role == QLatin1String("portal"))
            s.displayName = QStringLiteral("市民网上办事大厅");
        else
            s.displayName = person(rng.chance(0.5));
        if (s.username == QLatin1String("totp_admin"))
            s.totpSecret = kDemoTotpSecret.toString();
        if (s.username == QLatin1String("grid_huli"))
            s.gridIds = regions.firstGrids(QStringLiteral("350206"), 2);
        else if (s.username == QLatin1String("grid_siming"))
            s.gridIds = regions.firstGrids(QStringLiteral("350203"), 1);
        for (const QString &g : std::as_const(s.gridIds))
            namedGrids.insert(g);
        if (s.role == QLatin1String("officer"))
            m_officers[s.departmentId].append(s.id);
        m_staff.push_back(std::move(s));
    }

    for (const DemoDepartment &d : DepartmentCatalogue::all()) {
        QStringList &officers = m_officers[d.id];
        for (int n = int(officers.size()) + 1; n <= kOfficersPerDepartment; ++n) {
            DemoStaff s;
            s.username =
                QStringLiteral("officer_") + d.id + (n == 1 ? QString() : QStringLiteral("_%1").arg(n));
            s.id = QStringLiteral("s_") + s.username;
            s.role = QStringLiteral("officer");
            s.departmentId = d.id;
            s.displayName = person(rng.chance(0.5));
            s.createdMs = created();
            officers.append(s.id);
            m_staff.push_back(std::move(s));
        }
    }

    for (const DistrictSupervisor &d : kDistrictSupervisors) {
        DemoStaff s;
        s.username = d.username.toString();
        s.id = QStringLiteral("s_") + s.username;
        s.role = QStringLiteral("supervisor");
        s.areaCode = d.area.toString();
        s.displayName = person(rng.chance(0.6));
        s.createdMs = created();
        m_staff.push_back(std::move(s));
    }

    for (const DemoGrid &g : regions.grids()) {
        if (namedGrids.contains(g.id))
            continue;
        DemoStaff s;
        s.username = QStringLiteral("grid_") + g.id;
        s.id = QStringLiteral("s_") + s.username;
        s.role = QStringLiteral("grid_manager");
        // Most grid managers in Xiamen's communities are women.
        s.displayName = person(rng.chance(0.35));
        s.gridIds = {g.id};
        s.createdMs = created();
        m_staff.push_back(std::move(s));
    }

    for (size_t i = 0; i < m_staff.size(); ++i) {
        const DemoStaff &s = m_staff[i];
        m_index.insert(s.id, qsizetype(i));
        for (const QString &g : s.gridIds)
            m_gridManagers.insert(g, s.id);
    }
}

const DemoStaff *StaffRoster::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_staff[size_t(*it)];
}

QString StaffRoster::gridManagerOf(const QString &gridId) const
{
    return m_gridManagers.value(gridId);
}

const QStringList &StaffRoster::officersOf(const QString &departmentId) const
{
    static const QStringList none;
    const auto it = m_officers.constFind(departmentId);
    return it == m_officers.cend() ? none : it.value();
}

} // namespace gd::server
