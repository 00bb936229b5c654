package dev.lashing.report.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lashing.match.ScanResult;
import dev.lashing.model.Severity;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class VulnWritersTest {
  static String render(VulnFormat format, ScanResult r) throws Exception {
    StringWriter out = new StringWriter();
    format.write(r, out);
    return out.toString();
  }

  @Test
  void tableGroupsByTargetSortsBySeverityAndFitsHundredColumns() throws Exception {
    String table = render(VulnFormat.TABLE, Fixtures.result());
    Golden.check("report.txt", table);
    assertThat(table.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(table)
        .contains("/app/lib/log4j-core-2.14.1.jar\nTotal: 1 (CRITICAL: 1,")
        .contains("samples/alpine-311.tar.gz (alpine 3.11.5)\nTotal: 1 ")
        .contains("CVE-2021-44228 KEV")
        .contains("Suppressed: 1")
        .contains("Expired ignore entries (no longer suppress): 1");
  }

  @Test
  void jsonHasStableFieldsAndKeepsSuppressedFindings() throws Exception {
    String json = render(VulnFormat.JSON, Fixtures.result());
    Golden.check("report.json", json);
    JsonNode j = VulnJson.JSON.readTree(json);
    assertThat(j.path("summary").path("suppressed").asInt()).isEqualTo(1);
    JsonNode vexed = j.path("findings").get(1);
    assertThat(vexed.path("suppression").path("kind").asText()).isEqualTo("vex");
    assertThat(j.path("findings").get(0).path("kev").path("dateAdded").asText())
        .isEqualTo("2021-12-10");
  }

  @Test
  void sarifIsValidAgainstTheOfficialSchemaAndPointsAtEvidence() throws Exception {
    String sarif = render(VulnFormat.SARIF, Fixtures.result());
    Golden.check("report.sarif.json", sarif);
    JsonNode doc = VulnJson.JSON.readTree(sarif);
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    Set<ValidationMessage> errors = schema.validate(doc);
    assertThat(errors).isEmpty();
    JsonNode run = doc.path("runs").get(0);
    assertThat(
            run.path("tool").path("driver").path("rules").get(0).path("help").path("text").asText())
        .contains("Fixed version: 2.15.0");
    JsonNode first = run.path("results").get(0);
    assertThat(
            first
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("artifactLocation")
                .path("uri")
                .asText())
        .isEqualTo("app/lib/log4j-core-2.14.1.jar");
    assertThat(run.path("results").get(1).path("suppressions").get(0).path("kind").asText())
        .isEqualTo("external");
  }

  @Test
  void junitIsWellFormedWithFailuresAndSkips() throws Exception {
    String xml = render(VulnFormat.JUNIT, Fixtures.result());
    Golden.check("report.junit.xml", xml);
    Document d =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(d.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(d.getElementsByTagName("skipped").getLength()).isEqualTo(1);
  }

  @Test
  void cycloneDxWithVulnerabilitiesValidatesAgainstTheSchema() throws Exception {
    String bom = render(VulnFormat.CYCLONEDX, Fixtures.result());
    Golden.check("report.cdx.json", bom);
    List<?> errors =
        new JsonParser().validate(bom.getBytes(StandardCharsets.UTF_8), Version.VERSION_16);
    assertThat(errors).isEmpty();
    JsonNode j = VulnJson.JSON.readTree(bom);
    JsonNode v = j.path("vulnerabilities").get(0);
    assertThat(v.path("id").asText()).isEqualTo("CVE-2021-44228");
    assertThat(v.path("ratings").get(0).path("score").asDouble()).isEqualTo(10.0);
    assertThat(v.path("affects").get(0).path("ref").asText()).isEqualTo(Fixtures.LOG4J.id());
    assertThat(j.path("vulnerabilities").get(1).path("analysis").path("state").asText())
        .isEqualTo("not_affected");
  }

  @Test
  void markdownSummarises() throws Exception {
    String md = render(VulnFormat.MARKDOWN, Fixtures.result());
    Golden.check("report.md", md);
    assertThat(md)
        .contains(
            "| CRITICAL | log4j-core | 2.14.1 | CVE-2021-44228 | 2.15.0 | yes (2021-12-10) |");
  }

  @Test
  void gateCountsActiveFindingsOnly() {
    ScanResult r = Fixtures.result();
    assertThat(new VulnGate(1, null, false).exitCodeFor(r)).isEqualTo(1);
    assertThat(new VulnGate(0, null, false).exitCodeFor(r)).isZero();
    assertThat(new VulnGate(4, Severity.CRITICAL, false).failing(r)).hasSize(1); // vexed excluded
    assertThat(new VulnGate(4, null, true).failing(r))
        .extracting(f -> f.id())
        .containsExactly("CVE-2021-44228");
  }
}
