package dev.lashing.cli.scan;

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

/** The scan commands end to end, in-process, on the real Alpine 3.11 samples. */
class ScanCommandsTest {
  static final Path SAMPLE = Path.of("../samples/alpine-311.tar.gz");
  static final Path LOG4J = Path.of("../samples/alpine-311-log4j.tar.gz");
  static final String SNAPSHOT_NOTE =
      "lashing: using the bundled sample snapshot (14 Alpine 3.11 secdb records, 3 GitHub"
          + " advisories); run 'lashing db update' for full vulnerability data";

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  /** The README's first command: {@code ./lashing image samples/alpine-311-log4j.tar.gz}. */
  @Test
  void readmeFirstCommandShowsRealFindingsFromTheBundledSnapshot() {
    Result r = run("image", LOG4J.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err().lines().toList()).containsExactly(SNAPSHOT_NOTE);
    assertThat(r.out())
        .contains("/opt/app/lib/log4j-core-2.14.1.jar")
        .contains("Total: 3 (CRITICAL: 2, HIGH: 1, MEDIUM: 0, LOW: 0, UNKNOWN: 0)")
        .containsPattern("log4j-core +CVE-2021-44228 KEV +CRITICAL +fixed +2\\.14\\.1 +2\\.15\\.0")
        .containsPattern("log4j-core +CVE-2021-45046 KEV +CRITICAL +fixed +2\\.14\\.1 +2\\.16\\.0")
        .containsPattern("log4j-core +CVE-2021-45105 +HIGH +fixed +2\\.14\\.1 +2\\.17\\.0");
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void plainAlpineSampleScansCleanAgainstTheSnapshot() {
    Result r = run("image", SAMPLE.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err().lines().toList()).containsExactly(SNAPSHOT_NOTE);
    assertThat(r.out())
        .contains("samples/alpine-311.tar.gz: no vulnerabilities found (14 packages)");
  }

  @Test
  void imageInspectStillInspects() {
    Result r = run("image", "inspect", SAMPLE.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Tags:            alpine:3.11");
    Result log4j = run("image", "inspect", LOG4J.toString());
    assertThat(log4j.code()).isZero();
    assertThat(log4j.out())
        .contains("Tags:            lashing-sample/alpine-311-log4j:latest")
        .contains(
            "Config digest:   sha256:83c71bd5d81f928d55a869262ed7e452203d254c329c16b9b7b2f0ad18b3a42d")
        .contains("COPY lib/ /opt/app/lib/");
  }

  @Test
  void jsonCarriesTheMatchDetail(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("scan.json");
    Result r = run("image", "-q", "--format", "json", "-o", out.toString(), LOG4J.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode j = new ObjectMapper().readTree(out.toFile());
    assertThat(j.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(j.path("database").path("sample").asBoolean()).isTrue();
    assertThat(j.path("summary").path("active").asInt()).isEqualTo(3);
    JsonNode log4shell = null;
    for (JsonNode f : j.path("findings")) {
      if (f.path("id").asText().equals("CVE-2021-44228")) {
        log4shell = f;
      }
    }
    assertThat(log4shell.path("severity").asText()).isEqualTo("CRITICAL");
    assertThat(log4shell.path("severitySource").asText()).isEqualTo("advisory:ghsa");
    assertThat(log4shell.path("kev").path("dateAdded").asText()).isEqualTo("2021-12-10");
    assertThat(log4shell.path("fixedVersions").get(0).asText()).isEqualTo("2.15.0");
    assertThat(log4shell.path("package").path("purl").asText())
        .isEqualTo("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
    assertThat(log4shell.path("package").path("locations").get(0).path("layer").asText())
        .isEqualTo("sha256:dd2be99e90a1ef8fb27456a420eea6dfe33e22a7cc05f92e147085ebc6019284");
    JsonNode m = log4shell.path("matches").get(0);
    assertThat(m.path("recordId").asText()).isEqualTo("GHSA-jfh8-c2jp-5v3q");
    assertThat(m.path("reason").asText())
        .isEqualTo(
            "installed 2.14.1 ≥ introduced 2.13.0 and < fixed 2.15.0 (ECOSYSTEM range, maven"
                + " order)");
  }

  @Test
  void gateFailsWithTheGivenCodeOnlyWhenFindingsRemain() {
    assertThat(run("image", "-q", "--exit-code", "3", LOG4J.toString()).code()).isEqualTo(3);
    assertThat(run("image", "-q", "--exit-code", "3", SAMPLE.toString()).code()).isZero();
    assertThat(
            run("image", "-q", "--exit-code", "3", "--fail-on", "CRITICAL", LOG4J.toString())
                .code())
        .isEqualTo(3);
    assertThat(run("image", "-q", "--exit-code", "3", "--fail-on-kev", LOG4J.toString()).code())
        .isEqualTo(3);
    // no LOW finding in the sample
    assertThat(run("image", "-q", "--exit-code", "3", "--severity", "LOW", LOG4J.toString()).code())
        .isZero();
    Result bad = run("image", "--fail-on", "SEVERE", LOG4J.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown severity 'SEVERE'");
  }

  @Test
  void ignoreFileSuppressesAndExpiredEntriesAreReported(@TempDir Path dir) throws Exception {
    Path ignore = dir.resolve("ignore.yaml");
    Files.writeString(
        ignore,
        """
        - id: CVE-2021-45105
          package: pkg:maven/org.apache.logging.log4j/log4j-core*
          reason: no Thread Context Map data comes from users
          owner: app-team
        - id: CVE-2021-45046
          reason: was accepted until the end of 2021
          expires: 2021-12-31
        """);
    Path json = dir.resolve("s.json");
    Result r =
        run(
            "image",
            "--ignorefile",
            ignore.toString(),
            "-f",
            "json",
            "-o",
            json.toString(),
            "--exit-code",
            "1",
            LOG4J.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("ignore entry for CVE-2021-45046 expired on 2021-12-31");
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    assertThat(j.path("summary").path("suppressed").asInt()).isEqualTo(1);
    assertThat(j.path("expiredIgnores").get(0).path("id").asText()).isEqualTo("CVE-2021-45046");
    JsonNode suppressed = null;
    for (JsonNode f : j.path("findings")) {
      if (!f.path("suppression").isNull()) {
        suppressed = f;
      }
    }
    assertThat(suppressed.path("id").asText()).isEqualTo("CVE-2021-45105");
    assertThat(suppressed.path("suppression").path("rule").asText()).endsWith("entry 1");
    assertThat(suppressed.path("suppression").path("owner").asText()).isEqualTo("app-team");
  }

  @Test
  void rootfsAndFsScanADirectory(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("root");
    Files.createDirectories(root.resolve("lib/apk/db"));
    Files.createDirectories(root.resolve("etc"));
    Files.writeString(
        root.resolve("etc/os-release"), "ID=alpine\nVERSION_ID=3.11.5\nNAME=\"Alpine Linux\"\n");
    Files.writeString(
        root.resolve("lib/apk/db/installed"), "P:musl\nV:1.1.23-r1\nA:x86_64\no:musl\nL:MIT\n\n");
    // secdb v3.11: musl CVE-2019-14697 fixed in 1.1.23-r2
    Result rootfs = run("rootfs", "-q", root.toString());
    assertThat(rootfs.code()).isZero();
    assertThat(rootfs.out()).contains("CVE-2019-14697");
    Result fs = run("fs", "-q", root.toString());
    assertThat(fs.code()).isZero();
    assertThat(fs.out()).contains("CVE-2019-14697");
    assertThat(run("fs", dir.resolve("missing").toString()).code()).isEqualTo(2);
  }

  @Test
  void sbomScanReadsACycloneDxDocument(@TempDir Path dir) throws Exception {
    Path bom = dir.resolve("bom.json");
    Result made =
        run("sbom", "-q", "--format", "cyclonedx-json", "-o", bom.toString(), LOG4J.toString());
    assertThat(made.code()).isZero();
    Result r = run("sbom", "scan", "-q", bom.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("CVE-2021-44228").contains("Total: 3 ");
    // 'lashing sbom TARGET' keeps working
    assertThat(run("sbom", "-q", SAMPLE.toString()).out()).contains("musl-utils");
  }

  @Test
  void unknownScannerIsAUsageError() {
    Result r = run("image", "--scanners", "vuln,secret", SAMPLE.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("scanner 'secret' is not available in this build");
  }
}
