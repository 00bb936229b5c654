package dev.lashing.match.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreProvidersTest {

  @Test
  void bundledSnapshotHoldsTheAlpineAndLog4jRecordsAndTheirKevEntries() throws Exception {
    try (StoreProvider.Opened db = StoreProviders.bundled().open()) {
      assertThat(db.sample()).isTrue();
      assertThat(db.store().advisoriesFor("Alpine:v3.11", "openssl")).hasSize(7);
      assertThat(db.store().advisoriesFor("Maven", "org.apache.logging.log4j:log4j-core"))
          .extracting(a -> a.id() + " " + a.source() + " " + a.severity())
          .containsExactlyInAnyOrder(
              "GHSA-jfh8-c2jp-5v3q ghsa CRITICAL",
              "GHSA-7rjr-3q55-vv33 ghsa CRITICAL",
              "GHSA-p6xc-xr62-6r2g ghsa HIGH");
      assertThat(db.store().kev("CVE-2021-44228"))
          .get()
          .satisfies(k -> assertThat(k.dateAdded()).hasToString("2021-12-10"));
      assertThat(db.store().kev("CVE-2021-45046")).isPresent();
      assertThat(db.store().kev("CVE-2021-45105")).isEmpty();
      assertThat(db.description())
          .isEqualTo("bundled sample snapshot (14 Alpine 3.11 secdb records, 3 GitHub advisories)");
    }
  }

  @Test
  void osvDirectoryIsReadRecursively(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("maven"));
    try (var in = getClass().getResourceAsStream("/match/osv/GHSA-jfh8-c2jp-5v3q.json")) {
      Files.write(dir.resolve("maven/GHSA-jfh8-c2jp-5v3q.json"), in.readAllBytes());
    }
    try (StoreProvider.Opened db = StoreProviders.choose(dir).open()) {
      assertThat(db.sample()).isFalse();
      assertThat(db.store().byId("CVE-2021-44228")).hasSize(1);
    }
  }

  @Test
  void badInputFailsWithOneLineNamingTheFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"id\": \"X\", \"affected\": [");
    assertThatThrownBy(() -> StoreProviders.at(bad).open())
        .hasMessageStartingWith(bad + ": not valid JSON");
    Path noId = dir.resolve("noid.json");
    Files.writeString(noId, "[{\"summary\": \"x\"}]");
    assertThatThrownBy(() -> StoreProviders.at(noId).open())
        .hasMessage(noId + " record 0: OSV record without an id");
    Path badRange = dir.resolve("range.json");
    Files.writeString(
        badRange,
        "{\"id\":\"X-1\",\"affected\":[{\"package\":{\"ecosystem\":\"npm\",\"name\":\"a\"},"
            + "\"ranges\":[{\"type\":\"RANGE\",\"events\":[{\"introduced\":\"0\"}]}]}]}");
    assertThatThrownBy(() -> StoreProviders.at(badRange).open())
        .hasMessageStartingWith(badRange + " (X-1): unknown OSV range type 'RANGE'");
    assertThatThrownBy(() -> StoreProviders.at(dir.resolve("missing")).open())
        .hasMessageContaining("no vulnerability store there");
    Path sqlite = dir.resolve("store.db");
    Files.write(sqlite, "SQLite format 3\0rest".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> StoreProviders.at(sqlite).open())
        .isInstanceOf(dev.lashing.vulndb.VulnDataException.class);
  }

  @Test
  void opensTheStoreDatabaseThatDbImportWrites(@TempDir Path dir) throws Exception {
    Path record = dir.resolve("GHSA-test-0001.json");
    Files.writeString(
        record,
        "{\"schema_version\":\"1.6.0\",\"id\":\"GHSA-test-0001\","
            + "\"modified\":\"2021-12-10T00:00:00Z\",\"aliases\":[\"CVE-2099-0001\"],"
            + "\"affected\":[{\"package\":{\"ecosystem\":\"npm\",\"name\":\"left-pad\"},"
            + "\"ranges\":[{\"type\":\"SEMVER\",\"events\":[{\"introduced\":\"0\"},"
            + "{\"fixed\":\"1.3.0\"}]}]}]}");
    Path db = dir.resolve("vuln.db");
    dev.lashing.vulndb.fetch.Importer.create(dev.lashing.vulndb.VulnSources.defaults(), m -> {})
        .importPaths(db, java.util.List.of(record), null);

    try (StoreProvider.Opened opened = StoreProviders.choose(null, db).open()) {
      assertThat(opened.sample()).isFalse();
      assertThat(opened.store().advisoriesFor("npm", "left-pad"))
          .extracting(dev.lashing.model.vuln.Advisory::id)
          .containsExactly("GHSA-test-0001");
    }
    try (StoreProvider.Opened opened = StoreProviders.choose(null, dir.resolve("none")).open()) {
      assertThat(opened.sample()).isTrue();
    }
  }
}
