package dev.lashing.cli.config;

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

/** {@code lashing config} end to end, in-process, on small inputs written by the tests. */
class ConfigCommandTest {
  static final String POD =
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        namespace: shop
      spec:
        containers:
          - name: app
            image: nginx:1.27
            securityContext:
              # lashing:ignore LSH-K8S-001 the node agent needs it
              privileged: true
              capabilities:
                add: ["SYS_ADMIN"]
      """;
  static final String DOCKERFILE = "FROM ubuntu:24.04\nUSER root\n";

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeEach
  void write() throws Exception {
    Files.writeString(dir.resolve("pod.yaml"), POD);
    Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
  }

  String d() {
    return dir.toString();
  }

  @Test
  void tableListsFindingsAndExitsZeroByDefault() {
    Result r = run("config", d(), "--check", "LSH-K8S-001,LSH-K8S-010,LSH-DF-002");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .containsPattern("HIGH +LSH-K8S-010 +\\S*pod.yaml:14 +Pod/shop/web \\(app\\)")
        .containsPattern("HIGH +LSH-DF-002 +\\S*Dockerfile:2")
        .doesNotContain("LSH-K8S-001")
        .contains("2 findings (CRITICAL 0, HIGH 2, MEDIUM 0, LOW 0, UNKNOWN 0), 1 suppressed");
  }

  @Test
  void failOnAndExitCode() {
    assertThat(run("config", d(), "--fail-on", "HIGH").code()).isEqualTo(1);
    assertThat(run("config", d(), "--check", "LSH-DF-002", "--fail-on", "critical").code())
        .isZero();
    assertThat(run("config", d(), "--check", "LSH-DF-002", "--exit-code", "5").code()).isEqualTo(5);
    assertThat(run("config", d(), "--check", "LSH-K8S-001", "--exit-code", "5").code())
        .as("only a suppressed finding remains")
        .isZero();
  }

  @Test
  void unreadableInputIsAnErrorOnlyWhenNothingCouldBeRead() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "kind: Pod\nmetadata: [unclosed\n");
    Result onlyBad = run("config", bad.toString());
    assertThat(onlyBad.code()).isEqualTo(2);
    assertThat(onlyBad.err()).startsWith("lashing: error: " + bad).contains("bad.yaml:");
    Result mixed = run("config", d(), "--check", "LSH-DF-002");
    assertThat(mixed.code()).isZero();
    assertThat(mixed.err()).contains("bad.yaml");
    assertThat(mixed.out()).contains("LSH-DF-002");
    assertThat(run("config", dir.resolve("missing").toString()).code()).isEqualTo(2);
    assertThat(run("config", d(), "--check", "NOPE-1").err()).contains("unknown check id 'NOPE-1'");
  }

  @Test
  void readsStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(DOCKERFILE.getBytes(StandardCharsets.UTF_8)));
      Result r = run("config", "-", "--format", "json", "--check", "LSH-DF-002");
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("\"file\" : \"stdin\"").contains("\"id\" : \"LSH-DF-002\"");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void severityFilterAndSkipCheck() throws Exception {
    Result r =
        run(
            "config",
            d(),
            "-f",
            "json",
            "--severity",
            "high,critical",
            "--skip-check",
            "LSH-DF-002");
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.path("findings").findValuesAsText("severity"))
        .isNotEmpty()
        .isSubsetOf("HIGH", "CRITICAL");
    assertThat(j.path("findings").findValuesAsText("id"))
        .doesNotContain("LSH-DF-002")
        .contains("LSH-K8S-010");
  }

  @Test
  void ignoreFileSuppressesUntilItExpires() throws Exception {
    Path ignore = dir.resolve("ignore.yaml");
    Files.writeString(
        ignore,
        """
        - id: LSH-DF-002
          path: "**/Dockerfile"
          reason: builder image
          owner: ci-team
          expires: 2999-01-01
        - id: LSH-K8S-010
          reason: old exception
          expires: 2001-01-01
        """);
    Result r =
        run(
            "config",
            d(),
            "-f",
            "json",
            "--check",
            "LSH-DF-002,LSH-K8S-010",
            "--ignorefile",
            ignore.toString(),
            "--exit-code",
            "3");
    assertThat(r.code()).as("LSH-K8S-010 still counts").isEqualTo(3);
    assertThat(r.err()).contains("LSH-K8S-010 expired on 2001-01-01");
    JsonNode j = new ObjectMapper().readTree(r.out());
    JsonNode df = j.path("findings").get(0);
    assertThat(df.path("id").asText()).isEqualTo("LSH-DF-002");
    assertThat(df.path("suppressed").asBoolean()).isTrue();
    assertThat(df.path("suppression").path("owner").asText()).isEqualTo("ci-team");
  }

  @Test
  void sarifAndJunitToFiles() throws Exception {
    Path sarif = dir.resolve("out.sarif");
    assertThat(run("config", d(), "-f", "sarif", "-o", sarif.toString()).code()).isZero();
    JsonNode s = new ObjectMapper().readTree(sarif.toFile());
    assertThat(s.path("version").asText()).isEqualTo("2.1.0");
    assertThat(s.path("runs").get(0).path("results").toString())
        .contains("\"suppressions\"")
        .contains("\"startLine\":14");
    Path junit = dir.resolve("out.xml");
    assertThat(run("config", d(), "-f", "junit", "-o", junit.toString()).code()).isZero();
    assertThat(Files.readString(junit)).contains("<testsuites").contains("<failure type=\"HIGH\"");
  }

  @Test
  void complianceGroupsByControl() throws Exception {
    Result t = run("config", d(), "--compliance", "cis-kubernetes");
    assertThat(t.code()).isZero();
    assertThat(t.out())
        .startsWith("CIS Kubernetes Benchmark")
        .containsPattern("fail +5\\.2\\.\\d+ ");
    Result j = run("config", d(), "--compliance", "pci-dss", "-f", "json");
    JsonNode n = new ObjectMapper().readTree(j.out());
    assertThat(n.path("framework").asText()).isEqualTo("pci-dss");
    assertThat(n.path("controls").findValuesAsText("status")).contains("fail");
    assertThat(run("config", d(), "--compliance", "sox").code()).isEqualTo(2);
    assertThat(run("config", d(), "--compliance", "mitre", "-f", "sarif").code()).isEqualTo(2);
  }
}
