#pragma once
// The hand-labelled development set data/opinion/labelled.tsv: a header line
// "id\tsplit\ttopic\tsentiment\ttext", then one message per line (split dev|test).

#include <QList>
#include <QString>

namespace gd::analytics {

struct LabelledMessage {
    QString id;
    QString split; // "dev" or "test"
    QString topic;
    QString sentiment; // "negative", "neutral", "positive"
    QString text;
};

struct LabelledDataset {
    QList<LabelledMessage> rows;
    QString error; // empty when the file parsed

    static LabelledDataset parse(const QByteArray &tsv);
    static LabelledDataset load(const QString &path);
    QList<LabelledMessage> split(const QString &name) const;
};

} // namespace gd::analytics
