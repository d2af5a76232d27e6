#include "sentimenteval.h"

#include "analytics/classificationreport.h"
#include "analytics/labelleddataset.h"
#include "analytics/opinionanalyzer.h"
#include "scenario.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <cmath>
#include <iostream>

namespace gd::bench {

namespace {

using namespace gd::analytics;

QJsonObject withBaseline(const ClassificationReport &model, const ClassificationReport &baseline)
{
    QJsonObject o = model.toJson();
    o.insert(QStringLiteral("baseline_majority"),
             QJsonObject{{QStringLiteral("accuracy"), baseline.toJson().value(QStringLiteral("accuracy"))},
                         {QStringLiteral("macro_f1"), baseline.toJson().value(QStringLiteral("macro_f1"))}});
    return o;
}

} // namespace

int runSentimentEval(const QStringList &args)
{
    QString split = QStringLiteral("test");
    QString path = QStringLiteral(GOVDESK_OPINION_DATA);
    bool showErrors = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--split" && i + 1 < args.size())
            split = args.at(++i);
        else if (args.at(i) == u"--data" && i + 1 < args.size())
            path = args.at(++i);
        else if (args.at(i) == u"--errors")
            showErrors = true; // dev only: the test half is not looked at message by message
        else {
            std::cerr << "usage: sentiment-eval [--split test|dev] [--data labelled.tsv] [--errors]\n";
            return 2;
        }
    }
    if (split != u"test" && split != u"dev") {
        std::cerr << "--split must be test or dev\n";
        return 2;
    }
    const LabelledDataset dataset = LabelledDataset::load(path);
    if (!dataset.error.isEmpty()) {
        std::cerr << dataset.error.toStdString() << "\n";
        return 1;
    }
    const QList<LabelledMessage> rows = dataset.split(split);
    const OpinionAnalyzer analyzer;
    QStringList goldSentiment, predictedSentiment, goldTopic, predictedTopic;
    for (const LabelledMessage &m : rows) {
        const OpinionAnalysis a = analyzer.analyze(m.text);
        goldSentiment.append(m.sentiment);
        predictedSentiment.append(polarityName(a.sentiment.polarity));
        goldTopic.append(m.topic);
        predictedTopic.append(a.topic.primary);
        if (showErrors && split == u"dev" &&
            (goldSentiment.last() != predictedSentiment.last() ||
             goldTopic.last() != predictedTopic.last())) {
            std::cerr << m.id.toStdString() << "\t" << m.topic.toStdString() << "/"
                      << a.topic.primary.toStdString() << "\t" << m.sentiment.toStdString() << "/"
                      << predictedSentiment.last().toStdString() << " " << a.sentiment.score << "\t"
                      << m.text.toStdString() << "\t" << a.tokens.join(u'|').toStdString() << "\n";
        }
    }
    const QStringList sentimentLabels{QStringLiteral("negative"), QStringLiteral("neutral"),
                                      QStringLiteral("positive")};
    const QStringList topicLabels = TopicClassifier::labels();

    // Speed: the whole dataset (both halves), several passes, one analyser.
    constexpr int kPasses = 20;
    QElapsedTimer timer;
    timer.start();
    qsizetype analysed = 0;
    for (int pass = 0; pass < kPasses; ++pass) {
        for (const LabelledMessage &m : dataset.rows) {
            const OpinionAnalysis a = analyzer.analyze(m.text);
            analysed += a.tokens.isEmpty() ? 0 : 1;
        }
    }
    const double usPerMessage =
        double(timer.nsecsElapsed()) / 1000.0 / double(std::max<qsizetype>(1, analysed));

    printResult(
        QStringLiteral("sentiment-eval"),
        QJsonObject{
            {QStringLiteral("split"), split},
            {QStringLiteral("n"), int(rows.size())},
            {QStringLiteral("dataset_rows"), int(dataset.rows.size())},
            {QStringLiteral("sentiment"),
             withBaseline(ClassificationReport::compute(goldSentiment, predictedSentiment, sentimentLabels),
                          ClassificationReport::majorityBaseline(goldSentiment, sentimentLabels))},
            {QStringLiteral("topic"),
             withBaseline(ClassificationReport::compute(goldTopic, predictedTopic, topicLabels),
                          ClassificationReport::majorityBaseline(goldTopic, topicLabels))},
            {QStringLiteral("us_per_message"), std::round(usPerMessage * 10.0) / 10.0},
        });
    return 0;
}

} // namespace gd::bench
