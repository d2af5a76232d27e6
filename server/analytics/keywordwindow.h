#pragma once
// TF-IDF keywords over a rolling window of documents: add() documents (their content words) with a date;
// documents older than `days` days before the newest date are evicted; document frequencies always cover
// exactly the documents in the window. idf = ln((1 + N) / (1 + df)) + 1 (smoothed, as scikit-learn).

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>

namespace gd::analytics {

struct Keyword {
    QString word;
    double weight = 0;
};

class KeywordWindow {
public:
    explicit KeywordWindow(int days = 7);

    // Adds one document; evicts those older than `days` before the newest date seen.
    void add(const QDate &date, const QStringList &words);
    int documentCount() const { return int(m_documents.size()); }
    int documentFrequency(const QString &word) const { return m_df.value(word, 0); }
    double idf(const QString &word) const;

    // The k words of `words` (one document, in the window or not) with the highest tf·idf.
    QList<Keyword> topKeywords(const QStringList &words, int k) const;
    // The k words of a set of documents, tf summed over the set.
    QList<Keyword> topKeywordsOfSet(const QList<QStringList> &documents, int k) const;

private:
    struct Document {
        QDate date;
        QStringList uniqueWords;
    };
    void evictBefore(const QDate &oldest);
    QList<Keyword> rank(const QHash<QString, int> &tf, int k) const;

    int m_days;
    QDate m_newest;
    std::deque<Document> m_documents; // in the order added; eviction scans by date
    QHash<QString, int> m_df;
};

} // namespace gd::analytics
