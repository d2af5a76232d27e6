#pragma once
// govdesk-bench soak: govdesk-server on PostgreSQL (or --sqlite) under N minutes of mixed staff traffic —
// officers, supervisors and grid managers reading lists, homepages, queues and dashboards, writing notes,
// visits, incidents with photos, tasks, application actions and campaign drafts (each under an
// Idempotency-Key, some replayed on purpose), pulling the change feed and holding one event stream.
// Prints one JSON object: throughput, p50/p95/p99 per class, errors by status, the server's RSS at the
// start (after warm-up) and end, and the write ledger checked against the database and the change feed.

#include <QStringList>

namespace gd::bench {
int runSoak(const QStringList &args);
}
