#pragma once
// The recommendation engine (issue 7, server/reco) on demo data generated into a temporary SQLite file
// (--citizens N, default 20000; --seed S; --today yyyy-MM-dd, default 2026-11-24, so that runs compare):
//   govdesk-bench reco       build time, top-10 for --queries random citizens (p50/p95/p99/max µs
//                            against the 1 ms goal), the batch for every citizen (citizens/s, one thread and
//                            two), a cheap per-application update
//   govdesk-bench reco-eval  offline evaluation, leave-last-out: each citizen's most recent application is
//                            hidden, the engine is built from everything else (and the citizen's tags from
//                            before it), asked for ten services just before that application was submitted,
//                            and scored hit-rate@10 and NDCG@10 — beside a popularity-only baseline trained
//                            on the same applications and the same exclusions, and each signal alone
//                            (filled up by popularity) as an ablation; --weights r,c,s,h,t tries others.

#include <QStringList>

namespace gd::bench {

int runReco(const QStringList &args);
int runRecoEval(const QStringList &args);

} // namespace gd::bench
