#include "demo/notegenerator.h"

namespace gd::server {
namespace {

constexpr double kCitizenShare = 0.025;  // 80% of one note per 40 citizens (16 and over: ~80%)
constexpr double kEnterpriseShare = 0.1; // 20% of them, with one enterprise per 20 citizens

constexpr QStringView kGeneralCitizenNotes[] = {
    u"来电咨询社保关系转移，已电话答复并告知所需材料。",
    u"对上次办件评价较低，已回访了解情况并致歉。",
    u"申请人希望办理进度通过短信通知，已登记。",
    u"已核实联系电话有效，告知可通过i厦门查询办件进度。",
    u"窗口办理时材料不全，已一次性告知需补充的材料清单。",
    u"咨询公积金提取政策，已发送办事指南链接。",
};

constexpr QStringView kGeneralEnterpriseNotes[] = {
    u"企业咨询研发费用加计扣除政策，已安排专人对接。",
    u"企业反映稳岗补贴到账较慢，已转人社部门核实。",
    u"走访企业了解经营情况，用工稳定，暂无诉求。",
    u"企业咨询增值税留抵退税办理流程，已告知线上申报方式。",
    u"企业反映园区道路破损影响货车通行，已转城管部门处理。",
};

} // namespace

NoteGenerator::NoteGenerator(DemoRandom &rng, const DemoClock &clock, const StaffRoster &staff)
    : m_rng(rng)
    , m_clock(clock)
    , m_staff(staff)
{
}

void NoteGenerator::add(const QString &subjectType, const QString &subjectId, const QString &authorId,
                        const QString &text, DemoBatch &batch)
{
    const DemoStaff *author = m_staff.find(authorId);
    if (!author)
        return;
    DemoNote n;
    n.id = m_rng.uuid();
    n.subjectType = subjectType;
    n.subjectId = subjectId;
    n.authorId = authorId;
    n.authorName = author->displayName;
    n.text = text;
    const QDate day = m_clock.today().addDays(-m_rng.between(1, kHistoryDays));
    n.createdMs = DemoClock::localMs(day, m_rng.between(8 * 3600 + 1800, 18 * 3600));
    batch.notes.push_back(std::move(n));
}

void NoteGenerator::forCitizen(const DemoCitizen &c, const DemoApplication *applications, int count,
                               DemoBatch &batch)
{
    if (c.age < 16 || !m_rng.chance(kCitizenShare))
        return;
    // An officer who handled one of the citizen's applications, or the grid manager.
    QString author = m_staff.gridManagerOf(batch.grid->id);
    if (count > 0 && (author.isEmpty() || m_rng.chance(0.35))) {
        const DemoApplication &a = applications[m_rng.below(count)];
        if (!a.steps.isEmpty())
            author = m_rng.pick(m_staff.officersOf(a.steps.front().departmentId));
    }
    if (author.isEmpty())
        return;

    QString text;
    if (c.has(CitizenTag::LivingAloneElderly))
        text = QStringLiteral("入户走访独居老人，身体状况稳定，已提醒注意用电用气安全，下月再访。");
    else if (c.has(CitizenTag::Disabled))
        text = QStringLiteral("协助申请残疾人两项补贴，材料已收齐，待区残联审核。");
    else if (c.has(CitizenTag::Unemployed))
        text = QStringLiteral("已推荐参加本月职业技能培训，并推送两个就业岗位，待本人反馈。");
    else if (c.has(CitizenTag::Pregnant))
        text = QStringLiteral("提醒按时产检，已告知生育登记和新生儿出生一件事的办理方式。");
    else if (c.has(CitizenTag::LowIncome))
        text = QStringLiteral("低保年审需补充家庭收入证明，已电话告知。");
    else if (c.has(CitizenTag::NewResident) && m_rng.chance(0.5))
        text = QStringLiteral("新市民，已告知居住证办理流程及积分入学政策。");
    else
        text = m_rng.pick(kGeneralCitizenNotes).toString();
    add(QStringLiteral("citizen"), c.id, author, text, batch);
}

void NoteGenerator::forEnterprise(const DemoEnterprise &e, DemoBatch &batch)
{
    if (!m_rng.chance(kEnterpriseShare))
        return;
    static const QString departments[] = {QStringLiteral("scjg"), QStringLiteral("swj"),
                                          QStringLiteral("rsj")};
    QString author = m_staff.gridManagerOf(batch.grid->id);
    if (author.isEmpty() || m_rng.chance(0.6)) {
        const QStringList &officers = m_staff.officersOf(m_rng.pick(departments));
        if (!officers.isEmpty())
            author = m_rng.pick(officers);
    }
    if (author.isEmpty())
        return;

    const QDate today = m_clock.today();
    QString expiring;
    for (const DemoLicence &l : e.licences) {
        if (l.validUntil >= today && l.validUntil <= today.addDays(30))
            expiring = l.name;
    }
    bool overdue = false;
    for (const DemoInsuranceMonth &m : e.insurance)
        overdue |= m.status == QLatin1String("overdue");

    QString text;
    if (!expiring.isEmpty())
        text = expiring + QStringLiteral("即将到期，已提醒企业及时办理延续。");
    else if (overdue)
        text = QStringLiteral("企业社保存在欠缴，已电话提醒尽快补缴，避免影响员工待遇。");
    else if (e.stage == QLatin1String("new"))
        text = QStringLiteral("新设立企业，已推送企业开办一件事服务包及小微企业扶持政策。");
    else if (e.stage == QLatin1String("closing"))
        text = QStringLiteral("企业申请注销，已告知清税和社保减员的办理顺序。");
    else
        text = m_rng.pick(kGeneralEnterpriseNotes).toString();
    add(QStringLiteral("enterprise"), e.id, author, text, batch);
}

} // namespace gd::server
