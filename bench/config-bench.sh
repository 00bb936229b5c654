#!/usr/bin/env bash
# Issue 5's configuration benchmark: `lashing config DIR` over 10,000 manifest files (targets:
# <= 10 s wall, <= 512 MB peak RSS). The files are real Kubernetes manifests from the peer suites
# (KICS, Checkov, Kubescape, Polaris and kube-linter samples in shared/peers/03-k8s-misconfig),
# copied into target/config-bench/manifests and repeated until there are $COUNT of them (each
# copy keeps its text; names are numbered). Every run writes the table report to a file, so
# rendering the report is measured too (FORMAT=json for the JSON report); wall time and peak RSS
# come from GNU time -v. LASHING_JAVA_OPTS (e.g. -Xmx256m) reaches the JVM.
# Usage: PEERS=/path/to/shared/peers bench/config-bench.sh [RUNS]   (default RUNS=3, COUNT=10000)
# Needs: /usr/bin/time (apt-get install time), the peer data.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PEERS="${PEERS:-$ROOT/../shared/peers}"
COUNT="${COUNT:-10000}"
RUNS="${1:-3}"
FORMAT="${FORMAT:-table}"
OUT="$ROOT/target/config-bench"
die() { echo "config-bench: $*" >&2; exit 2; }
[[ -x /usr/bin/time ]] || die "needs GNU time at /usr/bin/time (apt-get install time)"
SAMPLES="$PEERS/03-k8s-misconfig"
[[ -d $SAMPLES ]] || die "no peer samples at $SAMPLES (set PEERS=DIR)"
cd "$ROOT"

if [[ ! -f $OUT/manifests/.count-$COUNT ]]; then
  rm -rf "$OUT/manifests"
  mkdir -p "$OUT/manifests"
  # Real manifests only: YAML files under 20 KiB that declare a top-level kind.
  python3 - "$SAMPLES" "$OUT/manifests" "$COUNT" <<'PY' || die "cannot generate the manifests"
import os, shutil, sys
samples_dir, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
samples = []
for d, _, files in os.walk(samples_dir):
    for f in files:
        p = os.path.join(d, f)
        if f.endswith((".yaml", ".yml")) and os.path.getsize(p) < 20 * 1024:
            with open(p, "rb") as fh:
                if any(line.startswith(b"kind:") for line in fh):
                    samples.append(p)
samples.sort()
if not samples:
    sys.exit("no manifests found under " + samples_dir)
for i in range(count):
    s = samples[i % len(samples)]
    d = os.path.join(out, "%03d" % (i // 1000))
    os.makedirs(d, exist_ok=True)
    shutil.copyfile(s, os.path.join(d, "%05d-%s" % (i, os.path.basename(s))))
print("config-bench: %d files from %d samples" % (count, len(samples)))
PY
  touch "$OUT/manifests/.count-$COUNT"
  echo "config-bench: $(du -sh "$OUT/manifests" | cut -f1) in $OUT/manifests"
fi

./lashing --version >/dev/null   # build + AOT cache outside the measurement
for ((r = 1; r <= RUNS; r++)); do
  /usr/bin/time -v -o "$OUT/time-$r.txt" \
    ./lashing config "$OUT/manifests" --format "$FORMAT" -o "$OUT/report.$FORMAT" 2>"$OUT/stderr-$r.txt" || true
  wall=$(grep 'Elapsed (wall clock)' "$OUT/time-$r.txt" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$OUT/time-$r.txt" | awk '{print $NF}')
  cpu=$(grep -E 'User time|System time' "$OUT/time-$r.txt" | awk '{printf "%s ", $NF}')
  echo "run $r: wall $wall, peak RSS $((rss / 1024)) MiB, user+sys CPU ${cpu}s, load $(cut -d' ' -f1-3 /proc/loadavg)"
done
tail -1 "$OUT/report.$FORMAT"
echo "input errors: $(grep -c 'lashing: error' "$OUT/stderr-$RUNS.txt" || true)"
