#include "segmenter.h"

#include "domaindictionary.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace gd::analytics {

Segmenter::Segmenter()
{
    UErrorCode status = U_ZERO_ERROR;
    m_iterator.reset(icu::BreakIterator::createWordInstance(icu::Locale("zh_CN"), status));
    if (U_FAILURE(status))
        m_iterator.reset();
}

Segmenter::~Segmenter() = default;

QStringList Segmenter::segment(const QString &text) const
{
    QStringList pieces;
    if (m_iterator) {
        const icu::UnicodeString u(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
        m_iterator->setText(u);
        int32_t start = m_iterator->first();
        for (int32_t end = m_iterator->next(); end != icu::BreakIterator::DONE;
             start = end, end = m_iterator->next()) {
            const QString piece = text.mid(start, end - start);
            if (!piece.trimmed().isEmpty())
                pieces.append(piece);
        }
    } else {
        for (const QChar c : text) {
            if (!c.isSpace())
                pieces.append(QString(c));
        }
    }

    // Greedy longest merge of adjacent pieces into a dictionary word.
    const DomainDictionary &dict = DomainDictionary::instance();
    QStringList tokens;
    tokens.reserve(pieces.size());
    for (qsizetype i = 0; i < pieces.size();) {
        qsizetype bestEnd = i + 1;
        QString span = pieces.at(i);
        for (qsizetype j = i + 1; j < pieces.size(); ++j) {
            span += pieces.at(j);
            if (span.size() > dict.maxLength())
                break;
            if (dict.contains(span))
                bestEnd = j + 1;
        }
        QString word = pieces.at(i);
        for (qsizetype j = i + 1; j < bestEnd; ++j)
            word += pieces.at(j);
        tokens.append(word);
        i = bestEnd;
    }
    return tokens;
}

bool Segmenter::isPunctuation(const QString &token)
{
    return token.size() == 1 && (token.at(0).isPunct() || token.at(0).isSymbol());
}

QStringList Segmenter::contentWords(const QStringList &tokens)
{
    const DomainDictionary &dict = DomainDictionary::instance();
    QStringList words;
    for (const QString &t : tokens) {
        if (isPunctuation(t) || dict.isStopWord(t))
            continue;
        if (t.size() == 1 && t.at(0).isDigit())
            continue;
        words.append(t);
    }
    return words;
}

} // namespace gd::analytics
