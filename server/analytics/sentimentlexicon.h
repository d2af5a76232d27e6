#pragma once
// The project's sentiment lexicon (docs/opinion-analysis.md "Sentiment"): weighted positive and negative
// words, negation words, degree adverbs, contrast conjunctions, and whole-phrase complaint/praise
// patterns matched on the raw text. Fixed tables compiled into the library.

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace gd::analytics {

struct PhrasePattern {
    QString phrase;
    double weight = 0;
};

class SentimentLexicon {
public:
    static const SentimentLexicon &instance();

    // Weight of a word (positive > 0, negative < 0), 0 when the word is not in the lexicon.
    double weight(const QString &word) const { return m_words.value(word, 0.0); }
    // Every word of the lexicon, negations, degree adverbs and contrasts (the segmenter keeps them whole).
    QStringList words() const;
    bool isNegation(const QString &word) const { return m_negations.contains(word); }
    // Scale of a degree adverb (非常 1.8, 有点 0.6 …), 0 when the word is not one.
    double degree(const QString &word) const { return m_degrees.value(word, 0.0); }
    bool isContrast(const QString &word) const { return m_contrasts.contains(word); }
    const QList<PhrasePattern> &patterns() const { return m_patterns; }
    // Openings of an enquiry or a suggestion (请问, 建议 …): they damp the rest of the message.
    const QList<QString> &enquiryOpenings() const { return m_enquiryOpenings; }

private:
    SentimentLexicon();
    QHash<QString, double> m_words;
    QSet<QString> m_negations;
    QHash<QString, double> m_degrees;
    QSet<QString> m_contrasts;
    QList<PhrasePattern> m_patterns;
    QList<QString> m_enquiryOpenings;
};

} // namespace gd::analytics
