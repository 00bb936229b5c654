package dev.lashing.catalog.python;

import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** PyPI packages: PEP 503 normalized names in purls, the declared name kept for display. */
final class PyPi {
  private PyPi() {}

  /** PEP 503: lower case, runs of {@code -_.} to one {@code -}. */
  static String normalize(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }

  static Package of(
      String name,
      String version,
      List<String> licenses,
      @Nullable String supplier,
      String foundBy,
      Location location,
      Map<String, String> metadata)
      throws MalformedFileException {
    Package p =
        LanguagePackages.of(
            PackageType.PYPI,
            null,
            normalize(name),
            version,
            licenses,
            supplier,
            foundBy,
            location,
            metadata);
    return LanguagePackages.renamed(p, name.strip());
  }
}
