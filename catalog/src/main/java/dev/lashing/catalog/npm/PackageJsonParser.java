package dev.lashing.catalog.npm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.catalog.CatalogResult;
import dev.lashing.catalog.LanguagePackages;
import dev.lashing.catalog.MalformedFileException;
import dev.lashing.model.Location;
import java.util.List;
import java.util.Map;

/** One installed {@code package.json} → one package (none for name-less stub manifests). */
final class PackageJsonParser {
  private PackageJsonParser() {}

  static CatalogResult parse(Location location, byte[] content, String foundBy)
      throws MalformedFileException {
    JsonNode pkg = LanguagePackages.json(content);
    if (!pkg.isObject()) {
      throw new MalformedFileException("package.json is not a JSON object");
    }
    String name = LanguagePackages.text(pkg, "name");
    String version = LanguagePackages.text(pkg, "version");
    if (name == null || version == null || name.isBlank() || version.isBlank()) {
      return CatalogResult.EMPTY; // sub-folder manifests ({"type":"module"}) name no package
    }
    String homepage = LanguagePackages.text(pkg, "homepage");
    Map<String, String> meta = homepage == null ? Map.of() : Map.of("homepage", homepage);
    return CatalogResult.of(
        List.of(
            NpmPackages.of(
                name,
                version,
                NpmPackages.licenses(pkg),
                NpmPackages.author(pkg),
                foundBy,
                location,
                meta)));
  }
}
