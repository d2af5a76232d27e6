#!/usr/bin/env bash
# GovDesk's one entry point. See README.md.
#   ./govdesk.sh demo            install, build, start the embedded demo backend and open the workstation
#   ./govdesk.sh test            install, build, run the whole CTest suite (private PostgreSQL, D-Bus, keyring)
#   ./govdesk.sh bench [SCEN…]   run govdesk-bench scenarios (PostgreSQL ones get a private server)
#   ./govdesk.sh server [ARGS]   build and run govdesk-server with ARGS
#   ./govdesk.sh build           install and build only
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

cmd="${1:-help}"; [ $# -gt 0 ] && shift
case "$cmd" in
  demo)   install_deps; build; run_demo "$@" ;;
  test)   install_deps; build; run_tests "$@" ;;
  build)  install_deps; build ;;
  server) install_deps; build; exec "$BUILD/bin/govdesk-server" "$@" ;;
  bench)
    install_deps; build
    trap stop_postgres EXIT
    start_postgres
    export GOVDESK_BENCH_PG_URL="$GOVDESK_TEST_PG_URL"
    if [ $# -eq 0 ]; then set -- all; fi
    for s in "$@"; do "$BUILD/bin/govdesk-bench" "$s"; done ;;
  help|-h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown command '$cmd' (try: demo, test, bench, server, build)" ;;
esac
