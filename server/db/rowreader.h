#pragma once
// Reads a domain type from a query row through the type's fields() list: every field whose name is a
// column of the row is read (columns are named like the JSON fields); nested lists are left for the
// repository's enrich step. Conversions: text -> QString, integers, 0/1 -> bool, "yyyy-MM-dd" -> QDate,
// ISO 8601 -> QDateTime, JSON text -> QStringList / QJsonObject, NULL -> std::nullopt.

#include "domain/codec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVarLengthArray>

namespace gd::server {

namespace rowreader {

// A JSON array of plain strings, the form list columns are stored in (["社保","医保"]), read without
// building a QJsonDocument; false (out undefined) for anything else, which the caller gives to the full
// parser.
inline bool parseSimpleStringArray(QStringView text, QStringList &out)
{
    text = text.trimmed();
    if (text.size() < 2 || text.front() != u'[' || text.back() != u']')
        return false;
    const qsizetype end = text.size() - 1;
    qsizetype i = 1;
    const auto skipSpace = [&] {
        while (i < end && (text[i] == u' ' || text[i] == u'\n' || text[i] == u'\r' || text[i] == u'\t'))
            ++i;
    };
    skipSpace();
    if (i == end)
        return true;
    for (;;) {
        if (text[i] != u'"')
            return false;
        const qsizetype start = ++i;
        while (i < end && text[i] != u'"') {
            if (text[i] == u'\\' || text[i].unicode() < 0x20)
                return false; // escapes: the full parser decodes them
            ++i;
        }
        if (i >= end)
            return false;
        out.append(text.sliced(start, i - start).toString());
        ++i;
        skipSpace();
        if (i == end)
            return true;
        if (text[i] != u',')
            return false;
        ++i;
        skipSpace();
    }
}

template <typename T> void convert(const QVariant &v, T &out)
{
    if constexpr (std::is_same_v<T, QString>) {
        out = v.toString();
    } else if constexpr (std::is_same_v<T, bool>) {
        out = v.toLongLong() != 0;
    } else if constexpr (std::is_integral_v<T>) {
        out = T(v.toLongLong());
    } else if constexpr (std::is_floating_point_v<T>) {
        out = T(v.toDouble());
    } else if constexpr (std::is_same_v<T, QDate>) {
        out = fromIsoDate(v.toString());
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        out = fromIsoUtc(v.toString());
    } else if constexpr (std::is_same_v<T, QStringList>) {
        out.clear();
        const QString text = v.toString();
        if (parseSimpleStringArray(text, out))
            return;
        out.clear();
        for (const QJsonValue &item : QJsonDocument::fromJson(text.toUtf8()).array())
            out.append(item.toString());
    } else if constexpr (std::is_same_v<T, QJsonObject>) {
        out = QJsonDocument::fromJson(v.toString().toUtf8()).object();
    } else if constexpr (codec::IsOptional<T>::value) {
        if (v.isNull()) {
            out.reset();
        } else {
            typename codec::IsOptional<T>::Inner inner{};
            convert(v, inner);
            out = std::move(inner);
        }
    }
    // QList<...> and nested types: filled by the repository's enrich step.
}

} // namespace rowreader

// Matches T's fields to the columns of a result once, then reads any number of its rows. Looking the
// columns up by name for every row (QSqlQuery::record() builds the whole field list each time) cost more
// than reading the values.
template <typename T> class RowReader {
public:
    explicit RowReader(const QSqlRecord &record)
    {
        T probe{};
        T::fields(probe,
                  [&](const char *key, auto &) { m_columns.append(record.indexOf(QLatin1String(key))); });
    }

    T read(const QSqlQuery &q) const
    {
        T out{};
        qsizetype i = 0;
        T::fields(out, [&](const char *, auto &field) {
            const int column = m_columns[i++];
            if (column >= 0)
                rowreader::convert(q.value(column), field);
        });
        return out;
    }

    // Every remaining row of q, in order.
    static QList<T> readAll(QSqlQuery &q)
    {
        QList<T> rows;
        if (q.size() > 0) // known for results read whole (PostgreSQL)
            rows.reserve(q.size());
        std::optional<RowReader> reader;
        while (q.next()) {
            if (!reader)
                reader.emplace(q.record());
            rows.append(reader->read(q));
        }
        return rows;
    }

private:
    QVarLengthArray<int, 32> m_columns;
};

} // namespace gd::server
