#pragma once
// Checks and errors that route handlers share: path ids, client-made ids, 404s, 400s naming a field, 409
// refusals with the current object, and the answer of an idempotent route's handler called outside its
// write transaction (a wiring bug).

#include "http/router.h"

#include <QUuid>

#include <algorithm>

namespace gd::server {

// Letters, digits, '-' and '_', 1..64 ASCII characters: anything else cannot be an id (answered 404).
inline bool isPlausibleId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'));
    });
}

inline Error notFound(const QString &what)
{
    return makeError(ErrorCode::NotFound, what + QStringLiteral(" not found"));
}

// BadRequest "field: message" with details.field (and any other details).
inline Error badField(const QString &field, const QString &message, QJsonObject details = {})
{
    details.insert(QStringLiteral("field"), field);
    return makeError(ErrorCode::BadRequest, field + QStringLiteral(": ") + message, details);
}

// A refusal of a change: 409 with details.reason, the current object as details.server, and `extra`.
inline Error refusal(const QString &reason, const QString &message, const QJsonObject &current,
                     QJsonObject extra = {})
{
    extra.insert(QStringLiteral("reason"), reason);
    extra.insert(QStringLiteral("server"), current);
    return makeError(ErrorCode::Conflict, message, std::move(extra));
}

// An id the client made for a new object: a UUID, taken in lower case; otherwise BadRequest on `field`.
inline Result<QString> clientId(const QString &raw, const QString &field = QStringLiteral("id"))
{
    const QString id = raw.trimmed().toLower();
    if (id.size() != 36 || QUuid::fromString(id).isNull())
        return badField(field, QStringLiteral("must be a UUID made by the client"));
    return id;
}

inline HttpResponse notInWriteScope()
{
    return HttpResponse::error(makeError(ErrorCode::Internal, QStringLiteral("not in a write transaction")));
}

} // namespace gd::server
