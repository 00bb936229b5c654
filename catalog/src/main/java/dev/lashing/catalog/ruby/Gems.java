package dev.lashing.catalog.ruby;

import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Gem packages: {@code pkg:gem/name@version}. */
final class Gems {
  private Gems() {}

  static Package of(
      String name,
      String version,
      List<String> licenses,
      @Nullable String supplier,
      String foundBy,
      Location location,
      Map<String, String> meta)
      throws MalformedFileException {
    return LanguagePackages.of(
        PackageType.GEM, null, name, version, licenses, supplier, foundBy, location, meta);
  }
}
