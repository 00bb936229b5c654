package dev.lashing.misconfig.rbac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.misconfig.objects.ManifestReader;
import dev.lashing.misconfig.objects.ObjectSet;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RbacTest {

  static ObjectSet read(String name) {
    try {
      Path p = Path.of(Objects.requireNonNull(RbacTest.class.getResource("/rbac/" + name)).toURI());
      return ManifestReader.create().read(List.of(p));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static final Rbac DUMP = Rbac.of(read("cluster-dump.yaml"));
  static final RbacAnalyzer.RbacResult RESULT = RbacAnalyzer.create().analyze(DUMP);

  static List<String> ids(Subject s) {
    return RESULT.findings().stream()
        .filter(f -> s.equals(f.subject()))
        .map(f -> f.risk().id() + (f.namespace() == null ? "" : "@" + f.namespace()))
        .sorted()
        .toList();
  }

  @Test
  void subjectsParse() {
    assertThat(Subject.parse("User:alice")).isEqualTo(Subject.user("alice"));
    assertThat(Subject.parse("group:dev")).isEqualTo(Subject.group("dev"));
    assertThat(Subject.parse("ServiceAccount:web:api"))
        .isEqualTo(Subject.serviceAccount("web", "api"));
    assertThat(Subject.parse("system:serviceaccount:web:api"))
        .isEqualTo(Subject.serviceAccount("web", "api"));
    assertThatThrownBy(() -> Subject.parse("alice")).hasMessageContaining("User:NAME");
    assertThatThrownBy(() -> Subject.parse("ServiceAccount:web"))
        .hasMessageContaining("NAMESPACE:NAME");
    assertThat(Subject.serviceAccount("web", "api").implicitGroups())
        .extracting(Subject::name)
        .containsExactly(
            "system:authenticated", "system:serviceaccounts", "system:serviceaccounts:web");
    assertThat(Subject.user("system:anonymous").implicitGroups())
        .extracting(Subject::name)
        .containsExactly("system:unauthenticated");
  }

  @Test
  void aggregatedClusterRoleGetsTheSelectedRules() {
    Role monitoring =
        DUMP.roles().stream()
            .filter(r -> r.ref().equals("ClusterRole/monitoring"))
            .findFirst()
            .orElseThrow();
    assertThat(monitoring.rules()).hasSize(2);
    assertThat(monitoring.rules().getFirst().owner()).isEqualTo("ClusterRole/monitoring-nodes");
    assertThat(ids(Subject.serviceAccount("monitoring", "prometheus")))
        .contains("LSH-RBAC-015", "LSH-RBAC-032@monitoring");
  }

  @Test
  void rightsIncludeImplicitGroups() {
    List<Grant> rights = DUMP.rights(Subject.serviceAccount("web", "api"));
    assertThat(rights)
        .extracting(g -> g.binding().ref())
        .contains("RoleBinding/web/debug", "ClusterRoleBinding/everyone-reads-secrets");
    assertThat(DUMP.direct(Subject.serviceAccount("web", "api")))
        .extracting(g -> g.binding().ref())
        .containsOnly("RoleBinding/web/debug");
  }

  @Test
  void whoCanHonoursScopeSubresourcesAndNames() {
    List<String> exec =
        DUMP.whoCan(AccessQuery.of("create", "pods/exec").inNamespace("web")).stream()
            .map(g -> g.via().toString())
            .distinct()
            .toList();
    assertThat(exec)
        .containsExactlyInAnyOrder(
            "ServiceAccount:kube-system:tiller",
            "ServiceAccount:web:api",
            "User:alice@example.com");
    // 'pods' does not grant 'pods/exec'; a RoleBinding in web grants nothing in team-a.
    assertThat(DUMP.whoCan(AccessQuery.of("create", "pods/exec").inNamespace("team-a")))
        .extracting(g -> g.via().toString())
        .containsOnly("ServiceAccount:kube-system:tiller");
    // A RoleBinding to a ClusterRole is limited to its namespace.
    assertThat(DUMP.whoCan(AccessQuery.of("create", "deployments").inNamespace("team-a")))
        .extracting(g -> g.via().toString())
        .contains("Group:ci", "ServiceAccount:team-a:default");
    assertThat(DUMP.whoCan(AccessQuery.of("create", "deployments").inNamespace("web")))
        .extracting(g -> g.via().toString())
        .doesNotContain("Group:ci");
    // nodes are cluster-scoped: only cluster-wide grants count.
    assertThat(DUMP.whoCan(AccessQuery.of("get", "nodes/proxy")))
        .extracting(g -> g.via().toString())
        .contains("ServiceAccount:monitoring:prometheus");
    assertThat(DUMP.whoCan(AccessQuery.of("get", "/metrics")))
        .extracting(g -> g.via().toString())
        .contains("ServiceAccount:monitoring:prometheus");
    // approve is limited to one signer name.
    assertThat(
            DUMP.whoCan(
                AccessQuery.of("approve", "signers").withName("kubernetes.io/kubelet-serving")))
        .extracting(g -> g.via().toString())
        .doesNotContain("User:alice@example.com");
  }

  @Test
  void risksNameSubjectScopeBindingAndRole() {
    assertThat(ids(Subject.serviceAccount("kube-system", "tiller")))
        .containsExactly("LSH-RBAC-004", "LSH-RBAC-020");
    assertThat(ids(Subject.serviceAccount("web", "api")))
        .containsExactly("LSH-RBAC-010@web", "LSH-RBAC-022@web");
    assertThat(ids(Subject.user("alice@example.com")))
        .containsExactly("LSH-RBAC-007", "LSH-RBAC-010@web", "LSH-RBAC-017");
    assertThat(ids(Subject.group("ci")))
        .containsExactly("LSH-RBAC-009@team-a", "LSH-RBAC-014@team-a");
    assertThat(ids(Subject.serviceAccount("team-a", "default")))
        .containsExactly("LSH-RBAC-009@team-a", "LSH-RBAC-014@team-a", "LSH-RBAC-021@team-a");
    assertThat(ids(Subject.group("system:authenticated"))).containsExactly("LSH-RBAC-008");
    RbacFinding exec =
        RESULT.findings().stream()
            .filter(
                f ->
                    f.risk().id().equals("LSH-RBAC-010")
                        && Subject.serviceAccount("web", "api").equals(f.subject()))
            .findFirst()
            .orElseThrow();
    assertThat(exec.file()).endsWith("cluster-dump.yaml");
    assertThat(exec.position().line()).isEqualTo(87);
    assertThat(exec.message())
        .contains("ServiceAccount:web:api can exec into pods (pods/exec) in namespace web")
        .contains("RoleBinding/web/debug → Role/web/debug 'create pods/exec'")
        .contains("cluster-dump.yaml:87");
  }

  @Test
  void workloadWithTokenOfPowerfulAccountIsLinked() {
    RbacFinding f =
        RESULT.findings().stream()
            .filter(x -> x.risk().id().equals(RbacRisks.WORKLOAD_TOKEN))
            .collect(Collectors.toList())
            .getFirst();
    assertThat(f.object()).isNotNull();
    assertThat(f.object().ref()).isEqualTo("Deployment/web/api");
    assertThat(f.message()).contains("LSH-RBAC-010");
    // tiller-deploy sets automountServiceAccountToken: false, so no finding for it.
    assertThat(RESULT.findings())
        .filteredOn(x -> x.risk().id().equals(RbacRisks.WORKLOAD_TOKEN))
        .hasSize(1);
  }

  @Test
  void systemIdentitiesAndBootstrapBindingsAreLeftOutUnlessAsked() {
    Subject rs = Subject.serviceAccount("kube-system", "replicaset-controller");
    assertThat(ids(rs)).isEmpty();
    RbacAnalyzer.RbacResult all = RbacAnalyzer.create(true).analyze(DUMP);
    assertThat(all.findings()).anyMatch(f -> rs.equals(f.subject()));
  }

  @Test
  void missingRolesAndBrokenObjectsAreNotes() {
    assertThat(DUMP.notes())
        .anyMatch(
            n -> n.contains("RoleBinding/web/orphan refers to Role was-deleted in namespace web"));
    Rbac broken = Rbac.of(read("broken.yaml"));
    RbacAnalyzer.RbacResult r = RbacAnalyzer.create().analyze(broken);
    assertThat(broken.notes())
        .anyMatch(n -> n.contains("RoleBinding/web/no-roleref has no roleRef"))
        .anyMatch(n -> n.contains("rule 0 has no verbs"))
        .anyMatch(n -> n.contains("rule 1 names no resources"))
        .anyMatch(n -> n.contains("rule 2 is not a mapping"))
        .anyMatch(n -> n.contains("service account no-namespace has no namespace"))
        .anyMatch(n -> n.contains("subject kind Robot is unknown"))
        .anyMatch(n -> n.contains("a ClusterRoleBinding needs a ClusterRole"))
        .anyMatch(n -> n.contains("Role without metadata.name"));
    assertThat(r.findings()).extracting(f -> f.risk().id()).containsExactly("LSH-RBAC-013");
  }

  @Test
  void leastPrivilegeDashboardHasNoRisk() {
    Rbac dashboard = Rbac.of(read("dashboard-recommended.yaml"));
    assertThat(RbacAnalyzer.create().analyze(dashboard).findings()).isEmpty();
    assertThat(dashboard.notes()).isEmpty();
    // It can read its three named Secrets, and only those.
    assertThat(
            dashboard.whoCan(
                AccessQuery.of("get", "secrets")
                    .inNamespace("kubernetes-dashboard")
                    .withName("kubernetes-dashboard-csrf")))
        .hasSize(1);
    assertThat(
            dashboard.whoCan(
                AccessQuery.of("get", "secrets")
                    .inNamespace("kubernetes-dashboard")
                    .withName("other")))
        .isEmpty();
  }

  @Test
  void catalogIdsAreUniqueAndOrdered() {
    List<String> ids = RbacRisks.catalog().stream().map(RbacRisk::id).toList();
    assertThat(ids).doesNotHaveDuplicates().isSorted();
    assertThat(ids).allMatch(id -> id.matches("LSH-RBAC-\\d{3}"));
  }
}
