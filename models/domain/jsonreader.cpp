#include "domain/jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace gd {

JsonReader::JsonReader(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context))
{
}

QString JsonReader::where(const QString &key) const
{
    return m_context.isEmpty() ? key : m_context + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &field, const QString &problem)
{
    if (m_error)
        return;
    m_error = makeError(ErrorCode::BadRequest, where(field) + QStringLiteral(": ") + problem,
                        QJsonObject{{QStringLiteral("field"), where(field)}});
}

QJsonValue JsonReader::take(const QString &key, bool required)
{
    m_seen.insert(key);
    const QJsonValue value = m_object.value(key);
    if (required && (value.isUndefined() || value.isNull()))
        fail(key, QStringLiteral("is required"));
    return value;
}

QString JsonReader::string(const QString &key)
{
    const QJsonValue v = take(key, true);
    if (!v.isUndefined() && !v.isNull() && !v.isString())
        fail(key, QStringLiteral("must be a string"));
    return v.toString();
}

std::optional<QString> JsonReader::optionalString(const QString &key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        fail(key, QStringLiteral("must be a string"));
        return std::nullopt;
    }
    return v.toString();
}

static bool isIntegral(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 9007199254740992.0;
}

qint64 JsonReader::integer(const QString &key)
{
    const QJsonValue v = take(key, true);
    if (v.isUndefined() || v.isNull())
        return 0;
    if (!isIntegral(v)) {
        fail(key, QStringLiteral("must be an integer"));
        return 0;
    }
    return v.toInteger();
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!isIntegral(v)) {
        fail(key, QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    return v.toInteger();
}

bool JsonReader::boolean(const QString &key)
{
    const QJsonValue v = take(key, true);
    if (!v.isUndefined() && !v.isNull() && !v.isBool())
        fail(key, QStringLiteral("must be true or false"));
    return v.toBool();
}

std::optional<bool> JsonReader::optionalBoolean(const QString &key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

QJsonArray JsonReader::array(const QString &key)
{
    const QJsonValue v = take(key, true);
    if (!v.isUndefined() && !v.isNull() && !v.isArray())
        fail(key, QStringLiteral("must be an array"));
    return v.toArray();
}

std::optional<QJsonArray> JsonReader::optionalArray(const QString &key)
{
    const QJsonValue v = take(key, false);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isArray()) {
        fail(key, QStringLiteral("must be an array"));
        return std::nullopt;
    }
    return v.toArray();
}

QJsonObject JsonReader::object(const QString &key)
{
    const QJsonValue v = take(key, true);
    if (!v.isUndefined() && !v.isNull() && !v.isObject())
        fail(key, QStringLiteral("must be an object"));
    return v.toObject();
}

QStringList JsonReader::stringList(const QString &key)
{
    const QJsonArray a = array(key);
    QStringList out;
    out.reserve(a.size());
    for (const QJsonValue &item : a) {
        if (!item.isString()) {
            fail(key, QStringLiteral("must be an array of strings"));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

void JsonReader::rejectUnknownFields()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key())) {
            fail(it.key(), QStringLiteral("is not a known field"));
            return;
        }
    }
}

Result<QJsonObject> JsonReader::parseObject(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::BadRequest, QStringLiteral("malformed JSON at offset %1: %2")
                                                    .arg(parseError.offset)
                                                    .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return makeError(ErrorCode::BadRequest, QStringLiteral("the body must be a JSON object"));
    return doc.object();
}

} // namespace gd
