package dev.lashing.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code lashing config} on Helm charts, kustomize output on stdin, and Secret ages. */
class ConfigChartsTest {
  /** What {@code kustomize build} prints: documents separated by {@code ---}, no file names. */
  static final String KUSTOMIZE_OUTPUT =
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: shop
      ---
      apiVersion: v1
      kind: Secret
      metadata:
        name: shop-db
        namespace: shop
        creationTimestamp: "2001-01-01T00:00:00Z"
      data:
        password: Y2hhbmdlbWU=
      ---
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata:
        name: shop
        namespace: shop
      spec:
        host: shop.shop.svc.cluster.local
        trafficPolicy:
          tls:
            mode: DISABLE
      """;

  @TempDir Path dir;
  Path chart;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeEach
  void writeChart() throws Exception {
    chart = Files.createDirectories(dir.resolve("web"));
    Files.createDirectories(chart.resolve("templates"));
    Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: web\nversion: 0.1.0\n");
    Files.writeString(chart.resolve("values.yaml"), "privileged: true\n");
    Files.writeString(
        chart.resolve("templates/pod.yaml"),
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: {{ .Release.Name }}-web
          namespace: {{ .Release.Namespace }}
        spec:
          containers:
            - name: web
              image: registry.example.com/web:1.0.0
              securityContext:
                privileged: {{ .Values.privileged }}
        """);
  }

  @Test
  void kustomizeBuildOutputOnStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(KUSTOMIZE_OUTPUT.getBytes(StandardCharsets.UTF_8)));
      Result r =
          run(
              "config",
              "-",
              "--format",
              "json",
              "--check",
              "LSH-K8S-300,LSH-K8S-303,LSH-K8S-306,LSH-K8S-307");
      assertThat(r.err()).isEmpty();
      assertThat(r.out())
          .contains("\"file\" : \"stdin\"")
          .contains("\"id\" : \"LSH-K8S-300\"")
          .contains("\"id\" : \"LSH-K8S-303\"")
          .contains("\"id\" : \"LSH-K8S-306\"")
          .contains("\"id\" : \"LSH-K8S-307\"")
          .contains("\"line\" : 12")
          .contains("\"line\" : 24");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void chartFindingsNameTheRenderedTemplateAndValuesChangeThem() throws Exception {
    Result plain = run("config", chart.toString(), "--check", "LSH-K8S-001", "--format", "json");
    assertThat(plain.err()).isEmpty();
    assertThat(plain.out())
        .contains("\"file\" : \"" + chart + "/templates/pod.yaml\"")
        .contains("\"line\" : 11")
        .contains("release-name-web");

    Path values = dir.resolve("safe.yaml");
    Files.writeString(values, "privileged: false\n");
    Result safe =
        run("config", chart.toString(), "--check", "LSH-K8S-001", "--values", values.toString());
    assertThat(safe.code()).isZero();
    assertThat(safe.out()).doesNotContain("LSH-K8S-001");

    Result set =
        run(
            "config",
            chart.toString(),
            "--check",
            "LSH-K8S-001",
            "--set",
            "privileged=false",
            "--release-name",
            "prod",
            "--namespace",
            "web",
            "-f",
            "json");
    assertThat(set.out()).contains("\"findings\" : [ ]");

    Path config = dir.resolve("lashing.yaml");
    Files.writeString(config, "values: [" + values + "]\n");
    Result fromConfig =
        run(
            "config",
            chart.toString(),
            "--check",
            "LSH-K8S-001",
            "--config",
            config.toString(),
            "-f",
            "json");
    assertThat(fromConfig.out()).contains("\"findings\" : [ ]");
    assertThat(fromConfig.code()).isZero();
  }

  @Test
  void aBrokenChartIsOneErrorLineAndExitCode2() throws Exception {
    Files.writeString(
        chart.resolve("templates/cm.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: {{ .Values.no.such }}\n");
    Result r = run("config", chart.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .startsWith(
            "lashing: error: "
                + chart
                + ": cannot render Helm chart: template: web/templates/cm.yaml:6");
  }

  @Test
  void secretMaxAgeDecidesWhenASecretIsTooOld() throws Exception {
    Path secret = dir.resolve("secret.yaml");
    Files.writeString(
        secret,
        """
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
          creationTimestamp: "2001-01-01T00:00:00Z"
        """);
    assertThat(run("config", secret.toString(), "--check", "LSH-K8S-303", "-f", "json").out())
        .contains("\"message\" : \"Secret 'db' last rotated 2001-01-01T00:00:00Z");
    String young =
        run(
                "config",
                secret.toString(),
                "--check",
                "LSH-K8S-303",
                "--secret-max-age",
                "100000",
                "-f",
                "json")
            .out();
    assertThat(young).contains("\"findings\" : [ ]").contains("\"evaluated\" : 1");
    assertThat(run("config", secret.toString(), "--secret-max-age", "0").code()).isEqualTo(2);
  }
}
