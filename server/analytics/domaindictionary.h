#pragma once
// The project's own domain dictionary of government-service and neighbourhood words (积分入学, 公积金,
// 噪音扰民, 渣土车 …) that ICU's general Chinese dictionary splits apart, together with every word of the
// sentiment lexicon and the topic rules, and the stop words that carry no
// topic (的, 了, 请问 …). Both are fixed tables compiled into the library (domaindictionary.cpp).

#include <QSet>
#include <QString>
#include <QStringView>

namespace gd::analytics {

class DomainDictionary {
public:
    static const DomainDictionary &instance();

    bool contains(QStringView word) const { return m_words.contains(word.toString()); }
    // Length in UTF-16 code units of the longest entry; merging never tries longer spans.
    qsizetype maxLength() const { return m_maxLength; }
    bool isStopWord(QStringView word) const { return m_stopWords.contains(word.toString()); }

private:
    DomainDictionary();
    QSet<QString> m_words;
    QSet<QString> m_stopWords;
    qsizetype m_maxLength = 0;
};

} // namespace gd::analytics
