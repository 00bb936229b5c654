package dev.lashing.report.secret;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.lashing.misconfig.secret.SecretFinding;
import dev.lashing.misconfig.secret.SecretRules;
import dev.lashing.misconfig.secret.SecretScanResult;
import dev.lashing.model.Digest;
import dev.lashing.model.Severity;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Table, JSON and SARIF of a report with an image target and a directory target (golden). */
class SecretWritersTest {
  static final Path GOLDEN = Path.of("src/test/resources/secret/golden");
  static final Digest BLOB =
      Digest.parse("sha256:1111111111111111111111111111111111111111111111111111111111111111");
  static final Digest DIFF =
      Digest.parse("sha256:2222222222222222222222222222222222222222222222222222222222222222");

  static SecretReport report(Set<Severity> severities) {
    SecretFinding inImage =
        new SecretFinding(
            "LSH-SEC-008",
            "github-pat",
            "GitHub personal access token (classic)",
            Severity.CRITICAL,
            "/app/.env",
            2,
            14,
            "ghp_****",
            new SecretFinding.LayerRef(1, BLOB, DIFF, "COPY app/ /app/ # buildkit"),
            true);
    SecretFinding inDir =
        new SecretFinding(
            "LSH-SEC-030",
            "password-assignment",
            "Password assigned in a configuration file",
            Severity.MEDIUM,
            "deploy/app.env",
            3,
            13,
            "hun****",
            null,
            false);
    return new SecretReport(
        List.of(
            new SecretScanResult("docker-archive:app.tar", List.of(inImage), 12, 3, 0, 0),
            new SecretScanResult("deploy", List.of(inDir), 4, 0, 1, 1)),
        SecretRules.defaults(),
        severities);
  }

  static void golden(String name, String actual) throws Exception {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s (create with -Dgolden.update=true)", file).exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void table() throws Exception {
    StringWriter out = new StringWriter();
    SecretTable.write(report(Set.of()), out);
    golden("report.txt", out.toString());
    assertThat(out.toString())
        .contains("/app/.env:2:14")
        .contains("layer 1 111111111111: COPY app/ /app/ # buildkit  (removed in a later layer)")
        .contains("2 secrets (CRITICAL 1, HIGH 0, MEDIUM 1, LOW 0, UNKNOWN 0)");
  }

  @Test
  void severityFilterAppliesToEveryFormat() throws Exception {
    SecretReport r = report(Set.of(Severity.CRITICAL));
    assertThat(r.findings()).extracting(SecretFinding::ruleId).containsExactly("LSH-SEC-008");
    assertThat(r.anyAtLeast(Severity.HIGH)).isTrue();
    assertThat(report(Set.of(Severity.MEDIUM)).anyAtLeast(Severity.HIGH)).isFalse();
  }

  @Test
  void json() throws Exception {
    StringWriter out = new StringWriter();
    SecretJson.write(report(Set.of()), out);
    golden("report.json", out.toString());
    JsonNode j = SecretJson.JSON.readTree(out.toString());
    JsonNode f = j.path("targets").get(0).path("findings").get(0);
    assertThat(f.path("layer").path("digest").asText()).isEqualTo(BLOB.toString());
    assertThat(f.path("removedLater").asBoolean()).isTrue();
    assertThat(f.path("match").asText()).isEqualTo("ghp_****");
  }

  @Test
  void sarifIsValidAgainstTheOfficialSchema() throws Exception {
    StringWriter out = new StringWriter();
    SecretSarif.write(report(Set.of()), "0.0.0-test", out);
    golden("report.sarif.json", out.toString());
    JsonNode sarif = SecretJson.JSON.readTree(out.toString());
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    assertThat(schema.validate(sarif)).isEmpty();
    JsonNode run = sarif.path("runs").get(0);
    assertThat(run.path("tool").path("driver").path("rules").findValuesAsText("id"))
        .containsExactly("LSH-SEC-008", "LSH-SEC-030");
    assertThat(run.path("results").toString())
        .contains("\"uri\":\"app/.env\"")
        .contains("\"uri\":\"deploy/app.env\"")
        .contains("\"startLine\":2,\"startColumn\":14")
        .contains("\"layerDigest\":\"" + BLOB + "\"");
  }
}
