package dev.lashing.sbom;

import dev.lashing.model.PackageType;
import java.util.Locale;

/** The package type a package URL names. */
public final class PackageTypes {
  private PackageTypes() {}

  /** The type of {@code pkg:TYPE/…}; {@link PackageType#BINARY} when unknown or not a purl. */
  public static PackageType ofPurl(String purl) {
    if (!purl.startsWith("pkg:")) {
      return PackageType.BINARY;
    }
    int slash = purl.indexOf('/', 4);
    String type =
        (slash < 0 ? purl.substring(4) : purl.substring(4, slash)).toLowerCase(Locale.ROOT);
    for (PackageType t : PackageType.values()) {
      if (t.purlType().equals(type)) {
        return t;
      }
    }
    return PackageType.BINARY;
  }
}
