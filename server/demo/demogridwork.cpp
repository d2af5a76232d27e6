#include "demo/demogridwork.h"

#include "demo/demorandom.h"

#include "domain/grid.h"

#include <QHash>

#include <map>

namespace gd::server {
namespace {

constexpr quint64 kGridWorkStream = 0x67726964776f726bULL; // "gridwork"
constexpr int kBatchesPerDistrict = 3;
constexpr int kVisitedHouseholds = 4;

// A 1×1 PNG: the demo's one incident photo.
constexpr char kTinyPngBase64[] =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

struct TaskText {
    const char16_t *title;
    const char16_t *description;
    const char16_t *result;
};

constexpr TaskText kTasks[] = {
    {u"独居老人冬季走访", u"对辖区独居老人逐户走访，核实取暖、用电安全和紧急联系人。",
     u"已走访全部独居老人，更新紧急联系人。"},
    {u"消防通道隐患排查", u"排查楼道、消防通道堆放杂物情况，拍照上报并督促清理。",
     u"排查完毕，督促清理杂物3处。"},
    {u"防汛物资检查", u"检查社区防汛沙袋、水泵等物资，登记缺口。", u"物资齐全，补充沙袋20袋。"},
    {u"医保参保动员", u"对未参加城乡居民医保的居民进行政策宣传和参保动员。", u"宣传到户，新增参保8人。"},
    {u"出租屋信息核查", u"核查辖区出租屋及承租人登记信息，补录缺失项。", u"核查完毕，补录信息12条。"},
    {u"电动车充电安全宣传", u"入户宣传电动车规范充电，劝导楼道充电行为。", u"入户宣传完成，劝导5户。"},
};

struct IncidentText {
    const char16_t *category;
    const char16_t *location;
    const char16_t *description;
};

constexpr IncidentText kIncidents[] = {
    {u"facility_damage", u"小区3号楼北侧路灯", u"路灯损坏，夜间照明不足，居民出行不便。"},
    {u"fire_hazard", u"5号楼一层楼道", u"楼道堆放大量纸箱杂物，堵塞消防通道。"},
    {u"environment", u"社区东门垃圾收集点", u"垃圾清运不及时，有异味，影响周边居民。"},
    {u"neighbour_dispute", u"8号楼502室与602室", u"楼上漏水引发邻里纠纷，双方协商未果。"},
    {u"elderly_care", u"12号楼一单元", u"独居老人近两日未出门，电话无人接听，需上门查看。"},
    {u"public_safety", u"社区西侧人行道", u"人行道井盖松动，存在绊倒风险。"},
    {u"other", u"社区广场", u"广场舞音响音量过大，夜间扰民。"},
};

constexpr const char16_t *kVisitSummaries[] = {
    u"入户走访，了解家庭近况，身体状况良好。",
    u"走访核实家庭成员信息，宣传医保参保政策。",
    u"了解老人日常照料情况，提醒注意用电安全。",
    u"走访了解就业情况，介绍社区就业服务。",
};

constexpr const char16_t *kFollowUps[] = {
    u"协助申请高龄津贴，下周回访。",
    u"联系社区医生上门随访。",
    u"跟进就业培训报名情况。",
    u"督促物业维修楼道照明。",
};

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

struct Grid {
    QString id;
    QString district;
    QString manager;
};

struct Household {
    QString id;
    QString head;
};

// Every grid with its district and (first) grid manager, in id order.
Result<QList<Grid>> grids(QSqlDatabase &db)
{
    auto q =
        execSql(db, QStringLiteral("SELECT r.id, r.district_code, MIN(sg.staff_id) FROM regions r LEFT JOIN "
                                   "staff_grids sg ON sg.grid_id = r.id WHERE r.level = 'grid' GROUP BY "
                                   "r.id, r.district_code ORDER BY r.id"));
    if (!q)
        return q.error();
    QList<Grid> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

// The first households of each grid (by id), with their heads.
Result<QHash<QString, QList<Household>>> households(QSqlDatabase &db, int perGrid)
{
    auto q = execSql(
        db, QStringLiteral("SELECT grid_id, id, head_citizen_id FROM households ORDER BY grid_id, id"));
    if (!q)
        return q.error();
    QHash<QString, QList<Household>> out;
    while (q->next()) {
        QList<Household> &list = out[q->value(0).toString()];
        if (list.size() < perGrid)
            list.append({q->value(1).toString(), q->value(2).toString()});
    }
    return out;
}

Result<QHash<QString, QString>> districtSupervisors(QSqlDatabase &db)
{
    auto q =
        execSql(db, QStringLiteral("SELECT area_code, MIN(id) FROM staff WHERE role = 'supervisor' GROUP BY "
                                   "area_code"));
    if (!q)
        return q.error();
    QHash<QString, QString> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

class Writer {
public:
    Writer(QSqlDatabase &db, DemoRandom &rng, const DemoClock &clock)
        : m_db(db)
        , m_rng(rng)
        , m_clock(clock)
    {
    }

    // A moment `days` days before now at a working hour.
    QString daysAgo(int days) const
    {
        return DemoClock::isoUtc(
            DemoClock::localMs(m_clock.today().addDays(-days), 9 * 3600 + days * 997 % 28800));
    }

    Result<void> task(const QString &batchId, const Grid &g, const QString &supervisor, int textIndex,
                      int assignedDaysAgo)
    {
        const TaskText &t = kTasks[textIndex];
        const QString assignedAt = daysAgo(assignedDaysAgo);
        const QDate due = m_clock.today().addDays(14 - assignedDaysAgo);
        // Older tasks are further along.
        const double roll = m_rng.unit();
        QString state = QStringLiteral("open");
        if (assignedDaysAgo > 10)
            state = roll < 0.75 ? QStringLiteral("done") : QStringLiteral("acknowledged");
        else if (assignedDaysAgo > 3)
            state =
                roll < 0.6 ? QStringLiteral("acknowledged") : (roll < 0.8 ? QStringLiteral("done") : state);
        const bool acknowledged = state != QLatin1String("open");
        const bool done = state == QLatin1String("done");
        const int ackDays = std::max(0, assignedDaysAgo - 1);
        const int doneDays = std::max(0, assignedDaysAgo / 2);
        const qint64 version = 1 + (acknowledged ? 1 : 0) + (done ? 1 : 0);
        const QVariant none(QMetaType::fromType<QString>());
        return exec(
            QStringLiteral("INSERT INTO grid_tasks (id, batch_id, grid_id, district_code, title, "
                           "description, due_on, assigned_by, assigned_at, state, acknowledged_by, "
                           "acknowledged_at, done_by, done_at, result, version, updated_at) VALUES (?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {taskIdFor(batchId, g.id), batchId, g.id, g.district, text(t.title), text(t.description),
             due.toString(Qt::ISODate), supervisor, assignedAt, state,
             acknowledged ? QVariant(g.manager) : none, acknowledged ? QVariant(daysAgo(ackDays)) : none,
             done ? QVariant(g.manager) : none, done ? QVariant(daysAgo(doneDays)) : none,
             done ? QVariant(text(t.result)) : none, version,
             done ? daysAgo(doneDays) : (acknowledged ? daysAgo(ackDays) : assignedAt)});
    }

    Result<void> incident(const Grid &g, const QString &supervisor, const QList<Household> &homes,
                          bool withPhoto)
    {
        const IncidentText &t = m_rng.pick(kIncidents);
        const QStringList urgencies = incidentUrgencies();
        const QString urgency = m_rng.pick(urgencies);
        const int reportedDays = m_rng.between(1, 40);
        const QString reportedAt = daysAgo(reportedDays);
        const double roll = m_rng.unit();
        // Recent reports are mostly still open; older ones mostly resolved.
        QString status = QStringLiteral("reported");
        if (reportedDays > 7)
            status = roll < 0.7 ? QStringLiteral("resolved") : QStringLiteral("accepted");
        else if (reportedDays > 1)
            status = roll < 0.5 ? QStringLiteral("accepted") : status;
        const bool handled = status != QLatin1String("reported");
        const bool resolved = status == QLatin1String("resolved");
        const QVariant none(QMetaType::fromType<QString>());
        const QString household = !homes.isEmpty() && m_rng.chance(0.4) ? m_rng.pick(homes).id : QString();
        const QString id = m_rng.uuid();
        const QString updatedAt =
            resolved ? daysAgo(reportedDays / 2) : (handled ? daysAgo(reportedDays - 1) : reportedAt);
        if (auto r =
                exec(QStringLiteral(
                         "INSERT INTO incidents (id, grid_id, district_code, household_id, citizen_id, "
                         "category, location, description, urgency, status, reported_by, reported_at, "
                         "handled_by, handling_note, resolved_at, version, updated_at) VALUES (?, ?, ?, "
                         "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {id, g.id, g.district, household.isEmpty() ? none : QVariant(household), none,
                      text(t.category), text(t.location), text(t.description), urgency, status, g.manager,
                      reportedAt, handled ? QVariant(supervisor) : none,
                      resolved ? QVariant(QStringLiteral("已协调相关部门处理完毕。"))
                               : (handled ? QVariant(QStringLiteral("已受理，转相关部门处理。")) : none),
                      resolved ? QVariant(updatedAt) : none,
                      qint64(1 + (handled ? 1 : 0) + (resolved ? 1 : 0) + (withPhoto ? 1 : 0)), updatedAt});
            !r)
            return r;
        if (!withPhoto)
            return {};
        const QByteArray png = QByteArray::fromBase64(QByteArray(kTinyPngBase64));
        return exec(QStringLiteral(
                        "INSERT INTO incident_attachments (id, incident_id, file_name, content_type, size, "
                        "sha256, data, created_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {m_rng.uuid(), id, QStringLiteral("现场照片.png"), QStringLiteral("image/png"),
                     qint64(png.size()), sha256Hex(png), QString::fromLatin1(kTinyPngBase64), reportedAt,
                     g.manager});
    }

    Result<void> visit(const Grid &g, const Household &h, int index)
    {
        const int days = m_rng.between(1, 60);
        const bool followUp = index % 2 == 0;
        const QVariant none(QMetaType::fromType<QString>());
        return exec(
            QStringLiteral("INSERT INTO visits (id, grid_id, district_code, citizen_id, household_id, "
                           "staff_id, kind, visited_at, summary, follow_up, follow_up_due, version, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
            {m_rng.uuid(), g.id, g.district, h.head.isEmpty() ? none : QVariant(h.head), h.id, g.manager,
             index == 1 ? QStringLiteral("special_group") : QStringLiteral("routine"), daysAgo(days),
             text(m_rng.pick(kVisitSummaries)), followUp ? QVariant(text(m_rng.pick(kFollowUps))) : none,
             followUp ? QVariant(m_clock.today().addDays(m_rng.between(-5, 14)).toString(Qt::ISODate)) : none,
             daysAgo(days)});
    }

private:
    Result<void> exec(const QString &sql, const QVariantList &binds)
    {
        auto q = execSql(m_db, sql, binds);
        if (!q)
            return q.error();
        return {};
    }

    QSqlDatabase &m_db;
    DemoRandom &m_rng;
    const DemoClock &m_clock;
};

} // namespace

Result<DemoGridWork::Written> DemoGridWork::write(Database &db, const DemoClock &clock, quint64 seed)
{
    DemoRandom rng(seed ^ kGridWorkStream);
    return inWriteTransaction<Written>(db, kChangeLogLock, [&](QSqlDatabase &conn) -> Result<Written> {
        auto allGrids = grids(conn);
        if (!allGrids)
            return allGrids.error();
        auto homes = households(conn, kVisitedHouseholds + 2);
        if (!homes)
            return homes.error();
        auto supervisors = districtSupervisors(conn);
        if (!supervisors)
            return supervisors.error();
        // The batches of each district: one id each, assigned 20, 8 and 2 days ago.
        std::map<QString, QStringList> batches;
        for (const Grid &g : std::as_const(*allGrids)) {
            QStringList &ids = batches[g.district];
            while (ids.size() < kBatchesPerDistrict)
                ids.append(rng.uuid());
        }
        Writer writer(conn, rng, clock);
        Written out;
        bool photo = true;
        static constexpr int kAssignedDaysAgo[kBatchesPerDistrict] = {20, 8, 2};
        for (const Grid &g : std::as_const(*allGrids)) {
            const QString supervisor =
                supervisors->value(g.district, supervisors->value(QStringLiteral("city")));
            if (g.manager.isEmpty() || supervisor.isEmpty())
                continue;
            const QStringList &ids = batches[g.district];
            const int firstText = g.district.toInt() % int(std::size(kTasks));
            for (int b = 0; b < kBatchesPerDistrict; ++b) {
                if (auto r = writer.task(ids[b], g, supervisor, (firstText + b) % int(std::size(kTasks)),
                                         kAssignedDaysAgo[b]);
                    !r)
                    return r.error();
                ++out.tasks;
            }
            const QList<Household> mine = homes->value(g.id);
            const int incidents = rng.between(2, 6);
            for (int i = 0; i < incidents; ++i) {
                if (auto r = writer.incident(g, supervisor, mine, photo); !r)
                    return r.error();
                photo = false;
                ++out.incidents;
            }
            for (int i = 0; i < std::min<qsizetype>(kVisitedHouseholds, mine.size()); ++i) {
                if (auto r = writer.visit(g, mine[i], i); !r)
                    return r.error();
                ++out.visits;
            }
        }
        return out;
    });
}

} // namespace gd::server
