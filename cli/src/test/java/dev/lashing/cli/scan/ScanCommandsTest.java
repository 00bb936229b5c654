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

/** The scan commands end to end, in-process, on the real Alpine 3.11 sample. */
class ScanCommandsTest {
  static final Path SAMPLE = Path.of("../samples/alpine-311.tar.gz");

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  /** The README's first command: {@code ./lashing image samples/alpine-311.tar.gz}. */
  @Test
  void readmeFirstCommandShowsRealFindingsFromTheBundledSnapshot() {
    Result r = run("image", SAMPLE.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err().lines().toList())
        .containsExactly(
            "lashing: using the bundled sample snapshot (24 Alpine 3.11 secdb records); run"
                + " 'lashing db update' for full vulnerability data");
    assertThat(r.out())
        .contains("samples/alpine-311.tar.gz (alpine 3.11.5)")
        .contains("Total: 18 ")
        .containsPattern("libssl1\\.1 +CVE-2020-1967 +UNKNOWN +fixed +1\\.1\\.1d-r3 +1\\.1\\.1g-r0")
        .containsPattern("apk-tools +CVE-2021-36159 ");
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void imageInspectStillInspects() {
    Result r = run("image", "inspect", SAMPLE.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Tags:            alpine:3.11");
  }

  @Test
  void jsonCarriesTheMatchDetail(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("scan.json");
    Result r = run("image", "-q", "--format", "json", "-o", out.toString(), SAMPLE.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode j = new ObjectMapper().readTree(out.toFile());
    assertThat(j.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(j.path("database").path("sample").asBoolean()).isTrue();
    assertThat(j.path("summary").path("active").asInt()).isEqualTo(18);
    JsonNode musl = null;
    for (JsonNode f : j.path("findings")) {
      if (f.path("package").path("name").asText().equals("musl")) {
        musl = f;
      }
    }
    assertThat(musl.path("id").asText()).isEqualTo("CVE-2020-28928");
    assertThat(musl.path("fixedVersions").get(0).asText()).isEqualTo("1.1.24-r3");
    assertThat(musl.path("package").path("locations").get(0).path("layer").asText())
        .startsWith("sha256:");
    JsonNode m = musl.path("matches").get(0);
    assertThat(m.path("recordId").asText()).isEqualTo("CVE-2020-28928");
    assertThat(m.path("reason").asText())
        .isEqualTo(
            "installed 1.1.24-r2 ≥ introduced 0 and < fixed 1.1.24-r3 (ECOSYSTEM range, apk order)");
  }

  @Test
  void gateFailsWithTheGivenCodeOnlyWhenFindingsRemain() {
    assertThat(run("image", "-q", "--exit-code", "3", SAMPLE.toString()).code()).isEqualTo(3);
    // every sample finding has an unknown severity: none is HIGH or worse, none is in KEV
    assertThat(
            run("image", "-q", "--exit-code", "3", "--fail-on", "HIGH", SAMPLE.toString()).code())
        .isZero();
    assertThat(run("image", "-q", "--exit-code", "3", "--fail-on-kev", SAMPLE.toString()).code())
        .isZero();
    assertThat(
            run("image", "-q", "--exit-code", "3", "--severity", "CRITICAL", SAMPLE.toString())
                .code())
        .isZero();
    Result bad = run("image", "--fail-on", "SEVERE", SAMPLE.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown severity 'SEVERE'");
  }

  @Test
  void ignoreFileSuppressesAndExpiredEntriesAreReported(@TempDir Path dir) throws Exception {
    Path ignore = dir.resolve("ignore.yaml");
    Files.writeString(
        ignore,
        """
        - id: CVE-2020-28928
          package: pkg:apk/alpine/musl*
          reason: musl wcsnrtombs is not reachable from our entrypoint
          owner: base-images
        - id: CVE-2021-3449
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
            SAMPLE.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("ignore entry for CVE-2021-3449 expired on 2021-12-31");
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    assertThat(j.path("summary").path("suppressed").asInt()).isEqualTo(2); // musl, musl-utils
    assertThat(j.path("expiredIgnores").get(0).path("id").asText()).isEqualTo("CVE-2021-3449");
    JsonNode suppressed = null;
    for (JsonNode f : j.path("findings")) {
      if (!f.path("suppression").isNull()) {
        suppressed = f;
      }
    }
    assertThat(suppressed.path("suppression").path("rule").asText()).endsWith("entry 1");
    assertThat(suppressed.path("suppression").path("owner").asText()).isEqualTo("base-images");
  }

  @Test
  void rootfsAndFsScanADirectory(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("root");
    Files.createDirectories(root.resolve("lib/apk/db"));
    Files.createDirectories(root.resolve("etc"));
    Files.writeString(
        root.resolve("etc/os-release"), "ID=alpine\nVERSION_ID=3.11.5\nNAME=\"Alpine Linux\"\n");
    Files.writeString(
        root.resolve("lib/apk/db/installed"), "P:musl\nV:1.1.24-r2\nA:x86_64\no:musl\nL:MIT\n\n");
    Result rootfs = run("rootfs", "-q", root.toString());
    assertThat(rootfs.code()).isZero();
    assertThat(rootfs.out()).contains("CVE-2020-28928");
    Result fs = run("fs", "-q", root.toString());
    assertThat(fs.code()).isZero();
    assertThat(fs.out()).contains("CVE-2020-28928");
    assertThat(run("fs", dir.resolve("missing").toString()).code()).isEqualTo(2);
  }

  @Test
  void sbomScanReadsACycloneDxDocument(@TempDir Path dir) throws Exception {
    Path bom = dir.resolve("bom.json");
    Result made =
        run("sbom", "-q", "--format", "cyclonedx-json", "-o", bom.toString(), SAMPLE.toString());
    assertThat(made.code()).isZero();
    Result r = run("sbom", "scan", "-q", bom.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("CVE-2020-1967").contains("Total: 18 ");
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
