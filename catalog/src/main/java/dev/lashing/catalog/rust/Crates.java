package dev.lashing.catalog.rust;

import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Crate packages: {@code pkg:cargo/name@version}, with the source kept in metadata. */
final class Crates {
  private Crates() {}

  static Package of(
      String name, String version, @Nullable String source, String foundBy, Location location)
      throws MalformedFileException {
    Map<String, String> meta = source == null ? Map.of() : Map.of("source", source);
    return LanguagePackages.of(
        PackageType.CARGO, null, name, version, List.of(), null, foundBy, location, meta);
  }
}
