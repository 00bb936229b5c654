package dev.lashing.match.distro;

import static dev.lashing.match.TestPackages.os;
import static dev.lashing.match.TestPackages.pkg;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.match.Candidate;
import dev.lashing.match.FixState;
import dev.lashing.match.MatchDetail;
import dev.lashing.match.Matcher;
import dev.lashing.match.store.StoreProvider;
import dev.lashing.match.store.StoreProviders;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.version.OsvEvent;
import dev.lashing.model.version.OsvRange;
import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.AffectedStatus;
import dev.lashing.vulndb.MemoryStore;
import dev.lashing.vulndb.VulnStores;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistroMatcherTest {
  final Matcher matcher = DistroMatcher.create();

  /** libssl1.1 one Alpine release below the sample's 1.1.1d-r3. */
  static final Package LIBSSL =
      pkg(
          PackageType.APK,
          "alpine",
          "libssl1.1",
          "1.1.1d-r2",
          "pkg:apk/alpine/libssl1.1@1.1.1d-r2?arch=x86_64&distro=alpine-3.11.5&upstream=openssl",
          "openssl",
          null);

  @Test
  void alpineSubpackageMatchesItsOriginsSecdbLinesWithApkOrder() throws Exception {
    try (StoreProvider.Opened db = StoreProviders.bundled().open()) {
      List<Candidate> found = matcher.match(LIBSSL, os("alpine", "3.11.5"), db.store());
      // secdb v3.11: CVE-2019-1551 fixed in 1.1.1d-r3; CVE-2019-1547/1549/1563 in 1.1.1d-r1
      assertThat(found)
          .extracting(c -> c.advisory().id())
          .containsExactly("CVE-2019-1551")
          .doesNotContain("CVE-2019-1547", "CVE-2019-1549", "CVE-2019-1563");
      Candidate c = found.getFirst();
      MatchDetail d = c.detail();
      assertThat(d.matcher()).isEqualTo("distro-matcher");
      assertThat(d.ecosystem()).isEqualTo("Alpine:v3.11");
      assertThat(d.packageName()).isEqualTo("openssl");
      assertThat(d.matchedBy()).isEqualTo("source");
      assertThat(d.events()).containsExactly("introduced 0", "fixed 1.1.1d-r3");
      assertThat(d.reason())
          .isEqualTo(
              "installed 1.1.1d-r2 ≥ introduced 0 and < fixed 1.1.1d-r3 (ECOSYSTEM range, apk"
                  + " order)");
      assertThat(c.fixedVersions()).containsExactly("1.1.1d-r3");
      assertThat(c.fixState()).isEqualTo(FixState.FIXED);
    }
  }

  @Test
  void anotherReleaseOrDistroNeverMatches() throws Exception {
    try (StoreProvider.Opened db = StoreProviders.bundled().open()) {
      assertThat(matcher.match(LIBSSL, os("alpine", "3.10.4"), db.store())).isEmpty();
      assertThat(matcher.match(LIBSSL, os("debian", "12"), db.store())).isEmpty();
      // no OS detected: the purl's distro qualifier names the release
      assertThat(matcher.match(LIBSSL, null, db.store())).hasSize(1);
    }
  }

  static Advisory tracker(String cve, AffectedPackage... affected) {
    return new Advisory(
        cve,
        "debian",
        List.of(),
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(affected),
        Map.of());
  }

  static AffectedPackage fixed(String release, String source, String version, String urgency) {
    return new AffectedPackage(
        release,
        source,
        AffectedStatus.AFFECTED,
        List.of(
            new OsvRange(
                release,
                OsvRange.Type.ECOSYSTEM,
                List.of(new OsvEvent.Introduced("0"), new OsvEvent.Fixed(version)))),
        List.of(),
        urgency,
        null);
  }

  static MemoryStore debianStore() {
    MemoryStore store = VulnStores.inMemory();
    store.advisory(
        tracker(
            "CVE-2025-53603",
            fixed("Debian:12", "sope", "5.8.0-1+deb12u1", "not yet assigned"),
            fixed("Debian:11", "sope", "5.0.1-2+deb11u1", "not yet assigned")));
    store.advisory(
        tracker(
            "CVE-2022-0456",
            fixed("Debian:12", "chromium", "98.0.4758.80-1", "not yet assigned"),
            new AffectedPackage(
                "Debian:10",
                "chromium",
                AffectedStatus.UNFIXED,
                List.of(),
                List.of(),
                "end-of-life",
                null)));
    store.advisory(
        tracker(
            "CVE-2007-2383",
            new AffectedPackage(
                "Debian:12",
                "prototypejs",
                AffectedStatus.NOT_AFFECTED,
                List.of(),
                List.of(),
                "unimportant",
                null)));
    return store;
  }

  static Package deb(String name, String version, String source, String sourceVersion) {
    return pkg(
        PackageType.DEB,
        "debian",
        name,
        version,
        "pkg:deb/debian/" + name + "@" + version + "?arch=amd64&distro=debian-12",
        source,
        sourceVersion);
  }

  @Test
  void debianBinaryMatchesBySourceWithTheSourceVersion() throws Exception {
    MemoryStore store = debianStore();
    // a binNMU: the binary's version carries +b1, the tracker speaks of the source version
    Package lib = deb("libsope1", "5.8.0-1+b1", "sope", "5.8.0-1");
    List<Candidate> found = matcher.match(lib, os("debian", "12"), store);
    assertThat(found).hasSize(1);
    MatchDetail d = found.getFirst().detail();
    assertThat(d.matchedBy()).isEqualTo("source");
    assertThat(d.comparedVersion()).isEqualTo("5.8.0-1");
    assertThat(d.ecosystem()).isEqualTo("Debian:12");
    assertThat(d.reason())
        .isEqualTo(
            "installed 5.8.0-1 ≥ introduced 0 and < fixed 5.8.0-1+deb12u1 (ECOSYSTEM range, dpkg"
                + " order)");
    assertThat(found.getFirst().vendorSeverity()).isEqualTo("not yet assigned");

    Package patched = deb("libsope1", "5.8.0-1+deb12u1", "sope", null);
    assertThat(matcher.match(patched, os("debian", "12"), store)).isEmpty();
  }

  @Test
  void unfixedMatchesEveryVersionWithoutAFixAndNotAffectedNever() throws Exception {
    MemoryStore store = debianStore();
    Package chromium = deb("chromium", "90.0.4430.212-1~deb10u1", null, null);
    List<Candidate> buster = matcher.match(chromium, os("debian", "10"), store);
    assertThat(buster).hasSize(1);
    assertThat(buster.getFirst().fixState()).isEqualTo(FixState.NOT_FIXED);
    assertThat(buster.getFirst().fixedVersions()).isEmpty();
    assertThat(buster.getFirst().detail().matchedBy()).isEqualTo("binary");
    assertThat(buster.getFirst().detail().reason())
        .isEqualTo(
            "installed 90.0.4430.212-1~deb10u1: the feed lists chromium as affected with no fix"
                + " yet (unfixed)");

    Package proto = deb("libjs-prototype", "1.7.1-3", "prototypejs", null);
    assertThat(matcher.match(proto, os("debian", "12"), store)).isEmpty();
  }

  @Test
  void ubuntuLtsReleasesUseOsvSpelling() {
    assertThat(DistroEcosystems.of(os("ubuntu", "22.04"), PackageType.DEB))
        .containsExactly("Ubuntu:22.04:LTS", "Ubuntu:22.04");
    assertThat(DistroEcosystems.of(os("ubuntu", "23.10"), PackageType.DEB))
        .containsExactly("Ubuntu:23.10");
    assertThat(DistroEcosystems.of(os("rhel", "9.3"), PackageType.RPM))
        .containsExactly("Red Hat:enterprise_linux:9");
    assertThat(DistroEcosystems.of(os("alpine", "3.20.1"), PackageType.APK))
        .containsExactly("Alpine:v3.20");
    assertThat(DistroEcosystems.of(os("debian", "12"), PackageType.RPM)).isEmpty();
  }
}
