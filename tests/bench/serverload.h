#pragma once
// govdesk-bench server-load: drives govdesk-server over loopback with N keep-alive connections for a
// bounded time on the citizens list and the change feed, against SQLite and (when GOVDESK_BENCH_PG_URL
// is set) PostgreSQL, and prints one JSON object with req/s and p50/p99 latency per backend and endpoint.

#include <QStringList>

namespace gd::bench {
int runServerLoad(const QStringList &args);
}
