package dev.lashing.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lashing.catalog.Catalogers;
import dev.lashing.image.ImageOptions;
import dev.lashing.match.distro.SecdbRecords;
import dev.lashing.match.store.StoreProvider;
import dev.lashing.match.store.TestRecords;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.version.Versions;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.sbom.Sbom;
import dev.lashing.sbom.SbomScanner;
import dev.lashing.vulndb.MemoryStore;
import dev.lashing.vulndb.VulnStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The accuracy figures of {@code docs/accuracy.md}, computed from the peer data named by the system
 * property {@code lashing.peers} (skipped without it).
 */
class AccuracyConformanceTest {

  static Path peers(String sub) {
    String prop = System.getProperty("lashing.peers", "");
    Path p = prop.isBlank() ? Path.of("") : Path.of(prop, sub);
    assumeTrue(!prop.isBlank() && Files.exists(p), "peer data not found: -Dlashing.peers=PATH");
    return p;
  }

  /** Every version a PyPA advisory lists explicitly lies inside the ranges Lashing computes. */
  @Test
  void pypaExplicitVersionsLieInsideTheComputedRanges() throws IOException {
    Path dir = peers("02-vulndata/osv-pypa/vulns");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    long total = 0;
    long inside = 0;
    long records = 0;
    long gitOnly = 0;
    List<String> outside = new ArrayList<>();
    for (Path f : files) {
      MemoryStore store = VulnStores.inMemory();
      TestRecords.loadFile(f, "osv-pypi", store);
      records++;
      for (String id : List.of(f.getFileName().toString().replace(".yaml", ""))) {
        for (Advisory a : store.byId(id)) {
          for (AffectedPackage ap : a.affected()) {
            List<OsvRange> ranges = ap.ranges().stream().filter(OsvRange::isEvaluable).toList();
            if (ranges.isEmpty()) {
              gitOnly += ap.versions().size();
              continue;
            }
            for (String v : ap.versions()) {
              total++;
              if (ranges.stream().anyMatch(r -> r.affects(v))) {
                inside++;
              } else if (outside.size() < 20) {
                outside.add(a.id() + " " + ap.name() + " " + v);
              }
            }
          }
        }
      }
    }
    double pct = 100.0 * inside / Math.max(1, total);
    System.out.printf(
        "PyPA: %d records, %d listed versions with ECOSYSTEM ranges, %d inside (%.3f %%), %d"
            + " listed under GIT-only ranges; first outside: %s%n",
        records, total, inside, pct, gitOnly, outside);
    assertThat(records).isGreaterThan(2000);
    assertThat(pct).isGreaterThanOrEqualTo(99.9);
  }

  /** log4j-core 2.14.1 matches every GHSA record naming log4j-core; 2.17.1 matches none. */
  @Test
  void log4jCoreAgainstTheSelectedGhsaRecords() throws IOException {
    Path dir = peers("02-vulndata/ghsa-selected/advisories");
    MemoryStore store = VulnStores.inMemory();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> p.toString().endsWith(".json"))
          .forEach(p -> TestRecords.loadFile(p, "osv-maven", store));
    }
    Set<String> naming = new TreeSet<>();
    for (Advisory a : store.advisoriesFor("Maven", "org.apache.logging.log4j:log4j-core")) {
      naming.addAll(a.cveIds());
    }
    Set<String> at2141 = ids(store, "2.14.1");
    System.out.printf(
        "log4j-core: records name %s; 2.14.1 matches %s; 2.17.1 matches %s%n",
        naming, at2141, ids(store, "2.17.1"));
    assertThat(at2141).containsAll(Set.of("CVE-2021-44228", "CVE-2021-45046")).isEqualTo(naming);
    assertThat(ids(store, "2.17.1")).isEmpty();
  }

  static Set<String> ids(MemoryStore store, String version) throws IOException {
    Package p =
        TestPackages.pkg(
            PackageType.MAVEN,
            "org.apache.logging.log4j",
            "log4j-core",
            version,
            "pkg:maven/org.apache.logging.log4j/log4j-core@" + version,
            null,
            null);
    try {
      Set<String> ids = new TreeSet<>();
      Matching.run(List.of(p), null, store, Matchers.defaults()).forEach(f -> ids.add(f.id()));
      return ids;
    } catch (dev.lashing.vulndb.VulnDataException e) {
      throw new IOException(e);
    }
  }

  /**
   * The real Alpine 3.10 image against the real secdb v3.10 yields exactly the (package, CVE) pairs
   * whose installed version is below the origin's fixed version.
   */
  @Test
  void alpine310ImageAgainstSecdbV310() throws Exception {
    Path image = peers("08-images/trivy-fixtures/pkg/fanal/test/testdata/alpine-310.tar.gz");
    Path secdb = peers("02-vulndata/alpine-secdb/v3.10");
    MemoryStore store = VulnStores.inMemory();
    SecdbRecords.read(secdb.resolve("main.yaml"), store);
    SecdbRecords.read(secdb.resolve("community.yaml"), store);
    Sbom sbom =
        SbomScanner.scan(
            "docker-archive:" + image,
            ImageOptions.defaults(),
            Catalogers.defaults(),
            true,
            w -> {},
            dev.lashing.sbom.ScanProgress.NONE);
    StoreProvider provider = () -> new StoreProvider.Opened(store, "secdb v3.10", false);
    ScanResult r =
        ScanPipeline.scan(
            sbom,
            provider,
            new ScanPipeline.Options(
                Matchers.defaults(),
                ScanFilter.NONE,
                List.of(),
                List.of(),
                java.time.LocalDate.now()),
            dev.lashing.sbom.ScanProgress.NONE,
            x -> {});
    Set<String> got = new TreeSet<>();
    r.findings().forEach(f -> got.add(f.pkg().name() + " " + f.id()));

    // Expected, computed directly from the YAML: origin's secfix above the installed version.
    Set<String> expected = new TreeSet<>();
    Set<String> considered = new TreeSet<>();
    com.fasterxml.jackson.databind.ObjectMapper yaml =
        new com.fasterxml.jackson.databind.ObjectMapper(
            new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    for (String repo : List.of("main.yaml", "community.yaml")) {
      for (var pkgNode : yaml.readTree(secdb.resolve(repo).toFile()).path("packages")) {
        String origin = pkgNode.path("pkg").path("name").asText();
        for (Package p : sbom.packages()) {
          String o = p.sourceName() != null ? p.sourceName() : p.name();
          if (!o.equals(origin)) {
            continue;
          }
          pkgNode
              .path("pkg")
              .path("secfixes")
              .fields()
              .forEachRemaining(
                  fix -> {
                    fix.getValue().forEach(id -> considered.add(p.name() + " " + id.asText()));
                    if (!fix.getKey().equals("0")
                        && Versions.compare("Alpine", p.version(), fix.getKey()) < 0) {
                      for (var id : fix.getValue()) {
                        for (String cve : id.asText().split("\\s+")) {
                          if (cve.startsWith("CVE-")) {
                            expected.add(p.name() + " " + cve);
                          }
                        }
                      }
                    }
                  });
        }
      }
    }
    System.out.printf(
        "Alpine 3.10 image (%d packages) vs secdb v3.10: %d (package, CVE) pairs whose origin has"
            + " a secfix, %d expected (installed < fixed), %d found, %s%n",
        sbom.packages().size(),
        considered.size(),
        expected.size(),
        got.size(),
        got.equals(expected) ? "identical" : "DIFFERENT");
    assertThat(got).isEqualTo(expected);
    assertThat(considered).isNotEmpty(); // the image's origins are in the feed and were compared
  }
}
