package dev.lashing.match.language;

import static dev.lashing.match.TestPackages.pkg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.match.Candidate;
import dev.lashing.match.Finding;
import dev.lashing.match.Matcher;
import dev.lashing.match.Matchers;
import dev.lashing.match.Matching;
import dev.lashing.match.store.TestRecords;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.Severity;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.CvssScore;
import dev.lashing.model.vuln.Kev;
import dev.lashing.vulndb.MemoryStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageMatcherTest {
  final Matcher matcher = LanguageMatcher.create();

  static Package log4j(String version) {
    return pkg(
        PackageType.MAVEN,
        "org.apache.logging.log4j",
        "log4j-core",
        version,
        "pkg:maven/org.apache.logging.log4j/log4j-core@" + version,
        null,
        null);
  }

  static MemoryStore log4jStore() {
    return TestRecords.load("osv-maven", "GHSA-jfh8-c2jp-5v3q.json", "GHSA-7rjr-3q55-vv33.json");
  }

  @Test
  void log4jCore2141MatchesLog4ShellAndItsFollowUpWithTheRangeThatMatched() throws Exception {
    List<Candidate> found = matcher.match(log4j("2.14.1"), null, log4jStore());
    assertThat(found)
        .extracting(c -> c.advisory().id())
        .containsExactlyInAnyOrder("GHSA-jfh8-c2jp-5v3q", "GHSA-7rjr-3q55-vv33");
    Candidate shell =
        found.stream()
            .filter(c -> c.advisory().id().equals("GHSA-jfh8-c2jp-5v3q"))
            .findFirst()
            .get();
    assertThat(shell.detail().ecosystem()).isEqualTo("Maven");
    assertThat(shell.detail().packageName()).isEqualTo("org.apache.logging.log4j:log4j-core");
    assertThat(shell.detail().matchedBy()).isEqualTo("name");
    assertThat(shell.detail().events()).containsExactly("introduced 2.13.0", "fixed 2.15.0");
    assertThat(shell.detail().reason())
        .isEqualTo(
            "installed 2.14.1 ≥ introduced 2.13.0 and < fixed 2.15.0 (ECOSYSTEM range, maven"
                + " order)");
    assertThat(shell.fixedVersions()).containsExactly("2.15.0");
  }

  @Test
  void log4jCore2171AndTheFixedVersionsMatchNone() throws Exception {
    MemoryStore store = log4jStore();
    for (String v : List.of("2.17.1", "2.16.0", "2.12.4")) {
      assertThat(matcher.match(log4j(v), null, store)).as(v).isEmpty();
    }
    assertThat(matcher.match(log4j("2.12.1"), null, store)).hasSize(2);
  }

  @Test
  void findingsCarryCveIdsAliasesNvdCvssAndKev() throws Exception {
    MemoryStore store = log4jStore();
    store.advisory(
        new Advisory(
            "CVE-2021-44228",
            "nvd",
            List.of(),
            "Apache Log4j2 JNDI features ...",
            null,
            Instant.parse("2021-12-10T10:15:09Z"),
            null,
            null,
            List.of(
                new CvssScore(
                    "3.1",
                    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H",
                    10.0,
                    Severity.CRITICAL,
                    "nvd@nist.gov")),
            null,
            List.of("CWE-502"),
            List.of(),
            List.of(),
            Map.of()));
    store.kev(
        new Kev(
            "CVE-2021-44228",
            LocalDate.parse("2021-12-10"),
            LocalDate.parse("2021-12-24"),
            true,
            "Apache",
            "Log4j2",
            "For all affected software assets ..."));
    List<Finding> findings =
        Matching.run(List.of(log4j("2.14.1")), null, store, Matchers.defaults());
    Finding shell =
        findings.stream().filter(f -> f.id().equals("CVE-2021-44228")).findFirst().get();
    assertThat(shell.aliases()).containsExactly("GHSA-jfh8-c2jp-5v3q");
    assertThat(shell.recordIds()).containsExactly("GHSA-jfh8-c2jp-5v3q");
    assertThat(shell.cvss().baseScore()).isEqualTo(10.0);
    assertThat(shell.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(shell.severitySource()).isEqualTo("cvss:3.1:nvd@nist.gov");
    assertThat(shell.kev().dateAdded()).isEqualTo(LocalDate.parse("2021-12-10"));
    assertThat(shell.cwes()).contains("CWE-502");
    assertThat(shell.dataSources()).containsExactly("osv-maven");
    Finding followUp =
        findings.stream().filter(f -> f.id().equals("CVE-2021-45046")).findFirst().get();
    assertThat(followUp.kev()).isNull();
    assertThat(followUp.severity()).isEqualTo(Severity.CRITICAL); // GHSA's own rating
    assertThat(followUp.severitySource()).isEqualTo("advisory:osv-maven");
  }

  @Test
  void pypiNamesAreNormalisedAndAliasRecordsMergeIntoOneFinding() throws Exception {
    MemoryStore store = TestRecords.load("osv-pypi", "PYSEC-2021-93.json");
    Advisory pysec = store.byId("PYSEC-2021-93").getFirst();
    // The GHSA record OSV publishes for the same vulnerability, with the same affected data.
    store.advisory(
        new Advisory(
            "GHSA-q5hq-fp76-qmrc",
            "osv-pypi",
            List.of("CVE-2021-28677", "PYSEC-2021-93"),
            pysec.summary(),
            pysec.details(),
            pysec.published(),
            pysec.modified(),
            null,
            List.of(),
            "HIGH",
            List.of(),
            List.of(),
            pysec.affected(),
            Map.of()));
    Package pillow =
        pkg(PackageType.PYPI, null, "Pillow", "8.1.2", "pkg:pypi/pillow@8.1.2", null, null);
    List<Finding> findings = Matching.run(List.of(pillow), null, store, Matchers.defaults());
    assertThat(findings).hasSize(1);
    Finding f = findings.getFirst();
    assertThat(f.id()).isEqualTo("CVE-2021-28677");
    assertThat(f.aliases()).containsExactly("GHSA-q5hq-fp76-qmrc", "PYSEC-2021-93");
    assertThat(f.recordIds()).containsExactly("PYSEC-2021-93", "GHSA-q5hq-fp76-qmrc");
    assertThat(f.fixedVersions()).containsExactly("8.2.0");
    assertThat(f.matches().getFirst().reason())
        .isEqualTo("installed 8.1.2 is listed among the record's affected versions (pep440 order)");
    Package fixed =
        pkg(PackageType.PYPI, null, "pillow", "8.2.0", "pkg:pypi/pillow@8.2.0", null, null);
    assertThat(Matching.run(List.of(fixed), null, store, Matchers.defaults())).isEmpty();
  }

  @Test
  void withdrawnRecordsNeverMatch() throws Exception {
    MemoryStore store = TestRecords.load("osv-pypi", "PYSEC-2021-93.json");
    Advisory a = store.byId("PYSEC-2021-93").getFirst();
    store.advisory(
        new Advisory(
            a.id(),
            a.source(),
            a.aliases(),
            a.summary(),
            a.details(),
            a.published(),
            a.modified(),
            Instant.parse("2022-01-01T00:00:00Z"),
            a.cvss(),
            a.severity(),
            a.cwes(),
            a.references(),
            a.affected(),
            a.databaseSpecific()));
    Package pillow =
        pkg(PackageType.PYPI, null, "pillow", "8.1.2", "pkg:pypi/pillow@8.1.2", null, null);
    assertThat(matcher.match(pillow, null, store)).isEmpty();
  }

  @Test
  void goStdlibVersionsLoseTheirVAndUseSemver() throws Exception {
    MemoryStore store = TestRecords.load("osv-go", "GO-2023-1568.json");
    Package stdlib =
        pkg(
            PackageType.GO_MODULE,
            null,
            "stdlib",
            "v1.20.0",
            "pkg:golang/stdlib@v1.20.0",
            null,
            null);
    List<Candidate> found = matcher.match(stdlib, null, store);
    assertThat(found).hasSize(1);
    assertThat(found.getFirst().detail().reason())
        .isEqualTo(
            "installed 1.20.0 ≥ introduced 1.20.0-0 and < fixed 1.20.1 (SEMVER range, semver"
                + " order)");
    Package patched =
        pkg(
            PackageType.GO_MODULE,
            null,
            "stdlib",
            "v1.19.6",
            "pkg:golang/stdlib@v1.19.6",
            null,
            null);
    assertThat(matcher.match(patched, null, store)).isEmpty();
  }

  @Test
  void osvNamesPerEcosystem() {
    assertThat(LanguageMatcher.osvName(log4j("1")))
        .isEqualTo("org.apache.logging.log4j:log4j-core");
    Package scoped =
        pkg(
            PackageType.NPM,
            "@babel",
            "@babel/core",
            "7.0.0",
            "pkg:npm/%40babel/core@7.0.0",
            null,
            null);
    assertThat(LanguageMatcher.osvName(scoped)).isEqualTo("@babel/core");
    Package composer =
        pkg(
            PackageType.COMPOSER,
            "symfony",
            "http-kernel",
            "5.0.0",
            "pkg:composer/symfony/http-kernel@5.0.0",
            null,
            null);
    assertThat(LanguageMatcher.osvName(composer)).isEqualTo("symfony/http-kernel");
  }
}
