#pragma once
// The additive usage figures of a set of applications and usage events, keyed the way the aggregate
// tables are (see usageaggregates.h): built in memory, then added to (or, with sign -1, taken off) the
// stored aggregates by UsageAggregates. Not thread-safe; a value type.

#include <QDateTime>
#include <QHash>
#include <QString>

#include <array>
#include <optional>

namespace gd::server {

// One cell of usage_daily: a local (UTC+8) day and the dimensions a report can group or filter by.
// Sign-ins and active citizens have no department or service ("").
struct UsageKey {
    QString day; // "yyyy-MM-dd", China Standard Time
    QString districtCode;
    QString streetId; // the citizen's street (sign-ins), the street of the application's grid; "" if none
    QString departmentId;
    QString serviceId;
    QString channel;

    friend bool operator==(const UsageKey &, const UsageKey &) = default;
    friend size_t qHash(const UsageKey &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.day, k.districtCode, k.streetId, k.departmentId, k.serviceId, k.channel);
    }
};

struct UsageCounts {
    qint64 signIns = 0;
    qint64 activeCitizens = 0;
    qint64 submitted = 0;
    qint64 completed = 0;
    qint64 completedOnTime = 0;
    std::array<qint64, 5> ratings{}; // 好差评 1..5

    bool isZero() const
    {
        return signIns == 0 && activeCitizens == 0 && submitted == 0 && completed == 0 &&
               completedOnTime == 0 && ratings == std::array<qint64, 5>{};
    }
};

// What of an application counts towards usage: its submission, and once completed, its completion,
// timeliness, rating and handling time.
struct ApplicationFacts {
    QString serviceId;
    QString departmentId; // the service's department
    QString districtCode;
    QString streetId; // the street of the application's grid (grid -> community -> street)
    QString channel;
    QDateTime submittedAt;
    QDateTime dueAt;
    std::optional<QDateTime> completedAt; // only for status "completed"
    std::optional<int> rating;

    friend bool operator==(const ApplicationFacts &, const ApplicationFacts &) = default;
};

class UsageTally {
public:
    // Handling times of a day's cell, in whole hours, are kept up to this bucket (longer ones land in it).
    static constexpr qint64 kMaxHandlingHours = 24 * 60;

    // The local (UTC+8) day of a moment.
    static QString dayOf(const QDateTime &moment);
    // Whole hours from submission to completion, capped at kMaxHandlingHours.
    static qint64 handlingHours(const QDateTime &submitted, const QDateTime &completed);

    // Adds (sign 1) or takes off (sign -1) an application's figures.
    void addApplication(const ApplicationFacts &a, int sign);
    // A portal sign-in (usage_events kind "login"); `key` without department and service.
    void addSignIn(const UsageKey &key);
    // A citizen first seen active on a day in a district and street on a channel.
    void addActiveCitizen(const UsageKey &key);

    const QHash<UsageKey, UsageCounts> &daily() const { return m_daily; }
    // (cell, hours) -> applications
    const QHash<QPair<UsageKey, qint64>, qint64> &handling() const { return m_handling; }
    bool isEmpty() const { return m_daily.isEmpty() && m_handling.isEmpty(); }

private:
    QHash<UsageKey, UsageCounts> m_daily;
    QHash<QPair<UsageKey, qint64>, qint64> m_handling;
};

} // namespace gd::server
