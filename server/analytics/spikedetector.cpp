#include "spikedetector.h"

#include <algorithm>
#include <cmath>

namespace gd::analytics {

QList<Spike> detectSpikes(const QList<int> &counts, const QDate &firstDay, const SpikeOptions &options)
{
    QList<Spike> spikes;
    const qsizetype w = std::max(1, options.windowDays);
    for (qsizetype i = w; i < counts.size(); ++i) {
        double sum = 0;
        for (qsizetype j = i - w; j < i; ++j)
            sum += counts.at(j);
        const double mean = sum / double(w);
        double var = 0;
        for (qsizetype j = i - w; j < i; ++j)
            var += (counts.at(j) - mean) * (counts.at(j) - mean);
        const double sigma = std::sqrt(var / double(w));
        const int c = counts.at(i);
        if (c < options.minVolume)
            continue;
        if (double(c) <= mean + options.sigmas * std::max(sigma, options.sigmaFloor))
            continue;
        spikes.append(Spike{firstDay.addDays(i), c, mean, sigma, mean > 0 ? c / mean : 0});
    }
    return spikes;
}

QString describeSpike(const QString &district, const QString &topic, const Spike &spike, int windowDays)
{
    QString text = QStringLiteral("%1 %2 类诉求 %3月%4日 %5 件，")
                       .arg(district, topic)
                       .arg(spike.date.month())
                       .arg(spike.date.day())
                       .arg(spike.count);
    if (spike.baselineMean > 0) {
        text += QStringLiteral("为近%1天均值 %2 件的 %3 倍")
                    .arg(windowDays)
                    .arg(spike.baselineMean, 0, 'f', 1)
                    .arg(spike.ratio, 0, 'f', 1);
    } else {
        text += QStringLiteral("近%1天无同类诉求").arg(windowDays);
    }
    return text;
}

} // namespace gd::analytics
