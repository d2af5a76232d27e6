#pragma once
// Test-only fault injection (govdesk-server --inject-faults SPEC): makes the sync-critical routes (the
// change feed and the idempotent writes) fail the way networks and servers do, so that clients' retry
// and idempotency logic can be tested end to end. SPEC is a comma-separated list of key=value:
//   seed=N              the pseudo-random sequence (default 1); the same seed and request order give the
//                       same faults
//   error-before=P      answer 500 without running the handler
//   error-after=P       run the handler (its write commits) and answer 500 instead of its result
//   drop=P              run the handler, then close the connection without any response
//   truncate=P          run the handler, then send the headers with the full Content-Length but only part
//                       of the body, and close the connection
// Each P is a probability from 0 to 1; together at most 1. One fault at most is drawn per request.
// Thread-safe.

#include "domain/result.h"

#include <QString>

#include <mutex>
#include <random>

namespace gd::server {

class FaultInjector {
public:
    enum class Fault { None, ErrorBefore, ErrorAfter, Drop, Truncate };

    struct Spec {
        quint64 seed = 1;
        double errorBefore = 0;
        double errorAfter = 0;
        double drop = 0;
        double truncate = 0;
    };

    static Result<Spec> parse(const QString &text);
    static QString faultName(Fault fault);

    explicit FaultInjector(const Spec &spec);

    // The fault for the next request (None for most).
    Fault next();

private:
    Spec m_spec;
    std::mutex m_mutex;
    std::mt19937_64 m_random;
};

} // namespace gd::server
