#!/usr/bin/env bash
# Builds a store of >= 300k advisories for the matching benchmark (issue 4: 10k packages against
# >= 300k advisory records): imports all shared OSV data (Go vulndb, PyPA, GHSA), then clones those
# real records with new ids and package names (StoreGenerator) up to TOTAL, then times one batch
# lookup of 10k packages (LookupBench). Peak RSS of each step with GNU time.
# Usage: bench/db-generate.sh [DB] [TOTAL]   (defaults: target/bench/vuln-300k.db, 300000)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PEERS="${PEERS:-$ROOT/../shared/peers}/02-vulndata"
DB="${1:-$ROOT/target/bench/vuln-300k.db}"
TOTAL="${2:-300000}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$ROOT"
die() { echo "db-generate: $*" >&2; exit 2; }
[[ -d $PEERS/osv-go-vulndb ]] || die "no shared OSV data in $PEERS (set PEERS=DIR)"
[[ -x /usr/bin/time ]] || die "needs GNU time at /usr/bin/time (apt-get install time)"
./lashing --version >/dev/null # builds the distribution (cli/target/lib) when stale
./mvnw -B -q -o -pl vulndb -am -DskipTests -Dspotless.check.skip=true test-compile >&2
CP="$ROOT/vulndb/target/test-classes:$ROOT/vulndb/target/classes:$ROOT/cli/target/lib/*"
mkdir -p "$(dirname "$DB")"
rm -f "$DB"
/usr/bin/time -f "import: %e s wall, %M KB max RSS" \
  ./lashing db import --db "$DB" "$PEERS/osv-go-vulndb" "$PEERS/osv-pypa" "$PEERS/ghsa-selected" 2>&1 |
  grep -v '^lashing: warning' || true
/usr/bin/time -f "generate: %e s wall, %M KB max RSS" \
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$CP" \
  dev.lashing.vulndb.store.StoreGenerator "$DB" "$TOTAL"
./lashing db info --db "$DB" | head -6
/usr/bin/time -f "lookup: %e s wall, %M KB max RSS" \
  "$JAVA_HOME/bin/java" -Xmx512m --enable-native-access=ALL-UNNAMED -cp "$CP" \
  dev.lashing.vulndb.store.LookupBench "$DB" 10000
