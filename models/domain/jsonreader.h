#pragma once
// Strict, typed reading of a JSON object: every field read is type-checked, missing required fields and
// (for request bodies) unknown fields are reported, and the first problem becomes one BadRequest Error
// naming the field. Used by the server for request bodies and by the client for the server's replies.

#include "domain/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace gd {

class JsonReader {
public:
    explicit JsonReader(const QJsonObject &object, QString context = {});

    QString string(const QString &key);                        // required
    std::optional<QString> optionalString(const QString &key); // absent or null -> nullopt
    qint64 integer(const QString &key);                        // required, integral number
    std::optional<qint64> optionalInteger(const QString &key);
    bool boolean(const QString &key);
    std::optional<bool> optionalBoolean(const QString &key);
    QJsonArray array(const QString &key);
    std::optional<QJsonArray> optionalArray(const QString &key);
    QJsonObject object(const QString &key);
    QStringList stringList(const QString &key); // required array of strings

    // Reports fields the caller did not read (for request bodies: unknown fields are an error).
    void rejectUnknownFields();
    void fail(const QString &field, const QString &problem);

    bool ok() const { return !m_error.has_value(); }
    Error error() const { return m_error.value_or(Error{}); }
    const QJsonObject &json() const { return m_object; }

    // Parses a whole request body as a JSON object: not JSON, not an object, or too deep -> BadRequest.
    static Result<QJsonObject> parseObject(const QByteArray &body);

private:
    QJsonValue take(const QString &key, bool required);
    QString where(const QString &key) const;

    QJsonObject m_object;
    QString m_context;
    QSet<QString> m_seen;
    std::optional<Error> m_error;
};

} // namespace gd
