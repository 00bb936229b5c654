package dev.lashing.report.posture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lashing.misconfig.ConfigScanner;
import dev.lashing.misconfig.ScanOptions;
import dev.lashing.misconfig.objects.ManifestReader;
import dev.lashing.misconfig.objects.ObjectSet;
import dev.lashing.misconfig.posture.Analyses;
import dev.lashing.misconfig.posture.Posture;
import dev.lashing.report.config.Compliance;
import dev.lashing.report.config.Framework;
import dev.lashing.report.config.IgnoreFile;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The posture writers over one small set with an RBAC risk, a check finding and a read problem. */
class PostureWritersTest {
  static final String MANIFEST =
      """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata:
        name: debug
        namespace: web
      rules:
        # lashing:ignore LSH-RBAC-012 port-forward is how the team debugs
        - apiGroups: [""]
          resources: ["pods/exec", "pods/portforward"]
          verbs: ["create"]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata:
        name: debug
        namespace: web
      roleRef:
        kind: Role
        name: debug
      subjects:
        - kind: User
          name: alice
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: tool
        namespace: web
      spec:
        containers:
          - name: tool
            image: busybox:1.36
            securityContext:
              privileged: true
      """;

  static PostureReport report(List<String> extraProblems) throws Exception {
    ObjectSet set =
        ManifestReader.create()
            .read("cluster.yaml", MANIFEST.getBytes(StandardCharsets.UTF_8))
            .withProblems(extraProblems);
    Posture posture =
        Posture.of(set, Analyses.defaults(ConfigScanner.create(ScanOptions.defaults()), false));
    return PostureReport.of(
        posture,
        Set.of(),
        IgnoreFile.parse(
            "ignore", "- id: LSH-K8S-001\n  reason: a debug pod\n  expires: 2020-01-01\n"),
        LocalDate.of(2026, 1, 1));
  }

  @Test
  void groupsByNamespaceAndAppliesInlineIgnores() throws Exception {
    PostureReport r = report(List.of("cannot list secrets in namespace web: forbidden"));
    assertThat(r.byNamespace()).containsOnlyKeys("web");
    assertThat(r.findings())
        .filteredOn(e -> e.finding().ruleId().equals("LSH-RBAC-012"))
        .singleElement()
        .satisfies(e -> assertThat(e.suppression().reason()).contains("port-forward"));
    assertThat(r.warnings()).singleElement().asString().contains("expired on 2020-01-01");
    StringWriter table = new StringWriter();
    PostureTable.write(r, table);
    assertThat(table.toString())
        .contains("INCOMPLETE: 1 input(s) could not be read")
        .contains("cannot list secrets in namespace web: forbidden")
        .contains("Namespace web")
        .contains("HIGH      LSH-RBAC-010  User:alice can exec into pods")
        .contains("[suppressed: port-forward is how the team debugs]")
        .contains("report INCOMPLETE");
    // most severe first inside the namespace
    assertThat(table.toString().indexOf("LSH-K8S-001"))
        .isLessThan(table.toString().indexOf("LSH-RBAC-012"));
  }

  @Test
  void sarifIsValidAndCarriesRelatedLocationsAndIncompleteness() throws Exception {
    StringWriter w = new StringWriter();
    PostureSarif.write(report(List.of("cannot list pods: forbidden")), "test", w);
    JsonNode sarif = new ObjectMapper().readTree(w.toString());
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    Set<ValidationMessage> errors = schema.validate(sarif);
    assertThat(errors).isEmpty();
    JsonNode run = sarif.get("runs").get(0);
    assertThat(
            run.get("invocations")
                .get(0)
                .get("toolExecutionNotifications")
                .get(0)
                .get("message")
                .get("text")
                .asText())
        .isEqualTo("incomplete: cannot list pods: forbidden");
    JsonNode exec = null;
    for (JsonNode res : run.get("results")) {
      if (res.get("ruleId").asText().equals("LSH-RBAC-010")) {
        exec = res;
      }
    }
    assertThat(exec).isNotNull();
    assertThat(
            exec.get("locations")
                .get(0)
                .get("physicalLocation")
                .get("region")
                .get("startLine")
                .asInt())
        .isEqualTo(8);
    assertThat(exec.get("relatedLocations").get(0).get("message").get("text").asText())
        .isEqualTo("binding RoleBinding/web/debug");
    assertThat(exec.get("properties").get("subject").asText()).isEqualTo("User:alice");
  }

  @Test
  void jsonMarkdownAndCompliance() throws Exception {
    PostureReport r = report(List.of());
    StringWriter json = new StringWriter();
    PostureJson.write(r, json);
    JsonNode j = new ObjectMapper().readTree(json.toString());
    assertThat(j.get("complete").asBoolean()).isTrue();
    assertThat(j.get("namespaces").get(0).get("namespace").asText()).isEqualTo("web");
    assertThat(j.get("analyses").get(1).get("id").asText()).isEqualTo("rbac");

    StringWriter md = new StringWriter();
    PostureMarkdown.write(r, md);
    assertThat(md.toString())
        .contains("## Namespace `web`")
        .contains("| HIGH | LSH-RBAC-010 |")
        .contains("RoleBinding/web/debug");

    PostureCompliance c = PostureCompliance.of(r, Framework.CIS_KUBERNETES);
    assertThat(c.controls())
        .filteredOn(x -> x.id().equals("5.1.8"))
        .singleElement()
        .satisfies(x -> assertThat(x.status()).isEqualTo(Compliance.Status.FAIL));
    assertThat(c.controls())
        .filteredOn(x -> x.id().equals("5.1.1"))
        .singleElement()
        .satisfies(x -> assertThat(x.status()).isEqualTo(Compliance.Status.PASS));
    StringWriter ct = new StringWriter();
    PostureComplianceWriter.table(c, r, ct);
    assertThat(ct.toString()).contains("CIS Kubernetes Benchmark").contains("fail");
  }
}
