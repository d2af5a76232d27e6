#!/usr/bin/env bash
# Fails when any C++ file differs from .clang-format's layout.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || bash scripts/install-deps.sh
files=$(git ls-files '*.cpp' '*.h')
[ -n "$files" ] || exit 0
bad=$(for f in $files; do clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || echo "$f"; done)
if [ -n "$bad" ]; then
  echo "clang-format: these files are not formatted (run: clang-format -i FILE):" >&2
  echo "$bad" >&2
  exit 1
fi
echo "clang-format: all $(echo "$files" | wc -w) files clean"
