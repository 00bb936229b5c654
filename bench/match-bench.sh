#!/usr/bin/env bash
# Matching throughput (issue 4 target: 10 k packages against >= 300 k advisory records in <= 1 s,
# RSS <= 512 MB). Runs dev.lashing.match.MatchBench (a main in match's test classes, not a test):
# generated records shaped like the real feeds in the in-memory store, then the best of five
# matching runs; peak RSS of the whole process (store included) with GNU time.
# Usage: bench/match-bench.sh [RECORDS] [PACKAGES]   (defaults 300000 10000)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$ROOT"
CP_FILE="$ROOT/target/match-bench.classpath"
mkdir -p "$ROOT/target"
# One reactor run: upstream modules resolve to their target/classes; match is built last, so the
# classpath file ends up being match's.
./mvnw -B -q -o -pl match -am -DskipTests -DskipITs -Dspotless.check.skip=true \
  test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="match/target/classes:match/target/test-classes:$(cat "$CP_FILE")"
/usr/bin/time -f 'peak RSS: %M KiB, wall %e s' \
  "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx512m} -cp "$CP" dev.lashing.match.MatchBench \
  "${1:-300000}" "${2:-10000}"
