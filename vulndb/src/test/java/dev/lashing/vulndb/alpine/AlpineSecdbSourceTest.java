package dev.lashing.vulndb.alpine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.MemoryStore;
import dev.lashing.vulndb.VulnDataException;
import dev.lashing.vulndb.VulnSource;
import dev.lashing.vulndb.VulnStores;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlpineSecdbSourceTest {

  private static final VulnSource SOURCE = AlpineSecdb.source();
  private static final Feed V315 = AlpineSecdb.feeds(List.of("v3.15")).getFirst();

  static MemoryStore load(String resource, Feed feed) throws Exception {
    MemoryStore store = VulnStores.inMemory();
    try (InputStream in = AlpineSecdbSourceTest.class.getResourceAsStream(resource)) {
      assertThat(SOURCE.read(feed, URI.create("file:" + resource), in, store)).isNull();
    }
    return store;
  }

  @Test
  void feedsCoverEveryReleaseAndRepositoryWithTheRealUrls() {
    assertThat(SOURCE.name()).isEqualTo("alpine");
    assertThat(SOURCE.feeds()).hasSize(AlpineSecdb.RELEASES.size() * 2);
    assertThat(SOURCE.feeds())
        .contains(
            new Feed("v3.20-main", URI.create("https://secdb.alpinelinux.org/v3.20/main.json")),
            new Feed(
                "edge-community", URI.create("https://secdb.alpinelinux.org/edge/community.json")));
  }

  @Test
  void yamlSecfixesBecomeOneAdvisoryPerCveWithAFixedRange() throws Exception {
    MemoryStore store = load("/vulndb/alpine/v3.15-main.yaml", V315);
    assertThat(store.size()).isEqualTo(13);
    List<Advisory> zlib = store.advisoriesFor("Alpine:v3.15", "zlib");
    assertThat(zlib)
        .extracting(Advisory::id)
        .containsExactly("ALPINE/v3.15/main/CVE-2018-25032", "ALPINE/v3.15/main/CVE-2022-37434");
    Advisory a = store.byId("CVE-2022-37434").getFirst();
    assertThat(a.source()).isEqualTo("alpine");
    assertThat(a.cveIds()).containsExactly("CVE-2022-37434");
    assertThat(a.databaseSpecific()).containsEntry("distroversion", "v3.15");
    AffectedPackage p = a.affected().getFirst();
    assertThat(p.ecosystem()).isEqualTo("Alpine:v3.15");
    assertThat(p.name()).isEqualTo("zlib");
    assertThat(p.status()).isEqualTo(AffectedStatus.AFFECTED);
    assertThat(p.fixedVersions()).containsExactly("1.2.12-r2");
    assertThat(p.osv().ranges().getFirst().affects("1.2.12-r1")).isTrue();
    assertThat(p.osv().ranges().getFirst().affects("1.2.12-r2")).isFalse();
    // two CVEs fixed by one zsh version: two advisories for the same package
    assertThat(store.advisoriesFor("Alpine:v3.15", "zsh"))
        .extracting(Advisory::id)
        .contains("ALPINE/v3.15/main/CVE-2018-1083", "ALPINE/v3.15/main/CVE-2018-1071");
  }

  @Test
  void theJsonFormatGivesTheSameRecordsAsTheYaml() throws Exception {
    MemoryStore yaml = load("/vulndb/alpine/v3.15-main.yaml", V315);
    MemoryStore json = load("/vulndb/alpine/v3.15-main.json", V315);
    assertThat(json.size()).isEqualTo(yaml.size());
    assertThat(json.byId("CVE-2021-45444")).isEqualTo(yaml.byId("CVE-2021-45444"));
  }

  @Test
  void versionZeroIsNotAffectedAndRepeatedFixesAreOneRangeEach() throws Exception {
    String json =
        """
        {"distroversion": "v3.20", "reponame": "main", "packages": [
          {"pkg": {"name": "foo", "secfixes": {"0": ["CVE-2024-0001"],
            "1.2-r1": ["CVE-2024-0002 XSA-99"], "1.3-r0": ["CVE-2024-0002"],
            "1.4-r0": ["CVE_2024-0003.patch", "(no id here)"]}}}]}
        """;
    MemoryStore store = VulnStores.inMemory();
    SOURCE.read(
        new Feed("v3.20-main", URI.create("https://secdb.alpinelinux.org/v3.20/main.json")),
        URI.create("https://secdb.alpinelinux.org/v3.20/main.json"),
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        store);
    assertThat(store.size()).isEqualTo(3);
    AffectedPackage zero = store.byId("CVE-2024-0001").getFirst().affected().getFirst();
    assertThat(zero.status()).isEqualTo(AffectedStatus.NOT_AFFECTED);
    assertThat(zero.ranges()).isEmpty();
    Advisory twice = store.byId("CVE-2024-0002").getFirst();
    assertThat(twice.aliases()).containsExactly("CVE-2024-0002", "XSA-99");
    AffectedPackage p = twice.affected().getFirst();
    assertThat(p.fixedVersions()).containsExactly("1.2-r1", "1.3-r0");
    assertThat(p.osv().ranges().stream().anyMatch(r -> r.affects("1.2-r1"))).isTrue();
    assertThat(p.osv().ranges().stream().anyMatch(r -> r.affects("1.3-r0"))).isFalse();
    assertThat(store.byId("CVE-2024-0003")).hasSize(1);
  }

  @Test
  void malformedInputNamesTheFeedAndPosition() {
    assertThatThrownBy(() -> read("{\"packages\": [{\"pkg\": {\"secfixes\": {}}}]}"))
        .isInstanceOf(VulnDataException.class)
        .hasMessageStartingWith("alpine feed v3.15-main (file:x.json) packages[0] at line 1")
        .hasMessageContaining("pkg.name");
    assertThatThrownBy(() -> read("{\"packages\": [ {\"pkg\": "))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("malformed secdb at line 1");
    assertThatThrownBy(() -> read("distroversion: v3.15\nreponame: main\n"))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("no packages list");
    assertThatThrownBy(() -> read("packages:\n  - pkg:\n      name: a\n      secfixes: [1]\n"))
        .isInstanceOf(VulnDataException.class)
        .hasMessageContaining("secfixes is not a map");
  }

  private static void read(String content) throws Exception {
    SOURCE.read(
        V315,
        URI.create("file:x.json"),
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
        VulnStores.inMemory());
  }
}
