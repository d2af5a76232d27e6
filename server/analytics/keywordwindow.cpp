#include "keywordwindow.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace gd::analytics {

KeywordWindow::KeywordWindow(int days)
    : m_days(std::max(1, days))
{
}

void KeywordWindow::add(const QDate &date, const QStringList &words)
{
    const QSet<QString> unique(words.cbegin(), words.cend());
    Document doc{date, QStringList(unique.cbegin(), unique.cend())};
    for (const QString &w : doc.uniqueWords)
        m_df[w] += 1;
    m_documents.push_back(std::move(doc));
    if (!m_newest.isValid() || date > m_newest)
        m_newest = date;
    evictBefore(m_newest.addDays(-(m_days - 1)));
}

void KeywordWindow::evictBefore(const QDate &oldest)
{
    for (auto it = m_documents.begin(); it != m_documents.end();) {
        if (it->date >= oldest) {
            ++it;
            continue;
        }
        for (const QString &w : it->uniqueWords) {
            if (--m_df[w] <= 0)
                m_df.remove(w);
        }
        it = m_documents.erase(it);
    }
}

double KeywordWindow::idf(const QString &word) const
{
    const double n = double(m_documents.size());
    return std::log((1.0 + n) / (1.0 + m_df.value(word, 0))) + 1.0;
}

QList<Keyword> KeywordWindow::rank(const QHash<QString, int> &tf, int k) const
{
    QList<Keyword> all;
    for (auto it = tf.cbegin(); it != tf.cend(); ++it)
        all.append(Keyword{it.key(), it.value() * idf(it.key())});
    std::sort(all.begin(), all.end(), [](const Keyword &a, const Keyword &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.word < b.word;
    });
    if (all.size() > k)
        all.resize(std::max(0, k));
    return all;
}

QList<Keyword> KeywordWindow::topKeywords(const QStringList &words, int k) const
{
    QHash<QString, int> tf;
    for (const QString &w : words)
        tf[w] += 1;
    return rank(tf, k);
}

QList<Keyword> KeywordWindow::topKeywordsOfSet(const QList<QStringList> &documents, int k) const
{
    QHash<QString, int> tf;
    for (const QStringList &doc : documents) {
        for (const QString &w : doc)
            tf[w] += 1;
    }
    return rank(tf, k);
}

} // namespace gd::analytics
