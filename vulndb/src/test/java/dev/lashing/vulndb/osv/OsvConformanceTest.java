package dev.lashing.vulndb.osv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lashing.model.vuln.Advisory;
import dev.lashing.vulndb.VulnSources;
import dev.lashing.vulndb.VulnStore;
import dev.lashing.vulndb.VulnStores;
import dev.lashing.vulndb.fetch.Importer;
import dev.lashing.vulndb.fetch.SourceResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opt-in ({@code -Pconformance}; the peers folder from {@code lashing.peers}): imports every OSV
 * record of {@code 02-vulndata} (Go vulndb JSON, PyPA YAML, the selected GHSA records) into a
 * store, validating each against the OSV schema, and reports per folder how many were parsed,
 * rejected by the schema and withdrawn; then runs the OSV linter's test records through the same
 * reader. Fails if a reader throws, if more than 1 % of a folder is rejected, or if the stored
 * Log4Shell records do not give log4j-core 2.14.1 affected and 2.17.1 not.
 */
class OsvConformanceTest {

  @TempDir Path tmp;

  private static Path peers() {
    String peers = System.getProperty("lashing.peers", "");
    assumeTrue(
        Boolean.getBoolean("lashing.conformance"), "opt-in: run with -Pconformance to enable");
    Path root = Path.of(peers.isBlank() ? "-" : peers, "02-vulndata");
    assumeTrue(Files.isDirectory(root), "no peer vulnerability data at " + root);
    return root;
  }

  @Test
  void everySharedOsvRecordImportsAndValidates() throws Exception {
    Path root = peers();
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> s = Files.list(root)) {
      s.filter(Files::isDirectory)
          .filter(p -> p.getFileName().toString().startsWith("osv-"))
          .filter(p -> !p.getFileName().toString().equals("osv-schema")) // schema, linter cases
          .sorted()
          .forEach(dirs::add);
    }
    Path ghsa = root.resolve("ghsa-selected");
    if (Files.isDirectory(ghsa)) {
      dirs.add(ghsa);
    }
    Path db = tmp.resolve("vuln.db");
    List<String> warnings = new ArrayList<>();
    List<SourceResult> results =
        Importer.create(VulnSources.defaults(), warnings::add).importPaths(db, dirs, null);
    StringBuilder report = new StringBuilder("OSV peer data through the schema and the store\n");
    for (SourceResult r : results) {
      long parsed = r.counts().read();
      long invalid = r.counts().skipped();
      report.append(
          "%-60s parsed %5d  invalid %3d  withdrawn %3d%n"
              .formatted(r.source(), parsed, invalid, r.counts().withdrawn()));
      assertThat(invalid).as(r.source()).isLessThanOrEqualTo(Math.max(1, (parsed + invalid) / 100));
      assertThat(parsed).as(r.source()).isPositive();
    }
    warnings.forEach(w -> report.append("  ").append(w).append('\n'));
    System.out.print(report);
    try (VulnStore store = VulnStores.open(db)) {
      List<Advisory> log4j = store.advisoriesFor("Maven", "org.apache.logging.log4j:log4j-core");
      List<String> hits214 = affecting(log4j, "2.14.1");
      assertThat(hits214).contains("GHSA-jfh8-c2jp-5v3q", "GHSA-7rjr-3q55-vv33");
      assertThat(affecting(log4j, "2.17.1")).isEmpty();
    }
  }

  private static List<String> affecting(List<Advisory> advisories, String version) {
    return advisories.stream()
        .filter(
            a ->
                a.affected().stream()
                    .filter(p -> p.name().equals("org.apache.logging.log4j:log4j-core"))
                    .anyMatch(p -> p.osv().affects(version)))
        .map(Advisory::id)
        .toList();
  }

  @Test
  void osvLinterAndConverterTestRecords() throws Exception {
    Path schema = peers().resolve("osv-schema/tools");
    assumeTrue(Files.isDirectory(schema), "no osv-schema tools test data");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(schema)) {
      s.filter(Files::isRegularFile)
          .filter(
              p ->
                  p.toString().contains("/osv-linter/testdata/")
                      || p.toString().endsWith(".osv.json")
                      || p.toString().contains("/redhat/testdata/OSV/"))
          .sorted()
          .forEach(files::add);
    }
    StringBuilder report = new StringBuilder("OSV schema tool test records\n");
    int valid = 0;
    for (Path f : files) {
      Fixtures.Collect sink = new Fixtures.Collect();
      try (InputStream in = Files.newInputStream(f)) {
        OsvReader.readRecord(in, f.toString(), false, r -> "osv", sink);
      }
      boolean ok = sink.warnings.isEmpty();
      valid += ok ? 1 : 0;
      report.append(ok ? "valid    " : "invalid  ").append(schema.relativize(f));
      sink.warnings.forEach(w -> report.append("  (").append(w.replace(f + ": ", "")).append(')'));
      report.append('\n');
      String name = f.getFileName().toString();
      boolean lintBad =
          name.startsWith("nointroduced-")
              || name.startsWith("nondistinct-")
              || name.startsWith("nopackage-");
      if (f.toString().contains("/osv-linter/") && !lintBad) {
        assertThat(ok).as("linter's good record " + name + ": " + sink.warnings).isTrue();
      }
    }
    report.append(valid).append(" of ").append(files.size()).append(" schema-valid\n");
    System.out.print(report);
    assertThat(files).isNotEmpty();
  }
}
