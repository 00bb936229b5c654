package dev.lashing.model.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lashing.model.version.PeerSuite.Check;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every suite of {@code peers/01-version-ordering} when the system property {@code
 * lashing.peers} names an existing peers folder (the parent POM passes it). Each suite reports
 * agreed/total and fails on any disagreement.
 */
class VersionConformanceTest {
  private static final String DIR = "01-version-ordering";

  private static final Map<String, String> SCALIBR =
      Map.ofEntries(
          Map.entry("alpine", "Alpine"),
          Map.entry("cran", "CRAN"),
          Map.entry("debian", "Debian"),
          Map.entry("hackage", "Hackage"),
          Map.entry("maven", "Maven"),
          Map.entry("nuget", "NuGet"),
          Map.entry("packagist", "Packagist"),
          Map.entry("pub", "Pub"),
          Map.entry("pypi", "PyPI"),
          Map.entry("redhat", "Red Hat"),
          Map.entry("rubygems", "RubyGems"),
          Map.entry("semver", "npm"));

  /**
   * Peer lines that contradict the real tool, each with the reason. They are still run: the test
   * fails if Lashing starts agreeing with them (then the entry must go) or if a line disappears.
   */
  static final Map<String, String> DOCUMENTED =
      Map.of(
          "maven-versions.txt:100",
          "osv-scalibr implements the POM reference's flat token algorithm, which trims the null"
              + " 'ga' before '-1'; Maven's ComparableVersion keeps the nested list:"
              + " maven-artifact 3.9.11 gives compare(1-1, 1-ga-1) > 0 (checked with the jar"
              + " from the Maven wrapper), and Lashing follows ComparableVersion.");

  static Path peers() {
    String prop = System.getProperty("lashing.peers", "");
    return prop.isBlank() ? Path.of("") : Path.of(prop, DIR);
  }

  @TestFactory
  Stream<DynamicTest> peerSuites() throws IOException {
    Path root = peers();
    if (!Files.isDirectory(root) || root.toString().isEmpty()) {
      String prop = System.getProperty("lashing.peers", "");
      return Stream.of(
          DynamicTest.dynamicTest(
              "peer suites",
              () ->
                  assumeTrue(
                      false,
                      "peer suites not found: run with -Dlashing.peers=<path to shared/peers>"
                          + " (lashing.peers was '"
                          + prop
                          + "')")));
    }
    List<DynamicTest> tests = new ArrayList<>();
    Path scalibr = root.resolve("osv-scalibr-semantic/semantic/testdata");
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(SCALIBR).entrySet()) {
      Path file = scalibr.resolve(e.getKey() + "-versions.txt");
      VersionScheme scheme = VersionSchemes.forEcosystem(e.getValue());
      tests.add(suite("osv-scalibr " + e.getKey(), PeerSuite.relationLines(file, scheme)));
    }
    tests.add(suite("dpkg vercmp", PeerSuites.dpkgVercmp(root.resolve("dpkg"))));
    tests.add(suite("dpkg parse", PeerSuites.dpkgParse(root.resolve("dpkg"))));
    tests.add(suite("rpm rpmvercmp", PeerSuites.rpm(root.resolve("rpm"))));
    tests.add(suite("apk-tools version.data", PeerSuites.apk(root.resolve("apk-tools"))));
    tests.add(
        suite(
            "maven ComparableVersion",
            PeerSuite.relationLines(
                root.resolve("maven/maven-comparableversion-cases.txt"), VersionSchemes.MAVEN)));
    for (Map.Entry<String, List<Check>> e :
        NodeSemverSuites.all(root.resolve("node-semver")).entrySet()) {
      tests.add(suite("node-semver " + e.getKey(), e.getValue()));
    }
    return tests.stream();
  }

  private static DynamicTest suite(String name, List<Check> checks) {
    return DynamicTest.dynamicTest(
        name,
        () -> {
          List<Check> documented =
              checks.stream().filter(c -> DOCUMENTED.containsKey(c.where())).toList();
          documented.forEach(
              c -> {
                System.out.println(
                    "[conformance]   DOCUMENTED "
                        + c.where()
                        + " "
                        + c.text()
                        + ": "
                        + DOCUMENTED.get(c.where()));
                assertThat(c.agrees())
                    .as("documented exception now agrees: " + c.where())
                    .isFalse();
              });
          List<Check> bad =
              checks.stream()
                  .filter(c -> !c.agrees() && !DOCUMENTED.containsKey(c.where()))
                  .toList();
          String summary =
              "%s: %d/%d agree, %d documented tool-vs-peer exceptions"
                  .formatted(
                      name,
                      checks.size() - bad.size() - documented.size(),
                      checks.size(),
                      documented.size());
          System.out.println("[conformance] " + summary);
          bad.forEach(
              c -> System.out.println("[conformance]   DISAGREE " + c.where() + " " + c.text()));
          assertThat(checks).isNotEmpty();
          assertThat(bad).as(summary).extracting(c -> c.where() + " " + c.text()).isEmpty();
        });
  }
}
