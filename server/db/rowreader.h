#pragma once
// Reads a domain type from a query row through the type's fields() list: every field whose name is a
// column of the row is read (columns are named like the JSON fields); nested lists are left for the
// repository's enrich step. Conversions: text -> QString, integers, 0/1 -> bool, "yyyy-MM-dd" -> QDate,
// ISO 8601 -> QDateTime, JSON text -> QStringList / QJsonObject, NULL -> std::nullopt.

#include "domain/codec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace gd::server {

namespace rowreader {

template <typename T>
void convert(const QVariant &v, T &out)
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
        out = QDate::fromString(v.toString(), Qt::ISODate);
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        out = fromIsoUtc(v.toString());
    } else if constexpr (std::is_same_v<T, QStringList>) {
        out.clear();
        for (const QJsonValue &item : QJsonDocument::fromJson(v.toString().toUtf8()).array())
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

template <typename T>
T readRow(const QSqlQuery &q)
{
    T out{};
    const QSqlRecord record = q.record();
    T::fields(out, [&](const char *key, auto &field) {
        const int index = record.indexOf(QLatin1String(key));
        if (index >= 0)
            rowreader::convert(q.value(index), field);
    });
    return out;
}

} // namespace gd::server
