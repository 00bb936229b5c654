package dev.lashing.vulndb.debian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.vulndb.MemoryStore;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.support.Feeds;
import java.net.URI;
import org.junit.jupiter.api.Test;

class DebianTrackerSourceTest {

  private static final VulnSource SOURCE = DebianTracker.source();

  private static AffectedPackage pkg(Advisory a, String ecosystem, String name) {
    return a.affected().stream()
        .filter(p -> p.ecosystem().equals(ecosystem) && p.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theRealFeedUrl() {
    assertThat(SOURCE.name()).isEqualTo("debian");
    assertThat(SOURCE.feeds().getFirst().url())
        .isEqualTo(URI.create("https://security-tracker.debian.org/tracker/data/json"));
  }

  @Test
  void oneAdvisoryPerCveWithOnePackagePerRelease() throws Exception {
    MemoryStore store = Feeds.load(SOURCE, "/vulndb/debian/debian.json");
    // 6 CVEs in the extract; chromium-browser's CVE-2022-0358 has "releases": [] and no packages
    assertThat(store.size()).isEqualTo(7);
    assertThat(store.byId("CVE-2022-0358").getFirst().affected()).isEmpty();

    Advisory sope = store.byId("CVE-2025-53603").getFirst();
    assertThat(sope.source()).isEqualTo("debian");
    assertThat(sope.summary()).startsWith("In Alinto SOPE SOGo 2.0.2 through 5.12.2");
    assertThat(sope.references())
        .containsExactly("https://security-tracker.debian.org/tracker/CVE-2025-53603");
    assertThat(sope.affected())
        .extracting(AffectedPackage::ecosystem)
        .containsExactlyInAnyOrder("Debian:12", "Debian:11", "Debian:unstable", "Debian:13");
    AffectedPackage bookworm = pkg(sope, "Debian:12", "sope");
    assertThat(bookworm.status()).isEqualTo(AffectedStatus.AFFECTED);
    assertThat(bookworm.fixedVersions()).containsExactly("5.8.0-1+deb12u1");
    assertThat(bookworm.osv().ranges().getFirst().affects("5.8.0-1")).isTrue();
    assertThat(bookworm.osv().ranges().getFirst().affects("5.8.0-1+deb12u1")).isFalse();
    assertThat(store.advisoriesFor("Debian:12", "sope")).containsExactly(sope);
  }

  @Test
  void fixedVersionZeroIsNotAffectedAndUrgencyLosesItsStars() throws Exception {
    MemoryStore store = Feeds.load(SOURCE, "/vulndb/debian/debian.json");
    Advisory proto = store.byId("CVE-2007-2383").getFirst();
    assertThat(pkg(proto, "Debian:10", "prototypejs").status())
        .isEqualTo(AffectedStatus.NOT_AFFECTED);
    assertThat(proto.severity()).isEqualTo("unimportant");
    Advisory high = store.byId("CVE-2008-7220").getFirst();
    assertThat(pkg(high, "Debian:9", "prototypejs").severity()).isEqualTo("high");
    assertThat(pkg(high, "Debian:9", "prototypejs").fixedVersions()).containsExactly("1.6.0.2-1");
    assertThat(high.severity()).isEqualTo("high");
  }

  @Test
  void openInAnEndOfLifeReleaseIsWontFix() throws Exception {
    MemoryStore store = Feeds.load(SOURCE, "/vulndb/debian/debian.json");
    Advisory chromium = store.byId("CVE-2022-0456").getFirst();
    AffectedPackage buster = pkg(chromium, "Debian:10", "chromium");
    assertThat(buster.status()).isEqualTo(AffectedStatus.WONT_FIX);
    assertThat(buster.note()).isEqualTo("end-of-life");
    assertThat(buster.severity()).isNull();
    assertThat(pkg(chromium, "Debian:11", "chromium").fixedVersions())
        .containsExactly("98.0.4758.80-1~deb11u1");
  }

  @Test
  void noDsaIgnoredPostponedAndUndetermined() throws Exception {
    String json =
        """
        {"openssl": {"CVE-2024-1": {"description": "d", "releases": {
          "bookworm": {"status": "open", "urgency": "low", "nodsa": "Minor issue",
                       "nodsa_reason": ""},
          "bullseye": {"status": "open", "urgency": "low", "nodsa": "Minor issue",
                       "nodsa_reason": "postponed"},
          "buster": {"status": "open", "urgency": "low", "nodsa": "EOL", "nodsa_reason": "ignored"},
          "trixie": {"status": "open", "urgency": "medium**"},
          "forky": {"status": "undetermined", "urgency": "not yet assigned"},
          "sid": {"status": "not-affected", "urgency": "low"}}}}}
        """;
    Advisory a = Feeds.string(SOURCE, json).byId("CVE-2024-1").getFirst();
    assertThat(pkg(a, "Debian:12", "openssl").status()).isEqualTo(AffectedStatus.WONT_FIX);
    assertThat(pkg(a, "Debian:12", "openssl").note()).isEqualTo("no-dsa: Minor issue");
    assertThat(pkg(a, "Debian:11", "openssl").status()).isEqualTo(AffectedStatus.UNFIXED);
    assertThat(pkg(a, "Debian:11", "openssl").note()).isEqualTo("postponed: Minor issue");
    assertThat(pkg(a, "Debian:10", "openssl").status()).isEqualTo(AffectedStatus.WONT_FIX);
    assertThat(pkg(a, "Debian:13", "openssl").status()).isEqualTo(AffectedStatus.UNFIXED);
    assertThat(pkg(a, "Debian:13", "openssl").severity()).isEqualTo("medium");
    assertThat(pkg(a, "Debian:14", "openssl").note()).isEqualTo("undetermined");
    assertThat(pkg(a, "Debian:unstable", "openssl").status())
        .isEqualTo(AffectedStatus.NOT_AFFECTED);
    assertThat(a.severity()).isEqualTo("medium");
  }

  @Test
  void malformedInputNamesTheFeedAndPosition() {
    assertThatThrownBy(() -> Feeds.string(SOURCE, "[]"))
        .isInstanceOf(VulnDataException.class)
        .hasMessageStartingWith("debian feed tracker (file:x): expected an object");
    assertThatThrownBy(() -> Feeds.string(SOURCE, "{\"a\": {\"CVE-1\": {\"releases\": 3}}}"))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("package 'a' at line 1")
        .hasMessageContaining("releases is not an object");
    assertThatThrownBy(() -> Feeds.string(SOURCE, "{\"a\": {\"CVE-1\": {\n\"releases\": {"))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("malformed JSON at line 2");
  }
}
