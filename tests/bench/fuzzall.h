#pragma once
// govdesk-bench fuzz-all [--seconds N] [--fuzz-dir DIR] [--targets a,b,…]
// Runs every libFuzzer target of tests/fuzz (contract, changefeed, audience, request, search) for N seconds
// each (default 10) over a scratch copy of its seed corpus (tests/fuzz/corpus/<target>, with
// tests/fuzz/dict/<target>.dict when there is one). The fuzz binaries come from a clang build with
// -DGOVDESK_FUZZ=ON: --fuzz-dir, else $GOVDESK_FUZZ_DIR, else <source>/build-asan/tests/fuzz.
// Prints one {"scenario":"fuzz-all","target":…} object per target (executions, exec_per_second, corpus
// seeds and final size, coverage features at start and end, new features, new units, peak RSS, crashes)
// and a total ({"target":"total",…}); exits 1 when any target crashed, leaked, timed out or is missing.
// Crashing inputs are kept in the scratch directory named by "artifacts".

#include <QStringList>

namespace gd::bench {
int runFuzzAll(const QStringList &args);
}
