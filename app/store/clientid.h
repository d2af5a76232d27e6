#pragma once
// The id of an object the client creates (push, note, application started at the counter): the server
// takes the client's UUID, so a write queued offline is applied exactly once. Internal to the store's
// repositories.

#include "domain/result.h"

#include <QUuid>

namespace gd::store {

// Empty: a new lower-case UUID. Otherwise the given UUID in lower case, or BadRequest.
inline Result<QString> clientObjectId(const QString &id)
{
    const QString given = id.trimmed().toLower();
    if (given.isEmpty())
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (given.size() != 36 || QUuid::fromString(given).isNull())
        return makeError(ErrorCode::BadRequest, QStringLiteral("id: must be a UUID"),
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("id")}});
    return given;
}

} // namespace gd::store
