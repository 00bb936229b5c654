#!/usr/bin/env bash
# Builds samples/alpine-311-log4j.tar.gz reproducibly: the docker-archive samples/alpine-311.tar.gz
# plus one layer holding the real log4j-core 2.14.1 jar from Maven Central at
# /opt/app/lib/log4j-core-2.14.1.jar. Every tar header is fixed (mtime 0, uid/gid 0, sorted
# entries) and gzip carries no name or time, so the same inputs give the same bytes.
#
# Usage: samples/build-log4j-sample.sh [path/to/log4j-core-2.14.1.jar]
# (default: the copy Maven keeps in ~/.m2; its SHA-1 is checked against Maven Central's).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="${1:-$HOME/.m2/repository/org/apache/logging/log4j/log4j-core/2.14.1/log4j-core-2.14.1.jar}"

exec python3 - "$here/alpine-311.tar.gz" "$jar" "$here/alpine-311-log4j.tar.gz" <<'PY'
import gzip, hashlib, io, json, sys, tarfile

base, jar_path, out = sys.argv[1:4]
JAR_SHA1 = "9141212b8507ab50a45525b545b39d224614528b"  # log4j-core-2.14.1.jar.sha1 on Maven Central
JAR_IN_IMAGE = "opt/app/lib/log4j-core-2.14.1.jar"
TAG = "lashing-sample/alpine-311-log4j:latest"

with open(jar_path, "rb") as f:
    jar = f.read()
if hashlib.sha1(jar).hexdigest() != JAR_SHA1:
    sys.exit(f"{jar_path}: SHA-1 is not Maven Central's {JAR_SHA1}")


def info(name, size=0, directory=False):
    t = tarfile.TarInfo(name)
    t.type = tarfile.DIRTYPE if directory else tarfile.REGTYPE
    t.mode = 0o755 if directory else 0o644
    t.size = size
    t.mtime = 0
    t.uid = t.gid = 0
    t.uname = t.gname = ""
    return t


def tar_bytes(entries):
    """entries: {name: bytes, or None for a directory}, written sorted by name."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as t:
        for name in sorted(entries):
            data = entries[name]
            if data is None:
                t.addfile(info(name, directory=True))
            else:
                t.addfile(info(name, len(data)), io.BytesIO(data))
    return buf.getvalue()


# The new layer: the jar and its parent directories.
layer = tar_bytes(
    {"opt/": None, "opt/app/": None, "opt/app/lib/": None, JAR_IN_IMAGE: jar})
diff_id = "sha256:" + hashlib.sha256(layer).hexdigest()

# The base archive, as docker save wrote it.
files = {}
with tarfile.open(base, "r:gz") as t:
    for m in t.getmembers():
        files[m.name] = t.extractfile(m).read() if m.isfile() else None
manifest = json.loads(files.pop("manifest.json"))
assert len(manifest) == 1, "expected one image in " + base
files.pop("repositories", None)
old_config_name = manifest[0]["Config"]
config = json.loads(files.pop(old_config_name))
parent_id = manifest[0]["Layers"][-1].split("/")[0]

# Config: one more diff_id and the history line that made it.
config["rootfs"]["diff_ids"].append(diff_id)
config["history"].append({"created_by": "COPY lib/ /opt/app/lib/"})
config_bytes = json.dumps(config, separators=(",", ":")).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"

# Legacy v1 layer directory, named after the layer's content digest.
layer_id = diff_id.split(":")[1]
files[layer_id + "/"] = None
files[layer_id + "/VERSION"] = b"1.0"
files[layer_id + "/layer.tar"] = layer
files[layer_id + "/json"] = json.dumps(
    {"id": layer_id, "parent": parent_id, "os": config["os"],
     "architecture": config["architecture"]},
    separators=(",", ":")).encode()
files[config_name] = config_bytes
manifest[0]["Config"] = config_name
manifest[0]["RepoTags"] = [TAG]
manifest[0]["Layers"].append(layer_id + "/layer.tar")
files["manifest.json"] = json.dumps(manifest, separators=(",", ":")).encode()
repo, tag = TAG.rsplit(":", 1)
files["repositories"] = json.dumps({repo: {tag: layer_id}}, separators=(",", ":")).encode()

with open(out, "wb") as raw:
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
        gz.write(tar_bytes(files))
print(f"{out}: config sha256:{config_name[:-5]}, new layer {diff_id}")
PY
