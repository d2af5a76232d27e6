#include "labelleddataset.h"

#include <QFile>

namespace gd::analytics {

LabelledDataset LabelledDataset::parse(const QByteArray &tsv)
{
    LabelledDataset d;
    const QList<QByteArray> lines = tsv.split('\n');
    if (lines.isEmpty() || lines.first().trimmed() != "id\tsplit\ttopic\tsentiment\ttext") {
        d.error = QStringLiteral("missing header line");
        return d;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split('\t');
        if (f.size() != 5) {
            d.error = QStringLiteral("line %1: %2 fields, expected 5").arg(i + 1).arg(f.size());
            d.rows.clear();
            return d;
        }
        LabelledMessage m{QString::fromUtf8(f[0]), QString::fromUtf8(f[1]), QString::fromUtf8(f[2]),
                          QString::fromUtf8(f[3]), QString::fromUtf8(f[4])};
        if (m.split != u"dev" && m.split != u"test") {
            d.error = QStringLiteral("line %1: split must be dev or test").arg(i + 1);
            d.rows.clear();
            return d;
        }
        d.rows.append(m);
    }
    return d;
}

LabelledDataset LabelledDataset::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LabelledDataset d;
        d.error = QStringLiteral("cannot open %1").arg(path);
        return d;
    }
    return parse(file.readAll());
}

QList<LabelledMessage> LabelledDataset::split(const QString &name) const
{
    QList<LabelledMessage> out;
    for (const LabelledMessage &m : rows) {
        if (m.split == name)
            out.append(m);
    }
    return out;
}

} // namespace gd::analytics
