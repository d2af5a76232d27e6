#pragma once
// Bind values for optional fields: absent values bind as SQL NULL of the column's type (Qt binds a null
// QVariant of the right type as NULL on both SQLite and PostgreSQL), times as ISO 8601 UTC text.

#include "domain/codec.h"

#include <QVariant>

#include <optional>

namespace gd::server::sqlvalue {

inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

inline QVariant text(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : nullText();
}

inline QVariant time(const std::optional<QDateTime> &value)
{
    return value && value->isValid() ? QVariant(toIsoUtc(*value)) : nullText();
}

inline QVariant integer(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

inline QVariant integer(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace gd::server::sqlvalue
