package dev.lashing.misconfig.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetpolFindingsTest {
  static final String APP =
      ReachabilityTest.pod("shop", "web", "app: web", "{containerPort: 8080}")
          + ReachabilityTest.pod("shop", "api", "app: api", "{containerPort: 9000}")
          + ReachabilityTest.pod("shop", "db", "app: db", "{containerPort: 5432}")
          + """
          apiVersion: v1
          kind: Service
          metadata: {name: web, namespace: shop}
          spec: {type: LoadBalancer, selector: {app: web}, ports: [{port: 80}]}
          ---
          apiVersion: networking.k8s.io/v1
          kind: NetworkPolicy
          metadata: {name: deny, namespace: shop}
          spec: {podSelector: {}, policyTypes: [Ingress]}
          ---
          apiVersion: networking.k8s.io/v1
          kind: NetworkPolicy
          metadata: {name: web, namespace: shop}
          spec:
            podSelector: {matchLabels: {app: web}}
            ingress: [{from: [{ipBlock: {cidr: 0.0.0.0/0}}], ports: [{port: 8080}]}]
          ---
          apiVersion: networking.k8s.io/v1
          kind: NetworkPolicy
          metadata: {name: api, namespace: shop}
          spec:
            podSelector: {matchLabels: {app: api}}
            ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]
          ---
          apiVersion: networking.k8s.io/v1
          kind: NetworkPolicy
          metadata: {name: db, namespace: shop}
          spec:
            podSelector: {matchLabels: {app: db}}
            ingress: [{from: [{podSelector: {matchLabels: {app: api}}}], ports: [{port: 5432}]}]
          """;

  @Test
  void reportsExposureEgressAndTheLateralPathWithHops() {
    List<NetpolFinding> findings = NetpolFindings.of(ReachabilityTest.analyze(APP));
    assertThat(findings)
        .extracting(f -> f.id() + " " + f.subject())
        .containsExactly(
            "LSH-NET-002 shop",
            "LSH-NET-004 shop/web[Pod]",
            "LSH-NET-005 shop/api[Pod]",
            "LSH-NET-005 shop/db[Pod]",
            "LSH-NET-005 shop/web[Pod]",
            "LSH-NET-006 shop/db[Pod]");
    NetpolFinding lateral = findings.get(findings.size() - 1);
    assertThat(lateral.path())
        .containsExactly(
            "internet (Service shop/web type LoadBalancer, ingress from 0.0.0.0/0 allowed)",
            "shop/web[Pod]",
            "—All Connections→",
            "shop/api[Pod]",
            "—TCP 5432→",
            "shop/db[Pod]");
    assertThat(lateral.message()).contains("PostgreSQL port 5432").contains("2 hop(s)");
    assertThat(findings.get(1).message()).endsWith(": TCP 8080");
    assertThat(lateral.file()).isEqualTo("test.yaml");
    assertThat(lateral.line()).isPositive();
  }

  @Test
  void openClusterHasEveryFindingAndAnExposedDatabase() {
    List<NetpolFinding> findings =
        NetpolFindings.of(ReachabilityTest.analyze(ReachabilityTest.PODS));
    assertThat(findings)
        .extracting(NetpolFinding::id)
        .contains("LSH-NET-001", "LSH-NET-002", "LSH-NET-003", "LSH-NET-004", "LSH-NET-005");
    assertThat(findings)
        .filteredOn(f -> f.id().equals("LSH-NET-006"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("a/db[Pod]").contains("itself exposed"));
  }

  @Test
  void diffListsAddedAndRemovedConnections() {
    ConnectivityMap before = ReachabilityTest.analyze(APP);
    ConnectivityMap after =
        ReachabilityTest.analyze(APP.replace("ports: [{port: 5432}]", "ports: [{port: 5433}]"));
    ConnectivityDiff diff = ConnectivityDiff.of(before, after);
    assertThat(diff.changes()).hasSize(1);
    ConnectivityDiff.Change c = diff.changes().get(0);
    assertThat(c.src() + " " + c.dst() + " +" + c.added() + " -" + c.removed())
        .isEqualTo("shop/api[Pod] shop/db[Pod] +TCP 5433 -TCP 5432");
    assertThat(ConnectivityDiff.of(before, before).changes()).isEmpty();
  }
}
