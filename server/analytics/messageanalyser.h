#pragma once
// What is stored on a citizen message when it arrives (schema 6 columns topic, sentiment,
// sentiment_score): the one place every path that creates a message (the demo writer today, a POST route
// later) analyses it, so they agree. Not thread-safe (owns an OpinionAnalyzer): one per thread.

#include "opinionanalyzer.h"

namespace gd::analytics {

struct MessageOpinion {
    QString topic;     // a TopicClassifier label
    QString sentiment; // "negative", "neutral", "positive"
    double score = 0;  // [-1, 1]
};

class MessageAnalyser {
public:
    // The title and the content read as one text.
    MessageOpinion analyse(const QString &title, const QString &content) const;

private:
    OpinionAnalyzer m_analyzer;
};

} // namespace gd::analytics
