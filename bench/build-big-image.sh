#!/usr/bin/env bash
# Builds a large OCI layout for the squash-throughput benchmark from real files on this machine:
# one gzip layer per directory below (default: /usr/lib/jvm, /usr/lib/x86_64-linux-gnu, /usr/bin,
# /usr/share/doc; about 1.5 GB uncompressed here). Deterministic: sorted names, fixed owner and
# mtime, gzip -n. Writes OUT (default <repo>/target/bench/big-oci, or the first argument) with tag
# "big", and OUT/layers.tsv (blob path, uncompressed bytes, source dir) for the gzip baseline.
# Skips the work when OUT is complete.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$(realpath -m "${1:-$REPO/target/bench/big-oci}")
DIRS=${BIG_IMAGE_DIRS:-usr/lib/jvm usr/lib/x86_64-linux-gnu usr/bin usr/share/doc}
if [[ -f $OUT/COMPLETE ]]; then
  echo "build-big-image: $OUT is complete"
  exit 0
fi
for tool in tar gzip sha256sum python3; do
  command -v $tool >/dev/null || { echo "build-big-image: missing tool '$tool'" >&2; exit 1; }
done
mkdir -p "$(dirname "$OUT")"
WORK=$(mktemp -d "$(dirname "$OUT")/.big-oci.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/blobs/sha256"
i=0
for d in $DIRS; do
  [[ -d /$d ]] || { echo "build-big-image: /$d is not a directory" >&2; exit 1; }
  tar --sort=name --numeric-owner --owner=0 --group=0 --mtime=@0 --ignore-failed-read \
    -C / -cf "$WORK/layer$i.tar" "$d"
  i=$((i + 1))
done
# compress the layers on both cores
ls "$WORK"/layer*.tar | xargs -P2 -n1 gzip -n -6
python3 - "$WORK" $DIRS <<'PY'
import hashlib, json, os, sys, glob
work, dirs = sys.argv[1], sys.argv[2:]
def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for chunk in iter(lambda: f.read(1 << 20), b''):
            h.update(chunk)
    return h.hexdigest()
def put(data):
    d = hashlib.sha256(data).hexdigest()
    open(os.path.join(work, 'blobs/sha256', d), 'wb').write(data)
    return d, len(data)
import gzip as gz
layers, diff_ids, rows = [], [], []
for i, d in enumerate(dirs):
    blob = os.path.join(work, f'layer{i}.tar.gz')
    h = hashlib.sha256(); n = 0
    with gz.open(blob, 'rb') as f:
        for chunk in iter(lambda: f.read(1 << 20), b''):
            h.update(chunk); n += len(chunk)
    diff_ids.append('sha256:' + h.hexdigest())
    digest = sha(blob)
    target = os.path.join(work, 'blobs/sha256', digest)
    os.rename(blob, target)
    layers.append({'mediaType': 'application/vnd.oci.image.layer.v1.tar+gzip',
                   'digest': 'sha256:' + digest, 'size': os.path.getsize(target)})
    rows.append(f'blobs/sha256/{digest}\t{n}\t/{d}')
config = {'architecture': 'amd64', 'os': 'linux', 'created': '1970-01-01T00:00:00Z',
          'config': {}, 'rootfs': {'type': 'layers', 'diff_ids': diff_ids},
          'history': [{'created_by': f'COPY /{d} /{d}'} for d in dirs]}
cd, cs = put(json.dumps(config, sort_keys=True).encode())
manifest = {'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.manifest.v1+json',
            'config': {'mediaType': 'application/vnd.oci.image.config.v1+json',
                       'digest': 'sha256:' + cd, 'size': cs}, 'layers': layers}
md, ms = put(json.dumps(manifest, sort_keys=True).encode())
index = {'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.index.v1+json',
         'manifests': [{'mediaType': 'application/vnd.oci.image.manifest.v1+json',
                        'digest': 'sha256:' + md, 'size': ms,
                        'annotations': {'org.opencontainers.image.ref.name': 'big'}}]}
open(os.path.join(work, 'index.json'), 'w').write(json.dumps(index))
open(os.path.join(work, 'oci-layout'), 'w').write('{"imageLayoutVersion": "1.0.0"}')
open(os.path.join(work, 'layers.tsv'), 'w').write('\n'.join(rows) + '\n')
total = sum(int(r.split('\t')[1]) for r in rows)
print(f'build-big-image: {len(rows)} layers, {total / 1e6:.0f} MB uncompressed')
PY
date -u +%FT%TZ >"$WORK/COMPLETE"
rm -rf "$OUT"
mv "$WORK" "$OUT"
trap - EXIT
du -sh "$OUT"
