package dev.lashing.match.ignore;

import static dev.lashing.match.TestPackages.pkg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.match.Finding;
import dev.lashing.match.FixState;
import dev.lashing.match.Suppression;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
  static final LocalDate TODAY = LocalDate.parse("2026-01-15");

  static Finding finding(String id, List<String> aliases, Package p) {
    return new Finding(
        id,
        aliases,
        p,
        p.version(),
        List.of(),
        FixState.NOT_FIXED,
        Severity.HIGH,
        "none",
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of("test"),
        List.of(),
        null);
  }

  static final Package LOG4J =
      pkg(
          PackageType.MAVEN,
          "org.apache.logging.log4j",
          "log4j-core",
          "2.14.1",
          "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
          null,
          null);
  static final Package URLLIB3 =
      pkg(
          PackageType.PYPI,
          null,
          "urllib3",
          "1.26.16+cgr.1",
          "pkg:pypi/urllib3@1.26.16+cgr.1",
          null,
          null);

  @Test
  void ignoreEntriesMatchIdOrAliasAndPurlPatternAndExpire() throws IOException {
    List<IgnoreRule> rules =
        IgnoreRules.parse(
            ".lashingignore.yaml",
            """
            - id: GHSA-jfh8-c2jp-5v3q
              package: pkg:maven/org.apache.logging.log4j/log4j-core@*
              reason: JndiLookup removed from the jar at build time
              owner: platform-team
              expires: 2026-06-30
            - id: CVE-2021-45046
              reason: old decision
              expires: 2025-12-31
            - id: CVE-2021-44228
              package: pkg:npm/*
              reason: only for npm packages
            """);
    List<Finding> findings =
        List.of(
            finding("CVE-2021-44228", List.of("GHSA-jfh8-c2jp-5v3q"), LOG4J),
            finding("CVE-2021-45046", List.of("GHSA-7rjr-3q55-vv33"), LOG4J));
    Suppressions s = Suppressions.apply(findings, rules, List.of(), TODAY);
    Suppression first = s.findings().get(0).suppression();
    assertThat(first.kind()).isEqualTo(Suppression.Kind.IGNORE_FILE);
    assertThat(first.rule()).isEqualTo(".lashingignore.yaml entry 1");
    assertThat(first.owner()).isEqualTo("platform-team");
    assertThat(s.findings().get(1).active()).isTrue();
    assertThat(s.expired())
        .extracting(IgnoreRule::source)
        .containsExactly(".lashingignore.yaml entry 2");
  }

  @Test
  void badIgnoreFilesFailWithTheEntry() {
    assertThatThrownBy(() -> IgnoreRules.parse("i.yaml", "- id: X\n  pakage: y\n  reason: r\n"))
        .hasMessage(
            "i.yaml entry 1: unknown key 'pakage' (expected id, path, package, reason, owner,"
                + " expires)");
    assertThatThrownBy(() -> IgnoreRules.parse("i.yaml", "- id: X\n  reason: r\n  expires: soon"))
        .hasMessage("i.yaml entry 1: 'expires' must be a date YYYY-MM-DD, not soon");
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = SuppressionsTest.class.getResourceAsStream("/match/vex/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void openVexFixedSuppressesTheNamedPackage() throws IOException {
    List<VexStatement> vex = VexDocuments.parse("openvex.json", resource("openvex.json"));
    assertThat(vex).hasSize(1);
    assertThat(vex.getFirst().status()).isEqualTo(VexStatement.Status.FIXED);
    Finding f = finding("CVE-2023-45803", List.of(), URLLIB3);
    Suppressions s = Suppressions.apply(List.of(f), List.of(), vex, TODAY);
    Suppression sup = s.findings().getFirst().suppression();
    assertThat(sup.kind()).isEqualTo(Suppression.Kind.VEX);
    assertThat(sup.vexStatus()).isEqualTo("fixed");
    assertThat(sup.rule()).isEqualTo("openvex.json statement 1");
  }

  @Test
  void csafKnownNotAffectedAndFixedResolveProductIdsToPurls() throws IOException {
    List<VexStatement> vex = VexDocuments.parse("csaf-vex.json", resource("csaf-vex.json"));
    assertThat(vex)
        .extracting(VexStatement::status)
        .containsExactly(VexStatement.Status.NOT_AFFECTED, VexStatement.Status.FIXED);
    Package other =
        pkg(
            PackageType.RPM,
            "redhat",
            "otherpkg",
            "2.0-1",
            "pkg:rpm/redhat/otherpkg@2.0-1",
            null,
            null);
    Package test =
        pkg(
            PackageType.RPM,
            "redhat",
            "testpkg",
            "1.2.3-1.hum1",
            "pkg:rpm/redhat/testpkg@1.2.3-1.hum1?arch=x86_64",
            null,
            null);
    Package unrelated =
        pkg(PackageType.RPM, "redhat", "thirdpkg", "1", "pkg:rpm/redhat/thirdpkg@1", null, null);
    Suppressions s =
        Suppressions.apply(
            List.of(
                finding("CVE-2026-12345", List.of(), other),
                finding("CVE-2026-12345", List.of(), test),
                finding("CVE-2026-12345", List.of(), unrelated)),
            List.of(),
            vex,
            TODAY);
    assertThat(s.findings().get(0).suppression().vexStatus()).isEqualTo("not_affected");
    assertThat(s.findings().get(1).suppression().vexStatus()).isEqualTo("fixed");
    assertThat(s.findings().get(2).active()).isTrue();
  }

  @Test
  void cycloneDxAnalysisStatesMapToVexStatuses() throws IOException {
    String cdx =
        """
        {"bomFormat": "CycloneDX", "specVersion": "1.6",
         "components": [{"bom-ref": "log4j", "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}],
         "vulnerabilities": [
          {"id": "CVE-2021-44228", "affects": [{"ref": "log4j"}],
           "analysis": {"state": "not_affected", "justification": "code_not_reachable"}},
          {"id": "CVE-2021-45046", "affects": [{"ref": "log4j"}],
           "analysis": {"state": "in_triage"}}]}
        """;
    List<VexStatement> vex =
        VexDocuments.parse("app.cdx.json", cdx.getBytes(StandardCharsets.UTF_8));
    Suppressions s =
        Suppressions.apply(
            List.of(
                finding("CVE-2021-44228", List.of(), LOG4J),
                finding("CVE-2021-45046", List.of(), LOG4J)),
            List.of(),
            vex,
            TODAY);
    assertThat(s.findings().get(0).suppression().justification()).isEqualTo("code_not_reachable");
    assertThat(s.findings().get(1).active()).isTrue(); // under investigation does not suppress
  }

  @Test
  void unknownDocumentsAndStatusesFailInOneLine() {
    assertThatThrownBy(() -> VexDocuments.parse("x.json", "{\"a\":1}".getBytes()))
        .hasMessageStartingWith("x.json: not an OpenVEX, CycloneDX VEX or CSAF VEX document");
    assertThatThrownBy(() -> VexDocuments.parse("x.json", "[1".getBytes()))
        .hasMessageStartingWith("x.json: not valid JSON");
    String bad =
        "{\"@context\":\"https://openvex.dev/ns/v0.2.0\",\"statements\":[{\"vulnerability\":"
            + "{\"name\":\"CVE-1\"},\"status\":\"maybe\"}]}";
    assertThatThrownBy(() -> VexDocuments.parse("v.json", bad.getBytes()))
        .hasMessage(
            "v.json statement 1: unknown status 'maybe' (expected not_affected, fixed, affected or"
                + " under_investigation)");
  }
}
