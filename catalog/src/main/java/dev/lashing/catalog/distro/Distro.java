package dev.lashing.catalog.distro;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.lashing.model.OsInfo;
import dev.lashing.model.PackageType;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The distribution OS packages belong to, as purls spell it: the namespace ({@code debian}, {@code
 * alpine}, {@code rhel}) and the {@code distro} qualifier ({@code debian-12}, {@code
 * alpine-3.11.5}, {@code rhel-8.10}).
 *
 * @param namespace the purl namespace: the detected distribution id, else the ecosystem's default
 * @param qualifier the {@code distro=} value, or null when the release is unknown
 */
public record Distro(String namespace, @Nullable String qualifier) {

  /** The distro of {@code os}, or {@code fallbackNamespace} without a qualifier when unknown. */
  public static Distro of(@Nullable OsInfo os, String fallbackNamespace) {
    if (os == null) {
      return new Distro(fallbackNamespace, null);
    }
    String id = os.id().toLowerCase(Locale.ROOT);
    String release = os.versionId() != null ? os.versionId() : os.versionCodename();
    return new Distro(vendor(id), release == null || release.isBlank() ? null : id + "-" + release);
  }

  /** The purl namespace (vendor) of a distribution id, where the two differ. */
  static String vendor(String id) {
    return switch (id) {
      case "rhel" -> "redhat";
      case "ol" -> "oracle";
      case "sles", "sled", "sles_sap" -> "suse";
      default -> id.startsWith("opensuse") ? "opensuse" : id;
    };
  }

  /**
   * A package URL for an OS package of this distro. {@code qualifiers} with null or blank values
   * are left out; {@code distro} is added when known.
   *
   * @throws DbFormatException when a field cannot be part of a purl (e.g. a blank name)
   */
  public String purl(
      PackageType type, String name, String version, Map<String, @Nullable String> qualifiers)
      throws DbFormatException {
    TreeMap<String, String> q = new TreeMap<>();
    qualifiers.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            q.put(k, v);
          }
        });
    if (qualifier != null) {
      q.put("distro", qualifier);
    }
    try {
      return new PackageURL(type.purlType(), namespace, name, version, q, null).canonicalize();
    } catch (MalformedPackageURLException e) {
      throw new DbFormatException("cannot build a package URL for " + name + ": " + e.getMessage());
    }
  }
}
