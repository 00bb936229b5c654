package dev.lashing.vulndb.epss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.model.vuln.Epss;
import dev.lashing.vulndb.MemoryStore;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnStores;
import dev.lashing.vulndb.support.Feeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class EpssSourceTest {

  @Test
  void readsScoresWithTheModelDate() throws Exception {
    MemoryStore store = Feeds.load(FirstEpss.source(), "/vulndb/epss/example-1.csv");
    Epss e = store.epss("CVE-1999-0005").orElseThrow();
    assertThat(e.score()).isEqualTo(0.91963);
    assertThat(e.percentile()).isEqualTo(0.99214);
    assertThat(e.date()).isEqualTo(LocalDate.of(2025, 2, 20));
    assertThat(store.epss("CVE-1999-0001")).isPresent();
  }

  @Test
  void readsTheGzippedFileAsServed() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (InputStream in = getClass().getResourceAsStream("/vulndb/epss/example-1.csv");
        GZIPOutputStream out = new GZIPOutputStream(gz)) {
      in.transferTo(out);
    }
    MemoryStore store = VulnStores.inMemory();
    FirstEpss.source()
        .read(
            FirstEpss.CURRENT,
            FirstEpss.CURRENT.url(),
            new ByteArrayInputStream(gz.toByteArray()),
            store);
    assertThat(store.epss("CVE-1999-0003").orElseThrow().score()).isEqualTo(0.04409);
  }

  @Test
  void badFilesAreRejectedWithTheLine() {
    assertThatThrownBy(() -> Feeds.load(FirstEpss.source(), "/vulndb/epss/invalid-header.csv"))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("line 2: expected the header 'cve,epss,percentile'");
    assertThatThrownBy(() -> Feeds.load(FirstEpss.source(), "/vulndb/epss/missing-date.csv"))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("line 1: no score_date");
    assertThatThrownBy(
            () ->
                Feeds.string(
                    FirstEpss.source(),
                    "#model_version:v1,score_date:2025-01-01T00:00:00+0000\n"
                        + "cve,epss,percentile\nCVE-2024-0001,1.5,0.2\n"))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("epss feed current (file:x) line 3: epss is not a number");
    assertThatThrownBy(
            () ->
                FirstEpss.source()
                    .read(
                        FirstEpss.CURRENT,
                        URI.create("file:x"),
                        new ByteArrayInputStream(new byte[] {0x1f, (byte) 0x8b, 8, 0}),
                        VulnStores.inMemory()))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("broken gzip");
  }
}
