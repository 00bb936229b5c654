package dev.lashing.model.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionSchemesTest {

  @Test
  void osvNamesWithReleasesMapByTheirFirstPart() {
    assertThat(VersionSchemes.forEcosystem("Debian:12").name()).isEqualTo("dpkg");
    assertThat(VersionSchemes.forEcosystem("Ubuntu:22.04:LTS").name()).isEqualTo("dpkg");
    assertThat(VersionSchemes.forEcosystem("Alpine:v3.20").name()).isEqualTo("apk");
    assertThat(VersionSchemes.forEcosystem("Red Hat:enterprise_linux:9").name()).isEqualTo("rpm");
    assertThat(VersionSchemes.forEcosystem("crates.io").name()).isEqualTo("semver");
    assertThat(VersionSchemes.forEcosystem("pypi").name()).isEqualTo("pep440");
  }

  @Test
  void everyListedEcosystemResolves() {
    assertThat(VersionSchemes.ecosystems())
        .contains("Debian", "Alpine", "Maven", "npm", "PyPI", "Go", "NuGet", "Packagist", "Pub")
        .allSatisfy(e -> assertThat(VersionSchemes.forEcosystem(e)).isNotNull());
  }

  @Test
  void unknownEcosystemNamesTheKnownOnes() {
    assertThatThrownBy(() -> VersionSchemes.forEcosystem("Conan"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Conan'")
        .hasMessageContaining("Debian, Ubuntu");
  }

  @Test
  void facadeSortsStablyAscending() {
    assertThat(Versions.sort("Debian", List.of("1.0-1", "1:0.1", "1.0~rc1-1", "1.0-01", "0.9")))
        .containsExactly("0.9", "1.0~rc1-1", "1.0-1", "1.0-01", "1:0.1");
    assertThat(Versions.compare("Maven", "1.0-SNAPSHOT", "1.0")).isEqualTo(-1);
    assertThat(Versions.compare("npm", "1.0.0+a", "1.0.0+b")).isZero();
  }

  @Test
  void validity() {
    assertThat(VersionSchemes.DPKG.isValid("1:2.3-4")).isTrue();
    assertThat(VersionSchemes.DPKG.isValid("a:1")).isFalse();
    assertThat(VersionSchemes.APK.isValid("1.2.3_rc1-r0")).isTrue();
    assertThat(VersionSchemes.APK.isValid("1.2.3-1")).isFalse();
    assertThat(VersionSchemes.SEMVER.isValid("1.2")).isFalse();
    assertThat(VersionSchemes.PEP440.isValid("1.0.post1.dev2+abc.1")).isTrue();
    assertThat(VersionSchemes.PEP440.isValid("0.1-bulbasaur")).isFalse();
    assertThat(VersionSchemes.NUGET.isValid("1.0.0.1-beta")).isTrue();
    assertThat(VersionSchemes.RPM.isValid("1:1.0-1.el9")).isTrue();
  }
}
