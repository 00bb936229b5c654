"""Writes the layers of bench/build-jar-image.sh as a docker-archive and an OCI layout.

Usage: jar_image.py WORK M2_REPOSITORY JDK_DIR
"""
import gzip
import hashlib
import io
import json
import os
import random
import sys
import tarfile
import zipfile

work, m2, jdk = sys.argv[1], sys.argv[2], sys.argv[3]
rng = random.Random(20261124)
EPOCH = (1980, 1, 1, 0, 0, 0)


def real_jars():
    out = []
    for d, _, files in os.walk(m2):
        for f in files:
            if f.endswith('.jar') and not f.endswith(('-sources.jar', '-javadoc.jar')):
                p = os.path.join(d, f)
                if zipfile.is_zipfile(p):
                    out.append(p)
    return sorted(out)


def add_bytes(tar, path, data, mode=0o644):
    info = tarfile.TarInfo(path)
    info.size, info.mode, info.mtime, info.uid, info.gid = len(data), mode, 0, 0, 0
    tar.addfile(info, io.BytesIO(data))


def add_dirs(tar, path, seen):
    parts = path.split('/')[:-1]
    for i in range(1, len(parts) + 1):
        d = '/'.join(parts[:i])
        if d and d not in seen:
            seen.add(d)
            info = tarfile.TarInfo(d)
            info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o755, 0
            tar.addfile(info)


def zip_bytes(entries, stored=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, EPOCH)
            zi.compress_type = zipfile.ZIP_STORED if stored or name.endswith('.jar') or name.endswith('.war') else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def pom_props(group, artifact, version):
    return (f'groupId={group}\nartifactId={artifact}\nversion={version}\n').encode()


def fat_jar(name, libs, prefix):
    entries = [('META-INF/MANIFEST.MF',
                b'Manifest-Version: 1.0\r\nMain-Class: org.springframework.boot.loader.launch.JarLauncher\r\n'
                b'Start-Class: dev.lashing.bench.' + name.encode() + b'\r\n\r\n'),
               (f'META-INF/maven/dev.lashing.bench/{name}/pom.properties',
                pom_props('dev.lashing.bench', name, '1.0.0')),
               (f'{prefix}classes/dev/lashing/bench/{name}.class', b'\xca\xfe\xba\xbe' + bytes(60))]
    for lib in libs:
        entries.append((prefix + 'lib/' + os.path.basename(lib), open(lib, 'rb').read()))
    return zip_bytes(entries, stored=True)


def shaded(name, libs):
    seen, entries = set(), [('META-INF/MANIFEST.MF', b'Manifest-Version: 1.0\r\n\r\n')]
    for lib in libs:
        with zipfile.ZipFile(lib) as z:
            for zi in z.infolist():
                if zi.is_dir() or zi.filename in seen or zi.filename == 'META-INF/MANIFEST.MF':
                    continue
                if zi.filename.endswith(('.SF', '.RSA', '.DSA')):
                    continue
                seen.add(zi.filename)
                entries.append((zi.filename, z.read(zi)))
    return zip_bytes(entries)


def layer(name, fill):
    path = os.path.join(work, name + '.tar')
    with tarfile.open(path, 'w', format=tarfile.PAX_FORMAT) as tar:
        fill(tar)
    return path


def jdk_layer(tar):
    seen = set()
    for d, dirs, files in os.walk(jdk):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(d, f)
            if os.path.islink(p) or not os.path.isfile(p):
                continue
            rel = 'opt/java/' + os.path.relpath(p, jdk)
            add_dirs(tar, rel, seen)
            add_bytes(tar, rel, open(p, 'rb').read(), os.stat(p).st_mode & 0o777)


jars = real_jars()
expected = []


def lib_layer(tar):
    seen, names = set(), set()
    for j in jars:
        base = os.path.basename(j)
        if base in names:
            continue
        names.add(base)
        add_dirs(tar, 'opt/lib/' + base, seen)
        add_bytes(tar, 'opt/lib/' + base, open(j, 'rb').read())


def app_layer(tar):
    seen = set()

    def put(path, data, nested):
        add_dirs(tar, path, seen)
        add_bytes(tar, path, data)
        expected.append(f'/{path}\t{nested}')

    for i in range(16):
        libs = sorted(rng.sample(jars, 90))
        put(f'opt/apps/boot/service-{i:02d}.jar', fat_jar(f'service-{i:02d}', libs, 'BOOT-INF/'), len(libs))
    for i in range(8):
        libs = sorted(rng.sample(jars, 60))
        put(f'opt/apps/web/webapp-{i:02d}.war', fat_jar(f'webapp-{i:02d}', libs, 'WEB-INF/'), len(libs))
    for i in range(8):
        libs = sorted(rng.sample(jars, 12))
        put(f'opt/apps/shaded/uber-{i:02d}.jar', shaded(f'uber-{i:02d}', libs), 0)
    inner = fat_jar('inner-web', sorted(rng.sample(jars, 20)), 'WEB-INF/')
    outer = zip_bytes([('META-INF/MANIFEST.MF', b'Manifest-Version: 1.0\r\n\r\n'),
                       ('BOOT-INF/lib/inner-web.war', inner)], stored=True)
    put('opt/apps/nested/outer.jar', outer, 1)


layers = [layer('layer0', jdk_layer), layer('layer1', lib_layer), layer('layer2', app_layer)]
open(os.path.join(work, 'expected.tsv'), 'w').write('\n'.join(expected) + '\n')


def sha_file(p):
    h = hashlib.sha256()
    with open(p, 'rb') as f:
        for chunk in iter(lambda: f.read(1 << 20), b''):
            h.update(chunk)
    return h.hexdigest()


diff_ids = ['sha256:' + sha_file(p) for p in layers]
config = {'architecture': 'amd64', 'os': 'linux', 'created': '1970-01-01T00:00:00Z',
          'config': {'Entrypoint': ['/opt/java/bin/java'], 'WorkingDir': '/opt/apps'},
          'rootfs': {'type': 'layers', 'diff_ids': diff_ids},
          'history': [{'created_by': 'COPY ' + n} for n in ('/opt/java', '/opt/lib', '/opt/apps')]}
config_bytes = json.dumps(config, sort_keys=True).encode()
config_digest = hashlib.sha256(config_bytes).hexdigest()

# docker-archive: layer tars, config, manifest.json
with tarfile.open(os.path.join(work, 'jars-docker.tar'), 'w', format=tarfile.PAX_FORMAT) as out:
    names = []
    for p, d in zip(layers, diff_ids):
        name = d.split(':')[1] + '/layer.tar'
        out.add(p, arcname=name, filter=lambda ti: (setattr(ti, 'mtime', 0), ti)[1])
        names.append(name)
    add_bytes(out, config_digest + '.json', config_bytes)
    add_bytes(out, 'manifest.json', json.dumps(
        [{'Config': config_digest + '.json', 'RepoTags': ['lashing/jars:1'], 'Layers': names}]).encode())

# OCI layout: gzip blobs
blobs = os.path.join(work, 'oci', 'blobs', 'sha256')
os.makedirs(blobs)


def put_blob(data):
    d = hashlib.sha256(data).hexdigest()
    open(os.path.join(blobs, d), 'wb').write(data)
    return d, len(data)


oci_layers = []
for p in layers:
    gz = p + '.gz'
    with open(p, 'rb') as src, open(gz, 'wb') as raw:
        with gzip.GzipFile(fileobj=raw, mode='wb', compresslevel=6, mtime=0) as dst:
            for chunk in iter(lambda: src.read(1 << 20), b''):
                dst.write(chunk)
    d = sha_file(gz)
    os.rename(gz, os.path.join(blobs, d))
    oci_layers.append({'mediaType': 'application/vnd.oci.image.layer.v1.tar+gzip',
                       'digest': 'sha256:' + d, 'size': os.path.getsize(os.path.join(blobs, d))})
    os.remove(p)
cd, cs = put_blob(config_bytes)
manifest = {'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.manifest.v1+json',
            'config': {'mediaType': 'application/vnd.oci.image.config.v1+json',
                       'digest': 'sha256:' + cd, 'size': cs}, 'layers': oci_layers}
md, ms = put_blob(json.dumps(manifest, sort_keys=True).encode())
index = {'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.index.v1+json',
         'manifests': [{'mediaType': 'application/vnd.oci.image.manifest.v1+json',
                        'digest': 'sha256:' + md, 'size': ms,
                        'annotations': {'org.opencontainers.image.ref.name': 'jars'}}]}
open(os.path.join(work, 'oci', 'index.json'), 'w').write(json.dumps(index))
open(os.path.join(work, 'oci', 'oci-layout'), 'w').write('{"imageLayoutVersion": "1.0.0"}')
print(f'build-jar-image: {len(jars)} real jars, {len(expected)} built archives')
