package dev.lashing.vulndb.redhat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.luben.zstd.ZstdOutputStream;
import dev.lashing.model.Severity;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.model.vuln.CvssScore;
import dev.lashing.vulndb.MemoryStore;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnStores;
import dev.lashing.vulndb.support.Feeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

class RedHatCsafSourceTest {

  @Test
  void theFeedStartsAtTheVexArchivePointer() throws Exception {
    assertThat(RedHatCsaf.source().feeds().getFirst().url())
        .isEqualTo(
            URI.create("https://security.access.redhat.com/data/csaf/v2/vex/archive_latest.txt"));
    URI next =
        RedHatCsaf.source()
            .read(
                RedHatCsaf.VEX,
                RedHatCsaf.VEX.url(),
                new ByteArrayInputStream("csaf_vex_2025-02-15.tar.zst\n".getBytes()),
                VulnStores.inMemory());
    assertThat(next)
        .isEqualTo(
            URI.create(
                "https://security.access.redhat.com/data/csaf/v2/vex/csaf_vex_2025-02-15.tar.zst"));
    assertThatThrownBy(
            () ->
                RedHatCsaf.source()
                    .read(
                        RedHatCsaf.VEX,
                        RedHatCsaf.VEX.url(),
                        new ByteArrayInputStream("../../etc/passwd".getBytes()),
                        VulnStores.inMemory()))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("line 1: expected an archive file name");
  }

  @Test
  void cpesBecomeEcosystemsAMatcherCanComputeFromOsRelease() {
    assertThat(RedHatCsaf.ecosystem("cpe:/o:redhat:enterprise_linux:9::baseos"))
        .isEqualTo("Red Hat:enterprise_linux:9");
    assertThat(RedHatCsaf.ecosystem("cpe:/a:redhat:enterprise_linux:8::appstream"))
        .isEqualTo("Red Hat:enterprise_linux:8");
    assertThat(RedHatCsaf.ecosystem("cpe:/o:redhat:enterprise_linux:9.2::baseos"))
        .isEqualTo("Red Hat:enterprise_linux:9");
    assertThat(RedHatCsaf.ecosystem("cpe:/o:redhat:rhel_eus:9.2::baseos"))
        .isEqualTo("Red Hat:rhel_eus:9.2");
    assertThat(RedHatCsaf.ecosystem("cpe:/o:redhat:rhel_els:6")).isEqualTo("Red Hat:rhel_els:6");
    assertThat(RedHatCsaf.ecosystem("cpe:/a:apache:httpd:2.4")).isNull();
  }

  @Test
  void anRhsaAdvisoryGivesFixedRpmsPerRelease() throws Exception {
    MemoryStore store = Feeds.load(RedHatCsaf.source(), "/vulndb/redhat/rhsa-2024_9371.json");
    Advisory a = store.byId("RHSA-2024:9371").getFirst();
    assertThat(a.source()).isEqualTo("redhat");
    assertThat(a.aliases()).containsExactly("CVE-2024-8088");
    assertThat(a.severity()).isEqualTo("Moderate");
    assertThat(a.cwes()).containsExactly("CWE-835");
    assertThat(a.cvss())
        .containsExactly(
            new CvssScore(
                "3.1",
                "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:N/I:N/A:H",
                5.3,
                Severity.MEDIUM,
                "redhat"));
    assertThat(a.summary())
        .isEqualTo(
            "python: cpython: Iterating over a malicious ZIP file may lead to Denial of Service");
    AffectedPackage p = a.affected().getFirst();
    assertThat(a.affected()).hasSize(1);
    assertThat(p.ecosystem()).isEqualTo("Red Hat:enterprise_linux:9");
    assertThat(p.name()).isEqualTo("python3.9");
    assertThat(p.status()).isEqualTo(AffectedStatus.AFFECTED);
    assertThat(p.fixedVersions()).containsExactly("0:3.9.19-8.el9");
    assertThat(p.note()).isEqualTo("RHSA-2024:9371");
    assertThat(p.osv().ranges().getFirst().affects("3.9.18-3.el9_4.5")).isTrue();
    assertThat(p.osv().ranges().getFirst().affects("3.9.19-8.el9")).isFalse();
    assertThat(store.advisoriesFor("Red Hat:enterprise_linux:9", "python3.9")).containsExactly(a);
  }

  @Test
  void aVexDocumentGivesFixedAndNotAffectedPerCve() throws Exception {
    MemoryStore store = Feeds.load(RedHatCsaf.source(), "/vulndb/redhat/csaf-vex-hummingbird.json");
    Advisory a = store.byId("CVE-2026-12345").getFirst();
    assertThat(a.id()).isEqualTo("CVE-2026-12345");
    assertThat(a.severity()).isEqualTo("Moderate");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(a.details()).isEqualTo("A test vulnerability.");
    assertThat(a.affected())
        .extracting(AffectedPackage::ecosystem, AffectedPackage::name, AffectedPackage::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Red Hat:hummingbird:1", "testpkg", AffectedStatus.AFFECTED),
            org.assertj.core.groups.Tuple.tuple(
                "Red Hat:hummingbird:1", "otherpkg", AffectedStatus.NOT_AFFECTED));
    assertThat(a.affected().getFirst().fixedVersions()).containsExactly("0:1.2.3-1.hum1");
  }

  @Test
  void knownAffectedWithNoFixPlannedIsWontFix() throws Exception {
    String vex =
        """
        {"document": {"category": "csaf_vex", "tracking": {"id": "CVE-2024-0001",
          "current_release_date": "2024-05-01T00:00:00+00:00"}},
         "product_tree": {"branches": [{"category": "vendor", "name": "Red Hat", "branches": [
           {"category": "product_name", "name": "RHEL 8", "product": {"name": "RHEL 8",
             "product_id": "red_hat_enterprise_linux_8",
             "product_identification_helper": {"cpe": "cpe:/o:redhat:enterprise_linux:8"}}}]}],
          "relationships": [
           {"category": "default_component_of", "product_reference": "libwebp",
            "relates_to_product_reference": "red_hat_enterprise_linux_8",
            "full_product_name": {"name": "x", "product_id": "red_hat_enterprise_linux_8:libwebp"}},
           {"category": "default_component_of", "product_reference": "giflib",
            "relates_to_product_reference": "red_hat_enterprise_linux_8",
            "full_product_name": {"name": "x", "product_id": "red_hat_enterprise_linux_8:giflib"}}]},
         "vulnerabilities": [{"cve": "CVE-2024-0001",
           "product_status": {"known_affected": ["red_hat_enterprise_linux_8:libwebp",
                                                 "red_hat_enterprise_linux_8:giflib"]},
           "remediations": [{"category": "no_fix_planned", "details": "Will not fix",
                             "product_ids": ["red_hat_enterprise_linux_8:libwebp"]},
                            {"category": "none_available", "details": "Affected",
                             "product_ids": ["red_hat_enterprise_linux_8:giflib"]}]}]}
        """;
    Advisory a = Feeds.string(RedHatCsaf.source(), vex).byId("CVE-2024-0001").getFirst();
    assertThat(a.affected())
        .extracting(AffectedPackage::name, AffectedPackage::status, AffectedPackage::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("libwebp", AffectedStatus.WONT_FIX, "Will not fix"),
            org.assertj.core.groups.Tuple.tuple("giflib", AffectedStatus.UNFIXED, "Affected"));
    assertThat(a.affected().getFirst().ecosystem()).isEqualTo("Red Hat:enterprise_linux:8");
  }

  @Test
  void theTarZstArchiveIsReadEntryByEntry() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new ZstdOutputStream(bytes))) {
      for (String name :
          new String[] {
            "rhsa-2024_6163.json", "rhsa-2024_9371.json", "csaf-vex-hummingbird.json"
          }) {
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream("/vulndb/redhat/" + name)) {
          content = in.readAllBytes();
        }
        TarArchiveEntry e = new TarArchiveEntry("2024/" + name);
        e.setSize(content.length);
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    MemoryStore store = VulnStores.inMemory();
    URI archive = RedHatCsaf.VEX_BASE.resolve("csaf_vex_2025-02-15.tar.zst");
    assertThat(
            RedHatCsaf.source()
                .read(
                    RedHatCsaf.VEX, archive, new ByteArrayInputStream(bytes.toByteArray()), store))
        .isNull();
    assertThat(store.size()).isEqualTo(3);
    assertThat(store.byId("CVE-2024-8088")).hasSize(2);

    byte[] broken = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    assertThatThrownBy(
            () ->
                RedHatCsaf.source()
                    .read(
                        RedHatCsaf.VEX,
                        archive,
                        new ByteArrayInputStream(broken),
                        VulnStores.inMemory()))
        .isInstanceOf(VulnDataException.class)
        .hasMessageStartingWith("redhat feed vex (" + archive + ")");
  }

  @Test
  void malformedDocumentsNameTheFeed() {
    assertThatThrownBy(() -> Feeds.string(RedHatCsaf.source(), "{\"document\": {}}"))
        .isInstanceOf(VulnDataException.class)
        .hasMessage(
            "redhat feed vex (file:x): not a CSAF 2.0 document (needs document.category and"
                + " vulnerabilities)");
    assertThatThrownBy(
            () ->
                Feeds.string(
                    RedHatCsaf.source(),
                    new String("{\"document\": \n{".getBytes(), StandardCharsets.UTF_8)))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("malformed JSON at line 2");
  }
}
