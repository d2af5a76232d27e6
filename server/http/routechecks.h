#pragma once
// Checks and errors that route handlers share: path ids, 404s, 400s naming a field, and the answer of an
// idempotent route's handler called outside its write transaction (a wiring bug).

#include "http/router.h"

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

inline HttpResponse notInWriteScope()
{
    return HttpResponse::error(makeError(ErrorCode::Internal, QStringLiteral("not in a write transaction")));
}

} // namespace gd::server
