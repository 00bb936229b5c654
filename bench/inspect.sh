#!/usr/bin/env bash
# Times `lashing image inspect` on the Debian test image (docker-archive and OCI gzip) and
# `lashing --version` (warm start-up), with hyperfine; peak RSS with GNU time.
# Needs: hyperfine, /usr/bin/time; the test images (scripts/build-test-images.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
IMAGES="${IMAGES:-$ROOT/target/test-images}"
cd "$ROOT"
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
[ -d "$IMAGES/oci" ] || { echo "bench: no test images in $IMAGES (run scripts/build-test-images.sh)" >&2; exit 2; }
./lashing --version >/dev/null   # build + AOT cache outside the measurement

hyperfine --warmup 3 --runs 20 --export-markdown target/bench-version.md './lashing --version'
hyperfine --warmup 2 --runs 10 --export-markdown target/bench-inspect.md \
  "./lashing image inspect docker-archive:$IMAGES/lashing-test-docker.tar --format json" \
  "./lashing image inspect oci:$IMAGES/oci:lashing-test --format json"

for t in "docker-archive:$IMAGES/lashing-test-docker.tar" "oci:$IMAGES/oci:lashing-test"; do
  rss=$( { /usr/bin/time -f '%M' ./lashing image inspect "$t" --format json >/dev/null; } 2>&1 | tail -1)
  echo "peak RSS $t: $((rss / 1024)) MiB"
done
