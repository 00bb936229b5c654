package dev.lashing.match.distro;

import dev.lashing.model.OsInfo;
import dev.lashing.model.PackageType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one table from a detected OS to the feed ecosystems its packages are matched in, spelled as
 * OSV and the store spell them: {@code Debian:12}, {@code Ubuntu:22.04:LTS} (OSV marks LTS
 * releases; the plain {@code Ubuntu:22.04} is queried too), {@code Alpine:v3.11}, {@code Red
 * Hat:enterprise_linux:9} (RHEL and CentOS), {@code Rocky Linux:9}, {@code AlmaLinux:9}, {@code
 * Wolfi}, {@code Chainguard}. A package type that does not belong to the OS gets no ecosystem, so
 * an rpm found on Debian is never matched against Debian's feed.
 */
public final class DistroEcosystems {
  private DistroEcosystems() {}

  private static final Map<String, String> DEBIAN_CODENAMES =
      Map.of(
          "stretch",
          "9",
          "buster",
          "10",
          "bullseye",
          "11",
          "bookworm",
          "12",
          "trixie",
          "13",
          "forky",
          "14");

  /** The ecosystems to query for a package of {@code type} on {@code os}; empty when none fits. */
  public static List<String> of(@Nullable OsInfo os, PackageType type) {
    if (os == null) {
      return List.of();
    }
    String id = os.id().toLowerCase(Locale.ROOT);
    String v = os.versionId();
    return switch (id) {
      case "debian" -> type == PackageType.DEB ? debian(os) : List.of();
      case "ubuntu" -> type == PackageType.DEB && v != null ? ubuntu(v) : List.of();
      case "alpine" ->
          type == PackageType.APK && v != null ? List.of("Alpine:v" + majorMinor(v)) : List.of();
      case "wolfi" -> type == PackageType.APK ? List.of("Wolfi") : List.of();
      case "chainguard" -> type == PackageType.APK ? List.of("Chainguard") : List.of();
      case "rhel", "centos" ->
          type == PackageType.RPM && v != null
              ? List.of("Red Hat:enterprise_linux:" + major(v))
              : List.of();
      case "rocky" ->
          type == PackageType.RPM && v != null ? List.of("Rocky Linux:" + major(v)) : List.of();
      case "almalinux" ->
          type == PackageType.RPM && v != null ? List.of("AlmaLinux:" + major(v)) : List.of();
      default -> List.of();
    };
  }

  /**
   * The OS a package URL names in its {@code distro} qualifier ({@code distro=alpine-3.11.5},
   * {@code distro=debian-12}), for SBOMs read from documents that carry no OS of their own.
   */
  public static @Nullable OsInfo fromPurl(String purl) {
    int q = purl.indexOf('?');
    if (q < 0) {
      return null;
    }
    for (String kv : purl.substring(q + 1).split("[&#]")) {
      if (kv.startsWith("distro=")) {
        String value =
            java.net.URLDecoder.decode(kv.substring(7), java.nio.charset.StandardCharsets.UTF_8);
        int dash = value.indexOf('-');
        if (dash <= 0 || dash == value.length() - 1) {
          return null;
        }
        return new OsInfo(
            value.substring(0, dash), value.substring(dash + 1), null, null, List.of(), purl);
      }
    }
    return null;
  }

  private static List<String> debian(OsInfo os) {
    String v = os.versionId();
    if (v != null && !v.isBlank()) {
      return List.of("Debian:" + major(v));
    }
    String codename = os.versionCodename();
    String release = codename == null ? null : DEBIAN_CODENAMES.get(codename);
    return release == null ? List.of() : List.of("Debian:" + release);
  }

  private static List<String> ubuntu(String v) {
    String release = majorMinor(v);
    boolean lts = release.endsWith(".04") && isEven(release);
    return lts
        ? List.of("Ubuntu:" + release + ":LTS", "Ubuntu:" + release)
        : List.of("Ubuntu:" + release);
  }

  private static boolean isEven(String release) {
    try {
      return Integer.parseInt(release.substring(0, release.indexOf('.'))) % 2 == 0;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String major(String v) {
    int dot = v.indexOf('.');
    return dot < 0 ? v : v.substring(0, dot);
  }

  private static String majorMinor(String v) {
    int first = v.indexOf('.');
    if (first < 0) {
      return v;
    }
    int second = v.indexOf('.', first + 1);
    return second < 0 ? v : v.substring(0, second);
  }
}
