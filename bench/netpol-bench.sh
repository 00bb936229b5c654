#!/usr/bin/env bash
# NetworkPolicy reachability benchmark (issue 6): generates 1,000 workloads (Deployments with pod
# templates, 20 per namespace) in 50 labelled namespaces and 500 NetworkPolicies mixing matchLabels,
# matchExpressions, namespaceSelectors, ipBlocks with except, named ports and endPort ranges, then
# runs `lashing k8s netpol` on them (--debug prints the time of the reachability computation alone)
# under GNU time for wall time and peak RSS. Deterministic (fixed seed). Usage:
#   bench/netpol-bench.sh [FORMAT]     FORMAT: json (default), list, findings, dot
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$REPO/target/bench/netpol
FORMAT=${1:-json}
mkdir -p "$OUT"
python3 - "$OUT/manifests.yaml" <<'PY'
import random, sys
random.seed(6)
docs = []
tiers = ["web", "api", "worker", "db", "cache"]
for n in range(50):
    ns = f"ns{n:02d}"
    docs.append(f"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {ns}\n  labels: {{team: t{n % 7}, env: {'prod' if n % 3 else 'dev'}}}\n")
    for p in range(20):
        tier = tiers[p % 5]
        port = {"web": 8080, "api": 9000, "worker": 7000, "db": 5432, "cache": 6379}[tier]
        docs.append(f"""apiVersion: apps/v1
kind: Deployment
metadata: {{name: app{p:02d}, namespace: {ns}}}
spec:
  template:
    metadata: {{labels: {{app: app{p:02d}, tier: {tier}, version: v{p % 3}}}}}
    spec:
      containers:
      - name: main
        image: example/{tier}:1.0
        ports: [{{name: serve, containerPort: {port}}}, {{name: metrics, containerPort: 9100}}]
""")
for i in range(500):
    n = i % 50
    ns = f"ns{n:02d}"
    kind = i // 50
    if kind == 0:
        spec = "podSelector: {}\n  policyTypes: [Ingress, Egress]\n  egress:\n  - to: [{namespaceSelector: {}}]\n    ports: [{port: 53, protocol: UDP}]"
    elif kind in (1, 2, 3):
        tier = tiers[(i + kind) % 5]
        spec = f"""podSelector: {{matchLabels: {{tier: {tier}}}}}
  ingress:
  - from:
    - podSelector: {{matchExpressions: [{{key: tier, operator: In, values: [web, api]}}]}}
    - namespaceSelector: {{matchLabels: {{team: t{random.randrange(7)}}}}}
      podSelector: {{matchLabels: {{version: v{random.randrange(3)}}}}}
    ports: [{{port: serve}}, {{port: 9100}}]"""
    elif kind in (4, 5):
        spec = f"""podSelector: {{matchExpressions: [{{key: app, operator: NotIn, values: [app0{random.randrange(10)}]}}, {{key: version, operator: Exists}}]}}
  policyTypes: [Egress]
  egress:
  - to:
    - namespaceSelector: {{matchExpressions: [{{key: env, operator: In, values: [prod]}}]}}
    ports: [{{port: 8000, endPort: 9999}}, {{port: serve}}]
  - to:
    - ipBlock: {{cidr: 10.{i % 256}.0.0/16, except: [10.{i % 256}.{random.randrange(256)}.0/24]}}"""
    elif kind in (6, 7):
        spec = f"""podSelector: {{matchLabels: {{app: app{random.randrange(20):02d}}}}}
  ingress:
  - from:
    - ipBlock: {{cidr: 0.0.0.0/0, except: [10.0.0.0/8, 192.168.{i % 256}.0/24]}}
    ports: [{{port: 443}}, {{port: 8080, protocol: TCP}}]
  - from: [{{namespaceSelector: {{matchLabels: {{kubernetes.io/metadata.name: ns{random.randrange(50):02d}}}}}}}]"""
    else:
        spec = f"""podSelector: {{matchLabels: {{tier: db}}}}
  ingress:
  - from: [{{podSelector: {{matchLabels: {{tier: api}}}}}}]
    ports: [{{port: 5432}}, {{port: 6379}}, {{port: 9100, protocol: SCTP}}]"""
    docs.append(f"apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {{name: np{i:03d}, namespace: {ns}}}\nspec:\n  {spec}\n")
open(sys.argv[1], "w").write("---\n".join(docs))
PY
echo "netpol-bench: $(grep -c '^kind: Deployment' "$OUT/manifests.yaml") workloads," \
  "$(grep -c '^kind: Namespace' "$OUT/manifests.yaml") namespaces," \
  "$(grep -c '^kind: NetworkPolicy' "$OUT/manifests.yaml") policies in $OUT/manifests.yaml"
"$REPO/lashing" --version >/dev/null   # builds the distribution when needed
for run in 1 2 3; do
  /usr/bin/time -f "netpol-bench: run $run: wall %e s, user %U s, sys %S s, max RSS %M KiB" \
    "$REPO/lashing" --debug k8s netpol "$OUT/manifests.yaml" --format "$FORMAT" \
    -o "$OUT/out.$FORMAT" 2>&1 | grep -E 'debug: netpol|netpol-bench'
done
ls -l "$OUT/out.$FORMAT" | awk '{print "netpol-bench: output " $5 " bytes"}'
