#pragma once
// Why a request never got an HTTP answer. Stored in a Network error's details under "transport" so the
// UI can say "connection refused" vs "certificate problem" without parsing messages.

#include "domain/error.h"

namespace gd {

enum class TransportFailure {
    None,              // not a transport failure (an HTTP answer arrived, or not a Network error)
    ConnectionRefused, // nothing listens at the address
    HostNotFound,      // the name does not resolve
    Timeout,           // no complete answer within the transfer timeout
    Tls,               // TLS handshake failed: untrusted, expired or mismatching certificate
    Other,             // connection dropped, proxy trouble, unsupported scheme, ...
};

QString transportFailureName(TransportFailure failure); // "connection_refused", "host_not_found", ...
TransportFailure transportFailureFromName(const QString &name);

// The failure recorded in a Network error's details; None for other errors.
TransportFailure transportFailureOf(const Error &error);

} // namespace gd
