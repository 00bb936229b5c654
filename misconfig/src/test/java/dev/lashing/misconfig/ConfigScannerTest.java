package dev.lashing.misconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.model.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigScannerTest {
  private static final String POD =
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        namespace: shop
      spec:
        hostNetwork: true
        containers:
          - name: app
            image: nginx:latest
            securityContext:
              privileged: true
      """;

  @Test
  void scansADirectoryDetectingFileKinds(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("pod.yaml"), POD);
    Files.createDirectories(dir.resolve("svc"));
    Files.writeString(dir.resolve("svc/Containerfile"), "FROM ubuntu\nUSER root\n");
    Files.writeString(dir.resolve("README.md"), "# not scanned\n");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/x.yaml"), "not: [scanned\n");

    ScanResult r = ConfigScanner.scan(List.of(dir), ScanOptions.defaults());

    assertThat(r.errors()).isEmpty();
    assertThat(r.warnings()).isEmpty();
    assertThat(r.filesScanned()).isEqualTo(2);
    assertThat(r.findings())
        .filteredOn(f -> f.checkId().equals("LSH-K8S-001"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(12);
              assertThat(f.column()).isEqualTo(9);
              assertThat(f.object()).isEqualTo(new ObjectRef("Pod", "shop", "web"));
              assertThat(f.container()).isEqualTo("app");
              assertThat(f.file()).endsWith("pod.yaml");
            });
    assertThat(r.findings())
        .extracting(ConfigFinding::checkId)
        .contains("LSH-K8S-003", "LSH-DF-002", "LSH-DF-005");
    assertThat(r.perCheck().get("LSH-K8S-001").failed()).isEqualTo(1);
    assertThat(r.perCheck().get("LSH-K8S-033").passed()).isEqualTo(1);
  }

  @Test
  void selectionSkipAndMinimumSeverity() throws Exception {
    ScanOptions only = ScanOptions.defaults().withInclude(Set.of("LSH-K8S-001", "LSH-K8S-003"));
    ScanResult r =
        ConfigScanner.scan(
            "-", POD.getBytes(StandardCharsets.UTF_8), only.withSkip(Set.of("LSH-K8S-003")));
    assertThat(r.findings()).extracting(ConfigFinding::checkId).containsExactly("LSH-K8S-001");
    assertThat(r.perCheck()).containsOnlyKeys("LSH-K8S-001");

    ScanResult high =
        ConfigScanner.scan(
            "-",
            POD.getBytes(StandardCharsets.UTF_8),
            ScanOptions.defaults().withMinSeverity(Severity.HIGH));
    assertThat(high.findings())
        .allSatisfy(f -> assertThat(f.severity().atLeast(Severity.HIGH)).isTrue());
    assertThat(high.findings()).isNotEmpty();

    assertThatThrownBy(
            () -> ConfigScanner.create(ScanOptions.defaults().withSkip(Set.of("LSH-NOPE-1"))))
        .hasMessageContaining("unknown check id 'LSH-NOPE-1'");
  }

  @Test
  void standardInputIsSniffedAndBadInputIsAnErrorNotAnException(@TempDir Path dir)
      throws Exception {
    ConfigScanner scanner = ConfigScanner.create(ScanOptions.defaults());
    ScanResult docker =
        scanner.scan(
            "-", "# build\nFROM alpine:3.20\nEXPOSE 22\n".getBytes(StandardCharsets.UTF_8));
    assertThat(docker.findings()).extracting(ConfigFinding::checkId).contains("LSH-DF-012");

    Files.writeString(dir.resolve("broken.yaml"), "kind: Pod\nspec: [\n");
    Files.write(dir.resolve("binary.yml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
    ScanResult r = scanner.scan(List.of(dir, dir.resolve("missing.yaml")));
    assertThat(r.errors()).hasSize(3);
    assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains("broken.yaml:3: invalid YAML"));
    assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains("binary.yml: not UTF-8"));
    assertThat(r.errors()).anySatisfy(e -> assertThat(e).contains("missing.yaml: no such file"));
  }

  @Test
  void usersAddChecksFromADirectory(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("ACME-K8S-001.yaml"),
        """
        id: ACME-K8S-001
        title: Images come from registry.acme.example
        severity: high
        scope: container
        description: Only the company registry is allowed.
        remediation: Mirror the image into registry.acme.example.
        logic:
          cel: "!container.?image.orValue('').startsWith('registry.acme.example/')"
          at: [image]
        examples:
          bad:
            - lines: [1]
              input: "x"
          good:
            - input: "y"
        """);
    ScanOptions options =
        ScanOptions.defaults().withCheckDirs(List.of(dir)).withInclude(Set.of("ACME-K8S-001"));
    ScanResult r = ConfigScanner.scan("pod.yaml", POD.getBytes(StandardCharsets.UTF_8), options);
    assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(10));

    Files.writeString(
        dir.resolve("ACME-K8S-002.yaml"),
        "id: ACME-K8S-002\ntitle: t\nseverity: low\nscope: container\nbogus: 1\n");
    assertThatThrownBy(
            () -> ConfigScanner.create(ScanOptions.defaults().withCheckDirs(List.of(dir))))
        .isInstanceOf(MisconfigException.class)
        .hasMessageContaining("ACME-K8S-002.yaml:5: unknown key 'bogus'");
  }

  @Test
  void aCelExpressionThatDoesNotCompileNamesItsCheckFile(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("ACME-DF-001.yaml"),
        """
        id: ACME-DF-001
        title: t
        severity: low
        scope: instruction
        description: d
        remediation: r
        logic:
          cel: "instruction.cmd =="
        examples:
          bad:
            - lines: [1]
              input: "FROM a"
          good:
            - input: "FROM b"
        """);
    assertThatThrownBy(
            () -> ConfigScanner.create(ScanOptions.defaults().withCheckDirs(List.of(dir))))
        .isInstanceOf(MisconfigException.class)
        .hasMessageContaining("ACME-DF-001.yaml: CEL does not compile")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
