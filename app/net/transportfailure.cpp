#include "net/transportfailure.h"

#include <array>

namespace gd {
namespace {
struct Name {
    TransportFailure failure;
    const char *name;
};
constexpr std::array kNames{
    Name{TransportFailure::ConnectionRefused, "connection_refused"},
    Name{TransportFailure::HostNotFound, "host_not_found"},
    Name{TransportFailure::Timeout, "timeout"},
    Name{TransportFailure::Tls, "tls"},
    Name{TransportFailure::Other, "other"},
};
} // namespace

QString transportFailureName(TransportFailure failure)
{
    for (const auto &entry : kNames) {
        if (entry.failure == failure)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

TransportFailure transportFailureFromName(const QString &name)
{
    for (const auto &entry : kNames) {
        if (name == QLatin1String(entry.name))
            return entry.failure;
    }
    return TransportFailure::None;
}

TransportFailure transportFailureOf(const Error &error)
{
    if (error.code != ErrorCode::Network)
        return TransportFailure::None;
    const TransportFailure failure =
        transportFailureFromName(error.details.value(QStringLiteral("transport")).toString());
    return failure == TransportFailure::None ? TransportFailure::Other : failure;
}

} // namespace gd
