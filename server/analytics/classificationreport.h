#pragma once
// Accuracy, macro-F1, per-class precision/recall/F1 and the confusion matrix of predicted against gold
// labels, and the majority-class baseline (always answer the most frequent gold label) beside them.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd::analytics {

struct ClassMetrics {
    QString label;
    int support = 0; // gold count
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

struct ClassificationReport {
    QStringList labels;
    int n = 0;
    double accuracy = 0;
    double macroF1 = 0; // mean F1 over labels with gold support or predictions
    QList<ClassMetrics> perClass;
    QList<QList<int>> confusion; // [gold][predicted] in the order of labels

    // `labels` fixes the order; labels seen in gold/predicted but missing there are appended.
    static ClassificationReport compute(const QStringList &gold, const QStringList &predicted,
                                        QStringList labels);
    // The report of always predicting the most frequent gold label (ties: first in `labels`).
    static ClassificationReport majorityBaseline(const QStringList &gold, const QStringList &labels);
    QJsonObject toJson() const;
};

} // namespace gd::analytics
