#include "domain/error.h"

#include <array>
#include <utility>

namespace gd {
namespace {
struct CodeInfo {
    ErrorCode code;
    const char *name;
    int status;
};
constexpr std::array kCodes{
    CodeInfo{ErrorCode::BadRequest, "bad_request", 400},
    CodeInfo{ErrorCode::Unauthorized, "unauthorized", 401},
    CodeInfo{ErrorCode::TotpRequired, "totp_required", 401},
    CodeInfo{ErrorCode::Forbidden, "forbidden", 403},
    CodeInfo{ErrorCode::NotFound, "not_found", 404},
    CodeInfo{ErrorCode::Conflict, "conflict", 409},
    CodeInfo{ErrorCode::Locked, "account_locked", 423},
    CodeInfo{ErrorCode::TooManyRequests, "too_many_requests", 429},
    CodeInfo{ErrorCode::PayloadTooLarge, "payload_too_large", 413},
    CodeInfo{ErrorCode::MethodNotAllowed, "method_not_allowed", 405},
    CodeInfo{ErrorCode::Unavailable, "unavailable", 503},
    CodeInfo{ErrorCode::Network, "network", 0},
    CodeInfo{ErrorCode::Storage, "storage", 0},
    CodeInfo{ErrorCode::Internal, "internal", 500},
};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &info : kCodes) {
        if (info.code == code)
            return QString::fromLatin1(info.name);
    }
    return QStringLiteral("internal");
}

ErrorCode errorCodeFromName(const QString &name)
{
    for (const auto &info : kCodes) {
        if (name == QLatin1String(info.name))
            return info.code;
    }
    return ErrorCode::Internal;
}

int httpStatusFor(ErrorCode code)
{
    for (const auto &info : kCodes) {
        if (info.code == code)
            return info.status;
    }
    return 500;
}

QJsonObject Error::toJson() const
{
    QJsonObject inner{{QStringLiteral("code"), errorCodeName(code)}, {QStringLiteral("message"), message}};
    inner.insert(QStringLiteral("details"), details);
    return QJsonObject{{QStringLiteral("error"), inner}};
}

Error Error::fromJson(const QJsonObject &object)
{
    const QJsonObject inner = object.value(QStringLiteral("error")).toObject();
    return Error{errorCodeFromName(inner.value(QStringLiteral("code")).toString()),
                 inner.value(QStringLiteral("message")).toString(),
                 inner.value(QStringLiteral("details")).toObject()};
}

} // namespace gd
