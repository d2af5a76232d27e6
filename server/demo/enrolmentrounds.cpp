#include "demo/enrolmentrounds.h"

#include <QSqlQuery>

namespace gd::server {
namespace {

struct Ranked {
    QString id;
    double total = 0;
};

// The round's applications by points, highest first, ties to the earlier submission (as the close
// route ranks them).
Result<QList<Ranked>> rank(QSqlDatabase &db, const QString &serviceId, const QString &district,
                           const QString &closesAt)
{
    auto q =
        execSql(db,
                QStringLiteral("SELECT a.id, COALESCE((SELECT SUM(p.points) FROM application_points p WHERE "
                               "p.application_id = a.id), 0) AS total, a.submitted_at FROM applications a "
                               "WHERE a.service_id = ? AND a.district_code = ? AND a.submitted_at < ? AND "
                               "a.status <> 'rejected' ORDER BY total DESC, a.submitted_at, a.id"),
                {serviceId, district, closesAt});
    if (!q)
        return q.error();
    QList<Ranked> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toDouble()});
    return out;
}

} // namespace

Result<void> EnrolmentRounds::write(QSqlDatabase &db, const ServiceCatalogue &services,
                                    const DemoClock &clock)
{
    QString serviceId;
    for (const DemoService &s : services.services()) {
        if (s.name == QStringLiteral("积分入学申请"))
            serviceId = s.id;
    }
    if (serviceId.isEmpty())
        return {};
    const QDate today = clock.today();
    // Grade-one rounds close on 1 July (China time); the last one before today.
    const int year = today >= QDate(today.year(), 7, 1) ? today.year() : today.year() - 1;
    const QString closed = DemoClock::isoUtc(DemoClock::localMs(QDate(year, 7, 1), 0));
    const QString allocatedAt = DemoClock::isoUtc(DemoClock::localMs(QDate(year, 7, 10), 10 * 3600));
    const QString huli = QStringLiteral("350206");
    const QString school = QStringLiteral("湖里区第二实验小学");
    const QString name = QStringLiteral("%1年湖里区小学一年级积分入学").arg(year);
    const QString roundId = QStringLiteral("round-%1-350206-grade1").arg(year);

    auto ranked = rank(db, serviceId, huli, closed);
    if (!ranked)
        return ranked.error();
    const int seats = std::max(1, int(ranked->size() * 6 / 10));
    int admitted = 0;
    for (int i = 0; i < ranked->size(); ++i) {
        const Ranked &r = (*ranked)[i];
        const bool in = i < seats;
        admitted += in ? 1 : 0;
        auto ins = execSql(
            db,
            QStringLiteral("INSERT INTO allocations (round_id, application_id, rank, total_points, "
                           "result, school, allocated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {roundId, r.id, i + 1, r.total, in ? QStringLiteral("admitted") : QStringLiteral("waitlisted"),
             in ? QVariant(school) : QVariant(QMetaType::fromType<QString>()), allocatedAt});
        if (!ins)
            return ins.error();
        const QString comment =
            in ? QStringLiteral("第%1名，总积分%2，录取：%3").arg(i + 1).arg(r.total).arg(school)
               : QStringLiteral("第%1名，总积分%2，候补").arg(i + 1).arg(r.total);
        auto ev = execSql(
            db,
            QStringLiteral("INSERT INTO application_events (application_id, seq, at, actor_id, "
                           "actor_name, action, comment, version) SELECT a.id, COALESCE((SELECT "
                           "MAX(e.seq) FROM application_events e WHERE e.application_id = a.id), 0) + "
                           "1, ?, 's_officer_jyj', COALESCE((SELECT display_name FROM staff WHERE id = "
                           "'s_officer_jyj'), '教育局'), 'allocate', ?, a.version + 1 FROM "
                           "applications a WHERE a.id = ?"),
            {allocatedAt, comment, r.id});
        if (!ev)
            return ev.error();
        auto up =
            execSql(db,
                    QStringLiteral("UPDATE applications SET version = version + 1, updated_at = CASE WHEN "
                                   "updated_at < ? THEN ? ELSE updated_at END WHERE id = ?"),
                    {allocatedAt, allocatedAt, r.id});
        if (!up)
            return up.error();
    }
    const QString updated = DemoClock::isoUtc(clock.nowMs() - DemoClock::kDayMs);
    auto first = execSql(
        db,
        QStringLiteral("INSERT INTO enrolment_rounds (id, service_id, name, school, district_code, "
                       "seats, closes_at, status, applicants, admitted, version, updated_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, 'closed', ?, ?, 2, ?)"),
        {roundId, serviceId, name, school, huli, seats, closed, int(ranked->size()), admitted, allocatedAt});
    if (!first)
        return first.error();
    // This autumn's transfer round of 思明区 (插班生), open until mid-December.
    const int autumn = today.month() >= 9 ? today.year() : today.year() - 1;
    auto second = execSql(
        db,
        QStringLiteral(
            "INSERT INTO enrolment_rounds (id, service_id, name, school, district_code, seats, "
            "closes_at, status, applicants, admitted, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "'open', NULL, NULL, 1, ?)"),
        {QStringLiteral("round-%1-350203-transfer").arg(autumn), serviceId,
         QStringLiteral("%1年秋季思明区小学插班生积分入学").arg(autumn), QStringLiteral("思明区实验小学"),
         QStringLiteral("350203"), 30, DemoClock::isoUtc(DemoClock::localMs(QDate(autumn, 12, 15), 0)),
         updated});
    if (!second)
        return second.error();
    return {};
}

} // namespace gd::server
