#include "security/secretbackend.h"

namespace gd {

QString secretStatusName(SecretReply::Status status)
{
    switch (status) {
    case SecretReply::Status::Ok:
        return QStringLiteral("ok");
    case SecretReply::Status::EntryNotFound:
        return QStringLiteral("entry_not_found");
    case SecretReply::Status::CouldNotDeleteEntry:
        return QStringLiteral("could_not_delete_entry");
    case SecretReply::Status::AccessDeniedByUser:
        return QStringLiteral("access_denied_by_user");
    case SecretReply::Status::AccessDenied:
        return QStringLiteral("access_denied");
    case SecretReply::Status::NoBackendAvailable:
        return QStringLiteral("no_backend_available");
    case SecretReply::Status::NotImplemented:
        return QStringLiteral("not_implemented");
    case SecretReply::Status::OtherError:
        return QStringLiteral("other_error");
    }
    return QStringLiteral("other_error");
}

} // namespace gd
