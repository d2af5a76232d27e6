#pragma once
// Topic of a message from weighted keyword rules over its words (docs/opinion-analysis.md "Topics"):
// each topic sums the weights of its keywords among the tokens (a token that merely contains a keyword
// of two or more characters counts 0.8×, so 停车场 feeds 停车). The primary topic is the highest sum if it
// reaches kMinScore, else 其他 (other).

#include <QList>
#include <QString>
#include <QStringList>

namespace gd::analytics {

struct TopicScore {
    QString topic;
    double score = 0;
};

struct TopicResult {
    QString primary;          // a label of TopicClassifier::labels()
    double score = 0;         // the primary topic's sum (0 for 其他)
    double confidence = 0;    // primary's share of all topic sums, [0, 1]
    QList<TopicScore> scores; // every topic with a positive sum, highest first
};

class TopicClassifier {
public:
    static constexpr double kMinScore = 2.0;

    TopicClassifier();
    // All labels, 其他 last.
    static QStringList labels();
    static QString otherLabel();
    // Every keyword of the rules (the segmenter keeps them whole).
    static QStringList keywords();
    TopicResult classify(const QStringList &tokens) const;

private:
    struct Rule {
        QString topic;
        QString keyword;
        double weight = 0;
    };
    QList<Rule> m_rules;
};

} // namespace gd::analytics
