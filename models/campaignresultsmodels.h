#pragma once
// The item models of a push campaign's results view (issue 7), filled from one CampaignResults, and the
// words for its effect: what the funnel chart, the effect plot, the segment table and the chart over
// time show. Rates are in percent and differences in percentage points (the server's fractions × 100).
//
//   funnel   stages delivered, opened, applied, completed (送达 → 打开 → 申请 → 办结): the sent group's
//            and the hold-out's share of their members in percent, then their counts; the hold-out only
//            has applied and completed (it is sent nothing), its other cells are empty
//   effects  the whole campaign, then each district, then each age band (keys "overall",
//            "district/<code>", "age_band/<band>"): members of each group, application rate of each, the
//            difference with its confidence interval, and 1 / 0 for significant / not (empty when the
//            effect cannot be told: a group is empty, or too few members or applications, see verdict())
//   days     each day of results.days: the local midnight in ms (a date axis), then running totals from
//            the first day — delivered, opened, applied and completed of each group — the application
//            rate of each group so far (applied so far / the group's members in the funnel) and their
//            difference
//
// Before anyone is in either group (not sent yet) the funnel and effects have no rows. GUI thread;
// apply() replaces every table at once (one model reset each), then applied().

#include "domain/campaign.h"
#include "models/dashboardtable.h"

#include <QObject>

namespace gd {

class CampaignResultsModels : public QObject {
    Q_OBJECT
public:
    // What can be said about an effect, the weakest first.
    enum class Verdict {
        NotSent,        // nobody in either group yet
        NoHoldout,      // sent, but there is no hold-out (holdout_percent 0, or too small an audience)
        NotEnoughData,  // too few members or applications for the interval to mean much
        NotSignificant, // the interval includes 0
        Significant,    // the interval excludes 0
    };
    // Below these the normal approximation behind the interval is too rough to state a verdict: each
    // group needs kMinGroupMembers members, the two together kMinApplications applications.
    static constexpr qint64 kMinGroupMembers = 30;
    static constexpr qint64 kMinApplications = 10;

    // Item model columns (column 0 is each row's label).
    static constexpr int kFunnelSentRate = 1, kFunnelHoldoutRate = 2, kFunnelSentCount = 3,
                         kFunnelHoldoutCount = 4;
    static constexpr int kEffectSentMembers = 1, kEffectHoldoutMembers = 2, kEffectSentRate = 3,
                         kEffectHoldoutRate = 4, kEffectDifference = 5, kEffectCiLow = 6, kEffectCiHigh = 7,
                         kEffectSignificant = 8;
    static constexpr int kDayTime = 1, kDayDelivered = 2, kDayOpened = 3, kDayAppliedSent = 4,
                         kDayAppliedHoldout = 5, kDayCompletedSent = 6, kDayCompletedHoldout = 7,
                         kDayRateSent = 8, kDayRateHoldout = 9, kDayDifference = 10;
    // Funnel rows.
    enum Stage { Delivered, Opened, Applied, Completed };

    explicit CampaignResultsModels(QObject *parent = nullptr);

    void apply(const CampaignResults &results);
    void clear();
    bool isEmpty() const { return m_results.campaignId.isEmpty(); }
    const CampaignResults &results() const { return m_results; }

    DashboardTable *funnel() const { return m_funnel; }
    DashboardTable *effects() const { return m_effects; }
    DashboardTable *days() const { return m_days; }

    static Verdict verdict(const CampaignFunnel &sent, const CampaignFunnel &holdout,
                           const std::optional<CampaignEffect> &effect);
    static Verdict verdict(const CampaignResults &results);

    // The effect in a sentence for the results view: "Application rate 8.4% vs 3.1% in the hold-out:
    // +5.3 percentage points (95% CI +4.1 to +6.5), significant." — or why there is none yet.
    static QString headline(const CampaignResults &results);
    // The same in a few characters for a list of campaigns: "+5.3 pp ✓", "+0.4 pp (not significant)",
    // "not enough data", "no hold-out", "—".
    static QString shortHeadline(const CampaignResults &results);

    // "8.4%" of a fraction (0.084); "+5.3" / "-1.2" / "0.0" percentage points of a fraction — in the
    // default locale, one decimal.
    static QString percentText(double fraction);
    static QString pointsText(double fraction);
    // The confidence interval of an effect: "+4.1 ~ +6.5".
    static QString intervalText(const CampaignEffect &effect);

signals:
    void applied();

private:
    void fillFunnel();
    void fillEffects();
    void fillDays();

    CampaignResults m_results;
    DashboardTable *m_funnel;
    DashboardTable *m_effects;
    DashboardTable *m_days;
};

} // namespace gd
