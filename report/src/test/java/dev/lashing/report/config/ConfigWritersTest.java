package dev.lashing.report.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lashing.misconfig.ConfigScanner;
import dev.lashing.misconfig.ScanOptions;
import dev.lashing.misconfig.ScanResult;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every config writer against a golden file, on a real scan of {@code config/input}. */
class ConfigWritersTest {
  static final Path INPUT = Path.of("src/test/resources/config/input");
  static final Set<String> CHECKS =
      Set.of(
          "LSH-K8S-001", "LSH-K8S-003", "LSH-K8S-012", "LSH-K8S-027", "LSH-DF-002", "LSH-DF-005");
  static ConfigReport report;

  @BeforeAll
  static void scan() throws Exception {
    ConfigScanner scanner = ConfigScanner.create(ScanOptions.defaults().withInclude(CHECKS));
    ScanResult result = scanner.scan(List.of(INPUT));
    List<IgnoreEntry> ignores = IgnoreFile.read(Path.of("src/test/resources/config/ignore.yaml"));
    report = ConfigReport.of(result, scanner.checks(), Set.of(), ignores, LocalDate.of(2025, 6, 1));
  }

  @Test
  void tableGroupsByFileAndCountsSuppressed() throws Exception {
    StringWriter out = new StringWriter();
    ConfigTable.write(report, out);
    Golden.check("report.txt", out.toString());
    assertThat(out.toString()).doesNotContain("LSH-K8S-001").contains("2 suppressed");
  }

  @Test
  void jsonKeepsSuppressedFindingsInFileLineIdOrder() throws Exception {
    StringWriter out = new StringWriter();
    ConfigJson.write(report, out);
    Golden.check("report.json", out.toString());
    JsonNode j = ConfigJson.JSON.readTree(out.toString());
    assertThat(j.path("findings").findValuesAsText("id")).contains("LSH-K8S-001", "LSH-DF-005");
    assertThat(j.path("warnings").toString()).contains("LSH-K8S-003 expired on 2020-01-01");
  }

  @Test
  void sarifIsValidAgainstTheOfficialSchema() throws Exception {
    StringWriter out = new StringWriter();
    ConfigSarif.write(report, "0.0.0-test", out);
    Golden.check("report.sarif.json", out.toString());
    JsonNode sarif = ConfigJson.JSON.readTree(out.toString());
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    Set<ValidationMessage> errors = schema.validate(sarif);
    assertThat(errors).isEmpty();
    JsonNode run = sarif.path("runs").get(0);
    assertThat(run.path("tool").path("driver").path("rules").findValuesAsText("id"))
        .containsExactly(
            "LSH-K8S-001", "LSH-K8S-003", "LSH-K8S-012", "LSH-K8S-027", "LSH-DF-002", "LSH-DF-005");
    assertThat(run.path("results").toString())
        .contains("\"uri\":\"src/test/resources/config/input/deploy/pod.yaml\"")
        .contains("\"kind\":\"inSource\"")
        .contains("\"kind\":\"external\"");
  }

  @Test
  void junitHasOneSuitePerFile() throws Exception {
    StringWriter out = new StringWriter();
    ConfigJunit.write(report, out);
    Golden.check("report.junit.xml", out.toString());
    assertThat(out.toString())
        .contains("<testsuite name=\"src/test/resources/config/input/Dockerfile\"")
        .contains("<skipped message=\"suppressed: the node agent needs it\"/>");
  }

  @Test
  void complianceGroupsByControl() throws Exception {
    Compliance c = Compliance.of(report, Framework.CIS_KUBERNETES);
    StringWriter table = new StringWriter();
    ComplianceTable.write(c, table);
    Golden.check("compliance.txt", table.toString());
    StringWriter json = new StringWriter();
    ComplianceJson.write(c, report, json);
    Golden.check("compliance.json", json.toString());
    assertThat(c.controls()).extracting(Compliance.Control::id).isSorted();
  }
}
