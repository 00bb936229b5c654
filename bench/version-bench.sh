#!/usr/bin/env bash
# Version comparisons per second per scheme (issue 4 target: >= 10 M/s for dpkg and semver).
# Compiles model's test classes and runs dev.lashing.model.version.VersionBench (a main, not a
# test): 1 s warm-up, then 5 timed rounds per scheme over 4,096 realistic pairs; prints the best.
# Usage: bench/version-bench.sh [MILLIS_PER_SCHEME]   (default 2000)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$ROOT"
./mvnw -B -q -o -pl model -DskipTests -Dspotless.check.skip=true test-compile
exec "$JAVA_HOME/bin/java" -cp model/target/classes:model/target/test-classes \
  dev.lashing.model.version.VersionBench "${1:-2000}"
