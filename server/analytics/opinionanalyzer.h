#pragma once
// One message in, its words, topic and sentiment out: segments once and runs the classifiers on the
// same tokens. Not thread-safe (owns a Segmenter): one per thread.

#include "segmenter.h"
#include "sentimentanalyzer.h"
#include "topicclassifier.h"

namespace gd::analytics {

struct OpinionAnalysis {
    QStringList tokens;       // Segmenter::segment()
    QStringList contentWords; // Segmenter::contentWords(tokens), for keywords
    TopicResult topic;
    Sentiment sentiment;
};

class OpinionAnalyzer {
public:
    OpinionAnalysis analyze(const QString &text) const;

private:
    Segmenter m_segmenter;
    TopicClassifier m_topics;
    SentimentAnalyzer m_sentiment;
};

} // namespace gd::analytics
