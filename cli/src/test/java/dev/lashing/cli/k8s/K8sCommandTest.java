package dev.lashing.cli.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lashing k8s}, {@code who-can}, {@code rights} end to end, in-process, on manifests. */
class K8sCommandTest {
  static final String RBAC =
      """
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: api
        namespace: web
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata:
        name: debug
        namespace: web
      rules:
        - apiGroups: [""]
          resources: ["pods/exec"]
          verbs: ["create"]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata:
        name: debug
        namespace: web
      roleRef:
        apiGroup: rbac.authorization.k8s.io
        kind: Role
        name: debug
      subjects:
        - kind: ServiceAccount
          name: api
          namespace: web
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata:
        name: ops-admin
      roleRef:
        apiGroup: rbac.authorization.k8s.io
        kind: ClusterRole
        name: cluster-admin
      subjects:
        - kind: Group
          name: ops
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata:
        name: gone
        namespace: web
      roleRef:
        kind: Role
        name: deleted
      subjects:
        - kind: User
          name: bob
      """;
  static final String DEPLOY =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: api
        namespace: web
      spec:
        selector:
          matchLabels: {app: api}
        template:
          metadata:
            labels: {app: api}
          spec:
            serviceAccountName: api
            containers:
              - name: api
                image: registry.example.com/api:1.0
      """;

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s);
  }

  @BeforeEach
  void write() throws Exception {
    Files.createDirectories(dir.resolve("deploy"));
    Files.writeString(dir.resolve("deploy/rbac.yaml"), RBAC);
    Files.writeString(dir.resolve("deploy/api.yaml"), DEPLOY);
  }

  String d() {
    return dir.resolve("deploy").toString();
  }

  @Test
  void postureTableGroupsByNamespaceAndSeverity() {
    Result r = run("k8s", d());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Cluster posture of " + d())
        .contains("Cluster-wide")
        .contains("CRITICAL  LSH-RBAC-020")
        .contains("Namespace web")
        .contains("HIGH      LSH-RBAC-010")
        .contains("LSH-RBAC-022")
        .contains("LSH-K8S-")
        .contains("refers to Role deleted in namespace web")
        .doesNotContain("INCOMPLETE");
    assertThat(r.out().indexOf("Cluster-wide")).isLessThan(r.out().indexOf("Namespace web"));
  }

  @Test
  void jsonSarifAndMarkdown() throws Exception {
    JsonNode j = json(run("k8s", d(), "--format", "json").out());
    assertThat(j.get("complete").asBoolean()).isTrue();
    assertThat(j.get("namespaces").get(0).get("namespace").isNull()).isTrue();
    assertThat(j.get("namespaces").get(1).get("namespace").asText()).isEqualTo("web");
    JsonNode exec = null;
    for (JsonNode f : j.get("namespaces").get(1).get("findings")) {
      if (f.get("id").asText().equals("LSH-RBAC-010")) {
        exec = f;
      }
    }
    assertThat(exec).isNotNull();
    assertThat(exec.get("subject").asText()).isEqualTo("ServiceAccount:web:api");
    assertThat(exec.get("file").asText()).endsWith("rbac.yaml");
    assertThat(exec.get("line").asInt()).isEqualTo(13);
    assertThat(exec.get("related").get(0).get("ref").asText()).isEqualTo("RoleBinding/web/debug");

    JsonNode sarif = json(run("k8s", d(), "--format", "sarif").out());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.get("runs").get(0).get("results").size()).isPositive();

    String md = run("k8s", d(), "--format", "markdown").out();
    assertThat(md)
        .contains("# Cluster posture")
        .contains("## Namespace `web`")
        .contains("| HIGH | LSH-RBAC-010 |");
  }

  @Test
  void gateAndIgnoreFileWorkAsForConfig() throws Exception {
    assertThat(run("k8s", d(), "--fail-on", "CRITICAL").code()).isEqualTo(1);
    assertThat(run("k8s", d(), "--exit-code", "3").code()).isEqualTo(3);
    Path ignore = dir.resolve("ignore.yaml");
    Files.writeString(
        ignore,
        """
        - id: LSH-RBAC-020
          reason: ops on-call needs break-glass
          owner: platform
        - id: LSH-RBAC-004
          path: "**/rbac.yaml"
          reason: ops on-call needs break-glass
        """);
    Result r =
        run(
            "k8s",
            d(),
            "--ignorefile",
            ignore.toString(),
            "--severity",
            "CRITICAL",
            "--fail-on",
            "CRITICAL",
            "--format",
            "json");
    assertThat(r.code()).isZero();
    JsonNode j = json(r.out());
    assertThat(j.get("summary").get("suppressed").asInt()).isEqualTo(2);
    assertThat(j.toString()).contains("ops on-call needs break-glass");
  }

  @Test
  void complianceView() throws Exception {
    Result r = run("k8s", d(), "--compliance", "cis-k8s");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("CIS Kubernetes Benchmark").contains("fail           5.1.1");
    JsonNode j = json(run("k8s", d(), "--compliance", "nsa", "--format", "json").out());
    assertThat(j.get("framework").asText()).isEqualTo("nsa-cisa");
    assertThat(run("k8s", d(), "--compliance", "iso", "--format", "json").err())
        .contains("unknown compliance framework 'iso'");
  }

  @Test
  void whoCanAndRights() throws Exception {
    Result who = run("k8s", "who-can", "create", "pods/exec", "-n", "web", "-f", d());
    assertThat(who.code()).isZero();
    assertThat(who.out())
        .contains("Group:ops")
        .contains("ServiceAccount:web:api")
        .contains("RoleBinding/web/debug");
    JsonNode j =
        json(
            run(
                    "k8s",
                    "who-can",
                    "create",
                    "pods",
                    "--subresource",
                    "exec",
                    d(),
                    "--format",
                    "json")
                .out());
    assertThat(j.get("grants").size()).isEqualTo(2);

    Result rights = run("k8s", "rights", "system:serviceaccount:web:api", d());
    assertThat(rights.out())
        .contains("create pods/exec")
        .contains("LSH-RBAC-010")
        .contains("LSH-RBAC-022");
    assertThat(run("k8s", "rights", "alice", d()).code()).isEqualTo(2);
  }

  @Test
  void standardInputAndConfigFileDefaults() throws Exception {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(RBAC.getBytes(StandardCharsets.UTF_8)));
      Result r = run("k8s", "who-can", "impersonate", "groups", "-");
      assertThat(r.out()).contains("Group:ops").contains("stdin");
    } finally {
      System.setIn(saved);
    }
    Path config = dir.resolve("lashing.yaml");
    Files.writeString(config, "k8s:\n  format: json\n  namespace: web\n");
    JsonNode j = json(run("--config", config.toString(), "k8s", d()).out());
    assertThat(j.get("origin").asText()).endsWith("(namespace web)");
  }

  @Test
  void badInputIsOneLineAndExit2() throws Exception {
    assertThat(run("k8s").err()).contains("nothing to read");
    Result missing = run("k8s", dir.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory");
    Files.writeString(dir.resolve("deploy/bad.yaml"), "kind: [unclosed\n");
    Result partial = run("k8s", d());
    assertThat(partial.code()).isZero();
    assertThat(partial.err()).contains("lashing: warning: ").contains("bad.yaml:");
    assertThat(partial.out()).contains("INCOMPLETE");
    assertThat(run("k8s", d(), "--cluster").err()).contains("not both");
  }
}
