package dev.lashing.model.version;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The registry: OSV ecosystem name → version scheme. One literal, ordered list; adding an ecosystem
 * is one line. OSV ecosystem strings may carry a release ({@code Debian:12}, {@code Alpine:v3.20});
 * only the part before the first ':' selects the scheme. Names match OSV's spelling, ignoring case.
 */
public final class VersionSchemes {
  private VersionSchemes() {}

  static final VersionScheme DPKG =
      new BasicScheme("dpkg", DpkgVersion::compare, DpkgVersion::isValid);
  static final VersionScheme APK = new BasicScheme("apk", ApkVersion::compare, ApkVersion::isValid);
  static final VersionScheme RPM = new BasicScheme("rpm", RpmVersion::compare, RpmVersion::isValid);
  static final VersionScheme SEMVER =
      new BasicScheme("semver", SemverVersion::compare, SemverVersion::isValid);
  static final VersionScheme PUB =
      new BasicScheme("pub", PubVersion::compare, SemverVersion::isValid);
  static final VersionScheme MAVEN =
      new BasicScheme("maven", MavenVersion::compare, MavenVersion::isValid);
  static final VersionScheme PEP440 =
      new BasicScheme("pep440", Pep440Version::compare, Pep440Version::isValid);
  static final VersionScheme RUBYGEMS =
      new BasicScheme("rubygems", RubyGemsVersion::compare, RubyGemsVersion::isValid);
  static final VersionScheme NUGET =
      new BasicScheme("nuget", NuGetVersion::compare, NuGetVersion::isValid);
  static final VersionScheme COMPOSER =
      new BasicScheme("composer", ComposerVersion::compare, ComposerVersion::isValid);
  static final VersionScheme CRAN =
      new BasicScheme("cran", DottedNumbers::compare, v -> DottedNumbers.CRAN.matcher(v).matches());
  static final VersionScheme HACKAGE =
      new BasicScheme(
          "hackage", DottedNumbers::compare, v -> DottedNumbers.HACKAGE.matcher(v).matches());

  private static final Map<String, VersionScheme> BY_ECOSYSTEM = registry();

  private static Map<String, VersionScheme> registry() {
    Map<String, VersionScheme> m = new LinkedHashMap<>();
    m.put("Debian", DPKG);
    m.put("Ubuntu", DPKG);
    m.put("Alpine", APK);
    m.put("Wolfi", APK);
    m.put("Chainguard", APK);
    m.put("Red Hat", RPM);
    m.put("Rocky Linux", RPM);
    m.put("AlmaLinux", RPM);
    m.put("SUSE", RPM);
    m.put("openSUSE", RPM);
    m.put("openEuler", RPM);
    m.put("Mageia", RPM);
    m.put("Photon OS", RPM);
    m.put("Azure Linux", RPM);
    m.put("npm", SEMVER);
    m.put("Go", SEMVER);
    m.put("crates.io", SEMVER);
    m.put("Hex", SEMVER);
    m.put("Bitnami", SEMVER);
    m.put("SwiftURL", SEMVER);
    m.put("Pub", PUB);
    m.put("Maven", MAVEN);
    m.put("PyPI", PEP440);
    m.put("RubyGems", RUBYGEMS);
    m.put("NuGet", NUGET);
    m.put("Packagist", COMPOSER);
    m.put("CRAN", CRAN);
    m.put("Hackage", HACKAGE);
    return m;
  }

  /**
   * The scheme for an OSV ecosystem such as {@code Debian:12} or {@code npm}.
   *
   * @throws IllegalArgumentException naming the ecosystem and listing the known ones
   */
  public static VersionScheme forEcosystem(String osvEcosystem) {
    int colon = osvEcosystem.indexOf(':');
    String name = (colon >= 0 ? osvEcosystem.substring(0, colon) : osvEcosystem).strip();
    for (Map.Entry<String, VersionScheme> e : BY_ECOSYSTEM.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException(
        "unknown ecosystem '"
            + osvEcosystem
            + "': no version scheme for it; known ecosystems: "
            + String.join(", ", ecosystems()));
  }

  /** Known OSV ecosystem names, in registry order. */
  public static List<String> ecosystems() {
    return List.copyOf(BY_ECOSYSTEM.keySet());
  }
}
