#include "ui/errortext.h"

#include "net/transportfailure.h"

#include <QUrl>

namespace gd {

int ErrorText::minutesRoundedUp(qint64 seconds)
{
    return int(qMax<qint64>(1, (seconds + 59) / 60));
}

QString ErrorText::displayAddress(const QUrl &url)
{
    if (url.port() < 0)
        return url.host();
    return url.host() + QLatin1Char(':') + QString::number(url.port());
}

QString ErrorText::describe(const Error &error, Context context, const QString &server)
{
    const qint64 retryAfter = error.details.value(QStringLiteral("retry_after_seconds")).toInteger(-1);
    switch (error.code) {
    case ErrorCode::Unauthorized:
        if (context == Context::SignIn)
            return tr("The username or password is incorrect.");
        return tr("Your session has ended. Sign in again.");
    case ErrorCode::TotpRequired:
        if (error.details.value(QStringLiteral("totp_invalid")).toBool())
            return tr("The verification code is incorrect or has expired. Enter the current code from your "
                      "authenticator app.");
        return tr(
            "This account uses two-step verification. Enter the 6-digit code from your authenticator app.");
    case ErrorCode::Locked:
        if (retryAfter < 0)
            return tr(
                "This account is locked after too many failed sign-ins. Ask an administrator to unlock it.");
        return tr(
            "This account is locked after too many failed sign-ins. Try again in %n minute(s), or ask an "
            "administrator to unlock it.",
            nullptr, minutesRoundedUp(retryAfter));
    case ErrorCode::TooManyRequests:
        if (retryAfter < 0)
            return tr("Too many sign-in attempts from this computer. Wait a moment and try again.");
        if (retryAfter < 60)
            return tr("Too many sign-in attempts from this computer. Wait %n second(s) and try again.",
                      nullptr, int(qMax<qint64>(1, retryAfter)));
        return tr("Too many sign-in attempts from this computer. Wait %n minute(s) and try again.", nullptr,
                  minutesRoundedUp(retryAfter));
    case ErrorCode::Network:
        switch (transportFailureOf(error)) {
        case TransportFailure::ConnectionRefused:
            return tr("Cannot connect to the server at %1: nothing answers there. Check the server address, "
                      "or "
                      "ask your administrator whether the server is running.")
                .arg(server);
        case TransportFailure::HostNotFound:
            return tr("The server %1 cannot be found. Check the server address and your network connection.")
                .arg(server);
        case TransportFailure::Timeout:
            return tr("The server at %1 did not answer in time. Check your network connection and try again.")
                .arg(server);
        case TransportFailure::Tls:
            return tr("The security certificate of %1 is not trusted, so GovDesk did not connect. Ask your "
                      "administrator to check the server's certificate.")
                .arg(server);
        case TransportFailure::None:
        case TransportFailure::Other:
            break;
        }
        return tr("The connection to the server at %1 failed. Check your network connection and try again.")
            .arg(server);
    case ErrorCode::Unavailable:
        return tr("The server is temporarily unavailable. Try again in a few minutes.");
    case ErrorCode::Forbidden:
        return tr("Your account is not allowed to do this.");
    case ErrorCode::NotFound:
        return tr("The server does not know this item, or it is outside your area of work.");
    case ErrorCode::Conflict:
        return tr("Someone else changed this item in the meantime. Reload it and try again.");
    case ErrorCode::PayloadTooLarge:
        return tr("The request is too large for the server.");
    case ErrorCode::MethodNotAllowed:
        return tr(
            "The server does not offer this function. The server may run a different version; tell your "
            "administrator.");
    case ErrorCode::BadRequest:
        return tr(
            "The server rejected the request as invalid. If this keeps happening, tell your administrator.");
    case ErrorCode::Storage:
        return tr("GovDesk could not read or write its local data on this computer.");
    case ErrorCode::Internal:
        if (error.details.value(QStringLiteral("kind")).toString() == QLatin1String("bad_reply"))
            return tr("The server sent a reply GovDesk does not understand. The server may run a different "
                      "version; tell your administrator.");
        return tr("The server reported an error. Try again later; if it keeps happening, tell your "
                  "administrator.");
    }
    return tr("Something went wrong. Try again.");
}

} // namespace gd
