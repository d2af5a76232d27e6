#include "sentimentanalyzer.h"

#include "segmenter.h"
#include "sentimentlexicon.h"

#include <cmath>

namespace gd::analytics {

QString polarityName(Polarity p)
{
    switch (p) {
    case Polarity::Negative:
        return QStringLiteral("negative");
    case Polarity::Positive:
        return QStringLiteral("positive");
    case Polarity::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

namespace {

bool isClauseBreak(const QString &token)
{
    return Segmenter::isPunctuation(token) && token != u"“" && token != u"”" && token != u"\"";
}

// Weight of the lexicon word at `i`, after the negations and degree adverbs before it in its clause.
double modifiedWeight(const QStringList &tokens, qsizetype i, double weight)
{
    const SentimentLexicon &lex = SentimentLexicon::instance();
    double scale = 1.0;
    bool negated = false;
    for (qsizetype j = i - 1; j >= 0 && j >= i - SentimentAnalyzer::kWindow; --j) {
        const QString &t = tokens.at(j);
        if (isClauseBreak(t))
            break;
        if (lex.isNegation(t))
            negated = !negated;
        else if (const double d = lex.degree(t); d > 0)
            scale *= d;
    }
    // A negated word turns over but weaker (不方便 is a complaint, 不差 only mildly praise).
    return (negated ? -0.8 : 1.0) * weight * scale;
}

// ICU keeps some adverb + word pairs as one token (太慢, 很好, 很不): split off a leading degree adverb or
// negation when the rest is a lexicon word, so the window rules see both.
QStringList expand(const QStringList &tokens)
{
    const SentimentLexicon &lex = SentimentLexicon::instance();
    QStringList out;
    out.reserve(tokens.size());
    for (const QString &t : tokens) {
        bool split = false;
        if (t.size() >= 2 && lex.weight(t) == 0) {
            for (qsizetype n = 1; n <= 2 && n < t.size() && !split; ++n) {
                const QString head = t.left(n);
                const QString rest = t.mid(n);
                if ((lex.degree(head) > 0 || lex.isNegation(head)) &&
                    (lex.weight(rest) != 0 || lex.isNegation(rest) || lex.degree(rest) > 0)) {
                    out << head << rest;
                    split = true;
                }
            }
        }
        if (!split)
            out.append(t);
    }
    return out;
}

} // namespace

Sentiment SentimentAnalyzer::analyze(const QString &text, const QStringList &segmented) const
{
    const SentimentLexicon &lex = SentimentLexicon::instance();
    const QStringList tokens = expand(segmented);
    double sum = 0;
    double clauseWeight = 1.0;
    bool inQuote = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (t == u"“" || t == u"”") {
            inQuote = (t == u"“");
            continue;
        }
        if (lex.isContrast(t)) {
            sum *= 0.5; // what came before the contrast counts half, what follows 1.5×
            clauseWeight = 1.5;
            continue;
        }
        const double w = lex.weight(t);
        if (w == 0)
            continue;
        double v = modifiedWeight(tokens, i, w);
        if (inQuote && v > 0)
            v = -v; // “感谢” in quotation marks is sarcasm
        sum += clauseWeight * v;
    }
    for (const PhrasePattern &p : lex.patterns()) {
        if (text.contains(p.phrase))
            sum += p.weight;
    }
    const qsizetype exclamations = text.count(u'！') + text.count(u'!');
    if (exclamations > 0)
        sum *= 1.0 + 0.2 * double(std::min<qsizetype>(exclamations, 3));
    for (const QString &opening : lex.enquiryOpenings()) {
        if (text.startsWith(opening)) {
            sum *= 0.4;
            break;
        }
    }
    Sentiment s;
    s.score = std::tanh(sum / 2.5);
    if (s.score >= kPositiveThreshold)
        s.polarity = Polarity::Positive;
    else if (s.score <= -kNegativeThreshold)
        s.polarity = Polarity::Negative;
    return s;
}

} // namespace gd::analytics
