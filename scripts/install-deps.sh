#!/usr/bin/env bash
# Installs every Debian package GovDesk needs to build, run and test. Idempotent: does nothing when all
# packages are already present. Adds bookworm-backports (for SQLCipher 4.6) from the mirror the machine
# already uses.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkgconf dpkg-dev ccache clang-format clang-tidy git
  qt6-base-dev libqt6opengl6-dev libxkbcommon-dev qt6-charts-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libsecret-tools dbus-daemon
  libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev
  libroaring-dev libicu-dev libargon2-dev
  xvfb xauth fonts-noto-cjk
  postgresql curl
  clang libclang-rt-14-dev llvm-14   # ./govdesk.sh sanitize, tests/fuzz: ASan/UBSan/libFuzzer, llvm-symbolizer
  desktop-file-utils appstream debootstrap zstd   # ./govdesk.sh package (scripts/package-check.sh)
)
BACKPORTS_PACKAGES=(libsqlcipher-dev sqlcipher)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "govdesk: installing packages needs root or sudo" >&2; exit 1; fi
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sqlcipher_ok=0
if dpkg-query -W -f='${Status} ${Version}' libsqlcipher-dev 2>/dev/null | grep -q "install ok installed 4\."; then
  sqlcipher_ok=1
fi
if [ ${#missing[@]} -eq 0 ] && [ $sqlcipher_ok -eq 1 ]; then exit 0; fi

# bookworm-backports from the same mirror as the existing Debian sources.
if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
  mirror=""
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    # deb822: the URIs of a stanza whose Suites name bookworm (not -security).
    mirror=$(awk '
      /^URIs:/ {u=$2} /^Suites:/ {s=$0}
      /^$/ { if (s ~ /bookworm( |$)/ && u !~ /security/ && u != "") {print u; exit} u=""; s="" }
      END { if (s ~ /bookworm( |$)/ && u !~ /security/ && u != "") print u }' "$f" | head -n1)
    [ -n "$mirror" ] && break
  done
  if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    mirror=$(awk '$1=="deb" && $3=="bookworm" {print $2; exit}' /etc/apt/sources.list)
  fi
  if [ -z "$mirror" ]; then echo "govdesk: cannot find the Debian mirror in apt's sources" >&2; exit 1; fi
  echo "govdesk: adding bookworm-backports from $mirror"
  printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$mirror" | $SUDO tee /etc/apt/sources.list.d/govdesk-backports.sources >/dev/null
fi

echo "govdesk: installing packages: ${missing[*]} ${BACKPORTS_PACKAGES[*]}"
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -t bookworm-backports "${BACKPORTS_PACKAGES[@]}" >/dev/null
echo "govdesk: packages installed"
