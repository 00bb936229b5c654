package dev.lashing.misconfig.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReachabilityTest {
  static ConnectivityMap analyze(String yaml) {
    List<String> errors = new ArrayList<>();
    ConnectivityMap map =
        NetpolAnalyzer.create().analyze(ManifestFiles.load("test.yaml", yaml, errors));
    assertThat(errors).isEmpty();
    return map;
  }

  static String conn(ConnectivityMap map, String src, String dst) {
    return map.connections().stream()
        .filter(c -> c.src().id().equals(src) && c.dst().id().equals(dst))
        .map(c -> c.allowed().toString())
        .findFirst()
        .orElse("none");
  }

  static String pod(String ns, String name, String labels, String ports) {
    return """
        apiVersion: v1
        kind: Pod
        metadata: {name: %s, namespace: %s, labels: {%s}}
        spec:
          containers:
          - name: c
            image: nginx
            ports: [%s]
        ---
        """
        .formatted(name, ns, labels, ports);
  }

  static final String PODS =
      pod("a", "web", "app: web", "{name: http, containerPort: 8080}")
          + pod("a", "db", "app: db, tier: data", "{name: pg, containerPort: 5432}")
          + pod("b", "client", "app: client", "")
          + """
          apiVersion: v1
          kind: Namespace
          metadata: {name: b, labels: {team: blue}}
          ---
          """;

  @Test
  void noPolicyMeansAllConnectionsBothWays() {
    ConnectivityMap map = analyze(PODS);
    assertThat(conn(map, "b/client[Pod]", "a/db[Pod]")).isEqualTo("All Connections");
    assertThat(conn(map, "0.0.0.0/0", "a/web[Pod]")).isEqualTo("All Connections");
    assertThat(conn(map, "a/web[Pod]", "0.0.0.0/0")).isEqualTo("All Connections");
    assertThat(conn(map, "a/web[Pod]", "a/web[Pod]")).isEqualTo("none");
  }

  @Test
  void podSelectorAloneMeansSameNamespaceAndNamedPortResolvesOnTarget() {
    ConnectivityMap map =
        analyze(
            PODS
                + """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: db, namespace: a}
                spec:
                  podSelector: {matchLabels: {app: db}}
                  ingress:
                  - from: [{podSelector: {matchLabels: {app: web}}}]
                    ports: [{port: pg}, {port: http}]
                """);
    assertThat(conn(map, "a/web[Pod]", "a/db[Pod]")).isEqualTo("TCP 5432");
    assertThat(conn(map, "b/client[Pod]", "a/db[Pod]")).isEqualTo("none");
    assertThat(conn(map, "0.0.0.0/0", "a/db[Pod]")).isEqualTo("none");
    assertThat(conn(map, "a/db[Pod]", "a/web[Pod]")).isEqualTo("All Connections");
    assertThat(map.ingressIsolated()).containsExactly("a/db[Pod]");
    assertThat(map.egressIsolated()).isEmpty();
  }

  @Test
  void namespaceAndPodSelectorInOnePeerAreAndedInTwoPeersOred() {
    String and =
        """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: p, namespace: a}
        spec:
          podSelector: {}
          ingress:
          - from:
            - namespaceSelector: {matchLabels: {team: blue}}
              podSelector: {matchLabels: {app: web}}
        """;
    ConnectivityMap m1 = analyze(PODS + and);
    assertThat(conn(m1, "b/client[Pod]", "a/web[Pod]")).isEqualTo("none");
    assertThat(conn(m1, "a/db[Pod]", "a/web[Pod]")).isEqualTo("none");
    String or =
        and.replace(
            "      podSelector: {matchLabels: {app: web}}",
            "    - podSelector: {matchLabels: {app: db}}");
    ConnectivityMap m2 = analyze(PODS + or);
    assertThat(conn(m2, "b/client[Pod]", "a/web[Pod]")).isEqualTo("All Connections");
    assertThat(conn(m2, "a/db[Pod]", "a/web[Pod]")).isEqualTo("All Connections");
  }

  @Test
  void matchExpressionsAndAutomaticNamespaceNameLabel() {
    ConnectivityMap map =
        analyze(
            PODS
                + """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: a}
                spec:
                  podSelector:
                    matchExpressions:
                    - {key: tier, operator: DoesNotExist}
                  ingress:
                  - from:
                    - namespaceSelector:
                        matchExpressions:
                        - {key: kubernetes.io/metadata.name, operator: In, values: [b]}
                      podSelector:
                        matchExpressions:
                        - {key: app, operator: NotIn, values: [web]}
                        - {key: app, operator: Exists}
                """);
    assertThat(conn(map, "b/client[Pod]", "a/web[Pod]")).isEqualTo("All Connections");
    assertThat(conn(map, "a/db[Pod]", "a/web[Pod]")).isEqualTo("none");
    assertThat(conn(map, "a/web[Pod]", "a/db[Pod]")).isEqualTo("All Connections");
  }

  @Test
  void egressNeedsBothSidesAndEndPortAndUdp() {
    ConnectivityMap map =
        analyze(
            PODS
                + """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: out, namespace: b}
                spec:
                  podSelector: {}
                  egress:
                  - to: [{namespaceSelector: {}}]
                    ports:
                    - {port: 8000, endPort: 9000}
                    - {protocol: UDP, port: 53}
                    - {port: http}
                """);
    assertThat(conn(map, "b/client[Pod]", "a/web[Pod]")).isEqualTo("TCP 8000-9000; UDP 53");
    assertThat(conn(map, "b/client[Pod]", "a/db[Pod]")).isEqualTo("TCP 8000-9000; UDP 53");
    assertThat(conn(map, "b/client[Pod]", "0.0.0.0/0")).isEqualTo("none");
    // policyTypes defaults to Ingress too: the egress-only policy also isolates for ingress.
    assertThat(conn(map, "0.0.0.0/0", "b/client[Pod]")).isEqualTo("none");
  }

  @Test
  void policyTypesEgressOnlyIgnoresIngressRules() {
    ConnectivityMap map =
        analyze(
            PODS
                + """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: a}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  policyTypes: [Egress]
                  ingress:
                  - from: [{podSelector: {matchLabels: {app: nothing}}}]
                """);
    assertThat(conn(map, "b/client[Pod]", "a/web[Pod]")).isEqualTo("All Connections");
    assertThat(conn(map, "a/web[Pod]", "a/db[Pod]")).isEqualTo("none");
    assertThat(map.notes()).anyMatch(n -> n.contains("ingress rules ignored"));
  }

  @Test
  void ipBlockWithExceptSplitsTheOutside() {
    ConnectivityMap map =
        analyze(
            PODS
                + """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: a}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  ingress:
                  - from:
                    - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}
                    ports: [{port: 443}]
                """);
    assertThat(conn(map, "10.0.0.0/16", "a/web[Pod]")).isEqualTo("TCP 443");
    assertThat(conn(map, "10.1.0.0/16", "a/web[Pod]")).isEqualTo("none");
    assertThat(conn(map, "10.2.0.0-10.255.255.255", "a/web[Pod]")).isEqualTo("TCP 443");
    assertThat(conn(map, "11.0.0.0-255.255.255.255", "a/web[Pod]")).isEqualTo("none");
    assertThat(conn(map, "11.0.0.0-255.255.255.255", "a/db[Pod]")).isEqualTo("All Connections");
  }

  @Test
  void workloadsUseTheirPodTemplateAndOwnedPodsFoldIntoTheirOwner() {
    ConnectivityMap map =
        analyze(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              template:
                metadata: {labels: {app: api}}
                spec: {containers: [{name: c, image: x}]}
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: job, namespace: ops}
            spec:
              jobTemplate:
                spec:
                  template:
                    metadata: {labels: {app: job}}
                    spec: {containers: [{name: c, image: x}]}
            ---
            kind: PodList
            apiVersion: v1
            items:
            - metadata:
                name: cache-1
                namespace: ops
                labels: {app: cache}
                ownerReferences: [{kind: StatefulSet, name: cache, controller: true}]
              spec: {containers: [{name: c, image: redis}]}
            - metadata:
                name: cache-2
                namespace: ops
                labels: {app: cache}
                ownerReferences: [{kind: StatefulSet, name: cache, controller: true}]
              spec: {containers: [{name: c, image: redis}]}
            """);
    assertThat(map.topology().workloads())
        .extracting(Endpoint::id)
        .containsExactly("default/api[Deployment]", "ops/job[CronJob]", "ops/cache[StatefulSet]");
    assertThat(map.topology().namespaces()).containsKeys("default", "ops");
    assertThat(conn(map, "ops/job[CronJob]", "ops/cache[StatefulSet]"))
        .isEqualTo("All Connections");
  }

  @Test
  void badInputIsNotedNeverThrown() {
    ConnectivityMap map =
        analyze(
            PODS
                + """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p, namespace: a}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  ingress:
                  - from:
                    - podSelector: {matchExpressions: [{key: app, operator: Near}]}
                    - podSelector: {matchLabels: {app: ghost}}
                    - ipBlock: {cidr: not-a-cidr}
                    - {}
                  - ports: [{port: nosuchport}, {port: 70000}, {protocol: ICMP}]
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: empty, namespace: a}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: nobody, namespace: a}
                spec:
                  podSelector: {matchLabels: {app: nobody}}
                  ingress: [7, {from: 3, ports: "x"}]
                """);
    assertThat(conn(map, "a/db[Pod]", "a/web[Pod]")).isEqualTo("none");
    assertThat(conn(map, "a/db[Pod]", "a/db[Pod]")).isEqualTo("none");
    assertThat(map.notes())
        .anyMatch(n -> n.contains("invalid matchExpressions operator"))
        .anyMatch(n -> n.contains("matches no workload"))
        .anyMatch(n -> n.contains("not a CIDR"))
        .anyMatch(n -> n.contains("peer has no selector"))
        .anyMatch(n -> n.contains("named port 'nosuchport' resolves to no container port"))
        .anyMatch(n -> n.contains("out of range"))
        .anyMatch(n -> n.contains("unsupported protocol"))
        .anyMatch(n -> n.contains("no spec"))
        .anyMatch(n -> n.contains("selects no workload"))
        .allMatch(n -> n.startsWith("test.yaml:"));
  }
}
