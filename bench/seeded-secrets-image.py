#!/usr/bin/env python3
"""Writes a small docker-archive holding FAKE secrets, one or more per Lashing rule, for comparing
secret scanners (bench/secret-bench.sh). Every token is random characters in a provider's shape,
from a fixed seed; none was ever issued. Layers: 0 base files, 1 the secrets (COPY), 2 deletes
/app/.env (a whiteout), so a scanner that reads every layer still finds what .env held.

usage: seeded-secrets-image.py OUT.tar
"""
import base64, hashlib, io, json, random, sys, tarfile

rnd = random.Random(20261124)
UP32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = AN + "+/"
URL = AN + "_-"
HEX = "0123456789abcdef"


def r(alphabet, n):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def b64u(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def pem(kind):
    body = "\n".join(r(B64, 64) for _ in range(12))
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----\n"


def uuid():
    return f"{r(HEX, 8)}-{r(HEX, 4)}-{r(HEX, 4)}-{r(HEX, 4)}-{r(HEX, 12)}"


jwt = b64u('{"alg":"HS256","typ":"JWT"}') + "." + b64u('{"sub":"fake-user","iat":1700000000}') + "." + r(URL, 43)
files = {
    "app/.env": f"AWS_ACCESS_KEY_ID=AKIA{r(UP32, 16)}\nAWS_SECRET_ACCESS_KEY={r(B64, 40)}\n"
    f"GITHUB_TOKEN=ghp_{r(AN, 36)}\nDB_PASSWORD=Vb7-kq2Lmz9x\n",
    "app/config/settings.yaml": f"slack_webhook: https://hooks.slack.com/services/T{r(UP32, 8)}/B{r(UP32, 10)}/{r(AN, 24)}\n"
    f"stripe_key: sk_live_{r(AN, 24)}\nsendgrid: SG.{r(URL, 22)}.{r(URL, 43)}\n"
    f"client_secret: {r(AN, 32)}\nslack_bot: xoxb-{r('0123456789', 12)}-{r('0123456789', 13)}-{r(AN, 24)}\n",
    "root/.ssh/id_rsa": pem("RSA PRIVATE KEY"),
    "etc/ssl/private/server.key": pem("PRIVATE KEY"),
    "root/.npmrc": f"//registry.npmjs.org/:_authToken=npm_{r(AN, 36)}\n",
    "root/.pypirc": f"[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc{r(URL, 70)}\n",
    "root/.docker/config.json": json.dumps({"auths": {"registry.example.org": {"auth": r(B64, 28)}}}) + "\n",
    "app/gcp.json": json.dumps({"type": "service_account", "private_key_id": r(HEX, 40),
                                "private_key": pem("PRIVATE KEY"), "client_email": "fake@fake.iam.gserviceaccount.com"}, indent=2) + "\n",
    "app/tokens.txt": "\n".join([
        f"gitlab glpat-{r(URL, 20)}",
        f"fine-grained github_pat_{r(AN, 22)}_{r(AN, 59)}",
        f"oauth gho_{r(AN, 36)}",
        f"jwt {jwt}",
        f"TWILIO_API_KEY=SK{r(HEX, 32)}",
        f"HEROKU_API_KEY={uuid()}",
        f"vault hvs.{r(URL, 95)}",
        f"do dop_v1_{r(HEX, 64)}",
        f"openai sk-proj-{r(AN, 24)}T3BlbkFJ{r(AN, 24)}",
        f"AZURE_CLIENT_SECRET={r(AN, 3)}8Q~{r(AN, 34)}",
        f"google AIza{r(URL, 35)}",
        f"oauth GOCSPX-{r(URL, 28)}",
        f"storage AccountKey={r(B64, 86)}==",
    ]) + "\n",
    "app/db.properties": f"url=postgres://app:{r(AN, 14)}@db.internal:5432/app\n",
}


def tar(entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as t:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            info.mtime = 1700000000
            if data is None:
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                t.addfile(info)
            else:
                info.size = len(data)
                info.mode = 0o644
                t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def dirs(paths):
    out = set()
    for p in paths:
        parts = p.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            out.add("/".join(parts[:i]) + "/")
    return sorted(out)


layers = [
    tar([("etc/", None), ("etc/os-release", b'ID=fake\nNAME="Fake"\n')]),
    tar([(d, None) for d in dirs(files)] + [(n, c.encode()) for n, c in sorted(files.items())]),
    tar([("app/", None), ("app/.wh..env", b"")]),
]
history = ["/bin/sh -c #(nop) ADD file:fakebase in / ", "COPY secrets/ / # buildkit",
           "RUN /bin/sh -c rm /app/.env # buildkit"]
diff_ids = ["sha256:" + hashlib.sha256(l).hexdigest() for l in layers]
config = json.dumps({"architecture": "amd64", "os": "linux", "config": {"Env": ["PATH=/bin"]},
                     "rootfs": {"type": "layers", "diff_ids": diff_ids},
                     "history": [{"created_by": h} for h in history]}).encode()
cfg_name = hashlib.sha256(config).hexdigest() + ".json"
names = [hashlib.sha256(l).hexdigest() + "/layer.tar" for l in layers]
manifest = json.dumps([{"Config": cfg_name, "RepoTags": ["lashing/seeded-secrets:1"], "Layers": names}]).encode()
with tarfile.open(sys.argv[1], "w", format=tarfile.PAX_FORMAT) as out:
    for name, data in [("manifest.json", manifest), (cfg_name, config)] + list(zip(names, layers)):
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = 1700000000
        out.addfile(info, io.BytesIO(data))
