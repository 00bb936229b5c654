package dev.lashing.vulndb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.model.vuln.Epss;
import dev.lashing.model.vuln.Kev;
import dev.lashing.vulndb.PackageKey;
import dev.lashing.vulndb.RecordSink;
import dev.lashing.vulndb.SourceInfo;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnStore;
import dev.lashing.vulndb.VulnStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {

  @TempDir Path dir;

  private Path db() {
    return dir.resolve("db/vuln.db");
  }

  private FeedCounts write(String source, String feed, boolean full, List<Advisory> records)
      throws Exception {
    try (StoreUpdate u = StoreUpdate.begin(db(), w -> {})) {
      RecordSink sink = u.beginFeed(source, feed);
      records.forEach(sink::advisory);
      FeedCounts c = u.endFeed(full);
      u.recordFeed(source, feed, "https://example.org/" + feed, "\"etag-1\"", null);
      u.recordSource(source, "https://example.org/" + feed, "\"etag-1\"", null);
      u.commit();
      return c;
    }
  }

  private static List<Advisory> pypi(int n) {
    List<Advisory> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Records.advisory("osv-pypi", "PYSEC-" + i, "PyPI", "Pkg_" + (i % 3), "1." + i));
    }
    return out;
  }

  @Test
  void recordsRoundTripExactly() throws Exception {
    Advisory a = Records.advisory("osv-maven", "GHSA-1", "Maven", "g:a", "2.0", "CVE-2024-1");
    assertThat(AdvisoryCodec.decode(AdvisoryCodec.encode(a))).isEqualTo(a);
    Advisory withdrawn =
        new Advisory(
            "X-1",
            "debian",
            List.of(),
            null,
            null,
            null,
            null,
            Instant.parse("2025-01-01T00:00:00Z"),
            List.of(),
            null,
            List.of(),
            List.of(),
            List.of(
                new AffectedPackage(
                    "Debian:12",
                    "openssl",
                    AffectedStatus.NOT_AFFECTED,
                    List.of(),
                    List.of(),
                    "low",
                    "not built"),
                new AffectedPackage(
                    "Go",
                    "example.com/m",
                    AffectedStatus.AFFECTED,
                    List.of(
                        new OsvRange(
                            "Go",
                            OsvRange.Type.GIT,
                            List.of(
                                new OsvEvent.Introduced("0"),
                                new OsvEvent.LastAffected("abc"),
                                new OsvEvent.Limit("def")))),
                    List.of("1.0.0"),
                    null,
                    null)),
            Map.of());
    assertThat(AdvisoryCodec.decode(AdvisoryCodec.encode(withdrawn))).isEqualTo(withdrawn);
  }

  @Test
  void lookupsByPackageBatchAliasKevAndEpss() throws Exception {
    List<Advisory> records = new ArrayList<>(pypi(6));
    records.add(Records.advisory("osv-maven", "GHSA-x", "Maven", "org.a:b", "2.0", "CVE-2021-1"));
    write("osv-pypi", "all", true, records);
    try (StoreUpdate u = StoreUpdate.begin(db(), w -> {})) {
      RecordSink kev = u.beginFeed("kev", "catalog");
      kev.kev(
          new Kev(
              "CVE-2021-1",
              LocalDate.parse("2021-12-10"),
              null,
              true,
              "Apache",
              "Log4j",
              "Apply updates"));
      u.endFeed(true);
      RecordSink epss = u.beginFeed("epss", "scores");
      epss.epss(new Epss("CVE-2021-1", 0.97, 0.999, LocalDate.parse("2025-01-01")));
      u.endFeed(true);
      u.recordSource("kev", "https://example.org/kev", null, null);
      u.commit();
    }
    try (VulnStore s = VulnStores.open(db())) {
      // PyPI names compare PEP 503-normalised: Pkg_0, pkg-0 and PKG.0 are one package.
      assertThat(s.advisoriesFor("PyPI", "pkg.0"))
          .extracting(Advisory::id)
          .containsExactly("PYSEC-0", "PYSEC-3");
      assertThat(s.advisoriesFor("PyPI", "nothing")).isEmpty();
      assertThat(s.advisoriesFor("Maven", "org.a:B")).isEmpty(); // Maven names are exact
      Map<PackageKey, List<Advisory>> batch =
          s.advisoriesFor(
              List.of(
                  new PackageKey("PyPI", "PKG-1"),
                  new PackageKey("Maven", "org.a:b"),
                  new PackageKey("npm", "left-pad"),
                  new PackageKey("PyPI", "pkg_1")));
      assertThat(batch.keySet()).hasSize(4);
      assertThat(batch.get(new PackageKey("PyPI", "PKG-1")))
          .extracting(Advisory::id)
          .containsExactly("PYSEC-1", "PYSEC-4");
      assertThat(batch.get(new PackageKey("PyPI", "pkg_1")))
          .isEqualTo(batch.get(new PackageKey("PyPI", "PKG-1")));
      assertThat(batch.get(new PackageKey("npm", "left-pad"))).isEmpty();
      Advisory ghsa = batch.get(new PackageKey("Maven", "org.a:b")).getFirst();
      assertThat(ghsa).isEqualTo(records.getLast());
      assertThat(s.byId("CVE-2021-1")).containsExactly(ghsa);
      assertThat(s.byId("GHSA-x")).containsExactly(ghsa);
      assertThat(s.kev("CVE-2021-1")).get().extracting(Kev::knownRansomware).isEqualTo(true);
      assertThat(s.kev("CVE-0")).isEmpty();
      assertThat(s.epss("CVE-2021-1")).get().extracting(Epss::percentile).isEqualTo(0.999);
      // Only recorded sources are listed (the helper records the feed's own source).
      assertThat(s.sources()).extracting(SourceInfo::name).containsExactly("kev", "osv-pypi");
      SourceInfo pypi = s.sources().get(1);
      assertThat(pypi.records()).isEqualTo(6);
      assertThat(pypi.etag()).isEqualTo("\"etag-1\"");
      assertThat(s.sources().get(0).records()).isEqualTo(1);
    }
    StoreInfo info = LocalStore.info(db());
    assertThat(info.schemaVersion()).isEqualTo(Schema.CURRENT);
    assertThat(info.advisories()).isEqualTo(7);
    assertThat(info.kev()).isEqualTo(1);
    assertThat(info.epss()).isEqualTo(1);
    assertThat(info.sizeBytes()).isPositive();
  }

  @Test
  void deltaRewritesOnlyChangedRecordsAndDeletesVanishedOnes() throws Exception {
    assertThat(write("osv-pypi", "all", true, pypi(5))).isEqualTo(new FeedCounts(5, 0, 0, 0, 0));
    assertThat(write("osv-pypi", "all", true, pypi(5))).isEqualTo(new FeedCounts(0, 5, 0, 0, 0));
    List<Advisory> next = new ArrayList<>(pypi(4)); // PYSEC-4 vanished
    next.set(1, Records.advisory("osv-pypi", "PYSEC-1", "PyPI", "other", "9.9"));
    assertThat(write("osv-pypi", "all", true, next)).isEqualTo(new FeedCounts(1, 3, 1, 0, 0));
    try (VulnStore s = VulnStores.open(db())) {
      assertThat(s.byId("PYSEC-4")).isEmpty();
      assertThat(s.advisoriesFor("PyPI", "pkg-1")).isEmpty(); // old index rows replaced
      assertThat(s.advisoriesFor("PyPI", "other"))
          .extracting(Advisory::id)
          .containsExactly("PYSEC-1");
      assertThat(s.sources().getFirst().records()).isEqualTo(4);
    }
    // A partial (not full-export) feed never deletes.
    assertThat(write("osv-pypi", "all", false, pypi(1)))
        .extracting(FeedCounts::deleted)
        .isEqualTo(0L);
  }

  @Test
  void readersKeepTheOldFileAndAnAbandonedUpdateChangesNothing() throws Exception {
    write("osv-pypi", "all", true, pypi(2));
    byte[] before = Files.readAllBytes(db());
    try (VulnStore old = VulnStores.open(db())) {
      try (StoreUpdate u = StoreUpdate.begin(db(), w -> {})) {
        u.beginFeed("osv-pypi", "all")
            .advisory(Records.advisory("osv-pypi", "PYSEC-9", "PyPI", "pkg-0", "1"));
        u.endFeed(false);
        // closed without commit
      }
      assertThat(Files.readAllBytes(db())).isEqualTo(before);
      assertThat(Files.list(db().getParent()).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("vuln.db", "vuln.db.lock");
      write("osv-pypi", "all", true, pypi(1));
      // The reader opened before the update still sees the file it opened.
      assertThat(old.byId("PYSEC-1")).hasSize(1);
    }
    try (VulnStore fresh = VulnStores.open(db())) {
      assertThat(fresh.byId("PYSEC-1")).isEmpty();
    }
  }

  @Test
  void oneUpdateAtATime() throws Exception {
    try (StoreUpdate u = StoreUpdate.begin(db(), w -> {})) {
      assertThatThrownBy(() -> StoreUpdate.begin(db(), w -> {}))
          .isInstanceOf(VulnDataException.class)
          .hasMessageContaining("another 'lashing db update'");
    }
  }

  @Test
  void newerSchemaIsRefusedWithAClearLine() throws Exception {
    write("osv-pypi", "all", true, pypi(1));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
        Statement s = c.createStatement()) {
      s.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    }
    assertThatThrownBy(() -> VulnStores.open(db()))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("schema version 99 is newer than this Lashing supports (1)");
    assertThatThrownBy(() -> StoreUpdate.begin(db(), w -> {}))
        .hasMessageContaining("schema version 99 is newer");
  }

  @Test
  void missingOrForeignFilesAreNamed() throws Exception {
    assertThatThrownBy(() -> VulnStores.open(dir.resolve("none.db")))
        .hasMessageContaining("none.db: no vulnerability database here; run 'lashing db update'");
    Path text = dir.resolve("text.db");
    Files.writeString(text, "hello");
    assertThatThrownBy(() -> VulnStores.open(text))
        .hasMessageContaining("text.db: not a readable vulnerability database");
    Path empty = dir.resolve("empty.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + empty);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (x)");
    }
    assertThatThrownBy(() -> VulnStores.open(empty))
        .hasMessageContaining("not a Lashing vulnerability database");
  }

  @Test
  void exportIsAReadableSnapshotThatImportInstalls() throws Exception {
    write("osv-pypi", "all", true, pypi(3));
    Path copy = dir.resolve("copy.db");
    LocalStore.export(db(), copy);
    assertThat(LocalStore.isSqliteFile(copy)).isTrue();
    Path other = dir.resolve("other/vuln.db");
    LocalStore.replaceWith(other, copy);
    try (VulnStore s = VulnStores.open(other)) {
      assertThat(s.byId("PYSEC-2")).hasSize(1);
    }
    assertThatThrownBy(() -> LocalStore.export(db(), dir.resolve("no/such/dir/x.db")))
        .hasMessageContaining("does not exist");
  }

  @Test
  void defaultPathFollowsXdg() {
    assertThat(LocalStore.defaultPath(Map.of("XDG_CACHE_HOME", "/c")))
        .isEqualTo(Path.of("/c/lashing/db/vuln.db"));
    assertThat(LocalStore.defaultPath(Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".cache/lashing/db/vuln.db"));
  }
}
