#include "db/usagereport.h"

#include "db/database.h"

#include <QMap>
#include <QSqlQuery>

namespace gd::server {
namespace {

struct Scope {
    SqlFilter filter;
    QString name;
};

std::optional<Scope> scopeOf(const Principal &who)
{
    if (who.seesEverything())
        return Scope{SqlFilter::always(), QStringLiteral("city")};
    if (who.role == Role::Supervisor && !who.areaCode.isEmpty())
        return Scope{{QStringLiteral("district_code = ?"), {who.areaCode}}, who.areaCode};
    if (who.role == Role::Officer && !who.departmentId.isEmpty())
        return Scope{{QStringLiteral("department_id = ?"), {who.departmentId}},
                     QStringLiteral("department:") + who.departmentId};
    return std::nullopt;
}

QString groupColumn(const QString &group)
{
    if (group == QLatin1String("district"))
        return QStringLiteral("district_code");
    if (group == QLatin1String("department"))
        return QStringLiteral("department_id");
    if (group == QLatin1String("service"))
        return QStringLiteral("service_id");
    if (group == QLatin1String("channel"))
        return QStringLiteral("channel");
    return QStringLiteral("day");
}

SqlFilter filterOf(const UsageQuery &q, const Scope &scope)
{
    SqlFilter f{QStringLiteral("day >= ? AND day <= ?"),
                {q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate)}};
    f = f && scope.filter;
    const std::pair<const char *, QString> filters[] = {{"district_code", q.districtCode},
                                                        {"street_id", q.streetId},
                                                        {"department_id", q.departmentId},
                                                        {"service_id", q.serviceId},
                                                        {"channel", q.channel}};
    for (const auto &[column, value] : filters) {
        if (!value.isEmpty())
            f = f && SqlFilter{QLatin1String(column) + QStringLiteral(" = ?"), {value}};
    }
    return f;
}

// A row's counters and its handling-time histogram (hours -> applications), summed as read.
struct Accumulated {
    UsageFigures figures;
    std::array<qint64, 5> ratings{};
    QMap<qint64, qint64> histogram;

    void addCounts(const Accumulated &o)
    {
        figures.signIns += o.figures.signIns;
        figures.activeCitizens += o.figures.activeCitizens;
        figures.submitted += o.figures.submitted;
        figures.completed += o.figures.completed;
        figures.completedOnTime += o.figures.completedOnTime;
        for (size_t i = 0; i < ratings.size(); ++i)
            ratings[i] += o.ratings[i];
        for (auto it = o.histogram.cbegin(); it != o.histogram.cend(); ++it)
            histogram[it.key()] += it.value();
    }
};

// Nearest rank: the smallest value with at least ceil(p * n) samples at or below it.
std::optional<qint64> percentile(const QMap<qint64, qint64> &histogram, qint64 samples, qint64 rank)
{
    if (samples == 0)
        return std::nullopt;
    qint64 seen = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return it.key();
    }
    return histogram.lastKey();
}

UsageFigures finish(Accumulated a)
{
    UsageFigures f = a.figures;
    if (f.completed > 0)
        f.slaCompliance = double(f.completedOnTime) / double(f.completed);
    RatingFigures &r = f.ratings;
    r.rating1 = a.ratings[0];
    r.rating2 = a.ratings[1];
    r.rating3 = a.ratings[2];
    r.rating4 = a.ratings[3];
    r.rating5 = a.ratings[4];
    qint64 weighted = 0;
    for (size_t i = 0; i < a.ratings.size(); ++i) {
        r.count += a.ratings[i];
        weighted += qint64(i + 1) * a.ratings[i];
    }
    if (r.count > 0)
        r.average = double(weighted) / double(r.count);
    HandlingFigures &h = f.handling;
    for (qint64 n : a.histogram)
        h.samples += n;
    h.medianHours = percentile(a.histogram, h.samples, (h.samples + 1) / 2);
    h.p90Hours = percentile(a.histogram, h.samples, (9 * h.samples + 9) / 10);
    return f;
}

qint64 number(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

} // namespace

UsageReports::UsageReports(Database &db)
    : m_db(db)
{
}

Result<UsageReport> UsageReports::report(const Principal &who, const UsageQuery &query)
{
    const auto scope = scopeOf(who);
    if (!scope)
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("usage figures are not available to this role"));
    const QString g = groupColumn(query.group);
    const SqlFilter where = filterOf(query, *scope);
    QMap<QString, Accumulated> rows;
    {
        auto q = m_db.query(
            QStringLiteral("SELECT ") + g +
                QStringLiteral(", SUM(sign_ins), SUM(active_citizens), SUM(submitted), SUM(completed), "
                               "SUM(completed_on_time), SUM(rating_1), SUM(rating_2), SUM(rating_3), "
                               "SUM(rating_4), SUM(rating_5) FROM usage_daily WHERE ") +
                where.sql + QStringLiteral(" GROUP BY ") + g,
            where.binds);
        if (!q)
            return q.error();
        QSqlQuery &r = **q;
        while (r.next()) {
            Accumulated &a = rows[r.value(0).toString()];
            a.figures.signIns = number(r.value(1));
            a.figures.activeCitizens = number(r.value(2));
            a.figures.submitted = number(r.value(3));
            a.figures.completed = number(r.value(4));
            a.figures.completedOnTime = number(r.value(5));
            for (int i = 0; i < 5; ++i)
                a.ratings[size_t(i)] = number(r.value(6 + i));
        }
    }
    {
        auto q = m_db.query(QStringLiteral("SELECT ") + g +
                                QStringLiteral(", hours, SUM(applications) FROM usage_handling WHERE ") +
                                where.sql + QStringLiteral(" GROUP BY ") + g + QStringLiteral(", hours"),
                            where.binds);
        if (!q)
            return q.error();
        QSqlQuery &r = **q;
        while (r.next()) {
            const qint64 n = number(r.value(2));
            if (n != 0)
                rows[r.value(0).toString()].histogram[number(r.value(1))] += n;
        }
    }
    UsageReport out;
    out.from = query.from;
    out.to = query.to;
    out.group = query.group;
    out.scope = scope->name;
    Accumulated total;
    // Sign-ins and active citizens have no department or service: they count in the total only.
    const bool byApplication = g == QLatin1String("department_id") || g == QLatin1String("service_id");
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        total.addCounts(it.value());
        if (byApplication && it.key().isEmpty())
            continue;
        UsageFigures f = finish(it.value());
        if (f.signIns == 0 && f.activeCitizens == 0 && f.submitted == 0 && f.completed == 0)
            continue;
        f.key = it.key();
        out.rows.append(std::move(f));
    }
    out.total = finish(total);
    out.total.key = QStringLiteral("");
    return out;
}

} // namespace gd::server
