#!/usr/bin/env bash
# Runs clang-tidy (the repo's .clang-tidy, every check an error) on the C++ sources a change touches, in
# parallel, and fails on any finding. Used by CI (.ci/run) and before a commit.
#
#   scripts/tidy-changed.sh [options] [BASE]
#     BASE        compare HEAD with this commit; default: `git merge-base HEAD origin/main` when that is
#                 not HEAD itself, else HEAD~1. Uncommitted and untracked files count as changed too.
#     --all       every GovDesk source in the compilation database instead (the clean baseline)
#     --build DIR the configured build directory (compile_commands.json and generated moc/ui headers);
#                 default: $GOVDESK_TIDY_BUILD or ./build (the one ./govdesk.sh builds)
#     --jobs N    clang-tidy processes at once (default: nproc)
#     --list      print the files that would be checked, run nothing
#     --no-generate  do not build the *_autogen targets first (the moc/ui headers exist already)
#
# The files checked: the changed .cpp files, plus the .cpp files named like a changed header (foo.h ->
# every foo.cpp; a cheap stand-in for "every file that includes it"), that the compilation database knows
# (files of other configurations, e.g. tests/fuzz in the clang build, are listed as skipped). Findings in
# GovDesk's own headers are reported through the .cpp files that include them, once each.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

all=0
list=0
generate=1
base=""
build="${GOVDESK_TIDY_BUILD:-$ROOT/build}"
jobs="$(nproc)"
while [ $# -gt 0 ]; do
  case "$1" in
    --all) all=1 ;;
    --list) list=1 ;;
    --no-generate) generate=0 ;;
    --build) build="$2"; shift ;;
    --build=*) build="${1#--build=}" ;;
    --jobs|-j) jobs="$2"; shift ;;
    --jobs=*) jobs="${1#--jobs=}" ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    -*) echo "tidy: unknown option $1" >&2; exit 2 ;;
    *) base="$1" ;;
  esac
  shift
done
build="$(cd "$build" 2>/dev/null && pwd)" || { echo "tidy: no build directory (configure one, or pass --build DIR)" >&2; exit 2; }
db="$build/compile_commands.json"
if [ ! -f "$db" ]; then
  echo "tidy: $db is missing; configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON (./govdesk.sh build does)" >&2
  exit 2
fi

tidy=""
for t in clang-tidy-14 clang-tidy; do
  if command -v "$t" >/dev/null 2>&1; then tidy="$t"; break; fi
done
if [ -z "$tidy" ]; then
  bash scripts/install-deps.sh
  tidy=clang-tidy
fi

# The repo's sources in the compilation database (not the build directories' generated files).
known="$(python3 - "$db" "$ROOT" <<'EOF'
import json, os, sys
db, root = sys.argv[1], sys.argv[2]
seen = set()
for entry in json.load(open(db)):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    rel = os.path.relpath(path, root)
    top = rel.split(os.sep)[0]
    if rel.startswith("..") or top.startswith("build") or top.startswith("."):
        continue
    if rel not in seen:
        seen.add(rel)
        print(rel)
EOF
)"

if [ $all -eq 1 ]; then
  files="$known"
  what="all sources"
else
  if [ -z "$base" ]; then
    mb="$(git merge-base HEAD origin/main 2>/dev/null || true)"
    if [ -n "$mb" ] && [ "$mb" != "$(git rev-parse HEAD)" ]; then
      base="$mb"
    elif git rev-parse -q --verify HEAD~1 >/dev/null; then
      base="HEAD~1"
    else
      base="$(git hash-object -t tree /dev/null)" # the first commit: everything is new
    fi
  fi
  changed="$( {
    git diff --name-only --diff-filter=d "$base" HEAD
    git diff --name-only --diff-filter=d HEAD
    git ls-files --others --exclude-standard
  } | grep -E '\.(cpp|h)$' | sort -u || true)"
  headers="$(printf '%s\n' "$changed" | grep -E '\.h$' | sed 's#.*/##; s#\.h$##' || true)"
  files="$( {
    printf '%s\n' "$changed" | grep -E '\.cpp$' || true
    for h in $headers; do printf '%s\n' "$known" | grep -E "(^|/)${h}\.cpp$" || true; done
  } | sort -u)"
  skipped="$(printf '%s\n' "$files" | grep -v -x -F -f <(printf '%s\n' "$known") | grep . || true)"
  files="$(printf '%s\n' "$files" | grep -x -F -f <(printf '%s\n' "$known") || true)"
  what="changed since $(git rev-parse --short "$base" 2>/dev/null || echo "$base")"
  if [ -n "$skipped" ]; then
    echo "tidy: not in $db (another configuration), skipped: $(printf '%s\n' "$skipped" | tr '\n' ' ')"
  fi
fi

count=$(printf '%s\n' "$files" | grep -c . || true)
if [ $list -eq 1 ]; then
  [ "$count" -eq 0 ] || printf '%s\n' "$files"
  exit 0
fi
if [ "$count" -eq 0 ]; then
  echo "tidy: no C++ sources to check ($what)"
  exit 0
fi

# The generated headers (moc, uic) the sources include; a no-op once the tree is built.
if [ $generate -eq 1 ] && [ -f "$build/build.ninja" ]; then
  autogen="$(ninja -C "$build" -t targets all 2>/dev/null | grep -o '^[^:/]*_autogen' | sort -u || true)"
  if [ -n "$autogen" ]; then
    # shellcheck disable=SC2086
    ninja -C "$build" $autogen >/dev/null || { echo "tidy: generating moc/ui headers failed" >&2; exit 2; }
  fi
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "tidy: $count files ($what), $jobs at a time, $($tidy --version | grep -o 'version [0-9.]*')"
start=$(date +%s)
# One log per file; the header filter is anchored at the repo root so that generated headers in build
# directories (inside the repo) stay out.
# shellcheck disable=SC2016 # the inner script's variables are its own
printf '%s\n' "$files" | tr '\n' '\0' | xargs -0 -P "$jobs" -n 1 sh -c '
  log="$0/$(printf %s "$4" | tr / _).log"
  if "$1" -p "$2" --quiet --header-filter="^$3/(app|models|server|ui|tests)/" "$3/$4" >"$log" 2>&1; then
    rm -f "$log"
  else
    echo "tidy: findings in $4" >&2
  fi
  exit 0' "$out" "$tidy" "$build" "$ROOT"
elapsed=$(( $(date +%s) - start ))

failed=$(find "$out" -name '*.log' | wc -l)
if [ "$failed" -gt 0 ]; then
  echo
  # Every finding once (a header's finding is reported by each file that includes it), with its notes.
  find "$out" -name '*.log' -print0 | sort -z | xargs -0 cat |
    grep -v -E '^[0-9]+ (warnings?|errors?)( and [0-9]+ (warnings?|errors?))? generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Error while processing' |
    awk '/: (error|warning): / { key = $0; skip = (key in seen); seen[key] = 1 } !skip { print }'
  findings=$(find "$out" -name '*.log' -print0 | xargs -0 cat | grep -E ': (error|warning): ' | sort -u | wc -l)
  echo
  echo "tidy: FAILED: $findings findings in $failed of $count files ($what), ${elapsed}s"
  exit 1
fi
echo "tidy: clean: $count files ($what), ${elapsed}s"
