package dev.lashing.vulndb.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.vulndb.SourceInfo;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.VulnStore;
import dev.lashing.vulndb.VulnStores;
import dev.lashing.vulndb.osv.Fixtures;
import dev.lashing.vulndb.osv.OsvSources;
import dev.lashing.vulndb.store.FeedCounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real HTTP update code against a server on 127.0.0.1 shaped like osv.dev's bucket. */
class UpdaterTest {

  private static final String PATH = "/Maven/all.zip";
  private static final String LM1 = "Mon, 01 Sep 2025 10:00:00 GMT";

  @TempDir Path dir;
  private FeedServer server;
  private final List<String> log = new ArrayList<>();
  private final List<VulnSource> maven = List.of(OsvSources.forEcosystem("Maven"));

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer();
    server.put(PATH, v1(), "\"v1\"", LM1);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static byte[] v1() {
    return Fixtures.zip(Fixtures.entries("GHSA-jfh8-c2jp-5v3q.json", "GHSA-7rjr-3q55-vv33.json"));
  }

  /** The next export: Log4Shell's summary changed, CVE-2021-45046's record gone. */
  private static byte[] v2() {
    Map<String, byte[]> e = new LinkedHashMap<>(Fixtures.entries("GHSA-jfh8-c2jp-5v3q.json"));
    String changed =
        new String(e.get("GHSA-jfh8-c2jp-5v3q.json"), StandardCharsets.UTF_8)
            .replace("Remote code injection in Log4j", "Remote code injection in Apache Log4j");
    e.put("GHSA-jfh8-c2jp-5v3q.json", changed.getBytes(StandardCharsets.UTF_8));
    return Fixtures.zip(e);
  }

  private Path db() {
    return dir.resolve("cache/lashing/db/vuln.db");
  }

  private List<SourceResult> update(int retries) throws Exception {
    UpdateOptions options =
        UpdateOptions.defaults()
            .withMirror(server.base())
            .withRetries(retries, Duration.ofMillis(10))
            .withTimeout(Duration.ofSeconds(5));
    return Updater.create(options, log::add).update(db(), maven);
  }

  private List<String> filesInDbDir() throws Exception {
    try (Stream<Path> s = Files.list(db().getParent())) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void firstUpdateStoresThenAnUnchangedFeedIsNotRewritten() throws Exception {
    assertThat(update(0))
        .containsExactly(
            new SourceResult("osv-maven", "updated", new FeedCounts(2, 0, 0, 0, 0), null));
    try (VulnStore s = VulnStores.open(db())) {
      assertThat(s.advisoriesFor("Maven", "org.apache.logging.log4j:log4j-core")).hasSize(2);
      SourceInfo info = s.sources().getFirst();
      assertThat(info.name()).isEqualTo("osv-maven");
      assertThat(info.url()).isEqualTo(server.base() + PATH);
      assertThat(info.records()).isEqualTo(2);
      assertThat(info.etag()).isEqualTo("\"v1\"");
      assertThat(info.lastModified()).isEqualTo(LM1);
    }
    byte[] before = Files.readAllBytes(db());
    long mtime = Files.getLastModifiedTime(db()).toMillis();
    assertThat(update(0)).extracting(SourceResult::status).containsExactly("not-modified");
    assertThat(server.log.getLast()).contains("inm=\"v1\"").contains("ims=" + LM1);
    assertThat(Files.readAllBytes(db())).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(db()).toMillis()).isEqualTo(mtime);
    assertThat(log).contains("osv-maven/all: not modified");
  }

  @Test
  void aChangedExportIsAppliedAsADeltaOverGzip() throws Exception {
    update(0);
    server.mode = FeedServer.Mode.GZIP;
    server.put(PATH, v2(), "\"v2\"", "Tue, 02 Sep 2025 10:00:00 GMT");
    assertThat(update(0))
        .singleElement()
        .extracting(SourceResult::counts)
        .isEqualTo(new FeedCounts(1, 0, 1, 0, 0));
    try (VulnStore s = VulnStores.open(db())) {
      assertThat(s.byId("CVE-2021-44228").getFirst().summary())
          .isEqualTo("Remote code injection in Apache Log4j");
      assertThat(s.byId("CVE-2021-45046")).isEmpty();
      assertThat(s.sources().getFirst().etag()).isEqualTo("\"v2\"");
    }
  }

  @Test
  void aDownloadCutOffHalfWayLeavesTheStoreIntact() throws Exception {
    update(0);
    byte[] before = Files.readAllBytes(db());
    server.put(PATH, v2(), "\"v2\"", "Tue, 02 Sep 2025 10:00:00 GMT");
    server.mode = FeedServer.Mode.TRUNCATE;
    List<SourceResult> r = update(1);
    assertThat(r).singleElement().satisfies(x -> assertThat(x.failed()).isTrue());
    assertThat(r.getFirst().error()).contains("all: ").contains("(after 2 attempts)");
    assertThat(Files.readAllBytes(db())).isEqualTo(before);
    assertThat(filesInDbDir()).containsExactly("vuln.db", "vuln.db.lock");
    try (VulnStore s = VulnStores.open(db())) {
      assertThat(s.byId("CVE-2021-45046")).hasSize(1);
    }
  }

  @Test
  void notAZipIsRefusedAndChangesNothing() throws Exception {
    update(0);
    byte[] before = Files.readAllBytes(db());
    server.put(PATH, "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8), "\"x\"", LM1);
    List<SourceResult> r = update(0);
    assertThat(r.getFirst().error()).contains("Maven/all.zip: not a zip archive");
    assertThat(Files.readAllBytes(db())).isEqualTo(before);
  }

  @Test
  void serverErrorsAreRetriedWithBackoff() throws Exception {
    server.mode = FeedServer.Mode.FAIL_ONCE;
    assertThat(update(2)).extracting(SourceResult::status).containsExactly("updated");
    assertThat(server.log).hasSize(2);
    assertThat(log.getFirst()).contains("HTTP 503; retrying in 10 ms");
  }

  @Test
  void aMissingFeedFailsAtOnceNamingTheUrl() throws Exception {
    List<SourceResult> r =
        Updater.create(
                UpdateOptions.defaults()
                    .withMirror(server.base())
                    .withRetries(3, Duration.ofMillis(10)),
                log::add)
            .update(db(), List.of(OsvSources.forEcosystem("npm")));
    assertThat(r.getFirst().error())
        .isEqualTo("all: " + server.base() + "/npm/all.zip: HTTP 404 (expected 200)");
    assertThat(server.log).hasSize(1);
    assertThat(Files.exists(db())).isFalse();
  }

  @Test
  void mirrorKeepsThePath() {
    UpdateOptions o = UpdateOptions.defaults().withMirror(java.net.URI.create("http://m:1/osv/"));
    assertThat(o.resolve(OsvSources.forEcosystem("crates.io").feeds().getFirst().url()))
        .hasToString("http://m:1/osv/crates.io/all.zip");
    assertThat(UpdateOptions.defaults().resolve(java.net.URI.create("https://x/y?z=1")))
        .hasToString("https://x/y?z=1");
  }
}
