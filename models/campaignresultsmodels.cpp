#include "models/campaignresultsmodels.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace gd {

namespace {

using Row = DashboardTable::Row;
using Column = DashboardTable::Column;
using Kind = DashboardTable::ValueKind;

std::optional<double> percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

std::optional<double> count(qint64 n)
{
    return double(n);
}

// Midnight of the day on this computer's clock, as DashboardModels does: Qt Charts' date axis labels in
// local time, so the axis names the CST day of the results whatever the computer's zone.
double midnightMs(QDate day)
{
    return double(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
}

// Nothing to show before anyone is in either group (not sent yet).
bool hasMembers(const CampaignResults &r)
{
    return r.sent.members > 0 || r.holdout.members > 0;
}

bool isSending(const QString &state)
{
    return state == QLatin1String("sending") || state == QLatin1String("sent");
}

} // namespace

CampaignResultsModels::CampaignResultsModels(QObject *parent)
    : QObject(parent)
    , m_funnel(new DashboardTable(this))
    , m_effects(new DashboardTable(this))
    , m_days(new DashboardTable(this))
{
}

void CampaignResultsModels::apply(const CampaignResults &results)
{
    m_results = results;
    fillFunnel();
    fillEffects();
    fillDays();
    emit applied();
}

void CampaignResultsModels::clear()
{
    apply(CampaignResults{});
}

void CampaignResultsModels::fillFunnel()
{
    const QList<Column> columns{{tr("Sent group (% of members)"), Kind::Percent},
                                {tr("Hold-out (% of members)"), Kind::Percent},
                                {tr("Sent group (n)"), Kind::Count},
                                {tr("Hold-out (n)"), Kind::Count}};
    QList<Row> rows;
    if (hasMembers(m_results)) {
        const CampaignFunnel &s = m_results.sent;
        const CampaignFunnel &h = m_results.holdout;
        const auto stage = [&](const char *key, const QString &label, qint64 sent,
                               std::optional<qint64> holdout) {
            rows.append({QLatin1String(key),
                         label,
                         {percentOf(sent, s.members), holdout ? percentOf(*holdout, h.members) : std::nullopt,
                          count(sent), holdout ? count(*holdout) : std::nullopt}});
        };
        // The hold-out is sent nothing: it has no delivered or opened stage.
        stage("delivered", tr("Delivered"), s.delivered, std::nullopt);
        stage("opened", tr("Opened"), s.opened, std::nullopt);
        stage("applied", tr("Applied"), s.applied, h.applied);
        stage("completed", tr("Completed"), s.completed, h.completed);
    }
    m_funnel->setContents(tr("Stage"), columns, std::move(rows));
}

void CampaignResultsModels::fillEffects()
{
    const QList<Column> columns{{tr("Sent (n)"), Kind::Count},          {tr("Hold-out (n)"), Kind::Count},
                                {tr("Sent rate"), Kind::Percent},       {tr("Hold-out rate"), Kind::Percent},
                                {tr("Effect (pp)"), Kind::Points},      {tr("95% CI low (pp)"), Kind::Points},
                                {tr("95% CI high (pp)"), Kind::Points}, {tr("Significant"), Kind::Count}};
    QList<Row> rows;
    const auto add = [&rows](const QString &key, const QString &label, const CampaignFunnel &sent,
                             const CampaignFunnel &holdout, const std::optional<CampaignEffect> &effect) {
        Row row{key, label, {count(sent.members), count(holdout.members)}};
        row.values.append(percentOf(sent.applied, sent.members));
        row.values.append(percentOf(holdout.applied, holdout.members));
        if (effect) {
            row.values.append(effect->difference * 100.0);
            row.values.append(effect->ciLow * 100.0);
            row.values.append(effect->ciHigh * 100.0);
        } else {
            row.values.append({std::nullopt, std::nullopt, std::nullopt});
        }
        switch (verdict(sent, holdout, effect)) {
        case Verdict::Significant:
            row.values.append(1.0);
            break;
        case Verdict::NotSignificant:
            row.values.append(0.0);
            break;
        default:
            row.values.append(std::nullopt);
        }
        rows.append(std::move(row));
    };
    if (hasMembers(m_results)) {
        add(QStringLiteral("overall"), tr("All members"), m_results.sent, m_results.holdout,
            m_results.effect);
        for (const CampaignSegment &s : m_results.segments) {
            if (s.dimension == QLatin1String("district"))
                add(QStringLiteral("district/") + s.key, s.name.isEmpty() ? s.key : s.name, s.sent, s.holdout,
                    s.effect);
        }
        // Youngest first, whatever order they came in.
        const QStringList bands = campaignAgeBands();
        QList<const CampaignSegment *> ages;
        for (const CampaignSegment &s : m_results.segments) {
            if (s.dimension == QLatin1String("age_band"))
                ages.append(&s);
        }
        std::stable_sort(ages.begin(), ages.end(),
                         [&bands](const CampaignSegment *a, const CampaignSegment *b) {
                             return bands.indexOf(a->key) < bands.indexOf(b->key);
                         });
        for (const CampaignSegment *s : std::as_const(ages))
            add(QStringLiteral("age_band/") + s->key, tr("Age %1").arg(s->key), s->sent, s->holdout,
                s->effect);
    }
    m_effects->setContents(tr("Segment"), columns, std::move(rows));
}

void CampaignResultsModels::fillDays()
{
    const QList<Column> columns{{tr("Time"), Kind::Time},
                                {tr("Delivered (running total)"), Kind::Count},
                                {tr("Opened (running total)"), Kind::Count},
                                {tr("Applied, sent group (running total)"), Kind::Count},
                                {tr("Applied, hold-out (running total)"), Kind::Count},
                                {tr("Completed, sent group (running total)"), Kind::Count},
                                {tr("Completed, hold-out (running total)"), Kind::Count},
                                {tr("Application rate, sent group (%)"), Kind::Percent},
                                {tr("Application rate, hold-out (%)"), Kind::Percent},
                                {tr("Difference (pp)"), Kind::Points}};
    QList<Row> rows;
    rows.reserve(m_results.days.size());
    qint64 delivered = 0, opened = 0, appliedSent = 0, appliedHoldout = 0, completedSent = 0,
           completedHoldout = 0;
    for (const CampaignDay &d : m_results.days) {
        delivered += d.delivered;
        opened += d.opened;
        appliedSent += d.appliedSent;
        appliedHoldout += d.appliedHoldout;
        completedSent += d.completedSent;
        completedHoldout += d.completedHoldout;
        // Over the groups' members at the time of the results: the rate the funnel ends at on the last day.
        const std::optional<double> sentRate = percentOf(appliedSent, m_results.sent.members);
        const std::optional<double> holdoutRate = percentOf(appliedHoldout, m_results.holdout.members);
        std::optional<double> difference;
        if (sentRate && holdoutRate)
            difference = *sentRate - *holdoutRate;
        rows.append(
            {d.day.toString(Qt::ISODate),
             d.day.toString(QStringLiteral("MM-dd")),
             {midnightMs(d.day), count(delivered), count(opened), count(appliedSent), count(appliedHoldout),
              count(completedSent), count(completedHoldout), sentRate, holdoutRate, difference}});
    }
    m_days->setContents(tr("Day"), columns, std::move(rows));
}

CampaignResultsModels::Verdict CampaignResultsModels::verdict(const CampaignFunnel &sent,
                                                              const CampaignFunnel &holdout,
                                                              const std::optional<CampaignEffect> &effect)
{
    if (sent.members <= 0 && holdout.members <= 0)
        return Verdict::NotSent;
    if (holdout.members <= 0)
        return Verdict::NoHoldout;
    if (!effect || sent.members < kMinGroupMembers || holdout.members < kMinGroupMembers ||
        sent.applied + holdout.applied < kMinApplications)
        return Verdict::NotEnoughData;
    return effect->significant ? Verdict::Significant : Verdict::NotSignificant;
}

CampaignResultsModels::Verdict CampaignResultsModels::verdict(const CampaignResults &results)
{
    return verdict(results.sent, results.holdout, results.effect);
}

QString CampaignResultsModels::percentText(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

QString CampaignResultsModels::pointsText(double fraction)
{
    const QLocale locale;
    const double points = std::round(fraction * 1000.0) / 10.0;
    const QString digits = locale.toString(std::abs(points), 'f', 1);
    if (points > 0)
        return locale.positiveSign() + digits;
    if (points < 0)
        return locale.negativeSign() + digits;
    return digits;
}

QString CampaignResultsModels::intervalText(const CampaignEffect &effect)
{
    return tr("%1 ~ %2").arg(pointsText(effect.ciLow), pointsText(effect.ciHigh));
}

QString CampaignResultsModels::headline(const CampaignResults &results)
{
    const CampaignFunnel &s = results.sent;
    const CampaignFunnel &h = results.holdout;
    const Verdict v = verdict(results);
    if (v == Verdict::NotSent) {
        if (results.state == QLatin1String("cancelled"))
            return tr("The campaign was cancelled before it was sent to anyone.");
        if (isSending(results.state))
            return tr("Sending has started; the results show as the members are processed.");
        return tr("The campaign has not been sent yet; its effect shows here once it is sent.");
    }
    const QString sentRate = percentText(s.applicationRate);
    if (v == Verdict::NoHoldout)
        return tr("Application rate %1 of %2 members sent. There is no hold-out group, so the effect "
                  "cannot be measured.")
            .arg(sentRate, QLocale().toString(s.members));
    const QString holdoutRate = percentText(h.applicationRate);
    if (v == Verdict::NotEnoughData)
        return tr("Application rate %1 vs %2 in the hold-out — too few members or applications yet to tell "
                  "the effect (%3 sent, %4 in the hold-out, %5 applications).")
            .arg(sentRate, holdoutRate, QLocale().toString(s.members), QLocale().toString(h.members),
                 QLocale().toString(s.applied + h.applied));
    const CampaignEffect &e = *results.effect;
    const QString level = QLocale().toString(e.confidence * 100.0, 'f', 0);
    if (v == Verdict::Significant)
        return tr("Application rate %1 vs %2 in the hold-out: %3 percentage points (%4% CI %5 to %6), "
                  "significant.")
            .arg(sentRate, holdoutRate, pointsText(e.difference), level, pointsText(e.ciLow),
                 pointsText(e.ciHigh));
    return tr("Application rate %1 vs %2 in the hold-out: %3 percentage points (%4% CI %5 to %6), not "
              "significant.")
        .arg(sentRate, holdoutRate, pointsText(e.difference), level, pointsText(e.ciLow),
             pointsText(e.ciHigh));
}

QString CampaignResultsModels::shortHeadline(const CampaignResults &results)
{
    switch (verdict(results)) {
    case Verdict::NotSent:
        return QStringLiteral("—");
    case Verdict::NoHoldout:
        return tr("no hold-out");
    case Verdict::NotEnoughData:
        return tr("not enough data");
    case Verdict::NotSignificant:
        return tr("%1 pp (not significant)").arg(pointsText(results.effect->difference));
    case Verdict::Significant:
        // A check mark says "it worked": only for a significant rise.
        return results.effect->difference > 0
                   ? tr("%1 pp ✓").arg(pointsText(results.effect->difference))
                   : tr("%1 pp (significant)").arg(pointsText(results.effect->difference));
    }
    return QStringLiteral("—");
}

} // namespace gd
