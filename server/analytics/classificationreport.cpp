#include "classificationreport.h"

#include <QJsonArray>

#include <cmath>

namespace gd::analytics {

namespace {

double round4(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

} // namespace

ClassificationReport ClassificationReport::compute(const QStringList &gold, const QStringList &predicted,
                                                   QStringList labels)
{
    for (const QStringList *list : {&gold, &predicted}) {
        for (const QString &l : *list) {
            if (!labels.contains(l))
                labels.append(l);
        }
    }
    ClassificationReport r;
    r.labels = labels;
    r.n = int(std::min(gold.size(), predicted.size()));
    r.confusion = QList<QList<int>>(labels.size(), QList<int>(labels.size(), 0));
    int correct = 0;
    for (int i = 0; i < r.n; ++i) {
        r.confusion[labels.indexOf(gold.at(i))][labels.indexOf(predicted.at(i))] += 1;
        correct += gold.at(i) == predicted.at(i) ? 1 : 0;
    }
    r.accuracy = r.n > 0 ? double(correct) / r.n : 0;
    double f1Sum = 0;
    int counted = 0;
    for (qsizetype c = 0; c < labels.size(); ++c) {
        ClassMetrics m;
        m.label = labels.at(c);
        int predictedCount = 0;
        for (qsizetype g = 0; g < labels.size(); ++g) {
            m.support += r.confusion[c][g];
            predictedCount += r.confusion[g][c];
        }
        const int tp = r.confusion[c][c];
        m.precision = predictedCount > 0 ? double(tp) / predictedCount : 0;
        m.recall = m.support > 0 ? double(tp) / m.support : 0;
        m.f1 = m.precision + m.recall > 0 ? 2 * m.precision * m.recall / (m.precision + m.recall) : 0;
        if (m.support > 0 || predictedCount > 0) {
            f1Sum += m.f1;
            ++counted;
        }
        r.perClass.append(m);
    }
    r.macroF1 = counted > 0 ? f1Sum / counted : 0;
    return r;
}

ClassificationReport ClassificationReport::majorityBaseline(const QStringList &gold,
                                                            const QStringList &labels)
{
    QString best;
    qsizetype bestCount = -1;
    for (const QString &l : labels) {
        if (gold.count(l) > bestCount) {
            best = l;
            bestCount = gold.count(l);
        }
    }
    // Macro-F1 over the labels that occur in gold (the baseline predicts only one of them).
    QStringList present;
    for (const QString &l : labels) {
        if (gold.contains(l))
            present.append(l);
    }
    return compute(gold, QStringList(gold.size(), best), present);
}

QJsonObject ClassificationReport::toJson() const
{
    QJsonObject perClassJson;
    for (const ClassMetrics &m : perClass) {
        perClassJson.insert(m.label, QJsonObject{{QStringLiteral("support"), m.support},
                                                 {QStringLiteral("precision"), round4(m.precision)},
                                                 {QStringLiteral("recall"), round4(m.recall)},
                                                 {QStringLiteral("f1"), round4(m.f1)}});
    }
    QJsonArray rows;
    for (const QList<int> &row : confusion) {
        QJsonArray cells;
        for (int v : row)
            cells.append(v);
        rows.append(cells);
    }
    return QJsonObject{{QStringLiteral("n"), n},
                       {QStringLiteral("accuracy"), round4(accuracy)},
                       {QStringLiteral("macro_f1"), round4(macroF1)},
                       {QStringLiteral("per_class"), perClassJson},
                       {QStringLiteral("confusion_labels"), QJsonArray::fromStringList(labels)},
                       {QStringLiteral("confusion_gold_by_predicted"), rows}};
}

} // namespace gd::analytics
