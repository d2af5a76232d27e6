#pragma once
// The sync scenarios of govdesk-bench: a fresh SyncEngine (standalone, as in tst_sync) against the real
// govdesk-server with demo data on 127.0.0.1. Client and server share the machine's cores.
//
// govdesk-bench sync-initial [--citizens 50000] [--user admin] [--backend sqlite|postgresql]
//                            [--page-size N] [--live] [--breakdown]
//   The initial sync of the user's whole scope into a new SQLCipher file: seconds from start() to the end
//   of the first cycle, records (per entity), records/s, time to the first applied page, client time vs
//   waiting, payload and gzip wire bytes, peak RSS against the payload; --breakdown replays the same pages
//   to split the client's time (JSON parse, re-serialisation, search tokenisation, SQLCipher vs plain
//   writes) and times the server's feed alone.
// govdesk-bench store-overhead [--citizens 20000] [--user admin] [--repetitions 3] [--lists 500]
//                              [--searches 200]
//   The same sync into SQLCipher and into plain SQLite (alternating), the same pages through ChangeApplier
//   alone, then list/search workloads on both files (fresh connection, then warm): medians and
//   encrypted/plain ratios.
// govdesk-bench sync-incremental [--changes 500] [--citizens 20000] [--user admin] [--writer officer_wjw]
//                                [--backend sqlite|postgresql]
//   After an initial sync, an officer changes N applications on the server (PATCH with Idempotency-Key and
//   base_version); one syncNow() cycle must bring them all; then the same with the live change stream while
//   the officer writes from another thread (last server write -> local copy has every change).
// govdesk-bench sync-torture [--rounds 1000] [--citizens 3000] [--seed S]
//   tst_sync's server-killed-during-pull-and-push test for N rounds: exactly once, local == server.
// govdesk-bench grid-day [--citizens 5000] [--photo-kpx 1] [--queries 50]
//   A grid manager's offline day (issue 8): after the initial sync of grid_huli, 40 visits, 5 incidents
//   with a photo each and 10 task updates are written locally (latency per record), then one cycle pushes
//   them (ms, items/s, photo MB/s); exactly once is checked on the server (every record by id, every
//   photo's SHA-256); the same records posted with plain HTTP give the push/direct ratio; then the Grid
//   page's overview and residents reads of the grid from the local copy (p50/p95).

#include <QStringList>

namespace gd::bench {
int runSyncInitial(const QStringList &args);
int runStoreOverhead(const QStringList &args);
int runSyncIncremental(const QStringList &args);
int runSyncTorture(const QStringList &args);
int runGridDay(const QStringList &args);
} // namespace gd::bench
