package dev.lashing.vulndb.kev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.model.vuln.Kev;
import dev.lashing.vulndb.MemoryStore;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.support.Feeds;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KevSourceTest {

  @Test
  void readsEveryCatalogEntry() throws Exception {
    assertThat(CisaKev.source().feeds().getFirst().url().toString())
        .isEqualTo(
            "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json");
    MemoryStore store = Feeds.load(CisaKev.source(), "/vulndb/kev/valid-catalog-1.json");
    Kev kev = store.kev("CVE-2025-0108").orElseThrow();
    assertThat(kev.dateAdded()).isEqualTo(LocalDate.of(2025, 2, 18));
    assertThat(kev.dueDate()).isEqualTo(LocalDate.of(2025, 3, 11));
    assertThat(kev.vendorProject()).isEqualTo("Palo Alto Networks");
    assertThat(kev.product()).isEqualTo("PAN-OS");
    assertThat(kev.knownRansomware()).isFalse();
    assertThat(store.kev("CVE-2024-53704")).isPresent();
    assertThat(store.kev("CVE-2024-57727")).isPresent();
  }

  @Test
  void badEntriesNameTheirPosition() {
    assertThatThrownBy(
            () ->
                Feeds.string(
                    CisaKev.source(),
                    "{\"vulnerabilities\": [{\"cveID\": \"CVE-2024-0001\", \"dateAdded\": \"soon\"}]}"))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("kev feed catalog (file:x) vulnerabilities[0]")
        .hasMessageContaining("dateAdded is not a date");
    assertThatThrownBy(() -> Feeds.string(CisaKev.source(), "{\"title\": 1}"))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("no vulnerabilities array");
  }
}
