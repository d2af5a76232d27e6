#pragma once
// Lexicon sentiment of one message (docs/opinion-analysis.md "Sentiment"): lexicon words summed, each
// flipped by a negation and scaled by a degree adverb within the three tokens before it (same clause),
// earlier clauses halved and later ones weighted 1.5× after a contrast (但是/可是 …), positive words in
// quotation marks read as sarcasm, whole-phrase complaint patterns added, exclamation marks amplifying,
// enquiry openings (请问, 建议) damping. The sum goes through tanh into a score in [-1, 1].

#include <QString>
#include <QStringList>

namespace gd::analytics {

enum class Polarity { Negative, Neutral, Positive };

QString polarityName(Polarity p); // "negative", "neutral", "positive"

struct Sentiment {
    Polarity polarity = Polarity::Neutral;
    double score = 0; // [-1, 1]
};

class SentimentAnalyzer {
public:
    // Score ≥ kPositiveThreshold is positive, ≤ −kNegativeThreshold negative, else neutral. Asymmetric
    // (tuned on the dev half): mild complaint wording is common, mild praise rarely meant.
    static constexpr double kPositiveThreshold = 0.3;
    static constexpr double kNegativeThreshold = 0.15;
    static constexpr int kWindow = 3; // tokens before a lexicon word that a negation/degree reaches

    // `tokens` are Segmenter::segment(text).
    Sentiment analyze(const QString &text, const QStringList &segmented) const;
};

} // namespace gd::analytics
