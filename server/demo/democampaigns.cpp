#include "demo/democampaigns.h"

#include "campaign/campaigndispatcher.h"
#include "campaign/campaignstore.h"
#include "db/applicationstore.h"
#include "db/auditlog.h"
#include "db/entities.h"
#include "demo/demorandom.h"

#include "domain/workflow.h"

#include <QSqlQuery>

namespace gd::server {
namespace {

// The stream of the campaigns' draws (see DemoGenerator's other streams).
constexpr quint64 kCampaignStream = 0x7a41c0de5e11f00dULL;

struct Plan {
    const char16_t *service;
    const char16_t *tag;
    int daysAgo;
    const char16_t *channel;
    const char16_t *title;
    const char16_t *content;
    double openRate;
    double baseRate; // applications of any member on their own
    double uplift;   // extra applications of those who opened
};

constexpr Plan kSent[] = {
    {u"母子健康手册办理", u"t_pregnant", 45, u"app", u"孕期服务提醒：母子健康手册可在线办理",
     u"您已建立孕产妇档案，可通过市民网上办事大厅在线办理母子健康手册，免跑窗口。", 0.62, 0.05, 0.28},
    {u"失业保险金申领", u"t_unemployed", 30, u"sms", u"失业保险金申领指引",
     u"您已办理失业登记，符合条件的可在线申领失业保险金，材料齐全最快3个工作日到账。", 0.35, 0.06, 0.22},
    {u"高龄津贴申领", u"t_senior_80", 20, u"app", u"高龄津贴申领提醒",
     u"年满80周岁的老人可申领高龄津贴，家属可在线代为申请。", 0.40, 0.04, 0.18},
    {u"机动车驾驶证换证", u"t_car_owner", 12, u"app", u"驾驶证到期换证服务",
     u"驾驶证有效期满前90日内可在线申请换证，体检结果联网核验。", 0.30, 0.02, 0.15},
};

// A campaign made by an officer of the service's department, approved and ready for the dispatcher.
Campaign approvedCampaign(DemoRandom &rng, const QString &serviceId, const QString &department,
                          const QJsonObject &audience, qint64 sendMs)
{
    Campaign c;
    c.id = rng.uuid();
    c.serviceId = serviceId;
    c.audience = audience;
    c.schedule.kind = QStringLiteral("now");
    c.state = QStringLiteral("approved");
    c.createdBy = QStringLiteral("s_officer_") + department;
    c.departmentId = department;
    c.areaCode = QStringLiteral("city");
    c.createdAt = QDateTime::fromMSecsSinceEpoch(sendMs - 2 * DemoClock::kDayMs, Qt::UTC);
    c.submittedAt = QDateTime::fromMSecsSinceEpoch(sendMs - DemoClock::kDayMs, Qt::UTC);
    c.approvedBy = QStringLiteral("s_supervisor_city");
    c.approvedAt = QDateTime::fromMSecsSinceEpoch(sendMs - DemoClock::kHourMs, Qt::UTC);
    c.version = 3;
    c.updatedAt = *c.approvedAt;
    return c;
}

class Responder {
public:
    Responder(Database &db, DemoRandom &rng, const DemoClock &clock)
        : m_db(db)
        , m_rng(rng)
        , m_clock(clock)
        , m_applications(db)
        , m_services(db, *entitySpec(QStringLiteral("service")))
    {
    }

    qint64 applications() const { return m_written; }

    // The members' responses to campaign `c` sent at `sendMs`, in one transaction.
    Result<void> respond(const Campaign &c, const Plan &plan, qint64 sendMs)
    {
        return inWriteTransaction<void>(m_db, kChangeLogLock,
                                        [&](QSqlDatabase &conn) { return respondIn(conn, c, plan, sendMs); });
    }

private:
    Result<void> respondIn(QSqlDatabase &conn, const Campaign &c, const Plan &plan, qint64 sendMs)
    {
        auto service = m_services.get(ApplicationStore::system(), *c.serviceId);
        if (!service)
            return service.error();
        auto item = fromJson<ServiceItem>(*service);
        if (!item)
            return item.error();
        struct Member {
            QString id;
            bool delivered = false;
            QString district;
            QString grid;
        };
        QList<Member> members;
        {
            auto q =
                execSql(conn,
                        QStringLiteral("SELECT m.citizen_id, m.state, c.district_code, c.grid_id FROM "
                                       "campaign_members m JOIN citizens c ON c.id = m.citizen_id WHERE "
                                       "m.campaign_id = ? AND m.state IN ('delivered', 'held_out') ORDER BY "
                                       "m.citizen_id"),
                        {c.id});
            if (!q)
                return q.error();
            while (q->next())
                members.append({q->value(0).toString(), q->value(1).toString() == QLatin1String("delivered"),
                                q->value(2).toString(), q->value(3).toString()});
        }
        for (const Member &m : std::as_const(members)) {
            qint64 openedMs = 0;
            if (m.delivered && m_rng.chance(plan.openRate)) {
                openedMs = sendMs + m_rng.between(5 * 60, 72 * 3600) * 1000LL;
                if (openedMs < m_clock.nowMs()) {
                    const QString at = DemoClock::isoUtc(openedMs);
                    for (const char *table : {"citizen_inbox", "campaign_members"}) {
                        if (auto r =
                                execSql(conn,
                                        QStringLiteral("UPDATE ") + QLatin1String(table) +
                                            QStringLiteral(" SET opened_at = ? WHERE campaign_id = ? AND "
                                                           "citizen_id = ?"),
                                        {at, c.id, m.id});
                            !r)
                            return r.error();
                    }
                } else {
                    openedMs = 0;
                }
            }
            const bool onTheirOwn = m_rng.chance(plan.baseRate);
            const bool moved = openedMs > 0 && m_rng.chance(plan.uplift);
            if (!onTheirOwn && !moved)
                continue;
            const qint64 submitMs = moved ? openedMs + m_rng.between(3600, 10 * 24 * 3600) * 1000LL
                                          : sendMs + m_rng.between(24 * 3600, 25 * 24 * 3600) * 1000LL;
            if (submitMs >= m_clock.nowMs())
                continue;
            if (auto r = apply(*item, m.id, m.district, m.grid, submitMs); !r)
                return r;
        }
        return {};
    }

    // An application on the portal (mobile) at `submitMs`, played through its workflow up to today.
    Result<void> apply(const ServiceItem &service, const QString &citizen, const QString &district,
                       const QString &grid, qint64 submitMs)
    {
        const QDateTime submitted = QDateTime::fromMSecsSinceEpoch(submitMs, Qt::UTC);
        auto number = m_applications.nextNumber(submitted);
        if (!number)
            return number.error();
        Application a;
        a.id = m_rng.uuid();
        a.number = *number;
        a.serviceId = service.id;
        a.applicantType = QStringLiteral("citizen");
        a.applicantId = citizen;
        a.channel = QStringLiteral("mobile");
        a.submittedAt = submitted;
        a.districtCode = district;
        a.gridId = grid;
        a.remark = QStringLiteral("");
        a.priority = QStringLiteral("normal");
        a.version = 1;
        a.updatedAt = submitted;
        startWorkflow(a, service,
                      WorkflowActor{QString(), QStringLiteral("申请人"), roleName(Role::Portal), {}},
                      submitted);
        if (auto r = m_applications.insert(a); !r)
            return r;
        ++m_written;
        // Each active step approved by an officer of its department after one to two working days' worth.
        const Application before = a;
        qint64 atMs = submitMs;
        for (int guard = 0; guard < 20 && a.status != QLatin1String("completed"); ++guard) {
            const QList<const ApplicationStep *> active = activeSteps(a);
            if (active.isEmpty())
                break;
            atMs += m_rng.between(4 * 3600, 48 * 3600) * 1000LL;
            if (atMs >= m_clock.nowMs())
                break;
            const ApplicationStep &step = *active.first();
            ApplicationAction action;
            action.action = QStringLiteral("approve");
            action.stepSeq = step.seq;
            action.baseVersion = a.version;
            auto officer = officerOf(step.departmentId);
            if (!officer)
                return officer.error();
            if (auto r = applyAction(a, action, *officer, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC)); !r)
                return r;
        }
        if (a.version == before.version)
            return {};
        return m_applications.update(before, a);
    }

    Result<WorkflowActor> officerOf(const QString &department)
    {
        const QString id = QStringLiteral("s_officer_") + department;
        auto q = m_db.query(QStringLiteral("SELECT display_name FROM staff WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return WorkflowActor{id, (*q)->next() ? (*q)->value(0).toString() : id, roleName(Role::Officer),
                             department};
    }

    Database &m_db;
    DemoRandom &m_rng;
    const DemoClock &m_clock;
    ApplicationStore m_applications;
    EntityRepository m_services;
    qint64 m_written = 0;
};

struct ServiceRow {
    QString id;
    QString department;
};

Result<std::optional<ServiceRow>> serviceNamed(Database &db, const QString &name)
{
    auto q = db.query(QStringLiteral("SELECT id, department_id FROM services WHERE name = ?"), {name});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<ServiceRow>();
    return std::optional<ServiceRow>(ServiceRow{(*q)->value(0).toString(), (*q)->value(1).toString()});
}

Result<void> insertCampaign(Database &db, const Campaign &c)
{
    return inWriteTransaction<void>(db, kChangeLogLock,
                                    [&](QSqlDatabase &) { return CampaignStore(db).insert(c); });
}

} // namespace

Result<DemoCampaigns::Written> DemoCampaigns::write(Database &db, const DemoClock &clock, quint64 seed)
{
    DemoRandom rng(seed ^ kCampaignStream);
    AuditLog audit(db);
    CampaignDispatcher dispatcher(db, audit, SqlAudience::resolver(db));
    Responder responder(db, rng, clock);
    Written written;
    for (const Plan &plan : kSent) {
        auto service = serviceNamed(db, QString::fromUtf16(plan.service));
        if (!service)
            return service.error();
        if (!*service)
            continue;
        const qint64 sendMs = DemoClock::localMs(clock.today().addDays(-plan.daysAgo), 10 * 3600);
        Campaign c =
            approvedCampaign(rng, (*service)->id, (*service)->department,
                             QJsonObject{{QStringLiteral("tag"), QString::fromUtf16(plan.tag)}}, sendMs);
        c.title = QString::fromUtf16(plan.title);
        c.content = QString::fromUtf16(plan.content);
        c.channel = QString::fromUtf16(plan.channel);
        if (auto r = insertCampaign(db, c); !r)
            return r.error();
        const QDateTime sendAt = QDateTime::fromMSecsSinceEpoch(sendMs, Qt::UTC);
        if (auto r = dispatcher.startSending(c.id, sendAt); !r)
            return r.error();
        // The batches a second apart, as a dispatcher would send them.
        for (int batch = 1;; ++batch) {
            auto processed = dispatcher.deliverBatch(c.id, sendAt.addSecs(batch));
            if (!processed)
                return processed.error();
            if (*processed == 0)
                break;
        }
        if (auto r = responder.respond(c, plan, sendMs); !r)
            return r.error();
        ++written.campaigns;
    }

    // A trigger campaign, sending since this morning, and a draft.
    auto vaccination = serviceNamed(db, QStringLiteral("预防接种证办理"));
    if (!vaccination)
        return vaccination.error();
    if (*vaccination) {
        const QJsonObject newborns{{QStringLiteral("tag"), QStringLiteral("t_newborn_family")}};
        Campaign trigger =
            approvedCampaign(rng, (*vaccination)->id, (*vaccination)->department, newborns, clock.nowMs());
        trigger.title = QStringLiteral("宝宝满月：预防接种证办理提醒");
        trigger.content =
            QStringLiteral("宝宝出生满30天，请携带出生医学证明到社区卫生服务中心办理预防接种证。");
        trigger.channel = QStringLiteral("app");
        trigger.schedule.kind = QStringLiteral("trigger");
        trigger.schedule.triggerTag = QStringLiteral("t_newborn_family");
        trigger.schedule.offsetDays = 30;
        auto audience = SqlAudience(db).members(trigger.areaCode, newborns);
        if (!audience)
            return audience.error();
        trigger.audienceSize = audience->size();
        if (auto r = insertCampaign(db, trigger); !r)
            return r.error();
        if (auto r =
                dispatcher.startSending(trigger.id, QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC));
            !r)
            return r.error();
        Campaign draft =
            approvedCampaign(rng, (*vaccination)->id, (*vaccination)->department, newborns, clock.nowMs());
        draft.title = QStringLiteral("新生儿家庭服务包");
        draft.content = QStringLiteral("出生医学证明、户口登记、预防接种证、医保参保，一次告知，网上可办。");
        draft.channel = QStringLiteral("sms");
        draft.state = QStringLiteral("draft");
        draft.submittedAt.reset();
        draft.approvedBy.reset();
        draft.approvedAt.reset();
        draft.version = 1;
        draft.updatedAt = draft.createdAt;
        if (auto r = insertCampaign(db, draft); !r)
            return r.error();
        written.campaigns += 2;
    }
    written.applications = responder.applications();
    return written;
}

} // namespace gd::server
