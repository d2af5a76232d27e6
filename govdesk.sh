#!/usr/bin/env bash
# GovDesk's one entry point. See README.md.
#   ./govdesk.sh demo            install, build, start the embedded demo backend and open the workstation
#   ./govdesk.sh test [ARGS]     install, build and run everything CI runs: the CTest suite (private
#                                PostgreSQL, D-Bus, keyring), the ASan+UBSan subset with the fuzzers, the
#                                package checks and clang-tidy on the changed sources. With ARGS: only the
#                                CTest suite, ARGS passed to ctest (./govdesk.sh test -R tst_sync)
#   ./govdesk.sh bench [SCEN…]   run govdesk-bench scenarios (PostgreSQL ones get a private server);
#                                one scenario may take options: ./govdesk.sh bench soak --minutes 5
#   ./govdesk.sh server [ARGS]   build and run govdesk-server with ARGS
#   ./govdesk.sh build           install and build only
#   ./govdesk.sh sanitize [--subset] [ARGS]
#                                the CTest suite (ARGS go to ctest) under ASan+UBSan, fuzz targets included:
#                                a clang build in build-asan; any sanitizer report, in any process, fails
#                                the run. --subset: only tests/sanitizers/ci-subset.txt (what CI runs)
#   ./govdesk.sh package [DIR]   build the .debs and check them, installing them in a Debian 12 chroot
#                                (scripts/package-check.sh; GOVDESK_SKIP_CHROOT=1 skips the chroot)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
BUILD="$ROOT/build"
DEMO_PASSWORD='GovDesk!2026'

say() { printf '\033[1mgovdesk:\033[0m %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

install_deps() { bash "$ROOT/scripts/install-deps.sh"; }

build() {
  # ccache: share hits between checkouts in different directories (a CI clone, a second work tree).
  export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=true
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  if [ ! -f "$BUILD/build.ninja" ] || ! grep -q "GOVDESK_WERROR:BOOL=$werror" "$BUILD/CMakeCache.txt" 2>/dev/null; then
    say "configuring $BUILD (RelWithDebInfo, -Werror=$werror)"
    cmake --preset default -DGOVDESK_WERROR=$werror >/dev/null
  fi
  say "building (ccache: $(command -v ccache >/dev/null && echo on || echo off))"
  cmake --build "$BUILD" -- -j"$(nproc)" || die "build failed"
}

# --- private PostgreSQL (PLATFORM.md §10) -------------------------------------------------------
PG_DIR=""; PG_PORT=""
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
start_postgres() {
  local bin; bin="$(pg_bin)"; [ -n "$bin" ] || die "PostgreSQL is not installed"
  PG_DIR="$(mktemp -d /tmp/govdesk-pg.XXXXXX)"
  printf %s superpw >"$PG_DIR/pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$PG_DIR"; fi
  chmod 700 "$PG_DIR"; chmod 600 "$PG_DIR/pwfile"
  as_pg "$bin/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pwfile" --auth-local=scram-sha-256 \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
  # A random free port: PostgreSQL cannot pick one itself, so try a few.
  local started=0
  for _ in 1 2 3 4 5; do
    PG_PORT=$((20000 + RANDOM % 30000))
    if as_pg "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_DIR -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null 2>&1; then started=1; break; fi
  done
  [ $started -eq 1 ] || { cat "$PG_DIR/server.log" >&2; die "PostgreSQL did not start"; }
  PGPASSWORD=superpw "$bin/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE govdesk LOGIN CREATEDB PASSWORD 'govdesk'" -c "CREATE DATABASE govdesk OWNER govdesk" >/dev/null
  export GOVDESK_TEST_PG_URL="postgresql://govdesk:govdesk@127.0.0.1:$PG_PORT/govdesk"
  say "private PostgreSQL on 127.0.0.1:$PG_PORT"
}
stop_postgres() {
  [ -n "$PG_DIR" ] || return 0
  as_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"; PG_DIR=""
}

# --- demo ---------------------------------------------------------------------------------------
SERVER_PID=""
stop_server() { if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; fi; SERVER_PID=""; }

start_demo_server() {
  local data="$1" citizens="${GOVDESK_DEMO_CITIZENS:-20000}"
  mkdir -p "$data"; chmod 700 "$data"
  : >"$data/server.out"
  "$BUILD/bin/govdesk-server" --listen 127.0.0.1:0 --data-dir "$data" --demo --citizens "$citizens" \
      >"$data/server.out" 2>"$data/server.log" &
  SERVER_PID=$!
  local shown=""
  for _ in $(seq 1 1200); do
    if head -n1 "$data/server.out" | grep -q '^listening on '; then break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$data/server.log" >&2; die "govdesk-server exited"; }
    local last; last="$(grep -o 'demo data [0-9]*%' "$data/server.log" | tail -n1 || true)"
    if [ -n "$last" ] && [ "$last" != "$shown" ]; then say "$last"; shown="$last"; fi
    sleep 0.25
  done
  head -n1 "$data/server.out" | grep -q '^listening on ' || die "govdesk-server did not start; see $data/server.log"
  DEMO_ADDR="$(head -n1 "$data/server.out" | sed 's/^listening on //')"
}

run_demo() {
  local data="${GOVDESK_DATA_DIR:-$ROOT/data/demo}"
  trap stop_server EXIT INT TERM
  start_demo_server "$data"
  say "govdesk-server is serving http://$DEMO_ADDR (data in $data)"
  tail -n +2 "$data/server.out" >&2
  local pwfile="$data/demo-password"
  ( umask 077; printf '%s\n' "$DEMO_PASSWORD" >"$pwfile" )
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
    say "no display (DISPLAY is not set): the workstation cannot open a window here."
    say "the server keeps running; try: build/bin/govdesk --server http://$DEMO_ADDR --user admin --password-file $pwfile --screenshot today.png --page today"
    say "press Ctrl+C to stop the server"
    wait "$SERVER_PID"; return
  fi
  say "opening the workstation signed in as admin (close the window or press Ctrl+C to stop)"
  "$BUILD/bin/govdesk" --server "http://$DEMO_ADDR" --user admin --password-file "$pwfile" "$@" || true
}

# --- tests --------------------------------------------------------------------------------------
TEST_HOME=""
run_tests() {
  TEST_HOME="$(mktemp -d /tmp/govdesk-test-home.XXXXXX)"
  trap 'stop_postgres; [ -n "$TEST_HOME" ] && rm -rf "$TEST_HOME"' EXIT
  start_postgres
  # A throwaway HOME: the keyring, settings and caches of the tests never touch the user's own.
  export HOME="$TEST_HOME" XDG_RUNTIME_DIR="$TEST_HOME/runtime" QT_QPA_PLATFORM=offscreen
  mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
  say "running the CTest suite (labels: unit, integration, gui)"
  local rc=0
  dbus-run-session -- bash -c '
    printf %s govdesk-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    ctest --test-dir "$0" --output-on-failure -j "$(nproc)" --timeout 600 "${@}"' "$BUILD" "$@" || rc=$?
  return $rc
}

# --- sanitizers: ASan + UBSan (clang) -------------------------------------------------------------
build_sanitized() {
  export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=true
  BUILD="$ROOT/build-asan"
  if [ ! -f "$BUILD/build.ninja" ]; then
    say "configuring $BUILD (clang, ASan+UBSan)"
    # The same flags as the libFuzzer build (tests/fuzz), so that the two share ccache's hits.
    # -O0 with line tables: a clean sanitizer build takes a third of the CPU time of -O2 -g (measured
    # 4.6 s against 13.9 s for ui/citizenhomepage.cpp), which matters on a fresh 2-core CI machine.
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O0 -gline-tables-only -DNDEBUG" \
      -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DGOVDESK_SANITIZE=ON \
      -DGOVDESK_FUZZ=ON >/dev/null
  fi
  if [ "${SANITIZE_SUBSET:-0}" = 1 ]; then
    # The executables of the subset's tests (a _postgresql test runs its base's), and what they start.
    local targets=(govdesk-server tst_sync_client)
    while read -r t; do targets+=("${t%_postgresql}"); done < <(subset_tests)
    say "building the sanitizer subset in $BUILD (${#targets[@]} targets)"
    cmake --build "$BUILD" --target "${targets[@]}" -- -j"$(nproc)" || die "build failed"
  else
    say "building $BUILD"
    cmake --build "$BUILD" -- -j"$(nproc)" || die "build failed"
  fi
}

subset_tests() { grep -v -e '^#' -e '^[[:space:]]*$' "$ROOT/tests/sanitizers/ci-subset.txt"; }

run_sanitized() {
  local supp="$ROOT/tests/sanitizers" sym
  sym="$(ls /usr/lib/llvm-14/bin/llvm-symbolizer 2>/dev/null || command -v llvm-symbolizer || true)"
  # Reports go to stderr (ctest shows them; ServerProcess copies govdesk-server's into the test's output).
  # abort_on_error: a report kills the process with SIGABRT, whatever exit code the test expects.
  export ASAN_SYMBOLIZER_PATH="$sym"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:halt_on_error=1:check_initialization_order=1:strict_init_order=1:detect_odr_violation=2:allocator_may_return_null=0"
  export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:abort_on_error=1:suppressions=$supp/ubsan.supp"
  local rc=0
  if [ "${SANITIZE_SUBSET:-0}" = 1 ]; then
    run_tests -R "^($(subset_tests | paste -sd'|'))\$" "$@" || rc=$?
  else
    run_tests "$@" || rc=$?
  fi
  # A report from a process whose death a test did not notice still fails the run.
  local log="$BUILD/Testing/Temporary/LastTest.log"
  if grep -Eq 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log" 2>/dev/null; then
    say "sanitizer reports in $log:"
    grep -E 'ERROR: (Address|Leak)Sanitizer|runtime error:|^[0-9]+/[0-9]+ Test' "$log" >&2 || true
    rc=1
  fi
  return $rc
}

# --- everything CI runs (./govdesk.sh test without arguments) ------------------------------------
PHASES=()
phase() {
  local name="$1" start=$SECONDS rc=0; shift
  say "== $name"
  ( "$@" ) || rc=$?
  PHASES+=("$(printf '%-44s %5ss  %s' "$name" $((SECONDS - start)) "$([ $rc -eq 0 ] && echo ok || echo "FAILED ($rc)")")")
  return $rc
}
run_all() {
  local rc=0
  phase "suite (gcc, RelWithDebInfo)" run_tests || rc=1
  phase "sanitizers: ASan+UBSan subset + fuzzers" sanitize_subset || rc=1
  # The installation in a debootstrap chroot takes 6-8 minutes on a fresh machine; CI checks the packages
  # with the validators and apt-get install -s only (GOVDESK_CHROOT=1 adds the chroot there too).
  local skip_chroot="${GOVDESK_SKIP_CHROOT:-}"
  if [ -z "$skip_chroot" ] && [ "${CI:-}" = true ] && [ "${GOVDESK_CHROOT:-}" != 1 ]; then skip_chroot=1; fi
  phase "packages" env GOVDESK_SKIP_CHROOT="$skip_chroot" bash "$ROOT/scripts/package-check.sh" "$BUILD" || rc=1
  phase "clang-tidy on the changed sources" bash "$ROOT/scripts/tidy-changed.sh" --build "$BUILD" || rc=1
  say "summary:"; printf '  %s\n' "${PHASES[@]}" >&2
  return $rc
}
sanitize_subset() { SANITIZE_SUBSET=1; build_sanitized && run_sanitized; }

cmd="${1:-help}"; [ $# -gt 0 ] && shift
case "$cmd" in
  demo)   install_deps; build; run_demo "$@" ;;
  test)
    install_deps; build
    if [ $# -gt 0 ]; then run_tests "$@"; else run_all; fi ;;
  build)  install_deps; build ;;
  sanitize)
    if [ "${1:-}" = "--subset" ]; then SANITIZE_SUBSET=1; shift; fi
    install_deps; build_sanitized; run_sanitized "$@" ;;
  server) install_deps; build; exec "$BUILD/bin/govdesk-server" "$@" ;;
  bench)
    install_deps; build
    trap stop_postgres EXIT
    start_postgres
    export GOVDESK_BENCH_PG_URL="$GOVDESK_TEST_PG_URL"
    if [ $# -eq 0 ]; then set -- all; fi
    # One scenario with options (./govdesk.sh bench soak --minutes 5), or several scenarios without.
    if [ $# -gt 1 ] && [ "${2#-}" != "$2" ]; then "$BUILD/bin/govdesk-bench" "$@"
    else for s in "$@"; do "$BUILD/bin/govdesk-bench" "$s"; done; fi ;;
  package) install_deps; build; bash "$ROOT/scripts/package-check.sh" "${1:-$BUILD}" ;;
  help|-h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown command '$cmd' (try: demo, test, bench, server, build, package)" ;;
esac
