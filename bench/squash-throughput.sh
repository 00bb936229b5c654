#!/usr/bin/env bash
# Squashed-view indexing throughput against the floor set by gzip itself.
#   (a) gzip -dc over the image's layer blobs, two streams in parallel (both cores), largest first
#   (b) Lashing indexing the same image into its squashed view, -Xmx512m: `./lashing image inspect
#       oci:PATH --format json` when the CLI exists, else the test-scope main
#       dev.lashing.image.fs.SquashBench on the image module's test classpath
# Reports MB/s of uncompressed data for both, the ratio (b)/(a) and the peak RSS of (b).
# Usage: bench/squash-throughput.sh [OCI_LAYOUT]   (default: built by bench/build-big-image.sh)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
IMG=$(realpath -m "${1:-$REPO/target/bench/big-oci}")
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[[ -f $IMG/layers.tsv ]] || "$REPO/bench/build-big-image.sh" "$IMG"
[[ -x /usr/bin/time ]] || { echo "squash-throughput: /usr/bin/time (GNU time) is needed" >&2; exit 1; }

BYTES=$(awk -F'\t' '{s += $2} END {print s}' "$IMG/layers.tsv")
now() { date +%s.%N; }
mbps() { python3 -c "print(f'{$1 / 1e6 / ($3 - $2):.1f}')"; }
cat "$IMG"/blobs/sha256/* >/dev/null # warm the page cache for both runs

t0=$(now)
sort -t$'\t' -k2,2nr "$IMG/layers.tsv" | cut -f1 | (cd "$IMG" && xargs -P2 -n1 sh -c 'gzip -dc "$0" >/dev/null')
t1=$(now)
GZIP_MBPS=$(mbps "$BYTES" "$t0" "$t1")

LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
if [[ -x $REPO/lashing ]]; then
  HOW="./lashing image inspect oci:$IMG --format json"
  t0=$(now)
  LASHING_JAVA_OPTS=-Xmx512m /usr/bin/time -v -o "$LOG" "$REPO/lashing" image inspect "oci:$IMG" \
    --format json >/dev/null
  t1=$(now)
else
  (cd "$REPO" && ./mvnw -q -B -pl image -am test-compile >/dev/null &&
    ./mvnw -q -B -pl image -am dependency:build-classpath -Dmdep.outputFile="$REPO/target/bench/cp.txt" \
      -Dmdep.includeScope=test >/dev/null)
  CP="$REPO/image/target/test-classes:$REPO/image/target/classes:$REPO/model/target/classes:$(cat "$REPO/target/bench/cp.txt")"
  HOW="java -Xmx512m dev.lashing.image.fs.SquashBench (test classpath)"
  t0=$(now)
  /usr/bin/time -v -o "$LOG" "$JAVA_HOME/bin/java" -Xmx512m -cp "$CP" dev.lashing.image.fs.SquashBench \
    "$IMG" big
  t1=$(now)
fi
LASHING_MBPS=$(mbps "$BYTES" "$t0" "$t1")
RSS_MB=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$LOG")

printf '\nimage            %s (%d layers, %.0f MB uncompressed)\n' "$IMG" "$(wc -l <"$IMG/layers.tsv")" \
  "$(python3 -c "print($BYTES / 1e6)")"
printf 'gzip -dc (x2)    %8s MB/s\n' "$GZIP_MBPS"
printf 'lashing          %8s MB/s   (%s, wall clock incl. JVM start)\n' "$LASHING_MBPS" "$HOW"
printf 'ratio            %8s %%\n' "$(python3 -c "print(f'{100 * $LASHING_MBPS / $GZIP_MBPS:.0f}')")"
printf 'peak RSS         %8s MB\n' "$RSS_MB"
