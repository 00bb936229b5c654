package dev.lashing.report.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.misconfig.netpol.ConnectivityDiff;
import dev.lashing.misconfig.netpol.ConnectivityMap;
import dev.lashing.misconfig.netpol.ManifestFiles;
import dev.lashing.misconfig.netpol.NetpolAnalyzer;
import dev.lashing.misconfig.netpol.NetpolFindings;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every netpol output format on one small application (web behind a LoadBalancer, an API, a
 * database only the API may reach), against golden files ({@code -Dgolden.update=true} rewrites).
 */
class NetpolRenderTest {
  static final Path DIR = Path.of("src/test/resources/netpol/golden");
  static final String APP =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: c, image: nginx, ports: [{containerPort: 8080}]}]}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: api}}
          spec: {containers: [{name: c, image: api, ports: [{name: grpc, containerPort: 9000}]}]}
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: db, namespace: shop}
      spec:
        template:
          metadata: {labels: {app: db}}
          spec: {containers: [{name: c, image: "postgres:16"}]}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: web, namespace: shop}
      spec: {type: LoadBalancer, selector: {app: web}}
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: default-deny, namespace: shop}
      spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: web, namespace: shop}
      spec:
        podSelector: {matchLabels: {app: web}}
        ingress: [{from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}], ports: [{port: 8080}]}]
        egress: [{to: [{podSelector: {matchLabels: {app: api}}}], ports: [{port: grpc}]}]
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: api, namespace: shop}
      spec:
        podSelector: {matchLabels: {app: api}}
        ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]
        egress: [{to: [{podSelector: {matchLabels: {app: db}}}], ports: [{port: 5432}]}]
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: db, namespace: shop}
      spec:
        podSelector: {matchLabels: {app: db}}
        ingress: [{from: [{podSelector: {matchLabels: {app: api}}}]}]
      """;

  static ConnectivityMap map(String yaml) {
    List<String> errors = new ArrayList<>();
    ConnectivityMap map =
        NetpolAnalyzer.create().analyze(ManifestFiles.load("app.yaml", yaml, errors));
    assertThat(errors).isEmpty();
    return map;
  }

  static void golden(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s (create with -Dgolden.update=true)", file).exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void listDotMermaidAndFindings() throws IOException {
    ConnectivityMap map = map(APP);
    StringWriter list = new StringWriter();
    NetpolText.list(map, list);
    golden("app.txt", list.toString());
    StringWriter dot = new StringWriter();
    NetpolGraph.dot(map, dot);
    golden("app.dot", dot.toString());
    StringWriter mermaid = new StringWriter();
    NetpolGraph.mermaid(map, mermaid);
    golden("app.mmd", mermaid.toString());
    StringWriter findings = new StringWriter();
    NetpolText.findings(NetpolFindings.of(map), findings);
    golden("app-findings.txt", findings.toString());
    assertThat(list.toString())
        .contains("shop/web[Deployment] => shop/api[Deployment] : TCP 9000\n")
        .contains("shop/api[Deployment] => shop/db[StatefulSet] : TCP 5432\n")
        .doesNotContain("10.0.0.0/8 =>");
  }

  @Test
  void jsonAndDiff() throws IOException {
    ConnectivityMap map = map(APP);
    StringWriter json = new StringWriter();
    NetpolJson.write(map, NetpolFindings.of(map), json);
    JsonNode root = new ObjectMapper().readTree(json.toString());
    assertThat(root.get("endpoints").size()).isEqualTo(map.endpoints().size());
    assertThat(root.get("connections").get(0).get("ports")).isNotNull();
    golden("app.json", json.toString());
    StringWriter diff = new StringWriter();
    NetpolText.diff(
        ConnectivityDiff.of(map, map(APP.replace("except: [10.0.0.0/8]", "except: []"))), diff);
    golden("app-diff.txt", diff.toString());
  }
}
