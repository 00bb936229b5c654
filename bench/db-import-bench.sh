#!/usr/bin/env bash
# `lashing db import` throughput (issue 4): imports all shared OSV data (Go vulndb JSON, PyPA YAML,
# GHSA JSON: every record parsed, validated against the OSV schema, CVSS scored, stored) into an
# empty store, then again into the same store (the delta path: every record compared, none
# rewritten). Prints records, wall time, records per second and peak RSS for both runs.
# Usage: bench/db-import-bench.sh   (PEERS=DIR for another peers folder)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PEERS="${PEERS:-$ROOT/../shared/peers}/02-vulndata"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$ROOT"
die() { echo "db-import-bench: $*" >&2; exit 2; }
[[ -d $PEERS/osv-go-vulndb ]] || die "no shared OSV data in $PEERS (set PEERS=DIR)"
[[ -x /usr/bin/time ]] || die "needs GNU time at /usr/bin/time (apt-get install time)"
./lashing --version >/dev/null # builds the distribution when stale
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for run in empty-store same-data-again; do
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" ./lashing -q db import --db "$WORK/vuln.db" \
    "$PEERS/osv-go-vulndb" "$PEERS/osv-pypa" "$PEERS/ghsa-selected" >"$WORK/out"
  read -r wall rss user sys <"$WORK/time"
  records=$(grep -o '[0-9]* records imported' "$WORK/out" | cut -d' ' -f1)
  cpu=$(echo "$user + $sys" | bc -l)
  printf '%-16s %6d records  %6.1f s wall  %6.0f records/s  %6.1f s CPU  %6.0f records/CPU-s  %4d MB max RSS  (load %s)\n' \
    "$run" "$records" "$wall" "$(echo "$records / $wall" | bc -l)" "$cpu" \
    "$(echo "$records / $cpu" | bc -l)" "$((rss / 1024))" "$(cut -d' ' -f1 /proc/loadavg)"
done
