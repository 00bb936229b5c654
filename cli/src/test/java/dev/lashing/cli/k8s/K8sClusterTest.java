package dev.lashing.cli.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lashing k8s --cluster}: fabric8's mock API server on 127.0.0.1, with one forbidden list.
 */
class K8sClusterTest {
  @TempDir Path dir;
  private KubernetesMockServer server;
  private Path kubeconfig;

  @BeforeEach
  void start() throws Exception {
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
      c.rbac()
          .clusterRoles()
          .resource(
              new ClusterRoleBuilder()
                  .withNewMetadata()
                  .withName("impersonator")
                  .endMetadata()
                  .addNewRule()
                  .withApiGroups("")
                  .withResources("users")
                  .withVerbs("impersonate")
                  .endRule()
                  .build())
          .create();
      c.rbac()
          .clusterRoleBindings()
          .resource(
              new ClusterRoleBindingBuilder()
                  .withNewMetadata()
                  .withName("impersonator")
                  .endMetadata()
                  .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "impersonator")
                  .addNewSubject()
                  .withKind("User")
                  .withName("mallory")
                  .endSubject()
                  .build())
          .create();
    }
    server
        .expect()
        .get()
        .withPath("/api/v1/secrets")
        .andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden").build())
        .always();
    kubeconfig = dir.resolve("kubeconfig");
    Files.writeString(
        kubeconfig,
        """
        apiVersion: v1
        kind: Config
        clusters: [{name: mock, cluster: {server: "http://127.0.0.1:%d"}}]
        contexts: [{name: mock, context: {cluster: mock, user: me}}]
        current-context: mock
        users: [{name: me, user: {token: t}}]
        """
            .formatted(server.getPort()));
  }

  @AfterEach
  void stop() {
    server.destroy();
  }

  @Test
  void postureOfALiveClusterIsMarkedIncomplete() throws Exception {
    K8sCommandTest.Result r =
        K8sCommandTest.run(
            "k8s", "--kubeconfig", kubeconfig.toString(), "--context", "mock", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.err())
        .contains("lashing: warning: cannot list secrets in all namespaces: forbidden");
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("origin").asText()).isEqualTo("cluster:mock");
    assertThat(j.get("complete").asBoolean()).isFalse();
    assertThat(j.get("problems").get(0).asText())
        .isEqualTo("cannot list secrets in all namespaces: forbidden");
    JsonNode f = j.get("namespaces").get(0).get("findings").get(0);
    assertThat(f.get("id").asText()).isEqualTo("LSH-RBAC-007");
    assertThat(f.get("file").asText()).isEqualTo("cluster:mock/ClusterRole/impersonator");

    K8sCommandTest.Result who =
        K8sCommandTest.run(
            "k8s", "who-can", "impersonate", "users", "--kubeconfig", kubeconfig.toString());
    assertThat(who.out()).contains("User:mallory").contains("INCOMPLETE");
    K8sCommandTest.Result rights =
        K8sCommandTest.run(
            "k8s",
            "rights",
            "User:mallory",
            "--cluster",
            "--kubeconfig",
            kubeconfig.toString(),
            "--format",
            "json");
    assertThat(new ObjectMapper().readTree(rights.out()).get("risks").get(0).get("id").asText())
        .isEqualTo("LSH-RBAC-007");
    assertThat(
            K8sCommandTest.run("k8s", "--kubeconfig", kubeconfig.toString(), "--context", "prod")
                .err())
        .contains("context 'prod' is not in the kubeconfig");
  }
}
