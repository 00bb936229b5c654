#!/usr/bin/env bash
# `lashing image` (SBOM + matching) against `lashing sbom` alone on the Debian test image
# (issue 4 target: matching adds <= 20 %). hyperfine, 1 warm-up, 5 runs each, JSON to /dev/null.
# The vulnerability data is the bundled snapshot unless DB=PATH names a store or OSV directory.
# Needs: hyperfine; the test images (scripts/build-test-images.sh) in $IMAGES
# (default target/test-images).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
IMAGES="${IMAGES:-$ROOT/target/test-images}"
cd "$ROOT"
command -v hyperfine >/dev/null || { echo "vuln-bench: needs hyperfine" >&2; exit 2; }
[[ -f $IMAGES/lashing-test-docker.tar ]] ||
  { echo "vuln-bench: no test image in $IMAGES (scripts/build-test-images.sh)" >&2; exit 2; }
IMG="docker-archive:$IMAGES/lashing-test-docker.tar"
DBOPT=()
[[ -n ${DB:-} ]] && DBOPT=(--db "$DB")
./lashing --version >/dev/null # build and train the AOT cache first
hyperfine -N --warmup 1 --runs "${RUNS:-5}" \
  "./lashing sbom -q -f json -o /dev/null $IMG" \
  "./lashing image -q -f json -o /dev/null ${DBOPT[*]} $IMG"
