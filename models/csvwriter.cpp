#include "models/csvwriter.h"

#include <QAbstractItemModel>

#include <cmath>

namespace gd::csv {

QString field(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    const auto type = value.metaType().id();
    if (type == QMetaType::Double || type == QMetaType::Float) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'f', 2);
    }
    if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt ||
        type == QMetaType::ULongLong)
        return value.toString();
    QString text = value.toString();
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
        text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray write(const QList<Section> &sections)
{
    QString out;
    const auto line = [&out](const QStringList &fields) {
        out += fields.join(QLatin1Char(','));
        out += QLatin1String("\r\n");
    };
    bool first = true;
    for (const Section &section : sections) {
        if (!section.model)
            continue;
        if (!first)
            out += QLatin1String("\r\n");
        first = false;
        const QAbstractItemModel &m = *section.model;
        QList<int> columns = section.columns;
        if (columns.isEmpty()) {
            for (int c = 0; c < m.columnCount(); ++c)
                columns.append(c);
        }
        if (!section.title.isEmpty())
            line({field(section.title)});
        QStringList header;
        for (int c : std::as_const(columns))
            header.append(field(m.headerData(c, Qt::Horizontal)));
        line(header);
        for (int r = 0; r < m.rowCount(); ++r) {
            QStringList row;
            for (int c : std::as_const(columns))
                row.append(field(m.data(m.index(r, c))));
            line(row);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace gd::csv
