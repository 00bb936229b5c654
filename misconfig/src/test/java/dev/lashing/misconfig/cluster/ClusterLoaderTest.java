package dev.lashing.misconfig.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.k8s.K8sObject;
import dev.lashing.misconfig.objects.ObjectSet;
import dev.lashing.misconfig.rbac.AccessQuery;
import dev.lashing.misconfig.rbac.Rbac;
import dev.lashing.misconfig.rbac.RbacAnalyzer;
import dev.lashing.misconfig.rbac.Subject;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live-cluster path against fabric8's mock API server (CRUD mode) on 127.0.0.1. */
class ClusterLoaderTest {
  @TempDir Path tmp;
  private KubernetesMockServer server;

  @BeforeEach
  void start() throws IOException {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            responses,
            new KubernetesMixedDispatcher(responses),
            false);
    server.init(InetAddress.getByName("127.0.0.1"), 0);
    try (KubernetesClient c = server.createClient(new JdkHttpClientFactory())) {
      c.namespaces()
          .resource(new NamespaceBuilder().withNewMetadata().withName("web").endMetadata().build())
          .create();
      c.serviceAccounts()
          .inNamespace("web")
          .resource(
              new ServiceAccountBuilder()
                  .withNewMetadata()
                  .withName("api")
                  .withNamespace("web")
                  .endMetadata()
                  .build())
          .create();
      c.secrets()
          .inNamespace("web")
          .resource(
              new SecretBuilder()
                  .withNewMetadata()
                  .withName("db")
                  .withNamespace("web")
                  .addToAnnotations(
                      "kubectl.kubernetes.io/last-applied-configuration",
                      "{\"data\":{\"password\":\"aHVudGVyMg==\"}}")
                  .endMetadata()
                  .withType("Opaque")
                  .addToData("password", "aHVudGVyMg==")
                  .build())
          .create();
      c.rbac()
          .roles()
          .inNamespace("web")
          .resource(
              new RoleBuilder()
                  .withNewMetadata()
                  .withName("debug")
                  .withNamespace("web")
                  .endMetadata()
                  .addNewRule()
                  .withApiGroups("")
                  .withResources("pods/exec")
                  .withVerbs("create")
                  .endRule()
                  .build())
          .create();
      c.rbac()
          .roleBindings()
          .inNamespace("web")
          .resource(
              new RoleBindingBuilder()
                  .withNewMetadata()
                  .withName("debug")
                  .withNamespace("web")
                  .endMetadata()
                  .withNewRoleRef("rbac.authorization.k8s.io", "Role", "debug")
                  .addNewSubject()
                  .withKind("ServiceAccount")
                  .withName("api")
                  .withNamespace("web")
                  .endSubject()
                  .build())
          .create();
      c.rbac()
          .clusterRoles()
          .resource(
              new ClusterRoleBuilder()
                  .withNewMetadata()
                  .withName("reader")
                  .addToLabels("agg", "yes")
                  .endMetadata()
                  .addNewRule()
                  .withApiGroups("")
                  .withResources("secrets")
                  .withVerbs("list")
                  .endRule()
                  .build())
          .create();
      c.rbac()
          .clusterRoles()
          .resource(
              new ClusterRoleBuilder()
                  .withNewMetadata()
                  .withName("aggregated")
                  .endMetadata()
                  .withNewAggregationRule()
                  .addNewClusterRoleSelector()
                  .addToMatchLabels("agg", "yes")
                  .endClusterRoleSelector()
                  .endAggregationRule()
                  .build())
          .create();
      c.rbac()
          .clusterRoleBindings()
          .resource(
              new ClusterRoleBindingBuilder()
                  .withNewMetadata()
                  .withName("readers")
                  .endMetadata()
                  .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "aggregated")
                  .addNewSubject()
                  .withKind("Group")
                  .withName("auditors")
                  .endSubject()
                  .build())
          .create();
      c.apps()
          .deployments()
          .inNamespace("web")
          .resource(
              new DeploymentBuilder()
                  .withNewMetadata()
                  .withName("api")
                  .withNamespace("web")
                  .endMetadata()
                  .withNewSpec()
                  .withNewTemplate()
                  .withNewSpec()
                  .withServiceAccountName("api")
                  .addNewContainer()
                  .withName("api")
                  .withImage("registry.example.com/api:1")
                  .endContainer()
                  .endSpec()
                  .endTemplate()
                  .endSpec()
                  .build())
          .create();
    }
  }

  @AfterEach
  void stop() {
    server.destroy();
  }

  private Path kubeconfig(int port) throws IOException {
    Path file = tmp.resolve("config");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Config
        clusters:
          - name: mock
            cluster:
              server: http://127.0.0.1:%d
        contexts:
          - name: mock
            context: {cluster: mock, user: tester}
        current-context: mock
        users:
          - name: tester
            user: {token: test-token}
        """
            .formatted(port));
    return file;
  }

  private ObjectSet load(ClusterOptions o) throws Exception {
    return ClusterLoader.create().load(o);
  }

  @Test
  void readsEveryKindIntoTheManifestModel() throws Exception {
    ObjectSet set = load(ClusterOptions.defaults().withKubeconfig(kubeconfig(server.getPort())));
    assertThat(set.problems()).isEmpty();
    assertThat(set.complete()).isTrue();
    assertThat(set.origin()).isEqualTo("cluster:mock");
    assertThat(set.objects())
        .extracting(K8sObject::ref)
        .contains(
            "Namespace/web",
            "ServiceAccount/web/api",
            "Secret/web/db",
            "Deployment/web/api",
            "Role/web/debug",
            "RoleBinding/web/debug",
            "ClusterRole/aggregated",
            "ClusterRoleBinding/readers");
    K8sObject role =
        set.objects().stream()
            .filter(o -> o.ref().equals("Role/web/debug"))
            .findFirst()
            .orElseThrow();
    assertThat(role.file()).isEqualTo("cluster:mock/Role/web/debug");
    assertThat(role.position().line()).isPositive();

    Rbac rbac = Rbac.of(set);
    assertThat(rbac.whoCan(AccessQuery.of("create", "pods/exec").inNamespace("web")))
        .extracting(g -> g.via().toString())
        .containsExactly("ServiceAccount:web:api");
    // aggregation resolved from the live objects
    assertThat(rbac.rights(Subject.group("auditors")))
        .extracting(g -> g.rule().owner())
        .containsExactly("ClusterRole/reader");
    assertThat(RbacAnalyzer.create().analyze(rbac).findings())
        .extracting(f -> f.risk().id())
        .contains("LSH-RBAC-010", "LSH-RBAC-008", "LSH-RBAC-022");
  }

  @Test
  void secretValuesAreNeverKept() throws Exception {
    ObjectSet set = load(ClusterOptions.defaults().withKubeconfig(kubeconfig(server.getPort())));
    K8sObject secret =
        set.objects().stream().filter(o -> o.kind().equals("Secret")).findFirst().orElseThrow();
    assertThat(secret.root().get("data")).isEmpty();
    assertThat(secret.root().text("type")).isEqualTo("Opaque");
    assertThat(set.texts()).noneMatch(t -> t.text().contains("aHVudGVyMg=="));
    assertThat(set.texts()).noneMatch(t -> t.text().contains("last-applied-configuration"));
  }

  @Test
  void aForbiddenListIsOneLineAndTheRestIsRead() throws Exception {
    server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/web/secrets")
        .andReturn(
            403,
            new StatusBuilder()
                .withStatus("Failure")
                .withReason("Forbidden")
                .withCode(403)
                .withMessage(
                    "secrets is forbidden: User \"tester\" cannot list resource \"secrets\"")
                .build())
        .always();
    ObjectSet set =
        load(
            ClusterOptions.defaults()
                .withKubeconfig(kubeconfig(server.getPort()))
                .withNamespace("web"));
    assertThat(set.problems()).containsExactly("cannot list secrets in namespace web: forbidden");
    assertThat(set.complete()).isFalse();
    assertThat(set.objects())
        .extracting(K8sObject::kind)
        .contains("Role", "Deployment")
        .doesNotContain("Secret");
  }

  @Test
  void anUnreachableClusterGivesOneLinePerKind() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closed = s.getLocalPort();
    }
    ObjectSet set = load(ClusterOptions.defaults().withKubeconfig(kubeconfig(closed)));
    assertThat(set.objects()).isEmpty();
    assertThat(set.problems()).hasSize(16);
    assertThat(set.problems().getFirst())
        .startsWith("cannot list namespaces: cannot reach http://127.0.0.1:" + closed);
    assertThat(set.problems())
        .anyMatch(p -> p.startsWith("cannot list secrets in all namespaces: cannot reach"));
  }

  @Test
  void anUnknownContextIsAnError() throws Exception {
    Path config = kubeconfig(server.getPort());
    assertThatThrownBy(
            () -> load(ClusterOptions.defaults().withKubeconfig(config).withContext("prod")))
        .isInstanceOf(MisconfigException.class)
        .hasMessage("context 'prod' is not in the kubeconfig (contexts: mock)");
    assertThatThrownBy(() -> load(ClusterOptions.defaults().withKubeconfig(tmp.resolve("missing"))))
        .isInstanceOf(MisconfigException.class)
        .hasMessageEndingWith("missing: kubeconfig not found");
  }
}
