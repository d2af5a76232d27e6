#pragma once
// Chinese word segmentation: ICU's word break iterator (zh_CN) cuts the text, then adjacent segments are
// merged greedily into the longest DomainDictionary word they spell (积分|入学 → 积分入学). Whitespace is
// dropped; punctuation stays as one-character tokens because sentiment reads ！？ and clause breaks.
// Not thread-safe (the ICU iterator keeps state): one Segmenter per thread.

#include <QString>
#include <QStringList>

#include <unicode/uversion.h>

#include <memory>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace gd::analytics {

class Segmenter {
public:
    Segmenter();
    ~Segmenter();
    Segmenter(const Segmenter &) = delete;
    Segmenter &operator=(const Segmenter &) = delete;

    // All tokens in order: words and punctuation marks; no whitespace.
    QStringList segment(const QString &text) const;
    // The words of segment() that can be keywords: no punctuation, no stop words, no single digits.
    static QStringList contentWords(const QStringList &tokens);
    static bool isPunctuation(const QString &token);

private:
    std::unique_ptr<icu::BreakIterator> m_iterator;
};

} // namespace gd::analytics
