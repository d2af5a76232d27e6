#pragma once
// Spikes in a daily series of message counts for one (topic × district): a day is a spike when its count
// is above mean + 3σ of the previous 28 days, at least kMinVolume, and σ is floored (kSigmaFloor) so that
// a quiet series going 0 → 2 is not one. Pure functions; the caller builds the series.

#include <QDate>
#include <QList>
#include <QString>

namespace gd::analytics {

struct SpikeOptions {
    int windowDays = 28;
    double sigmas = 3.0;
    int minVolume = 5;       // a day below this is never a spike
    double sigmaFloor = 1.0; // σ used is max(σ, sigmaFloor)
};

struct Spike {
    QDate date;
    int count = 0;
    double baselineMean = 0; // of the previous windowDays days
    double baselineSigma = 0;
    double ratio = 0; // count / baselineMean (0 when the mean is 0)
};

// `counts[i]` is the count on firstDay + i. Days with fewer than windowDays days before them are not judged.
QList<Spike> detectSpikes(const QList<int> &counts, const QDate &firstDay, const SpikeOptions &options = {});

// "湖里区 噪音 类诉求 11月23日 37 件，为近28天均值 9.1 件的 4.1 倍"
QString describeSpike(const QString &district, const QString &topic, const Spike &spike,
                      int windowDays = SpikeOptions{}.windowDays);

} // namespace gd::analytics
