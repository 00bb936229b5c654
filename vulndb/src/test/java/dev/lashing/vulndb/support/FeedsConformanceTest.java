package dev.lashing.vulndb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.MemoryStore;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.VulnStores;
import dev.lashing.vulndb.alpine.AlpineSecdb;
import dev.lashing.vulndb.debian.DebianTracker;
import dev.lashing.vulndb.epss.FirstEpss;
import dev.lashing.vulndb.kev.CisaKev;
import dev.lashing.vulndb.nvd.NvdApi;
import dev.lashing.vulndb.redhat.RedHatCsaf;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Opt-in ({@code -Pconformance -Dlashing.peers=PATH}): parses every Alpine secdb file v3.3–v3.11,
 * the CISA KEV catalog, and every vunnel fixture of the six non-OSV sources, and reports the record
 * counts. Real feed files must parse; the fixtures vunnel itself marks as invalid ({@code
 * invalid-header.csv}, {@code missing-date.csv}) must fail with a one-line message.
 */
class FeedsConformanceTest {

  private record Case(VulnSource source, Path file, boolean valid) {}

  @Test
  void everyPeerFeedFileParses() throws Exception {
    String peers = System.getProperty("lashing.peers");
    assumeTrue(peers != null && !peers.isBlank(), "lashing.peers not set");
    Path data = Path.of(peers, "02-vulndata");
    assumeTrue(Files.isDirectory(data), "no peer suite at " + data);
    Path vunnel = data.resolve("vunnel-provider-fixtures/tests/unit/providers");
    List<Case> cases = new ArrayList<>();
    cases.addAll(files(AlpineSecdb.source(), data.resolve("alpine-secdb"), ".yaml"));
    cases.addAll(
        files(AlpineSecdb.source(), vunnel.resolve("alpine/test-fixtures/input"), ".yaml"));
    cases.add(
        new Case(
            CisaKev.source(), data.resolve("cisa-kev/known_exploited_vulnerabilities.json"), true));
    cases.add(
        new Case(
            DebianTracker.source(),
            vunnel.resolve("debian/test-fixtures/input/debian.json"),
            true));
    cases.addAll(
        files(RedHatCsaf.source(), vunnel.resolve("rhel/test-fixtures/csaf/advisories"), ".json"));
    cases.addAll(
        files(RedHatCsaf.source(), vunnel.resolve("rhel/test-fixtures/csaf/server"), ".json"));
    cases.add(new Case(NvdApi.source(), vunnel.resolve("nvd/test-fixtures/full-page.json"), true));
    cases.add(
        new Case(NvdApi.source(), vunnel.resolve("nvd/test-fixtures/single-entry.json"), true));
    cases.add(
        new Case(CisaKev.source(), vunnel.resolve("kev/test-fixtures/valid-catalog-1.json"), true));
    for (Path csv : list(vunnel.resolve("epss/test-fixtures"), ".csv")) {
      String n = csv.getFileName().toString();
      cases.add(
          new Case(FirstEpss.source(), csv, !n.startsWith("invalid") && !n.startsWith("missing")));
    }
    List<String> report = new ArrayList<>();
    long total = 0;
    for (Case c : cases) {
      MemoryStore store = VulnStores.inMemory();
      CountingSink sink = new CountingSink(store);
      Feed feed = c.source().feeds().getFirst();
      String outcome;
      try (InputStream in = Files.newInputStream(c.file())) {
        c.source().read(feed, c.file().toUri(), in, sink);
        assertThat(c.valid()).as("%s should have been rejected", c.file()).isTrue();
        outcome = sink.advisories + " advisories " + sink.kevs + " kev " + sink.epss + " epss";
        total += sink.advisories + sink.kevs + sink.epss;
      } catch (VulnDataException e) {
        assertThat(c.valid()).as("%s: %s", c.file(), e.getMessage()).isFalse();
        assertThat(e.getMessage()).doesNotContain("\n");
        outcome = "rejected: " + e.getMessage();
      }
      report.add(
          String.format("%-7s %s  %s", c.source().name(), data.relativize(c.file()), outcome));
    }
    System.out.println(String.join("\n", report));
    System.out.println(cases.size() + " files, " + total + " records");
    assertThat(cases).hasSizeGreaterThan(25);
  }

  private static List<Case> files(VulnSource source, Path dir, String suffix) throws Exception {
    return list(dir, suffix).stream().map(p -> new Case(source, p, true)).toList();
  }

  private static List<Path> list(Path dir, String suffix) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    }
  }

  /** Counts what a source writes, then passes it on. */
  private static final class CountingSink implements dev.lashing.vulndb.RecordSink {
    private final MemoryStore store;
    long advisories;
    long kevs;
    long epss;

    CountingSink(MemoryStore store) {
      this.store = store;
    }

    @Override
    public void advisory(dev.lashing.model.vuln.Advisory advisory) {
      advisories++;
      store.advisory(advisory);
    }

    @Override
    public void kev(dev.lashing.model.vuln.Kev kev) {
      kevs++;
      store.kev(kev);
    }

    @Override
    public void epss(dev.lashing.model.vuln.Epss e) {
      epss++;
      store.epss(e);
    }
  }
}
