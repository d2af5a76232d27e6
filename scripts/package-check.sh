#!/usr/bin/env bash
# Builds the two .deb packages (govdesk, govdesk-server) with CPack and checks them:
#   1. desktop-file-validate and appstreamcli validate / validate-tree (must be clean);
#   2. dpkg-deb -I / -c: the files, the runtime Depends, the conffile, executable maintainer scripts, icon sizes;
#   3. systemd-analyze verify (and the offline security score) of the unit;
#   4. apt-get install -s of both packages on this machine;
#   5. a real installation in a clean Debian 12 chroot (debootstrap --variant=minbase bookworm from this
#      machine's mirror; the pristine chroot is cached as a tarball), then: the system user, the state
#      directory and the conffile's mode, the enabled unit, govdesk-server --version, the server started
#      from the packaged server.conf answering /api/v1/health, govdesk --version, the workstation signing in
#      and rendering a page under QT_QPA_PLATFORM=offscreen (with a real D-Bus + gnome-keyring), nginx with
#      the packaged example (TLS, health, the event stream unbuffered, the body limit), and a purge.
# Every step is timed; the summary, the dpkg -I output and the validation output end up in
# BUILD/packages/package-check.txt.
#
# Usage: scripts/package-check.sh [BUILD_DIR]          (default: ./build; ./govdesk.sh package calls it)
# Environment:
#   GOVDESK_SKIP_CHROOT=1    skip step 5 (no root, no network)
#   GOVDESK_SKIP_NGINX=1     skip the nginx part of step 5
#   GOVDESK_PACKAGE_NO_BUILD=1  package the executables BUILD_DIR/bin already holds, without building
#   GOVDESK_CHROOT_CACHE     where the pristine chroot tarball and the downloaded .debs are kept
#                            (default /var/cache/govdesk-chroot; delete it to start from scratch)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$(cd "${1:-$ROOT/build}" && pwd)"
OUT="$BUILD/packages"
CACHE="${GOVDESK_CHROOT_CACHE:-/var/cache/govdesk-chroot}"
REPORT="$OUT/package-check.txt"
DEMO_PASSWORD='GovDesk!2026'

say() { printf '\033[1mpackage-check:\033[0m %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }
note() { printf '%s\n' "$*" >>"$REPORT"; }

# --- timing -------------------------------------------------------------------------------------------
STEP=""; STEP_T0=""; TIMES=()
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
begin() { STEP="$1"; STEP_T0="$(now)"; say "== $STEP"; }
end() {
  local s; s="$(elapsed "$STEP_T0" "$(now)")"
  TIMES+=("$(printf '%-58s %8s s' "$STEP" "$s")")
  say "   $STEP: $s s"
}

# --- cleanup of the chroot (processes this script started in it, mounts, the work directory) -----------
WORK=""; CHROOT=""
chroot_processes() {
  local p root
  for p in /proc/[0-9]*; do
    root="$(readlink "$p/root" 2>/dev/null || true)"
    [ -n "$root" ] && [ "$root" = "$CHROOT" ] && echo "${p#/proc/}"
  done
  return 0
}
cleanup() {
  if [ -n "$CHROOT" ] && [ -d "$CHROOT" ]; then
    local pids; pids="$(chroot_processes)"
    if [ -n "$pids" ]; then
      # shellcheck disable=SC2086
      kill $pids 2>/dev/null || true
      sleep 1
      pids="$(chroot_processes)"
      # shellcheck disable=SC2086
      [ -z "$pids" ] || kill -9 $pids 2>/dev/null || true
    fi
    local m
    for m in var/cache/apt/archives dev/shm dev/pts dev proc sys; do
      if mountpoint -q "$CHROOT/$m" 2>/dev/null; then umount -l "$CHROOT/$m" 2>/dev/null || true; fi
    done
  fi
  # Remove the work directory only when nothing is mounted below it any more.
  if [ -n "$WORK" ] && [ -d "$WORK" ] && ! grep -q " $WORK/" /proc/mounts; then rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM

mkdir -p "$OUT"
: >"$REPORT"
command -v cpack >/dev/null || die "cpack not found (install cmake)"
command -v desktop-file-validate >/dev/null || die "desktop-file-validate not found (scripts/install-deps.sh installs desktop-file-utils)"
command -v appstreamcli >/dev/null || die "appstreamcli not found (scripts/install-deps.sh installs appstream)"

# === 1. Build and package ==============================================================================
[ -f "$BUILD/CMakeCache.txt" ] || die "$BUILD is not a configured build directory"
if [ "${GOVDESK_PACKAGE_NO_BUILD:-}" = 1 ]; then
  say "GOVDESK_PACKAGE_NO_BUILD=1: packaging what $BUILD/bin holds"
else
  begin "build govdesk, govdesk-server"
  export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=true
  cmake --build "$BUILD" --target govdesk govdesk-server -- -j"$(nproc)" >"$OUT/build.log" 2>&1 \
    || { tail -n 30 "$OUT/build.log" >&2; die "build failed (see $OUT/build.log)"; }
  end
fi

begin "cpack -G DEB"
rm -f "$OUT"/*.deb
(cd "$BUILD" && cpack -G DEB -B "$OUT" >"$OUT/cpack.log" 2>&1) || { cat "$OUT/cpack.log" >&2; die "cpack failed"; }
end
VERSION="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")"
debs=("$OUT"/govdesk_*.deb); CLIENT_DEB="${debs[0]}"
debs=("$OUT"/govdesk-server_*.deb); SERVER_DEB="${debs[0]}"
[ -f "$CLIENT_DEB" ] || die "no govdesk_*.deb in $OUT"
[ -f "$SERVER_DEB" ] || die "no govdesk-server_*.deb in $OUT"
note "== packages (project version $VERSION)"
for deb in "$CLIENT_DEB" "$SERVER_DEB"; do
  note "$(basename "$deb")  $(stat -c %s "$deb") bytes ($(du -h "$deb" | cut -f1)), installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
done
for deb in "$CLIENT_DEB" "$SERVER_DEB"; do
  note ""; note "== dpkg-deb -I $(basename "$deb")"; dpkg-deb -I "$deb" >>"$REPORT"
  note ""; note "== dpkg-deb -c $(basename "$deb")"; dpkg-deb -c "$deb" >>"$REPORT"
done

# === 2. Package contents ================================================================================
begin "dpkg-deb checks"
EXTRACT="$(mktemp -d /tmp/govdesk-pkgcheck.XXXXXX)"
trap 'rm -rf "$EXTRACT"; cleanup' EXIT INT TERM
for deb in "$CLIENT_DEB" "$SERVER_DEB"; do
  dpkg-deb -x "$deb" "$EXTRACT/root"
  name="$(dpkg-deb -f "$deb" Package)"
  mkdir -p "$EXTRACT/control-$name"; dpkg-deb -e "$deb" "$EXTRACT/control-$name"
  version="$(dpkg-deb -f "$deb" Version)"
  case "$version" in "$VERSION"|"$VERSION"-*) ;; *) die "$name: version $version is not the project version $VERSION" ;; esac
done
expect_files() { # deb file...
  local deb="$1"; shift; local listing; listing="$(dpkg-deb -c "$deb" | awk '{print $6}')"
  local f; for f in "$@"; do grep -qx "\./${f#/}" <<<"$listing" || die "$(basename "$deb") lacks $f"; done
}
expect_depends() { # deb field package...
  local deb="$1" field="$2"; shift 2; local value; value="$(dpkg-deb -f "$deb" "$field")"
  local p; for p in "$@"; do
    grep -Eq "(^|[ ,|])$p( |,|\||$)" <<<"$value" || die "$(basename "$deb") $field lacks $p: $value"
  done
}
APP_ID=cn.govdesk.GovDesk
icon_sizes=(16 24 32 48 64 128 256 512)
client_files=(/usr/bin/govdesk "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg")
for s in "${icon_sizes[@]}"; do client_files+=("/usr/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png"); done
expect_files "$CLIENT_DEB" "${client_files[@]}"
expect_files "$SERVER_DEB" /usr/bin/govdesk-server /lib/systemd/system/govdesk-server.service /etc/govdesk/server.conf \
  /usr/share/doc/govdesk-server/deploy.md /usr/share/doc/govdesk-server/examples/nginx-govdesk.conf
# The run-time pieces dpkg-shlibdeps cannot see, and some it must have found.
expect_depends "$CLIENT_DEB" Depends qt6-qpa-plugins libsecret-1-0 fonts-noto-cjk libsqlcipher1 libqt6widgets6 \
  libqt6network6 libqt6charts6 libqt6keychain1
expect_depends "$CLIENT_DEB" Recommends gnome-keyring
expect_depends "$SERVER_DEB" Depends libqt6sql6-sqlite libqt6sql6-psql adduser libqt6sql6 libqt6core6
# No server file in the client package and the other way round.
if dpkg-deb -c "$CLIENT_DEB" | grep -q govdesk-server; then die "the govdesk package contains server files"; fi
if dpkg-deb -c "$SERVER_DEB" | grep -Eq '/usr/bin/govdesk$|/applications/'; then die "the govdesk-server package contains client files"; fi
# The conffile, and maintainer scripts that dpkg can run.
grep -qx /etc/govdesk/server.conf "$EXTRACT/control-govdesk-server/conffiles" || die "server.conf is not a conffile"
for script in postinst prerm postrm; do
  [ -x "$EXTRACT/control-govdesk-server/$script" ] || die "govdesk-server $script is missing or not executable"
  sh -n "$EXTRACT/control-govdesk-server/$script" || die "govdesk-server $script: syntax error"
done
[ "$(stat -c %a "$EXTRACT/root/etc/govdesk/server.conf")" = 640 ] || die "server.conf is not mode 0640 in the package"
# Each PNG is the size its directory says.
for s in "${icon_sizes[@]}"; do
  got="$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' \
    "$EXTRACT/root/usr/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png")"
  [ "$got" = "${s}x${s}" ] || die "icon ${s}x${s} is $got"
done
note ""; note "== maintainer scripts: $(cd "$EXTRACT/control-govdesk-server" && stat -c '%A %n' postinst prerm postrm conffiles | tr '\n' ' ')"
end

# === 3. Desktop file, AppStream, systemd unit ==========================================================
begin "desktop-file-validate, appstreamcli validate"
note ""; note "== desktop-file-validate $APP_ID.desktop"
out="$(desktop-file-validate "$EXTRACT/root/usr/share/applications/$APP_ID.desktop" 2>&1)" || die "desktop-file-validate: $out"
[ -z "$out" ] || die "desktop-file-validate is not clean: $out"
note "(no output: valid)"
note ""; note "== appstreamcli validate --no-net $APP_ID.metainfo.xml"
out="$(appstreamcli validate --no-net "$EXTRACT/root/usr/share/metainfo/$APP_ID.metainfo.xml" 2>&1)" \
  || { printf '%s\n' "$out" >&2; die "appstreamcli validate failed"; }
note "$out"
grep -Eq '^[EWI]:' <<<"$out" && { printf '%s\n' "$out" >&2; die "appstreamcli validate is not clean"; }
# The installed tree: the metainfo's launchable desktop file and its icon are where they must be.
out="$(appstreamcli validate-tree --no-net "$EXTRACT/root" 2>&1)" || { printf '%s\n' "$out" >&2; die "appstreamcli validate-tree failed"; }
note ""; note "== appstreamcli validate-tree --no-net (the client's files)"; note "$out"
grep -Eq '^[EWI]:' <<<"$out" && { printf '%s\n' "$out" >&2; die "appstreamcli validate-tree is not clean"; }
end

if command -v systemd-analyze >/dev/null; then
  begin "systemd-analyze verify govdesk-server.service"
  # This machine's systemd loads the packaged unit with ExecStart pointing into the package tree (a
  # --root without the system's own units cannot load it). verify exits 0 on ignored settings, so any
  # output is a failure.
  sed "s|^ExecStart=/usr/bin/govdesk-server|ExecStart=$EXTRACT/root/usr/bin/govdesk-server|" \
    "$EXTRACT/root/lib/systemd/system/govdesk-server.service" >"$EXTRACT/govdesk-server.service"
  out="$(systemd-analyze verify --man=no "$EXTRACT/govdesk-server.service" 2>&1)" \
    || { printf '%s\n' "$out" >&2; die "systemd-analyze verify failed"; }
  [ -z "$out" ] || { printf '%s\n' "$out" >&2; die "systemd-analyze verify is not clean"; }
  note ""; note "== systemd-analyze verify govdesk-server.service: (no output: valid)"
  score="$(systemd-analyze security --offline=yes --root="$EXTRACT/root" /lib/systemd/system/govdesk-server.service 2>/dev/null \
    | grep -E 'Overall exposure level' || true)"
  note "== systemd-analyze security --offline: ${score:-n/a}"
  end
else
  say "systemd-analyze not found: the unit is not verified"
fi

# === 4. apt-get install -s on this machine ==============================================================
begin "apt-get install -s (this machine)"
out="$(apt-get install -s "$CLIENT_DEB" "$SERVER_DEB" 2>&1)" || { printf '%s\n' "$out" >&2; die "apt-get install -s failed"; }
note ""; note "== apt-get install -s (this machine): $(grep -E '^[0-9]+ upgraded' <<<"$out")"
end

# === 5. Installation in a clean Debian 12 ==============================================================
if [ "${GOVDESK_SKIP_CHROOT:-}" = 1 ]; then
  say "GOVDESK_SKIP_CHROOT=1: skipping the installation test in a Debian 12 chroot"
  note ""; note "== chroot installation test: SKIPPED (GOVDESK_SKIP_CHROOT=1)"
else
  [ "$(id -u)" -eq 0 ] || die "the chroot test needs root (or set GOVDESK_SKIP_CHROOT=1)"
  command -v debootstrap >/dev/null || die "debootstrap not found (scripts/install-deps.sh installs it)"

  # This machine's Debian mirror, as scripts/install-deps.sh finds it (deb822 sources first).
  mirror_for() { # suite regex, URI filter (awk regex that must or must not match)
    local f m=""
    for f in /etc/apt/sources.list.d/*.sources; do
      [ -f "$f" ] || continue
      m=$(awk -v want="$1" -v sec="$2" '
        function emit() { if (s ~ want && ((sec == "yes") == (u ~ /security/)) && u != "") { print u; exit } }
        /^URIs:/ {u=$2} /^Suites:/ {s=$0} /^$/ { emit(); u=""; s="" } END { emit() }' "$f" | head -n1)
      [ -n "$m" ] && break
    done
    if [ -z "$m" ] && [ -f /etc/apt/sources.list ]; then
      m=$(awk -v want="$1" -v sec="$2" '$1=="deb" && ("Suites: " $3) ~ want && ((sec == "yes") == ($2 ~ /security/)) {print $2; exit}' /etc/apt/sources.list)
    fi
    printf '%s' "$m"
  }
  MIRROR="$(mirror_for 'bookworm( |$)' no)"
  [ -n "$MIRROR" ] || die "cannot find the Debian mirror in apt's sources"
  SECURITY="$(mirror_for 'bookworm-security' yes)"
  SECURITY="${SECURITY:-http://deb.debian.org/debian-security}"
  say "mirror $MIRROR, security $SECURITY"

  mkdir -p "$CACHE/archives/partial"
  if command -v zstd >/dev/null; then TARBALL="$CACHE/bookworm-minbase.tar.zst"; COMPRESS=(--zstd); else
    TARBALL="$CACHE/bookworm-minbase.tar.gz"; COMPRESS=(--gzip); fi
  WORK="$(mktemp -d /var/tmp/govdesk-chroot.XXXXXX)"
  CHROOT="$WORK/root"
  if [ ! -f "$TARBALL" ]; then
    begin "debootstrap --variant=minbase bookworm (first run, cached afterwards)"
    debootstrap --variant=minbase bookworm "$CHROOT" "$MIRROR" >"$OUT/debootstrap.log" 2>&1 \
      || { tail -n 30 "$OUT/debootstrap.log" >&2; die "debootstrap failed (see $OUT/debootstrap.log)"; }
    # The suites this machine uses, backports included (SQLCipher 4.6); no service starts in the chroot.
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s bookworm-security main\ndeb %s bookworm-backports main\n' \
      "$MIRROR" "$MIRROR" "$SECURITY" "$MIRROR" >"$CHROOT/etc/apt/sources.list"
    printf '#!/bin/sh\nexit 101\n' >"$CHROOT/usr/sbin/policy-rc.d"; chmod 755 "$CHROOT/usr/sbin/policy-rc.d"
    rm -rf "$CHROOT"/var/cache/apt/archives/*.deb
    tar -C "$CHROOT" "${COMPRESS[@]}" --numeric-owner -cpf "$TARBALL.tmp" . && mv "$TARBALL.tmp" "$TARBALL"
    end
    note ""; note "== pristine chroot: $TARBALL ($(du -h "$TARBALL" | cut -f1)), made by debootstrap in this run"
  else
    begin "unpack the cached pristine chroot"
    mkdir -p "$CHROOT"
    tar -C "$CHROOT" "${COMPRESS[@]}" --numeric-owner -xpf "$TARBALL"
    end
  fi

  mount -t proc proc "$CHROOT/proc"
  mount -t devpts -o newinstance,ptmxmode=0666 devpts "$CHROOT/dev/pts"
  mount -t tmpfs -o mode=1777 tmpfs "$CHROOT/dev/shm"
  # Downloaded packages survive between runs.
  mount --bind "$CACHE/archives" "$CHROOT/var/cache/apt/archives"
  in_chroot() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

  begin "chroot: apt-get update"
  in_chroot apt-get update -qq >"$OUT/chroot-apt.log" 2>&1 || { cat "$OUT/chroot-apt.log" >&2; die "apt-get update in the chroot failed"; }
  end

  mkdir -p "$CHROOT/tmp/debs"; cp "$CLIENT_DEB" "$SERVER_DEB" "$CHROOT/tmp/debs/"
  begin "chroot: apt-get install govdesk govdesk-server (with Recommends)"
  in_chroot env DEBIAN_FRONTEND=noninteractive apt-get install -y /tmp/debs/"$(basename "$CLIENT_DEB")" \
    /tmp/debs/"$(basename "$SERVER_DEB")" >>"$OUT/chroot-apt.log" 2>&1 \
    || { tail -n 40 "$OUT/chroot-apt.log" >&2; die "installing the packages in the chroot failed (see $OUT/chroot-apt.log)"; }
  end
  note ""; note "== chroot install: $(grep -E '^[0-9]+ upgraded' "$OUT/chroot-apt.log" | tail -n1)"
  note "   $(grep -E '^Need to get|^After this operation' "$OUT/chroot-apt.log" | tr '\n' ' ')"
  # shellcheck disable=SC2016
  note "   libsqlcipher1 $(in_chroot dpkg-query -W -f='${Version}' libsqlcipher1)"

  begin "chroot: what the maintainer scripts did"
  in_chroot getent passwd govdesk | grep -q ':/var/lib/govdesk:/usr/sbin/nologin$' || die "no system user govdesk"
  [ "$(in_chroot stat -c '%U:%G %a' /var/lib/govdesk)" = "govdesk:govdesk 750" ] || die "/var/lib/govdesk: $(in_chroot stat -c '%U:%G %a' /var/lib/govdesk)"
  [ "$(in_chroot stat -c '%U:%G %a' /etc/govdesk/server.conf)" = "root:govdesk 640" ] || die "server.conf: $(in_chroot stat -c '%U:%G %a' /etc/govdesk/server.conf)"
  [ -L "$CHROOT/etc/systemd/system/multi-user.target.wants/govdesk-server.service" ] || die "govdesk-server.service is not enabled"
  # shellcheck disable=SC2016
  in_chroot dpkg-query -W -f='${Conffiles}\n' govdesk-server | grep -q /etc/govdesk/server.conf || die "dpkg does not list the conffile"
  note "   user: $(in_chroot getent passwd govdesk); /var/lib/govdesk $(in_chroot stat -c '%U:%G %a' /var/lib/govdesk); server.conf $(in_chroot stat -c '%U:%G %a' /etc/govdesk/server.conf); unit enabled"
  end

  begin "chroot: govdesk-server --version, govdesk --version"
  sv="$(in_chroot govdesk-server --version)" || die "govdesk-server --version failed"
  cv="$(in_chroot govdesk --version)" || die "govdesk --version failed"
  note "   $sv / $cv"
  grep -q "$VERSION" <<<"$sv$cv" || die "unexpected versions: $sv / $cv"
  end

  # The server as the unit runs it (user govdesk, the packaged server.conf), on a free port, with demo data.
  begin "chroot: govdesk-server from server.conf, /api/v1/health"
  : >"$CHROOT/tmp/server.out"
  chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    runuser -u govdesk -- /usr/bin/govdesk-server --config /etc/govdesk/server.conf --listen 127.0.0.1:0 \
    --demo --citizens 200 --sse-heartbeat 1 >"$CHROOT/tmp/server.out" 2>"$CHROOT/tmp/server.log" &
  for _ in $(seq 1 600); do
    head -n1 "$CHROOT/tmp/server.out" | grep -q '^listening on ' && break
    [ -n "$(chroot_processes)" ] || break
    sleep 0.2
  done
  head -n1 "$CHROOT/tmp/server.out" | grep -q '^listening on ' || { cat "$CHROOT/tmp/server.log" >&2; die "govdesk-server did not start in the chroot"; }
  ADDR="$(head -n1 "$CHROOT/tmp/server.out" | sed 's/^listening on //')"
  code="$(curl -s -o "$WORK/health.json" -w '%{http_code}' "http://$ADDR/api/v1/health")"
  [ "$code" = 200 ] || die "/api/v1/health answered $code"
  grep -q '"database":"sqlite"' "$WORK/health.json" || die "unexpected health: $(cat "$WORK/health.json")"
  [ -f "$CHROOT/var/lib/govdesk/govdesk-server.sqlite" ] || die "the database is not in /var/lib/govdesk"
  note "   server on $ADDR: /api/v1/health 200 $(cat "$WORK/health.json")"
  end

  # The workstation: sign in, first sync and the Today page rendered offscreen, with the keychain of a
  # real session bus and gnome-keyring (the Recommends).
  begin "chroot: govdesk --screenshot (offscreen, D-Bus + gnome-keyring)"
  if ! in_chroot sh -c 'command -v dbus-run-session && command -v gnome-keyring-daemon' >/dev/null; then
    in_chroot env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dbus-daemon gnome-keyring >>"$OUT/chroot-apt.log" 2>&1 \
      || die "cannot install dbus-daemon and gnome-keyring in the chroot"
  fi
  mkdir -p "$CHROOT/tmp/gdhome/runtime"; chmod 700 "$CHROOT/tmp/gdhome/runtime"
  printf '%s\n' "$DEMO_PASSWORD" >"$CHROOT/tmp/gdhome/password"; chmod 600 "$CHROOT/tmp/gdhome/password"
  # shellcheck disable=SC2016
  if ! chroot "$CHROOT" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp/gdhome XDG_RUNTIME_DIR=/tmp/gdhome/runtime \
      LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen dbus-run-session -- sh -c '
        printf %s govdesk-check | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        exec timeout 180 govdesk --server "http://$1" --user admin --password-file /tmp/gdhome/password \
          --screenshot /tmp/gdhome/today.png --page today' sh "$ADDR" >"$OUT/chroot-govdesk.log" 2>&1; then
    cat "$OUT/chroot-govdesk.log" >&2; die "govdesk --screenshot failed in the chroot"
  fi
  [ "$(stat -c %s "$CHROOT/tmp/gdhome/today.png" 2>/dev/null || echo 0)" -gt 20000 ] || die "no screenshot"
  cp "$CHROOT/tmp/gdhome/today.png" "$OUT/chroot-today.png"
  note "   govdesk signed in as admin, synced and wrote $OUT/chroot-today.png ($(stat -c %s "$OUT/chroot-today.png") bytes)"
  end

  if [ "${GOVDESK_SKIP_NGINX:-}" != 1 ]; then
    # nginx with the packaged example: only the ports, the upstream and the certificate (snakeoil) change.
    begin "chroot: nginx with the example (TLS, health, event stream, body limit)"
    in_chroot env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx ssl-cert >>"$OUT/chroot-apt.log" 2>&1 \
      || die "cannot install nginx in the chroot"
    HTTP_PORT=$((20000 + RANDOM % 20000)); HTTPS_PORT=$((HTTP_PORT + 1))
    rm -f "$CHROOT/etc/nginx/sites-enabled/default"
    sed -e "s/server 127.0.0.1:8470;/server $ADDR;/" -e "s/listen 80;/listen 127.0.0.1:$HTTP_PORT;/" \
        -e "s/listen 443 ssl http2;/listen 127.0.0.1:$HTTPS_PORT ssl http2;/" -e '/listen \[::\]/d' \
        -e 's|/etc/ssl/govdesk/fullchain.pem|/etc/ssl/certs/ssl-cert-snakeoil.pem|' \
        -e 's|/etc/ssl/govdesk/privkey.pem|/etc/ssl/private/ssl-cert-snakeoil.key|' \
        "$CHROOT/usr/share/doc/govdesk-server/examples/nginx-govdesk.conf" >"$CHROOT/etc/nginx/sites-enabled/govdesk"
    in_chroot nginx -t >>"$OUT/chroot-nginx.log" 2>&1 || { cat "$OUT/chroot-nginx.log" >&2; die "nginx -t rejects the example"; }
    in_chroot nginx >>"$OUT/chroot-nginx.log" 2>&1 || { cat "$OUT/chroot-nginx.log" >&2; die "nginx did not start"; }
    BASE="https://127.0.0.1:$HTTPS_PORT"
    headers="$(curl -sk -D - -o /dev/null "$BASE/api/v1/health")"
    grep -q '^HTTP/[0-9.]* 200' <<<"$headers" || die "health through nginx: $headers"
    grep -qi '^strict-transport-security: max-age=' <<<"$headers" || die "no HSTS header"
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/api/v1/health")" = 301 ] || die "port 80 does not redirect"
    token="$(curl -sk -H 'Content-Type: application/json' \
      -d "{\"username\":\"admin\",\"password\":\"$DEMO_PASSWORD\"}" "$BASE/api/v1/auth/login" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')" || die "sign-in through nginx failed"
    # Heartbeats every second (--sse-heartbeat 1) must arrive while the stream is open, not when it ends.
    curl -skN --max-time 4 -H "Authorization: Bearer $token" -H 'Accept: text/event-stream' \
      "$BASE/api/v1/sync/events" >"$WORK/events.txt" 2>/dev/null || true
    beats="$(grep -c '^:' "$WORK/events.txt" || true)"
    [ "${beats:-0}" -ge 2 ] || die "the event stream through nginx is buffered or silent: $(head -c 300 "$WORK/events.txt")"
    big="$(curl -sk -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      --data-binary @<(head -c 9000000 /dev/zero | tr '\0' 'x') "$BASE/api/v1/notes")"
    [ "$big" = 413 ] || die "a 9 MB body through nginx answered $big, not 413"
    in_chroot nginx -s stop >/dev/null 2>&1 || true
    note "   nginx (example config): health 200 with HSTS, :80 -> 301, $beats SSE heartbeats in 4 s, 9 MB body -> 413"
    end
  fi

  begin "chroot: stop the server, apt-get purge govdesk-server"
  pids="$(chroot_processes)"
  # shellcheck disable=SC2086
  [ -z "$pids" ] || kill $pids 2>/dev/null || true
  for _ in $(seq 1 50); do [ -z "$(chroot_processes)" ] && break; sleep 0.2; done
  in_chroot env DEBIAN_FRONTEND=noninteractive apt-get purge -y govdesk-server >>"$OUT/chroot-apt.log" 2>&1 || die "purge failed"
  ! in_chroot getent passwd govdesk >/dev/null || die "purge left the user govdesk"
  [ ! -e "$CHROOT/var/lib/govdesk" ] || die "purge left /var/lib/govdesk"
  [ ! -e "$CHROOT/etc/govdesk/server.conf" ] || die "purge left server.conf"
  note "   purge: user, /var/lib/govdesk and /etc/govdesk removed"
  end
fi

note ""; note "== timings"
for t in "${TIMES[@]}"; do note "$t"; done
say "all checks passed; report: $REPORT"
printf '%s\n' "${TIMES[@]}" >&2
