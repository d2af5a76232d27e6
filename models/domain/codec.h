#pragma once
// One JSON codec for every domain type. A type lists its fields once:
//
//   template <typename S, typename V> static void fields(S &self, V &&v) { v("id", self.id); ... }
//
// and toJson()/fromJson() walk that list. Field kinds: QString, qint64, int, bool, double, QDate
// ("yyyy-MM-dd"), QDateTime (ISO 8601 UTC with milliseconds), QStringList, QJsonObject, codec::RawJson,
// nested types with fields(), QList of those, and std::optional of any of them (null when absent).
// Non-optional fields are required when reading; unknown fields are tolerated (forward compatibility)
// unless strict is asked for.
//
// codec::writeJson() walks the same list but appends UTF-8 JSON text straight to a QByteArray. Building
// a QJsonObject costs a sorted insert and a CBOR conversion per field and is then serialised again, which
// dominates the server's list responses; writeJson() produces the same values in one pass. Its text equals
// QJsonDocument's compact output value for value (same string escapes, exact integers, shortest doubles),
// except that keys come in fields() order rather than sorted.

#include "domain/jsonreader.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <cstring>
#include <limits>
#include <optional>
#include <type_traits>
#include <utility>

namespace gd {

QString toIsoUtc(const QDateTime &dt);     // "2026-11-24T13:10:00.000Z"
QDateTime fromIsoUtc(const QString &text); // invalid QDateTime on bad input
QDate fromIsoDate(const QString &text);    // "yyyy-MM-dd"; invalid QDate on bad input

namespace codec {

// A JSON value that is already serialised (e.g. an object written by writeJson()); writeJson() copies
// it verbatim. Empty bytes stand for null.
struct RawJson {
    QByteArray bytes;
};

QJsonValue parseRawJson(const QByteArray &bytes);       // Undefined when the bytes are not one JSON value
QByteArray serialiseJsonValue(const QJsonValue &value); // compact text of any JSON value

template <typename T>
concept HasFields = requires(T &t)
{
    T::fields(t, [](const char *, auto &) {});
};

template <typename T> struct IsList : std::false_type {
};
template <typename T> struct IsList<QList<T>> : std::true_type {
    using Item = T;
};
template <typename T> struct IsOptional : std::false_type {
};
template <typename T> struct IsOptional<std::optional<T>> : std::true_type {
    using Inner = T;
};

template <typename T> QJsonObject toJsonObject(const T &value);

template <typename T> QJsonValue toValue(const T &v)
{
    if constexpr (std::is_same_v<T, QString>)
        return v;
    else if constexpr (std::is_same_v<T, bool>)
        return v;
    else if constexpr (std::is_integral_v<T>)
        return qint64(v);
    else if constexpr (std::is_floating_point_v<T>)
        return double(v);
    else if constexpr (std::is_same_v<T, QDate>)
        return v.isValid() ? QJsonValue(v.toString(Qt::ISODate)) : QJsonValue();
    else if constexpr (std::is_same_v<T, QDateTime>)
        return v.isValid() ? QJsonValue(toIsoUtc(v)) : QJsonValue();
    else if constexpr (std::is_same_v<T, QStringList>)
        return QJsonArray::fromStringList(v);
    else if constexpr (std::is_same_v<T, QJsonObject>)
        return v;
    else if constexpr (std::is_same_v<T, RawJson>)
        return v.bytes.isEmpty() ? QJsonValue(QJsonValue::Null) : parseRawJson(v.bytes);
    else if constexpr (IsOptional<T>::value)
        return v ? toValue(*v) : QJsonValue(QJsonValue::Null);
    else if constexpr (IsList<T>::value) {
        QJsonArray array;
        for (const auto &item : v)
            array.append(toValue(item));
        return array;
    } else {
        static_assert(HasFields<T>, "type has no fields()");
        return toJsonObject(v);
    }
}

template <typename T> QJsonObject toJsonObject(const T &value)
{
    QJsonObject object;
    T::fields(value, [&object](const char *key, const auto &field) {
        object.insert(QLatin1String(key), toValue(field));
    });
    return object;
}

template <typename T> bool fromValue(const QJsonValue &value, T &out, QString &problem);

template <typename T> bool readObject(const QJsonObject &object, T &out, QString &problem, bool strict)
{
    bool ok = true;
    QStringList seen;
    T::fields(out, [&](const char *key, auto &field) {
        const QString name = QLatin1String(key);
        seen.append(name);
        if (!ok)
            return;
        using F = std::remove_reference_t<decltype(field)>;
        const QJsonValue v = object.value(name);
        if constexpr (IsOptional<F>::value) {
            if (v.isUndefined() || v.isNull()) {
                field.reset();
                return;
            }
            typename IsOptional<F>::Inner inner{};
            QString inner_problem;
            if (!fromValue(v, inner, inner_problem)) {
                problem = name + QLatin1Char(' ') + inner_problem;
                ok = false;
                return;
            }
            field = std::move(inner);
        } else {
            if (v.isUndefined() || v.isNull()) {
                problem = name + QStringLiteral(" is required");
                ok = false;
                return;
            }
            QString inner_problem;
            if (!fromValue(v, field, inner_problem)) {
                problem = name + QLatin1Char(' ') + inner_problem;
                ok = false;
            }
        }
    });
    if (ok && strict) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!seen.contains(it.key())) {
                problem = it.key() + QStringLiteral(" is not a known field");
                return false;
            }
        }
    }
    return ok;
}

template <typename T> bool fromValue(const QJsonValue &v, T &out, QString &problem)
{
    if constexpr (std::is_same_v<T, QString>) {
        if (!v.isString())
            return problem = QStringLiteral("must be a string"), false;
        out = v.toString();
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!v.isBool())
            return problem = QStringLiteral("must be true or false"), false;
        out = v.toBool();
    } else if constexpr (std::is_integral_v<T>) {
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
            return problem = QStringLiteral("must be an integer"), false;
        // An int field must not read 4294967297 as 1 (found by fuzz_contract).
        if (!std::in_range<T>(v.toInteger()))
            return problem = QStringLiteral("must be an integer from %1 to %2")
                                 .arg(std::numeric_limits<T>::min())
                                 .arg(std::numeric_limits<T>::max()),
                   false;
        out = T(v.toInteger());
    } else if constexpr (std::is_floating_point_v<T>) {
        if (!v.isDouble())
            return problem = QStringLiteral("must be a number"), false;
        out = T(v.toDouble());
    } else if constexpr (std::is_same_v<T, QDate>) {
        out = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !out.isValid())
            return problem = QStringLiteral("must be a date (yyyy-MM-dd)"), false;
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        out = fromIsoUtc(v.toString());
        if (!v.isString() || !out.isValid())
            return problem = QStringLiteral("must be an ISO 8601 time"), false;
    } else if constexpr (std::is_same_v<T, QStringList>) {
        if (!v.isArray())
            return problem = QStringLiteral("must be an array of strings"), false;
        out.clear();
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return problem = QStringLiteral("must be an array of strings"), false;
            out.append(item.toString());
        }
    } else if constexpr (std::is_same_v<T, QJsonObject>) {
        if (!v.isObject())
            return problem = QStringLiteral("must be an object"), false;
        out = v.toObject();
    } else if constexpr (std::is_same_v<T, RawJson>) {
        out.bytes = v.isNull() || v.isUndefined() ? QByteArray() : serialiseJsonValue(v);
    } else if constexpr (IsList<T>::value) {
        if (!v.isArray())
            return problem = QStringLiteral("must be an array"), false;
        out.clear();
        const QJsonArray array = v.toArray();
        out.reserve(array.size());
        for (const QJsonValue &item : array) {
            typename IsList<T>::Item element{};
            if (!fromValue(item, element, problem))
                return false;
            out.append(std::move(element));
        }
    } else {
        static_assert(HasFields<T>, "type has no fields()");
        if (!v.isObject())
            return problem = QStringLiteral("must be an object"), false;
        return readObject(v.toObject(), out, problem, false);
    }
    return true;
}

// ---- Streaming writer ---------------------------------------------------------------------------

void appendJsonString(QByteArray &out, QStringView text);                    // quoted and escaped
void appendJsonKey(QByteArray &out, QByteArrayView key, bool comma = false); // [,]"key": (key is UTF-8)
bool isPlainJsonKey(QByteArrayView key);                                     // needs no escaping
void appendPlainJsonKey(QByteArray &out, QByteArrayView key, bool comma);    // appendJsonKey for plain keys
void appendJsonInteger(QByteArray &out, qint64 value);
void appendJsonDouble(QByteArray &out, double value);    // shortest round-trip form; null if not finite
void appendIsoDate(QByteArray &out, QDate date);         // "yyyy-MM-dd"; null when invalid
void appendIsoUtc(QByteArray &out, const QDateTime &dt); // as toIsoUtc(); null when invalid

template <typename T> void writeJson(QByteArray &out, const T &value);

template <typename T> void writeValue(QByteArray &out, const T &v)
{
    if constexpr (std::is_same_v<T, QString>) {
        appendJsonString(out, v);
    } else if constexpr (std::is_same_v<T, bool>) {
        out.append(v ? "true" : "false");
    } else if constexpr (std::is_integral_v<T>) {
        appendJsonInteger(out, qint64(v));
    } else if constexpr (std::is_floating_point_v<T>) {
        appendJsonDouble(out, double(v));
    } else if constexpr (std::is_same_v<T, QDate>) {
        appendIsoDate(out, v);
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        appendIsoUtc(out, v);
    } else if constexpr (std::is_same_v<T, QJsonObject>) {
        out.append(serialiseJsonValue(v));
    } else if constexpr (std::is_same_v<T, RawJson>) {
        out.append(v.bytes.isEmpty() ? QByteArrayView("null") : QByteArrayView(v.bytes));
    } else if constexpr (IsOptional<T>::value) {
        if (v)
            writeValue(out, *v);
        else
            out.append("null");
    } else if constexpr (IsList<T>::value) { // QStringList included
        out.append('[');
        bool first = true;
        for (const auto &item : v) {
            if (!first)
                out.append(',');
            first = false;
            writeValue(out, item);
        }
        out.append(']');
    } else {
        static_assert(HasFields<T>, "type has no fields()");
        writeJson(out, v);
    }
}

// A fields() key: string literals keep their length known at compile time.
template <std::size_t N> constexpr QByteArrayView fieldKey(const char (&key)[N])
{
    return QByteArrayView(key, qsizetype(N) - 1);
}
inline QByteArrayView fieldKey(const char *key)
{
    return QByteArrayView(key, qsizetype(std::strlen(key)));
}

// Whether none of T's keys needs escaping (checked once per type, so the writer can copy them as they are).
template <typename T> bool hasPlainKeys()
{
    static const bool plain = [] {
        T probe{};
        bool ok = true;
        T::fields(probe, [&ok](const auto &key, auto &) { ok = ok && isPlainJsonKey(fieldKey(key)); });
        return ok;
    }();
    return plain;
}

// Appends value as a JSON object.
template <typename T> void writeJson(QByteArray &out, const T &value)
{
    out.append('{');
    const bool plain = hasPlainKeys<T>();
    bool first = true;
    T::fields(value, [&out, &first, plain](const auto &key, const auto &field) {
        if (plain)
            appendPlainJsonKey(out, fieldKey(key), !first);
        else
            appendJsonKey(out, fieldKey(key), !first);
        first = false;
        writeValue(out, field);
    });
    out.append('}');
}

} // namespace codec

template <typename T> QJsonObject toJson(const T &value)
{
    return codec::toJsonObject(value);
}

// The same object as toJson(value), as compact UTF-8 JSON text.
template <typename T> QByteArray toJsonBytes(const T &value)
{
    QByteArray out;
    codec::writeJson(out, value);
    return out;
}

template <typename T> QJsonArray toJsonArray(const QList<T> &values)
{
    QJsonArray array;
    for (const T &v : values)
        array.append(codec::toJsonObject(v));
    return array;
}

// Reads a T; strict also rejects unknown fields (request bodies).
template <typename T> Result<T> fromJson(const QJsonObject &object, bool strict = false)
{
    T out{};
    QString problem;
    if (!codec::readObject(object, out, problem, strict))
        return makeError(ErrorCode::BadRequest, problem);
    return out;
}

template <typename T> Result<QList<T>> listFromJson(const QJsonArray &array)
{
    QList<T> out;
    QString problem;
    if (!codec::fromValue(QJsonValue(array), out, problem))
        return makeError(ErrorCode::BadRequest, problem);
    return out;
}

} // namespace gd
