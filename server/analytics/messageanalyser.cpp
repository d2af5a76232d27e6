#include "messageanalyser.h"

namespace gd::analytics {

MessageOpinion MessageAnalyser::analyse(const QString &title, const QString &content) const
{
    const OpinionAnalysis a =
        m_analyzer.analyze(title.isEmpty() ? content : title + QLatin1Char('\n') + content);
    return MessageOpinion{a.topic.primary, polarityName(a.sentiment.polarity), a.sentiment.score};
}

} // namespace gd::analytics
