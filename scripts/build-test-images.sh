#!/usr/bin/env bash
# Builds the real test images the integration tests and benchmarks read, without a Docker daemon.
#
# What the image (tag lashing-test) contains, bottom layer first:
#   0. Debian bookworm, mmdebstrap --variant=minbase --include=python3-requests: a real dpkg
#      database (/var/lib/dpkg/status), /etc/os-release -> ../usr/lib/os-release, /dev nodes,
#      python3-requests as a dpkg-owned Python package.
#   1. an application layer: jars from Maven Central in /opt/app/lib (log4j-core/-api 2.14.1,
#      commons-text 1.9, jackson-databind 2.9.10), npm modules lodash 4.17.20 and minimist 1.2.5 in
#      /opt/app/node/node_modules, Python wheels (pip, setuptools from Debian's *-whl packages)
#      unpacked into /usr/local/lib/python3.11/dist-packages.
#   2. a whiteout layer deleting /etc/issue.net (.wh.issue.net).
# Config: user 1000:1000, workdir /opt/app, cmd /bin/bash, one label.
#
# Outputs in OUT (default: <repo>/target/test-images, or the first argument):
#   oci/                     OCI layout, gzip layers (umoci)        image ref oci:OUT/oci:lashing-test
#   oci-zstd/                the same image with zstd layers (skopeo)
#   lashing-test-docker.tar  docker-archive (skopeo), tag lashing/test:1
#   rootfs/                  the flattened root filesystem (umoci unpack)
#   COMPLETE                 written last; when present the script does nothing
#
# Needs root (mmdebstrap), mmdebstrap, umoci, skopeo, npm, python3, apt-get, and JDK 25 for
# ./mvnw (JAVA_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64). Needs network access to
# deb.debian.org, Maven Central and the npm registry.
#
# --if-possible: exit 0 with a "skipping" message instead of failing when a tool or root is missing
# (the Maven build uses it; the integration tests then skip with a message).
set -euo pipefail

IF_POSSIBLE=false
if [[ ${1:-} == --if-possible ]]; then IF_POSSIBLE=true; shift; fi
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$(realpath -m "${1:-${LASHING_TEST_IMAGES:-$REPO/target/test-images}}")
SUITE=${SUITE:-bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

unable() {
  if $IF_POSSIBLE; then
    echo "build-test-images: skipping ($1); integration tests that need $OUT will skip" >&2
    exit 0
  fi
  echo "build-test-images: $1" >&2
  exit 1
}

if [[ -f $OUT/COMPLETE ]]; then
  echo "build-test-images: $OUT is complete, nothing to do"
  exit 0
fi
for tool in mmdebstrap umoci skopeo npm python3 apt-get tar; do
  command -v "$tool" >/dev/null || unable "missing tool '$tool' (apt-get install mmdebstrap umoci skopeo npm python3)"
done
[[ -x $JAVA_HOME/bin/java ]] || unable "JAVA_HOME=$JAVA_HOME has no bin/java (JDK 25 needed for ./mvnw)"
[[ $(id -u) -eq 0 ]] || unable "must run as root (mmdebstrap builds the Debian rootfs as root)"

# Build next to OUT and move into place at the end: a failed run leaves nothing half-written.
WORK=$(mktemp -d "$(dirname "$OUT")/.test-images.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
start=$SECONDS
step() { printf 'build-test-images: %-24s %4ds\n' "$1" $((SECONDS - start)); }

mmdebstrap --quiet --variant=minbase --include=python3-requests --format=tar \
  "$SUITE" base.tar "$MIRROR"
step "debian $SUITE rootfs"

A=$WORK/app
mkdir -p "$A/opt/app/lib" "$A/opt/app/node" "$A/usr/local/lib/python3.11/dist-packages"
for gav in org.apache.logging.log4j:log4j-core:2.14.1 org.apache.logging.log4j:log4j-api:2.14.1 \
  org.apache.commons:commons-text:1.9 com.fasterxml.jackson.core:jackson-databind:2.9.10; do
  (cd "$REPO" && ./mvnw -q -B -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="$gav" -DoutputDirectory="$A/opt/app/lib" -Dmdep.overWriteReleases=true)
done
step "maven jars"
(cd "$A/opt/app/node" && npm init -y >/dev/null &&
  npm install --no-audit --no-fund --save-exact lodash@4.17.20 minimist@1.2.5 >/dev/null)
step "npm modules"
mkdir -p debs/x
(cd debs && apt-get download -q python3-pip-whl python3-setuptools-whl >/dev/null)
for d in debs/*.deb; do dpkg-deb -x "$d" debs/x; done
for w in debs/x/usr/share/python-wheels/*.whl; do
  python3 -m zipfile -e "$w" "$A/usr/local/lib/python3.11/dist-packages/"
done
step "python wheels"
tar --sort=name --numeric-owner --owner=0 --group=0 --mtime=@"$SOURCE_DATE_EPOCH" \
  -C "$A" -cf app.tar .
mkdir -p wh/etc && touch wh/etc/.wh.issue.net
tar --sort=name --numeric-owner --owner=0 --group=0 --mtime=@"$SOURCE_DATE_EPOCH" -C wh -cf wh.tar .

mkdir out
umoci init --layout out/oci
umoci new --image out/oci:lashing-test
umoci raw add-layer --image out/oci:lashing-test --history.created_by "mmdebstrap minbase $SUITE" base.tar
umoci raw add-layer --image out/oci:lashing-test --history.created_by "COPY app /" app.tar
umoci raw add-layer --image out/oci:lashing-test --history.created_by "RUN rm /etc/issue.net" wh.tar
umoci config --image out/oci:lashing-test --author lashing-tests --config.user 1000:1000 \
  --config.workingdir /opt/app --config.cmd /bin/bash \
  --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --config.label org.opencontainers.image.source=lashing-tests
umoci gc --layout out/oci
step "oci layout (gzip)"
skopeo copy -q oci:out/oci:lashing-test docker-archive:out/lashing-test-docker.tar:lashing/test:1
step "docker-archive"
skopeo copy -q --dest-compress-format zstd oci:out/oci:lashing-test oci:out/oci-zstd:lashing-test
step "oci layout (zstd)"
umoci unpack --image out/oci:lashing-test bundle >/dev/null
mv bundle/rootfs out/rootfs
step "rootfs"

date -u +%FT%TZ >out/COMPLETE
rm -rf "$OUT"
mkdir -p "$(dirname "$OUT")"
mv out "$OUT"
du -sh "$OUT"/oci "$OUT"/oci-zstd "$OUT"/lashing-test-docker.tar "$OUT"/rootfs
