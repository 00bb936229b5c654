#!/usr/bin/env bash
# Builds a large image full of Java archives for the SBOM benchmark of issue 3 ("an image of
# >= 1 GB with many nested jars"), from real files on this machine:
#   layer 0  /opt/java      the Temurin 25 JDK (a real JVM tree, ~300 MB)
#   layer 1  /opt/lib       every jar of the local Maven repository (~/.m2/repository), flat
#   layer 2  /opt/apps      archives built from those jars: Spring Boot fat jars (BOOT-INF/lib,
#                           stored entries, as spring-boot-maven-plugin writes them), wars
#                           (WEB-INF/lib), shaded jars (several jars' classes and pom.properties
#                           merged into one), and a fat jar holding a war holding jars (depth 3)
# Deterministic (sorted names, fixed owner and mtime, seeded choice of jars). Writes to OUT
# (default <repo>/target/bench/jar-image, or the first argument):
#   jars-docker.tar      docker-archive (uncompressed layers), tag lashing/jars:1
#   oci/                 OCI layout, gzip layers, tag jars
#   expected.tsv         one line per archive written into layer 2 and how many jars it nests
# Skips the work when OUT/COMPLETE exists. Needs python3 and gzip.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$(realpath -m "${1:-$REPO/target/bench/jar-image}")
M2=${M2_REPO:-$HOME/.m2/repository}
JDK=${JDK_DIR:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [[ -f $OUT/COMPLETE ]]; then
  echo "build-jar-image: $OUT is complete"
  exit 0
fi
[[ -d $M2 && -d $JDK ]] || { echo "build-jar-image: need $M2 and $JDK" >&2; exit 1; }
mkdir -p "$(dirname "$OUT")"
WORK=$(mktemp -d "$(dirname "$OUT")/.jar-image.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
python3 "$REPO/bench/jar_image.py" "$WORK" "$M2" "$JDK"
date -u +%FT%TZ >"$WORK/COMPLETE"
rm -rf "$OUT"
mv "$WORK" "$OUT"
trap - EXIT
du -sh "$OUT"/jars-docker.tar "$OUT"/oci
