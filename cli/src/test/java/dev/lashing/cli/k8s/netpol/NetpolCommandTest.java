package dev.lashing.cli.k8s.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lashing netpol} end to end, in-process, on manifests written by the tests. */
class NetpolCommandTest {
  static final String APP =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: c, image: nginx, ports: [{name: http, containerPort: 8080}]}]}
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: db, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: db}}
          spec: {containers: [{name: c, image: postgres:16, ports: [{containerPort: 5432}]}]}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: web, namespace: shop}
      spec: {type: LoadBalancer, selector: {app: web}}
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: db, namespace: shop}
      spec:
        podSelector: {matchLabels: {app: db}}
        ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 5432}]}]
      """;

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void listsConnectionsInTheListFormat() throws Exception {
    Path f = Files.writeString(dir.resolve("app.yaml"), APP);
    Run r = run("k8s", "netpol", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("shop/web[Deployment] => shop/db[StatefulSet] : TCP 5432\n")
        .contains("0.0.0.0/0 => shop/web[Deployment] : All Connections\n")
        .doesNotContain("0.0.0.0/0 => shop/db");
  }

  @Test
  void findingsShowTheLateralPathAndExitCodeGates() throws Exception {
    Path f = Files.writeString(dir.resolve("app.yaml"), APP);
    Run r = run("k8s", "netpol", f.toString(), "--format", "findings", "--exit-code", "3");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out())
        .contains("LSH-NET-006 shop/db[StatefulSet]")
        .contains(
            "path: internet (Service shop/web type LoadBalancer, ingress from 0.0.0.0/0 allowed)"
                + " shop/web[Deployment] —TCP 5432→ shop/db[StatefulSet]");
  }

  @Test
  void jsonGraphsAndFocus() throws Exception {
    Path f = Files.writeString(dir.resolve("app.yaml"), APP);
    Path out = dir.resolve("out.json");
    assertThat(run("k8s", "netpol", f.toString(), "-f", "json", "-o", out.toString()).code())
        .isZero();
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertThat(json.get("connections").get(0).has("allowed")).isTrue();
    assertThat(json.get("findings").size()).isPositive();
    Run dot = run("k8s", "netpol", f.toString(), "--format", "dot", "--focus", "db");
    assertThat(dot.out()).startsWith("digraph netpol {").contains("label=\"TCP 5432\"");
    assertThat(dot.out()).doesNotContain("0.0.0.0/0\" [");
    Run mermaid = run("k8s", "netpol", f.toString(), "--format", "mermaid");
    assertThat(mermaid.out()).startsWith("flowchart LR").contains("-->|\"TCP 5432\"|");
    Run bad = run("k8s", "netpol", f.toString(), "--focus", "nope");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--focus: no workload 'nope'");
  }

  @Test
  void diffShowsAddedAndRemoved() throws Exception {
    Path a = Files.writeString(dir.resolve("a.yaml"), APP);
    Path b = Files.writeString(dir.resolve("b.yaml"), APP.replace("port: 5432", "port: 5433"));
    Run r = run("k8s", "netpol", "diff", a.toString(), b.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("+ shop/web[Deployment] => shop/db[StatefulSet] : TCP 5433")
        .contains("- shop/web[Deployment] => shop/db[StatefulSet] : TCP 5432");
    Run json = run("k8s", "netpol", "diff", a.toString(), b.toString(), "--format", "json");
    assertThat(new ObjectMapper().readTree(json.out()).get("changes").size()).isEqualTo(1);
  }

  @Test
  void badInputIsOneLineAndMissingInputExitsTwo() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.yaml"), "kind: [\n");
    Run r = run("k8s", "netpol", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:").doesNotContain("Exception");
    Run missing = run("k8s", "netpol", dir.resolve("none.yaml").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("none.yaml: no such file or directory");
  }

  @Test
  void optionsComeFromTheConfigFileToo() throws Exception {
    Path f = Files.writeString(dir.resolve("app.yaml"), APP);
    Path cfg = Files.writeString(dir.resolve("cfg.yaml"), "k8s:\n  netpol:\n    format: mermaid\n");
    Run r = run("--config", cfg.toString(), "k8s", "netpol", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("flowchart LR");
  }
}
