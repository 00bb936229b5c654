package dev.lashing.vulndb.nvd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.model.Severity;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.CvssScore;
import dev.lashing.vulndb.MemoryStore;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnStores;
import dev.lashing.vulndb.support.Feeds;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NvdSourceTest {

  @Test
  void aFullPageGivesOneEnrichmentAdvisoryPerCve() throws Exception {
    MemoryStore store = Feeds.load(NvdApi.source(), "/vulndb/nvd/full-page.json");
    assertThat(store.size()).isEqualTo(38);
    Advisory a = store.byId("CVE-2023-27314").getFirst();
    assertThat(a.source()).isEqualTo("nvd");
    assertThat(a.affected()).isEmpty();
    assertThat(a.details()).startsWith("ONTAP 9 versions prior to 9.8P19");
    assertThat(a.published()).isEqualTo(Instant.parse("2023-10-12T19:15:11.747Z"));
    assertThat(a.modified()).isEqualTo(Instant.parse("2023-10-18T18:00:24.900Z"));
    assertThat(a.withdrawn()).isNull();
    assertThat(a.cwes()).containsExactly("CWE-400");
    assertThat(a.severity()).isEqualTo("HIGH");
    assertThat(a.cvss())
        .first()
        .isEqualTo(
            new CvssScore(
                "3.1",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H",
                7.5,
                Severity.HIGH,
                "nvd@nist.gov"));
    assertThat(a.databaseSpecific())
        .containsEntry("cvss.3.1.nvd@nist.gov", "Primary")
        .containsEntry("cvss.3.1.security-alert@netapp.com", "Secondary")
        .containsEntry("vulnStatus", "Analyzed");
    assertThat(store.byId("CVE-2023-46009").getFirst().cvss()).isEmpty();
  }

  @Test
  void v2AndV31MetricsKeepTheirOwnScores() throws Exception {
    Advisory a =
        Feeds.load(NvdApi.source(), "/vulndb/nvd/single-entry.json")
            .byId("CVE-2022-1576")
            .getFirst();
    assertThat(a.cvss())
        .extracting(CvssScore::version, CvssScore::baseScore, CvssScore::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("3.1", 6.5, Severity.MEDIUM),
            org.assertj.core.groups.Tuple.tuple("2.0", 4.3, Severity.MEDIUM));
    assertThat(a.cwes()).containsExactly("CWE-352");
  }

  @Test
  void pagesUntilTotalResults() throws Exception {
    URI first = NvdApi.ALL.url();
    assertThat(first.toString())
        .isEqualTo(
            "https://services.nvd.nist.gov/rest/json/cves/2.0?resultsPerPage=2000&startIndex=0");
    String page =
        """
        {"resultsPerPage": 2000, "startIndex": 2000, "totalResults": 4500, "vulnerabilities": []}
        """;
    URI next =
        NvdApi.source()
            .read(
                NvdApi.ALL,
                NvdSource.withStartIndex(first, 2000),
                new java.io.ByteArrayInputStream(page.getBytes()),
                VulnStores.inMemory());
    assertThat(next.toString())
        .isEqualTo(
            "https://services.nvd.nist.gov/rest/json/cves/2.0?resultsPerPage=2000&startIndex=4000");
    String last = page.replace("\"startIndex\": 2000", "\"startIndex\": 4000");
    assertThat(
            NvdApi.source()
                .read(
                    NvdApi.ALL,
                    next,
                    new java.io.ByteArrayInputStream(last.getBytes()),
                    VulnStores.inMemory()))
        .isNull();
    // the fixture is one complete page
    assertThat(
            Feeds.read(
                NvdApi.source(),
                NvdApi.ALL,
                first,
                "/vulndb/nvd/full-page.json",
                VulnStores.inMemory()))
        .isNull();
  }

  @Test
  void incrementalWindowsAreAtMost120Days() {
    List<dev.lashing.vulndb.Feed> feeds =
        NvdApi.modifiedBetween(
            Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-07-01T00:00:00Z"));
    assertThat(feeds).hasSize(2);
    assertThat(feeds.getFirst().url().toString())
        .isEqualTo(
            "https://services.nvd.nist.gov/rest/json/cves/2.0?lastModStartDate=2024-01-01T00:00:00.000Z"
                + "&lastModEndDate=2024-04-30T00:00:00.000Z&resultsPerPage=2000&startIndex=0");
  }

  @Test
  void rejectedCvesAreWithdrawn() throws Exception {
    String page =
        """
        {"resultsPerPage": 1, "startIndex": 0, "totalResults": 1, "vulnerabilities": [
          {"cve": {"id": "CVE-2024-0001", "vulnStatus": "Rejected",
                   "published": "2024-01-01T00:00:00.000", "lastModified": "2024-02-01T00:00:00.000",
                   "descriptions": [{"lang": "en", "value": "** REJECT **"}]}}]}
        """;
    Advisory a = Feeds.string(NvdApi.source(), page).byId("CVE-2024-0001").getFirst();
    assertThat(a.withdrawn()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
  }

  @Test
  void malformedPagesNameThePosition() {
    assertThatThrownBy(
            () ->
                Feeds.string(
                    NvdApi.source(),
                    "{\"resultsPerPage\": 1, \"startIndex\": 0, \"totalResults\": 1,"
                        + " \"vulnerabilities\": [{\"cve\": {\"id\": \"nope\"}}]}"))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("nvd feed cves (file:x) vulnerabilities[0] at line 1")
        .hasMessageContaining("not a CVE id");
    assertThatThrownBy(() -> Feeds.string(NvdApi.source(), "{\"vulnerabilities\": []}"))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("not an API 2.0 page");
  }
}
