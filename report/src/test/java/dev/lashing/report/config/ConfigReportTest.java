package dev.lashing.report.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.misconfig.ConfigScanner;
import dev.lashing.misconfig.ScanOptions;
import dev.lashing.misconfig.ScanResult;
import dev.lashing.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Severity filtering, ignore-file rules and sanitising, without golden files. */
class ConfigReportTest {
  static final String EVIL =
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: "we\\e[31mb"
      spec:
        containers:
          - name: app
            image: nginx:latest
            securityContext:
              privileged: true
      """;

  static ConfigReport report(Set<Severity> severities, List<IgnoreEntry> ignores) throws Exception {
    ConfigScanner scanner =
        ConfigScanner.create(
            ScanOptions.defaults().withInclude(Set.of("LSH-K8S-001", "LSH-K8S-027")));
    ScanResult r = scanner.scan("evil.yaml", EVIL.getBytes(StandardCharsets.UTF_8));
    return ConfigReport.of(r, scanner.checks(), severities, ignores, LocalDate.of(2025, 1, 1));
  }

  @Test
  void severityFilterKeepsOnlyThoseSeverities() throws Exception {
    ConfigReport r = report(Set.of(Severity.HIGH), List.of());
    assertThat(r.active()).extracting(f -> f.checkId()).containsExactly("LSH-K8S-001");
    assertThat(r.anyAtLeast(Severity.HIGH)).isTrue();
    assertThat(r.anyAtLeast(Severity.CRITICAL)).isFalse();
  }

  @Test
  void tableNeverPrintsControlCharactersFromInput() throws Exception {
    StringWriter out = new StringWriter();
    ConfigTable.write(report(Set.of(), List.of()), out);
    assertThat(out.toString()).doesNotContain("\u001b").contains("Pod/we?[31mb (app)");
  }

  @Test
  void ignoreEntriesMatchByIdAndPathGlobUntilTheyExpire() throws Exception {
    List<IgnoreEntry> entries =
        IgnoreFile.parse(
            "ign.yaml",
            """
            - id: LSH-K8S-001
              path: "*.yaml"
              reason: accepted
              expires: 2025-01-01
            - id: LSH-K8S-027
              path: other/*.yaml
              reason: elsewhere
            """);
    ConfigReport r = report(Set.of(), entries);
    assertThat(r.active()).extracting(f -> f.checkId()).containsExactly("LSH-K8S-027");
    assertThat(r.warnings()).isEmpty();
    assertThat(entries.getFirst().expiredOn(LocalDate.of(2025, 1, 2))).isTrue();
  }

  @Test
  void ignoreFileErrorsNameTheEntry() {
    assertThatThrownBy(() -> IgnoreFile.parse("ign.yaml", "- id: X\n  reson: typo\n"))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "ign.yaml entry 1: unknown key 'reson' (expected id, path, package, reason, owner, expires)");
  }
}
