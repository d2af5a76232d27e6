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

// Public opinion (issue 6): the ways GET /api/v1/analytics/opinion can break its figures down.
inline QStringList opinionGroups()
{
    return {QStringLiteral("day"), QStringLiteral("district"), QStringLiteral("topic")};
}

// Citizen messages of one row (or the total) of an opinion report, by their sentiment when they arrived.
struct OpinionFigures {
    QString key; // a local day "yyyy-MM-dd", a district code or a topic; "" for the total
    qint64 messages = 0;
    qint64 negative = 0;
    qint64 neutral = 0;
    qint64 positive = 0;
    std::optional<double> averageScore; // mean sentiment score in [-1, 1]; null without messages

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("key", s.key);
        v("messages", s.messages);
        v("negative", s.negative);
        v("neutral", s.neutral);
        v("positive", s.positive);
        v("average_score", s.averageScore);
    }
};

// One hot topic: its messages in the period and in the previous period of the same length.
struct TopicTrend {
    QString topic;
    qint64 messages = 0;
    qint64 previous = 0;
    std::optional<double> change; // (messages - previous) / previous; null when previous is 0

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("topic", s.topic);
        v("messages", s.messages);
        v("previous", s.previous);
        v("change", s.change);
    }
};

// A day on which one topic × district had far more messages than its previous 28 days
// (server/analytics/spikedetector.h), with the detector's sentence.
struct OpinionSpike {
    QDate date;
    QString districtCode;
    QString topic;
    qint64 messages = 0;
    double baselineMean = 0;
    double ratio = 0;
    QString description; // "湖里区 噪音 类诉求 11月23日 37 件，为近28天均值 9.1 件的 4.1 倍"

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("date", s.date);
        v("district_code", s.districtCode);
        v("topic", s.topic);
        v("messages", s.messages);
        v("baseline_mean", s.baselineMean);
        v("ratio", s.ratio);
        v("description", s.description);
    }
};

// GET /api/v1/analytics/opinion: the period (local dates, both included), rows by the group (ordered by
// key), the total, the topics by messages (most first, at most 10) and the spikes (by date, then ratio).
struct OpinionReport {
    QDate from;
    QDate to;
    QString group;
    QString scope; // "city", a district code, or "department:<id>"
    QList<OpinionFigures> rows;
    OpinionFigures total;
    QList<TopicTrend> topTopics;
    QList<OpinionSpike> spikes;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("from", s.from);
        v("to", s.to);
        v("group", s.group);
        v("scope", s.scope);
        v("rows", s.rows);
        v("total", s.total);
        v("top_topics", s.topTopics);
        v("spikes", s.spikes);
    }
};

} // namespace gd
