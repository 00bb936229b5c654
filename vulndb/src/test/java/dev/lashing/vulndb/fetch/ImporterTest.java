package dev.lashing.vulndb.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.model.vuln.Kev;
import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.SourceInfo;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.VulnSources;
import dev.lashing.vulndb.VulnStore;
import dev.lashing.vulndb.VulnStores;
import dev.lashing.vulndb.osv.Fixtures;
import dev.lashing.vulndb.store.LocalStore;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();

  private Path db() {
    return dir.resolve("vuln.db");
  }

  /** A registered-source stand-in with a real file name: one CVE per line. */
  static final class LinesSource implements VulnSource {
    @Override
    public String name() {
      return "lines";
    }

    @Override
    public String description() {
      return "one CVE per line";
    }

    @Override
    public List<Feed> feeds() {
      return List.of(new Feed("catalog", URI.create("https://example.org/data/cves.txt")));
    }

    @Override
    public @Nullable URI read(Feed feed, URI from, InputStream in, RecordSink sink)
        throws java.io.IOException {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        sink.kev(new Kev(line, LocalDate.parse("2024-01-01"), null, false, "v", "p", "a"));
      }
      return null;
    }
  }

  @Test
  void osvDirectoryRoutesRecordsByEcosystemAndCountsSkips() throws Exception {
    List<SourceResult> r =
        Importer.create(VulnSources.defaults(), log::add)
            .importPaths(db(), List.of(Fixtures.dir()), null);
    assertThat(r.getFirst().counts().read()).isEqualTo(6);
    assertThat(r.getFirst().counts().skipped()).isEqualTo(1);
    assertThat(r.getFirst().counts().withdrawn()).isEqualTo(1);
    assertThat(log).anyMatch(l -> l.startsWith("warning: ") && l.contains("PYSEC-2021-371"));
    try (VulnStore s = VulnStores.open(db())) {
      assertThat(s.sources())
          .extracting(SourceInfo::name)
          .containsExactly("osv-go", "osv-maven", "osv-pypi", "osv-ubuntu");
      assertThat(s.sources().getFirst().url()).startsWith("file:/");
      assertThat(s.advisoriesFor("Ubuntu:Pro:16.04:LTS", "Wayland")).hasSize(1);
    }
    // Importing the same again rewrites nothing.
    List<SourceResult> again =
        Importer.create(VulnSources.defaults(), log::add)
            .importPaths(db(), List.of(Fixtures.dir()), null);
    assertThat(again.getFirst().counts().written()).isZero();
    assertThat(again.getFirst().counts().unchanged()).isEqualTo(6);
  }

  @Test
  void zipAndNamedOsvSource() throws Exception {
    Path zip = dir.resolve("all.zip");
    Files.write(zip, Fixtures.zip(Fixtures.entries("GO-2020-0001.json")));
    Importer.create(VulnSources.defaults(), log::add).importPaths(db(), List.of(zip), "osv-mirror");
    try (VulnStore s = VulnStores.open(db())) {
      assertThat(s.byId("GO-2020-0001").getFirst().source()).isEqualTo("osv-mirror");
    }
  }

  @Test
  void feedFilesByNameOrSourceGzipIncluded() throws Exception {
    List<VulnSource> registry = List.of(new LinesSource());
    Path plain = dir.resolve("cves.txt");
    Files.writeString(plain, "CVE-1\nCVE-2\n");
    Importer.create(registry, log::add).importPaths(db(), List.of(plain), null);
    Path gz = dir.resolve("other-name.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write("CVE-3\n".getBytes(StandardCharsets.UTF_8));
    }
    Importer.create(registry, log::add).importPaths(db(), List.of(gz), "lines");
    try (VulnStore s = VulnStores.open(db())) {
      assertThat(s.kev("CVE-1")).isPresent();
      assertThat(s.kev("CVE-3")).isPresent();
      assertThat(s.sources()).extracting(SourceInfo::records).containsExactly(3L);
    }
    Path unknown = dir.resolve("what.csv");
    Files.writeString(unknown, "a,b\n");
    assertThatThrownBy(
            () -> Importer.create(registry, log::add).importPaths(db(), List.of(unknown), null))
        .isInstanceOf(VulnDataException.class)
        .hasMessage(
            unknown
                + ": cannot tell which source this file belongs to; give --source NAME (one of"
                + " lines)");
    assertThatThrownBy(
            () ->
                Importer.create(registry, log::add)
                    .importPaths(db(), List.of(dir.resolve("nope")), null))
        .hasMessageEndingWith("nope: no such file or directory");
  }

  @Test
  void anExportedStoreReplacesTheStore() throws Exception {
    Importer.create(VulnSources.defaults(), log::add)
        .importPaths(db(), List.of(Fixtures.file("GO-2020-0001.json")), null);
    Path copy = dir.resolve("carry.db");
    LocalStore.export(db(), copy);
    Path target = dir.resolve("airgap/vuln.db");
    Importer.create(VulnSources.defaults(), log::add).importPaths(target, List.of(copy), null);
    try (VulnStore s = VulnStores.open(target)) {
      assertThat(s.byId("CVE-2020-36567")).hasSize(1);
    }
  }
}
