#include "opinionanalyzer.h"

namespace gd::analytics {

OpinionAnalysis OpinionAnalyzer::analyze(const QString &text) const
{
    OpinionAnalysis a;
    a.tokens = m_segmenter.segment(text);
    a.contentWords = Segmenter::contentWords(a.tokens);
    a.topic = m_topics.classify(a.tokens);
    a.sentiment = m_sentiment.analyze(text, a.tokens);
    return a;
}

} // namespace gd::analytics
