#pragma once
// Usage analytics (issue 6, dashboards): the figures GET /api/v1/analytics/usage answers with. Aggregates
// only — counts, rates and percentiles over a period, never a citizen id or a per-citizen row.

#include "domain/codec.h"

namespace gd {

// The ways a usage report can be broken down, in the order the UI offers them.
inline QStringList usageGroups()
{
    return {QStringLiteral("day"), QStringLiteral("district"), QStringLiteral("department"),
            QStringLiteral("service"), QStringLiteral("channel")};
}

// 好差评: how many applications got each rating, and their mean (null without ratings).
struct RatingFigures {
    qint64 count = 0;
    qint64 rating1 = 0;
    qint64 rating2 = 0;
    qint64 rating3 = 0;
    qint64 rating4 = 0;
    qint64 rating5 = 0;
    std::optional<double> average;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("count", s.count);
        v("rating_1", s.rating1);
        v("rating_2", s.rating2);
        v("rating_3", s.rating3);
        v("rating_4", s.rating4);
        v("rating_5", s.rating5);
        v("average", s.average);
    }
};

// Handling time of the applications completed in the period, in whole hours from submission to completion
// (calendar hours, floored; nearest-rank percentiles). Null percentiles without samples.
struct HandlingFigures {
    qint64 samples = 0;
    std::optional<qint64> medianHours;
    std::optional<qint64> p90Hours;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("samples", s.samples);
        v("median_hours", s.medianHours);
        v("p90_hours", s.p90Hours);
    }
};

// The figures of one row (or the total) of a usage report.
struct UsageFigures {
    QString key;        // the group's value: a day "yyyy-MM-dd", a district code, a department, service or
                        // channel id; "" for the total
    qint64 signIns = 0; // citizens' portal sign-ins
    qint64 activeCitizens = 0; // distinct citizens active per day, summed over the row's days
    qint64 submitted = 0;      // applications submitted
    qint64 completed = 0;      // applications completed (status completed)
    qint64 completedOnTime = 0;
    std::optional<double> slaCompliance; // completedOnTime / completed; null when nothing completed
    RatingFigures ratings;               // of the applications completed in the period
    HandlingFigures handling;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("key", s.key);
        v("sign_ins", s.signIns);
        v("active_citizens", s.activeCitizens);
        v("submitted", s.submitted);
        v("completed", s.completed);
        v("completed_on_time", s.completedOnTime);
        v("sla_compliance", s.slaCompliance);
        v("ratings", s.ratings);
        v("handling", s.handling);
    }
};

// GET /api/v1/analytics/usage: the period (local dates, both included), the breakdown, one row per group
// value with any figure (ordered by key), and the total over the caller's scope and the filters.
struct UsageReport {
    QDate from;
    QDate to;
    QString group;
    QString scope; // "city", a district code, or "department:<id>"
    QList<UsageFigures> rows;
    UsageFigures total;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("from", s.from);
        v("to", s.to);
        v("group", s.group);
        v("scope", s.scope);
        v("rows", s.rows);
        v("total", s.total);
    }
};

} // namespace gd
