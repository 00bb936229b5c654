package dev.lashing.vulndb.osv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.model.Severity;
import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.VulnSource;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real OSV records (JSON and YAML) through the reader: validation, mapping, routing. */
class OsvRecordsTest {

  private static Fixtures.Collect readAll() throws Exception {
    Fixtures.Collect sink = new Fixtures.Collect();
    OsvFiles.read(Fixtures.dir(), null, sink);
    return sink;
  }

  @Test
  void log4ShellFromGhsa() throws Exception {
    Advisory a = readAll().get("GHSA-jfh8-c2jp-5v3q");
    assertThat(a.source()).isEqualTo("osv-maven");
    assertThat(a.aliases()).containsExactly("CVE-2021-44228");
    assertThat(a.cveIds()).containsExactly("CVE-2021-44228");
    assertThat(a.severity()).isEqualTo("CRITICAL");
    assertThat(a.cwes()).contains("CWE-502");
    assertThat(a.summary()).isEqualTo("Remote code injection in Log4j");
    assertThat(a.cvss())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.version()).isEqualTo("3.1");
              assertThat(c.baseScore()).isEqualTo(10.0);
              assertThat(c.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(c.source()).isEqualTo("ghsa");
            });
    List<AffectedPackage> core =
        a.affected().stream()
            .filter(p -> p.name().equals("org.apache.logging.log4j:log4j-core"))
            .toList();
    assertThat(core).hasSize(3).allSatisfy(p -> assertThat(p.ecosystem()).isEqualTo("Maven"));
    assertThat(core).allSatisfy(p -> assertThat(p.status()).isEqualTo(AffectedStatus.AFFECTED));
    assertThat(core.stream().flatMap(p -> p.fixedVersions().stream()))
        .containsExactly("2.15.0", "2.3.1", "2.12.2");
    assertThat(core.stream().anyMatch(p -> p.osv().affects("2.14.1"))).isTrue();
    assertThat(core.stream().anyMatch(p -> p.osv().affects("2.17.1"))).isFalse();
    assertThat(a.databaseSpecific()).containsEntry("github_reviewed", "true");
    assertThat(a.databaseSpecific().get("cwe_ids")).contains("CWE-502");
  }

  @Test
  void yamlRecordWithExplicitVersionsAndCvss() throws Exception {
    Advisory a = readAll().get("PYSEC-2020-342");
    assertThat(a.source()).isEqualTo("osv-pypi");
    assertThat(a.aliases()).containsExactly("CVE-2020-13921");
    assertThat(a.modified()).hasToString("2023-11-07T20:24:23.946863Z");
    AffectedPackage p = a.affected().getFirst();
    assertThat(p.ecosystem()).isEqualTo("PyPI");
    assertThat(p.versions()).hasSize(10).contains("1.0.1");
    assertThat(p.ranges())
        .containsExactly(
            new OsvRange("PyPI", OsvRange.Type.ECOSYSTEM, List.of(new OsvEvent.Introduced("0"))));
    assertThat(a.cvss().getFirst().baseScore()).isEqualTo(9.8);
    assertThat(a.references()).contains("https://github.com/apache/skywalking/pull/4970");
  }

  @Test
  void goRecordsWithdrawnKept() throws Exception {
    Fixtures.Collect all = readAll();
    Advisory gin = all.get("GO-2020-0001");
    assertThat(gin.source()).isEqualTo("osv-go");
    assertThat(gin.withdrawn()).isNull();
    assertThat(gin.aliases()).containsExactly("CVE-2020-36567", "GHSA-6vm3-jj99-7229");
    assertThat(gin.affected().getFirst().ranges().getFirst().type())
        .isEqualTo(OsvRange.Type.SEMVER);
    assertThat(gin.affected().getFirst().fixedVersions()).containsExactly("1.6.0");
    Advisory withdrawn = all.get("GO-2022-0617");
    assertThat(withdrawn.withdrawn()).hasToString("2024-08-21T16:25:56Z");
  }

  @Test
  void ubuntuRecordUpstreamCveAndQualitativeSeverity() throws Exception {
    Advisory a = readAll().get("UBUNTU-CVE-2021-3782");
    assertThat(a.source()).isEqualTo("osv-ubuntu");
    assertThat(a.aliases()).contains("CVE-2021-3782");
    assertThat(a.cveIds()).containsExactly("CVE-2021-3782");
    assertThat(a.severity()).isEqualTo("medium");
    assertThat(a.cvss()).hasSize(1); // the record lists the same vector twice
    assertThat(a.affected())
        .extracting(AffectedPackage::ecosystem)
        .contains("Ubuntu:Pro:16.04:LTS");
    assertThat(a.affected()).allSatisfy(p -> assertThat(p.name()).isEqualTo("wayland"));
  }

  @Test
  void schemaInvalidRecordIsSkippedWithFileAndId() throws Exception {
    Fixtures.Collect all = readAll();
    assertThat(all.advisories).extracting(Advisory::id).doesNotContain("PYSEC-2021-371");
    assertThat(all.warnings)
        .singleElement()
        .asString()
        .contains("PYSEC-2021-371.yaml: PYSEC-2021-371: not valid OSV: $.affected[0].ranges[0]");
    assertThat(all.advisories).hasSize(6);
  }

  @Test
  void allZipThroughTheSourceContract() throws Exception {
    Map<String, byte[]> entries =
        new LinkedHashMap<>(Fixtures.entries("GHSA-jfh8-c2jp-5v3q.json", "GO-2020-0001.json"));
    entries.put("BROKEN-1.json", "{\"id\": \"BROKEN-1\", ".getBytes(StandardCharsets.UTF_8));
    entries.put("README.txt", "not a record".getBytes(StandardCharsets.UTF_8));
    VulnSource maven = OsvSources.forEcosystem("Maven");
    Feed feed = maven.feeds().getFirst();
    assertThat(feed.url())
        .hasToString("https://osv-vulnerabilities.storage.googleapis.com/Maven/all.zip");
    Fixtures.Collect sink = new Fixtures.Collect();
    URI from = URI.create("https://osv-vulnerabilities.storage.googleapis.com/Maven/all.zip");
    assertThat(maven.read(feed, from, new ByteArrayInputStream(Fixtures.zip(entries)), sink))
        .isNull();
    // Every record of the export belongs to the export's source, whatever it names.
    assertThat(sink.advisories)
        .extracting(Advisory::source)
        .containsExactly("osv-maven", "osv-maven");
    assertThat(sink.warnings)
        .singleElement()
        .asString()
        .startsWith("Maven/all.zip!BROKEN-1.json: not JSON");
  }

  @Test
  void sourceNamesAndRegistry() {
    assertThat(OsvSources.sourceName("crates.io")).isEqualTo("osv-crates.io");
    assertThat(OsvSources.sourceName("Ubuntu:Pro:16.04:LTS")).isEqualTo("osv-ubuntu");
    assertThat(OsvSources.sourceName("Red Hat")).isEqualTo("osv-red-hat");
    assertThat(dev.lashing.vulndb.VulnSources.defaults())
        .extracting(VulnSource::name)
        .contains("osv-debian", "osv-ubuntu", "osv-alpine", "osv-maven", "osv-npm", "osv-pypi")
        .doesNotHaveDuplicates();
  }
}
